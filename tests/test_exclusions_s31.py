"""Session 31 look-alikes of figures (claimx.grammar.exclusions): years with a one-digit end and clock times with a
zone of the lexicon. Sentences are invented for these tests."""
from __future__ import annotations

import pytest

from fixtures_claims import quantities_by_text

from claimx.lexicon import load_lexicon


_claims = quantities_by_text


def test_time_zones_are_rule_data():
    assert {"GMT", "SAST", "AEDT", "PST"} <= set(load_lexicon()["time_zones"])


@pytest.mark.parametrize("text", [
    "The survey followed 5,210 pupils who sat their exams in the years 2007-9.",
    "Rainfall was measured over the winters of 1998-9 and 2003-4.",
])
def test_a_span_of_years_with_a_one_digit_end_is_no_figure(nlp, text):
    assert not {w for w in _claims(nlp, text) if w.strip() in ("9", "4")}


@pytest.mark.parametrize("text", [
    "The polls closed at 7:30:00 IST and counting began an hour later.",
    "Trading resumed at 4:30 p.m. ET with 12 stocks halted.",
])
def test_a_clock_time_with_a_zone_is_no_figure(nlp, text):
    assert not {w for w in _claims(nlp, text) if ":" in w}


def test_a_four_digit_figure_before_a_unit_that_looks_like_a_zone_stays_a_figure(nlp):
    # "MT" (metric tonnes) is no zone of a 24-hour clock: "1200 MT of wheat" is a quantity
    assert any("1200" in w for w in _claims(nlp, "The mill bought 1200 MT of wheat from the port."))
