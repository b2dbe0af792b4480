"""Directions of changes that statistics releases and results copy state through the clause rather than a change verb
right before the figure, and two false contradictions of real pages (session 30). Sentences are invented for these
tests in the shapes real copy uses."""
from __future__ import annotations

import datetime as dt

import pytest

from test_frame_s27 import claims_of
from fixtures_claims import checked_reader


def _direction(nlp, text, figure):
    found = claims_of(nlp, text, dt.date(2024, 8, 30))
    assert figure in found, list(found)
    return found[figure].direction


@pytest.mark.parametrize("text,figure,way", [
    ("Resale flat prices were rising at 1.4 per cent in the first quarter.", "1.4 per cent", "up"),
    ("Output grew at an annual rate of 3.1% in the quarter.", "3.1%", "up"),
    ("Part of the drop is due to a 12.9 per cent reduction in planted acreage.", "12.9 per cent", "down"),
    ("Annual wages growth increased marginally to 2.3 per cent in the June quarter.", "2.3 per cent", "up"),
    ("The revised GDP growth figure for the quarter was 0.6%.", "0.6%", "up"),
    ("Growth stood at 0.4% in the three months to June.", "0.4%", "up"),
    ("The fiscal council puts the rise at about 7% once inflation is counted.", "about 7%", "up"),
    ("The office revised its estimate of growth in the second quarter to 0.5%.", "0.5%", "up"),
    ("The central bank cut its growth forecast to 2.1%.", "2.1%", "up"),
    ("It was the largest increase since March 2019 (3.5%).", "3.5%", "up"),
    ("There were smaller increases in Ashby (6 per cent) and Corran (4 per cent).", "6 per cent", "up"),
    ("There were smaller increases in Ashby (6 per cent) and Corran (4 per cent).", "4 per cent", "up"),
    ("The roll was 2,881, 17 fewer than last year and 154 fewer than three years ago.", "154", "down"),
])
def test_the_clause_names_the_percentage_a_change(nlp, text, figure, way):
    assert _direction(nlp, text, figure) == way


@pytest.mark.parametrize("text,figure", [
    ("Inflation rose to 3.2% in May.", "3.2%"),
    ("The increase took inflation to 3.2%.", "3.2%"),
    ("The unemployment rate stood at 4.2% in May.", "4.2%"),
    ("Its stake in the lender rose to 12%.", "12%"),
    ("The fund's share climbed to a 5% share of the market.", "5%"),
    ("The rate was 5% at the end of the year.", "5%"),
])
def test_a_level_after_at_or_to_stays_a_level(nlp, text, figure):
    assert _direction(nlp, text, figure) is None


_checked = checked_reader(dt.date(2022, 7, 29), claims_of)


def test_levels_of_a_so_that_clause_are_not_the_change_s(nlp):
    # the 4.2% is grain's and rice's; the flour pack's price went from 65.89 to 72.32 (+9.8%)
    found = _checked(nlp, "Prices of maize grain and white rice increased by 4.2%, so that a 2 kilogram pack of "
                          "maize flour retailed at KSh72.32 from KSh65.89.")
    assert found["4.2%"].verdict != "contradicted"


def test_a_gap_whose_base_is_a_time_is_not_read_against_the_next_figure(nlp):
    # "17 fewer than last year": the base is last year's roll, not the 154 of the next item
    found = _checked(nlp, "The district's enrolment as of September was 2,881, 17 fewer than last year and 154 fewer "
                          "than three years ago.", published=dt.date(2021, 10, 26))
    assert found["17"].verdict != "contradicted"


def test_a_slipped_scale_word_is_the_level_s_error_not_the_change_s(nlp):
    # 55.8% from 499,800 gives 778,800: "778,800 million" is the figure in error
    found = _checked(nlp, "The number of arrivals in November has risen by 55.8 percent to around 778,800 million "
                          "from 499,800 in October.", published=dt.date(2017, 12, 10))
    assert found["55.8 percent"].verdict != "contradicted"
    slipped = found["around 778,800 million"]
    assert slipped.verdict == "contradicted"
    assert "778,800" in slipped.evidence.computation


def test_a_change_that_no_scale_reading_explains_is_still_contradicted(nlp):
    found = _checked(nlp, "The number of arrivals in November has risen by 25.8 percent to around 778,800 "
                          "from 499,800 in October.", published=dt.date(2017, 12, 10))
    assert found["25.8 percent"].verdict == "contradicted"


def test_a_change_noun_with_its_figure_in_brackets_keeps_its_direction(nlp):
    text = "Month on month this is the first time since January we have seen a decrease (2.1%)."
    assert _direction(nlp, text, "2.1%") == "down"


@pytest.mark.parametrize("text,figure,way", [
    ("Spending is expected to be Sh805.8 billion down from Sh870.4 billion last year.", "Sh805.8 billion", None),
    ("He averaged 27.6 points, 6.0 rebounds and 4.2 assists a game last season.", "6.0", None),
    ("He averaged 27.6 points, 6.0 rebounds and 4.2 assists a game last season.", "4.2", None),
    ("Tata Steel Soars Nearly 9% After June Quarter Results", "Nearly 9%", "up"),
    ("Revenue From Operations Rose 1.7 Per Cent", "1.7 Per Cent", "up"),
    ("Passenger Numbers Climb 6.4% At Regional Airports", "6.4%", "up"),
])
def test_levels_before_from_counts_of_events_and_title_cased_headlines(nlp, text, figure, way):
    assert _direction(nlp, text, figure) == way


def test_percentage_points_keep_their_kind_with_a_direction(nlp):
    found = claims_of(nlp, "The unemployment rate rose 0.2 percentage points to 6.1% in September.", dt.date(2024, 10, 15))
    points = found["0.2 percentage points"]
    assert (points.kind, points.direction) == ("percentage_points", "up")
