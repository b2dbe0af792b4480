"""Resolving a metric phrase to a pack metric by synonyms, lemmas, the claim's unit and the entity's facts."""
from __future__ import annotations

import pytest
from fixtures_check import PACK

from claimx.reference import load_pack
from claimx.reference.metrics import is_vague, resolve_metric, uncovered

pack = load_pack(PACK)


@pytest.mark.parametrize("phrase,unit,entity,expected", [
    ("annual revenues", "USD", "halvorsen", "revenue"),
    ("total revenue", "USD", "halvorsen", "revenue"),
    ("turnover", "USD", "halvorsen", "revenue"),
    ("net revenue", "USD", "halvorsen", "net_revenue"),
    ("operating profit", "USD", "halvorsen", "operating_income"),
    ("on-time rate", "percent", "halvorsen-rail", "on_time_rate"),
    ("the share of trains running on time", "percent", "halvorsen-rail", "on_time_rate"),
    ("staff", "count", "halvorsen", "employees"),
    ("market value", "USD", "halvorsen", None),
    (None, "count", "halvorsen", "employees"),
    ("the figure", "percent", "halvorsen-rail", "on_time_rate"),
    (None, "USD", "halvorsen", None),
])
def test_reference_metrics_resolve_phrase(phrase: str | None, unit: str, entity: str, expected: str | None) -> None:
    assert resolve_metric(pack, phrase, unit=unit, entity=entity) == expected


@pytest.mark.parametrize("phrase,vague", [(None, True), ("its annual total", True), ("revenue", False)])
def test_reference_metrics_vague_phrases(phrase: str | None, vague: bool) -> None:
    assert is_vague(phrase) is vague


@pytest.mark.parametrize("phrase,expected", [
    ("annual revenue", set()),
    ("revenue from Nordic customers", {"nordic", "customer"}),
])
def test_reference_metrics_uncovered_words_mark_a_narrower_measure(phrase: str, expected: set[str]) -> None:
    assert uncovered(pack, "revenue", phrase) == expected
