"""Readings and caveats from the claim's sentence: what the pipeline's plain words may have missed."""
from __future__ import annotations

import datetime as dt

import pytest
from fixtures_check import PACK, PUBLISHED, claim

from claimx.check.context import (caveats, describes_change, earlier_readings, is_earlier_figure,
                                  metric_readings, subject_caveats)
from claimx.check.direct import check_direct
from claimx.reference import load_pack

pack = load_pack(PACK)
FY2025 = next(f for f in pack.facts_for("halvorsen", "revenue") if f.period == "FY2025")


@pytest.mark.parametrize("sentence,text,earlier", [
    ("Revenue reached $2.7 billion, up from $2.4 billion a year earlier.", "$2.4 billion", True),
    ("Revenue reached $2.7 billion, up from $2.4 billion a year earlier.", "$2.7 billion", False),
    ("Revenue was $2.4 billion a year earlier.", "$2.4 billion", True),
    ("Operating profit climbed to $324 million from $290 million.", "$290 million", True),
])
def test_check_context_earlier_figure_of_a_change(sentence: str, text: str, earlier: bool) -> None:
    assert is_earlier_figure(claim(text, 1.0, sentence=sentence)) is earlier


def test_check_context_earlier_figure_reads_as_the_previous_period() -> None:
    stated = claim("$2.4 billion", 2.4e9, subject="Halvorsen", metric="revenue", period="FY2025",
                   sentence="Revenue reached $2.7 billion, up from $2.4 billion a year earlier.")
    assert [f.period for f in earlier_readings(pack.facts_for("halvorsen", "revenue"), [FY2025], stated)] == ["FY2024"]
    assert check_direct(stated, pack, PUBLISHED).evidence.computation == "halvorsen revenue FY2024 = 2.4e9 USD"


def test_check_context_measure_spelled_out_in_the_sentence() -> None:
    profit = claim("$324 million", 324e6, subject="Halvorsen", metric="profit", period="FY2025",
                   sentence="Operating profit climbed to $324 million.")
    assert metric_readings(pack, profit, "halvorsen") == ["operating_income"]
    assert check_direct(profit, pack, PUBLISHED).verdict == "supported"


@pytest.mark.parametrize("fields,published,reason", [
    ({"metric": None}, PUBLISHED, "the claim names no measure; the pack's measure was inferred from its unit"),
    ({"metric": "revenue", "sentence": "Brightwater made $2 billion per route."}, PUBLISHED,
     "the sentence states a rate ('per ...'), not a total"),
    ({"metric": "revenue", "sentence": "Brightwater plans revenue of $2 billion."}, dt.date(2025, 6, 1),
     "the sentence speaks of a plan, but the pack's figure is for a period already ended"),
])
def test_check_context_caveats_hold_back_a_contradiction(fields: dict, published, reason: str) -> None:
    stated = claim("$2 billion", 2e9, subject="Brightwater", **fields)
    assert caveats(stated, FY2025, published) == [reason]
    assert check_direct(stated, pack, published).verdict == "unverifiable"


def test_check_context_no_caveat_for_a_plain_statement() -> None:
    assert caveats(claim("$2 billion", 2e9, subject="Halvorsen", metric="revenue"), FY2025, PUBLISHED) == []


def test_check_context_a_change_is_not_compared_with_a_level() -> None:
    rise = claim("$300 million", 300e6, subject="Halvorsen", metric="revenue", direction="up")
    assert not describes_change(pack, "revenue") and describes_change(pack, "on_time_rate")
    assert check_direct(rise, pack, PUBLISHED) is None


def test_check_context_segment_named_only_in_the_sentence() -> None:
    rate = claim("91.5%", 91.5, "percent", subject="Halvorsen", metric="on-time rate",
                 sentence="On the rail freight network, 91.5% of trains ran on time.")
    found = check_direct(rate, pack, PUBLISHED)
    assert (found.verdict, found.evidence.reference[0].entity) == ("supported", "halvorsen-rail")


def test_check_context_earlier_figure_years_back() -> None:
    stated = claim("$1 billion", 1e9, subject="Halvorsen", metric="revenue", period="FY2025",
                   sentence="Revenue has grown to $2.7 billion from $1 billion twenty years ago.")
    assert [f.period for f in earlier_readings(pack.facts_for("halvorsen", "revenue"), [FY2025], stated)] == ["FY2005"]


@pytest.mark.parametrize("sentence,held,verdict", [
    ("Its revenue rose to $2 billion, and the division now has 900 staff.", True, "unverifiable"),
    # the part is named: not "unnamed", but the company's figure no longer contradicts a figure its sentence gives
    # the part (session 38: "Walmart's Sam's Club sales climbed 2.9% in the holiday quarter")
    ("Halvorsen Rail's revenue rose to $2 billion, and the division now has 900 staff.", False, "unverifiable"),
    ("Its revenue rose to $2 billion.", False, "contradicted"),
])
def test_check_context_subject_carried_over_to_an_unnamed_part(sentence: str, held: bool, verdict: str) -> None:
    stated = claim("$2 billion", 2e9, subject="Halvorsen", metric="revenue", period="FY2025", sentence=sentence)
    assert any("without naming it" in reason for reason in subject_caveats(pack, stated, "halvorsen")) is held
    assert check_direct(stated, pack, PUBLISHED).verdict == verdict


@pytest.mark.parametrize("period,verdict", [
    ("FY2025", "supported"),      # the frame took the period written right after the figure
    ("FY2024", "contradicted"),   # a frame that took the other one is trusted: the sentence is not re-read
])
def test_check_context_period_is_the_frames_not_reread(period: str, verdict: str) -> None:
    sentence = "Revenue grew from $2.4 billion in fiscal 2024 to $2.7 billion in fiscal 2025."
    stated = claim("$2.7 billion", 2.7e9, subject="Halvorsen", metric="revenue", period=period, sentence=sentence)
    assert check_direct(stated, pack, PUBLISHED).verdict == verdict
