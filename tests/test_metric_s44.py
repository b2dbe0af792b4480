"""Session 44: what a figure measures, in shapes of real statistics, weather and fact-box copy. Made-up names and
figures; each test fails on the code before the change it names.

- a container noun with words that only say which figure it is ("The equivalent figures for Tarlow were 98mm and
  140%", "The comparable figure for the Dunmore line was 3.1 million", "Daily totals ... varied between 41mm and
  3mm", "The largest total was 167 hours") names no measure: it measures what the sentence's figure of its unit
  before measured (for a percentage with none, what the share of the sentence before was of), else what a figure of
  its unit measured last in the paragraph or the one before (claims._bare_container, _which_figure; rules/frame.json
  `container_modifiers`).
"""
from __future__ import annotations

import datetime as dt

from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2025, 8, 2))


def test_a_container_saying_which_figure_measures_the_figure_before(nlp):
    text = ("Wet July for the north\n\n"
            "Average rainfall over Norland was 132mm in July, 151% of the long-term average.\n\n"
            "The equivalent figures for Tarlow were 98mm and 140% of the normal amount, and for Brackley 87mm and 121%.\n\n"
            "Daily totals at weather stations varied between 41mm at Ormsby and 3mm at Kelby.\n\n"
            "Average sunshine over Norland was 141 hours, a mere 71% of the average. The equivalent figures for Tarlow "
            "were 128 hours and 68%.\n\n"
            "The largest total in the region was 172 hours at Wenmouth.\n")
    claims = claims_of(nlp, text)
    for figure in ("98mm", "87mm", "41mm", "3mm"):
        assert claims[figure].metric.lower() == "average rainfall", figure
    assert claims["121%"].metric == claims["140%"].metric == "share of normal amount"
    for figure in ("128 hours", "172 hours"):
        assert claims[figure].metric.lower() == "average sunshine", figure
    assert claims["68%"].metric == "share of average"


def test_a_comparable_figure_measures_the_figure_before(nlp):
    text = ("Harlow rail use climbs\n\n"
            "Passenger journeys on the Harlow line reached 4.2 million in 2024. The comparable figure for the Dunmore "
            "line was 3.1 million.\n")
    claims = claims_of(nlp, text)
    assert claims["3.1 million"].metric == "Passenger journeys"
