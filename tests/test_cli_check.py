"""`claimx check`: verdicts with evidence, the store, and export formats written directly."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from claimx.cli import app
from claimx.errors import ExitCode
from claimx.store import ClaimStore

runner = CliRunner()
CORPUS = Path(__file__).resolve().parents[1] / "corpus"
BUNDLED = Path(__file__).resolve().parents[1] / "src" / "claimx" / "reference" / "bundled"  # the default pack
SEED = CORPUS / "articles" / "amazon-walmart-revenue.txt"


@pytest.fixture
def seed_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SEED, folder / SEED.name)
    return folder


def test_cli_check_gives_verdicts_with_evidence(seed_copy):
    result = runner.invoke(app, ["check", str(seed_copy), "-f", "jsonl", "--published", "2026-02-20"])
    assert result.exit_code == 0, result.output
    claims = [json.loads(line) for line in result.stdout.splitlines()]
    assert {c["verdict"] for c in claims} <= {"supported", "contradicted", "unverifiable"}
    revenue = next(c for c in claims if c["text"] == "roughly $716.9 billion")
    assert revenue["verdict"] == "supported"
    assert revenue["evidence"]["reference"][0]["source"]
    assert revenue["evidence"]["tolerance"] is not None


def test_cli_check_db_resumes_without_duplicates(seed_copy, tmp_path):
    db = tmp_path / "claims.db"
    first = runner.invoke(app, ["check", str(seed_copy), "--db", str(db), "-f", "jsonl"])
    second = runner.invoke(app, ["check", str(seed_copy), "--db", str(db), "-f", "jsonl"])
    assert first.exit_code == 0 and second.exit_code == 0
    assert second.stdout == "" and "already in" in second.stderr
    with ClaimStore(db) as store:
        assert len(store.articles()) == 1
        assert len(store.claims()) == len(first.stdout.splitlines())


def test_cli_check_writes_parquet_and_claimreview_directly(seed_copy, tmp_path):
    parquet = tmp_path / "c.parquet"
    reviews = tmp_path / "reviews.json"
    assert runner.invoke(app, ["check", str(seed_copy), "-f", "parquet", "-o", str(parquet)]).exit_code == 0
    result = runner.invoke(app, ["check", str(seed_copy), "-f", "claimreview", "-o", str(reviews),
                                 "--author", "Desk", "--publisher-url", "https://example.org/checks"])
    assert result.exit_code == 0
    table = pq.read_table(parquet)
    items = json.loads(reviews.read_text())
    items = items if isinstance(items, list) else items.get("@graph", items)
    published = [v for v in table.column("verdict").to_pylist() if v in ("supported", "contradicted")]
    assert len(items) == len(published) > 0


def test_cli_check_claimreview_needs_a_publisher(seed_copy):
    result = runner.invoke(app, ["check", str(seed_copy), "-f", "claimreview"])
    assert result.exit_code == ExitCode.USAGE


def test_cli_check_malformed_pack_is_one_line_exit_4(seed_copy, tmp_path):
    pack = tmp_path / "pack"
    shutil.copytree(BUNDLED, pack)
    with (pack / "facts.csv").open("a", encoding="utf-8") as fh:
        fh.write("amazon,revenue,FY2030,2030-01-01,2030-12-31,lots,USD,x\n")
    result = runner.invoke(app, ["check", str(seed_copy), "-r", str(pack)])
    assert result.exit_code == ExitCode.BAD_REFERENCE
    assert result.stderr.count("\n") == 1 and "facts.csv line" in result.stderr and "'lots'" in result.stderr
