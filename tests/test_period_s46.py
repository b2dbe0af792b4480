"""Session 46: a market report whose headline and first sentence name no budget is no budget story because a
later sentence of its lead mentions one (frame.article.build): its figures are of the day's trading, not of the
government's budget year. Made-up text; the first test fails on the code before the change."""
from __future__ import annotations

import datetime as dt

from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2017, 10, 27))  # a Friday

WRAP = ("Market wrap: Kestrel index ends week higher as banks recover\n\n"
        "The Kestrel all share closed slightly firmer on Friday after a day of choppy trade as the rand recovered some "
        "ground against the dollar.\n\n"
        "The rand ended the week 2.1% weaker as the market reacted to the finance minister's medium-term budget "
        "policy statement on Wednesday.\n\n"
        "The all share closed 0.31% higher at 61,204 points and the top 40 added 0.28%.\n")


def test_a_market_report_that_mentions_a_budget_later_is_of_the_trading_day(nlp):
    found = claims_of(nlp, WRAP)
    assert {found[t].period for t in ("0.31%", "61,204 points", "0.28%")} == {"2017-10-27"}


def test_a_budget_story_keeps_its_budget_year(nlp):
    text = ("Finance minister's budget raises spending\n\nThe finance minister's medium-term budget policy statement "
            "raised spending by 4.1% and left the deficit at 4.3% of GDP.\n")
    found = claims_of(nlp, text)
    assert found["4.1%"].period != "2017-10-27"
