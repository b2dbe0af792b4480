"""The words around a claim's figure in its sentence, placed by the frame's offsets.

The checker never searches a sentence for the figure's text or matches patterns over it: the
frame's `sentence_start` and the claim's `start`/`end` say where the figure stands (so a value written
twice in one sentence is told apart), and the sentence is cut into words and marks by `scan` so the
cue lists of `claimx.check.words` can be looked up before and after it. A claim without a frame (an
older record, a hand-built one) cannot be placed: nothing around its figure is read.
"""
from __future__ import annotations

from dataclasses import dataclass

from claimx.check.words import Phrase, check_words
from claimx.records import Claim

_JOINERS = ".,'\u2019-"


@dataclass(frozen=True)
class Word:
    """One word (lower-cased) or mark of a text, with its offsets there."""

    text: str
    start: int
    end: int

    @property
    def mark(self) -> bool:
        return not self.text[0].isalnum()


def scan(text: str) -> list[Word]:
    """`text` as words and marks: a word is a run of letters and digits, kept whole across an inner
    apostrophe or hyphen ("year's", "year-on-year") and, between digits, a point or comma ("1,250.5");
    any other character that is not a space is a mark of its own."""
    words, i, n = [], 0, len(text)
    while i < n:
        char = text[i]
        if char.isspace():
            i += 1
            continue
        j = i + 1
        if char.isalnum():
            while j < n and (text[j].isalnum() or (text[j] in _JOINERS and j + 1 < n and text[j + 1].isalnum()
                                                   and (text[j] in "'\u2019-" or text[j - 1].isdigit()
                                                        and text[j + 1].isdigit()))):
                j += 1
        words.append(Word(text[i:j].lower().replace("\u2019", "'"), i, j))
        i = j
    return words


def starts(words: list[Word], at: int, phrases: tuple[Phrase, ...]) -> int:
    """The length of the longest phrase that starts at words[at], else 0."""
    best = 0
    for phrase in phrases:
        if len(phrase) > best and tuple(word.text for word in words[at:at + len(phrase)]) == phrase:
            best = len(phrase)
    return best


def first_within(words: list[Word], phrases: tuple[Phrase, ...], window: int) -> tuple[int, int] | None:
    """(index, length) of the first phrase starting among the first `window` + 1 words, before any mark."""
    for at, word in enumerate(words[:window + 1]):
        if word.mark:
            return None
        if length := starts(words, at, phrases):
            return at, length
    return None


def contains(words: list[Word], phrases: tuple[Phrase, ...]) -> bool:
    """Whether any of `phrases` occurs in `words`."""
    return any(starts(words, at, phrases) for at in range(len(words)))


@dataclass(frozen=True)
class Placed:
    """A claim's figure placed in its sentence: `start`/`end` are offsets in `sentence`."""

    sentence: str
    start: int
    end: int

    @property
    def before(self) -> str:
        return self.sentence[:self.start]

    @property
    def after(self) -> str:
        return self.sentence[self.end:]

    def words_before(self) -> list[Word]:
        return scan(self.before)

    def words_after(self) -> list[Word]:
        return scan(self.after)


def sentence_position(claim: Claim) -> int:
    """Where the claim's text starts in its sentence, from the frame's offsets; -1 when it cannot be
    placed (no frame, or offsets that do not fit the sentence)."""
    if claim.frame is None:
        return -1
    position = claim.start - claim.frame.sentence_start
    if position >= 0 and claim.sentence[position:position + len(claim.text)] == claim.text:
        return position
    return -1


def place(claim: Claim) -> Placed | None:
    """The claim's figure placed in its sentence, or None when it cannot be placed."""
    position = sentence_position(claim)
    if position < 0:
        return None
    return Placed(claim.sentence, position, position + len(claim.text))


def breaks(words: list[Word], at: int) -> bool:
    """Whether words[at] ends a stretch of the sentence: a listed mark (a dash only with spaces around
    it), or "and" before a determiner."""
    cue = check_words()
    word = words[at]
    if word.mark and word.text in ("-", "\u2013"):
        # a dash breaks only standing apart ("sales - and costs"), not joined to a word ("33,000-capacity")
        spaced_left = word.start > (words[at - 1].end if at else 0)
        spaced_right = at + 1 >= len(words) or words[at + 1].start > word.end
        if not (spaced_left and spaced_right):
            return False
    if word.mark:
        return (word.text,) in cue.phrases("stretch_marks")
    return word.text == "and" and at + 1 < len(words) and (words[at + 1].text,) in cue.phrases("stretch_and_before")


def clause_breaks(text: str) -> list[tuple[int, int]]:
    """Where clauses of their own begin in `text`, as (start, end) offsets of the words that begin them: a
    listed mark, a listed conjunction, or a comma with one of the words listed after a comma."""
    cue = check_words()
    words = scan(text)
    found = []
    for at, word in enumerate(words):
        if (word.text,) in cue.phrases("clause_marks") or (word.text,) in cue.phrases("clause_words"):
            found.append((word.start, word.end))
        elif at and words[at - 1].text == "," and (word.text,) in cue.phrases("clause_words_after_comma"):
            found.append((words[at - 1].start, word.end))
    return found
