"""Specifications of the export library: review decisions applied, shared filters, and the
same rows in JSONL, CSV and Parquet."""
from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from fixtures_store import northwind

from claimx.errors import OutputError
from claimx.export import ExportError, ExportFilter, export, select
from claimx.export.tabular import FLAT_COLUMNS, PARQUET_SCHEMA
from claimx.output import flat_claim
from claimx.records import Claim
from claimx.store import ClaimStore

DOCS = Path(__file__).parents[1] / "docs" / "export.md"


def claim_id(quote: str) -> str:
    """The id of the Northwind claim written as `quote`."""
    article, claims, _ = northwind()
    return next(c.id for c in claims if c.text == quote)


def only(store: ClaimStore, quote: str, selection: ExportFilter = ExportFilter()):
    """The exported item of the Northwind claim written as `quote`, or None when left out."""
    wanted = claim_id(quote)
    found = [item for item in select(store, selection) if item.claim.id == wanted]
    return found[0] if found else None


@pytest.mark.parametrize(
    "quote,decision,corrected,verdict,value",
    [
        ("$41.2 billion", None, None, "contradicted", 41.2e9),  # no review: the checker's verdict
        ("$41.2 billion", "confirm", None, "contradicted", 41.2e9),
        ("$41.2 billion", "reject", None, "unverifiable", 41.2e9),  # wrong, but nothing says what is right
        ("12%", "reject", None, "unverifiable", 12.0),
        ("$41.2 billion", "correct", 38.9e9, "supported", 38.9e9),  # re-judged against the expected 38.9e9
        ("$9.8 billion", "correct", 12e9, "contradicted", 12e9),
        ("4,600", "correct", 4700.0, "unverifiable", 4700.0),  # no expected figure to judge against
    ],
)
def test_export_review_decision_wins_over_the_automatic_verdict(sample_store, quote, decision, corrected, verdict, value):
    claim = claim_id(quote)
    auto = sample_store.claim(claim).claim
    if decision:
        sample_store.add_decision(claim, decision, reviewer="ana", corrected_value=corrected, comment="checked")
    item = only(sample_store, quote)
    assert item.claim.verdict == verdict
    assert item.claim.value == value
    assert item.auto_verdict == auto.verdict
    assert item.auto_value == auto.value
    assert item.verdict_source == ("review" if decision else "auto")
    assert item.review_decision == decision
    assert (item.reviewer, item.review_comment) == (("ana", "checked") if decision else (None, None))
    assert item.corrected_value == corrected


def test_export_correction_scales_the_bounds_the_wording_implies(sample_store):
    sample_store.add_decision(claim_id("7%"), "correct", reviewer="ana", corrected_value=70.0)
    item = only(sample_store, "7%")
    assert (item.claim.lower, item.claim.upper) == pytest.approx((65.0, 75.0))


def test_export_leaves_out_claims_marked_not_a_claim_unless_asked(sample_store):
    sample_store.add_decision(claim_id("4,600"), "not_a_claim", reviewer="ana")
    assert only(sample_store, "4,600") is None
    kept = only(sample_store, "4,600", ExportFilter(include_rejected_claims=True))
    assert (kept.claim.verdict, kept.verdict_source, kept.review_decision) == (None, "review", "not_a_claim")


def test_export_latest_decision_counts(sample_store):
    claim = claim_id("$41.2 billion")
    sample_store.add_decision(claim, "reject", reviewer="ana")
    sample_store.add_decision(claim, "confirm", reviewer="bo")
    item = only(sample_store, "$41.2 billion")
    assert (item.claim.verdict, item.review_decision, item.reviewer) == ("contradicted", "confirm", "bo")


@pytest.mark.parametrize(
    "selection,expected",
    [
        (ExportFilter(), 8),
        (ExportFilter(verdict="contradicted"), 1),  # the rejected one is unverifiable now
        (ExportFilter(verdict="unverifiable"), 3),
        (ExportFilter(verdict="supported"), 4),
        (ExportFilter(article="energy/contoso.txt"), 2),
        (ExportFilter(since=dt.date(2025, 6, 1)), 7),
        (ExportFilter(since=dt.date(2025, 6, 2)), 5),
        (ExportFilter(reviewed=True), 1),
        (ExportFilter(reviewed=False), 7),
        (ExportFilter(verdict="unverifiable", reviewed=True), 1),
    ],
)
def test_export_filters_select_claims(sample_store, selection, expected):
    sample_store.add_decision(claim_id("$41.2 billion"), "reject", reviewer="ana")
    assert len(select(sample_store, selection)) == expected


def test_export_verdict_filter_uses_the_final_verdict(sample_store):
    sample_store.add_decision(claim_id("$41.2 billion"), "reject", reviewer="ana")
    ids = {item.claim.id for item in select(sample_store, ExportFilter(verdict="contradicted"))}
    assert claim_id("$41.2 billion") not in ids
    assert len(ids) == 1  # the hostile article's claim


def write_all(store: ClaimStore, folder: Path, selection: ExportFilter = ExportFilter()) -> dict[str, list[dict]]:
    """Export jsonl, csv and parquet into `folder` and read each back as a list of rows."""
    for fmt in ("jsonl", "csv", "parquet"):
        export(store, fmt, folder / f"claims.{fmt}", selection)
    jsonl = [json.loads(line) for line in (folder / "claims.jsonl").read_text(encoding="utf-8").splitlines()]
    with open(folder / "claims.csv", encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    return {"jsonl": jsonl, "csv": rows, "parquet": pq.read_table(folder / "claims.parquet").to_pylist()}


def test_export_tabular_formats_hold_the_same_rows(sample_store, tmp_path):
    sample_store.add_decision(claim_id("$41.2 billion"), "correct", reviewer="ana", corrected_value=38.9e9)
    sample_store.add_decision(claim_id("12%"), "confirm", reviewer="bo")
    rows = write_all(sample_store, tmp_path)
    assert len(rows["jsonl"]) == len(rows["csv"]) == len(rows["parquet"]) == 8
    for j, c, p in zip(rows["jsonl"], rows["csv"], rows["parquet"]):
        assert j["id"] == c["id"] == p["id"]
        assert j["value"] == float(c["value"]) == p["value"]
        assert j["verdict"] == (c["verdict"] or None) == p["verdict"]
        assert j["verdict_source"] == c["verdict_source"] == p["verdict_source"]
        assert j["auto_value"] == float(c["auto_value"]) == p["auto_value"]
        expected = (j["evidence"] or {}).get("expected")
        assert expected == (float(c["evidence_expected"]) if c["evidence_expected"] else None) == p["evidence_expected"]
        reviewed_at = p["reviewed_at"].isoformat() if p["reviewed_at"] else None
        assert j["reviewed_at"] == (c["reviewed_at"] or None) == reviewed_at
    corrected = next(j for j in rows["jsonl"] if j["review_decision"] == "correct")
    assert (corrected["value"], corrected["auto_value"], corrected["verdict"]) == (38.9e9, 41.2e9, "supported")


def test_export_jsonl_rows_are_claim_records_plus_review_fields(sample_store, tmp_path):
    rows = write_all(sample_store, tmp_path)["jsonl"]
    expected = [flat_claim(item.claim)["id"] for item in select(sample_store)]
    assert [r["id"] for r in rows] == expected
    for row in rows:
        record = {k: v for k, v in row.items() if k in Claim.model_fields}
        assert Claim.model_validate(record).id == row["id"]
        assert set(row) - set(Claim.model_fields) == {
            "verdict_source", "auto_verdict", "auto_value", "review_decision", "reviewer", "reviewed_at",
            "corrected_value", "review_comment"}


def test_export_csv_is_excel_friendly(sample_store, tmp_path):
    export(sample_store, "csv", tmp_path / "claims.csv")
    raw = (tmp_path / "claims.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfid,article,")
    assert raw.count(b"\r\n") >= 9  # header + 8 rows, CRLF; newlines inside quoted cells stay
    header = raw[3:].split(b"\r\n", 1)[0].decode().split(",")
    assert header == FLAT_COLUMNS


def test_export_parquet_has_the_explicit_schema(sample_store, tmp_path):
    sample_store.add_decision(claim_id("12%"), "confirm", reviewer="bo")
    export(sample_store, "parquet", tmp_path / "claims.parquet")
    table = pq.read_table(tmp_path / "claims.parquet")
    assert table.schema.equals(PARQUET_SCHEMA)
    assert table.schema.field("value").type == pa.float64()
    assert table.schema.field("reviewed_at").type == pa.timestamp("us", tz="UTC")
    assert table.schema.field("subject").nullable and not table.schema.field("id").nullable
    times = [t for t in table.column("reviewed_at").to_pylist() if t is not None]
    assert len(times) == 1 and times[0].tzinfo is not None


def test_export_parquet_schema_is_documented():
    text = DOCS.read_text(encoding="utf-8")
    for field in PARQUET_SCHEMA:
        assert f"| `{field.name}` | `{field.type}` | {'yes' if field.nullable else 'no'} |" in text, field.name


@pytest.mark.parametrize(
    "fmt,output,problem",
    [
        ("xml", "out.xml", "unknown format 'xml'; choose one of jsonl, csv, parquet, claimreview, labelstudio"),
        ("parquet", None, "parquet is binary: give a file with -o"),
        ("claimreview", "out.json", "claimreview needs --author and --publisher-url"),
    ],
)
def test_export_refuses_what_it_cannot_write(sample_store, tmp_path, fmt, output, problem):
    with pytest.raises(ExportError) as raised:
        export(sample_store, fmt, tmp_path / output if output else None)
    assert str(raised.value) == problem


def test_export_unwritable_output_names_the_file(sample_store, tmp_path):
    target = tmp_path / "missing" / "claims.csv"
    with pytest.raises(OutputError, match="missing/claims.csv: cannot write: no such folder"):
        export(sample_store, "csv", target)


def test_export_writes_to_stdout_without_output(sample_store, capsys):
    report = export(sample_store, "jsonl", None, ExportFilter(article="energy/contoso.txt"))
    lines = capsys.readouterr().out.splitlines()
    assert report.written == len(lines) == 2
    assert all(json.loads(line)["article"] == "energy/contoso.txt" for line in lines)
