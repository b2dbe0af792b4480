"""Verdicts met on real pages of many publishers (session 31). Sentences are invented for these tests in the shapes
real copy uses."""
from __future__ import annotations

import datetime as dt

import pytest

from test_frame_s27 import claims_of


def _checked(nlp, text, published=dt.date(2024, 8, 30), pack=None):
    from claimx.check.checker import check_claims

    claims = list(claims_of(nlp, text, published).values())
    return {c.text: c for c in check_claims(claims, pack, published=published)}


def test_a_part_far_before_a_share_of_a_stated_whole_is_no_sure_part(nlp):
    # the 412 belongs to the first statement; the 71.5% is of the 905 shows of a year ago, its part unstated
    text = ("Cinemas fill up\n\nThe capital hosted fewer shows last week at 412, which had an average occupancy of "
            "48.3% and at this point last year, 71.5% of the 905 shows held were sold out.")
    found = _checked(nlp, text, dt.date(2019, 6, 24))
    assert found["71.5%"].verdict != "contradicted"


@pytest.mark.parametrize("share,verdict", [("about 15%", "supported"), ("about 40%", "contradicted")])
def test_a_part_right_before_a_share_of_a_stated_whole_still_decides(nlp, share, verdict):
    text = f"Job cuts\n\nThe miner cut 450 jobs, {share} of its 3,000 workers, the company said on Monday."
    found = _checked(nlp, text, dt.date(2019, 6, 24))
    assert found[share].verdict == verdict


def test_a_headline_change_is_supported_by_carried_levels_further_down(nlp):
    # the headline's change and the body's levels share the article's year, carried to both, and the old level
    # follows "from": support only
    text = ("Carrier records 30% fall in profits\n\nThe carrier blamed higher fuel costs for its weaker 2019 results. It said "
            "demand stayed firm across its network.\n\nThe airline's profit after tax was €1.12 billion, down "
            "from €1.60 billion in the prior year.")
    found = _checked(nlp, text, dt.date(2019, 5, 20))
    assert found["30%"].verdict == "supported"
