"""The exclusion patterns that begin with words are tried only at the words they can begin with
(`Exclusions.starts`, `Exclusions.find`): the same spans as scanning each pattern over the whole text."""
from __future__ import annotations

import random
from pathlib import Path

import pytest

from claimx.bench import perturb
from claimx.grammar.exclusions import Exclusions, starts_of
from claimx.lexicon import load_lexicon

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "articles"


@pytest.fixture(scope="module")
def exclusions():
    return Exclusions(load_lexicon(None))


def _scanned(exclusions: Exclusions, text: str):
    """`find` with every pattern scanned over the whole text (no starts)."""
    saved = exclusions.starts
    exclusions.__dict__["starts"] = [None] * len(saved)
    try:
        return exclusions.find(text)
    finally:
        exclusions.__dict__["starts"] = saved


def test_exclusion_starts_cover_the_word_patterns(exclusions):
    # a pattern whose beginning changed is scanned (None), never tried at the wrong words
    tried = [reason for (reason, _), where in zip(exclusions.patterns, exclusions.starts) if where is not None]
    assert tried.count("label") == 4 and {"date", "rank", "score", "phone", "citation", "vote_tally"} <= set(tried)
    # and those that begin with a digit at a word boundary, read from their parse
    assert tried.count("date") == 5 and tried.count("time") == 5 and tried.count("phone") == 3
    assert tried.count("year") == 2 and {"ordinal", "address", "code"} <= set(tried)


def test_exclusion_digit_starts_read_from_the_parse():
    import re

    from claimx.grammar.exclusions import _digit_starts

    assert _digit_starts(re.compile(r"\b\d+|\b(?!\d{5})\d[A-Z]")).digits
    assert _digit_starts(re.compile(r"(?:\+\d{2})?(?:\(\d+\))?\b\d{3}")).chars == "+("
    assert _digit_starts(re.compile(r"'?\b(?:19|20)\d\d", re.I)).chars == "'"
    for pattern in (r"\d+", r"\b\d+|x\d", r"\b(?:\d|one)", r"\b\d?x", r"(?:ab)?\b\d", r"\b(?<=x)\d", r"\b[\dx]"):
        assert _digit_starts(re.compile(pattern)) is None, pattern
    # a look-behind ending in a space (or a choice of them) bounds the digit after it as \b does ("at 0930 hours")
    assert _digit_starts(re.compile(r"\b\d\d|(?:(?<=\bat\s)|(?<=\bfrom\s))\d{4}\s?hrs\b", re.I)).digits
    for pattern in (r"\b\d|(?:(?<=\bat)|(?<=\bfrom\s))\d", r"\b\d|(?<=\bat\s)x", r"\b\d|(?:(?<=\bat\s)|(?<!\bfrom\s))\d"):
        assert _digit_starts(re.compile(pattern)) is None, pattern


def test_exclusion_time_after_a_word_found_from_its_digit(exclusions):
    text = "The ferry leaves at 0730 hrs, and from 1815 hours on Sundays; flight AB1200 lands at 2305hrs.\n"
    found = exclusions.find(text)
    assert {(e.start, e.end, e.reason) for e in found} == {(e.start, e.end, e.reason) for e in _scanned(exclusions, text)}
    assert any(text[e.start:e.end] == "0730 hrs" and e.reason == "time" for e in found)


def test_exclusion_starts_of_words():
    found = starts_of(["Page", "p.", "#", "no."])
    assert found.words == {"page", "p", "no"} and found.chars == "#"
    assert starts_of(["página", "page"]) is None  # not ASCII: re may fold it onto other letters


def test_exclusion_starts_equal_scanning_on_the_corpus_perturbed(exclusions):
    rng = random.Random(3)
    for path in sorted(CORPUS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        assert exclusions.find(text) == _scanned(exclusions, text)
        for _ in range(3):
            varied = perturb(text, rng)
            assert exclusions.find(varied) == _scanned(exclusions, varied)


def test_exclusion_starts_equal_scanning_on_invented_texts(exclusions):
    lex = exclusions.lex
    words = [w for key in ("label_words", "label_words_capitalized", "rank_words", "score_cues", "phone_cues")
             for w in lex[key]]
    words += ["Jan", "January", "SEPT", "Sepember", "mid", "Early", "late", "suite", "Ste.", "P.O. Box", "pobox",
              "Apt", "floor", "Room", "vol.", "Volume", "issue", "No.", "pp.", "pages", "catch-22", "Catch", "voted",
              "vote", "tally", "was", "of", "ended", "ſeed", "Nº", "İssue", "Kelvin", "to", "us", "on", "the"]
    pieces = ["1", "7", "12", "2024", "3-1", "4–2", "21 to 11", "'90s", "#", "# ", "(", ")", ".", ",", "-", "–",
              " ", " ", " ", "  ", "\n", "\n\n", "_", "é", "x", "2024-05-06", "12/05/2024", "7:30 p.m.", "7.30pm",
              "+44", "(20)", "7946 0958", "555-0199", "3rd", "4G", "1990s", "2025/26", "'24", "10 Downing Street",
              "٣", "٣٤", "SW1A 1AA", "NY 10001", "1e5", "24/7", "9-to-5", "3-2-1", "+", "'", "Smith, 52,", "FTSE 100"]
    rng = random.Random(13)
    for _ in range(3000):
        text = "".join(rng.choice(words if rng.random() < 0.5 else pieces) + rng.choice(["", " ", " ", "-", "."])
                       for _ in range(rng.randint(1, 14)))
        for variant in (text, text.upper(), text.lower()):
            assert exclusions.find(variant) == _scanned(exclusions, variant), variant


def test_word_index_candidates_equal_a_walk_over_the_words():
    # the sorted word index (runs of it found by bisection) gives the same places as testing every word
    import re

    from claimx.grammar.exclusions import Starts, _Words

    def walked(text: str, where: Starts) -> list[int]:
        found = set()
        for m in re.finditer(r"\w+", text):
            word = m.group(0)
            if not word.isascii():
                found.add(m.start())
                continue
            low = word.lower()
            if low in where.words or any(low.startswith(p[:3]) for p in where.prefixes) \
                    or where.digits and low[0] in "0123456789":
                found.add(m.start())
        found.update(i for i, ch in enumerate(text) if ch in where.chars)
        return sorted(found)

    rng = random.Random(5)
    pieces = ["a", "an", "Jan", "january", "JANUS", "ja", "p", "P.O.", "no", "No.", "nov", "1", "12", "9th", "0x", "_1",
              "_a", "é", "Édith", "٣", "٣rd", "ſeed", "K", "catch-22", "suite", "s", "#", "(", "'", ":", "~", "z9"]
    wheres = [Starts(words=frozenset({"a", "an", "no"})), Starts(prefixes=("jan", "p", "no", "suite", "s")),
              Starts(digits=True, chars="#("), Starts(words=frozenset({"catch"}), prefixes=("ja",), digits=True, chars="'"),
              Starts()]
    for _ in range(2000):
        text = "".join(rng.choice(pieces) + rng.choice(["", " ", " ", "-", ".", "\n"]) for _ in range(rng.randint(0, 12)))
        for variant in (text, text.upper(), text.lower()):
            index = _Words(variant)
            for where in wheres:
                assert index.candidates(where) == walked(variant, where), (variant, where)
