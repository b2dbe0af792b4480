"""Verdicts met on real pages of many publishers (session 31). Sentences are invented for these tests in the shapes
real copy uses."""
from __future__ import annotations

import datetime as dt

import pytest

from test_frame_s27 import claims_of
from fixtures_claims import all_checked, checked_reader


def _all_checked(nlp, text, published):
    return all_checked(nlp, text, published)


_checked = checked_reader(dt.date(2024, 8, 30), claims_of)


def test_a_part_far_before_a_share_of_a_stated_whole_is_no_sure_part(nlp):
    # the 412 belongs to the first statement; the 71.5% is of the 905 shows of a year ago, its part unstated
    text = ("Cinemas fill up\n\nThe capital hosted fewer shows last week at 412, which had an average occupancy of "
            "48.3% and at this point last year, 71.5% of the 905 shows held were sold out.")
    found = _checked(nlp, text, dt.date(2019, 6, 24))
    assert found["71.5%"].verdict != "contradicted"


@pytest.mark.parametrize("share,verdict", [("about 15%", "supported"), ("about 40%", "contradicted")])
def test_a_part_right_before_a_share_of_a_stated_whole_still_decides(nlp, share, verdict):
    text = f"Job cuts\n\nThe miner cut 450 jobs, {share} of its 3,000 workers, the company said on Monday."
    found = _checked(nlp, text, dt.date(2019, 6, 24))
    assert found[share].verdict == verdict


def test_a_headline_change_is_supported_by_carried_levels_further_down(nlp):
    # the headline's change and the body's levels share the article's year, carried to both, and the old level
    # follows "from": support only
    text = ("Carrier records 30% fall in profits\n\nThe carrier blamed higher fuel costs for its weaker 2019 results. It said "
            "demand stayed firm across its network.\n\nThe airline's profit after tax was €1.12 billion, down "
            "from €1.60 billion in the prior year.")
    found = _checked(nlp, text, dt.date(2019, 5, 20))
    assert found["30%"].verdict == "supported"


@pytest.mark.parametrize("change,verdict", [("18 per cent", "supported"), ("40 per cent", "contradicted")])
def test_a_base_named_after_a_compared_cue_is_the_changes_earlier_level(nlp, change, verdict):
    # "against a net profit of" names the base after the cue, with words between the cue and its figure
    text = ("Lender lifts profit\n\nThe lender on Monday reported a " + change + " increase in net profit at "
            "Rs 5,900 crore for the quarter, against a net profit of Rs 5,000 crore in the same quarter last year.")
    found = _checked(nlp, text, dt.date(2023, 1, 16))
    assert found[change].verdict == verdict


def test_a_base_named_far_after_a_compared_cue(nlp):
    text = ("Carrier results\n\nThe carrier said revenue was up by 6% to €8.48 billion for the 12 month period "
            "against the previous year's revenue of €8.0 billion.")
    found = _checked(nlp, text, dt.date(2019, 5, 20))
    assert found["6%"].verdict == "supported"


@pytest.mark.parametrize("text,change", [
    ("Its net profit was Rs 9.45 crore, down 68% against Rs 29.60 crore a year earlier.", "68%"),
    ("Total income went up by 16.3% to Rs 2,699 crore as against Rs 2,320 crore in the year ago period.", "16.3%"),
    ("Profit stood at Rs 220.15 crore against Rs 144.07 crore in the same period last year, up by 52.8%.", "52.8%"),
])
def test_a_base_right_after_against_is_the_changes_earlier_level(nlp, text, change):
    found = _checked(nlp, "Results\n\n" + text, dt.date(2013, 7, 29))
    assert found[change].verdict == "supported"



def test_a_currency_against_the_dollar_is_no_base(nlp):
    text = ("Currencies\n\nThe euro, which traded at $1.1650 early in the session, rose 0.3% against the dollar at "
            "$1.1720 by the close.")
    found = _checked(nlp, text, dt.date(2018, 7, 9))
    assert found["0.3%"].verdict != "contradicted"


@pytest.mark.parametrize("text", [
    # the next sentence breaks the total down
    ("Employment fell 12,400 to 9,804,300, seasonally adjusted. Full-time employment rose 8,100 to 6,902,100 and "
     "part-time employment fell 20,500 to 2,902,200."),
    # after a colon
    ("Employment rose 5,300 to 9,811,000: full-time employment rose 12,000 to 6,900,000 and part-time employment "
     "fell 6,700 to 2,911,000."),
])
def test_a_total_broken_down_right_after_it_is_supported_by_its_parts(nlp, text):
    found = _checked(nlp, "Jobs report\n\nIn May the statistics office said so. " + text, dt.date(2016, 6, 16))
    totals = [c for c in found.values() if c.value in (12_400, 9_804_300, 5_300, 9_811_000)]
    assert len(totals) == 2 and all(c.verdict == "supported" for c in totals)


def test_parts_that_do_not_add_up_say_nothing_of_a_total(nlp):
    text = ("Jobs report\n\nIn May the statistics office said so. Employment fell 12,400 to 9,804,300. Full-time "
            "employment rose 8,100 to 6,902,100 and part-time employment fell 7,500 to 2,802,200.")
    found = _checked(nlp, text, dt.date(2016, 6, 16))
    assert found["12,400"].verdict == "unverifiable" and found["9,804,300"].verdict == "unverifiable"


@pytest.mark.parametrize("change,verdict", [("24.5%", "supported"), ("40%", "unverifiable")])
def test_a_change_between_levels_one_writing_the_scale_word_is_read_as_meant(nlp, change, verdict):
    # the writer drops the repeated "crore" on the second level: 1494 crore over 1,200 crore, never 1494 rupees
    text = ("Telecom results\n\nThe operator's revenue increased " + change + ", from Rs 1,200.00 crore in Q2FY09 "
            "to Rs 1494.00 in Q2FY10.")
    found = _checked(nlp, text, dt.date(2009, 10, 26))
    assert found[change].verdict == verdict


@pytest.mark.parametrize("headline,verdict", [("4.2 mln", "supported"), ("4.6 mln", "unverifiable")])
def test_a_round_level_restated_precisely_elsewhere_is_supported(nlp, headline, verdict):
    # the headline's round figure and the body's exact one, one measure and period: support only
    text = (f"Region's visitor numbers hit {headline} in 2017\n\nThe number of visitors to the region rose by 12.1 "
            "percent in 2017, reaching 4.18 million, the statistics agency said on Sunday.")
    found = _checked(nlp, text, dt.date(2018, 1, 14))
    assert found[headline].verdict == verdict


@pytest.mark.parametrize("total,verdict", [("2.45%", "supported"), ("2.6%", "unverifiable")])
def test_a_total_whose_sentence_lists_its_parts_after_includes(nlp, total, verdict):
    text = (f"Budget\n\nThe city expects a {total} property tax hike in 2019. That {total} rise includes 1% for road "
            "renewal, 1% for regional roads and 0.45% for rapid transit.")
    checked = [c for c in _all_checked(nlp, text, dt.date(2018, 11, 20)) if c.text == total]
    assert checked[-1].verdict == verdict


def test_a_parts_own_parts_are_not_added_to_the_total_again(nlp):
    text = ("Tax take\n\nThe gross revenue collected in the month of March 2022 is Rs 1,000 crore of which CGST is Rs 200 "
            "crore, SGST is Rs 250 crore, IGST is Rs 480 crore (including Rs 230 crore collected on imports) and cess "
            "is Rs 70 crore.")
    checked = [c for c in _all_checked(nlp, text, dt.date(2022, 4, 1)) if c.text == "Rs 1,000 crore"]
    assert checked[0].verdict == "supported"


def test_a_count_distributed_to_places_is_the_sum_of_its_parts(nlp):
    text = ("Outbreak\n\nThe ministry said on Wednesday that the total number of confirmed cases rose to 412 distributed "
            "to 250 in the north, 97 in the east, 40 in the capital and 25 in the south.")
    checked = [c for c in _all_checked(nlp, text, dt.date(2022, 10, 19)) if c.text == "412"]
    assert checked[0].verdict == "supported"
