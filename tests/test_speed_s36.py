"""Speed-ups of session 36 that must not change what is read: `periods.may_name`, the cheap test the article model
runs before scanning a whole article with every period pattern for a few kinds only (it may say yes wrongly, never
no wrongly), and FrameWords hashing its lists once."""
import datetime as dt

from claimx.periods import PATTERNS, _JOINED_KINDS, find_periods, may_name

TEXTS = [
    "The council set a budget of £41.2m for 2025-26, up from £39.8m in the 2024/25 financial year.",
    "Researchers tracked 212 glaciers between 2015 and 2024 and found that 19 had retreated.",
    "From 2010 to 2020 the fleet grew by 34 ships; over the years to 2030 it will add 12 more.",
    "Sales rose 3.1% in the third quarter of last year, and a month ago, in May, they fell 0.4%.",
    "The club finished the 2023-24 season with 71 points, 9 more than in the season before.",
    "Output fell 2% in the three months to July, the office said on Tuesday.",
    "Nothing here names a period at all, only 14 apples and 3 pears.",
]


def test_no_means_none_of_those_kinds():
    published = dt.date(2025, 9, 1)
    for text in TEXTS:
        found = {m.kind for m in find_periods(text, published)}
        for kind, _ in PATTERNS:
            if not may_name(text, [kind]):
                assert kind not in found, (kind, text)


def test_says_no_for_a_text_without_those_patterns():
    text = "Nothing here names a period at all, only 14 apples and 3 pears."
    assert not may_name(text, ("between_years", "from_to_years", "year_span", "years_to"))
    assert not may_name(text, ("season", "season_long", "budget_years"))
    assert may_name("Glaciers shrank between 2015 and 2024.", ("between_years", "from_to_years", "year_span", "years_to"))


def test_kinds_the_joiner_writes_always_say_yes():
    # "a month ago, in May" becomes a month_year mention though no month_year pattern matched: never skipped
    assert all(may_name("14 apples", [kind]) for kind in _JOINED_KINDS)


class _CountedWords(frozenset):
    """A word list that counts how often it is hashed."""

    hashed = 0

    def __hash__(self):
        type(self).hashed += 1
        return super().__hash__()


def test_frame_words_hash_their_lists_once():
    # the frame's caches are keyed by the words (`_rules(words)`, thousands of lookups an article)
    import dataclasses

    from claimx.frame.words import load_words

    words = dataclasses.replace(load_words(), alone_words=_CountedWords({"alone", "solely"}))
    assert hash(words) == hash(words) == hash(dataclasses.replace(words))
    assert _CountedWords.hashed == 2  # once for `words`, once for its copy, not on every lookup
    assert words == dataclasses.replace(words) and words != load_words()


def test_a_doc_made_from_a_text_is_not_joined_again():
    import spacy

    from claimx.doctext import doc_text, keep_text

    nlp = spacy.blank("en")
    text = "Ridership rose 4.2% to 1.31 million trips.\n\nFares were flat."
    doc = nlp.make_doc(text)
    keep_text(doc, text)
    assert doc_text(doc) is text and doc.text == text
    other = nlp.make_doc(text)
    assert doc_text(other) == text and doc_text(other) is not text  # not kept: joined from its tokens
