"""The Ray engine on a local 2-CPU Ray: the same records and rows as the local engine, from Python and the CLI."""
from __future__ import annotations

import json
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from claimx import batch as runner
from claimx import engines, rows
from claimx.batch import Batch
from claimx.cli import app
from claimx.errors import ExitCode
from claimx.pipeline import load_pipeline
from claimx.reference import default_pack_path, load_pack

ray = pytest.importorskip("ray")
import claimx.engines.ray as ray_engine  # noqa: E402

pytestmark = pytest.mark.ray

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "articles"
KEY = ("article", "start", "end", "value", "unit", "verdict")


@pytest.fixture(scope="module", autouse=True)
def local_ray() -> Iterator[None]:
    """One local Ray with 2 CPUs for the whole module, shut down after."""
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    yield
    ray.shutdown()


@pytest.fixture(scope="module")
def local_results() -> dict[str, list[str]]:
    """The local engine's claim records over the corpus (claimx.batch, as `claimx extract`/`check` run it),
    as JSON lines, for extract and for check against the bundled pack."""
    nlp, pack = load_pipeline(), load_pack(default_pack_path())
    results = list(runner.extract([str(CORPUS)], nlp, Batch()))
    return {
        "extract": [c.model_dump_json() for r in results for c in r.claims],
        "check": [c.model_dump_json() for r in results for c in runner.check(r, pack).claims],
    }


def corpus_dataset() -> "ray.data.Dataset":
    articles = runner.articles([str(CORPUS)], Batch())
    return ray.data.from_items([engines.article_row(a) for a in articles], override_num_blocks=4)


def keys(records: list[str]) -> set[tuple]:
    return {tuple(json.loads(r)[k] for k in KEY) for r in records}


def flat(records: list[str]) -> list[str]:
    """Claim records as their flat rows (claimx.rows), as sortable JSON."""
    from claimx.records import Claim

    return sorted(json.dumps(rows.claim_row(Claim.model_validate_json(r)), sort_keys=True) for r in records)


def flat_rows_of(dataset_rows: list[dict]) -> list[str]:
    assert [r["problem"] for r in dataset_rows if r["problem"]] == []
    return sorted(json.dumps({k: v for k, v in r.items() if k != "problem"}, sort_keys=True, default=str)
                  for r in dataset_rows)


def claims_of(dataset_rows: list[dict]) -> list[str]:
    """The claim records a Python-API dataset's rows stand for (compared by their flat rows)."""
    return flat_rows_of(dataset_rows)


@pytest.mark.parametrize("task", ["extract", "check"])
def test_engines_ray_python_api_matches_local(task: str, local_results: dict[str, list[str]]):
    run = ray_engine.extract if task == "extract" else ray_engine.check
    got = flat_rows_of(run(corpus_dataset(), batch_size=2, concurrency=2).take_all())
    expected = flat(local_results[task])
    assert len(got) == len(expected) > 100
    assert got == expected
    if task == "check":
        assert {json.loads(r)["verdict"] for r in got} >= {"supported", "contradicted", "unverifiable"}


def test_engines_ray_reads_json_rows_like_the_local_reader(tmp_path: Path):
    """Rows from ray.data.read_json (dates parsed or not by Arrow) give what claimx's reader gives for the file."""
    source = tmp_path / "articles.jsonl"
    with source.open("w", encoding="utf-8") as fh:
        for n, path in enumerate(sorted(CORPUS.glob("*.txt"))[:4]):
            fh.write(json.dumps({"id": path.stem, "text": path.read_text(encoding="utf-8"),
                                 "published": f"2025-0{n + 1}-15"}) + "\n")
    local = flat([c.model_dump_json() for r in runner.extract([str(source)], load_pipeline(), Batch()) for c in r.claims])
    got = claims_of(ray_engine.extract(ray.data.read_json(str(source)), batch_size=2).take_all())
    assert got == local and len(got) > 0
    assert {json.loads(r)["article"] for r in got} == {p.stem for p in sorted(CORPUS.glob("*.txt"))[:4]}


def test_engines_ray_reports_bad_rows_per_article():
    good = (CORPUS / "veltrana-fy2025-results.txt").read_text(encoding="utf-8")
    ds = ray.data.from_items([
        {"id": "good", "text": good, "published": "2025-09-03"},
        {"id": "empty", "text": "   ", "published": None},
        {"id": "undated", "text": good, "published": "next Tuesday"},
    ])
    rows = ray_engine.extract(ds, concurrency=1).take_all()
    failures = sorted((r["article"], r["problem"]) for r in rows if r["problem"])
    assert failures == [("empty", '"text" is empty or not a string'),
                        ("undated", "\"published\" is not a date: 'next Tuesday'")]
    assert {r["article"] for r in rows if not r["problem"]} == {"good"}


def test_engines_ray_cli_check_parquet_equals_local_parquet(tmp_path: Path):
    """--engine ray --format parquet writes the file --format parquet writes: same schema, same rows."""
    on_ray, here = tmp_path / "ray.parquet", tmp_path / "local.parquet"
    result = CliRunner().invoke(app, ["check", str(CORPUS), "--engine", "ray", "--format", "parquet", "-o", str(on_ray),
                                      "--batch-size", "2", "--concurrency", "2"])
    assert result.exit_code == ExitCode.OK, result.output
    count = len(list(Path(CORPUS).glob("*.txt")))
    assert re.search(rf"claimx: ray engine: {count} article\(s\), \d+ claim\(s\) in [\d.]+ s \([\d.]+ articles/s\)", result.stderr)
    assert CliRunner().invoke(app, ["check", str(CORPUS), "-f", "parquet", "-o", str(here)]).exit_code == ExitCode.OK
    ray_table, local_table = pq.read_table(on_ray), pq.read_table(here)
    assert ray_table.schema.equals(rows.SCHEMA) and local_table.schema.equals(rows.SCHEMA)
    key = [("article", "ascending"), ("start", "ascending"), ("end", "ascending"), ("id", "ascending")]
    assert ray_table.sort_by(key).equals(local_table.sort_by(key))
    assert local_table.num_rows > 100


def test_engines_ray_cli_extract_jsonl_reports_bad_inputs(tmp_path: Path, local_results: dict[str, list[str]]):
    archive = tmp_path / "archive"
    shutil.copytree(CORPUS, archive)
    (archive / "blank.txt").write_text("")
    result = CliRunner().invoke(app, ["extract", str(archive), "--engine", "ray", "--format", "jsonl",
                                      "--concurrency", "2"])
    assert result.exit_code == ExitCode.PARTIAL
    assert f"claimx: skipped {archive / 'blank.txt'}: file is empty" in result.stderr
    assert f"1 input(s) failed, {len(list(Path(CORPUS).glob('*.txt')))} article(s) written" in result.stderr
    assert set(result.stdout.splitlines()) == set(local_results["extract"])
