"""Session 44: when a figure is for, in shapes of real budget, results and market copy. Made-up names and figures;
each test fails on the code before the change it names.

- a government budget story that writes its fiscal years only with both years ("3.2 per cent of GDP in 2026-27")
  labels the years it names without figures ("the current year", "the last financial year", "for this year") the same
  way, 2025-26 and 2024-25, not FY2026 (frame.article._years_only_two_way, ArticleModel.two_year_only, as_written).
"""
from __future__ import annotations

import datetime as dt

from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2025, 12, 10))


def test_years_named_without_figures_take_the_two_year_form_the_text_writes(nlp):
    text = ("Finance minister holds to deficit goal\n\n"
            "The finance minister kept the deficit road map, which pegs the fiscal deficit at 3.2 per cent of GDP in "
            "2026-27 and 3 per cent in 2027-28.\n\n"
            "He said the fiscal deficit would be cut to 3.7 per cent of GDP in the current year.\n\n"
            "In the last financial year, the deficit came in at 4.1 per cent of GDP.\n\n"
            "For this year, tax receipts are pegged at Rs 4,12,300 crore.\n")
    claims = claims_of(nlp, text)
    assert claims["3.2 per cent"].period == "2026-27"
    assert claims["3.7 per cent"].period == "2025-26"
    assert claims["4.1 per cent"].period == "2024-25"
    assert claims["Rs 4,12,300 crore"].period == "2025-26"
