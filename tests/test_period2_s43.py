"""Session 43, period (second round): when a figure is for, in shapes of real results, market and statistics copy.
Made-up names and figures; each test fails on the code before the change it names.

- a results story whose only fiscal words state a financial year ending in December ("net earnings ... for the
  financial year ended December 31, 2016") keeps its books on calendar years: its periods are calendar ones (2016),
  no FY label (frame.article._without_december_year_ends, in the model's calendar_books);
- "the just-ended quarter", "the most recent quarter" with no number is the latest quarter ended before publication,
  as "last quarter" is: of the fiscal year when the text gives its year end ("for the second quarter ended September
  2022", published in October: Q2 FY2023), never left as "latest quarter" (periods._relative_quarter);
- an index a price release names by its "of" phrase ("The index of cereals saw a minor rise to 125.9", "the index
  of industrial production") is a statistic's sub-index, as one named by "for" is, no market index moving on a day:
  it takes the release's month (frame.metric.index_for); an index "of" shares ("an index of 30 stocks") stays one;
- a market move followed, with no other figure between, by "in the previous session" (rules/frame.json
  previous_session_phrases) in a report of a day's trading is the trading day before's ("They ended down 3.2% in the
  previous session", published Wednesday: Tuesday), not the day reported (claims._previous_session).
"""
from __future__ import annotations

import datetime as dt

from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2017, 3, 20))


def test_a_financial_year_ended_in_december_is_the_calendar_year(nlp):
    text = ("Ten big lenders lift profit 8pc\n\n"
            "HARLOW: Ten big lenders registered a 8.2 per cent growth in net earnings to Sh41.5 billion for the "
            "financial year ended December 31, 2016.\n\n"
            "Harlen Bank saw its profit rise by 4.1 per cent to Sh9.2 billion.\n")
    claims = claims_of(nlp, text)
    for figure in ("8.2 per cent", "Sh41.5 billion", "4.1 per cent", "Sh9.2 billion"):
        assert claims[figure].period == "2016", figure


def test_the_just_ended_quarter_is_the_latest_quarter_ended(nlp):
    text = ("Harlow Telecom posts 40 percent jump in Q2 net profit\n\n"
            "Harlow Telecom on Monday posted a 40 percent rise in net profit for the second quarter ended September "
            "2022 to Rs. 1,145 crore.\n\n"
            "The total revenue rose 12 percent year on year to Rs. 14,527 crore during the just-ended quarter, "
            "according to a statement.\n")
    claims = claims_of(nlp, text, dt.date(2022, 10, 31))
    for figure in ("12 percent", "Rs. 14,527 crore"):
        assert claims[figure].period == "Q2 FY2023", figure


def test_an_index_of_a_price_release_takes_the_releases_month(nlp):
    text = ("March CPI inflation at 3.1%\n\n"
            "Consumer Price Index (CPI) inflation for the month of March stood at 3.1 percent.\n\n"
            "The index of 'grains and products' saw a minor rise to 125.9.\n\n"
            "The index of housing rose from 128.5 to 129.0.\n")
    claims = claims_of(nlp, text, dt.date(2019, 4, 12))
    for figure in ("125.9", "129.0"):
        assert claims[figure].period == "2019-03", figure


def test_a_move_in_the_previous_session_is_the_day_before(nlp):
    text = ("Oil prices turn up after steep falls\n\n"
            "Oil prices rose on Wednesday after steep falls in the previous session.\n\n"
            "Harlow crude futures were up 25c at $64.60, or 0.4%. They ended down 3.2% in the previous session.\n\n"
            "Kestrel crude futures were up 6c at $55.68, having fallen 1.1% in the previous session.\n")
    claims = claims_of(nlp, text, dt.date(2019, 7, 17))
    for figure in ("3.2%", "1.1%"):
        assert claims[figure].period == "2019-07-16", figure
    for figure in ("$64.60", "6c", "$55.68"):
        assert claims[figure].period == "2019-07-17", figure
