"""`claimx extract -o FILE` and `claimx check -o FILE` with no --format write the format the file's ending names
(.jsonl, .json, .csv, .parquet); any other ending, or stdout, keeps the table; --format still decides when given."""
from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimx.cli import app
from claimx.cli.options import output_format

runner = CliRunner()
TEXT = "Acme Corp said revenue rose 12% to $19 million, and it cut costs by a third.\n"


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "acme.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def test_an_output_ending_in_jsonl_gets_jsonl(article, tmp_path):
    out = tmp_path / "claims.jsonl"
    result = runner.invoke(app, ["extract", str(article), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert [json.loads(line)["text"] for line in out.read_text(encoding="utf-8").splitlines()] == [
        "12%", "$19 million", "a third"]


def test_check_to_a_csv_file_writes_csv(article, tmp_path):
    out = tmp_path / "checked.CSV"
    result = runner.invoke(app, ["check", str(article), "--no-reference", "-o", str(out)])
    assert result.exit_code == 0, result.output
    with out.open(encoding="utf-8") as handle:
        assert [row["text"] for row in csv.DictReader(handle)] == ["12%", "$19 million", "a third"]


def test_the_format_given_wins_over_the_ending(article, tmp_path):
    out = tmp_path / "claims.jsonl"
    result = runner.invoke(app, ["extract", str(article), "-o", str(out), "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").startswith("id,")


def test_other_endings_and_stdout_keep_the_table():
    assert output_format(None, Path("claims.txt")) == "table"
    assert output_format(None, None) == "table"
    assert output_format(None, Path("c.parquet")) == "parquet"
