"""`pattern.finditer(text)` tried only at the words a match can begin with.

A case-insensitive pattern that opens with a word boundary and an alternation of words ("in", "during", "since", a
month's name ...) gives `re` no first character to skip ahead to: `finditer` tries the whole pattern at every
character of the text (some 100-200 ns a character for the period patterns). `WordStarts.of(pattern)` reads from
the pattern's parse tree the few letters every match begins with (at most four: "duri", "sinc", "q1", "19") and
whether every match begins at the start of a word; `matches(pattern, starts, words)` then tries `pattern.match`
only at the words of the text that begin so, and gives the same matches as `finditer`
(tests/test_wordstarts.py compares the two): `Pattern.match` at a position sees the text around it (word
boundaries, look-behinds) as the scan does, the next try starts where a match ended, as `finditer` does, and a
pattern that could match empty text, or one whose opening cannot be read, is scanned as before.

A text with one of the letters that match an ASCII letter case-insensitively without being its own upper or lower
case ("ſ" matches "s", "ı" and "İ" match "i", the Kelvin sign "k") is scanned, and so is a text that is not ASCII
for a pattern that begins with a digit (`\\d` matches other scripts' digits too).
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from re import _constants as C, _parser

_MAX = 4  # letters of a prefix worth reading
_MAX_PREFIXES = 400
_MAX_WORDS = 40  # more prefixes than this ("1900" to "2099"): looking each up costs more than the scan
_WORD = re.compile(r"\w+")
_WORD_CHAR = re.compile(r"\w")


class _Unreadable(Exception):
    pass


@dataclass(frozen=True)
class WordStarts:
    """What every match of a pattern begins with: one of `prefixes` (lower case, up to the first character that is
    not a word character), at the start of a word."""

    prefixes: tuple[str, ...]
    digits: bool = False  # a prefix was read from `\d`: only ASCII texts have only ASCII digits

    @staticmethod
    def of(pattern: re.Pattern) -> WordStarts | None:
        """The word starts of `pattern`, or None when they cannot be read (then scan the text)."""
        if not isinstance(pattern.pattern, str):
            return None
        try:
            tree = _parser.parse(pattern.pattern, pattern.flags)
            if not _at_word_start(tree.data):
                return None
            digits: list[bool] = []
            done, open_ = _prefixes(tree.data, {""}, digits)
        except (_Unreadable, RecursionError, re.error):
            return None
        found = done | open_
        if not found or "" in found:
            return None
        words = set()
        for prefix in found:
            if not _WORD_CHAR.match(prefix[0]):
                return None  # a boundary before a non-word character: the match starts after a word, not at one
            word = _WORD.match(prefix).group(0)
            if not word.isascii():
                return None  # "ſ" matches "s" case-insensitively: only ASCII letters are read
            words.add(word)
        return WordStarts(tuple(sorted(words)), bool(digits)) if len(words) <= _MAX_WORDS else None


def _at_word_start(items) -> bool:
    """Whether the sequence opens (after look-arounds) with a word boundary on every path."""
    for op, av in items:
        if op is C.ASSERT or op is C.ASSERT_NOT:
            continue
        if op is C.AT:
            return av is C.AT_BOUNDARY
        if op is C.SUBPATTERN:
            return _at_word_start(av[3].data)
        if op is C.BRANCH:
            return all(_at_word_start(branch.data) for branch in av[1])
        return False
    return False


def _prefixes(items, open_: set[str], digits: list[bool]) -> tuple[set[str], set[str]]:
    """(prefixes that end within `items`, prefixes still open after them) for matches of `items` that come after
    one of `open_`: every match of the sequence begins with one of the two sets' strings. `digits` gets an item when
a character class `\d` was read."""
    done: set[str] = set()
    for op, av in items:
        if not open_:
            break
        if op is C.AT or op is C.ASSERT or op is C.ASSERT_NOT:
            continue  # takes no character
        if op is C.LITERAL:
            nxt = {p + chr(av).lower() for p in open_}
        elif op is C.IN:
            chars = _chars(av, digits)
            if chars is None:
                return done | open_, set()
            nxt = {p + c for p in open_ for c in chars}
        elif op is C.SUBPATTERN:
            ended, nxt = _prefixes(av[3].data, open_, digits)
            done |= ended
        elif op is C.BRANCH:
            nxt = set()
            for branch in av[1]:
                ended, after = _prefixes(branch.data, open_, digits)
                done |= ended
                nxt |= after
        elif op is C.MAX_REPEAT or op is C.MIN_REPEAT:
            low, high, sub = av
            ended, after = _prefixes(sub.data, open_, digits)
            done |= ended
            if high != 1:  # another round may follow the first: the prefix ends after one
                done |= after
                after = set()
            nxt = after | open_ if low == 0 else after
        else:
            return done | open_, set()
        done |= {p for p in nxt if len(p) >= _MAX}
        open_ = {p for p in nxt if len(p) < _MAX}
        if len(done) + len(open_) > _MAX_PREFIXES:
            raise _Unreadable
    return done, open_


def _chars(items, digits: list[bool]) -> set[str] | None:
    """The characters (lower case) of a character class of literals, small ranges and digits; else None."""
    chars: set[str] = set()
    for op, av in items:
        if op is C.LITERAL:
            chars.add(chr(av).lower())
        elif op is C.RANGE and av[1] - av[0] < 12:
            chars.update(chr(c).lower() for c in range(av[0], av[1] + 1))
        elif op is C.CATEGORY and av is C.CATEGORY_DIGIT:
            chars.update("0123456789")
            digits.append(True)
        else:
            return None
    return chars


class Words:
    """The words of a text, lower-cased: where the words beginning with some letters start."""

    def __init__(self, text: str):
        self.text = text
        self.ascii = text.isascii()
        self.at: dict[str, list[int]] = {}
        at = self.at
        if self.ascii:  # lower-cased at once: ASCII letters keep their places
            for m in _WORD.finditer(text.lower()):
                at.setdefault(m.group(0), []).append(m.start())
        else:
            for m in _WORD.finditer(text):
                at.setdefault(m.group(0).lower(), []).append(m.start())
        self._heads: dict[int, dict[str, list[int]]] = {}

    def _head(self, n: int) -> dict[str, list[int]]:
        """Where the words beginning with each run of `n` letters start."""
        heads = self._heads.get(n)
        if heads is None:
            heads = self._heads[n] = {}
            for word, where in self.at.items():
                if len(word) >= n:
                    heads.setdefault(word[:n], []).extend(where)
        return heads

    def starts(self, prefixes: tuple[str, ...]) -> list[int]:
        """Where the words beginning with one of `prefixes` start, in order."""
        found: list[int] = []
        for prefix in prefixes:
            found += self._head(len(prefix)).get(prefix, ())
        return sorted(set(found))


_FOLDS = "ſıİ\u212a"  # letters that match an ASCII letter case-insensitively, not as its own upper or lower case


def words_of(text: str) -> Words | None:
    """The word index of `text`, or None when it holds one of `_FOLDS` (scan it)."""
    return Words(text) if text.isascii() or not any(c in text for c in _FOLDS) else None


def matches(pattern: re.Pattern, starts: WordStarts | None, text: str, words: Words | None) -> Iterator[re.Match]:
    """`pattern.finditer(text)`, tried only where `starts` says a match can begin; a plain scan when either
    `starts` or `words` (the index of `text`, `words_of(text)`) is None."""
    if starts is None or words is None or starts.digits and not words.ascii:
        yield from pattern.finditer(text)
        return
    after = 0
    for start in words.starts(starts.prefixes):
        if start >= after and (m := pattern.match(text, start)):
            yield m
            after = m.end()
