"""Session 46: quantities as real copy writes them. South African copy hyphenates a scale after a rand figure
("R401-million", "R6,7-billion": grammar.exclusions `_money_before_scale`, scanner DECIMAL_COMMA); Egyptian,
Gulf, Ghanaian, Bangladeshi and East African money marks (rules/lexicon.json currency_symbols; the letter marks
that are also initials need a money shape after them); a move in bare points that goes on to a share is in
percentage points ("up three points to 24pc"); a count in a relative clause that describes the subject does not
make the subject's share a threshold; a plain "$" in a text that places itself in Australia three times by two
words or more ("ASX", "AEST") is Australian. Made-up text; a test of each change fails on the code before it."""
from __future__ import annotations

import datetime as dt

import pytest

from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2019, 8, 20))


@pytest.mark.parametrize("text, figure, value, unit", [
    ("Harbour Insure said underwriting profit grew by 26% to R412-million.", "R412-million", 412e6, "ZAR"),
    ("Gross written premiums rose 9% to R8,3-billion in the half.", "R8,3-billion", 8.3e9, "ZAR"),
    ("The ministry will allocate LE575 billion for wages.", "LE575 billion", 575e9, "EGP"),
    ("The ministry will allocate E£40 billion for bread subsidies.", "E£40 billion", 40e9, "EGP"),
    ("The lender reported a net profit of QR1.2 billion for the year.", "QR1.2 billion", 1.2e9, "QAR"),
    ("The board approved GH¢2.5 billion for new roads.", "GH¢2.5 billion", 2.5e9, "GHS"),
    ("The budget sets aside Tk 5,000 crore for rural roads.", "Tk 5,000 crore", 5e10, "BDT"),
    ("Parliament passed a budget of USh48 trillion.", "USh48 trillion", 48e12, "UGX"),
])
def test_money_marks_of_real_copy(nlp, text, figure, value, unit):
    found = claims_of(nlp, text)
    assert found[figure].value == pytest.approx(value)
    assert found[figure].unit == unit


@pytest.mark.parametrize("text, figure", [
    ("The QR code reached 20 people in the first week.", "20"),
    ("KD played 35 minutes and scored 30 points.", "35 minutes"),
])
def test_letters_that_are_initials_are_no_money_without_a_money_shape(nlp, text, figure):
    found = claims_of(nlp, text)
    assert figure in found
    assert found[figure].unit not in ("QAR", "KWD")


@pytest.mark.parametrize("sentence, figure", [
    ("The poll shows the Greens up three points to 14pc.", "three points"),
    ("Labour fell 1 point to 28%, its lowest this year.", "1 point"),
    ("Support for the mayor is down two points at 41 per cent.", "two points"),
])
def test_points_moving_to_a_share_are_percentage_points(nlp, sentence, figure):
    found = claims_of(nlp, "Poll shows shift\n\n" + sentence)
    assert found[figure].unit == "percentage_point"


def test_points_moving_to_an_index_level_stay_index_points(nlp):
    found = claims_of(nlp, "Shares rise\n\nThe FTSE 100 rose 30 points to 7,512 on Tuesday.")
    assert found["30 points"].unit == "index point"


def test_a_count_in_a_clause_describing_the_subject_makes_no_threshold(nlp):
    text = ("Smaller parties win votes\n\nThe Rural Party, which won only 12 seats out of a total 250 seats, got over "
            "19 per cent of the total votes.")
    found = claims_of(nlp, text)
    assert found["over 19 per cent"].unit == "percent"


def test_a_group_counted_as_the_subject_still_makes_a_threshold(nlp):
    text = "Waiting times grow\n\nSome 3,480 patients spent more than 12 hours in the emergency department."
    assert "more than 12 hours" not in claims_of(nlp, text)


AUD_STORY = ("Miner's shares jump on bid\n\nA Chinese group has offered $1.85 cash per share for the copper miner "
             "Kestrel Resources.\n\nJust a year ago Kestrel's shares were trading above the offer price, before a "
             "slide in copper prices and a string of delays at its two mines in Laos cut its value. The board said it "
             "had written to the bidder to say the price remained well below the level it would recommend, though it "
             "has let the group conduct due diligence to help it improve the offer. Advisers to both sides declined "
             "to comment on the talks, which began in late April.\n\n"
             "Kestrel's shares had dropped 28% since June before the offer.\n\n"
             "At 11.02 am (AEST) the stock was up 41 cents, or 30%, to $1.78, Kestrel said in an ASX statement.\n\n"
             "The offer is the latest bid for a mining company by a non-Australian buyer.\n")


def test_a_text_placed_in_australia_by_two_words_has_australian_dollars(nlp):
    found = claims_of(nlp, AUD_STORY)
    assert {found[t].unit for t in ("$1.85", "$1.78", "41 cents")} == {"AUD"}


def test_a_text_that_names_a_us_place_keeps_us_dollars(nlp):
    text = AUD_STORY.replace("a non-Australian buyer", "a non-Australian buyer listed in New York")
    assert claims_of(nlp, text)["$1.85"].unit == "USD"


@pytest.mark.parametrize("sentence, figure", [
    ("The district was shaken by a 7.1 magnitude quake and dozens of aftershocks.", "7.1 magnitude"),
    ("A magnitude 5.9 earthquake struck the coast at dawn.", "5.9"),
    ("The tremor measured 4.8 on the Richter scale.", "4.8 on the Richter scale"),
])
def test_an_earthquakes_magnitude_has_its_unit(nlp, sentence, figure):
    found = claims_of(nlp, "Quake strikes\n\n" + sentence)
    assert found[figure].unit == "magnitude"
    assert "magnitude" in found[figure].metric


def test_a_measured_age_after_a_verb_is_a_figure_not_a_persons_age(nlp):
    found = claims_of(nlp, "Ageing nation\n\nThe national median age rose to 38.7 years last year, the bureau said.")
    assert found["38.7 years"].value == 38.7


def test_an_age_range_in_words_is_still_an_age(nlp):
    found = claims_of(nlp, "Young voters\n\nVoters aged eighteen to 24 made up 12% of the electorate.")
    assert "24" not in found


def test_a_players_average_in_points_is_a_count_beside_a_percentage(nlp):
    text = ("Guard signs extension\n\nHe finished the year with averages of 24.3 points and 6.1 assists while "
            "shooting 48.2% from the field.")
    assert claims_of(nlp, text)["24.3"].unit == "count"


def test_the_three_point_range_is_no_figure(nlp):
    text = "Guard signs extension\n\nShe shot 38.5% from the three-point range in 71 games."
    found = claims_of(nlp, text)
    assert "three-point" not in found
    assert found["38.5%"].unit == "percent"


def test_forty_foot_containers_are_a_unit_and_no_subject(nlp):
    text = ("Harbour Line results\n\nHarbour Line said the number of containers carried increased by 11 per cent "
            "to 8.1m FFE.")
    found = claims_of(nlp, text)
    assert found["8.1m FFE"].unit == "FFE"
    assert found["11 per cent"].subject == "Harbour Line"


def test_a_change_restated_by_or_then_its_level_is_no_range(nlp):
    text = ("Bank results\n\nThe bank said total deposits increased 3.1 per cent or RM9.6 billion to RM325.9 billion "
            "in the quarter, and staff rose 4% or 1,200 to 31,300.")
    found = claims_of(nlp, text)
    assert found["RM9.6 billion"].value == 9.6e9
    assert found["RM325.9 billion"].value == 325.9e9
    assert found["1,200"].value == 1200
