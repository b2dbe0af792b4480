"""Session 41: city budget copy. Made-up town and figures; the test fails on the code before the change.

- "FY" left before a measure when its year is read as the period ("the FY 2025-26's tax rate") is no word of the
  measure (frame.metric.metric_of).
"""
from __future__ import annotations

import datetime as dt

from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2025, 9, 20))


def test_fy_before_a_measure_is_no_word_of_it(nlp):
    text = ("Harlow Springs adopts $30.4M budget, ratifies lower tax rate\n\nCouncil also ratified the FY 2025-26's tax rate at $0.1778 per $100 "
            "in taxable property value.\n")
    claims = claims_of(nlp, text)
    assert claims["$0.1778"].metric == "tax rate"
    assert claims["$0.1778"].period == "2025-26"
