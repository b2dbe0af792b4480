"""Resolving a claim's subject to a pack entity by name, alias, partial name and segment words."""
from __future__ import annotations

import pytest
from fixtures_check import PACK

from claimx.reference import load_pack
from claimx.reference.entities import mentioned_entities, resolve_entities, resolve_entity
from claimx.reference.text import tokens

pack = load_pack(PACK)


@pytest.mark.parametrize("text,expected", [
    ("Walmart\u2019s", ["walmart"]),
    ("Wal-Mart", ["wal", "mart"]),
    ("U.S. digital (eCommerce) sales growth", ["us", "digital", "ecommerc", "sal", "growth"]),
    ("e-commerce sales", ["ecommerc", "sal"]),
    ("spending on buses", ["spend", "on", "bus"]),
    ("sellers' fees", ["seller", "fee"]),
])
def test_reference_entities_tokens_normalise_spelling(text: str, expected: list[str]) -> None:
    assert tokens(text) == expected


@pytest.mark.parametrize("subject,context,expected", [
    ("Halvorsen", None, "halvorsen"),
    ("HALVORSEN FREIGHT", None, "halvorsen"),
    ("Halvorsen Freight ASA's", None, "halvorsen"),
    ("Halvorsen\u2019s rail division", None, "halvorsen-rail"),
    ("the rail division", None, "halvorsen-rail"),
    ("Halvorsen Road", None, "halvorsen-road"),
    ("Halvorsen", "road haulage revenue", "halvorsen-road"),
    ("Halvorsen", "revenue", "halvorsen"),
    ("Brightwater Logistics", None, "brightwater"),
    ("Brightwater", "rail freight revenue", "brightwater"),
    ("Northwind", None, None),
    (None, "revenue", None),
])
def test_reference_entities_resolve_subject(subject: str | None, context: str | None, expected: str | None) -> None:
    assert resolve_entity(pack, subject, context) == expected


def test_reference_entities_segment_words_shared_by_two_segments_are_ambiguous() -> None:
    assert resolve_entity(pack, "Halvorsen", "rail and road revenue") is None


@pytest.mark.parametrize("subject,expected", [
    ("Halvorsen vs Brightwater", ["halvorsen", "brightwater"]),
    ("Brightwater and Halvorsen Freight", ["brightwater", "halvorsen"]),
    ("Halvorsen", ["halvorsen"]),
    ("Northwind versus Acme", []),
])
def test_reference_entities_resolve_compound_subjects(subject: str, expected: list[str]) -> None:
    assert resolve_entities(pack, subject) == expected


def test_reference_entities_mentioned_in_text_prefers_the_longer_name() -> None:
    text = "Halvorsen Road grew faster than Brightwater, and Halvorsen itself."
    assert mentioned_entities(pack, text) == ["halvorsen-road", "brightwater", "halvorsen"]
