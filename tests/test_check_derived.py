"""Derived rule: a ratio the pack keeps as its two parts, named in rules/check.json ("derived")."""
from __future__ import annotations

import json

import pytest
from fixtures_check import PACK, PUBLISHED, claim

from claimx.check import check_claims
from claimx.check.derived import check_derived, ratio_named
from claimx.check.words import parse
from claimx.lexicon import models_dir
from claimx.reference import load_pack

pack = load_pack(PACK)  # Halvorsen FY2025: operating income $324 million, revenue $2.7 billion (12%)


def margin(written: str, value: float, metric: str, **fields):
    sentence = f"Halvorsen reported an {metric} of {written} for fiscal 2025."
    return claim(written, value, "percent", subject="Halvorsen", metric=metric, period="FY2025", sentence=sentence,
                 start=sentence.index(written), **fields)


@pytest.mark.parametrize("metric,named", [
    ("operating margin", ("operating margin", True)), ("group operating profit margin", ("operating profit margin", True)),
    ("margin", ("operating margin", False)), ("its margin", ("operating margin", False)),
    ("net margin", ("net margin", True)), ("gross margin", None), ("revenue", None),
])
def test_check_derived_ratio_named_in_the_metric(metric: str, named) -> None:
    assert ratio_named(metric) == named


@pytest.mark.parametrize("written,value,verdict", [("12%", 12.0, "supported"), ("about 12.4%", 12.4, "supported"),
                                                   ("15%", 15.0, "contradicted")])
def test_check_derived_operating_margin_is_income_over_revenue(written: str, value: float, verdict: str) -> None:
    qualifier = "approximate" if written.startswith("about") else "exact"
    found = check_derived(margin(written, value, "operating margin", qualifier=qualifier), pack, PUBLISHED)
    assert (found.verdict, found.evidence.rule) == (verdict, "derived")
    assert found.evidence.computation == "halvorsen operating_income / revenue FY2025 = 324e6 / 2.7e9 = 12%"
    assert [ref.metric for ref in found.evidence.reference] == ["operating_income", "revenue"]


def test_check_derived_a_bare_margin_may_support_never_contradict() -> None:
    assert check_derived(margin("12%", 12.0, "margin"), pack, PUBLISHED).verdict == "supported"
    found = check_derived(margin("15%", 15.0, "margin"), pack, PUBLISHED)
    assert found.verdict == "unverifiable" and "operating margin" in found.evidence.note


def test_check_derived_leaves_changes_and_unknown_ratios_alone() -> None:
    assert check_derived(margin("2%", 2.0, "operating margin", direction="up"), pack, PUBLISHED) is None
    assert check_derived(margin("40%", 40.0, "gross margin"), pack, PUBLISHED) is None  # no gross profit in the pack


def test_check_derived_through_the_checker() -> None:
    [checked] = check_claims([margin("15%", 15.0, "operating margin")], pack, published=PUBLISHED)
    assert (checked.verdict, checked.evidence.rule, checked.entity_id) == ("contradicted", "derived", "halvorsen")


def test_check_derived_words_are_validated() -> None:
    data = json.loads((models_dir() / "check.json").read_text(encoding="utf-8"))
    data["derived_bare"] = {"margin": "ebitda margin"}
    with pytest.raises(ValueError, match="'derived_bare'"):
        parse(data, "mine.json")
    data = json.loads((models_dir() / "check.json").read_text(encoding="utf-8"))
    data["derived"]["operating margin"] = ["operating income"]
    with pytest.raises(ValueError, match="'derived'"):
        parse(data, "mine.json")


@pytest.mark.parametrize("metric,written,value,verdict", [
    ("operating margin growth", "1.5 percentage points", 1.5, "supported"),   # 12% - 10.5%
    ("operating margin growth", "3 percentage points", 3.0, "contradicted"),
    ("margin growth", "3 percentage points", 3.0, "unverifiable"),  # a bare "margin" may be a gross margin
])
def test_check_derived_change_in_points_of_a_ratio_against_the_year_before(tmp_path, metric: str, written: str,
                                                                          value: float, verdict: str) -> None:
    import shutil

    shutil.copytree(PACK, tmp_path / "pack")
    with open(tmp_path / "pack" / "facts.csv", "a", encoding="utf-8") as facts:
        facts.write("halvorsen,operating_income,FY2024,2023-04-01,2024-03-31,252000000,USD,FICTIONAL\n")
    sentence = f"Halvorsen's operating margin widened to 12% in fiscal 2025, an improvement of {written}."
    change = claim(written, value, "percentage_point", subject="Halvorsen", metric=metric, period="FY2025",
                   direction="up", sentence=sentence)
    [checked] = check_claims([change], load_pack(tmp_path / "pack"), published=PUBLISHED)
    assert checked.verdict == verdict, checked.evidence
