"""The `claimx_quantities` spaCy component: every quantity in a Doc, normalised.

Writes `doc.spans[spans_key]` (default "quantities"), one span per quantity, each carrying
`span._.quantity`: a plain dict (value, unit, kind, qualifier, lower, upper, claim_like, note,
start, end) so that Docs stay serialisable across `nlp.pipe(n_process=...)` workers.
The text grammar lives in claimx.grammar; this component adds the checks that need tags.
"""
from __future__ import annotations

from dataclasses import asdict

from spacy.language import Language
from spacy.tokens import Doc, Span

from claimx.grammar.scanner import Found, Grammar
from claimx.lexicon import load_lexicon

DEFAULT_SPANS_KEY = "quantities"


class QuantityFinder:
    """Finds quantities with the claimx grammar and stores them as spans.

    nlp (Language): the pipeline (unused; spaCy factories receive it).
    name (str): the component's name.
    spans_key (str): the `doc.spans` key written.
    lexicon (str | None): path of a lexicon JSON; None for src/claimx/rules/lexicon.json.
    physical_units (bool): look up physical units with quantulum3.
    quantulum_fallback (bool): also run quantulum3 on the whole text: its different reading of a span
        the grammar read rides along as `meta["quantulum"]`, and a physical quantity the grammar
        missed is kept once, marked not claim-like. Used by `--all-quantities`; too slow for claims.
    """

    def __init__(self, nlp: Language, name: str = "claimx_quantities", *, spans_key: str = DEFAULT_SPANS_KEY,
                 lexicon: str | None = None, physical_units: bool = True, quantulum_fallback: bool = False):
        self.name = name
        self.spans_key = spans_key
        self.quantulum_fallback = quantulum_fallback
        self.grammar = Grammar(load_lexicon(lexicon), physical_units=physical_units)
        if not Span.has_extension("quantity"):
            Span.set_extension("quantity", default=None)

    def __call__(self, doc: Doc) -> Doc:
        kept = [f for f in self.grammar.scan(doc.text) if self._check_tags(doc, f)]
        if self.quantulum_fallback:
            kept, extra = self.grammar.quantulum_readings(doc.text, kept)
            kept = sorted(kept + extra, key=lambda f: f.start)
        spans = []
        for found in kept:
            span = doc.char_span(found.start, found.end, alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            record = {k: v for k, v in asdict(found).items() if k != "meta"} | {"meta": dict(found.meta)}
            for key in ("value", "lower", "upper"):  # 4.1 * 1e9 is 4099999999.9999995 in floating point
                if record[key] is not None:
                    record[key] = float(f"{record[key]:.12g}")
            span._.quantity = record
            spans.append(span)
        doc.spans[self.spans_key] = spans
        return doc

    def _check_tags(self, doc: Doc, found: Found) -> bool:
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
                    and "," not in doc.text[found.core_start:found.core_end] and prev.whitespace_:
                return False
        return True


@Language.factory(
    "claimx_quantities",
    assigns=["doc.spans"],
    default_config={"spans_key": DEFAULT_SPANS_KEY, "lexicon": None, "physical_units": True,
                    "quantulum_fallback": False},
)
def make_quantity_finder(nlp: Language, name: str, spans_key: str, lexicon: str | None, physical_units: bool,
                         quantulum_fallback: bool) -> QuantityFinder:
    """Factory for `QuantityFinder`; see its docstring for the settings."""
    return QuantityFinder(nlp, name, spans_key=spans_key, lexicon=lexicon, physical_units=physical_units,
                          quantulum_fallback=quantulum_fallback)
