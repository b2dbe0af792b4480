"""The scope of a subject: places after a figure, national scope, salience, the subject of a figure's verb,
datelines and the subject phrase a sentence opens with.

A part of `ClaimFinder` (components/claims.py), which mixes it in; its methods read the finder's state."""
from __future__ import annotations

import re

from claimx.marks import BULLETS

from spacy.tokens import Doc, Span, Token

from claimx.frame import dictionary
from claimx.frame import metric as frame_metric
from claimx.frame.entities import after_role, without_dateline, without_modifier
from claimx.frame.metric import measure_name
from claimx.frame.subject import (is_dateline, is_source, measure_short_form, moves_a_figure, quoted_word,
                                  statistics_index_name)
from claimx.components.claim_helpers import (NOT_SUBJECT_ENTS, SUBJECT_LABELS, _FIGURE_PHRASE, _age_noun,
                                             _clean_name, _in_other_clause, calendar_word)



def _bullet_category(subj: Token, named: str) -> bool:
    """Whether a subject's phrase is the category a bulleted line of a release opens with: a bullet before it, its first
    word capitalised only to open the line and the others in lower case ("\u2022 Capital goods increased $3.3 billion",
    "\u2022 Natural gas increased $0.2 billion", "* Civilian aircraft rose $1.0 billion"): what the release measures of
    the place it reports on, never who or what the figures are about."""
    sent = subj.sent
    first = next((t for t in sent if not t.is_space), None)
    if first is None or first.text not in BULLETS:
        return False
    words = [w for w in named.split() if w not in BULLETS]
    if not words or not words[0][:1].isupper() or subj.pos_ == "PROPN" or subj.ent_type_ in ("GPE", "LOC", "PERSON"):
        return False  # ("\u2022 Harlow rose 2%": a name)
    return all(w.islower() for w in words[1:]) if len(words) > 1 else subj.pos_ == "NOUN"

class SubjectScope:
    """The scope of a subject: places after a figure, national scope, salience, the subject of a figure's verb,"""

    def _place_after(self, doc: Doc, span: Span, loose: bool = False) -> str | None:
        """The place written "in" or "at" right after the figure `span` ("12.5% in England", "5.8% in the Highlands",
        "16.5C at Exeter"): a GPE or LOC by its label here or the article's, and after "at" also a facility or an
        organisation ("rose 4% at Tarnwell Foods"), after "in" too in a market story whose opening writes a word of
        `market_story_words` ("a decline of 1.86 percent in Orlan Tech, 1.85 percent in Dunmore Power": the companies
        whose shares moved); `loose`, any name the tagger knows. None otherwise."""
        j = span.end
        end = span.sent.end
        if j + 1 >= end or doc[j].lower_ not in ("in", "at"):
            return None
        prep = doc[j].lower_
        j += 1 + (doc[j + 1].lower_ == "the" and j + 2 < end)
        if doc[j].ent_iob_ != "B":
            return None
        ent = next((e for e in self._sentence(span).ents if e.start == doc[j].i), None)
        if ent is None or ent.label_ in NOT_SUBJECT_ENTS:
            return None
        name = _clean_name(ent.text)
        if loose:
            return name if doc[j].pos_ == "PROPN" else None
        labels = {ent.label_} | self._labels_of(name)
        if prep == "in" and "ORG" in labels and not labels & {"GPE", "LOC"} and frame_metric.market_story(doc, self.words):
            return name
        return name if labels & ({"GPE", "LOC"} if prep == "in" else {"GPE", "LOC", "FAC", "ORG"}) else None

    def _place_listed_after(self, doc: Doc, span: Span, topic: str | None = None) -> str | None:
        """The place a figure names right after it in a list of figures each written with its place ("prices rose by
        12.5% in England, 10.9% in Northern Ireland and 5.8% in Wales", "temperatures ranged from 16.5C at Exeter to
        -12.5C at Tulloch Bridge"): the figure is counted there, not in the place of the item before it. Only when
        another figure of the sentence is written the same way (one "12% in Spain" is a company's sales there as often
        as the place's own figure), or when the figure is a physical measurement in a story about places, not about an
        organisation (`topic`), taken where it was made ("31.2 mm in Bramley, Kent" in a rainfall round-up's list of
        lines, "a top temperature of 38.1C at Harwood": the place's reading, not the region the story leads with; a
        miner's "12,000 tonnes in Peru" stays the miner's)."""
        place = self._place_after(doc, span)
        if place is None:
            return None
        if (span._.quantity or {}).get("kind") == "physical" \
                and (topic is None or self._labels_of(topic) & {"GPE", "LOC"}):
            return place
        sent = span.sent
        others = {q.start: q for i in range(sent.start, sent.end) for q in self._covering.get(i, ())
                  if q.start != span.start}
        return place if any(self._place_after(doc, q, loose=True) not in (None, place) for q in others.values()) else None

    def _name_start(self, doc: Doc, j: int) -> int:
        """Where the proper-noun name that ends at token `j` begins, without a description written before
        it ("Miner Fresnillo", "Grocer Tarnwell Foods", "Retailer Marks & Spencer": `description_heads`)."""
        start, sent = j, doc[j].sent
        while start - 1 >= sent.start and (doc[start - 1].pos_ == "PROPN" or doc[start - 1].text == "&"):
            start -= 1
        first = doc[start]
        if start < j and first.lower_ in self.words.description_heads and (first.i == sent.start or first.is_lower):
            return start + 1  # not "Harbour City Composite": a capitalised word inside a name is part of it
        return start

    def _place_scope(self, doc: Doc, verb: Token) -> str | None:
        """The place a clause opens with ("Across England and Wales, homicides rose 14%", "In Burnley, theft
        increased by 10%"), in a story whose headline names a place (a statistics story): its figures are
        that place's. A company's story keeps its own ("In China, sales fell 5%" are the company's)."""
        entities = self._entities
        if entities is None:
            return None
        placed = bool(entities.lead_place and entities.get(entities.lead_place).headline)
        if not placed and (self._story_kind is not None or frame_metric.market_story(doc, self.words)
                           or any(c.dep_ in ("nsubj", "nsubjpass") and (c.pos_ == "PROPN" or c.ent_type_)
                                  for c in verb.children)):
            return None
        # (a story whose headline names no place the lead takes up, "Brenshire sees a drop in police numbers" over a lead
        # about "Brenshire Constabulary": only "across"/"throughout" a place before a bare measure widens the scope,
        # never in a results or a market story, where "Across Europe, sales rose 5%" are the company's)
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.i > verb.i \
                    or prep.lower_ not in self.words.place_opening_prepositions | self.words.scope_prepositions:
                continue
            if not placed and prep.lower_ not in self.words.scope_prepositions:
                continue
            bare = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN" and c.lemma_.lower()
                         in self.words.place_heads and [t.lower_ for t in c.subtree] == ["the", c.lower_]), None)
            if bare is not None and not any(c.dep_ in ("nsubj", "nsubjpass") and (c.pos_ == "PROPN" or c.ent_type_)
                                            for c in verb.children):
                # "Across the region there were 41 homicides": the town of the dateline, else the place the
                # headline names (not when a name is the clause's subject: "In the region, Harrowby had ...")
                return self._local_place(doc, bare) or (
                    None if bare.lemma_.lower() in self.words.local_place_heads else entities.lead_place)
            named = [n for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"
                     and c.lemma_.lower() in self.words.place_heads for p in c.children
                     if p.dep_ == "prep" and p.lower_ == "of" for n in p.children if n.dep_ == "pobj" and n.pos_ == "PROPN"]
            if named:  # "In the central state of Harapur, 20 people were killed": the state the head word says it is
                return doc[min([named[0].i] + [c.i for c in named[0].lefts if c.dep_ == "compound"
                                               and c.pos_ == "PROPN"]):named[0].i + 1].text
            owners = [o for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"
                      for o in c.children if o.dep_ == "poss" and o.pos_ == "PROPN"]
            # "Across Marland and Tesh's 12 health boards, waits rose 9%": the place that owns what the clause opens with
            for obj in [c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN"] + owners:
                places = [obj] + [c for c in obj.children if c.dep_ == "conj" and c.pos_ == "PROPN"] + [
                    o for c in obj.children if c.dep_ == "conj" and c.pos_ == "NOUN"
                    for o in c.children if o.dep_ == "poss" and o.pos_ == "PROPN"]  # ("England and Wales's 43 forces",
                # parsed "England" + "forces" with "Wales" owning "forces")
                # read from the tokens: the tagger often takes "Across England" for an organisation
                names = [doc[min([t.i] + [c.i for c in t.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]):t.i + 1].text
                         for t in places]
                if not placed and (lead := entities.lead()) and any(n in lead.split() or " " in n and n in lead for n in names):
                    return None  # "Across Tesh, ..." in a story that leads with Tesh or "Tesh Health": no wider scope
                if any(t.ent_type_ in ("GPE", "LOC") or self._labels_of(n) & {"GPE", "LOC"}
                       or n in self._described_places(doc) for t, n in zip(places, names)):
                    return " and ".join(names)  # "England and Wales"; "On Orla, a Greek island," (the text says a place)
                if placed and prep.i == prep.sent.start and prep.lower_ == "in" and len(places) == 1 \
                        and not obj.ent_type_ and not self._labels_of(names[0]) and names[0].istitle() \
                        and (subj := self._verb_subject(doc, verb)) is not None and subj.pos_ == "NOUN":
                    # "In Corrow the median rent rose 4%" in a story about places (its headline names the place it
                    # leads with): a name the tagger never labels, opening the sentence before a bare measure, is a
                    # sibling place of the one the story leads with
                    return names[0]
        return None

    def _scoped_topic(self, topic: str | None, paragraph: int) -> str | None:
        """The topic of a sentence's figures once an earlier sentence of its paragraph scoped them to a place (see
        `_take_scope`): "Across Marland and Tesh, officer numbers fell 14%. There were 98,000 last year." in a story
        about Brenshire -- the second figure is Marland and Tesh's, as the first. The scope takes over from a topic
        that is a place (or none: a story about places); an organisation the text is about keeps its figures."""
        if self._scope_now is None or self._scope_now[0] != paragraph or self._scope_now[1] == topic:
            return topic
        if topic is None or self._labels_of(topic) & {"GPE", "LOC"} \
                or self._entities is not None and topic == self._entities.lead_place:
            return self._scope_now[1]
        return topic

    def _take_scope(self, framed: list, paragraph: int) -> None:
        """Remember the place the last figure of a sentence was scoped to, for the sentences after it in its paragraph
        (`_scoped_topic`): a place its clause opens with or names as where it was counted (reason `place_scope`:
        "Across Marland and Tesh, ...", "In Dunmore, ...", "prices nationally ...") or a place that is its clause's
        subject or owner ("Tesh had 41 homicides"). A new paragraph starts from the article's topic again."""
        for claim, _, _ in framed:
            subject, why = claim.get("subject"), claim.get("subject_reason")
            if not subject:
                continue
            if why == "place_scope" or why in ("grammatical_subject", "possessive") \
                    and self._labels_of(subject) & {"GPE", "LOC"}:
                self._scope_now = (paragraph, subject)

    def _national_scope(self, span: Span, verb: Token | None, topic: str | None) -> str | None:
        """The country a figure's clause says it covers with a word of `national_scopes` ("House prices nationally have
        risen by 8.9%", "the national average price is now €241,000", "rents nationwide rose 3%") or an opening "across
        the country" ("Across the country, rents rose 3.2%"), in a story about places (the text last about a place, or
        about no organisation) that names a country (a place of `demonyms`): the one it names most. None otherwise."""
        entities = self._entities
        if entities is None or topic is not None and not self._labels_of(topic) & {"GPE", "LOC"} \
                and self._publisher_country(span.doc, topic) is None \
                and topic in self._text[span.sent.start_char:span.sent.end_char]:
            # (a story about an organisation keeps the figures of a sentence that names it; not one about the body that
            # publishes them, nor a national count the sentence gives no organisation: "There were 456 patients on
            # trolleys in hospitals across the country" in a story that goes on about one hospital)
            return None
        scopes = self.words.national_scopes
        noun = span.root.head if span.root.dep_ in ("nummod", "quantmod", "compound") else span.root
        subj = self._verb_subject(span.doc, verb) if verb is not None else None
        heads = [t for t in (noun, subj) if t is not None and t.pos_ in ("NOUN", "PROPN")]
        if span.root.dep_ == "pobj" and span.root.head.lower_ == "of" and span.root.head.head.pos_ == "NOUN":
            heads.append(span.root.head.head)  # "Gas prices have fallen to a national average of $3.78"
        found = any(c.lower_ in scopes and c.dep_ in ("amod", "advmod", "compound", "npadvmod")
                    for h in heads for c in h.subtree if c.i < h.i + 3 and (c.head == h or c.head.head == h)) \
            or verb is not None and any(
                c.dep_ in ("advmod", "npadvmod") and c.lower_ in scopes
                or c.dep_ == "prep" and c.i < verb.i and c.lower_ in self.words.scope_prepositions and any(
                    o.dep_ == "pobj" and o.lemma_.lower() in ("country", "nation") and [t.lower_ for t in o.subtree] == ["the", o.lower_]
                    for o in c.children)
                for c in verb.children) \
            or verb is not None and verb.lemma_ == "be" and any(c.dep_ == "expl" for c in verb.children) and any(
                c.dep_ == "prep" and c.lower_ in self.words.scope_prepositions and c.head.pos_ == "NOUN" and any(
                    o.dep_ == "pobj" and o.lemma_.lower() in ("country", "nation") and [t.lower_ for t in o.subtree] == ["the", o.lower_]
                    for o in c.children)
                for c in verb.subtree) \
            or (subj is None or subj.pos_ == "NOUN" or subj.ent_type_ == "DATE") and not any(
                e.label_ in ("GPE", "LOC") for e in self._ents_in(span.sent)) and any(
                c.dep_ == "prep" and c.lower_ in self.words.scope_prepositions and c.i < span.start and any(
                    o.dep_ == "pobj" and o.lemma_.lower() in ("country", "nation") and [t.lower_ for t in o.subtree] == ["the", o.lower_]
                    for o in c.children)
                for c in span.sent)
        # ("The damage bill from fires across the country was $700 million", wherever the parser hangs the phrase, in a
        # sentence that names no place of its own)
        if not found:
            return None
        doc = span.doc
        if span.end + 1 < len(doc) and doc[span.end].lower_ in ("in", "on", "at") \
                and (doc[span.end + 1].ent_type_ or doc[span.end + 1].pos_ == "PROPN"
                     or doc[span.end + 1].lower_ == "the" and span.end + 2 < len(doc) and doc[span.end + 2].pos_ == "PROPN"):
            return None  # "grew nationally by 2.6%, with ridership up by 15.9% in Los Angeles": the figure's own place
        here = set()
        for ent in self._ents_in(span.sent):
            if ent.label_ == "ORG" and len(ent) > 1 and is_source(ent.root, self.words):
                here |= self._countries_named(ent.text.lower())
        # "Gas prices have fallen to a national average of $3.78, according to the American Automobile Association":
        # the nation of the body the sentence cites, before the country the article names most (an OPEC story's)
        return self._one_country_written(here) or entities.country(self._countries) or self._source_body_country(span.doc)
        # ("Subway ridership grew nationally by 2.6%" in a release of the American Public Transportation Association,
        # which names the country only in the publisher's name)

    def _money_country(self, doc: Doc) -> str | None:
        """The country whose currency the article's sums are written in (`currency_countries`), for a figure no name
        offers itself for, in an article that names no country (a place of `demonyms`): two sums or more, two thirds of
        them in that currency. Read once per document."""
        if "claimx_money_country" not in doc.user_data:
            country = None
            if self._entities is not None and not self._entities.countries(self._countries):
                codes = [q["unit"] for span in doc.spans.get(self.quantities_key, [])
                         if isinstance(q := span._.quantity, dict) and q.get("unit") and str(q["unit"]).isupper()
                         and len(str(q["unit"])) == 3]
                top = max(set(codes), key=codes.count, default=None)
                if top is not None and len(codes) >= 2 and codes.count(top) * 3 >= len(codes) * 2:
                    country = self.words.currency_country(top)
            doc.user_data["claimx_money_country"] = country
        return doc.user_data["claimx_money_country"]

    def _only_country(self) -> str | None:
        """The one country (a place of `demonyms`) the article names, not as a source; None when it names none or
        several."""
        entities = self._entities
        if entities is None:
            return None
        found = entities.countries(self._countries)
        return found[0] if len(found) == 1 else None

    @property
    def _countries(self) -> frozenset[str]:
        """The lower-case names of the countries of `demonyms` (the places its adjectives name)."""
        return self.words.demonym_places()

    def _salience(self, name: str) -> float:
        """How much the article is about `name`: its entity's mentions (not as a source) and subjects, see
        claimx.frame.entities."""
        if self._entities is None:
            return 0.0
        if name not in self._saliences:  # the entity table is complete once built: read once per name
            self._saliences[name] = self._entities.salience(name)
        return self._saliences[name]

    @staticmethod
    def _holds_clause(ent: Span, verb: Token | None) -> bool:
        """Whether entity `ent` stands as the subject (or its owner) of the figure's verb or of a verb it
        hangs from ("Rivals such as Brennan Mart posted sales of $9 billion")."""
        tok = ent.root
        while tok.dep_ in ("compound", "appos", "flat") and tok.head != tok:
            tok = tok.head
        if tok.dep_ == "poss":
            tok = tok.head
        if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.dep_ in ("nsubj", "nsubjpass") \
                and tok.head.head.pos_ == "NOUN":
            tok = tok.head.head  # "shares of Brennan Mart rose 4%"; not "Tomas Reyes of District 4 argued"
        if tok.dep_ not in ("nsubj", "nsubjpass"):
            return False
        head = tok.head
        if verb is not None and head != verb and head.is_ancestor(verb) and (
                verb.dep_ == "pcomp" and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
                or verb.dep_ in ("conj", "prep") and any(c.dep_ in ("nsubj", "nsubjpass") and (
                    c.pos_ == "PROPN" or frame_metric.numbered_name(c)) for c in verb.children)):
            # "the ONS said, with the number of people in work falling by 109,000": a clause with its own subject,
            # hung on the entity's verb by a preposition, is not the entity's (unlike "Kelby said sales rose 4%"),
            # nor one joined to it by "and" whose subject is another name ("The BSE Sensex rose 0.5%, and the NSE
            # Nifty 50 gained 0.6%"; a noun there may still be the entity's: "..., and the 33,000-capacity ground"),
            # or that the parser hangs on it as a preposition ("The Dow rose 1.2%, the broader S&P 500 added 0.9%")
            return False
        # one in the other's subtree, read up the heads (is_ancestor) rather than by walking the subtree down
        return verb is None or head == verb or head.is_ancestor(verb) or verb.is_ancestor(head)

    def _is_speaker(self, tok: Token) -> bool:
        """A person who says, estimates or warns is the source of a figure, not what it is about."""
        if tok.ent_type_ != "PERSON" and tok.pos_ != "PROPN" and not tok.ent_type_:
            return False
        while tok.dep_ in ("det", "nmod", "compound") and tok.head != tok and tok.head.pos_ == "PROPN" and tok.head.ent_type_:
            # "the All Pakistan Sarafa Gems and Jewellers Association said": the tagger split one name in two; a part
            # hangs on the name that speaks
            tok = tok.head
        head = tok.head
        while head.dep_ in ("appos", "compound", "conj") and head.head != head and head.pos_ in ("PROPN", "NOUN"):
            head = head.head  # (up a name's words, not up a verb joined to another: "..., and Aemet said ...")
        if moves_a_figure(head.head if head.dep_ == "nsubj" else head):
            return False  # "Torrel Brands added 3.2%": a move, not a report
        subject = tok if tok.dep_ == "nsubj" else head if head.dep_ == "nsubj" else None
        if subject is not None and subject.head.i < subject.i and subject.head.lemma_.lower() in self.words.publishing_verbs:
            return True  # "..., reports the Valley Gazette": a credit written after its verb, not a company's own report
        return (tok.dep_ in ("nsubj", "appos", "compound", "pobj") or head.dep_ in ("nsubj",)) and (
            head.lemma_.lower() in self.words.reporting_verbs or head.lower_ in self.words.reporting_verbs
            or head.head.lower_ in self.words.reporting_verbs or head.lower_ == "according")

    def _verb_subject(self, doc: Doc, verb: Token) -> Token | None:
        """The subject of `verb`'s clause, or of the clause it completes (see `_find_verb_subject`), read once per
        verb of the document: the figures of a clause share it."""
        if verb.i not in self._verb_subjects:
            self._verb_subjects[verb.i] = self._find_verb_subject(doc, verb)
        return self._verb_subjects[verb.i]


    @staticmethod
    def _person_before_from(head: Token) -> Token | None:
        """The person a relative clause opened by "who" stands for when the parse hangs the clause on the place or the
        body in the person's "from", "at" or "of" phrase ("Rory Quill from the Harbour College, Hill Road in Kelby, who
        received nine A1s"): the name tagged a person the phrase hangs on, up to four steps up through "from", "at", "of",
        "in" phrases, appositions and compounds; None when the clause hangs on no such phrase or on a person."""
        tok = head
        for _ in range(6):
            if tok.ent_type_ == "PERSON":
                return tok if tok is not head else None
            if tok.dep_ in ("compound", "appos", "conj", "npadvmod") and tok.head != tok:
                tok = tok.head
            elif tok.dep_ == "pobj" and tok.head.lower_ in ("from", "at", "of", "in"):
                prep, tok = tok.head, tok.head.head
                if tok.pos_ in ("VERB", "AUX"):
                    # "was Kate Reid (19) from Mill Road, who ...": the phrase hung on the verb, the person its subject
                    return next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < prep.i
                                 and c.ent_type_ == "PERSON"), None)
            else:
                return None
        return None
    def _find_verb_subject(self, doc: Doc, verb: Token) -> Token | None:
        tok = verb
        for _ in range(3):
            # a dateline's place parsed as a second subject is none ("NEW YORK, April 13 - The Dow Jones industrial
            # average jumped 175 points")
            subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
            if not subjects and (fronted := frame_metric.fronted_apposition(tok)) is not None:
                subjects = [fronted]  # "For Orinda Holding, the profit before tax rose by 12%": the profit, Orinda's
            if len(subjects) > 1:
                # an article the parser read as a subject of its own is none ("The S&P 500 lost 1.1%" parsed "The"
                # as a pronoun beside "S&P"): the name after it is the subject
                subjects = [c for c in subjects if "Art" not in c.morph.get("PronType")] or subjects
            if len(subjects) > 1:
                # (also one written with a colon: "OTTAWA: Canada's consumer price index rose 4.1 per cent")
                subjects = [c for c in subjects if not (self._in_dateline(c) or self._dateline_word(doc, c)
                                                        or self._line_label(c) or self._colon_place(doc, c))] or subjects
            if subjects:
                child = subjects[0]
                if (said := self._expletive_clause_subject(child, tok)) is not None:
                    return said  # "With 31 goals in 28 games, it was clear he had ...": his goals, not "it"'s
                if self._dateline_word(doc, child):  # "HARLOW, 11 January (...) - Tom Ekwueme ran": the name in apposition
                    child = next((c for c in child.children if c.dep_ == "appos" and c.pos_ == "PROPN"), child)
                child = self._past_dateline(doc, child)
                if child.pos_ == "PROPN" and not child.is_upper and self._in_dateline(child):
                    child = self._past_credit(child)
                child = self._listed_subject(doc, child, tok)
                if child.lemma_.lower() in self.words.description_heads and child.pos_ == "NOUN" \
                        and (owned := next((c for c in child.children if c.dep_ == "appos" and c.pos_ == "NOUN"
                                            and any(g.dep_ == "poss" and g.pos_ == "PROPN" for g in c.children)), None)):
                    # "Valdoria's biggest lender, Harlow Bank's profit before tax rose 12.6%": the parse hangs the
                    # measure and its owner on the description as an apposition; the measure is what rose
                    child = owned
                if child.lower_ == "who" and (rel := tok if tok.dep_ == "relcl" else tok.head if tok.dep_ == "conj"
                                              and tok.head.dep_ == "relcl" else None) is not None \
                        and (person := self._person_before_from(rel.head)):
                    # "Rory Quill from the Harbour College in Kelby, who received nine A1s": "who" is the person, not
                    # the school or the place the person is from, which the parse hangs the clause on
                    return person
                if child.lower_ in ("which", "that", "who") and tok.dep_ == "relcl":
                    # (not another figure's unit: "exceeded 13°C, which had an average of 13.03°C")
                    return None if tok.head.i in self._covering else tok.head
                if child.lower_ in ("which", "who") and child.tag_ in ("WDT", "WP"):
                    # "Rival Sandor Electronics, which Tessaly said shipped 57.9 million phones": the relative clause is
                    # the reporting verb's, the noun it hangs on what "which" stands for
                    up = tok
                    for _ in range(3):
                        if up.dep_ == "relcl":
                            return up.head
                        if up.head == up or up.dep_ not in ("ccomp", "xcomp", "conj"):
                            break
                        up = up.head
                return child
            for child in tok.children:
                if child.dep_ == "agent":
                    for pobj in child.children:
                        if pobj.ent_type_ in SUBJECT_LABELS:
                            return pobj
            if tok.dep_ == "pcomp" and tok.tag_ == "VBG" and tok.head.dep_ == "prep" and tok.head.head.pos_ in ("VERB", "AUX") \
                    and tok.lemma_.lower() in self.words.market_verbs | self.words.move_verbs:
                # "the index dropped 2.5%, after rising 1.2% the week before": a participle of a move after a preposition
                # has the subject of the clause the preposition hangs on
                tok = tok.head.head
            elif tok.dep_ == "acl" and tok.tag_ in ("VBD", "VBZ", "VBP") and tok.head.pos_ == "PROPN" \
                    and tok.head.ent_type_ in SUBJECT_LABELS and tok.head.i < tok.i and doc[tok.i - 1].text == "," \
                    and tok.head.dep_ == "appos" and self._in_dateline(tok.head.head):
                # "New Delhi: The Harlow Party, which won 19 seats, got 22 per cent": the name the parse hangs on the
                # dateline's place, its finite verb made a clause of the name, is the verb's subject
                return tok.head
            elif tok.dep_ == "conj" and tok.i > 0 and (prev := doc[tok.i - 1]).pos_ == "PROPN" and prev.dep_ == "conj" \
                    and prev.head.dep_ == "pobj" and prev.head.i < prev.i and prev.ent_type_ not in ("GPE", "LOC"):
                # "Tarn Mining gained 2.4% in London and Orla Resources rose 1.7%": the parse joins the second name to
                # the place of the first clause; the name right before the verb with no subject of its own is its
                # subject, not the first clause's
                return prev
            elif tok.dep_ in ("xcomp", "conj", "advcl", "ccomp", "relcl", "acl", "pcomp") and tok.head != tok:
                tok = tok.head
            else:
                break
        first = tok.sent[0]
        if tok.dep_ == "ROOT" and first.i == tok.i - 1 and first.head == tok and first.dep_ in ("intj", "dep", "npadvmod") \
                and first.is_title and first.ent_type_ in SUBJECT_LABELS and tok.pos_ == "VERB":
            # "Pike scored twice": a name that is also a word, opening the sentence, parsed as an interjection
            return first
        return None

    @staticmethod
    def _expletive_clause_subject(subj: Token, verb: Token) -> Token | None:
        """The subject of the clause an empty "it" stands for: "it was clear he had the potential", "it is obvious
        Kestrel will win" (an "it" of "be" with an adjective and a clause that has a subject of its own); else none."""
        if subj.lower_ != "it" or verb.lemma_.lower() != "be" or not any(c.dep_ == "acomp" for c in verb.children):
            return None
        clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > subj.i), None)
        if clause is None:
            return None
        return next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)

    @staticmethod
    def _dateline_word(doc: Doc, tok: Token) -> bool:
        """Whether `tok` is a dateline's place in capitals that the tagger left unlabelled: it opens a line and a comma
        follows it ("ARDLOW, 11 January 2026 (Ardlow Herald) - Femi Adeyemi ran in three tries")."""
        start = tok.left_edge.i
        return tok.is_upper and tok.is_alpha and len(tok) > 1 and tok.i + 1 < len(doc) and doc[tok.i + 1].text in (",", ":") \
            and (start == 0 or "\n" in doc[start - 1].text_with_ws)

    def _in_dateline(self, tok: Token) -> bool:
        """Whether `tok` is inside a dateline's place or credit ("NEW YORK, April 13 -")."""
        for e in self._sentence(tok).ents:
            if e.start <= tok.i < e.end:
                key = (e.start, e.end)
                if key not in self._datelines:
                    self._datelines[key] = is_dateline(e)
                if self._datelines[key]:
                    return True
        return False

    def _reported_by_public_body(self, subj: Token) -> bool:
        """Whether an organisation in `subj`'s sentence reports its figure (a source) and is a public body: a word
        of its name is in `public_bodies` ("the Commerce Department said", "according to the Bureau of Labor
        Statistics")."""
        return any(e.label_ == "ORG" and is_source(e.root, self.words, subj.head)
                   and any(t.lower_ in self.words.public_bodies for t in e) for e in self._sentence(subj).ents)

    def _subject_phrase(self, doc: Doc, subj: Token, topic: str | None) -> str | None:
        """Name the subject token: an entity, the topic for a pronoun, or 'Owner + noun phrase' (read once
        per subject token and topic: the figures of a clause share their verb's subject)."""
        key = (subj.i, topic)
        if key not in self._subject_phrases:
            named = without_dateline(self._read_subject_phrase(doc, subj, topic))
            if named and " " in named:
                named = without_modifier(named)  # "the injury-depleted Rockets, who trailed by 24": the Rockets
            if named and " " in named:
                named = after_role(named, self.words)  # "Borussia Dortmund striker Erling Haaland": the person
            if named and _FIGURE_PHRASE.match(named):
                named = None  # "15.73 billion net tonne kilometres of rail freight were transported": a figure, no one
            if named and " " in named and (last := named.split()[-1]).istitle() \
                    and last.lower() in self.words.report_title_words:
                named = None  # "In its January Medium-Range Fuel Outlook, the agency forecasts ...": a report, a source
            if named and _bullet_category(subj, named):
                named = None  # "\u2022 Capital goods increased $3.3 billion.": a release's list item, what is measured
            self._subject_phrases[key] = named
        return self._subject_phrases[key]

    def _index_without_exchange(self, name: str) -> str:
        """A market index's name less the "of" phrase of the exchange it is quoted on ("Nifty of the National Stock
        Exchange" -> "Nifty", as "the S&P Sensex of the Bombay Stock Exchange" is read "S&P Sensex"): a name whose words
        before "of" hold a word of `index_name_words` and whose words after it a word of `stock_index_words` or
        "exchange"; any other name as it is."""
        head, sep, tail = (name + " ").partition(" of ")
        if not sep or not any(w.lower() in self.words.index_name_words for w in head.split()):
            return name
        tail_words = {w.lower() for w in tail.split()}
        # (a name the tagger ends at "of", "Quill Composite of", is cut there too)
        return head if not tail_words or tail_words & (self.words.stock_index_words | {"exchange"}) else name

    def _currency_before(self, doc: Doc, subj: Token) -> str | None:
        """The currency a bare "the currency" ("the UK currency", "the British currency") as a verb's subject stands for:
        the word of `currencies` last written as a verb's subject in its sentence or the two before ("Sterling was 0.4%
        lower versus the greenback ... Against the euro, the UK currency was 0.2% ahead"); None when there is none."""
        first = subj.sent.start
        for _ in range(2):
            if first > 0:
                first = doc[first - 1].sent.start
        return next((t.lower_ for t in reversed(doc[first:subj.i]) if t.dep_ in ("nsubj", "nsubjpass")
                     and t.lower_ in self.words.currencies and t.pos_ in ("NOUN", "PROPN")), None)

    @staticmethod
    def _listed_subject(doc: Doc, subj: Token, verb: Token) -> Token:
        """The subject of a list's later item that the parse hangs on the first item's name ("with BHP up 1.9% and Rio
        Tinto adding 1.2%": "BHP" the subject of "adding", "Tinto" its conjunct): the conjunct right before the verb,
        when a figure stands between the two names (the first item's own); `subj` otherwise ("BHP and Rio Tinto added
        1.2%" share it)."""
        conj = next((c for c in subj.children if c.dep_ == "conj" and subj.i < c.i < verb.i), None)
        if conj is None or conj.right_edge.i != verb.i - 1 or conj.pos_ != "PROPN":
            return subj
        return conj if any(t.like_num for t in doc[subj.i + 1:conj.left_edge.i]) else subj

    @staticmethod
    def _colon_place(doc: Doc, subj: Token) -> bool:
        """Whether `subj` is a place in title case opening its line before a colon, as a dateline is written ("Port
        Vella: The Harlow Party, which won 19 seats, got 22 per cent"), parsed as a second subject of the verb."""
        first = next((c for c in subj.lefts if c.dep_ == "compound" and c.is_title), subj)
        return subj.is_title and subj.i + 1 < len(doc) and doc[subj.i + 1].text == ":" \
            and (first.i == subj.sent.start or doc[first.i - 1].is_space)

    @staticmethod
    def _past_dateline(doc: Doc, subj: Token) -> Token:
        """The subject written after a dateline when the parse makes the dateline's place the subject and hangs the
        name after the dash on it ("NEW YORK (REUTERS) - JPMorgan Chase & Co, the biggest US bank, reported ...":
        "YORK" the subject, "Chase" its conjunct), or a place in title case opening its line with a colon ("Harlow:
        Retail group Corvel Stores on Thursday reported ..."): that name's word; `subj` itself otherwise."""
        first = next((c for c in subj.lefts if c.dep_ == "compound" and c.is_title), subj)  # "New Delhi:"
        titled = subj.is_title and subj.i + 1 < len(doc) and doc[subj.i + 1].text == ":" \
            and (first.i == subj.sent.start or doc[first.i - 1].is_space)
        if not (subj.is_upper or titled) or len(subj) < 3 or subj.i - subj.sent.start > 6:
            return subj
        dash = _dateline_dash(doc, subj.i + 1, min(subj.i + 8, subj.sent.end))
        if dash is None or dash + 1 >= len(doc) or not (titled and dash == subj.i + 1
                                                         or frame_metric.opens_sentence(doc[dash + 1])):
            return subj  # no dash of a dateline ("HOBART - ", "LAGOS, July 30 (Reuters) - ") after the place
        return next((c for c in subj.children if c.dep_ in ("conj", "appos") and c.i > dash and c.pos_ == "PROPN"), subj)

    @staticmethod
    def _past_credit(subj: Token) -> Token:
        """The subject written after a dateline in title case with its date and credit when the parse makes the
        dateline's place the subject and hangs the subject's noun on it ("Port Vella, Mar 4 (PTI): Retail sales in
        Orvania rose 4.2 percent": "Vella" the subject, "sales" its apposition): the first noun hung on the place after
        the credit's closing bracket, dash or colon; `subj` itself otherwise."""
        line = subj.sent
        end = next((t.i for t in line if subj.i < t.i <= subj.i + 12 and t.text[:1] in (")", "-", "\u2013", "\u2014", ":")),
                   None)
        if end is None:
            return subj
        # (hung on the place or on the credit: "Hanoi, March 12 (VNA): Consumer Price Index inflation ... stood at")
        return next((c for c in subj.subtree if c.dep_ in ("appos", "conj") and c.i > end
                     and c.pos_ in ("NOUN", "PROPN") and (c.head == subj or c.head.i < end)), subj)

    def _company_after_place(self, doc: Doc, subj: Token, owner_tok: Token, owner: str) -> str | None:
        """The organisation named between a place's possessive and the measure it modifies, as wire copy introduces a
        company by its country ("Sri Lanka's Sampath Bank group profits rose", "Kenya's Harlow Dairies net profit"):
        an ORG entity compounded on `subj` after the possessive `owner_tok`, when `owner` is a place (tagged one
        anywhere in the text, or a country of `demonyms`, which the small model may tag a person). None otherwise."""
        if not (self._labels_of(owner) & {"GPE", "LOC"} or owner.casefold() in self._countries):
            return None
        for tok in doc[owner_tok.i + 1:subj.i]:
            if tok.dep_ in ("compound", "nmod") and tok.ent_type_ == "ORG" and tok.head.i <= subj.i \
                    and (name := self._entity_at(doc, tok.i)) and name != owner:
                return name
        return None

    def _possessive_name(self, doc: Doc, subj: Token) -> str | None:
        """The name a capitalised body word with a proper-noun possessive before it makes ("St Orla's Hospital", "King's
        Mill Hospital"): a word of `generic_subjects` ("the hospital", "the council") written with a capital, the
        possessive and the words between all proper nouns. Such a name is the subject whole, never the bare
        description that stands for the topic, nor the tagger's cut of it ("Hospital" alone). None otherwise."""
        if subj.pos_ != "PROPN" or not subj.is_title or f"the {subj.lower_}" not in self.words.generic_subjects:
            return None
        owner = next((c for c in subj.children if c.dep_ == "poss" and c.pos_ == "PROPN" and c.i < subj.i), None)
        if owner is None or not all(t.pos_ == "PROPN" or t.dep_ == "case" for t in doc[owner.left_edge.i:subj.i]):
            return None
        return _clean_name(doc[owner.left_edge.i:subj.i + 1].text)

    def _owner_of_source_noun(self, doc: Doc, subj: Token) -> str | None:
        """The organisation an "of" phrase names on the noun a measure (`metric_heads`) comes "from" ("the revenue
        from operations of Zentel Mobile (ZML) jumped 20.2 percent", "income from sales of Harwick Foods rose"):
        the measure is that organisation's. None otherwise."""
        if subj.lemma_.lower() not in self.words.metric_heads and subj.lower_ not in self.words.metric_heads:
            return None
        for prep in subj.children:
            if prep.dep_ != "prep" or prep.lower_ != "from":
                continue
            for noun in prep.children:
                if noun.dep_ != "pobj" or noun.pos_ != "NOUN":
                    continue
                for of in noun.children:
                    if of.dep_ == "prep" and of.lower_ == "of" and (named := next(
                            (self._entity_at(doc, t.i) for t in of.children if t.dep_ == "pobj" and t.ent_type_ == "ORG"),
                            None)):
                        return named
        return None

    def _numbered_nickname(self, doc: Doc, subj: Token) -> str | None:
        """The team `subj` names when it is a nickname led by digits, ending in a word of rules/frame.json
        `nickname_endings` ("the 76ers", "the 49ers"), which the tagger reads as a number: the name the text writes it
        in after one or two capitalised words ("the Philadelphia 76ers" -> "Philadelphia 76ers"), else the nickname;
        None for any other token."""
        if not re.fullmatch(rf"\d+[a-z]*(?:{'|'.join(map(re.escape, sorted(self.words.nickname_endings)))})",
                            subj.text) or not self.words.nickname_endings:
            return None
        text = doc.user_data.get("claimx_text") or doc.text
        named = re.search(rf"\b((?:(?!The\b)[A-Z][a-z]+ ){{1,2}}){re.escape(subj.text)}\b", text)
        return named.group(1) + subj.text if named else subj.text

    def _owned_by_pronoun(self, ent: Span) -> bool:
        """Whether a name only modifies a noun a possessive pronoun owns (`owner_pronouns`: "its Tolland Ridge and
        Marrick coal projects", "their Kelso mine"): a thing an organisation named elsewhere owns, never the owner of a
        measure in its sentence."""
        tok, path = ent.root, [ent.root]
        while tok.dep_ in ("compound", "nmod", "conj", "amod") and tok.head.i != tok.i:
            tok = tok.head
            path.append(tok)
        # (the parse may hang the pronoun on the name's first word, "its Tolland Ridge", or on the noun)
        return tok is not ent.root and tok.pos_ == "NOUN" \
            and any(c.dep_ == "poss" and c.lower_ in self.words.owner_pronouns for t in path for c in t.children)

    def _read_subject_phrase(self, doc: Doc, subj: Token, topic: str | None) -> str | None:
        if self._describes_person(subj) and (person := self._person_described(doc, subj)) is not None:
            return person  # "The 26-year-old has two years left on his contract", "The Ashgrove striker scored 21 goals"
        if measure_name(subj, self.words):
            # "Customs Duty climbed to Rs. 1,104 billion": a tax's name is what is measured; whose, its owner's
            owner = next((c for c in subj.children if c.dep_ == "poss"), None)
            return self._entity_at(doc, owner.i) if owner is not None else None
        if (subj.lemma_.lower() == "index" or subj.is_upper or subj.pos_ == "PROPN" and subj.lower_ in
                self.words.statistic_index_words) and statistics_index_name(subj, self.words) \
                and subj.head.lemma_.lower() not in self.words.source_verbs \
                and subj.head.lemma_.lower() not in self.words.publishing_verbs \
                and subj.head.lower_ not in self.words.close_words:  # not "the index showed prices in X rose"
            # (nor a market's sector index that closed: "Consumer durables index too closed 279 points higher")
            # "The Consumer Prices Index (CPI) rose by 7.0%", "CPIH rose by 0.9%", "The Consumer Price Indices (CPI)
            # increased by 1.02 percent": a statistics office's index measures
            # the place the release is about; no name of its own; "Valdoria's Consumer Price Index rose 0.2%": its owner's
            owner = next((c for c in subj.children if c.dep_ == "poss"), None)
            if owner is not None and (named := self._entity_at(doc, owner.i)):
                return named
            return self._entities.lead_place if self._entities is not None else None
        if (described := self._described_index(doc, subj)) is not None:
            return described  # "London's top flight closed 38.78 points lower": the index, not the place
        if (held := self._possessive_name(doc, subj)) is not None:
            return held
        if (numbered := self._numbered_index(doc, subj)) is not None:
            return numbered
        ent = self._entity_at(doc, subj.i)
        if ent:
            return self._index_without_exchange(ent)
        if (team := self._numbered_nickname(doc, subj)) is not None:
            return team  # "The 76ers went 32 of 45 from the field": the Philadelphia 76ers, no number
        if (named := self._apposed_subject_name(doc, subj)) is not None:
            return named
        if subj.lower_ in self.words.place_parts and (place := next((
                self._entity_at(doc, o.i) for p in subj.children if p.dep_ == "prep" and p.lower_ == "of"
                for o in p.children if o.dep_ == "pobj" and o.ent_type_ in ("GPE", "LOC")), None)):
            return place  # "parts of central Scotland saw two and a half times the average": the place's figure
        if subj.pos_ == "PROPN" and not subj.ent_type_ and subj.head.lemma_.lower() in self.words.market_verbs \
                and subj.dep_ == "nsubj" and moves_a_figure(subj.head) \
                and any(c.ent_type_ in ("MONEY", "PERCENT") for c in subj.head.children if c.dep_ in ("dobj", "npadvmod")) \
                and not (frame_metric.opens_sentence(subj) and (self._common_word(subj) or self._plural_word(subj))) \
                and (named := self._untagged_subject(doc, subj)):
            return named  # "NetCorva rose $1.37 to $64": a name the tagger missed, its price moving by the figure
        if (index := self._index_name(doc, subj)) is not None:
            return index
        if (market := self._market_subject(doc, subj)) is not None:
            return market
        if subj.pos_ == "NOUN" and any(t.dep_ in ("amod", "compound") and t.lower_ in self.words.world_scopes
                                       and (t.head == subj or t.head.dep_ == "compound" and t.head.head == subj)
                                       for t in subj.subtree if t.i < subj.i) \
                and not any(c.dep_ == "poss" for c in subj.children) \
                and not (self._is_commodity(subj) and any(t.pos_ == "PROPN" for t in subj.lefts)):
            # (not a benchmark a scope word describes: "global benchmark Brent crude topping $89" is Brent crude's)
            return "world"  # "World wheat production will reach 806 million tonnes", "Global sales rose 20%"
        if (place := self._demonym_place(subj)) is not None:
            return place  # "Kastravan exports rose 12%", "the Valdorian crop": the place of the adjective
        is_metric = (subj.lower_ in self.words.metric_heads or subj.lemma_ in self.words.metric_heads) \
            and not (subj.lower_ in self.words.unit_heads
                     and any(t.dep_ == "compound" and t.pos_ == "PROPN" for t in subj.lefts))  # "The Intelligent Cloud business"
        owner_tok = next((t for t in subj.children if t.dep_ == "poss"), None)
        owner = None
        if owner_tok is not None:
            owner = self._entity_at(doc, owner_tok.i) or (
                (self._it_refers_to(doc, owner_tok) or self._organisation_topic(doc, owner_tok, topic))
                if owner_tok.lower_ in self.words.pronouns else self._described_owner(doc, owner_tok, topic))
            if owner is None and owner_tok.pos_ == "PROPN":
                # a name the tagger missed: "Qaresh's state grain agency bought 420,000 tonnes" is Qaresh's
                owner = self._untagged_owner(doc, max(t.i for t in owner_tok.subtree if t.dep_ != "case"))
        if owner is not None and subj.pos_ == "NOUN" and subj.lemma_.lower() in self.words.description_heads \
                and subj.lemma_.lower() not in self.words.place_heads \
                and (owner_tok.ent_type_ == "PERSON" or self._is_person(owner)) \
                and (held := self._antecedent(doc, subj, place=False) or self._organisation_topic(doc, subj, topic)) \
                and not self._is_person(held):
            # "Tom Reid's side have scored 41 goals", "Ann Varn's firm": a person's side or firm is the
            # organisation named last (else the one the text is about), not the person
            return held
        if owner is None and subj.pos_ == "NOUN" and subj.lemma_.lower() == "currency" \
                and (named := self._currency_before(doc, subj)) is not None:
            return named  # "Sterling was 0.4% lower ... Against the euro, the UK currency was 0.2% ahead": sterling
        traded = None if owner is not None else subj if self._is_commodity(subj) else self._unit_of_commodity(subj)
        if traded is not None:
            # "Gold rose 0.8%", "Brent crude fell 1.2%", "a barrel of Brent crude was trading down 6.2%": a commodity's
            # price is the commodity's, not the company or the index a market report leads with
            start = traded.left_edge.i
            if (cut := max((t.i for t in doc[start:traded.i] if t.text in ("-", "—", "–")), default=None)) is not None:
                start = cut + 1  # "NEW YORK, Jan 28 (Reuters) - U.S. natural gas futures soared": no dateline's words
                # (a bracket alone ends none: "the US West Texas Intermediate (WTI) crude futures")
            kept = {traded.i}
            for t in reversed(doc[start:traded.i]):  # the nouns of a commodity's name right before it ("natural gas")
                if t.i + 1 in kept and t.dep_ in ("compound", "amod") and t.head.i in kept and t.is_lower \
                        and t.pos_ in ("NOUN", "ADJ") and t.lower_ not in self.words.not_metrics \
                        and self._is_commodity(traded) and traded.lower_ in self.words.market_nouns:
                    kept.add(t.i)
            words = [t for t in doc[start:traded.i + 1]
                     if t.i in kept or t.pos_ == "PROPN" or self._is_commodity(t)]  # not "benchmark", "spot"
            return " ".join(t.lower_ if t == traded or (t.i == t.sent.start and t.pos_ != "PROPN") else t.text
                            for t in words) or traded.lower_
        if is_metric:
            if owner and (company := self._company_after_place(doc, subj, owner_tok, owner)) is not None:
                return company  # "Sri Lanka's Sampath Bank group profits rose": the bank's, the place only describes it
            if owner:
                return owner
            if subj.dep_ == "appos" and subj.head.dep_ == "pobj" \
                    and subj.head.head.lower_ in frame_metric.FRONTED_OWNER_PREPOSITIONS \
                    and subj.head.head.i == subj.sent.start and (fronted := self._entity_at(doc, subj.head.i)) \
                    and not is_source(subj.head, self.words):
                return fronted  # "For Orinda Holding, the profit before tax rose": Orinda Holding's (see fronted_apposition)
            part = next((self._entity_at(doc, o.i) for p in subj.children if p.dep_ == "prep" and p.lower_ in ("in", "at")
                         for o in p.children if o.dep_ == "pobj" and o.ent_type_ in ("ORG", "PRODUCT")
                         and not is_source(o, self.words)), None)
            if part:
                return part  # "Revenue in Productivity and Business Processes was $9.0 billion": the part's (or the company's at "at")
            if (owner_for := self._owner_for(doc, subj)) is not None:
                return owner_for  # "Net profit for Valdoria's top ten lenders rose 10.8%", "Sales for Harwick rose 4%"
            named = next((self._entity_at(doc, t.i) for t in subj.lefts if t.dep_ in ("compound", "nmod")
                          and t.ent_type_ in ("ORG", "PRODUCT", "PERSON") and self._entity_at(doc, t.i)
                          and not self._in_dateline(t)  # "Port Vella, Mar 4 (PTI): Retail sales ...": the credit
                          and not (t.i == subj.sent.start and not doc[t.i + 1].ent_type_
                                   and self._entity_at(doc, t.i) != topic)), None)
            if named is None and subj.lower_ in self.words.market_nouns:
                # "Arden shares rose 31%": a company's short name the tagger calls a place (see `_names_company`)
                named = next((self._entity_at(doc, t.i) for t in subj.lefts if t.dep_ in ("compound", "nmod")
                              and t.ent_type_ in ("NORP", "GPE") and self._names_company(t)), None)
            if named:
                return named  # "BHP Billiton shares fell 0.5%"; not a one-word "Digital sales" or "A&E visits" opening the sentence
            if subj.lower_ in self.words.market_nouns and (untagged := self._untagged_company(subj)):
                return untagged  # "Wipro shares were down 2.1 percent": a company the tagger missed, not a sector
            place = next((self._entity_at(doc, t.i) for t in subj.lefts if t.dep_ in ("compound", "nmod")
                          and t.ent_type_ in ("GPE", "LOC") and self._entity_at(doc, t.i)), None)
            if subj.lemma_.lower() in self.words.place_measures or subj.lower_ in self.words.place_measures:
                # "Lancashire unemployment fell to 4.2%", "Cornwall house prices rose 4.1%": a measure of places the name
                # before it owns, whatever the story leads with (the small model tags many a county a person)
                modifiers = [t for m in subj.lefts if m.dep_ in ("compound", "nmod")
                             for t in (m, *(c for c in m.lefts if c.dep_ in ("compound", "nmod")))]  # "Yorkshire house prices"
                owned = next((self._entity_at(doc, t.i) for t in modifiers
                              if t.pos_ == "PROPN" and t.ent_type_ in ("GPE", "LOC", "PERSON", "ORG")
                              and self._entity_at(doc, t.i)), None)
                if owned and not any(c.dep_ == "poss" for c in subj.children):
                    return owned
            if place and (topic is None or topic == place or self._labels_of(topic) & {"GPE", "LOC"}) and (
                    self._reported_by_public_body(subj) or (
                    self._entities is not None and self._entities.lead_place == place
                    and self._entities.get(place).headline)):
                # "U.S. retail sales rose 0.6%, the Commerce Department said": a place's measure reported by a
                # public body, unless the text is about an organisation (in a company's story, "U.S. comparable
                # sales rose 4.5%, Walmart said" is Walmart's)
                return place
            for prep in subj.children:  # "Shares of China Petroleum & Chemical Corp. jumped 5%", "sales at Harwick"
                if prep.dep_ == "prep" and prep.lower_ in ("in", "across") and (
                        subj.lemma_.lower() in self.words.place_measures or subj.lower_ in self.words.place_measures) \
                        and (town := self._local_place(doc, next((t for t in prep.children if t.dep_ == "pobj"), None))):
                    return town  # "prices in the borough rose 0.9 per cent": the town the dateline names
                if prep.dep_ == "prep" and prep.lower_ in ("of", "at", "for", "in"):
                    # "at"/"for" an organisation, not a place ("attendance at Millbrook Park" is the club's);
                    # "in" a place for a measure of places ("Unemployment in Eiremar fell"; but "digital sales
                    # in the U.S." are the company's: see place_measures in rules/frame.json); "shares in" a
                    # company, as British copy writes "shares of" (market_nouns)
                    shares_in = prep.lower_ == "in" and subj.lower_ in self.words.market_nouns
                    named = next((self._entity_at(doc, t.i) for t in prep.children if t.dep_ == "pobj"
                                  and (prep.lower_ == "of" or (t.ent_type_ in ("GPE", "LOC") if prep.lower_ == "in"
                                                               and not shares_in else t.ent_type_ in ("ORG", "PRODUCT")))), None)
                    if named and prep.lower_ == "in" and not shares_in and subj.lemma_.lower() not in self.words.place_measures \
                            and subj.lower_ not in self.words.place_measures \
                            and (self._entities is None or named != self._entities.lead_place):
                        named = None
                    if named is None and prep.lower_ == "of" and subj.lower_ in self.words.market_nouns:
                        named = self._untagged_name(next((t for t in prep.children if t.dep_ == "pobj"), None))
                    if named:
                        return named
            if (owner := self._owner_of_source_noun(doc, subj)) is not None:
                return owner  # "the revenue from operations of Zentel Mobile jumped 20.2 percent"
            measure = subj.lemma_.lower() in self.words.place_measures or subj.lower_ in self.words.place_measures or (
                subj.lemma_.lower() == "rate" and any(t.dep_ == "compound" and t.lower_ in self.words.place_measures
                                                      for t in subj.lefts))  # "the unemployment rate"
            if measure and self._entities is not None and self._entities.lead_place \
                    and (self._entities.get(self._entities.lead_place).headline or topic is None):
                # "Inflation rose 0.3%", "Clothing prices decreased 3.4%": a measure of a place, in an article
                # whose headline names the place, is that place's, not the office that publishes it
                return self._entities.lead_place
            inside = range(subj.left_edge.i, subj.right_edge.i + 1)
            ents = [e for e in self._sentence(subj).ents if e.label_ in ("ORG", "PRODUCT", "PERSON") and e.start not in inside
                    and self._is_name(e) and not is_source(e.root, self.words, subj.head)
                    and not self._is_speaker(e.root) and not self._trading_venue(e, subj.head)  # "... on the BSE"
                    # not the subject of a clause that does not govern this one: "The fire department's budget is cut
                    # by $2.5 million, and Fire Station 12 will lose its second engine company"
                    and not (e.root.dep_ in ("nsubj", "nsubjpass") and e.root.head != subj.head
                             and not e.root.head.is_ancestor(subj))
                    # nor a name in a "with" clause or a clause describing something else: "Scheduled traffic was up
                    # by 8.6%, with the most growth seen on flights to Hamburg (+116.3%) and Stuttgart (+59.7%)"
                    and not _in_other_clause(e.root, subj.head)
                    # nor a thing the organisation owns, named before a noun "its" or "their" owns: "net profit rose to
                    # A$312.4 million, but excluding the sale of its Tolland Ridge and Marrick coal projects, ..."
                    and not self._owned_by_pronoun(e)]
            if ents and (k := self._alias_open(doc, ents[0])) is not None:
                named = self._aliased(doc, ents[0], k)  # "Walmart (NYSE:WMT) reports revenue ..."
                if is_source(named.root, self.words, subj.head) or self._is_speaker(named.root):
                    ents = ents[1:]  # "The Office for National Statistics (ONS) said ...": a source's short form
                else:
                    return _clean_name(named.text)
            return _clean_name(ents[0].text) if ents else topic
        if subj.lower_ in self.words.pronouns:
            return self._it_refers_to(doc, subj) or self._organisation_topic(doc, subj, topic)
        if (subj.lemma_.lower() in self.words.source_people or subj.lemma_.lower() in self.words.actors) \
                and subj.head.lemma_.lower() not in self.words.source_verbs:
            # people who do what the figure counts, not people who report it: "Researchers at the Polar
            # Institute combined 1,200 images" (but "Researchers at X found that ..." report)
            # "The former chief executive of Harwick, Ann Reid, took home £9.7m": hers, not Harwick's (the parser
            # may hang the name on the organisation, in apposition or as a conjunct with no "and")
            named_after = [c for c in subj.children if c.dep_ == "appos"] + [
                g for prep in subj.children if prep.dep_ == "prep" and prep.lower_ == "of"
                for o in prep.children if o.dep_ == "pobj" and not any(c.dep_ == "cc" for c in o.children)
                for g in o.children if g.dep_ in ("appos", "conj")]
            person = next((self._entity_at(doc, c.i) for c in named_after if c.ent_type_ == "PERSON"), None)
            if person:
                return person
            for prep in subj.children:
                if prep.dep_ == "prep" and prep.lower_ in ("at", "from", "of", "with"):
                    named = next((self._entity_at(doc, t.i) for t in prep.children if t.dep_ == "pobj"
                                  and t.ent_type_ in ("ORG", "PRODUCT")), None)
                    if named:
                        return named
        number = next((t for t in subj.rights if t.dep_ == "nummod" and t.i == subj.i + 1 and t.text.isdigit()), None)
        if subj.is_title and number is not None:
            return doc[subj.i:number.i + 1].text  # a numbered name: "Route 14, the busiest line, runs every 8 minutes"
        chunk = self._chunk_text(doc, subj, skip=doc[subj.i:subj.i])
        definite = any(t.dep_ == "det" and t.lower_ in ("the", "this", "that") for t in subj.lefts)
        head = subj.lemma_.lower()
        if definite and subj.pos_ == "NOUN" and chunk.lower() in (subj.lower_, f"the {subj.lower_}") \
                and (person := self._role_named_before(doc, subj)):
            return person  # "striker Elias Varn ... The striker also won 12 caps"
        if definite and subj.is_lower and (subj.pos_ in ("NOUN", "PROPN") and head in self.words.player_nouns or _age_noun(subj)) \
                and (person := self._person_before(doc, subj)):
            # "The Valdoria international, 27, has signed a five-year deal", "The 24-year-old has scored 14 goals": a
            # description of a player by nation, age or position refers back to the person named
            # last, not to the place that modifies it (a speaker stays a source: see `_person_before`); the parser
            # may tag the lower-case role a proper noun after a name ("The Valdoria international")
            return person
        if definite and head in self.words.place_heads:
            # "the country already curtails about 8%", "The state is home to 20,000 glaciers": the place
            # named last, else the place the article leads with; "the town" the dateline's town
            if (town := self._local_place(doc, subj)) is not None:
                return town
            lead_place = self._entities.lead_place if self._entities is not None else None
            return self._antecedent(doc, subj, place=True) or lead_place or topic
        if definite and chunk.lower() in (subj.lower_, f"the {subj.lower_}") and (named := self._named_description(doc, subj)):
            return named  # "the institute" after "the Nordvik Polar Institute", "the team" after "Researchers at ..."
        bare = f"the {chunk.lower()}" in self.words.generic_subjects or chunk.lower() in self.words.generic_subjects
        if not bare and definite and head in self.words.description_heads:
            # "the packaged-food maker", "the Swiss lender": the organisation named last, else the topic
            return self._antecedent(doc, subj, place=False) or self._organisation_topic(doc, subj, topic)
        if bare and subj.lower_ in self.words.government_words and (country := self._government_place(doc)):
            return country  # "the government is on track to cut the deficit to 4.5%": the country's deficit
        if bare:
            return self._organisation_topic(doc, subj, topic)  # "the company", "the club": what the text is about
        chunk = re.sub(r"^(?:the|a|an)\s+", "", chunk, flags=re.I)
        if subj.lower_ in self.words.unit_heads and subj.i + 1 < subj.sent.end \
                and doc[subj.i + 1].lower_ in self.words.metric_heads:
            return None  # "with unit costs up 3 percent", parsed "unit" the subject of "costs": a measure, no part
        if subj.lower_ in self.words.unit_heads:
            owner = owner or self._organisation_topic(doc, subj, topic)
            if chunk.lower() == subj.lower_ and (named := self._named_part_before(doc, subj)):
                chunk = named  # "the unit" is the part named just before: "The Services division, which ..."
            elif chunk.lower() == subj.lower_ and subj.lower_ in self.words.part_heads and owner \
                    and (part := self._owner_part_before(doc, subj, owner)):
                return part  # "Revenue at Orvane Devices fell 10.2%, and the unit ...": the owner's part named before
            if owner and (chunk.lower() in owner.lower() or chunk.lower() in self.words.service_nouns
                          and any(owner.lower().endswith(w) for w in self.words.service_nouns)):
                # "Emergency departments saw ...", "A&E departments were busier" in a story about "Welsh emergency
                # departments": the service the story is about, not a part of it
                return owner
            # (a part whose name begins with its owner's first word is named in full already: "Halvane Web" of
            # "Halvane Group")
            return f"{owner} {chunk}" if owner and owner.lower() not in chunk.lower() \
                and chunk.split()[0].lower() != owner.split()[0].lower() else chunk
        if subj.is_title and quoted_word(subj) \
                and dictionary.dictionary_noun(subj, self._text, self.words.scope_words, tagged=True, once=True):
            return None  # "'Housing' rose from 131.2 to 133.0": a category a release quotes, no name
        acronym = subj.is_upper and subj.pos_ == "PROPN" and len(subj) >= 3 and subj.is_alpha \
            and not measure_short_form(subj, self.words) \
            and not (subj.i + 1 < len(doc) and doc[subj.i + 1].text in (",", "(", "-", "\u2013", "\u2014", ":")
                     and (subj.i == 0 or "\n" in doc[subj.i - 1].text + doc[subj.i - 1].whitespace_))  # a dateline's place
        if (subj.is_title or acronym) and subj.pos_ not in ("NOUN", "PRON", "DET") and chunk and chunk.lower() not in self.words.not_subjects \
                and subj.lower_ not in self.words.not_subjects \
                and subj.ent_type_ not in NOT_SUBJECT_ENTS and not calendar_word(subj) and "(" not in chunk \
                and not (frame_metric.opens_sentence(subj) and len(without_dateline(chunk).split()) == 1
                         and (self._common_word(subj) or self._plural_word(subj)
                              # a plural of the dictionary the text writes once ("Homicides fell 14%"); a singular
                              # word may be a company's name the tagger missed, read by the other rules
                              or dictionary.singular_of(subj, own_noun=False) and self._dictionary_word(subj)
                              # in a story about a place, any untagged dictionary noun written capitalised once
                              # ("Burglary was down 14%")
                              or not subj.ent_type_ and subj.is_title and topic is not None
                              and self._labels_of(topic) & {"GPE", "LOC"} and dictionary.dictionary_noun(
                                  subj, self._text, self.words.scope_words, once=True))):
            # a name the tagger did not know ("Cloudify contributes ..."); a capitalised first word that is a
            # common word ("Inventory was 3% higher": "inventory" is written in lower case elsewhere; "Wildfires
            # have burned ...": the plural of a noun of the dictionary; "Burglary was down 14%", "Shoplifting was
            # up 21%": an untagged noun of the dictionary the body capitalises only there, in a story about a place) is not one;
            # nor is a measure's word with a modifier ("real GDP increased 2.5 percent", "Nominal GDP rose 4.2 percent")
            return chunk
        if (thing := self._named_thing(doc, subj)) is not None:
            return thing  # "the Harbor Line light rail carried ...", "The Broadline 500 index ended down 1.3%"
        if definite and subj.pos_ == "NOUN" and (named := self._described_before(doc, subj)):
            return named  # "... the extension of the Harbor Line to Northgate. The extension cost $412 million"
        if owner is not None and owner_tok.lower_ not in self.words.pronouns and self._entity_at(doc, owner_tok.i):
            return owner  # "Antarctica's ice sheet lost 118 gigatons": the named owner of a thing that is no measure
        return None  # "Riders", "the buses": what the figure counts, not who it is about

    def _describes_person(self, subj: Token) -> bool:
        """Whether a clause's subject describes a person named before it rather than naming anyone: "the" and an age
        ("The 26-year-old"), or "the" and a word of `player_nouns` with no name of its own ("The Ashgrove striker",
        "the Rovers ace", which the parse may hang on the club's name)."""
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children):
            return False
        if subj.lower_ == "old" and any(c.lower_ in ("year", "years") and c.dep_ == "npadvmod" for c in subj.children):
            return True
        players = self.words.player_nouns
        if subj.lemma_.lower() in players or subj.lower_ in players:
            return not any(t.ent_type_ == "PERSON" for t in subj.subtree)
        return subj.pos_ == "PROPN" and subj.i + 1 < len(subj.doc) and subj.doc[subj.i + 1].lower_ in players \
            and subj.doc[subj.i + 1].head == subj

    def _person_described(self, doc: Doc, subj: Token) -> str | None:
        """The person a description (`_describes_person`) refers to. An age ("The 26-year-old") is read as "he" or
        "she" is (`_person_before`: the subject of the sentence that named the last person, a name the tagger missed
        too, "Ines Valtorre won the final, beating Sadie Harwell. The 26-year-old took home $412,000"). A player
        ("The Ashgrove striker") is the last person the tagger names in its sentence or the three before, who is
        neither a source nor a speaker, by the full name the article writes ("Redmarsh Rovers have signed Tomas Varga
        ... The Ashgrove striker scored 21 goals": Varga, not the club that signed him). None when no person fits."""
        if subj.lower_ == "old":
            found = self._person_before(doc, subj)
            entity = self._entities.get(found) if found and self._entities is not None else None
            if found and (entity.label == "PERSON" if entity is not None
                          else not self._labels_of(found) & {"ORG", "GPE", "LOC", "NORP"} and not self._signs_someone(doc, subj, found)):
                return found
        start = self._three_sentences_before(doc, subj)
        for ent in reversed([e for e in doc.ents if start <= e.start and e.end <= subj.left_edge.i and e.label_ == "PERSON"]):
            if is_source(ent.root, self.words) or self._is_speaker(ent.root):
                continue  # "as Ann and Peter Quill pointed out": who told, not whom the description means
            named = self._entities.get(_clean_name(ent.text)) if self._entities is not None else None
            if named is not None and named.label == "PERSON" and not self._entities.acts_as_organisation(named.name):
                return named.name
        return None

    def _signs_someone(self, doc: Doc, subj: Token, name: str) -> bool:
        """Whether `name` is the subject of a verb of signing (`signing_verbs`) in the sentences before `subj` ("Redmarsh
        Rovers have signed Tomas Varga"): a club, which no description of a person means."""
        for tok in doc[max(0, subj.sent.start - 120):subj.sent.start]:
            if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lower_ in self.words.signing_verbs \
                    and name.endswith(tok.text):
                return True
        return False

    def _apposed_subject_name(self, doc: Doc, subj: Token) -> str | None:
        """The name written right after a common noun that is a clause's subject, in apposition to it ("while its NSE
        counterpart Kestrel was down 48 points", "its rival Corvex rose 2%"): the name the tagger knows. None
        otherwise."""
        if not (subj.pos_ == "NOUN" or subj.pos_ == "ADJ" and subj.dep_ in ("nsubj", "nsubjpass")) or subj.i + 1 >= len(doc):
            return None  # (a descriptive noun the tagger may read as an adjective: "The benchmark Kestrel Index")
        name = doc[subj.i + 1]
        while name.dep_ == "compound" and name.pos_ == "PROPN" and name.head.pos_ == "PROPN" \
                and name.i < name.head.i <= name.i + 2:
            name = name.head  # "the largest telecom operator Kavir Telnet": the name's last word is the appositive
        if name.dep_ != "appos" or name.head != subj or name.pos_ != "PROPN":
            # "Market heavyweight Kavir Telnet fell", "The benchmark Kestrel Composite Stock Price Index (KCSPI)
            # lost": a name in apposition a word or two further on, after a modifier of the noun
            if subj.lower_ in self.words.metric_heads:
                return None  # "Net interest income (NII) rose": the measure and its short form
            name = next((c for c in subj.children if c.dep_ == "appos" and subj.i + 1 < c.i <= subj.i + 6
                         and (c.pos_ == "PROPN" or c.is_title and c.lower_ in self.words.index_name_words)
                         and "(" not in (doc[c.i - 1].text, c.left_edge.text)  # not "the Indian rupee (INR)": its own short form
                         and not any(t.is_punct for t in doc[subj.i + 1:c.left_edge.i])), None)
            if name is None:
                return None
            if (short := self._short_name_after(doc, name)) is not None:
                return short
            return self._entity_at(doc, name.i) or self._index_name(doc, name) \
                or _clean_name(doc[min(t.i for t in name.subtree if t.dep_ == "compound" or t == name):name.i + 1].text)
        return self._short_name_after(doc, name) or self._entity_at(doc, name.i)

    def _short_name_after(self, doc: Doc, name: Token) -> str | None:
        """The short form written in brackets right after a name ("the Kestrel Composite Stock Price Index (Kospi)"),
        when the text writes it again by itself: the name a reader of the text goes by. None otherwise."""
        at = name.i + 1
        if not (at + 2 < len(doc) and doc[at].text == "(" and doc[at + 2].text == ")"):
            return None
        short = doc[at + 1]
        if not (short.is_alpha and short.text[:1].isupper() and 2 <= len(short.text) <= 8):
            return None
        spelled = [m.group(0) for m in re.finditer(rf"(?<![\w(]){re.escape(short.text)}(?![\w)])", self._text, re.I)]
        if not spelled:
            return None
        return max(set(spelled), key=spelled.count)


def _dateline_dash(doc: Doc, start: int, end: int) -> int | None:
    """The index of the first dash or colon among tokens `start` to `end` outside brackets: the one a dateline's place
    and credit end with ("LONDON (Harlow-Wire) - Corvel Plc reported ...": not the hyphen inside the credit's name).
    None when there is none."""
    depth = 0
    for tok in doc[start:end]:
        if tok.text == "(":
            depth += 1
        elif tok.text == ")":
            depth = max(depth - 1, 0)
        elif depth == 0 and tok.text in ("-", "\u2013", "\u2014", ":"):
            return tok.i
    return None
