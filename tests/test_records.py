"""The record contract: published JSON Schemas match the code, and records reject bad data."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from pydantic import ValidationError

import claimx
from claimx.records import Claim, json_schemas

SCHEMA_DIR = Path(claimx.__file__).parent / "schema"


@pytest.mark.parametrize("name", sorted(json_schemas()))
def test_records_published_schema_is_current(name):
    published = json.loads((SCHEMA_DIR / f"{name}.schema.json").read_text(encoding="utf-8"))
    assert published == json_schemas()[name], "run `python -m claimx.records` to refresh src/claimx/schema/"


def test_records_claim_schema_names_the_contract_fields():
    fields = set(json_schemas()["claim"]["properties"])
    assert {"article", "text", "start", "end", "sentence", "value", "unit", "qualifier", "lower", "upper",
            "direction", "kind", "subject", "entity_id", "metric", "period", "verdict", "evidence"} <= fields


CLAIM = dict(id="a:0-3", article="a", text="27%", start=0, end=3, sentence="27% rose.", value=27.0,
             unit="percent", kind="percentage")


@pytest.mark.parametrize("bad", [{"qualifier": "roughly"}, {"verdict": "maybe"}, {"start": -1}, {"colour": "red"}])
def test_records_claim_rejects_bad_fields(bad):
    with pytest.raises(ValidationError):
        Claim(**(CLAIM | bad))


def test_records_claim_is_frozen():
    claim = Claim(**CLAIM)
    with pytest.raises(ValidationError):
        claim.value = 3.0
