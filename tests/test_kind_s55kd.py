"""The kind and direction of a change read from the words around it (session 55, kd): a count more or fewer than at a
time it is compared with, a price's move to its new level in its own currency, and a move restated after "or" whose
direction the words after the restatement give. Sentences are invented for these tests in the shapes real copy uses."""
from __future__ import annotations

import datetime as dt

import pytest

from test_frame_s27 import claims_of


def _claim(nlp, text, figure):
    found = claims_of(nlp, text, dt.date(2024, 8, 30))
    assert figure in found, list(found)
    return found[figure]


@pytest.mark.parametrize("text,figure,way", [
    # a count more or fewer than at a time the sentence compares it with
    ("Officers in Dunmore solved 8,412 more cases in 2021 (96,310) than in 2020 (87,898).", "8,412", "up"),
    ("The county, which had 37 fewer burglaries compared with 2018, reported its lowest total since 1979.", "37", "down"),
    ("A total of 1.9 billion journeys were made, 41 million more journeys than last year.", "41 million", "up"),
    ("The Ormsby force had 1,912 officers in March, 53 more than they had a year earlier.", "53", "up"),
    ("Knife offences rose by a tenth on the previous year, with 3,120 more offences recorded by officers.", "3,120", "up"),
    ("Clinics treated around 210,000 more people during the February surge than in March 2020.", "around 210,000", "up"),
    # "additional" and "extra" count extra things as "more" does
    ("Over 40,000 extra jobs have been created in Kelby since the plan began.", "Over 40,000", "up"),
])
def test_a_count_more_or_fewer_than_at_a_time_is_a_change(nlp, text, figure, way):
    claim = _claim(nlp, text, figure)
    assert (claim.direction, claim.kind) == (way, "change")


def test_a_count_more_than_another_group_is_no_change(nlp):
    """Two groups compared, no time: a difference, no change."""
    claim = _claim(nlp, "There were 51,220 more women than men who sat the Kelby exams this year.", "51,220")
    assert claim.direction is None and claim.kind == "count"


def test_more_of_them_with_no_time_compared_is_no_change(nlp):
    """Guard (passes on the session-start code too): a count that stands for what it counts, with no time compared,
    stays a count (the subject rule reads only a noun counted)."""
    claim = _claim(nlp, "Clinics saw 640,000 patients for planned care and 210,000 more got urgent care.", "210,000")
    assert claim.direction is None and claim.kind == "count"


@pytest.mark.parametrize("figure", ["$0.6 billion", "$0.2 billion"])
def test_a_bracketed_list_run_on_with_semicolons_carries_the_change(nlp, figure):
    text = ("The decrease in exports of goods mostly reflected decreases in machinery ($0.8 billion); in fuels, oils, "
            "and lubricants ($0.6 billion); and in other goods ($0.2 billion).")
    claim = _claim(nlp, text, figure)
    assert (claim.direction, claim.kind) == ("down", "change")


@pytest.mark.parametrize("text,figure", [
    ("At the close, the March contract gained RM57 to RM3,912 a tonne.", "RM57"),
    ("The spot price for June South added RM38 to RM3,950 a tonne.", "RM38"),
    ("The April and May contracts added RM17 each to RM3,522 and RM3,518 a tonne, respectively.", "RM17"),
])
def test_a_move_to_a_level_in_its_own_currency_is_a_change(nlp, text, figure):
    claim = _claim(nlp, text, figure)
    assert (claim.direction, claim.kind) == ("up", "change")


@pytest.mark.parametrize("text,figure,way", [
    ("The Korva index settled 63.20 points or 0.55 per cent up at 11,510.", "63.20 points", "up"),
    ("The smallcap index settled 140 points, or 0.52 percent, up at 27,188.45.", "140 points", "up"),
    ("The smallcap index settled 140 points, or 0.52 percent, up at 27,188.45.", "0.52 percent", "up"),
    ("The midcap index ended 41 points, or 0.3 percent, down at 13,020.", "41 points", "down"),
])
def test_a_move_restated_after_or_takes_the_direction_after_the_pair(nlp, text, figure, way):
    claim = _claim(nlp, text, figure)
    assert (claim.direction, claim.kind) == (way, "change")


def test_a_raise_to_a_date_stays_an_amount(nlp):
    """Guard (passes on the session-start code too): "to" and a year after a sum raised is no level reached."""
    claim = _claim(nlp, "The Kelby trust raised $2 million to 2030 for its clinics.", "$2 million")
    assert claim.direction is None


@pytest.mark.parametrize("text,figure,way", [
    ("Food prices in Kelby rose 2.2 per cent on year in June compared with 2.5 per cent in May.", "2.5 per cent", "up"),
    ("Clothing prices rose 4.1 percent in October, compared with September's 4.4 percent on a year-over-year basis.",
     "4.4 percent", "up"),
    ("The leading clinics lowered their infection rates by an average of 21 percent, compared to 9 percent for all "
     "other clinics.", "9 percent", "down"),
    ("Annual rents were up 6.3 per cent in June after 7 per cent in May.", "7 per cent", "up"),
])
def test_a_change_compared_with_the_change_before_it_is_a_change(nlp, text, figure, way):
    claim = _claim(nlp, text, figure)
    assert (claim.direction, claim.kind) == (way, "change")


def test_a_level_compared_with_a_level_stays_a_level(nlp):
    """Guard (passes on the session-start code too): "rose to 3.4% ... compared to 3%" compares two levels."""
    claim = _claim(nlp, "Consumer price inflation in Kelby rose to 3.4% in March compared to 3% in February.", "3%")
    assert claim.direction is None and claim.kind == "percentage"


@pytest.mark.parametrize("text,figure,way", [
    ("Crude stockpiles in Kelby posted a surprise build of 3.1 million barrels last week.", "3.1 million barrels", "up"),
    ("Analysts had expected a 1.5-million-barrel draw in a poll.", "1.5-million-barrel", "down"),
    ("The agency reported a draw in Kelby fuel inventories of 2.2 million barrels.", "2.2 million barrels", "down"),
    ("The Ormsby species study reported a 31 percent population loss.", "31 percent", "down"),
    ("The Tolbury index closed at 21,040.10 with a weakness of 88.30 points.", "88.30 points", "down"),
])
def test_a_measure_change_noun_makes_a_change(nlp, text, figure, way):
    claim = _claim(nlp, text, figure)
    assert (claim.direction, claim.kind) == (way, "change")


def test_a_sum_lost_stays_a_level(nlp):
    """Guard (passes on the session-start code too): "loss" names a change only of a measure; a sum lost is a level."""
    claim = _claim(nlp, "Kelby Mining reported a net loss of $4.2 million for the half year.", "$4.2 million")
    assert claim.direction is None and claim.kind == "amount"


@pytest.mark.parametrize("text,figure,way", [
    ("Growth in Valdoria slowed sharply in the second quarter, with output contracting by 0.3 per cent at an "
     "annualized rate.", "0.3 per cent", "down"),
    ("Kelby stock market investors became richer by over Rs 2.4 lakh crore on Monday.", "over Rs 2.4 lakh crore", "up"),
])
def test_a_change_word_the_parse_misses_still_gives_the_direction(nlp, text, figure, way):
    claim = _claim(nlp, text, figure)
    assert (claim.direction, claim.kind) == (way, "change")


@pytest.mark.parametrize("text,figure,way", [
    ("The Kelby group said it would be raising its full year dividend six per cent to 8.1 pence per share.",
     "six per cent", "up"),
    ("Kelvale lifted its full-year dividend payout 4.3% to 8.15 cents a share.", "4.3%", "up"),
])
def test_a_change_verb_its_object_then_the_move_to_a_level(nlp, text, figure, way):
    claim = _claim(nlp, text, figure)
    assert (claim.direction, claim.kind) == (way, "change")
