"""Session 43, period (second round): when a figure is for, in shapes of real results, market and statistics copy.
Made-up names and figures; each test fails on the code before the change it names.

- a results story whose only fiscal words state a financial year ending in December ("net earnings ... for the
  financial year ended December 31, 2016") keeps its books on calendar years: its periods are calendar ones (2016),
  no FY label (frame.article._without_december_year_ends, in the model's calendar_books).
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

