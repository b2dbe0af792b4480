"""Who a figure is about, on the full pipeline: rules found by reading claimx's output on real copy
(the sentences here are invented, in the same shapes)."""
from __future__ import annotations

import pytest

from claimx.pipeline import doc_claims
from claimx.records import Article


def claims_of(nlp, text):
    return doc_claims(nlp(text), Article(id="t", text=text))


def subject_of(nlp, text, figure):
    found = [c for c in claims_of(nlp, text) if c.text == figure]
    assert found, [c.text for c in claims_of(nlp, text)]
    return found[0].subject


LIST = ("Worst hospital trusts for waiting times named\n\n"
        "Patients at Brackenford General waited longest last month. It was followed by Tulloch Vale "
        "Hospitals NHS Trust (44 per cent), Ormsby Community Health Trust (41 per cent) and Fenmore "
        "Infirmary (39 per cent).")


@pytest.mark.parametrize("figure,subject", [
    ("44 per cent", "Tulloch Vale Hospitals NHS Trust"),
    ("41 per cent", "Ormsby Community Health Trust"),
    ("39 per cent", "Fenmore Infirmary"),
])
def test_a_figure_in_brackets_after_a_name_is_that_names(nlp, figure, subject):
    assert subject_of(nlp, LIST, figure) == subject


def test_a_bracketed_move_after_a_name_in_a_market_list(nlp):
    text = ("Shares slide in Harrowgate\n\nThe biggest fallers were Quenby Mutual (down 5.8%) and "
            "Larchmont Holdings (-3.6%), while the wider market was flat.")
    assert subject_of(nlp, text, "5.8%") == "Quenby Mutual"
    assert subject_of(nlp, text, "-3.6%") == "Larchmont Holdings"


def test_a_conversion_in_brackets_is_not_owned_by_the_figure_before(nlp):
    text = ("Tarnwell Foods lifts profit\n\nTarnwell Foods earned 8.2 billion yuan (US$1.1 billion) in "
            "the year, the grocer said.")
    assert subject_of(nlp, text, "US$1.1 billion") == "Tarnwell Foods"
