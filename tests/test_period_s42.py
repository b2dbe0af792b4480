"""Session 42: when a figure is for, in shapes of real wire, market and statistics copy. Made-up names and figures;
each test fails on the code before the change it names.

- a market report whose first sentence names only a day to come ("Markets will be shut for trading on Thursday", a
  word of rules/frame.json future_words in the day's clause) dates its figures by the day of trading the next
  sentence of its lead names, not by the last such weekday before publication (article._day_named, _later_day);
  a weekday opening its sentence before a comma ("On Wednesday, the Varex index ended ...") dates every clause of it
  (period._opening_day).
"""
from __future__ import annotations

import datetime as dt

from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2021, 3, 17))


def test_a_market_shut_on_a_day_to_come_dates_its_figures_by_the_day_traded(nlp):
    text = ("Markets closed for holiday\n\n"
            "MUMBAI: Share, commodity and currency markets will be shut for trading on Thursday on account of a "
            "public holiday. Trading resumes on Friday.\n\n"
            "On Wednesday, the benchmark Varex index ended 120.50 points lower at 31,204.10, while the broader Tolmex "
            "index was down 0.4 per cent at 9,102.\n\n"
            "The Harlow Industrial Average lost 36.08 points, or 0.13 per cent, to close at 28,515.45.\n")
    claims = claims_of(nlp, text)
    assert claims["31,204.10"].period == "2021-03-17"
    assert claims["9,102"].period == "2021-03-17"
    assert claims["28,515.45"].period == "2021-03-17"

