"""Session 36 (left): four misreadings seen on real pages of several publishers. Sentences are invented for these
tests, in the shapes real pages write.

1. A gapped list's later items are measured by their own noun ("robbery by 1 per cent" after "Burglary rose by 3
   per cent"), not the list's first (frame/metric.py gapped_item, used by the claims component).
"""
from __future__ import annotations

import datetime as dt

import pytest

from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2025, 10, 23))


@pytest.mark.parametrize("sentence,first,figures", [
    ("Fraud in Harrowgate rose by 7 per cent, robbery by 2 per cent and cycle theft by 9 per cent.",
     "fraud", {"2 per cent": "robbery", "9 per cent": "cycle theft"}),
    ("In the third quarter, household spending in Norland grew 0.4% and business investment 1.1%.",
     "household", {"1.1%": "business investment"}),
    ("Arson in the county fell by 12 per cent; vandalism by 5 per cent.",
     "arson", {"5 per cent": "vandalism"}),
])
def test_a_gapped_item_is_measured_by_its_own_noun(nlp, sentence, first, figures):
    found = claims_of(nlp, "Crime and spending figures\n\n" + sentence + "\n")
    for figure, noun in figures.items():
        metric = found[figure].metric or ""
        assert noun in metric.lower(), (figure, metric)
        assert first not in metric.lower(), (figure, metric)


def test_a_gapped_item_named_by_a_place_keeps_the_list_measure(nlp):
    # "Westerleigh 3.8 per cent": a name is who or where, the list's measure stands
    found = claims_of(nlp, "Prices\n\nHouse prices in Harrowby rose by 5.1 per cent, and in Westerleigh by 3.8 per cent.\n")
    assert "price" in (found["3.8 per cent"].metric or "").lower()
    found = claims_of(nlp, "Output\n\nFactory output rose 3.1 per cent over the year and 0.4 per cent on the month.\n")
    assert "output" in (found["0.4 per cent"].metric or "").lower()
