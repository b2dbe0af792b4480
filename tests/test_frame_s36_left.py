"""Session 36 (left): four misreadings seen on real pages of several publishers. Sentences are invented for these
tests, in the shapes real pages write.

1. A gapped list's later items are measured by their own noun ("robbery by 1 per cent" after "Burglary rose by 3
   per cent"), not the list's first (frame/metric.py gapped_item, used by the claims component).
"""
from __future__ import annotations

import datetime as dt

import pytest

from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2025, 10, 23))


@pytest.mark.parametrize("sentence,first,figures", [
    ("Fraud in Harrowgate rose by 7 per cent, robbery by 2 per cent and cycle theft by 9 per cent.",
     "fraud", {"2 per cent": "robbery", "9 per cent": "cycle theft"}),
    ("In the third quarter, household spending in Norland grew 0.4% and business investment 1.1%.",
     "household", {"1.1%": "business investment"}),
    ("Arson in the county fell by 12 per cent; vandalism by 5 per cent.",
     "arson", {"5 per cent": "vandalism"}),
])
def test_a_gapped_item_is_measured_by_its_own_noun(nlp, sentence, first, figures):
    found = claims_of(nlp, "Crime and spending figures\n\n" + sentence + "\n")
    for figure, noun in figures.items():
        metric = found[figure].metric or ""
        assert noun in metric.lower(), (figure, metric)
        assert first not in metric.lower(), (figure, metric)


def test_a_gapped_item_named_by_a_place_keeps_the_list_measure(nlp):
    # "Westerleigh 3.8 per cent": a name is who or where, the list's measure stands
    found = claims_of(nlp, "Prices\n\nHouse prices in Harrowby rose by 5.1 per cent, and in Westerleigh by 3.8 per cent.\n")
    assert "price" in (found["3.8 per cent"].metric or "").lower()
    found = claims_of(nlp, "Output\n\nFactory output rose 3.1 per cent over the year and 0.4 per cent on the month.\n")
    assert "output" in (found["0.4 per cent"].metric or "").lower()



def test_a_gapped_item_repeating_the_first_items_preposition_keeps_its_change(nlp):
    # "Shipments to Norland fell 6%, to Eiremar 3%": the same measure and change, for the name after the repeated "to"
    found = claims_of(nlp, "Trade\n\nShipments of grain to Norland fell 6%, to Eiremar 3% and to Tarsania 1%.\n")
    for figure in ("3%", "1%"):
        assert found[figure].direction == "down" and found[figure].kind == "change", figure
        assert "shipments" in (found[figure].metric or "").lower(), figure
    found = claims_of(nlp, "Trade\n\nShipments to Norland fell 6% to $4.1 billion.\n")
    assert found["$4.1 billion"].direction is None

# 2. "Over the prior 12 months, ..." opening a sentence is a rolling window ending at the period the story reports
#    on, not a base one year back (periods.py, the years_ago reading of "over the previous/prior ...").

_LABOUR = ("Norland jobs survey\n\n"
           "Norland's statistics office published its labour survey for September on Tuesday.\n\n"
           "{sentence}\n")


@pytest.mark.parametrize("sentence,figure", [
    ("Over the prior 12 months, employment in Norland has grown by 1.8 per cent.", "1.8 per cent"),
    ("Over the previous year, the number of vacancies in Norland fell by 12,400.", "12,400"),
])
def test_an_opening_rolling_window_is_the_reported_period(nlp, sentence, figure):
    found = claims_of(nlp, _LABOUR.format(sentence=sentence), dt.date(2025, 10, 8))
    assert found[figure].period == "2025-09"


@pytest.mark.parametrize("sentence,figure", [
    ("Wages in Norland rose 4.2% over the previous year.", "4.2%"),
    ("Prices in Norland were up 2.5% over the same month a year earlier.", "2.5%"),
])
def test_a_base_after_a_change_still_is_a_base(nlp, sentence, figure):
    claim = claims_of(nlp, _LABOUR.format(sentence=sentence), dt.date(2025, 10, 8))[figure]
    assert claim.period == "2025-09" and claim.frame.period.base == "2024-09"


# 3. A year written as part of a name ("Office 2007", "Windows 2000", "Vision 2030", "the 2024 model year") is no
#    period (claims component _names_year; rules/frame.json year_time_words, name_year_after).

@pytest.mark.parametrize("sentence,figure,name_year", [
    ("Sales of its Tallybook 2019 accounting package rose 14% in the year.", "14%", "2019"),
    ("The government's Horizon 2040 strategy commits $3.2 billion to rail.", "$3.2 billion", "2040"),
    ("Dealers sold 412,000 cars of the 2024 model year in the period.", "412,000", "2024"),
])
def test_a_year_in_a_name_is_no_period(nlp, sentence, figure, name_year):
    text = ("Kestrel Software annual report\n\n"
            "Kestrel Software said on Tuesday that revenue rose 8% to $1.4 billion in 2025.\n\n" + sentence + "\n")
    found = claims_of(nlp, text, dt.date(2026, 2, 10))
    assert found[figure].period != name_year and name_year not in (found[figure].period or "")


@pytest.mark.parametrize("sentence,figure,year", [
    ("Under Budget 2027 the council will spend $3.2 billion on roads.", "$3.2 billion", "2027"),
    ("Revenue in Norland rose 14% in 2023.", "14%", "2023"),
])
def test_a_year_that_names_a_time_stays_a_period(nlp, sentence, figure, year):
    text = "Council report\n\nThe council published its plans on Tuesday.\n\n" + sentence + "\n"
    found = claims_of(nlp, text, dt.date(2026, 2, 10))
    assert year in (found[figure].period or "")


# 4. A share move dated by a weekday in a results story is of that day's trading, not of the quarter the results
#    report (claims component: the day of a market figure's own clause over a carried period or another clause's;
#    `_moved_market`: "sending its shares up 6%" moves the shares; a figure measuring the share price is a market one).

_RESULTS = ("Harlow Mills profit rises in third quarter\n\n"
            "Harlow Mills said on Thursday its third-quarter net profit rose 18% to $412 million.\n\n"
            "{sentence}\n")


@pytest.mark.parametrize("sentence,figure", [
    ("Revenue in the quarter climbed 7% to $3.1 billion, sending its shares up 6% Thursday.", "6%"),
    ("The figures sent the stock down 3.9% on Thursday.", "3.9%"),
    ("The stock closed 4.5% higher on Thursday at $48.20.", "$48.20"),
])
def test_a_share_move_on_a_weekday_is_that_days(nlp, sentence, figure):
    found = claims_of(nlp, _RESULTS.format(sentence=sentence), dt.date(2025, 10, 24))  # a Friday
    assert found[figure].period == "2025-10-23"
    assert "share price" in (found[figure].metric or "")
    assert found["$412 million"].period.startswith("Q3")
    if "$3.1 billion" in found:
        assert found["$3.1 billion"].period.startswith("Q3")


def test_a_share_price_after_the_days_move_is_the_days_too(nlp):
    text = ("Harlow Mills profit rises but stock slides\n\n"
            "Higher grain sales lifted Harlow Mills' third-quarter profit 12 percent, beating forecasts Monday, but "
            "investors sold the stock after a weak outlook.\n\n"
            "Shares fell $2.10, or 4.1 percent, to $49.30 in late trading, after gaining 64 cents to close at $51.40.\n")
    found = claims_of(nlp, text, dt.date(2025, 10, 20))  # a Monday
    assert found["$2.10"].period == "2025-10-20"
    assert found["$51.40"].period == "2025-10-20"
    assert found["12 percent"].period.startswith("Q3")
