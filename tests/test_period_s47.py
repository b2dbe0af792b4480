"""Session 47: the compact quarter and half labels of trade press, company decks and statistics tables ("2023-Q2",
"2022Q2", "Q3/2023", "Q2'23", "2Q23", "2QFY24", "2023-H1", "1H22") are periods (claimx.periods "compact_quarter",
"compact_half"); a race ("race", "marathon": rules/frame.json match_nouns) is a match, whose figures (the purse, the
bonuses) are of the race's month; a sentence opening with a record's last time ("The last time the rate was this low was
in December 1969") dates no figure after it (rules/frame.json comparison_openings). Made-up text; a test of each fails on the code before it."""
from __future__ import annotations

import datetime as dt

import pytest

from claimx.periods import find_periods
from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2023, 9, 1))


@pytest.mark.parametrize("written, label", [
    ("2023-Q2", "Q2 2023"), ("2022Q2", "Q2 2022"), ("2021 Q4", "Q4 2021"), ("Q3/2023", "Q3 2023"), ("Q2-2023", "Q2 2023"),
    ("Q2'23", "Q2 2023"), ("Q1\u201924", "Q1 2024"), ("2Q23", "Q2 2023"), ("3Q 2022", "Q3 2022"), ("2QFY24", "Q2 FY2024"),
    ("2023-H1", "H1 2023"), ("H2/2022", "H2 2022"), ("1H22", "H1 2022"), ("2HFY23", "H2 FY2023"),
])
def test_a_compact_label_is_its_quarter_or_half(written, label):
    found = [p for p in find_periods(f"Operating profit in {written} was $305 per box.") if p.text == written]
    assert [p.period for p in found] == [label]


@pytest.mark.parametrize("text", ["He ran 1h 30min.", "The 2Q bond", "Room 2H23B", "It was 1H2O"])
def test_no_label_in_other_letters_and_digits(text):
    assert not [p for p in find_periods(text) if p.period and p.period.startswith(("Q", "H"))]


def test_a_figure_after_a_compact_label_has_that_quarter(nlp):
    text = ("Carrier profits slide\n\nThe largest 2023-Q2 operating profit per box was US$305, against US$1,377 in "
            "2022-Q2. Sales in 1H23 fell 12% to $9 billion.\n")
    found = claims_of(nlp, text)
    assert found["US$305"].period == "Q2 2023"
    assert found["US$1,377"].period == "Q2 2022"
    assert found["$9 billion"].period == "H1 2023"


def test_a_race_story_dates_its_purse_by_the_race(nlp):
    text = ("Riches await the favourites at the Harlow Marathon\n\nThe runners stand to make up to $270,000 if they "
            "win the race and set new records.\n\nTop names are tipped to triumph at Sunday's Harlow Marathon, where "
            "the winners each get $55,000.\n")
    assert claims_of(nlp, text)["$55,000"].period == "2023-08"  # published on Sunday 20 August


def test_a_records_last_time_dates_no_figure_after_it(nlp):
    text = ("Valdoria jobless rate dips to 3.5%\n\nIn September, the unemployment rate declined by 0.2 percentage point "
            "to 3.5%, the statistics office said. The last time the rate was this low was in December 1969, when it "
            "also was 3.5%. Over the month, the number of unemployed persons decreased by 275,000 to 5.8 million.\n")
    found = claims_of(nlp, text)
    assert {found[t].period for t in ("275,000", "5.8 million")} == {"2023-09"}
