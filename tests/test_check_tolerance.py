"""Tolerance from the claim's stated precision and hedges, and the comparison with an expected value."""
from __future__ import annotations

import pytest
from fixtures_check import claim

from claimx.check.tolerance import BOUND, HEDGE, MARGIN, WORDS, fmt, judge, stated_step, tolerance_for


@pytest.mark.parametrize("text,value,unit,step", [
    ("$716.9 billion", 716.9e9, "USD", 0.05e9),
    ("$713.2bn", 713.2e9, "USD", 0.05e9),
    ("4,600", 4600, "count", 50),
    ("27%", 27, "percent", 0.5),
    ("2.73", 2.73, "USD", 0.005),
    ("$4 billion", 4e9, "USD", 0.5e9),
    ("1,180", 1180, "count", 5),
    ("a quarter", 0.25, "ratio", None),
    ("hundreds of millions", 1e8, "count", None),
])
def test_check_tolerance_stated_step_is_half_the_last_digit(text: str, value: float, unit: str, step) -> None:
    assert stated_step(claim(text, value, unit)) == (pytest.approx(step) if step else None)


@pytest.mark.parametrize("text,value,qualifier,relative", [
    ("$716.9 billion", 716.9e9, "exact", 0.05 / 716.9 + MARGIN),
    ("$716.9 billion", 716.9e9, "approximate", 0.05 / 716.9 + HEDGE + MARGIN),
    ("a quarter", 0.25, "approximate", WORDS + HEDGE + MARGIN),
    ("25.3%", 25.3, "exact", 0.05 / 25.3 + MARGIN),
])
def test_check_tolerance_follows_precision_and_hedge(text: str, value: float, qualifier: str, relative: float) -> None:
    assert tolerance_for(claim(text, value, "ratio", qualifier=qualifier)).relative == pytest.approx(relative)


def test_check_tolerance_roughly_a_quarter_allows_more_than_a_precise_percentage() -> None:
    rough = claim("roughly a quarter", 0.25, "ratio", qualifier="approximate")
    precise = claim("25.3%", 25.3, "percent")
    assert judge(rough, 0.229).verdict == "supported"
    assert judge(precise, 22.9).verdict == "contradicted"


@pytest.mark.parametrize("fields,expected,verdict", [
    ({"text": "$716.9 billion", "value": 716.9e9}, 716.924e9, "supported"),
    ({"text": "$716.9 billion", "value": 716.9e9}, 713.16e9, "contradicted"),
    ({"text": "more than $2 billion", "value": 2e9, "qualifier": "lower_bound", "lower": 2e9}, 3.5e9, "supported"),
    ({"text": "more than $2 billion", "value": 2e9, "qualifier": "lower_bound", "lower": 2e9}, 68e9, "unverifiable"),
    ({"text": "more than $2 billion", "value": 2e9, "qualifier": "lower_bound", "lower": 2e9}, 1.99e9, "supported"),
    ({"text": "more than $2 billion", "value": 2e9, "qualifier": "lower_bound", "lower": 2e9}, 1.9e9, "contradicted"),
    ({"text": "just under $4 billion", "value": 4e9, "qualifier": "upper_bound", "upper": 4e9}, 3.764e9, "supported"),
    ({"text": "just under $4 billion", "value": 4e9, "qualifier": "upper_bound", "upper": 4e9}, 4.3e9, "contradicted"),
    ({"text": "hundreds of millions", "value": 1e8, "qualifier": "range", "lower": 1e8, "upper": 1e9}, 3e8, "supported"),
    ({"text": "hundreds of millions", "value": 1e8, "qualifier": "range", "lower": 1e8, "upper": 1e9}, 2e9, "contradicted"),
])
def test_check_tolerance_judge_honours_qualifier_and_bounds(fields: dict, expected: float, verdict: str) -> None:
    assert judge(claim(unit="USD", **fields), expected).verdict == verdict


def test_check_tolerance_bounds_report_how_far_outside() -> None:
    judgement = judge(claim("more than $2 billion", 2e9, qualifier="lower_bound", lower=2e9), 1.5e9)
    assert judgement.deviation == pytest.approx(0.5e9 / 1.5e9)
    assert judgement.tolerance == pytest.approx(2e9 * BOUND / 1.5e9)
    assert "at least 2e9" in judgement.reason


def test_check_tolerance_slack_widens_the_allowance() -> None:
    gap = claim("$3.7 billion", 3.7e9)
    assert judge(gap, 3.6e9).verdict == "contradicted"
    assert judge(gap, 3.6e9, slack=0.1e9, slack_reason="inputs rounded").verdict == "supported"


@pytest.mark.parametrize("value,text", [(172162000000, "172.162e9"), (0.24014, "0.2401"), (4600, "4,600"),
                                        (2.73, "2.73"), (-77.25, "-77.25")])
def test_check_tolerance_fmt(value: float, text: str) -> None:
    assert fmt(value) == text


@pytest.mark.parametrize("text,value,qualifier,expected,verdict", [
    ("4,600", 4600, "lower_bound", 4700, "supported"),
    ("4,600", 4600, "lower_bound", 300e6, "unverifiable"),  # far beyond "more than 4,600": something else
    ("4,600", 4600, "lower_bound", 4000, "contradicted"),
    ("$500 million", 500e6, "upper_bound", 450e6, "supported"),
    ("$500 million", 500e6, "upper_bound", 1.85, "unverifiable"),
    ("multibillion-dollar", 2e9, "lower_bound", 68e9, "supported"),  # a bound in words names only a magnitude
])
def test_check_tolerance_figure_far_inside_a_written_bound_says_nothing(text: str, value: float, qualifier: str,
                                                                       expected: float, verdict: str) -> None:
    bound = {"lower": value} if qualifier == "lower_bound" else {"upper": value}
    assert judge(claim(text, value, "USD", qualifier=qualifier, **bound), expected).verdict == verdict


@pytest.mark.parametrize("text,number", [
    ("$1,204.5 billion", ("1204", "5")), ("4,600", ("4600", "")), ("27%", ("27", "")), ("12,34", ("12", "")),
    ("1,2345", ("1234", "")), ("12345,678", ("12345", "")), ("about 5.", ("5", "")), ("two-thirds", None),
])
def test_check_tolerance_written_number_read_without_patterns(text: str, number) -> None:
    from claimx.check.tolerance import written_number
    assert written_number(text) == number


@pytest.mark.parametrize("text,value,unit,step", [
    ("10%", 10, "percent", 0.5),
    ("4,600", 4600, "count", 0.5),
    ("$14m", 14e6, "USD", 0.5e6),
    ("27.25%", 27.25, "percent", 0.005),
    ("a quarter", 0.25, "ratio", None),
])
def test_check_tolerance_stated_step_counts_trailing_zeros_when_asked(text: str, value: float, unit: str, step) -> None:
    """A pairing no wording links to a figure reads a round number's trailing zeros as written digits ("10%" to
    ±0.5, not ±5), so `_close_to_written` shares `stated_step` instead of keeping a copy of it."""
    assert stated_step(claim(text, value, unit), zeros_count=True) == (pytest.approx(step) if step else None)
