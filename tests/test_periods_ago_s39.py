"""Session 39: a change measured from two or more years back, written right after it ("rose 9.7 percent from a
decade ago"), is a change over that span of years when its sentence dates it no other way. Made-up sentences."""
from __future__ import annotations

import datetime as dt

from fixtures_claims import claims_reader

_claims = claims_reader(dt.date(2025, 11, 20))


def test_frame_period_a_change_from_a_decade_ago_spans_the_decade(nlp):
    text = "Census counts published\n\nThe population of Carvela rose 9.7 percent from a decade ago, the office said.\n"
    assert _claims(nlp, text)["9.7 percent"].period == "2015-2025"
    text = "Census counts published\n\nVisitor numbers have grown by 40% from five years ago.\n"
    assert _claims(nlp, text)["40%"].period == "2020-2025"


def test_frame_period_a_change_dated_by_its_sentence_or_a_year_back_keeps_its_year(nlp):
    text = "Calls rise\n\nThe fire service answered 4,310 calls last year, up about 40% from a decade ago.\n"
    assert _claims(nlp, text)["about 40%"].period == "2024"
    text = "Prices climb\n\nPrices in Carvela rose 4% in 2024 from a year earlier.\n"
    assert _claims(nlp, text)["4%"].period == "2024"


def test_frame_period_a_years_ago_phrase_of_another_figure_is_no_span(nlp):
    text = ("Alliance routed\n\nThe Alliance lost 9 of its 23 seats in the vote, while independents won five, one "
            "fewer than four years ago.\n")
    assert _claims(nlp, text)["9"].period != "2021-2025"
