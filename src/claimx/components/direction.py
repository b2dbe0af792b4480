"""Direction of a stated change, from the parse and the lemma of the word that governs a figure.

`change_direction(doc, span, quantity, words)` says whether a quantity states a rise ("up"), a
fall ("down") or a level (None):

- "Shares plummeted 40%", "revenue rallied 12%", "the index clawed back 2%", "growth was revised
  upward by 0.3 points", "a 12% increase", "an increase of 12%", "up 12%", "1.2% higher",
  "Dow +0.2%", "FTSE 100 -1.3%", "output doubled" are changes;
- "to $19 million", "at 6.5 times earnings", "the biggest increase in 18 months", "gave up 517
  yards", "raised $5.5m", "no more than 200" are not.

Verbs and nouns are recognised by their base form: the pipeline runs without spaCy's lemmatizer,
so `lemmas()` proposes base forms by regular English inflection ("plummeted" -> plummet, "rallied"
-> rally, "advancing" -> advance, "slipped" -> slip) plus the irregular forms listed in the
lexicon. A new change verb therefore needs one entry, in `direction.up_verbs` or `down_verbs` of
src/claimx/rules/lexicon.json.

The function reads only the Doc, the span and the quantity dict written by `claimx_quantities`
(`start`, `end`, `value`, `unit`, `kind`); it needs a dependency parse and falls back to the
words right before the figure when there is none.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache

from spacy.tokens import Doc, Span, Token

from claimx.frame.metric import CHANGE_NOUN_OF, names_its_own
from claimx.grammar.scanner import ONE_WORD
from claimx.lexicon import Lexicon, alternation, load_lexicon

Direction = str  # "up" | "down"

# dependency labels by which a figure hangs from the verb whose change it measures
_MEASURE_DEPS = {"dobj", "npadvmod", "advmod", "attr", "oprd", "nmod", "appos", "acomp", "quantmod", "ccomp",
                 "nummod", "compound", "amod", "dep", "obj", "pobj", "conj", "xcomp", "advcl"}
# units whose figures are changes when they are a change verb's object ("cut 1,500 jobs", "lost 5%"; an index
# "added 25.66 points")
_CHANGE_OBJECT_UNITS = {"percent", "percentage_point", "ratio", "count"}


@dataclass(frozen=True)
class DirectionWords:
    """The word lists of the lexicon's `direction` section, as sets of base forms."""

    up_verbs: frozenset
    down_verbs: frozenset
    up_nouns: frozenset
    down_nouns: frozenset
    up_particles: frozenset
    down_particles: frozenset
    phrasal: dict
    object_not_change: frozenset
    percent_units: frozenset
    level_prepositions: frozenset
    irregular: dict
    average_nouns: frozenset = frozenset()
    level_hedges: frozenset = frozenset()
    # without a parse: words that make the figure a level when they stand right before it ("to", "at"), and
    # the words that may stand between a change word and its figure ("rose by nearly 12%", "fell a further 3%")
    level_stops: frozenset = frozenset()
    fillers: frozenset = frozenset()
    comparison_bases: frozenset = frozenset()
    # intransitive moves whose object is the amount moved ("fell 5.6 million barrels")
    amount_object_verbs: frozenset = frozenset()
    # nouns that carry a change named in their compound or "of" phrase ("the growth figure", "its estimate of growth")
    change_carriers: frozenset = frozenset()
    # verbs that state a level ("growth was 0.7%", "growth stood at 0.4%", "leaving growth unchanged at 0.1%")
    level_verbs: frozenset = frozenset()
    # the lexicon's `direction_cues`: words read from the text around a figure (see their _doc)
    level_before: frozenset = frozenset()
    level_fillers: frozenset = frozenset()
    share_determiners: frozenset = frozenset()
    share_hedges: frozenset = frozenset()
    more: frozenset = frozenset()
    less: frozenset = frozenset()
    above: frozenset = frozenset()
    below: frozenset = frozenset()
    gap_stops: frozenset = frozenset()
    headline_particles: frozenset = frozenset()
    particle_stops: frozenset = frozenset()
    surfaces: frozenset = frozenset()
    # who holds a market's value ("investors lost Rs 3.1 lakh crore", "equities gained N1.6 trillion") and the words
    # that make a text a market's story
    market_value_holders: frozenset = frozenset()
    market_value_context: frozenset = frozenset()
    # verbs whose "from" and "to" span a set of figures ("increases ranging from 0.3% to 3.8%")
    ranging_verbs: frozenset = frozenset()
    # words after a count that make it a count of extra things ("32 additional homicides"), and the words that compare
    # such a count with a time ("than in 2008", "compared with 2010"; `time_links_next` right before it: "on the
    # previous year")
    extra: frozenset = frozenset()
    time_links: frozenset = frozenset()
    time_links_next: frozenset = frozenset()
    # the words by which a change is compared with another change after it ("compared with", "after")
    compared_links: frozenset = frozenset()
    # nouns that name a change only of a measure (a percentage, a physical quantity or an index's points), not of a
    # sum or a count: "a build of 2.4 million barrels", "a 28 percent population loss" ("a $5m loss" is a level)
    measure_up_nouns: frozenset = frozenset()
    measure_down_nouns: frozenset = frozenset()

    @classmethod
    def from_lexicon(cls, lex: Lexicon | dict) -> "DirectionWords":
        sections = (lex["direction"], lex["direction_cues"])
        return cls(**{k: (dict(v) if isinstance(v, dict) else frozenset(w.lower() for w in v))
                      for d in sections for k, v in d.items() if not k.startswith("_")})

    @cached_property
    def patterns(self) -> dict[str, re.Pattern]:
        """The regular expressions built from `direction_cues`."""
        i = re.I
        level = alternation(self.level_before)
        return {
            "market_context": re.compile(alternation(self.market_value_context) if self.market_value_context else r"(?!)", i),
            "level_before": re.compile(rf"{level}\s+(?:{alternation(self.level_fillers)}\s+)*$", i),
            # "growing to 95.9%, 96.3% and 96.9% respectively": a figure listed after a level "to" (or "from", "at")
            "listed_after_level": re.compile(rf"{level}\s+{_FIGURE}(?:\s*,\s*{_FIGURE})*(?:\s*,\s*(?:and\s+)?|\s+and\s+)$", i),
            "share_of": re.compile(rf"\s+of\s+{alternation(self.share_determiners)}", i),
            "share_hedged": re.compile(rf",\s*(?:{alternation(self.share_hedges)}\s+)*$", i),
            "comparative": re.compile(rf"\s+(?:(?P<more>{alternation(self.more)})|{alternation(self.less)})", i),
            "relative": re.compile(rf"\s+(?:({alternation(self.above, space=' ')})|({alternation(self.below, space=' ')}))"
                                   r"\s+(?![\d$€£¥+−-])", i),
            # "than in 2008", "compared with the same period in 2010", "than they had a year earlier", "on the previous
            # year": a comparison with a time
            "time_base": re.compile(
                rf"\b(?:{alternation(self.time_links) if self.time_links else '(?!)'}\s+(?:[^\s,.;:()]+\s+){{0,5}}?"
                rf"|{alternation(self.time_links_next) if self.time_links_next else '(?!)'}\s+)"
                rf"(?:(?:19|20)\d\d\b|{alternation(self.comparison_bases)}\b)", i),
            # "35 kilometres below the surface", "1,200 metres above sea level": a depth or a height
            "surface": re.compile(rf"\s+(?:the\s+)?(?:earth\s*['’]s\s+)?{alternation(self.surfaces, space=' ')}\b", i),
        }

    def verb(self, word: str) -> Direction | None:
        for lemma in lemmas(word, self.irregular):
            if lemma in self.up_verbs:
                return "up"
            if lemma in self.down_verbs:
                return "down"
        return None

    def noun(self, word: str) -> Direction | None:
        w = word.lower()
        for lemma in (w, w[:-1] if w.endswith("s") else w, w[:-2] if w.endswith("es") else w):
            if lemma in self.up_nouns:
                return "up"
            if lemma in self.down_nouns:
                return "down"
        return None

    def measure_noun(self, word: str, q: dict) -> Direction | None:
        """The direction a noun of `measure_up_nouns` or `measure_down_nouns` names for a figure `q` that is no sum of
        money and no count ("a draw of 900,000 barrels", "a weakness of 88 points", "a 31 percent population loss")."""
        if q["kind"] in ("amount", "count", "multiple", "ratio") or q["unit"] == "count":
            return None
        w = word.lower()
        for lemma in (w, w[:-1] if w.endswith("s") else w):
            if lemma in self.measure_up_nouns:
                return "up"
            if lemma in self.measure_down_nouns:
                return "down"
        return None

    def particle(self, word: str) -> Direction | None:
        w = word.lower()
        return "up" if w in self.up_particles else "down" if w in self.down_particles else None

    @cached_property
    def change_verbs(self) -> frozenset:
        """The verbs of a rise or a fall, either way."""
        return self.up_verbs | self.down_verbs

    def moves_its_noun(self, verb: Token, unit: str | None) -> bool:
        """Whether a clause on `verb` that holds a figure in `unit` reports how the noun it describes moved, rather
        than picks out a group of it: a verb of change with a figure that is no count ("temperatures soaring up to
        41°C"), where "companies employing more than 500 people" picks out a group. The grammar's threshold reader
        (`claimx_quantities`) and the claims component's both ask it."""
        return unit != "count" and verb.lemma_.lower() in self.change_verbs


@lru_cache(maxsize=8)
def _default_words(path: str | None = None) -> DirectionWords:
    return DirectionWords.from_lexicon(load_lexicon(path))


def _words(words) -> DirectionWords:
    if isinstance(words, DirectionWords):
        return words
    if words is None:
        return _default_words()
    if isinstance(words, (Lexicon, dict)):
        return DirectionWords.from_lexicon(words)
    raise TypeError(f"words must be a Lexicon, a dict or DirectionWords, not {type(words).__name__}")


def lemmas(word: str, irregular: dict | None = None) -> list[str]:
    """Candidate base forms of an English verb or noun, the word itself first.

    word (str): an inflected form ("plummeted", "rallied", "advancing", "slipped", "sheds").
    irregular (dict | None): irregular form -> base form ("rose" -> "rise").
    RETURNS (list[str]): candidates to look up; at most one of them is usually a real word.
    """
    w = word.lower()
    out = [w]
    if irregular and w in irregular:
        out.insert(0, irregular[w])
    if w.endswith("ied") or w.endswith("ies"):
        out.append(w[:-3] + "y")  # rallied -> rally
    if w.endswith("ed"):
        stem = w[:-2]
        out += [stem, w[:-1]]  # plummeted -> plummet; eased -> ease
        if len(stem) > 2 and stem[-1] == stem[-2]:
            out.append(stem[:-1])  # slipped -> slip
    if w.endswith("ing"):
        stem = w[:-3]
        out += [stem, stem + "e"]  # climbing -> climb; advancing -> advance
        if len(stem) > 2 and stem[-1] == stem[-2]:
            out.append(stem[:-1])  # slipping -> slip
    if w.endswith("es"):
        out.append(w[:-2])  # slashes -> slash
    if w.endswith("s"):
        out.append(w[:-1])  # sheds -> shed
    return out


_FIGURE = r"[^\s,]*\d[\d.,]*?(?:\s*(?:%|per\s?cent|percent))?"


def change_direction(doc: Doc, span: Span, quantity: dict, words=None, *, text: str | None = None) -> Direction | None:
    """'up', 'down' or None for the quantity `span` of `doc`.

    doc (Doc): a parsed Doc (tagger and parser); without a parse only the words before the figure count.
    span (Span): the quantity's span (`doc.spans["quantities"]` entry).
    quantity (dict): its `span._.quantity` record (start, end, value, unit, kind).
    words (Lexicon | dict | DirectionWords | None): the word lists; None for the packaged lexicon.
    text (str | None): `doc.text`, when the caller has it (Doc.text joins every token on each access).
    RETURNS (str | None): "up" for a rise, "down" for a fall, None for a level.
    """
    w = _words(words)
    text = doc.text if text is None else text
    q = quantity
    written = text[q["start"]:q["end"]]

    signed = _sign(written, q)
    if signed and not w.patterns["level_before"].search(text[max(0, q["start"] - 40):q["start"]]):
        return signed  # (a signed rate "at", "to" or "from" is a level: "inflation in oils was at -0.63%")
    if q["kind"] == "multiple":
        # "doubled", "halving": the word is the change; "6.5 times earnings" is a ratio, not a change
        for token in re.findall(r"[A-Za-z]+", written):
            d = w.verb(token)
            if d:
                return d
        if re.match(r"\s+as\b", text[q["end"]:q["end"] + 4]):
            return None  # "twice as fast", "three times as many": a comparison, not a change
    before = w.patterns["level_before"].search(text[max(0, q["start"] - 40):q["start"]])
    if before is None:
        # "growing to 95.9%, 96.3% and 96.9% respectively": a figure listed after a level "to" (or "from", "at") gives
        # is a level too, however the parser hangs it
        before = w.patterns["listed_after_level"].search(text[max(0, q["start"] - 80):q["start"]])
    if before and doc.has_annotation("DEP") and (ranged := _ranged_change(span, w)):
        return ranged  # "with increases ranging from 0.3% in Darwin to 3.8% in Perth": each figure is a change
    if before and not (re.search(r"\ban?\s+$", before.group(), re.I) and _names_change_noun(doc, span, w)):
        # "to $19 million", "from $20": the level before or after a change (but "due to a 12.9% reduction"), unless
        # the clause names the percentage a change ("prices rising at 1 per cent", "growth increased to 2.0%")
        return _after_at_or_to(doc, span, q, w)
    if q["unit"] in ("percent", "ratio") and w.patterns["share_of"].match(text[q["end"]:q["end"] + 12]) \
            and w.patterns["share_hedged"].search(text[max(0, q["start"] - 30):q["start"]]):
        return None  # "(rise to $48.2 million,) about 7.2% of the general fund": a share, not the change
    comparative = _comparative_after(text, q, w) or _relative_after(text, q, w) or _counted_difference(doc, span, q, w)
    if comparative:
        return comparative
    if doc.has_annotation("DEP"):
        return _from_parse(doc, text, span, q, w) or _particle_before(doc, span, w) \
            or (_from_words(text, q, w) if _title_cased(span) else None) or _particle_after_pair(doc, span, w) \
            or _restated_after(doc, span, q, w, text) or _mistagged_verb_before(doc, span, w) \
            or _object_then_move(doc, span, q, w)
    return _from_words(text, q, w)


_OBJECT_TAGS = {"DT", "PRP$", "JJ", "NN", "NNS", "NNP", "NNPS", "HYPH", "POS", "CD"}


def _object_then_move(doc: Doc, span: Span, q: dict, w: DirectionWords) -> Direction | None:
    """"raising its full year dividend seven per cent to 7.4 pence", "lifted its full-year dividend payout 5.1% to 9.72
    cents": a change verb, its object, then the size of the move and the level it reached: the parser tends to hang
    the percentage on the object's nouns. Only a percentage; the object is a short noun phrase (no verb, no other
    figure), and the level reached follows ("to" and a figure). (Not a title-case headline's "Cut Patient Death Rate
    27%": its measure is then lost.)"""
    if q["unit"] not in w.percent_units:
        return None
    starts, _ = _figure_edges(doc)
    if not (span.end + 1 < len(doc) and doc[span.end].lower_ == "to" and span.end + 1 in starts):
        return None
    sent_start = span.sent.start
    i, between = span.start - 1, 0
    while i >= sent_start and between <= 6:
        t = doc[i]
        if t.tag_.startswith("VB") and (d := w.verb(t.text)) and between >= 1:
            return d
        if not (t.tag_ in _OBJECT_TAGS or t.tag_ in ("VB", "VBP") and t.dep_ in ("dep", "compound")) or t.like_num:
            return None  # (a noun of the object the tagger took for a verb: "dividend payout" with "payout" a VBP)
        i, between = i - 1, between + 1
    return None


def _mistagged_verb_before(doc: Doc, span: Span, w: DirectionWords) -> Direction | None:
    """"with output contracting by 0.2 per cent", "Sensex zooms 449 points led by rally in banks": a change verb right
    before the figure ("by" and hedge words between) that the tagger read as a noun, so that no parse path reaches it.
    Only a word that is a change verb and no change noun ("a rise 5%" is no such misreading) and not a phrasal verb's
    particle after it."""
    i = span.start - 1
    while i >= 0 and doc[i].lower_ in w.fillers and doc[i].lower_ not in w.particle_stops:
        i -= 1
    if i >= 0 and doc[i].lower_ == "by":
        i -= 1
    if i < 0 or doc[i].tag_ not in ("NN", "NNS") or w.noun(doc[i].text) is not None or doc[i].dep_ == "compound":
        return None
    return w.verb(doc[i].text)


def _restated_after(doc: Doc, span: Span, q: dict, w: DirectionWords, text: str) -> Direction | None:
    """"settled 82.10 points or 0.70 per cent up at 11,762", "ended up by $1.74 or about 2.5% at $72.23": a move
    restated after "or" in another unit, where the words after the restatement say the direction (the parser hangs
    them on the second figure only): the first figure is the same change. Not a share the second names ("cut 300
    jobs, or 5% of its staff")."""
    starts, _ = _figure_edges(doc)
    later = next((doc[i:starts[i]] for i in (span.end + 1, span.end + 2)
                  if i in starts and _or_between(doc, span, doc[i:starts[i]])), None)
    if later is None or not (lq := later._.quantity) or lq["unit"] == q["unit"] or lq["kind"] == "multiple" \
            or names_its_own(doc, later):
        return None
    return change_direction(doc, later, lq, w, text=text)


def _title_cased(span: Span) -> bool:
    """Whether the figure's sentence is a headline in title case ("Infosys Soars Nearly 10% Post June Quarter
    Results"): the parser reads its capitalised verbs as names, so the words before the figure decide."""
    sent = span.sent
    known = span.doc.user_data.setdefault("claimx_title_cased", {})  # by sentence start: each figure of it asks
    if sent.start not in known:
        words = [t for t in sent if t.is_alpha and len(t) > 3]
        known[sent.start] = len(words) >= 3 and sum(t.text[0].isupper() for t in words) >= 0.8 * len(words)
    return known[sent.start]


def _particle_before(doc: Doc, span: Span, w: DirectionWords) -> Direction | None:
    """"Passenger Numbers Up 6.4 Pct", "revenue up six per cent from a year ago", "prices down 2% on the month":
    a headline or clipped clause puts the particle right before the figure (hedge words between) and the parser
    hangs it elsewhere. Not a particle of a phrasal verb (`phrasal`: "gave up 517 yards", "set up 3 funds")."""
    i = span.start - 1
    while i >= 0 and doc[i].lower_ in w.fillers and doc[i].lower_ not in w.particle_stops:
        i -= 1  # "up about 6%", "down nearly a fifth"
    if i < 0 or doc[i].lower_ not in w.headline_particles:
        return None
    if i > 0 and doc[i - 1].pos_ in ("VERB", "AUX"):
        for lemma in lemmas(doc[i - 1].text, w.irregular):
            if (key := f"{lemma} {doc[i].lower_}") in w.phrasal:
                return w.phrasal[key]  # "gave up 517 yards": the phrasal verb says what the figure is
    return w.particle(doc[i].text)


def _or_between(doc: Doc, first: Span, second: Span) -> bool:
    """Whether only "or" (a comma before it at most) stands between two figures: the second restates the first."""
    if not 1 <= second.start - first.end <= 2:
        return False  # (asked of every figure of the text: no reading of the words between far-apart ones)
    return [token.lower_ for token in doc[first.end:second.start]] in (["or"], [",", "or"])


def _figure_edges(doc: Doc) -> tuple[dict[int, int], dict[int, int]]:
    """The document's quantities as start -> end and end -> start token offsets, read once per document (and again
    if the quantities change; plain numbers, so the document still serialises): the figures next to a figure are
    looked up, not searched for."""
    figures = doc.spans.get("quantities", [])
    cached = doc.user_data.get("claimx_figure_edges")
    if cached is None or cached[0] != len(figures):
        pairs = [(f.start, f.end) for f in figures]
        cached = (len(figures), {a: b for a, b in pairs}, {b: a for a, b in pairs})
        doc.user_data["claimx_figure_edges"] = cached
    return cached[1], cached[2]


def _particle_after_pair(doc: Doc, span: Span, w: DirectionWords) -> Direction | None:
    """"closed 54.1 points, or 0.95 per cent, higher at 5,732.9", "was trading 228 points or 0.43 per cent higher":
    a move restated in another unit after "or", the comparative particle right after the pair (a comma at most
    between) and not after the first figure: the parser hangs neither figure on it, and both take its direction."""
    after_or = span.start > 0 and doc[span.start - 1].lower_ == "or"
    before_or = span.end < len(doc) and doc[span.end].lower_ in ("or", ",")
    if not (after_or or before_or):
        return None
    starts, ends = _figure_edges(doc)
    later = next((doc[i:starts[i]] for i in (span.end + 1, span.end + 2)
                  if i in starts and _or_between(doc, span, doc[i:starts[i]])), None)
    earlier = next((doc[ends[i]:i] for i in (span.start - 1, span.start - 2)
                    if i in ends and _or_between(doc, doc[ends[i]:i], span)), None)
    last = later if later is not None else span if earlier is not None else None
    if last is None:
        return None
    at = last.end + (last.end < len(doc) and doc[last.end].text == ",")
    if at >= len(doc) or doc[at].sent.start != span.sent.start:
        return None
    if doc[at].tag_ not in ("JJR", "RBR") and not (
            # "settled 120 points, or 0.46 percent, up at 26,188": a bare particle, the level reached (or nothing) after it
            doc[at].lower_ in w.headline_particles
            and (at + 1 == len(doc) or doc[at + 1].lower_ == "at" or doc[at + 1].is_punct)):
        return None
    return w.particle(doc[at].text)


def _comparative_after(text: str, q: dict, w: DirectionWords) -> Direction | None:
    """"$96 more", "11 minutes less", "40% fewer injuries": a difference stated after the figure.
    A bare count before "more" counts extra things ("60 more buses"), not a change, unless "than" and a
    base follow: one of `comparison_bases` ("41 more than this year", "1,200 more than a year earlier", or counted
    back several steps: "154 fewer than three years ago") or a year ("9 fewer than in 2023")."""
    m = w.patterns["comparative"].match(text[q["end"]:q["end"] + 8])
    if not m or q["kind"] in ("multiple", "ratio"):
        return None
    if q["kind"] == "count":
        rest = re.match(r"\s+than\s+(?:in\s+(?P<year>\d{4})\b)?(?P<base>[^,.;:]*)",
                        text[q["end"] + m.end():q["end"] + m.end() + 40], re.I)
        base = _one_step(" ".join(rest.group("base").lower().split())) if rest else ""
        if not (rest and rest.group("year")) and not any(base == b or base.startswith(b + " ")
                                                          for b in w.comparison_bases) \
                and not (rest and w.patterns["time_base"].match(text, q["end"] + m.end() + rest.start() + 1)):
            return None  # ("34 more than they had a year earlier": the time compared with, a few words on)
    return "up" if m.group("more") else "down"


def _one_step(base: str) -> str:
    """A base counted back several steps, as its one-step form in `comparison_bases`: "three years ago" -> "a year
    ago", "10 months earlier" -> "a month earlier"."""
    words = base.split()
    if len(words) >= 3 and (words[0].isdigit() or words[0] in ONE_WORD) and words[1].endswith("s"):
        return " ".join(["a", words[1][:-1], *words[2:]])
    return base


def gapped_change(doc: Doc, span: Span, before: Span, before_direction: Direction | None, words=None,
                  reached: Span | None = None) -> Direction | None:
    """The direction a gapped list carries on: "Harrowby had a rise of 5.1 per cent, Westerleigh 3.8 per cent, and
    Penhallow 3.5 per cent", "consumption rose 0.3% and government spending 0.6%", "rose 3.1% over the year and
    0.4% on the month", "burglary rose by 3 per cent, robbery by 1 per cent" (the first change's "by" repeated). `before` is the figure before `span` in the sentence, a change in `before_direction`.
    Only names, nouns, articles, commas, "and" and time prepositions may stand between the two figures (no verb,
    no other number, no "to/from/at/of"), both figures are in the same unit, and the figure is no share ("and 40%
    of them"). `words` as for `change_direction` (its `gap_stops`). `reached` is the level written "to" right after
    `before` ("fell 2.2% to 350p and Ardmore 1.4%"): the words are read from its end."""
    if before_direction is None or span.start <= (reached or before).end:
        return None
    stops = _words(words).gap_stops
    q, b = span._.quantity, before._.quantity
    if q["unit"] != b["unit"] or q["kind"] == "multiple" or not doc.has_annotation("DEP"):
        return None
    between = doc[(reached or before).end:span.start]
    # "increases in Oldmere (6 per cent) and Caddon (4 per cent)": both figures in brackets after their names (a
    # statistics release's list may run on with semicolons: "decreases in capital goods ($0.9 billion); in foods,
    # feeds, and beverages ($0.9 billion); and in other goods ($0.5 billion)")
    bracketed = len(between) > 1 and between[0].text == ")" and between[-1].text == "(" and before.start > 0 \
        and doc[before.start - 1].text == "("
    if not any(t.pos_ == "CCONJ" or t.text in (",", ";") for t in between) or len(between) > (14 if bracketed else 8):
        return None
    if not bracketed and any(t.text == ";" for t in between):
        return None
    # "rose by 3 per cent, robbery by 1 per cent": the "by" of the first change repeated before the gapped figure
    mirrored = len(between) > 1 and between[-1].lower_ == "by" and before.start > 0 and doc[before.start - 1].lower_ == "by"
    # "Exports to China fell 4%, to Japan 2%": the preposition of the first item's name repeated before the gapped
    # item's name, with only the name between it and the figure (not "rose 4% to $5bn", a level)
    echoed = next((t.i for t in between if t.lower_ in stops and t.i + 1 < span.start
                   and all(n.pos_ == "PROPN" for n in doc[t.i + 1:span.start])
                   and any(e.lower_ == t.lower_ and doc[e.i + 1].pos_ == "PROPN"
                           for e in doc[span.sent.start:before.start - 1])), None)
    for t in between[1:-1] if bracketed else between[:-1] if mirrored else between:
        if t.i == echoed:
            continue
        if t.pos_ in ("VERB", "AUX", "NUM", "SYM", "PRON", "SCONJ") or t.like_num or t.lower_ in stops \
                or t.text in (":", "(", ")") or t.text == ";" and not bracketed:
            return None
    if span.end < len(doc) and doc[span.end].lower_ == "of":
        return None
    return before_direction


def restated_change(doc: Doc, span: Span, before: Span, before_direction: Direction | None) -> Direction | None:
    """The direction of a change that a figure restates in another unit straight after it: "up 31.20p, or 4.2%, to
    774.4p", "fell $12 million, or 3%, on the year". Only ", or" stands between the two figures, and the figure has
    no noun, "of" or rate of its own after it ("cut 300 jobs, or 5% of its staff" is a share, "$1.49 per share" a rate).
    The comma may be left out when the two figures are in different units ("an annual increase in employment of 3pc or
    57,100"; not "rose 12 or 13 per cent", two guesses at one figure)."""
    if before_direction is None or not _or_between(doc, before, span) or span._.quantity["kind"] == "multiple":
        return None
    if doc[before.end].lower_ == "or" and span._.quantity["unit"] == before._.quantity["unit"]:
        return None
    return None if names_its_own(doc, span) else before_direction


def compared_change(doc: Doc, span: Span, before: Span, before_direction: Direction | None, words=None) -> Direction | None:
    """The direction of a change that a sentence compares with the change before it: "rose 1.2 per cent in June
    compared with 1.5 per cent in May", "rose 10.1 percent in October, compared with September's 10.3 percent",
    "lowered their death rates by 18 percent, compared to 13 percent for all other hospitals", "were up 9.4 per cent
    in June after 10 per cent in May". One of `compared_links` stands between the two figures, both in the same unit,
    with only names, nouns, time words, articles, prepositions and commas besides (no verb, no other figure), and at
    most a possessive or an article between the link and the figure; the figure has no noun, "of" or rate of its own
    after it ("compared with a 2.1% rise": the noun says it). A level before ("rose to 3.4% in March compared to 3% in
    February") gives no direction, so its comparison stays a level."""
    if before_direction is None or span.start <= before.end or not doc.has_annotation("DEP"):
        return None
    w = _words(words)
    q, b = span._.quantity, before._.quantity
    if q["unit"] != b["unit"] or q["kind"] == "multiple" or names_its_own(doc, span):
        return None
    between = doc[before.end:span.start]
    if len(between) > 12:
        return None
    low = " ".join(t.lower_ for t in between)
    link = next((m for m in (re.search(rf"(?:^|\s){re.escape(l)}(?:\s|$)", low) for l in sorted(w.compared_links, key=len, reverse=True))
                 if m), None)
    if link is None:
        return None
    tail = low[link.end():].split()
    # between the link and the figure: at most an article or a possessive name ("September's", "the previous month's")
    if len(tail) > 4 or any(x not in ("the", "a", "'s", "’s") and not doc[span.start - len(tail) + k].pos_ in ("PROPN", "NOUN", "ADJ")
                            for k, x in enumerate(tail)):
        return None
    if any(t.like_num or t.pos_ in ("NUM", "SYM", "PRON", "SCONJ") or (t.pos_ in ("VERB", "AUX") and t.lower_ not in low[link.start():].split())
           or t.text in (";", ":", "(", ")") for t in between):
        return None
    return before_direction


@lru_cache(maxsize=1)
def _duration_units() -> frozenset[str]:
    """The units of time of the lexicon's `time_units` ("week", "year")."""
    return frozenset(load_lexicon()["time_units"].values())


def _relative_after(text: str, q: dict, w: DirectionWords) -> Direction | None:
    """"about 44% above the $900 million valuation", "a fifth below their level a year earlier", "2 degrees above
    the long-term average", "5% up on last year": a figure set above or below a base is the difference from it. Not a
    count ("three under par", "150 above the limit" count things) and not a figure before another figure ("2%
    above 1.5%")."""
    if q["kind"] in ("count", "multiple"):
        return None
    m = w.patterns["relative"].match(text, q["end"])
    if m and q["unit"] in _duration_units() and m.group(0).split()[0].lower() == "ahead":
        return None  # "two weeks ahead of schedule" is early, no difference from a level ("eight days below the average" is)
    if m and w.surfaces and w.patterns["surface"].match(text, m.end() - 1):
        return None  # "struck 35 kilometres below the surface": a depth, no difference from a level
    return None if not m else "up" if m.group(1) else "down"


def _counted_difference(doc: Doc, span: Span, q: dict, w: DirectionWords) -> Direction | None:
    """"6,000 fewer people were unemployed", "There were 400 more jobs in the sector", "resolved 1,200 more offences in
    2009 than in 2008", "which had 28 fewer burglaries compared with 2010", "with 5,800 more offences on the previous
    year", "32 additional homicides": a count more or fewer than before is a change when what it counts is the clause's
    subject (or what "there were"), or when its sentence compares it with a time (`time_base`). "ordered 60 more
    buses" counts extra buses bought; "51,000 more women than men" a difference between two groups (a "than" after
    the noun that names no time), no change."""
    if q["kind"] != "count" or span.end >= len(doc) or not doc.has_annotation("DEP"):
        return None
    word = doc[span.end].lower_
    if word not in w.more | w.less | w.extra:
        return None
    way = "down" if word in w.less else "up"
    # the noun counted, whether the parser hangs the comparative on it or on the number ("over 2,700 more beds")
    counted = next((t for t in (doc[span.end].head, span.root.head) if t.i > span.end and t.pos_ in ("NOUN", "PROPN")), None)
    if counted is None and span.start <= doc[span.end].head.i < span.end:
        counted = span.root  # "70,000 more were admitted": the count stands for what it counts
    if counted is None:
        return None
    sent = span.sent
    text = doc.text
    base = w.patterns["time_base"]
    # the clause after the counted noun (bracketed figures left out: "in 2009 (215,618) than in 2008 (201,419)")
    after = doc[max(counted.i, span.end)]
    rest = re.split(r"[,;:\u2013\u2014]|\s-\s", re.sub(r"\([^()]*\)", "", text[after.idx + len(after):sent.end_char]))[0]
    than = re.search(r"\bthan\b", rest, re.I)
    if than is not None:
        return way if base.match(rest, than.start()) else None
    there = counted.dep_ == "attr" and any(c.dep_ == "expl" for c in counted.head.children)
    if (counted.dep_ in ("nsubj", "nsubjpass") or there) and counted.i != span.root.i:
        return way  # (not "and 350,000 more got emergency care": more of them, no change unless a time is compared)
    return way if base.search(text, sent.start_char, sent.end_char) else None


def _sign(written: str, q: dict) -> Direction | None:
    """"Dow +0.2%", "FTSE 100 -1.3%", "−4.2%": a percentage written with its sign is a signed change."""
    core = written.lstrip()
    if q["unit"] not in ("percent", "percentage_point"):
        return None
    if core[:1] == "+":
        return "up"
    if core[:1] in "-−–" and q["value"] < 0:
        return "down"
    return None


def _from_parse(doc: Doc, text: str, span: Span, q: dict, w: DirectionWords) -> Direction | None:
    tok = span.root
    if span.start > 0 and doc[span.start - 1].head.i == tok.i and doc[span.start - 1].tag_ in ("VBG", "VBN") \
            and doc[span.start - 1].dep_ in ("amod", "compound"):
        # "with the former falling 1.2 percent": the parser hangs the change verb on the figure's noun
        d = w.verb(doc[span.start - 1].text)
        if d:
            return d
    via_by = False
    climbed_noun = False
    for _ in range(5):
        head = tok.head
        if head.i == tok.i or head.i in range(span.start, span.end):
            break
        dep = tok.dep_
        lower = head.lower_
        if head.tag_ == "RP" and w.particle(head.text):
            return w.particle(head.text)  # "edged up 1%": the parser hangs the figure on the particle
        if head.pos_ == "ADP" or dep == "pobj" and head.dep_ == "prep":
            if lower == "by":
                via_by, tok = True, head  # "rose by 12%", "cut by $2.5 million"
                continue
            if lower == "of" and head.head.pos_ in ("NOUN", "PROPN", "ADJ"):
                if head.head.lower_ in w.average_nouns:
                    tok = head.head  # "rose by an average of 8%": the change is the average's
                    continue
                measured = head.head
                if measured.dep_ == "pobj" and measured.head.lower_ == "in" and measured.head.head.pos_ == "NOUN":
                    # "an increase in revenue of $6.7 million", "a fall in output of 3%": the change noun's
                    return w.noun(measured.head.head.text) or w.noun(measured.text) \
                        or w.measure_noun(measured.head.head.text, q)  # ("a draw in inventories of 6.1 million barrels")
                if measured.dep_ == "pobj" and measured.head.lower_ == "at" and q["unit"] in w.percent_units \
                        and measured.lower_ in w.change_carriers:
                    return _named_by_clause(measured.head, w)  # "grew at an annual rate of 3.1%"
                # "an increase of 12%"; "sales of $5m" is a level; "a build of 2.4 million barrels"
                return w.noun(measured.text) or w.measure_noun(measured.text, q)
            if lower in ("at", "to") and q["unit"] in w.percent_units:
                # "prices rising at 1 per cent", "wages growth increased to 2.0 per cent", "puts the rise at 9%"
                return _named_by_clause(head, w)
            if dep == "appos" and _bracketed(doc, span):
                return _parenthesised(tok.head, w)  # "smaller increases in Oldmere (6 per cent)"
            return None  # "to $19 million", "at 6.5 times earnings", "the biggest increase in 18 months"
        if head.pos_ in ("ADV", "ADJ") or head.tag_ in ("RB", "RBR", "JJR"):
            d = w.particle(head.text)
            if d:
                return d  # "up 12%", "1.2% higher", "12 percent lower"
            if dep in ("npadvmod", "advmod", "quantmod", "nummod", "amod"):
                tok = head
                continue
            return None
        if head.pos_ in ("VERB", "AUX"):
            return _verb(doc, span, head, tok, q, w, via_by)
        if dep in ("conj", "appos") and (head.like_num or head.pos_ in ("NUM", "SYM") or head.text in "$€£¥%"
                                         or head.pos_ == "NOUN" and any(c.dep_ == "nummod" and c.like_num for c in head.children)):
            tok = head  # "up $52 million, or 4.4%", "rose 20.05 points, or 0.6%": the second figure restates the first
            continue
        if head.pos_ in ("NOUN", "PROPN"):
            if dep == "appos" and _bracketed(doc, span) and not w.noun(head.text):
                return _parenthesised(head, w)  # "the largest increase since July 2013 (2.5%)"
            d = w.noun(head.text) or w.measure_noun(head.text, q)  # (and "a 1.5-million-barrel draw")
            if d and head.tag_ == "NNS" and q["kind"] == "count":
                d = None  # "6.0 rebounds a game", "two rate cuts": a count of such events, not the size of one
            if d and q["kind"] == "count" and head.dep_ in ("compound", "nmod", "amod") and head.head.pos_ == "NOUN" \
                    and head.head.i > head.i:
                d = None  # "a 40-point, 20-rebound game": a count of such events that describes the game, no change
            if d and dep in ("nummod", "compound", "amod", "nmod", "quantmod", "npadvmod", "appos", "dep"):
                if any(t.pos_ == "DET" or t.dep_ == "poss" for t in doc[span.end:head.i]):
                    return None  # "almost half this increase", "a third of its rise": a share of the change
                return d  # "a 12% increase", "a $2.5 million cut"
            if dep in ("nummod", "compound", "amod", "quantmod", "nmod") and not climbed_noun:
                climbed_noun, tok = True, head  # "cut 1,500 jobs": the counted noun is the verb's object
                continue
            if via_by and dep == "prep" and (d := w.noun(head.text)):
                # "saw its profit decline by 35.5 per cent", "recorded an increase by 12%": a change noun's "by" phrase
                # is the size of the change it names
                return d
            if via_by and dep == "prep":
                # "The policy reduced emissions by 2.1 million tonnes", "Screening reduced deaths from cancer by 34%":
                # the tagger can read the change verb as a participle of its object ("reduced emissions"), and the
                # parse hangs "by" on the noun; the change is the participle's
                for c in head.children:
                    if c.dep_ == "amod" and c.i < head.i and c.tag_ in ("VBN", "VBD") and (d := w.verb(c.text)):
                        return d
                if head.dep_ == "conj" and head.head.pos_ == "VERB" and head.head.i < head.i \
                        and (d := w.verb(head.head.text)):
                    # "cut the risk of heart attack and stroke by 20 percent": the parse makes the object's last noun a
                    # conjunct of the verb and hangs "by" on it
                    return d
            return None
        break
    # "budget rises 6% to £1.27 billion": the parser can read the change and the level as one range of the
    # later number (the figure a quantmod of it); the words before the figure then say what it is
    misread = tok.dep_ == "quantmod" and tok.head.i not in range(span.start, span.end) and \
        (tok.head.like_num or tok.head.pos_ in ("NUM", "SYM"))
    ranged = tok.dep_ in ("quantmod", "nummod") and tok.head.i not in range(span.start, span.end) \
        and (tok.head.like_num or tok.head.pos_ in ("NUM", "SYM"))
    if ranged and tok.i == span.root.i and (by := _by_of_verb(doc, span, w)) is not None:
        return by
    if misread and tok.i == span.root.i and (noun := _change_noun_of_before(text, q, w)) is not None:
        return noun  # "a decrease in the goods deficit of $1.2 billion to $65.7 billion": the change noun's
    return _from_words(text, q, w) if tok.i == span.root.i and (span.root.dep_ == "ROOT" or misread) else None


def _names_change_noun(doc: Doc, span: Span, w: DirectionWords) -> bool:
    """Whether the figure modifies a change noun after it: "a 12.9% reduction", "a $2.5 million cut", or sets a
    comparative before the noun it measures: "linked to a 15% lower risk", "led to a 9 percent higher rate" (the
    difference from the group compared with, not a level)."""
    if not doc.has_annotation("DEP"):
        return False
    head = span.root.head
    if head.i == span.end and head.tag_ in ("JJR", "RBR") and w.particle(head.text) \
            and head.head.pos_ == "NOUN" and head.head.i > head.i:
        return True
    return head.i >= span.end and head.pos_ == "NOUN" and span.root.dep_ in ("nummod", "compound", "amod", "nmod", "quantmod") \
        and w.noun(head.text) is not None


def _ranged_change(span: Span, w: DirectionWords) -> Direction | None:
    """The direction of a figure that a verb of `ranging_verbs` spans with "from" or "to", when a change noun or verb
    governs that verb: "with increases ranging from 0.3% in Darwin to 3.8% in Perth", "experienced increases, ranging
    from 0.1% to 0.9%", "the median price decreased in all capital cities ranging from 0.4 per cent to 8.4 per cent"
    (a change verb whose clause the parser hangs the range on). None for a range of levels ("vacancy rates ranging from
    0.7 per cent to 4.2 per cent")."""
    tok = span.root
    for _ in range(3):  # up through "from" (and a "to" the parser hangs on the "from" phrase)
        if tok.dep_ != "pobj" or tok.head.lower_ not in ("from", "to") or tok.head.head.i == tok.head.i:
            break
        tok = tok.head.head
        if tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB"):
            break
    if not _ranging(tok, w):
        # "ranging from 0.3% in Darwin to 3.8% in Perth": the parser may hang the "to" side elsewhere; the "from" of a
        # ranging verb a few words before it, in its sentence, opens the same span
        doc = span.doc
        if span.start == 0 or doc[span.start - 1].lower_ != "to":
            return None
        sent_start = span.root.sent.start
        tok = next((t.head for t in reversed(doc[max(sent_start, span.start - 12):span.start - 1])
                    if t.lower_ == "from" and _ranging(t.head, w)), None)
        if tok is None:
            return None
    for _ in range(3):  # the change noun or verb the ranging verb is said of
        if tok.head.i == tok.i or tok.dep_ not in ("acl", "advcl", "relcl", "xcomp", "conj", "pobj", "prep", "dobj",
                                                   "npadvmod"):
            return None
        tok = tok.head
        if tok.pos_ in ("NOUN", "PROPN") and (d := w.noun(tok.text)):
            return d
        if tok.pos_ in ("VERB", "AUX"):
            if d := w.verb(tok.text):
                return d
            obj = next((c for c in tok.children if c.dep_ in ("dobj", "obj")), None)
            return w.noun(obj.text) if obj is not None else None
    return None


def _ranging(tok: Token, w: DirectionWords) -> bool:
    """Whether a word is a verb of `ranging_verbs` ("ranging", "varied")."""
    return tok.tag_.startswith("VB") and any(lemma in w.ranging_verbs for lemma in lemmas(tok.text, w.irregular))


def _after_at_or_to(doc: Doc, span: Span, q: dict, w: DirectionWords) -> Direction | None:
    """The direction of a percentage right after "at" or "to" when its clause names it a change (see
    `_named_by_clause`); None (a level) otherwise."""
    if q["unit"] not in w.percent_units or not doc.has_annotation("DEP"):
        return None
    prep = span.root.head
    if span.root.dep_ != "pobj" or prep.lower_ not in ("at", "to") or prep.i >= span.start:
        return None
    return _named_by_clause(prep, w)


def _change_noun(noun: Token, w: DirectionWords) -> Direction | None:
    """The direction a noun names as a change: "growth", "the rise", "the GDP growth figure", "its estimate of growth"
    (one of `change_carriers` with a change noun as compound or "of" phrase). Not "inflation", "target" or "rate"
    alone: they name a level."""
    d = w.noun(noun.text)
    if d or noun.lower_ not in w.change_carriers:
        return d
    for c in noun.children:
        if c.dep_ in ("compound", "amod") and c.i < noun.i and (d := w.noun(c.text)):
            return d
        if c.dep_ == "prep" and c.lower_ == "of":
            for o in c.children:
                if o.dep_ == "pobj" and (d := w.noun(o.text)):
                    return d
    return None


def _named_by_clause(prep: Token, w: DirectionWords) -> Direction | None:
    """A percentage after "at" or "to" that a clause names as a change: "prices were rising at 1 per cent" (the rate of
    a change verb with no object), "wages growth increased to 2.0 per cent", "growth stood at 0.4%" (a change noun as
    the subject of a change or level verb), "puts the rise at about 9%", "revised its estimate of growth to 0.3%" (a
    change noun as the object). "Inflation rose to 3%", "the increase took inflation to 3%" stay levels."""
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    if objects:
        return _change_noun(objects[0], w)
    if prep.lower_ == "at" and (d := w.verb(verb.text)):
        return d
    if w.verb(verb.text) is None and not any(lemma in w.level_verbs for lemma in lemmas(verb.text, w.irregular)):
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return _change_noun(subject, w) if subject is not None else None


def _bracketed(doc: Doc, span: Span) -> bool:
    """Whether the figure opens a bracket ("Oldmere (6 per cent)")."""
    return span.start > 0 and doc[span.start - 1].text == "("


def _parenthesised(head: Token, w: DirectionWords) -> Direction | None:
    """A figure in brackets after the place or date of a change noun: "increases in Oldmere (6 per cent)", "the largest
    increase since July 2013 (2.5%)"."""
    if head.dep_ == "pobj" and head.head.lower_ in ("in", "since", "for", "at") and head.head.head.pos_ == "NOUN":
        return w.noun(head.head.head.text)
    return None


def _by_of_verb(doc: Doc, span: Span, w: DirectionWords) -> Direction | None:
    """"Sales rose last year by 6% to £617 million", "earnings rose in the three months to August by 6% to £617": the
    parser reads "6% to £617" as one range and hangs "by" on the change verb, with a period between them; the "by" right
    before the figure (hedge words between) names the verb whose change the figure is."""
    i = span.start - 1
    while i >= 0 and doc[i].lower_ in w.fillers and doc[i].lower_ != "by":
        i -= 1
    if i < 0 or doc[i].lower_ != "by" or doc[i].head.pos_ != "VERB":
        return None
    return next((d for lemma in lemmas(doc[i].head.text, w.irregular) if (d := w.verb(lemma))), None)


def _second_old_side(verb: Token, child: Token) -> bool:
    """Whether `child`, a figure the parse joins to `verb` by "and", is a second old side after the verb's "from"
    figure ("shrank to $96 million from $173 million a year ago and $414 million the previous quarter"): a level of
    another time, no change."""
    if child.dep_ != "conj" or not any(c.dep_ == "cc" and c.lower_ in ("and", "or") and c.i < child.i for c in verb.children):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "from" and c.i < child.i
               and any(o.dep_ == "pobj" and (o.like_num or o.pos_ == "NUM") for o in c.children)
               for c in verb.children)


def _verb(doc: Doc, span: Span, verb: Token, child: Token, q: dict, w: DirectionWords, via_by: bool) -> Direction | None:
    if child.dep_ in ("nsubj", "nsubjpass", "csubj") and not via_by:
        return None  # "$5 billion was at stake": the figure is what the verb is about, not the change
    if _second_old_side(verb, child):
        return None
    if child.dep_ == "attr" and q["unit"] in w.percent_units and any(lemma in w.level_verbs for lemma in lemmas(verb.text, w.irregular)):
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and (d := _change_noun(subject, w)):
            return d  # "The GDP growth figure was 0.7%", "the increase was 4%"
    # particles between the verb and the figure, or right after it ("closed 1.2% higher"); not one that
    # belongs to a later figure ("averaged 5.8°C in 2015-2024, up 2.1 degrees")
    particles = [c for c in verb.children if c.dep_ in ("prt", "advmod", "acomp", "oprd") and c.i != child.i
                 and (verb.i < c.i < span.start or c.i == span.end)]
    lemma_list = lemmas(verb.text, w.irregular)
    if child.dep_ in ("advmod", "prt") and child.i == verb.i + 1:
        # "Revenue edged back 0.4%": the parse hangs the figure on the particle, the path to the verb runs through it
        for lemma in lemma_list:
            if (key := f"{lemma} {child.lower_}") in w.phrasal:
                return w.phrasal[key]
    for p in particles:
        for lemma in lemma_list:
            key = f"{lemma} {p.lower_}"
            if key in w.phrasal:
                return w.phrasal[key]  # "clawed back" up; "gave up 517 yards" a level
    # a particle right after the verb that the parser attached elsewhere ("gave up 517 yards")
    nxt = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    if nxt is not None and nxt.i < child.i:
        for lemma in lemma_list:
            key = f"{lemma} {nxt.lower_}"
            if key in w.phrasal:
                return w.phrasal[key]
    for p in particles:
        d = w.particle(p.text)
        if d and p.i == span.end and p.i + 1 < len(doc) and doc[p.i + 1].lower_ == "from":
            return None  # "Sh805.8 billion down from Sh870.4 billion": the new level, its base after "from"
        if d:
            return d  # "revised upward by 0.3 points", "closed 1.2% higher"
    d = w.verb(verb.text)
    if d is None:
        return None
    if (q.get("hedge") or "") in w.level_hedges and not via_by:
        return None  # "dropped below 6%", "rose above $70,000": the level crossed, not the change
    if child.dep_ in ("dobj", "obj") and not via_by and q["unit"] not in _CHANGE_OBJECT_UNITS | {"index point"} \
            and (q["kind"] == "physical" and not any(lemma in w.amount_object_verbs for lemma in lemma_list)
                 or any(lemma in w.object_not_change for lemma in lemma_list)) \
            and not _restated_as_percent(doc, span) and not _move_to_level(doc, span) \
            and not _market_value_move(doc, verb, q, w):
        # "raised $5.5m", "gained 517 yards", "shed 52 billion tonnes": what was raised, gained or lost (but "lost 32
        # cents, or 0.8%" and "gained 10 cents to $2.82": a price's move, which the percentage or the new level shows)
        return None
    return d


def _market_value_move(doc: Doc, verb: Token, q: dict, w: DirectionWords) -> bool:
    """Whether the sum a verb of `object_not_change` gains or loses is what a market's holders gained or lost in value
    ("Investors lost Rs 3.11 lakh crore in Friday's session", "equities gained N1.62 trillion", "investors losing
    nearly Rs 8 lakh crore"): the move of the market's value, so a change, in a text of a market (`market_value_context`);
    not what a company or a person earned or lost ("the firm gained $5 million from the sale")."""
    if q["kind"] != "amount" or not w.market_value_holders:
        return False
    holders = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if verb.dep_ in ("acl", "relcl"):
        holders.append(verb.head)  # "led to investors losing nearly Rs 8 lakh crore"
    return any(h.lower_ in w.market_value_holders for h in holders) \
        and w.patterns["market_context"].search(doc.text) is not None


def _move_to_level(doc: Doc, span: Span) -> bool:
    """Whether "to" and a sum of money follow the figure ("gained 10 cents to $2.82", "lost $1.20 to $45.10"), or "to
    close at" ("gained 14k to close at N3.36"): the move of a price that reached the second figure, so a change (not
    "raised $2 million to 2030")."""
    end = span.end + (span.end < len(doc) and doc[span.end].lower_ == "each")  # "added RM17 each to RM2,522 and RM2,518"
    after = doc[end:end + 3]
    if len(after) == 3 and after[0].lower_ == "to" and (after[1].text in ("$", "€", "£", "¥", "₹") and after[2].like_num
                                                        or after[1].lower_ in ("close", "end", "settle") and after[2].lower_ == "at"):
        return True
    # "gained RM94 to RM4,329 a tonne", "added 14 sen to 2.31 ringgit": the figure right after "to" is a sum in the
    # move's own currency, however the currency is written
    if len(after) < 2 or after[0].lower_ != "to":
        return False
    starts, _ = _figure_edges(doc)
    level_end = starts.get(end + 1)
    if level_end is None:
        return False
    level, moved = doc[end + 1:level_end]._.quantity, span._.quantity
    return bool(level) and level["kind"] == "amount" and level["unit"] == moved["unit"] and abs(level["value"] or 0) > abs(moved["value"] or 0)


def _restated_as_percent(doc: Doc, span: Span) -> bool:
    """Whether ", or" (or "or" alone) and a percentage follow the figure ("lost 32 cents, or 0.8%", "gained $1.20, or
    2.1 percent", "gained N487.74 billion or 1.21 per cent"): a move the percentage restates, so a change; not a share
    of something ("raised $5 million or 20 per cent of its target")."""
    after = doc[span.end:span.end + 7]
    if len(after) >= 1 and after[0].text == ",":
        after = after[1:]
    if len(after) < 3 or after[0].lower_ != "or" or not after[1].like_num or after[2].lower_ not in ("%", "percent", "pct", "per"):
        return False
    rest = after[4:] if after[2].lower_ == "per" else after[3:]
    return not (len(rest) and rest[0].lower_ == "of")


def _change_noun_of_before(text: str, q: dict, w: DirectionWords) -> Direction | None:
    """The direction of a change noun whose "of" phrase the figure opens ("an increase in the services surplus of $0.3
    billion to $21.4 billion"), when the parse made the figure a modifier of the level after it."""
    found = CHANGE_NOUN_OF.search(text, max(0, q["start"] - 70), q["start"])
    return w.noun(found.group(1)) if found else None


def _from_words(text: str, q: dict, w: DirectionWords) -> Direction | None:
    """Without a parse: a change verb or particle among the few words right before the figure."""
    before = re.findall(r"[A-Za-z-]+|[,;:()]", text[max(0, q["start"] - 50):q["start"]])
    for word in reversed(before[-4:]):
        lw = word.lower()
        if lw in w.level_stops:
            return None
        d = w.particle(lw) or w.verb(lw)
        if d:
            return d
        if lw not in w.fillers:
            return None
    after = re.findall(r"[A-Za-z-]+", re.split(r"[,;:()]", text[q["end"]:q["end"] + 20])[0])[:1]
    for word in after:
        return w.noun(word) or w.particle(word)
    return None
