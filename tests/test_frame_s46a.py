"""Session 46 (frame audit, business and markets): a share's move in a results story dated by a time of that day
("this morning", "before 10am", "At 9.42 am") is of the day of trading, not of the half or the quarter the results
report (rules/frame.json trading_session_phrases; subject_mentions `_CLOCK_TIME`). Made-up text; a test of each
change fails on the code before it."""
from __future__ import annotations

import datetime as dt

import pytest

from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2024, 3, 12))  # a Tuesday

_RESULTS = ("Harlow Foods reported a 12 per cent rise in first-half profit to €41.2 million for the six months to "
            "January 31st.\n\nRevenue rose 8 per cent to €612 million.\n\n")


@pytest.mark.parametrize("sentence, figure", [
    ("Shares in Harlow Foods climbed 9 per cent in Cork trading this morning.", "9 per cent"),
    ("At 9.42 am, shares in the company were up 7 per cent to €2.35.", "€2.35"),
    ("Shares in the group were 6% higher before 10am.", "6%"),
    ("Shares in Harlow Foods were up 5 per cent at €2.31 as of 11.05AM.", "€2.31"),
])
def test_share_move_at_a_time_of_the_day_is_that_days(nlp, sentence, figure):
    found = claims_of(nlp, _RESULTS + sentence)
    assert found["€41.2 million"].period == "H1 FY2024"  # the results keep their half
    assert found[figure].metric == "share price"
    assert found[figure].period == "2024-03-12"


# A central bank of any name in a text that calls it the central bank: a measure of its country in its story
# (inflation) is the country's, not the bank's; the bank's own rates stay its own (subject_choice
# `_central_bank_measure`, rules/frame.json bank_name_words, target_prepositions).
@pytest.mark.parametrize("text, figure, subject", [
    ("Valdoria holds rates\n\nThe National Bank of Valdoria held its reference rate at 3.5% on Wednesday, in spite of "
     "inflation remaining above the central bank's target.\n\nIn February, the inflation rate jumped to 6.2%, its "
     "highest level since 2011.\n", "6.2%", "Valdoria"),
    ("Mexico's central bank announced Thursday it kept its key interest rate at 9.75%.\n\nThe Banco de Mexico last "
     "cut the rate in March.\n\nThe annual consumer inflation came in at 3.9% in August, according to the national "
     "statistics agency.\n", "3.9%", "Mexico"),
    ("Bangladesh Bank raised its repo rate to 8.25 per cent, its third hike this year, as the central bank battles "
     "high inflation.\n\nAnnual inflation slowed to 9.4 percent in May from 9.7 per cent in April.\n", "9.4 percent",
     "Bangladesh"),
    ("The Reserve Bank of New Zealand left its cash rate at 4.1 per cent on Tuesday.\n\nThe focus has been on underlying "
     "inflation, which has been easing but is still above target at 3.4 per cent.\n", "3.4 per cent", "New Zealand"),
])
def test_a_central_banks_story_measures_its_country_by_any_name(nlp, text, figure, subject):
    found = claims_of(nlp, text)
    assert found[figure].subject == subject


def test_a_central_banks_own_rate_stays_its_own(nlp):
    text = ("Valdoria holds rates\n\nThe National Bank of Valdoria held its reference rate at 3.5% on Wednesday, in "
            "spite of inflation remaining above the central bank's target.\n\nThe bank kept its inflation target at "
            "2.5%.\n")
    found = claims_of(nlp, text)
    assert found["3.5%"].subject == "National Bank of Valdoria"
    assert found["2.5%"].subject != "Valdoria"


# A share's move told in the plain past in a story of a deal struck that day is of the day of trading, not the
# month of the deal (subject_mentions `_plain_past_move`); one set against an earlier stretch by a past perfect is
# left alone.
def test_share_move_in_a_deal_story_is_that_days(nlp):
    text = ("Quaylight agrees to Harlen's $3.1bn offer\n\nQuaylight Systems on Thursday agreed to Harlen Corp's increased "
            "offer of $3.1 billion.\n\nThe revised deal for $84 per share in cash represents a premium of about 30% to "
            "Quaylight's last closing price on Wednesday.\n\nShares of Quaylight jumped 27.5%, while Harlen slipped "
            "0.8%.\n")
    found = claims_of(nlp, text)
    assert found["27.5%"].period == "2024-03-12"
    assert found["0.8%"].period == "2024-03-12"
    assert found["$3.1 billion"].period == "2024-03"  # the deal's terms keep its month
