"""The Ray engine on a local 2-CPU Ray: the same records as the local engine, from Python and the CLI."""
from __future__ import annotations

import json
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pyarrow.dataset as pads
import pytest
from typer.testing import CliRunner

from claimx import batch as runner
from claimx import engines
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


def claims_of(rows: list[dict]) -> list[str]:
    assert [r["problem"] for r in rows if r["problem"]] == []
    return [engines.row_claim(r).model_dump_json() for r in rows]


@pytest.mark.parametrize("task", ["extract", "check"])
def test_engines_ray_python_api_matches_local(task: str, local_results: dict[str, list[str]]):
    run = ray_engine.extract if task == "extract" else ray_engine.check
    got = claims_of(run(corpus_dataset(), batch_size=2, concurrency=2).take_all())
    expected = local_results[task]
    assert len(got) == len(expected) > 100
    assert keys(got) == keys(expected)
    assert set(got) == set(expected)
    if task == "check":
        assert {json.loads(r)["verdict"] for r in got} >= {"supported", "contradicted", "unverifiable"}


def test_engines_ray_reads_json_rows_like_the_local_reader(tmp_path: Path):
    """Rows from ray.data.read_json (dates parsed or not by Arrow) give what claimx's reader gives for the file."""
    source = tmp_path / "articles.jsonl"
    with source.open("w", encoding="utf-8") as fh:
        for n, path in enumerate(sorted(CORPUS.glob("*.txt"))[:4]):
            fh.write(json.dumps({"id": path.stem, "text": path.read_text(encoding="utf-8"),
                                 "published": f"2025-0{n + 1}-15"}) + "\n")
    local = [c.model_dump_json() for r in runner.extract([str(source)], load_pipeline(), Batch()) for c in r.claims]
    got = claims_of(ray_engine.extract(ray.data.read_json(str(source)), batch_size=2).take_all())
    assert set(got) == set(local) and len(got) == len(local) > 0
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


def test_engines_ray_cli_check_parquet_matches_local(tmp_path: Path, local_results: dict[str, list[str]]):
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["check", str(CORPUS), "--engine", "ray", "--format", "parquet", "-o", str(out),
                                      "--batch-size", "2", "--concurrency", "2"])
    assert result.exit_code == ExitCode.OK, result.output
    assert re.search(r"claimx: ray engine: 8 article\(s\), \d+ claim\(s\) in [\d.]+ s \([\d.]+ articles/s\)", result.stderr)
    parts = sorted(out.glob("*.parquet"))
    assert len(parts) == 4  # one part file per block: 8 articles in batches of 2
    got = claims_of(pads.dataset(out, format="parquet").to_table().to_pylist())
    assert set(got) == set(local_results["check"]) and len(got) == len(local_results["check"])


def test_engines_ray_cli_extract_jsonl_reports_bad_inputs(tmp_path: Path, local_results: dict[str, list[str]]):
    archive = tmp_path / "archive"
    shutil.copytree(CORPUS, archive)
    (archive / "blank.txt").write_text("")
    result = CliRunner().invoke(app, ["extract", str(archive), "--engine", "ray", "--format", "jsonl",
                                      "--concurrency", "2"])
    assert result.exit_code == ExitCode.PARTIAL
    assert f"claimx: skipped {archive / 'blank.txt'}: file is empty" in result.stderr
    assert "1 input(s) failed, 8 article(s) written" in result.stderr
    assert set(result.stdout.splitlines()) == set(local_results["extract"])
