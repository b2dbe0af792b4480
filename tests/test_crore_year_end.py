"""Money written in crore and lakh: the fiscal year of the country the story is about (rules/frame.json
`crore_year_ends`), India's year to March unless the story names Pakistan, Bangladesh or Nepal more."""
import datetime as dt

import pytest

from claimx.frame.words import load_words, parse
from claimx.lexicon import models_dir, read_rules_json
from test_frame_s27 import claims_of

PAKISTAN_CEMENT = ("Indus Cement profit climbs 18% in third quarter\n\n"
                   "KARACHI: Indus Cement posted a net profit of Rs 1,240 crore for the January-March quarter of the "
                   "current financial year, the Pakistani company told the stock exchange on Thursday.\n\n"
                   "Revenue rose 9 per cent to Rs 9,800 crore in the quarter.")


def test_a_pakistani_results_story_counts_its_quarters_in_years_ending_in_june(nlp):
    # January to March is the third quarter of Pakistan's year to 30 June 2026, not the fourth of a year to March
    found = claims_of(nlp, PAKISTAN_CEMENT, dt.date(2026, 4, 23))
    assert found["Rs 1,240 crore"].period == "Q3 FY2026"


def test_the_same_story_about_an_indian_company_keeps_the_year_to_march(nlp):
    text = PAKISTAN_CEMENT.replace("KARACHI", "MUMBAI").replace("Pakistani", "Indian")
    assert claims_of(nlp, text, dt.date(2026, 4, 23))["Rs 1,240 crore"].period == "Q4 FY2026"


@pytest.mark.parametrize("text, month", [
    ("Revenue of Rs 40 crore, the Bangladesh Bank said.", 6),
    ("Rs 40 crore in Nepal's budget", 7),
    ("Rs 40 crore, India's largest lender said", 3),
    ("Rs 40 crore", 3),  # no country named: India, which writes most money this way
    ("Pakistan's exports to India rose to Rs 40 crore, Pakistan's trade ministry said", 6),  # the country named most
])
def test_the_country_named_most_decides_the_year_end(text, month):
    assert load_words().crore_year_end(text) == month


def test_a_month_that_is_not_a_month_is_refused_when_loaded():
    data, where = read_rules_json(str(models_dir() / "frame.json"))
    data = dict(data, crore_year_ends=["pakistan:13"])
    with pytest.raises(ValueError, match="crore_year_ends"):
        parse(data, where)


RUPEE_WIRE = ("Varnika Drugs Q2 profit falls 18 pct\n\n"
              "Nov 9 (Reuters) - Varnika Drugs Ltd, an Indian drugmaker, posted an 18 percent fall in its second-quarter "
              "profit on Friday.\n\n"
              "Net profit was 4.12 billion rupees in the quarter ended Sept. 30, compared with 5.02 billion rupees a year "
              "earlier.\n\n"
              "Revenue from operations rose 6.4 percent to 31.8 billion rupees.")


def test_a_wire_results_story_in_billions_of_rupees_keeps_the_year_to_march(nlp):
    # no crore, no lakh, no results word but "second-quarter profit": the quarter to September is Q2 of the year to
    # March 2027, not the calendar Q3 (nor Q2) of 2026
    found = claims_of(nlp, RUPEE_WIRE, dt.date(2026, 11, 9))
    assert found["4.12 billion rupees"].period == "Q2 FY2027"
    assert found["5.02 billion rupees"].period == "Q2 FY2026"
    assert found["31.8 billion rupees"].period == "Q2 FY2027"


def test_sri_lanka_which_writes_rupees_keeps_calendar_years():
    assert load_words().crore_year_end("Colombo: Sri Lanka's exports rose to 410 billion rupees") == 12
