"""The `claimx_claims` spaCy component: which quantities are claims, and what each is about.

Reads the quantities of `claimx_quantities` and writes the claim-like ones to
`doc.spans[spans_key]` (default "claims"), each with `span._.claim`: a dict of subject,
metric, period (as written and normalised without the article date), direction and kind.
Subjects come from entity recognition plus the dependency parse, falling back on the
organisation the text was last about ("Its", "the company"); metrics from the noun the number
counts or the phrase around it ("$716.9 billion in annual sales", "a quarter of total revenue").
"""
from __future__ import annotations

import json
import math
import re
from collections.abc import Iterator
from pathlib import Path
from bisect import bisect_left
from collections import defaultdict

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from claimx.lexicon import Lexicon, load_lexicon
from claimx.components.direction import DirectionWords, change_direction
from claimx.frame import article as article_model
from claimx.frame import period as frame_period
from claimx.frame.scoring import Candidate, Weights, best, load_weights, merge
from claimx.frame.subject import is_name, is_source, status
from claimx.frame.words import FrameWords, load_words
from claimx.periods import find_periods

DEFAULT_SPANS_KEY = "claims"
SUBJECT_LABELS = ("ORG", "PRODUCT", "PERSON", "GPE", "NORP", "FAC", "LOC", "EVENT", "WORK_OF_ART")


class ClaimFinder:
    """Turns claim-like quantities into claims with subject, metric, period and direction.

    nlp (Language): the pipeline.
    name (str): the component's name.
    quantities_key (str): where `claimx_quantities` wrote its spans.
    spans_key (str): the `doc.spans` key written.
    all_quantities (bool): keep quantities that are not claim-like too.
    lexicon (str | None): path of a lexicon JSON; None for src/claimx/rules/lexicon.json.
    """

    def __init__(self, nlp: Language, name: str = "claimx_claims", *, quantities_key: str = "quantities",
                 spans_key: str = DEFAULT_SPANS_KEY, all_quantities: bool = False, lexicon: str | None = None):
        self.name = name
        self.quantities_key = quantities_key
        self.spans_key = spans_key
        self.all_quantities = all_quantities
        self._text, self._ents, self._ent_starts = "", (), []  # the document being processed (see __call__)
        self._covering: dict[int, list[Span]] = {}
        self._use(load_lexicon(lexicon), load_words(), load_weights())
        if not Span.has_extension("claim"):
            Span.set_extension("claim", default=None)

    def _use(self, lex: Lexicon, words: FrameWords, weights: Weights) -> None:
        """Take the word lists of `lex` (the grammar's lexicon) and `words` (the frame's), and the frame's
        candidate weights."""
        self.lexicon = lex
        self.words = words
        self.weights = weights
        self.threshold_nouns = lex.words("threshold_nouns")
        self.time_units = set(lex["time_units"].values())
        self.unit_names = set(lex["unit_symbols"].values()) | set(lex["currency_symbols"].values())
        self.direction_words = DirectionWords.from_lexicon(lex)

    def to_disk(self, path, *, exclude=tuple()) -> None:
        """Save the component's word lists and weights (lexicon.json, frame.json, weights.json), so
        `nlp.to_disk()` carries them."""
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / "lexicon.json").write_text(json.dumps(self.lexicon.data, ensure_ascii=False, indent=1), encoding="utf-8")
        (path / "frame.json").write_text(json.dumps(self.words.to_dict(), indent=1), encoding="utf-8")
        (path / "weights.json").write_text(json.dumps(self.weights.to_dict(), indent=1), encoding="utf-8")

    def from_disk(self, path, *, exclude=tuple()) -> "ClaimFinder":
        """Restore the word lists saved by `to_disk` (checked as when loaded from the package)."""
        path = Path(path)
        self._use(load_lexicon(str(path / "lexicon.json")), load_words(str(path / "frame.json")),
                  load_weights(path / "weights.json"))
        return self

    def _is_unit_name(self, text: str) -> bool:
        """"MW", "GWh", "USD": the tagger sometimes takes a unit or a currency code for an organisation."""
        return text.strip() in self.unit_names

    def __call__(self, doc: Doc) -> Doc:
        # Doc.text and Doc.ents (which Span.ents reads) rebuild from every token on each access,
        # so read them once per document: per claim they made the component quadratic in length.
        self._text = doc.text
        self._ents = doc.ents
        self._ent_starts = [e.start for e in self._ents]
        self._covering = defaultdict(list)  # token index -> the quantity spans over it
        quantities = list(doc.spans.get(self.quantities_key, []))
        for other in quantities:
            for i in range(other.start, other.end):
                self._covering[i].append(other)
        by_sentence: dict[int, list[Span]] = defaultdict(list)
        for span in quantities:
            by_sentence[span.sent.start].append(span)
        info = doc.user_data.get("claimx", {}) if isinstance(doc.user_data.get("claimx"), dict) else {}
        published = info.get("published")
        sents = list(doc.sents)
        lead = [s for s in sents if s.text.strip()][:article_model.LEAD_SENTENCES + 1]
        model = article_model.build(self._text, published, lead[-1].end_char if lead else 0)
        claims = []
        topic: str | None = None  # the organisation the text was last about, for "its" and "the company"
        paragraph, current, current_reason, current_kind = -1, None, "article", None
        for sent in sents:
            here = model.paragraph_of(sent.start_char)
            if here != paragraph:
                paragraph = here
                current = model.period and article_model.label(model.period, model.fiscal)
                current_reason, current_kind = "article", model.period and model.period.kind
            spans = by_sentence.get(sent.start, [])
            if not spans and not sent.text.strip():
                continue
            mentions = find_periods(sent.text, published, model.fiscal_year, model.year_end)
            if spans:
                topic = self._topic_before(doc, sent, topic)
                claims.extend(self._sentence_claims(doc, sent, spans, mentions, (current, current_reason, current_kind),
                                                    model, topic))
            figures = [(q.start_char - sent.start_char, q.end_char - sent.start_char) for q in spans]
            anchor = frame_period.sentence_anchor(sent.text, mentions, figures)
            if anchor:
                current, current_reason, current_kind = article_model.label(anchor, model.fiscal), "paragraph", anchor.kind
        doc.spans[self.spans_key] = claims
        self._text, self._ents, self._ent_starts, self._covering = "", (), [], {}
        return doc

    def _sentence_claims(self, doc: Doc, sent: Span, spans: list[Span], mentions, carry: tuple,
                         model, topic: str | None) -> list[Span]:
        """The claims among the quantities `spans` of sentence `sent`, with their frames; `carry` is the
        (period, reason, kind) its paragraph or article sets."""
        carried, carried_reason, carried_kind = carry
        claims = []
        previous_metric: dict[str, str] = {}
        last_metric: str | None = None  # what "of it" refers to: the last figure's metric in the sentence
        figures = [(q.start_char - sent.start_char, q.end_char - sent.start_char) for q in spans]
        for n, span in enumerate(spans):
            q = span._.quantity
            if q["claim_like"] and self._is_threshold(doc, span, q):
                q = span._.quantity = q | {"claim_like": False, "note": "threshold"}
            if not (q["claim_like"] or self.all_quantities):
                continue
            direction = change_direction(doc, span, q, self.direction_words)
            metric = self._metric(doc, span, q, antecedent=last_metric)
            if metric is None and q["unit"] in previous_metric:
                metric = previous_metric[q["unit"]]
            if metric:
                previous_metric[q["unit"]] = metric
                last_metric = metric
            if q["meta"].get("per"):
                metric = f"{metric or q['unit']} per {q['meta']['per']}"
            subject, why = self._subject(doc, span, topic)
            kind = q["kind"]
            if direction and kind in ("amount", "percentage", "percentage_points", "count", "ratio"):
                kind = "change"
            tense = self._tense(span)
            verb = self._governing_verb(span)
            said_by = self._verb_subject(doc, verb) if verb is not None else None
            status = self._status(span, q, tense, said_by, metric, direction)
            choice = frame_period.choose(sent.text, n, figures, mentions, carried, carried_reason, model.fiscal,
                                         is_change=direction is not None, carried_kind=carried_kind,
                                         weights=self.weights, carry=frame_period.carry_features(
                                             carried, tense, status, q["unit"] in self.time_units, model))
            span._.claim = {"subject": subject, "metric": metric, "period": choice.value, "direction": direction,
                            "status": status,
                            "kind": kind, "period_choice": choice, "sentence": (sent.start_char, sent.end_char),
                            "subject_reason": why}
            claims.append(span)
        return claims

    def _ents_in(self, span: Span) -> list[Span]:
        """The entities inside `span` (what `span.ents` gives), from the document's entities read once."""
        found = []
        for ent in self._ents[bisect_left(self._ent_starts, span.start):]:
            if ent.end > span.end:
                break
            found.append(ent)
        return found

    # -------------------------------------------------------------- threshold
    def _is_threshold(self, doc: Doc, span: Span, q: dict) -> bool:
        """A bound that defines a group rather than reports a figure: "people waiting more than 52 weeks".

        A duration (or any bounded quantity) is a threshold when it sits in a modifier of a noun
        ("waiting ... 52 weeks") or in a clause whose subject is itself counted ("3,480 patients spent
        more than 12 hours", "71.8% of patients were seen within four hours").
        """
        bounded = q["qualifier"] in ("lower_bound", "upper_bound") or bool(
            re.search(r"\bwithin\s+(?:a\s+|an\s+|the\s+)?$", self._text[max(0, q["start"] - 12):q["start"]], re.I))
        duration = q["unit"] in self.time_units
        if not (bounded and (duration or q["kind"] == "physical")):
            return False
        tok = span.root
        for _ in range(6):
            if tok.dep_ in ("acl", "relcl") and tok.tag_ in ("VBG", "VBN") and tok.head.pos_ in ("NOUN", "PROPN", "PRON"):
                return True  # "people waiting more than 52 weeks"; not "a plan to rebuild ... within three years"
            if tok.pos_ in ("VERB", "AUX"):
                subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if subj is not None:
                    return any(t.lower_ in ("many", "most") or any(o != span for o in self._covering.get(t.i, ()))
                               for t in subj.subtree)
                if tok.dep_ not in ("conj", "advcl", "xcomp"):
                    return False
            if tok.head is tok:
                break
            tok = tok.head
        return False

    # ----------------------------------------------------------------- metric
    def _metric(self, doc: Doc, span: Span, q: dict, antecedent: str | None = None) -> str | None:
        """What the quantity measures; `antecedent` is the metric of the figure before it in its sentence,
        what a share "of it" is of ("spending totals $2.91 billion, and the general fund accounts for
        more than half of it")."""
        if q["kind"] == "multiple":  # "revenue more than doubling": what doubled is the noun before
            for t in reversed(doc[max(span.sent.start, span.start - 3):span.start]):
                if t.pos_ == "NOUN":
                    return self._chunk_text(doc, t, skip=span)
        end_tok = span[-1]
        nxt = doc[end_tok.i + 1] if end_tok.i + 1 < len(doc) else None
        if nxt is not None and nxt.lower_ == "of" and q["unit"] in ("ratio", "percent") and antecedent \
                and nxt.i + 1 < span.sent.end and doc[nxt.i + 1].lower_ in ("it", "them", "this", "that"):
            verb = self._governing_verb(span)
            part = self._measured_subject(doc, span, verb) if verb is not None else None
            return f"{part} share of {antecedent}" if part else f"share of {antecedent}"
        if nxt is not None and nxt.lower_ in ("in", "of") and nxt.i + 1 < len(doc) and nxt.i + 1 < span.sent.end \
                and not (nxt.lower_ == "in" and (doc[nxt.i + 1].ent_type_ in ("GPE", "LOC", "FAC") or (
                    doc[nxt.i + 1].ent_type_ in ("DATE", "TIME") and (doc[nxt.i + 1].is_title or doc[nxt.i + 1].like_num)))):
            phrase = self._noun_phrase_from(doc, nxt.i + 1)
            if phrase and (find_periods(phrase) or self._is_period_phrase(phrase)):
                phrase = None
            if phrase:
                if q["unit"] in ("ratio", "percent") and nxt.lower_ == "of" and q["kind"] != "multiple":
                    return f"share of {phrase}"
                return phrase
        if q["kind"] in ("count", "physical") and nxt is not None:
            phrase = self._noun_phrase_from(doc, nxt.i)
            if phrase and q["unit"] == "count" and not self._is_period_phrase(phrase):
                return phrase
        if q["kind"] == "amount" and nxt is not None and nxt.lower_ == "for" and nxt.i + 1 < span.sent.end:
            phrase = self._noun_phrase_from(doc, nxt.i + 1)  # "$4.8 million for a youth jobs program"
            if phrase and not self._is_period_phrase(phrase) and not find_periods(phrase):
                return phrase
        head = span.root.head
        if head.pos_ in ("NOUN", "PROPN") and head.i > span.end - 1 and head.i - span.end < 4 \
                and head.lower_ not in self.threshold_nouns and not self._is_period_phrase(head.text):
            return self._chunk_text(doc, head, skip=span)
        prep = span.root.head if span.root.dep_ == "pobj" else None
        if prep is not None and prep.lower_ == "of" and prep.head.pos_ == "NOUN":
            return self._chunk_text(doc, prep.head, skip=span)
        verb = self._governing_verb(span)
        if verb is not None:
            if measured := self._measured_subject(doc, span, verb):
                return measured
            if verb.dep_ == "acl" and verb.head.pos_ == "NOUN":  # "its valuation surpassing the $1 trillion threshold"
                return self._chunk_text(doc, verb.head, skip=span)
            for child in verb.children:
                if child.dep_ == "dobj" and child.pos_ == "NOUN" and not (span.start <= child.i < span.end) \
                        and child.lower_ not in self.threshold_nouns:
                    return self._chunk_text(doc, child, skip=span)
            if (noun := self.words.verb_metric(verb.lemma_.lower())) and span.root.dep_ in ("dobj", "pobj", "attr", "npadvmod") \
                    and not span.root.head.lower_ in ("to", "from", "by"):
                # only the verb says what is measured: "will spend £24.6 billion on schools" -> "spending on schools"
                target = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "for", "in")
                               and c.i > span.end - 1 and any(g.dep_ == "pobj" for g in c.children)), None)
                if target is not None and target.lower_ != "in":
                    obj = next(g for g in target.children if g.dep_ == "pobj")
                    if obj.ent_type_ not in ("DATE", "TIME", "GPE"):
                        return f"{noun} {target.lower_} {self._chunk_text(doc, obj, skip=span)}"
                return noun
        return None

    def _measured_subject(self, doc: Doc, span: Span, verb: Token) -> str | None:
        """The verb's subject when it says what is measured ("Revenue rose 12%"), not who acts ("Supporters want")."""
        for child in verb.children:
            if child.dep_ in ("nsubj", "nsubjpass") and child.pos_ == "NOUN" and child.ent_type_ == "" \
                    and child.lower_ not in self.words.actors and f"the {child.lower_}" not in self.words.generic_subjects \
                    and not (child.is_title and not child.is_sent_start):
                return self._chunk_text(doc, child, skip=span)
        return None

    def _is_period_phrase(self, phrase: str) -> bool:
        return bool(re.search(r"\b(?:quarters?|years?|months?|weeks?|days?|period|half|season|decades?)$", phrase, re.I))

    def _noun_phrase_from(self, doc: Doc, i: int) -> str | None:
        """The noun phrase starting at token i, without its determiner: 'total revenue', 'U.S. stores'."""
        toks = []
        j = i
        sent_end = doc[i].sent.end
        while j < sent_end and doc[j].tag_ in ("PRP$", "DT"):  # "of its revenue", "of the total"
            j += 1
        while j < sent_end and doc[j].pos_ in ("DET", "ADJ", "NOUN", "PROPN", "NUM", "PART", "ADV", "VERB") \
                and doc[j].dep_ != "ROOT" and len(toks) < 6:
            t = doc[j]
            if t.pos_ == "VERB" and t.tag_ not in ("VBN", "VBG") or (t.pos_ == "ADV" and toks == []):
                break
            if t.pos_ == "PART" and t.text not in ("'s", "’s"):
                break
            toks.append(t)
            if t.pos_ in ("NOUN", "PROPN") and (j + 1 >= sent_end or doc[j + 1].pos_ not in ("NOUN", "PROPN", "PART")):
                break
            j += 1
        while toks and toks[0].pos_ == "DET":
            toks = toks[1:]
        while toks and toks[-1].pos_ not in ("NOUN", "PROPN"):
            toks = toks[:-1]
        if not toks:
            return None
        return doc[toks[0].i:toks[-1].i + 1].text

    def _chunk_text(self, doc: Doc, head: Token, skip: Span) -> str:
        left = [t for t in head.lefts if t.dep_ in ("amod", "compound", "nmod", "npadvmod") and not (skip.start <= t.i < skip.end)]
        start = min([t.left_edge.i for t in left] + [head.i])
        start = max(start, skip.end) if skip.start < head.i else start
        # a word hyphenated to the next stays, whatever its tag ("all-funds spending")
        tokens = [t for t in doc[start:head.i + 1] if t.dep_ != "poss" and (
                  t.pos_ not in ("DET", "PART", "ADV", "VERB", "SYM") or doc[min(t.i + 1, len(doc) - 1)].tag_ == "HYPH")
                  and t.tag_ != "PRP$" and not (t.like_num and t.text[:1].isdigit()) and not (skip.start <= t.i < skip.end)
                  and t.lower_ not in ("more", "than", "less", "about")]
        return "".join(t.text_with_ws for t in tokens).strip() or head.text

    def _status(self, span: Span, q: dict, tense: str, said_by: Token | None, metric: str | None,
                direction: str | None) -> str:
        """reported, forecast, estimate or market (see `claimx.frame.subject.status`); a company that "fell
        3.4%" with nothing named as measured is its share price moving."""
        found = status(span, tense, self.words, said_by)
        if found == "reported" and metric is None and direction and q["unit"] == "percent" \
                and said_by is not None and said_by.ent_type_ == "ORG":
            return "market"
        return found

    def _tense(self, span: Span) -> str:
        """"past", "present", "future" (a modal or "will") or "none" (no verb governs the figure)."""
        verb = self._governing_verb(span)
        if verb is None:
            return "none"
        aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")] + ([verb.head] if verb.dep_ == "xcomp" else [])
        if verb.tag_ == "MD" or any(a.tag_ == "MD" or a.lower_ in ("will", "'ll", "going") for a in aux):
            return "future"
        if verb.tag_ in ("VBD", "VBN") or any(a.tag_ == "VBD" for a in aux):
            return "past"
        return "present"

    def _governing_verb(self, span: Span) -> Token | None:
        tok = span.root
        for _ in range(4):
            # a word with a subject of its own is a predicate whatever its tag ("spending totals $2.91 billion")
            if tok.pos_ in ("VERB", "AUX") or (tok is not span.root and any(c.dep_ == "nsubj" for c in tok.children)):
                return tok
            if tok.head is tok:
                return None
            tok = tok.head
        return None

    # ---------------------------------------------------------------- subject
    def _subject(self, doc: Doc, span: Span, topic: str | None) -> tuple[str | None, str]:
        """The subject of the figure `span` and the reason it was chosen: the best-scoring candidate
        (see `_subject_candidates` and claimx.frame.scoring), else none."""
        chosen = best(merge(self._subject_candidates(doc, span, topic)), self.weights, "subject")
        if chosen is None:
            return None, "none"
        strongest = chosen.strongest(self.weights.of("subject"))
        if strongest in ("topic", "lead", "salience"):
            return chosen.value, "topic"
        if strongest in ("in_sentence", "organisation", "place_or_person", "holds_clause"):
            return chosen.value, "source_only" if chosen.features.get("source") else "named_in_sentence"
        return chosen.value, chosen.reason

    def _subject_candidates(self, doc: Doc, span: Span, topic: str | None) -> Iterator[Candidate[str]]:
        """Who the figure `span` may be about, each with its features: the name that owns it ("Walmart's
        $713.2 billion"), the owner its counted thing names ("600 Sam's Club locations"), the subject of its
        verb, every name in its sentence, and the organisation the text is about (`topic`)."""
        sent = span.sent
        i = span.start - 1
        if i >= sent.start and doc[i].text in ("'s", "’s", "'", "’") and i - 1 >= sent.start:
            if ent := self._entity_at(doc, i - 1):
                yield Candidate(ent, "possessive", {"possessive": 1.0})
        j = span.end
        while j < min(sent.end, span.end + 4) and doc[j].pos_ in ("PROPN", "ADJ", "NOUN", "PART", "PUNCT") \
                and doc[j].text not in (",", ";"):
            ent = self._entity_at(doc, j)
            if ent and doc[j].ent_type_ in ("ORG", "PRODUCT", "FAC"):
                yield Candidate(ent, "owner", {"owner": 1.0})
                break
            j += 1
        verb = self._governing_verb(span)
        if verb is not None:
            subj = self._verb_subject(doc, verb)
            # the number sits inside the subject ("Its more than 4,600 stores provide ..."), not in a relative
            # clause of it ("Kuroda, which booked 1.2 trillion yen")
            if subj is not None and subj.left_edge.i <= span.start and span.end - 1 <= subj.right_edge.i \
                    and not (subj.pos_ == "PROPN" and subj.left_edge.i <= verb.i <= subj.right_edge.i):
                owner = next((t for t in subj.children if t.dep_ == "poss"), None)
                if owner is not None:
                    named = self._entity_at(doc, owner.i)
                    if named or topic:
                        yield Candidate(named or topic, "possessive" if named else "topic", {"possessive": 1.0})
                subj = None
            if subj is not None and not self._is_speaker(subj):
                named = self._subject_phrase(doc, subj, topic)
                if named:
                    yield Candidate(named, "topic" if named == topic else "grammatical_subject",
                                    {"grammatical_subject": 1.0})
        lead = self._lead(doc)
        for e in self._ents_in(sent):
            if e.label_ not in SUBJECT_LABELS or (e.start < span.end and span.start < e.end) \
                    or self._is_unit_name(e.text) or not is_name(e, self.words):
                continue
            organisation = e.label_ in ("ORG", "PRODUCT")
            source = is_source(e.root, self.words, verb)
            speaker = self._is_speaker(e.root) and not organisation
            if not organisation and (source or speaker):
                continue  # a person or place that reports a figure is never what it is about
            name = _clean_name(e.text)
            gap = e.start - span.end if e.start >= span.end else span.start - e.end
            yield Candidate(name, "source_only" if source or self._is_speaker(e.root) else "named_in_sentence", {
                "in_sentence": 1.0, "organisation": float(organisation), "place_or_person": float(not organisation),
                "holds_clause": float(self._holds_clause(e, verb)), "distance": max(gap, 0) / 10,
                "source": float(source or self._is_speaker(e.root)), "speaker": float(speaker),
                "topic": float(name == topic), "lead": float(name == lead), "salience": self._salience(name)})
        if topic:
            yield Candidate(topic, "topic", {"topic": 1.0, "lead": float(topic == lead), "salience": self._salience(topic)})

    def _salience(self, name: str) -> float:
        """How often `name` recurs in the text: log2(1 + mentions) / 4 (1 at 15 mentions)."""
        return math.log2(1 + self._text.count(name)) / 4

    @staticmethod
    def _holds_clause(ent: Span, verb: Token | None) -> bool:
        """Whether entity `ent` stands as the subject (or its owner) of the figure's verb or of a verb it
        hangs from ("Rivals such as Brennan Mart posted sales of $9 billion")."""
        tok = ent.root
        while tok.dep_ in ("compound", "appos", "flat") and tok.head is not tok:
            tok = tok.head
        if tok.dep_ == "poss":
            tok = tok.head
        if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.dep_ in ("nsubj", "nsubjpass"):
            tok = tok.head.head  # "shares of Brennan Mart rose 4%"
        if tok.dep_ not in ("nsubj", "nsubjpass"):
            return False
        head = tok.head
        return verb is None or head is verb or verb in head.subtree or head in verb.subtree

    def _is_speaker(self, tok: Token) -> bool:
        """A person who says, estimates or warns is the source of a figure, not what it is about."""
        if tok.ent_type_ != "PERSON" and tok.pos_ != "PROPN":
            return False
        head = tok.head
        while head.dep_ in ("appos", "compound", "conj") and head.head is not head:
            head = head.head
        return (tok.dep_ in ("nsubj", "appos", "compound", "pobj") or head.dep_ in ("nsubj",)) and (
            head.lemma_.lower() in self.words.reporting_verbs or head.lower_ in self.words.reporting_verbs
            or head.head.lower_ in self.words.reporting_verbs or head.lower_ == "according")

    def _verb_subject(self, doc: Doc, verb: Token) -> Token | None:
        tok = verb
        for _ in range(3):
            for child in tok.children:
                if child.dep_ in ("nsubj", "nsubjpass"):
                    if child.lower_ in ("which", "that", "who") and tok.dep_ == "relcl":
                        return tok.head
                    return child
            for child in tok.children:
                if child.dep_ == "agent":
                    for pobj in child.children:
                        if pobj.ent_type_ in SUBJECT_LABELS:
                            return pobj
            if tok.dep_ in ("xcomp", "conj", "advcl", "ccomp", "relcl", "acl", "pcomp") and tok.head is not tok:
                tok = tok.head
            else:
                break
        return None

    def _subject_phrase(self, doc: Doc, subj: Token, topic: str | None) -> str | None:
        """Name the subject token: an entity, the topic for a pronoun, or 'Owner + noun phrase'."""
        ent = self._entity_at(doc, subj.i)
        if ent:
            return ent
        is_metric = subj.lower_ in self.words.metric_heads or subj.lemma_ in self.words.metric_heads
        owner_tok = next((t for t in subj.children if t.dep_ == "poss"), None)
        owner = None
        if owner_tok is not None:
            owner = self._entity_at(doc, owner_tok.i) or (topic if owner_tok.lower_ in self.words.pronouns else None)
        if is_metric:
            if owner:
                return owner
            inside = range(subj.left_edge.i, subj.right_edge.i + 1)
            ents = [e for e in self._ents_in(subj.sent) if e.label_ in ("ORG", "PRODUCT", "PERSON") and e.start not in inside
                    and is_name(e, self.words) and not is_source(e.root, self.words, subj.head)
                    and not self._is_speaker(e.root)]
            return _clean_name(ents[0].text) if ents else topic
        if subj.lower_ in self.words.pronouns:
            return topic
        chunk = self._chunk_text(doc, subj, skip=doc[subj.i:subj.i])
        if f"the {chunk.lower()}" in self.words.generic_subjects or chunk.lower() in self.words.generic_subjects:
            return topic
        chunk = re.sub(r"^(?:the|a|an)\s+", "", chunk, flags=re.I)
        if subj.lower_ in self.words.unit_heads:
            owner = owner or topic
            if chunk.lower() == subj.lower_ and (named := self._named_part_before(doc, subj)):
                chunk = named  # "the unit" is the part named just before: "The Services division, which ..."
            return f"{owner} {chunk}" if owner and owner.lower() not in chunk.lower() else chunk
        if subj.is_title and subj.pos_ not in ("NOUN", "PRON", "DET") and chunk.lower() not in self.words.not_subjects:
            return chunk  # a name the tagger did not know ("Cloudify contributes ...")
        return None  # "Riders", "the buses": what the figure counts, not who it is about

    def _named_part_before(self, doc: Doc, subj: Token) -> str | None:
        """The named part of an organisation that a bare "the unit" or "the division" refers back to.

        The nearest noun phrase before `subj`, in its sentence or the two before, headed by a part
        word and named by a proper-noun modifier ("The Services division", "its Motion Control unit").
        """
        start, seen = subj.sent.start, 0
        while start > 0 and seen < 2:
            prev = doc[start - 1].sent
            start = prev.start
            seen += bool(prev.text.strip())
        for tok in reversed(doc[start:subj.i]):
            if tok.lower_ not in self.words.part_heads or tok.pos_ != "NOUN":
                continue
            names = [t for t in tok.lefts if t.dep_ in ("compound", "amod") and t.pos_ == "PROPN"]
            if names:
                return doc[min(t.left_edge.i for t in names):tok.i + 1].text
        return None

    def _entity_at(self, doc: Doc, i: int) -> str | None:
        tok = doc[i]
        if tok.ent_type_ in SUBJECT_LABELS:
            for ent in self._ents_in(tok.sent):
                if ent.start <= i < ent.end and not self._is_unit_name(ent.text) and is_name(ent, self.words):
                    return _clean_name(ent.text)
        return None

    def _topic_before(self, doc: Doc, sent: Span, topic: str | None) -> str | None:
        """The organisation the text is about at `sent`: what "its" and "the company" mean.

        The organisation last named as a grammatical subject in the two sentences before, else
        the article's lead (see `_lead`).
        """
        lead = self._lead(doc)
        start, seen = sent.start, 0
        while start > 0 and seen < 2:
            prev = doc[start - 1].sent
            start = prev.start
            if not prev.text.strip():
                continue  # blank lines between paragraphs parse as sentences of their own
            seen += 1
            for ent in self._ents_in(prev):
                if len(ent) == 1 and ent.start == prev.start and ent.root.pos_ != "PROPN":
                    continue  # a capitalised first word mistaken for a name
                if not is_name(ent, self.words) or is_source(ent.root, self.words):
                    continue
                if ent.label_ in ("ORG", "PRODUCT") and (ent.root.dep_ in ("nsubj", "nsubjpass") or (
                        ent.root.dep_ == "poss" and ent.root.head.dep_ in ("nsubj", "nsubjpass"))):
                    return _clean_name(ent.text)
        return lead or topic

    def _lead(self, doc: Doc) -> str | None:
        """What an article leads with: the proper-noun phrase of its first sentences it is most about.

        Candidates are noun phrases with a proper noun in the headline and the first two sentences;
        each scores by how often its
        name recurs in the article, with a bonus as a grammatical subject and for coming early.
        """
        if "claimx_lead" in doc.user_data:
            return doc.user_data["claimx_lead"]
        sents = [s for s in doc.sents if s.text.strip()][:3]
        text = self._text or doc.text
        best, best_score = None, 0.0
        for n, sent in enumerate(sents):
            for chunk in sent.noun_chunks:
                # people count only in a headline, where the tagger often takes a place for a person
                names = [t for t in chunk if t.pos_ == "PROPN" and t.ent_type_ not in NOT_SUBJECT_ENTS and not t.is_upper
                         and (t.ent_type_ != "PERSON" or n == 0)]
                if not names or self._is_speaker(chunk.root) or "(" in (chunk[0].text, doc[max(chunk.start - 1, 0)].text) \
                        or (chunk.root.dep_ == "pobj" and is_source(chunk.root, self.words)):
                    # a source named in a phrase ("according to X", "published by X") is not the lead;
                    # one that speaks ("X said") may be, when nothing else leads
                    continue  # speakers are sources; "(Claimx Wire)" is a credit
                name = _clean_name(doc[names[0].i:names[-1].i + 1].text.split("\n")[0])
                if len(name) < 3 or name.lower() in self.words.not_subjects:
                    continue
                score = text.count(name) + (1.0 if chunk.root.dep_ in ("nsubj", "nsubjpass") else 0.0) + (2 - n) * 0.5
                if score > best_score:
                    best, best_score = name, score
        doc.user_data["claimx_lead"] = best
        return best

NOT_SUBJECT_ENTS = ("DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL", "NORP")


def _clean_name(name: str) -> str:
    name = re.sub(r"(?:'s|’s|'|’)$", "", name.strip())
    return re.sub(r"^(?:the)\s+", "", name, flags=re.I)


@Language.factory(
    "claimx_claims",
    assigns=["doc.spans"],
    requires=["doc.spans"],
    default_config={"quantities_key": "quantities", "spans_key": DEFAULT_SPANS_KEY, "all_quantities": False,
                    "lexicon": None},
)
def make_claim_finder(nlp: Language, name: str, quantities_key: str, spans_key: str, all_quantities: bool,
                      lexicon: str | None) -> ClaimFinder:
    """Factory for `ClaimFinder`; see its docstring for the settings."""
    return ClaimFinder(nlp, name, quantities_key=quantities_key, spans_key=spans_key,
                       all_quantities=all_quantities, lexicon=lexicon)
