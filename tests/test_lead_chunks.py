"""The claims component reads the noun chunks of an article's lead from the lead alone
(`ClaimFinder._lead_chunks`): the same chunks as `Doc.noun_chunks` up to there."""
from __future__ import annotations

from pathlib import Path

from claimx.bench import perturb
from claimx.components.claims import ClaimFinder

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "articles"
INVENTED = (
    "Harrow Vale Foods said on Tuesday that its quarterly sales, the biggest in the group's history, rose 12%. "
    "The company and its rivals, Brennan Mart and Tolly's, expect the market to grow. Analysts at Corrin "
    "Partners, who follow the sector, said the gains and the losses of last year would even out."
)


def test_lead_chunks_equal_the_doc_chunks_up_to_any_token(nlp):
    import random

    rng = random.Random(41)
    texts = [INVENTED] + [perturb(p.read_text(encoding="utf-8"), rng) for p in sorted(CORPUS.glob("*.txt"))[:6]]
    for doc in nlp.pipe(texts):
        full = [(c.start, c.end, c.label_) for c in doc.noun_chunks]
        for end in range(len(doc) + 1):
            lead = [(c.start, c.end, c.label_) for c in ClaimFinder._lead_chunks(doc, end)]
            assert lead == [c for c in full if c[1] <= end], end
