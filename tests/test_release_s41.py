"""Session 41: periods of statistics releases. Made-up country and figures; the test fails on the code before the
change.

- the old side of a monthly release's rate written with no period of its own ("Core inflation rose to 3.5% from
  3.3%") is the reading of the month before the release's month (frame.period.previous_of, monthly_rate), not
  no period at all; a month's count or sum keeps no guessed period.
"""
from __future__ import annotations

import datetime as dt

from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2024, 12, 18))


def test_a_monthly_rates_old_side_is_the_month_before(nlp):
    text = ("Valdoria inflation rises to 2.6% in November\n\nValdoria's inflation rose for a second month in a row in "
            "November, to 2.6%, official figures show.\n\nCore inflation, which excludes energy and food, rose to 3.5% "
            "from 3.3%.\n")
    claims = claims_of(nlp, text)
    assert claims["3.5%"].period == "2024-11"
    assert claims["3.3%"].period == "2024-10"
