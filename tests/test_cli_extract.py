"""`claimx extract`: formats, stdin, and bad inputs in a batch."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimx.cli import app
from claimx.errors import ExitCode

runner = CliRunner()
TEXT = "Acme Corp said revenue rose 12% to $19 million, and it cut costs by a third.\n"


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "acme.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def test_cli_extract_jsonl_one_record_per_claim(article):
    result = runner.invoke(app, ["extract", str(article), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["text"], r["value"], r["unit"]) for r in records] == [
        ("12%", 12.0, "percent"), ("$19 million", 19e6, "USD"), ("a third", pytest.approx(1 / 3), "ratio")]
    assert all(TEXT[r["start"]:r["end"]] == r["text"] for r in records)


def test_cli_extract_csv_has_header_and_rows(article):
    result = runner.invoke(app, ["extract", str(article), "-f", "csv"])
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert result.exit_code == 0
    assert [r["text"] for r in rows] == ["12%", "$19 million", "a third"]
    assert "evidence_computation" in rows[0]


def test_cli_extract_json_holds_claims_entities_and_failures(article, tmp_path):
    result = runner.invoke(app, ["extract", str(article), str(tmp_path / "nope.txt"), "-f", "json"])
    doc = json.loads(result.stdout)
    assert result.exit_code == ExitCode.PARTIAL
    assert len(doc["articles"][0]["claims"]) == 3
    assert doc["articles"][0]["entities"][0]["name"] == "Acme Corp"
    assert doc["failures"] == [{"path": str(tmp_path / "nope.txt"), "problem": "no such file or directory"}]


def test_cli_extract_entities_flag_writes_entity_records(article):
    result = runner.invoke(app, ["extract", str(article), "-f", "jsonl", "--entities"])
    [entity] = [json.loads(line) for line in result.stdout.splitlines()]
    assert entity["name"] == "Acme Corp" and entity["label"] == "ORG"
    assert entity["claims"], "the claims about Acme Corp are linked"


def test_cli_extract_table_is_readable(article):
    result = runner.invoke(app, ["extract", str(article)])
    assert result.exit_code == 0
    assert "19 million" in result.stdout and "acme.txt" in result.stdout


def test_cli_extract_reads_stdin():
    result = runner.invoke(app, ["extract", "-", "-f", "jsonl"], input="Costs fell by a third.")
    [record] = [json.loads(line) for line in result.stdout.splitlines()]
    assert record["article"] == "stdin" and record["direction"] == "down"


def test_cli_extract_output_file(article, tmp_path):
    out = tmp_path / "claims.jsonl"
    result = runner.invoke(app, ["extract", str(article), "-f", "jsonl", "-o", str(out)])
    assert result.exit_code == 0 and result.stdout == ""
    assert len(out.read_text().splitlines()) == 3


def test_cli_extract_bad_inputs_do_not_lose_the_good_one(tmp_path, article):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 20)
    (tmp_path / "big.txt").write_text("Sales rose 5%. " * 140_000)
    result = runner.invoke(app, ["extract", str(tmp_path), "-f", "jsonl"])
    assert result.exit_code == ExitCode.PARTIAL
    assert len(result.stdout.splitlines()) == 3  # acme.txt's claims
    problems = [line for line in result.stderr.splitlines() if line.startswith("claimx: skipped")]
    assert sorted(problems) == sorted([
        f"claimx: skipped {tmp_path / 'big.txt'}: file is 2.1 MB, over the 1.0 MB limit for one article (raise it with --max-bytes)",
        f"claimx: skipped {tmp_path / 'binary.txt'}: binary file (not text)",
        f"claimx: skipped {tmp_path / 'empty.txt'}: file is empty",
    ])
    assert "Traceback" not in result.output


def test_cli_extract_nothing_readable_exits_3(tmp_path):
    result = runner.invoke(app, ["extract", str(tmp_path / "missing.txt")])
    assert result.exit_code == ExitCode.NO_INPUT
    assert result.stderr.splitlines()[0] == f"claimx: skipped {tmp_path / 'missing.txt'}: no such file or directory"


def test_cli_extract_unknown_model_is_one_line_and_exit_7(article):
    result = runner.invoke(app, ["extract", str(article), "--model", "no_such_pipeline"])
    assert result.exit_code == ExitCode.MISSING_DEPENDENCY
    assert result.stderr.startswith("claimx: error: spaCy pipeline 'no_such_pipeline' is not installed")
    assert len(result.stderr.splitlines()) == 1


def test_cli_extract_unknown_format_is_a_usage_error(article):
    result = runner.invoke(app, ["extract", str(article), "-f", "xml"])
    assert result.exit_code == ExitCode.USAGE


def test_cli_extract_all_quantities_keeps_non_claims(tmp_path):
    path = tmp_path / "two.txt"
    path.write_text("The two giants met.", encoding="utf-8")
    plain = runner.invoke(app, ["extract", str(path), "-f", "jsonl"])
    every = runner.invoke(app, ["extract", str(path), "-f", "jsonl", "--all-quantities"])
    assert plain.stdout == ""
    assert [json.loads(line)["value"] for line in every.stdout.splitlines()] == [2.0]


def test_cli_extract_published_date_anchors_relative_periods(tmp_path):
    path = tmp_path / "p.txt"
    path.write_text("Acme Corp earned $2 million last year.", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(path), "-f", "jsonl", "--published", "2026-02-20"])
    assert json.loads(result.stdout)["period"] == "2025"
