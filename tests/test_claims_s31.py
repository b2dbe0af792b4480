"""Bounds that report how the noun itself moved are claims, not thresholds that pick out a group (session 31).
Sentences are invented for these tests."""
from __future__ import annotations

import pytest

from fixtures_claims import doc_claims_of

claims_of = doc_claims_of


@pytest.mark.parametrize("text,claim", [
    ("The board reported sharply higher costs, with fuel prices jumping more than 30% in a month.", "more than 30%"),
    ("The deal should lift coffee prices, which have fallen by more than 25 percent since May.", "more than 25 percent"),
])
def test_a_bound_on_how_the_noun_moved_is_a_claim(nlp, text, claim):
    assert claim in [c.text for c in claims_of(nlp, text)]


@pytest.mark.parametrize("text,kept", [
    ("The number of people waiting more than 52 weeks fell to 1,920.", ["1,920"]),
    ("Firms employing more than 500 people must publish the figures.", []),
])
def test_bounds_that_pick_out_a_group_stay_thresholds(nlp, text, kept):
    assert [c.text for c in claims_of(nlp, text)] == kept


@pytest.mark.parametrize("text,claims", [
    ("The Big Four plan will take at least 12.5 per cent of the budget.", ["at least 12.5 per cent"]),
    ("The Big Six suppliers raised bills by 9%.", ["9%"]),
])
def test_big_and_a_number_word_is_a_name(nlp, text, claims):
    assert [c.text for c in claims_of(nlp, text)] == claims
