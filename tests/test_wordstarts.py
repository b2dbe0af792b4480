"""claimx.wordstarts: a pattern tried only at the words its matches can begin with finds what `finditer` finds,
for every period pattern (claimx.periods) on the corpus's sentences, in other cases and with letters that
case-folding maps onto ASCII letters; a pattern whose opening cannot be read is scanned."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from claimx import periods
from claimx.wordstarts import WordStarts, matches, words_of

CORPUS = Path(__file__).resolve().parents[1] / "corpus"

TRICKY = [
    "ſince March the ſame period", "İn May last year", "\u212aeep it up in the third quarter", "in May ٣ years ago",
    "mid-May’s figures", "MID-MAY", "since 2019’s peak", "The Third Quarter of last year", "a year ago… in June 2018",
    "The year to March 2025 – and Q3 FY2024", "IN JANUARY 2020", "ınce fıscal 2024 it grew", "ＦＹ２０２５ in full",
    "Q1FY28 margins slipped.", "fiscal '26 targets", "the 12 months to 30 June", "x_in May", "in_May 2020",
]


def _texts() -> list[str]:
    texts = []
    for path in sorted(CORPUS.glob("**/*.txt"))[:40]:
        text = path.read_text(encoding="utf-8")
        texts += [s for s in re.split(r"(?<=[.!?])\s+", text) if s.strip()]
    return texts + TRICKY


def _found(found) -> list[tuple]:
    return [(m.span(), m.groups()) for m in found]


def test_wordstarts_read_from_the_parse():
    starts = WordStarts.of(re.compile(r"\b(?:in|during)\s+May|\bthe\s+(?:first|1st)\s+half", re.I))
    assert starts is not None and starts.prefixes == ("duri", "in", "the") and not starts.digits
    assert WordStarts.of(re.compile(r"\b(?:19|20)-year")).prefixes == ("19", "20")
    assert WordStarts.of(re.compile(r"\b(?:19|20)\d\d")) is None  # 200 prefixes: cheaper to scan
    assert WordStarts.of(re.compile(r"\b\d\s+years?", re.I)).digits  # other scripts' digits too: ASCII texts only
    assert not WordStarts.of(re.compile(r"\b[1-9]\s+years?", re.I)).digits
    assert WordStarts.of(re.compile(r"\bmid-(?:19|20)\d\d", re.I)).prefixes == ("mid",)
    # no word boundary first, a match that can be empty, an opening that is any character: scanned
    for pattern in (r"in\s+May", r"\b(?:in)?", r"\b.x", r"(?:the\s+)?\bMay", r"\b'9\d", r"\b[^a]b", r"\bé"):
        assert WordStarts.of(re.compile(pattern, re.I)) is None, pattern


@pytest.mark.parametrize("case", [str, str.upper, str.title, str.swapcase])
def test_wordstarts_find_what_finditer_finds(case):
    starts = [(pattern, WordStarts.of(pattern)) for _, pattern in periods.PATTERNS]
    assert sum(s is not None for _, s in starts) >= 40  # most period patterns are tried at words only
    found = 0
    for text in map(case, _texts()):
        words = words_of(text)
        for pattern, start in starts:
            expected = _found(pattern.finditer(text))
            assert _found(matches(pattern, start, text, words)) == expected, (pattern.pattern[:60], text)
            found += len(expected)
    assert found > 300


def test_words_of_a_text_with_folding_letters_is_none():
    assert words_of("ſince March") is None and words_of("İn May") is None and words_of("\u212aeep") is None
    assert words_of("in May’s figures") is not None
