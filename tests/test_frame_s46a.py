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
