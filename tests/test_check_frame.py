"""The checker reads the claim's frame: its period decides what may contradict, its status keeps
forecasts, estimates and market figures away from reported ones, its offsets place a figure that is
written twice in one sentence."""
from __future__ import annotations

import datetime as dt

from fixtures_check import PACK, claim

from claimx.check import check_claims
from claimx.check.context import sentence_position
from claimx.records import Frame, PeriodFrame
from claimx.reference import load_pack

pack = load_pack(PACK)
PUBLISHED = dt.date(2025, 6, 15)
SENTENCE = "Halvorsen's revenue was $3.5 billion."


def framed(period: str | None, reason: str, status: str = "reported", **fields) -> object:
    frame = Frame(sentence_start=0, sentence_end=len(SENTENCE), status=status,
                  period=PeriodFrame(value=period, reason=reason))
    return claim("$3.5 billion", 3.5e9, subject="Halvorsen", metric="revenue", period=period, sentence=SENTENCE,
                 start=SENTENCE.index("$3.5 billion"), frame=frame, **fields)


def test_check_frame_written_period_contradicts():
    [checked] = check_claims([framed("FY2025", "in the sentence")], pack, published=PUBLISHED)
    assert checked.verdict == "contradicted"  # the pack: $2.7 billion for FY2025


def test_check_frame_period_carried_from_a_calendar_paragraph_may_not_contradict():
    [checked] = check_claims([framed("2025", "paragraph")], pack, published=PUBLISHED)
    assert checked.verdict != "contradicted"


def test_check_frame_no_period_is_never_pinned():
    [checked] = check_claims([framed(None, "none")], pack, published=PUBLISHED)
    assert checked.verdict != "contradicted"


def test_check_frame_estimates_and_market_figures_are_not_compared_with_reported_ones():
    for status in ("estimate", "market"):
        [checked] = check_claims([framed("FY2025", "in the sentence", status=status)], pack, published=PUBLISHED)
        assert checked.verdict == "unverifiable", status
        assert "not compared with reported figures" in checked.evidence.note


def test_check_frame_forecast_is_not_compared_with_an_ended_period():
    [checked] = check_claims([framed("FY2025", "in the sentence", status="forecast")], pack, published=PUBLISHED)
    assert checked.verdict == "unverifiable"
    assert checked.evidence.note == "a forecast is not compared with reported figures"


def test_check_frame_repeated_value_is_placed_by_offsets():
    sentence = "Rail revenue rose 20% to $1.08 billion and road revenue rose 20% to $1.62 billion."
    second = sentence.index("20%", sentence.index("road"))
    frame = Frame(sentence_start=100, sentence_end=100 + len(sentence))
    later = claim("20%", 20, "percent", sentence=sentence, start=100 + second, frame=frame, direction="up")
    assert sentence_position(later) == second
    frameless = claim("20%", 20, "percent", sentence=sentence, start=100 + second, direction="up")
    assert sentence_position(frameless) == sentence.index("20%")  # without offsets the first is taken
