"""The `claimx_quantities` spaCy component: every quantity in a Doc, normalised.

Writes `doc.spans[spans_key]` (default "quantities"), one span per quantity, each carrying
`span._.quantity`: a plain dict (value, unit, kind, qualifier, lower, upper, claim_like, note,
start, end) so that Docs stay serialisable across `nlp.pipe(n_process=...)` workers.
The text grammar lives in claimx.grammar; this component adds the checks that need tags.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

from dataclasses import fields, replace
from functools import cached_property

from spacy.language import Language
from spacy.tokens import Doc, Span

from claimx.components.claim_helpers import describing_count
from claimx.components.direction import DirectionWords
from claimx.doctext import doc_text
from claimx.grammar.scanner import Found, Grammar
from claimx.grammar.units import compile_cached
from claimx.lexicon import alternation, load_lexicon

DEFAULT_SPANS_KEY = "quantities"
FOUND_FIELDS = tuple(f.name for f in fields(Found) if f.name != "meta")
# between two items of a list of counts: the first item's noun maybe ("78 points from 30 games, Barca 72"), a comma or
# "and", then a name of one to three capitalised words, maybe after one lower-case word that describes it ("and
# third-placed Valencia 48") (an item the grammar read as a label, "Harbour Bay 3", may stand between them)
_FROM_BEFORE = re.compile(r"\bfrom\s+$")  # "rose from 138.5 to 139.0": a pair of counts, one series' move
_TO_BETWEEN = re.compile(r"\s+to\s+")
_LIST_NAME = r"(?:[A-Z][\w'’.-]*\s+){1,3}"
_LIST_ITEM_JOIN = re.compile(rf"(?:\s+[a-z]+)?(?:,\s*{_LIST_NAME}\d{{1,3}})?(?:,\s*(?:and\s+)?|\s+and\s+)(?:[a-z][\w-]*\s+)?"
                             rf"{_LIST_NAME}")


class QuantityFinder:
    """Finds quantities with the claimx grammar and stores them as spans.

    nlp (Language): the pipeline (unused; spaCy factories receive it).
    name (str): the component's name.
    spans_key (str): the `doc.spans` key written.
    lexicon (str | None): path of a lexicon JSON; None for src/claimx/rules/lexicon.json.
    physical_units (bool): look up physical units with quantulum3.
    local_dollar (bool): read a plain "$" as the local dollar when the article shows where it is written
        (`Grammar.local_dollar_currency`); False keeps it the US dollar.
    quantulum_fallback (bool): also run quantulum3 on the whole text: its different reading of a span
        the grammar read rides along as `meta["quantulum"]`, and a physical quantity the grammar
        missed is kept once, marked not claim-like. Used by `--all-quantities`; too slow for claims.
    """

    def __init__(self, nlp: Language, name: str = "claimx_quantities", *, spans_key: str = DEFAULT_SPANS_KEY,
                 lexicon: str | None = None, physical_units: bool = True, quantulum_fallback: bool = False,
                 local_dollar: bool = True):
        self.name = name
        self.spans_key = spans_key
        self.quantulum_fallback = quantulum_fallback
        self.physical_units = physical_units
        self.local_dollar = local_dollar
        self.grammar = Grammar(load_lexicon(lexicon), physical_units=physical_units, local_dollar=local_dollar)
        if not Span.has_extension("quantity"):
            Span.set_extension("quantity", default=None)

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)  # Doc.text joins every token on each access: read it once per Doc
        kept: list[Found] = []
        for f in self.grammar.scan(text):
            if self._check_tags(doc, text, f) or self._list_item(text, f, kept):
                kept.append(f)
        if doc.has_annotation("DEP"):
            kept = [replace(f, claim_like=False, note="threshold") if f.claim_like and self._defines_group(doc, f) else f
                    for f in kept]
            kept = self._index_level_peers(doc, text, kept)
        if doc.has_annotation("TAG"):
            kept = [self._glossed(doc, f) if f.meta.get("bracketed") and f.value < 0 else f for f in kept]
        if self.quantulum_fallback:
            kept, extra = self.grammar.quantulum_readings(text, kept)
            kept = sorted(kept + extra, key=lambda f: f.start)
        spans = []
        for found in kept:
            span = doc.char_span(found.start, found.end, alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            if found.note == "rate denominator" and spans and spans[-1].start == span.start:
                continue  # "N1,309/$1" is one token: the rate's figure keeps it, not the "$1" it is quoted per
            # a shallow copy: dataclasses.asdict deep-copies every field, a third of this component's time
            record = {name: getattr(found, name) for name in FOUND_FIELDS} | {"meta": dict(found.meta)}
            for key in ("value", "lower", "upper"):  # 4.1 * 1e9 is 4099999999.9999995 in floating point
                if record[key] is not None:
                    record[key] = float(f"{record[key]:.12g}")
            span._.quantity = record
            spans.append(span)
        doc.spans[self.spans_key] = spans
        return doc

    @cached_property
    def _direction_words(self) -> DirectionWords:
        return DirectionWords.from_lexicon(self.grammar.lex)

    def _defines_group(self, doc: Doc, found: Found) -> bool:
        """A bound that defines who or what is counted, not a reported figure: "patients waiting more than
        52 weeks", "researchers publishing 10 or more papers", "waits of longer than 18 months",
        "companies employing more than 500 people". The figure hangs (through its noun) from a verb
        in -ing or -ed that modifies a plural noun, or (a duration) from "of" after a plural noun."""
        if found.qualifier not in ("lower_bound", "upper_bound") or found.hedge in (None, "threshold"):
            return False
        span = doc.char_span(found.core_start, found.core_end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return False
        tok = span.root
        if tok.dep_ == "nummod" and tok.head.pos_ == "NOUN":
            tok = tok.head  # "10 or more papers": the counted noun carries the relation
        head = tok.head
        if tok.dep_ in ("dobj", "npadvmod", "pobj", "attr", "oprd") or tok.head.lower_ in ("than",):
            if head.pos_ == "ADP" and head.lower_ == "of" and found.meta.get("duration") and head.head.tag_ == "NNS":
                return True  # "waits of longer than 18 months"
            verb = head.head if head.pos_ == "ADP" else head
            if head.dep_ == "agent":
                return False  # "results achieved by more than 30,000 candidates": who did it, counted, defines no group
            if verb.tag_ in ("VBG", "VBN") and verb.dep_ in ("acl", "relcl") and verb.head.tag_ == "NNS":
                # not a verb of change with a figure that is no count: "temperatures soaring up to 41°C"; nor a verb
                # the parse hangs on a count that describes the subject ("AAP, second with 20 seats secured over 23
                # per cent of the votes": lexicon `counted_describers`)
                return not self._direction_words.moves_its_noun(verb, found.unit) \
                    and not describing_count(verb.head, self._counted_describers)
            if verb.dep_ == "relcl" and verb.head.tag_ == "NNS" and found.meta.get("duration") \
                    and any(c.lower_ in ("who", "that", "which") for c in verb.children):
                return True  # "patients who waited more than 52 weeks"; not "rates that remain more than double"
            if verb.tag_ == "VBG" and verb.i > 0 and doc[verb.i - 1].tag_ == "NNS" and doc[verb.i - 1].head.i == verb.i \
                    and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
                return not self._direction_words.moves_its_noun(verb, found.unit)  # "Researchers publishing 10 or more papers ...": a reduced relative the parser took for the verb
        return False

    def _index_level_peers(self, doc: Doc, text: str, kept: list[Found]) -> list[Found]:
        """"The Kelmar 40 closed at 7,412.6 ... It had opened the week at 7,388": a bare count of the same order as a
        market index's level of 100 or more the article reads elsewhere (within a fifth either way) is a level of that
        index too; not one of a pair of counts moving "from" one "to" the other, another series' move ("'Housing' fell
        from 151.2 to 150.8, 'Transport' rose from 138.5 to 139.0", `tests/test_quantities_s48a.py`),
        in index points, whatever the words around it; not a count of a noun ("7,400 jobs": the number modifies a noun
        after it, other than the level's own words, lexicon `index_levels` `peer_nouns`; "2,545 points" is left to the grammar, whose
        points may be a score's), a calendar year written bare ("2025") or a spelled or vague number."""
        levels = [f.value for f in kept if f.unit == "index point" and f.kind == "physical" and f.value >= 100]
        if not levels:
            return kept
        peer_nouns = self.grammar.lex["index_levels"]["peer_nouns"]
        paired = set()
        for a, b in zip(kept, kept[1:]):
            if a.unit == "count" and b.unit in ("count", "index point") and _FROM_BEFORE.search(text, max(0, a.start - 6), a.start) \
                    and _TO_BETWEEN.fullmatch(text, a.end, b.start):
                paired |= {a.start, b.start}
        out = []
        for f in kept:
            if f.unit == "count" and f.kind == "count" and f.claim_like and f.start not in paired and not f.spelled and not f.vague \
                    and any(0.8 <= f.value / level <= 1.25 for level in levels) \
                    and not (f.value == int(f.value) and 1800 <= f.value <= 2100 and "," not in text[f.core_start:f.core_end]):
                span = doc.char_span(f.core_start, f.core_end, alignment_mode="expand")
                tok = span.root if span is not None and len(span) else None
                if tok is not None and not (tok.dep_ == "nummod" and tok.head.pos_ in ("NOUN", "PROPN") and tok.head.i > tok.i
                                            and tok.head.lower_ not in peer_nouns):
                    f = replace(f, unit="index point", kind="physical", meta=dict(f.meta, level_peer=True))
            out.append(f)
        return out

    @staticmethod
    def _glossed(doc: Doc, found: Found) -> Found:
        """"the same expenditure (Rs 12,19,892 crore) as the interim Budget": money in brackets right after a noun
        states what the noun comes to, not a negative in accounts ("lost ($99.99) on the sale" stays one)."""
        span = doc.char_span(found.start, found.end, alignment_mode="expand")
        if span is None or span.start < 2 or doc[span.start - 1].text != "(" \
                or doc[span.start - 2].pos_ not in ("NOUN", "PROPN"):
            return found
        return replace(found, value=-found.value, meta={k: v for k, v in found.meta.items() if k != "bracketed"})

    def to_disk(self, path, *, exclude=tuple()) -> None:
        """Save the grammar's lexicon (lexicon.json), so `nlp.to_disk()` carries the rules."""
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / "lexicon.json").write_text(json.dumps(self.grammar.lex.data, ensure_ascii=False, indent=1),
                                           encoding="utf-8")

    def from_disk(self, path, *, exclude=tuple()) -> "QuantityFinder":
        """Rebuild the grammar from the lexicon saved by `to_disk`."""
        self.grammar = Grammar(load_lexicon(str(Path(path) / "lexicon.json")), physical_units=self.physical_units,
                               local_dollar=self.local_dollar)
        return self

    @staticmethod
    def _list_item(text: str, found: Found, kept: list[Found]) -> bool:
        """"Kilmarra has 124, Brennock 47, Tolland Vale 9 and Westerleigh 1": a bare count after a name is the next item
        of a list of counts when a comma or "and" joins it to the count kept right before it (the verb is left
        out after the first item); a name's number ("iPhone 11, Pixel 6") starts no such list, as the first
        item is a name's number too."""
        if not kept or found.kind != "count" or found.spelled:
            return False
        prev = kept[-1]
        if prev.kind != "count" or prev.unit != "count" or not prev.claim_like or prev.spelled:
            return False
        return bool(_LIST_ITEM_JOIN.fullmatch(text, prev.end, found.core_start))

    @cached_property
    def _counted_describers(self) -> frozenset[str]:
        return frozenset(w.lower() for w in self.grammar.lex["counted_describers"]["words"])

    @cached_property
    def _named_count(self) -> re.Pattern:
        """What after a number right after a proper noun makes it a count of a results list, no name (lexicon
        `named_counts`): a share in brackets ("Kasich 835 (6.5 percent)") or a word of votes ("Bryant 4187 votes")."""
        nouns = alternation(self.grammar.lex["named_counts"]["nouns"])
        return compile_cached(rf"\s*\(\s*\d+(?:\.\d+)?\s*(?:%|per\s?cent\b|percent\b|pc\b)\s*\)|\s+{nouns}\b", re.I)

    def _check_tags(self, doc: Doc, text: str, found: Found) -> bool:
        """False for numbers that name things: "Boeing 737", "Windows 11" (a proper noun right before a bare number)."""
        if found.kind != "count" or found.spelled or found.hedge or found.vague:
            return True
        span = doc.char_span(found.core_start, found.core_end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return True
        first = span[0]
        if first.i > 0 and not first.is_sent_start:
            prev = doc[first.i - 1]
            if prev.pos_ == "PROPN" and prev.text[:1].isupper() and prev.ent_type_ not in ("DATE", "MONEY") \
                    and "," not in text[found.core_start:found.core_end] and prev.whitespace_ \
                    and not self._named_count.match(text, found.core_end):
                return False
        return True


@Language.factory(
    "claimx_quantities",
    assigns=["doc.spans"],
    default_config={"spans_key": DEFAULT_SPANS_KEY, "lexicon": None, "physical_units": True,
                    "quantulum_fallback": False, "local_dollar": True},
)
def make_quantity_finder(nlp: Language, name: str, spans_key: str, lexicon: str | None, physical_units: bool,
                         quantulum_fallback: bool, local_dollar: bool) -> QuantityFinder:
    """Factory for `QuantityFinder`; see its docstring for the settings."""
    return QuantityFinder(nlp, name, spans_key=spans_key, lexicon=lexicon, physical_units=physical_units,
                          quantulum_fallback=quantulum_fallback, local_dollar=local_dollar)
