"""Specifications of `claimx export` through CliRunner: formats, filters, options and errors,
plus the same rows in JSONL, CSV and Parquet for an archive checked by `claimx check`."""
from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from claimx.cli import app
from claimx.errors import ExitCode

CORPUS = Path(__file__).parents[1] / "corpus" / "articles"


def run(*args: str):
    return CliRunner().invoke(app, ["export", *args])


def test_cli_export_help_lists_its_options():
    result = CliRunner().invoke(app, ["export", "--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    for option in ("--db", "--format", "--verdict", "--article", "--since", "--reviewed", "--unreviewed",
                   "--include-rejected-claims", "--author", "--publisher-url", "--date-published", "--config-out"):
        assert option in result.output


@pytest.mark.parametrize(
    "fmt,extra,message",
    [
        ("jsonl", (), "8 row(s) written to"),
        ("csv", (), "8 row(s) written to"),
        ("parquet", (), "8 row(s) written to"),
        ("claimreview", ("--author", "Desk", "--publisher-url", "https://example.org/checks"), "6 ClaimReview item(s) written to"),
        ("labelstudio", (), "3 task(s) written to"),
    ],
)
def test_cli_export_writes_each_format(sample_db, tmp_path, fmt, extra, message):
    out = tmp_path / f"out.{fmt}"
    result = run("--db", str(sample_db), "--format", fmt, "-o", str(out), *extra)
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0] == f"{message} {out}"
    assert out.stat().st_size > 0


def test_cli_export_labelstudio_writes_the_config_where_asked(sample_db, tmp_path):
    config = tmp_path / "project.xml"
    result = run("--db", str(sample_db), "--format", "labelstudio", "-o", str(tmp_path / "t.json"), "--config-out", str(config))
    assert result.exit_code == 0
    assert result.output.splitlines()[1] == f"labelling config written to {config}"
    assert config.read_text(encoding="utf-8").startswith("<View>")
    assert not (tmp_path / "t.config.xml").exists()


@pytest.mark.parametrize(
    "args,count",
    [
        ((), 8),
        (("--verdict", "contradicted"), 2),
        (("--article", "energy/contoso.txt"), 2),
        (("--since", "2025-06-02"), 5),
        (("--reviewed",), 0),
        (("--unreviewed",), 8),
        (("--verdict", "supported", "--since", "2025-06-02"), 2),
    ],
)
def test_cli_export_filters_apply_to_stdout(sample_db, args, count):
    result = run("--db", str(sample_db), "--format", "jsonl", *args)
    assert result.exit_code == 0, result.output
    assert len(result.output.splitlines()) == count


def test_cli_export_claimreview_date_published(sample_db):
    result = run("--db", str(sample_db), "-f", "claimreview", "--author", "Desk", "--publisher-url",
                 "https://example.org/checks", "--date-published", "2026-02-01", "--verdict", "contradicted")
    assert result.exit_code == 0, result.output
    items = json.loads(result.output)
    assert [i["datePublished"] for i in items] == ["2026-02-01", "2026-02-01"]


@pytest.mark.parametrize(
    "args,code,message",
    [
        (("--format", "xml"), ExitCode.USAGE,
         "unknown format 'xml'; choose one of jsonl, csv, parquet, claimreview, labelstudio"),
        (("--format", "jsonl", "--verdict", "false"), ExitCode.USAGE,
         "unknown verdict 'false'; choose one of supported, contradicted, unverifiable"),
        (("--format", "parquet"), ExitCode.USAGE, "parquet is binary: give a file with -o"),
        (("--format", "claimreview", "--author", "Desk"), ExitCode.USAGE, "claimreview needs --author and --publisher-url"),
        (("--format", "claimreview", "--author", "Desk", "--publisher-url", "javascript:alert(1)"), ExitCode.USAGE,
         "publisher URL 'javascript:alert(1)' is not an http(s) address"),
    ],
)
def test_cli_export_bad_options_are_one_line_errors(sample_db, args, code, message):
    result = run("--db", str(sample_db), *args)
    assert result.exit_code == code
    assert result.output == f"claimx: error: {message}\n"


@pytest.mark.parametrize(
    "make,problem",
    [
        (lambda p: None, "no such file"),
        (lambda p: p.write_text("not a database\n" * 100), "not an SQLite database"),
        (lambda p: p.mkdir(), "is a directory, not an SQLite file"),
    ],
)
def test_cli_export_unusable_db_is_a_one_line_error(db_path, make, problem):
    make(db_path)
    result = run("--db", str(db_path), "--format", "jsonl")
    assert result.exit_code == ExitCode.STORE
    assert result.output == f"claimx: error: {db_path}: {problem}\n"


def test_cli_export_unwritable_output_is_a_one_line_error(sample_db, tmp_path):
    target = tmp_path / "no" / "such" / "dir.csv"
    result = run("--db", str(sample_db), "--format", "csv", "-o", str(target))
    assert result.exit_code == ExitCode.OUTPUT
    assert result.output == f"claimx: error: {target}: cannot write: no such folder\n"


@pytest.fixture(scope="module")
def checked_archive(tmp_path_factory) -> Path:
    """Two corpus articles run through the real `claimx check --db` (spaCy pipeline, default pack)."""
    root = tmp_path_factory.mktemp("checked")
    folder = root / "archive"
    folder.mkdir()
    for name in ("amazon-walmart-revenue.txt", "wexmoor-hospital-waits.txt"):
        shutil.copy(CORPUS / name, folder / name)
    db = root / "claims.db"
    result = CliRunner().invoke(app, ["check", str(folder), "--db", str(db), "--format", "jsonl", "-o", str(root / "check.jsonl")])
    assert result.exit_code == 0, result.output
    return db


def test_cli_export_checked_archive_same_rows_in_jsonl_csv_parquet(checked_archive, tmp_path):
    for fmt in ("jsonl", "csv", "parquet"):
        result = run("--db", str(checked_archive), "--format", fmt, "-o", str(tmp_path / f"claims.{fmt}"))
        assert result.exit_code == 0, result.output
    jsonl = [json.loads(line) for line in (tmp_path / "claims.jsonl").read_text(encoding="utf-8").splitlines()]
    with open(tmp_path / "claims.csv", encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    parquet = pq.read_table(tmp_path / "claims.parquet").to_pylist()
    assert len(jsonl) > 50
    assert [r["id"] for r in jsonl] == [r["id"] for r in rows] == [r["id"] for r in parquet]
    for j, c, p in zip(jsonl, rows, parquet):
        assert (j["text"], j["unit"], j["verdict"]) == (c["text"], c["unit"], c["verdict"] or None) == (p["text"], p["unit"], p["verdict"])
        assert j["value"] == float(c["value"]) == p["value"]
        assert j["sentence"] == c["sentence"] == p["sentence"]
    checked = [json.loads(line) for line in (checked_archive.parent / "check.jsonl").read_text(encoding="utf-8").splitlines()]
    assert sorted(r["id"] for r in checked) == sorted(r["id"] for r in jsonl)


def test_cli_export_checked_archive_claimreview_one_item_per_settled_claim(checked_archive):
    jsonl = run("--db", str(checked_archive), "--format", "jsonl")
    settled = [r for r in map(json.loads, jsonl.output.splitlines()) if r["verdict"] in ("supported", "contradicted")]
    result = run("--db", str(checked_archive), "--format", "claimreview", "--author", "Desk",
                 "--publisher-url", "https://example.org/checks")
    assert result.exit_code == 0, result.output
    items = json.loads(result.output)
    assert settled and len(items) == len(settled)
    for item in items:
        assert {"@context", "@type", "claimReviewed", "reviewRating", "url", "author", "itemReviewed"} <= set(item)
        assert item["reviewRating"]["alternateName"] in ("True", "False")


def test_cli_corpus_import_labelstudio_help():
    result = CliRunner().invoke(app, ["corpus", "import-labelstudio", "--help"])
    assert result.exit_code == 0
    for option in ("--output", "--articles"):
        assert option in result.output
