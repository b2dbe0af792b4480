"""Speed shortcuts in record building give what the plain code gave."""
from __future__ import annotations

import random

import spacy

from claimx.doctext import doc_text
from claimx.pipeline import unique_claims
from claimx.records import Claim


def _unique_claims_plain(claims: list[Claim]) -> list[Claim]:
    """unique_claims as it was: every claim's record written out and compared."""
    ids: set[str] = set()
    records: set[str] = set()
    out = []
    for claim in claims:
        record = claim.model_dump_json(exclude={"id"})
        if record in records:
            continue
        records.add(record)
        base, n = claim.id, 1
        while claim.id in ids:
            n += 1
            claim = claim.model_copy(update={"id": f"{base}#{n}"})
        ids.add(claim.id)
        out.append(claim)
    return out


def test_unique_claims_same_as_comparing_every_record():
    rng = random.Random(7)
    for _ in range(200):
        claims = []
        for _ in range(rng.randint(0, 12)):
            start = rng.randint(0, 5)
            end = start + rng.randint(1, 3)
            claims.append(Claim(id=f"a:{start}-{end}", article="a", text="x" * (end - start), start=start, end=end,
                                sentence="s", value=float(rng.randint(1, 2)), unit="count", kind=rng.choice(["count", "ratio"])))
        assert unique_claims(claims) == _unique_claims_plain(claims)


def test_doc_text_is_each_docs_text():
    nlp = spacy.blank("en")
    docs = [nlp.make_doc(t) for t in ("Revenue rose 5%.", "Sales fell  2% \n\n in May.", "")]
    for doc in docs + docs[::-1] + docs:
        assert doc_text(doc) == doc.text


def test_paired_table_same_as_scan():
    from claimx.frame.words import PAIRS, _paired, _paired_scan, load_words

    words = load_words()
    for key in PAIRS:
        pairs = getattr(words, key)
        for word in {p.partition(":")[0] for p in pairs} | {"", "revenue", "say", "km", "x:y"}:
            assert _paired(pairs, word) == _paired_scan(pairs, word)
    doubled = frozenset({"a:1", "a:2", "b:3"})
    assert _paired(doubled, "a") == _paired_scan(doubled, "a") and _paired(doubled, "b") == "3"


def test_last_word_same_as_search_to_the_end():
    import re

    from claimx.grammar.scanner import _last_word

    rng = random.Random(3)
    alphabet = "ab Z9_ .,-'\n\u00e9\u00df\u0661\u00b2\u2153\u4e2d\u200b\u0301"
    samples = ["", " ", "a", "rose about", "more than ", "up to 5", "caf\u00e9", "x_1"]
    samples += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12))) for _ in range(3000)]
    for text in samples:
        m = re.search(r"\w+\Z", text)
        assert _last_word(text) == (m.group(0) if m else text[-1:]), repr(text)
