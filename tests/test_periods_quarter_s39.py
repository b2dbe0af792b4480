"""Session 39: "in the quarter" written after a figure, in its own clause, is the quarter the story reports: a period a
later clause of the sentence names ("..., and for the year it expects ...") does not take it. Made-up sentences."""
from __future__ import annotations

import datetime as dt

from fixtures_claims import claims_reader

_claims = claims_reader(dt.date(2025, 7, 15))


def test_frame_period_in_the_quarter_after_a_figure_is_the_storys_quarter(nlp):
    text = ("Harlen Bank profit rises\n\nHarlen Bank said on Tuesday its second-quarter profit rose 11 percent to "
            "$4.9 billion.\n\nRevenue rose 7 percent to $22.8 billion in the quarter, and for the year it expects "
            "growth of 5%.\n")
    found = _claims(nlp, text)
    assert found["7 percent"].period == "Q2 2025"
    assert found["$22.8 billion"].period == "Q2 2025"
    assert found["5%"].period == "2025"  # the later clause keeps its own year


def test_metric_a_count_a_past_verb_acted_on_is_the_things_acted_on(nlp):
    # a flow in the period ("stores opened"), not the stock a verb of having counts
    text = ("Harwick results\n\nHarwick Stores opened 38 stores and hired 400 workers in the quarter.\n\n"
            "It closed 12 stores. Harwick has 1,860 stores.\n")
    found = _claims(nlp, text)
    assert found["38"].metric == "stores opened"
    assert found["400"].metric == "workers hired"
    assert found["12"].metric == "stores closed"
    assert found["1,860"].metric == "stores"
