"""The flat row (claimx.rows): derived from the record, the same for every tabular output and engine."""
from __future__ import annotations

from typing import Optional

import pyarrow as pa
import pytest
from pydantic import BaseModel

from claimx import rows
from claimx.export.tabular import PARQUET_SCHEMA
from claimx.reader import MAX_BYTES
from claimx.records import Claim, Evidence, Failure, ReferenceValue

CLAIM = Claim(id="a:0-4", article="a", text="$5bn", start=0, end=4, sentence="$5bn in sales.", value=5e9, unit="USD",
              kind="amount", subject="Acme", metric="sales", period="FY2025")
CHECKED = CLAIM.model_copy(update={"verdict": "supported", "evidence": Evidence(
    rule="direct", reference=[ReferenceValue(entity="acme", metric="revenue", period="FY2025", value=5.01e9, unit="USD"),
                              ReferenceValue(entity="acme", metric="revenue", period="FY2024", value=4e9, unit="USD")],
    expected=5.01e9, deviation=0.002, tolerance=0.01, tolerance_reason="stated to 1 significant figure")})


def test_rows_schema_is_the_export_parquet_schema():
    assert rows.SCHEMA.equals(PARQUET_SCHEMA)
    assert rows.COLUMNS == rows.SCHEMA.names


@pytest.mark.parametrize("claim", [CLAIM, CHECKED])
def test_rows_claim_row_fits_both_schemas(claim: Claim):
    row = rows.claim_row(claim)
    assert list(row) == rows.COLUMNS
    assert rows.table([row]).to_pylist()[0]["value"] == claim.value
    assert rows.table([{**row, "problem": None}], rows.ENGINE_SCHEMA).num_rows == 1
    assert (row["verdict_source"], row["auto_verdict"], row["auto_value"]) == ("auto", claim.verdict, claim.value)


def test_rows_evidence_is_flattened():
    row = rows.claim_row(CHECKED)
    assert row["evidence_rule"] == "direct"
    assert row["evidence_reference_value"] == "5.01e+09; 4e+09"
    assert row["evidence_expected"] == 5.01e9 and row["evidence_note"] is None


def test_rows_failure_row_fits_the_engine_schema():
    row = rows.failure_row(Failure(path="x.txt", problem="could not build claims"))
    got = rows.table([row], rows.ENGINE_SCHEMA).to_pylist()[0]
    assert got == {**dict.fromkeys(rows.ENGINE_SCHEMA.names), "article": "x.txt", "problem": "could not build claims"}


@pytest.mark.parametrize("column,arrow_type,nullable", [
    ("start", pa.int64(), False), ("value", pa.float64(), False), ("lower", pa.float64(), True),
    ("qualifier", pa.string(), False), ("evidence_expected", pa.float64(), True), ("verdict", pa.string(), True),
    ("reviewed_at", pa.timestamp("us", tz="UTC"), True),
])
def test_rows_schema_types(column: str, arrow_type: pa.DataType, nullable: bool):
    assert rows.SCHEMA.field(column).type == arrow_type
    assert rows.SCHEMA.field(column).nullable == nullable


class Note(BaseModel):
    measure: str
    scale: Optional[float] = None
    parts: list[str] = []


class FramedClaim(Claim):
    """A claim with one more nested field, as the record may gain."""

    note: Optional[Note] = None
    extras: dict[str, int] = {}


def test_rows_flatten_nested_fields_generically(monkeypatch: pytest.MonkeyPatch):
    """A nested record field becomes `<field>_*` columns and a list/dict its JSON, without editing rows.py."""
    columns = list(rows._columns(FramedClaim))
    names = [c.name for c in columns]
    assert names[-4:] == ["note_measure", "note_scale", "note_parts", "extras"]
    types = {c.name: (c.type, c.nullable) for c in columns}
    assert types["note_measure"] == (pa.string(), True)  # required inside an optional nested record
    assert types["note_scale"] == (pa.float64(), True)
    monkeypatch.setattr(rows, "_CLAIM_COLUMNS", columns)
    claim = FramedClaim(**CLAIM.model_dump(), note=Note(measure="revenue", scale=1e9, parts=["a", "b"]), extras={"n": 2})
    row = rows.flat_claim(claim)
    assert (row["note_measure"], row["note_scale"], row["note_parts"], row["extras"]) == ("revenue", 1e9, '["a", "b"]', '{"n": 2}')
    assert rows.flat_claim(FramedClaim(**CLAIM.model_dump()))["note_measure"] is None


def test_rows_carry_the_claim_frame():
    """The claim's frame reaches the flat row: its offsets, normal period and reasons as columns."""
    names = rows.SCHEMA.names
    for column in ("frame_sentence_start", "frame_subject_text", "frame_subject_reason", "frame_metric_head",
                   "frame_period_value", "frame_period_base", "frame_period_reason", "frame_status"):
        assert column in names, column


def test_rows_cli_default_size_limit_is_the_readers():
    from claimx.cli import options

    assert options.MAX_BYTES == MAX_BYTES
