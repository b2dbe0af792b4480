"""Periods counted back from the publication date when the claim has none of its own (claimx.frame.period,
`ago_from_publication`). Sentences are invented for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from fixtures_claims import claims_reader


claims_of = claims_reader(dt.date(2025, 10, 15))


@pytest.mark.parametrize("text,periods", [
    # with no period carried, "N years ago" counts back from the publication date (2025-10-15); the figures of an
    # election article with no period of its own are of the vote's month, the month of publication (since session
    # 39), and an earlier vote counted back from it is that month years back
    ("Election count\n\nTurnout was 31%, against 35% two years ago.", {"31%": "2025-10", "35%": "2023-10"}),
    ("Election count\n\nThe party took 36.8% of the vote, up from 29.5% four years ago.",
     {"36.8%": "2025-10", "29.5%": "2021-10"}),
    ("Count\n\nThe party took 36.8% of the vote, up from 29.5% four years ago.", {"36.8%": None, "29.5%": "2021"}),
    # a period to count back from keeps it relative: the same quarter, not the publication year
    ("Harwick results\n\nIn the third quarter of 2024, revenue was $2.1 billion, up from $1.9 billion a year ago.",
     {"$1.9 billion": "Q3 2023"}),
])
def test_years_ago_with_nothing_carried_counts_from_publication(nlp, text, periods):
    found = claims_of(nlp, text)
    assert {figure: found[figure].period for figure in periods} == periods
