"""The claims component finds a document's tokens by their lower-case form on the Doc's LOWER array
(`claims._lowered`): the same tokens, in the same order, as testing every token's `lower_`."""
from __future__ import annotations

from pathlib import Path

from claimx.bench import perturb
from claimx.components.claims import _lowered

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "articles"
INVENTED = (
    "GLOBAL sales rose 4% worldwide, the council said; the World Bank and the City Council disagree. Globally, "
    "the town's Council voted, and the district (not the County) cut 12 jobs. Worldwide: 3 councils."
)
WORDS = [
    frozenset({"global", "world", "worldwide", "globally", "worldly", "worldwidely"}),
    frozenset({"borough", "city", "council", "county", "district", "parish", "town", "village"}),
    frozenset({"the", "'s", ",", "zzz-never-written"}),
    frozenset(),
]


def test_lowered_tokens_equal_a_walk_over_every_token(nlp):
    import random

    rng = random.Random(27)
    texts = [INVENTED] + [perturb(p.read_text(encoding="utf-8"), rng) for p in sorted(CORPUS.glob("*.txt"))[:8]]
    for doc in nlp.pipe(texts):
        for words in WORDS:
            found = _lowered(doc, words)
            assert [t.i for t in found] == [t.i for t in doc if t.lower_ in words]
