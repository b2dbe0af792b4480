"""Engine layer without a running Ray: rows, input rows, engine selection, the CLI's engine options."""
from __future__ import annotations

import datetime as dt
import gc
import hashlib
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

import claimx
from claimx import batch as runner
from claimx import engines
from claimx.batch import Batch
from claimx.cli import app
from claimx.errors import ExitCode, MissingExtra
from claimx.pipeline import load_pipeline
from claimx.sinks import WriterSink

HASH_ID = "text-" + hashlib.sha256("Sales rose 5%.".encode("utf-8")).hexdigest()[:16]
CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "articles"


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


@pytest.mark.parametrize("row,expected_id,expected_date", [
    ({"text": "Sales rose 5%.", "id": "s1", "published": "2025-03-04"}, "s1", dt.date(2025, 3, 4)),
    ({"text": "Sales rose 5%.", "id": 7, "published": dt.datetime(2025, 3, 4, 0, 0)}, "7", dt.date(2025, 3, 4)),
    ({"text": "Sales rose 5%.", "published": dt.date(2025, 3, 4)}, HASH_ID, dt.date(2025, 3, 4)),
    ({"text": "Sales rose 5%.", "id": None, "published": None}, HASH_ID, None),
])
def test_engines_row_article_reads_optional_fields(row: dict, expected_id: str, expected_date: dt.date | None):
    article = engines.row_article(row)
    assert (article.id, article.published, article.text) == (expected_id, expected_date, row["text"])


@pytest.mark.parametrize("row,problem", [
    ({"id": "a"}, 'no "text" field'),
    ({"text": "  "}, '"text" is empty'),
    ({"text": 12}, "not a string"),
    ({"text": "x", "published": "soon"}, '"published" is not a date'),
    ({"text": "x", "published": 20250304}, '"published" is not a date'),
])
def test_engines_row_article_rejects_bad_rows(row: dict, problem: str):
    with pytest.raises(ValueError, match=problem):
        engines.row_article(row)


def test_engines_selects_known_engines_only():
    assert engines.engine("local").__name__ == "claimx.engines.local"
    with pytest.raises(ValueError, match="unknown engine 'spark'"):
        engines.engine("spark")


@pytest.fixture
def without_ray(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make `import ray` fail as it does when the extra is not installed."""
    monkeypatch.setitem(sys.modules, "ray", None)
    monkeypatch.setitem(sys.modules, "ray.data", None)
    monkeypatch.delitem(sys.modules, "claimx.engines.ray", raising=False)


def test_engines_ray_missing_says_how_to_install(without_ray: None):
    with pytest.raises(MissingExtra, match=r'pip install -e "\.\[ray\]"'):
        engines.engine("ray")


@pytest.mark.parametrize("command", ["extract", "check"])
def test_engines_cli_ray_missing_exits_7(without_ray: None, command: str):
    result = CliRunner().invoke(app, [command, str(CORPUS), "--engine", "ray", "-f", "jsonl"])
    assert result.exit_code == ExitCode.MISSING_DEPENDENCY
    assert result.stderr.strip() == 'claimx: error: the ray engine needs Ray Data, which is not installed: pip install -e ".[ray]"'
    assert "Traceback" not in result.output


@pytest.mark.parametrize("args,message", [
    (["extract", "--engine", "ray", "-f", "parquet"], "parquet is binary: give a file with -o"),
    (["extract", "-f", "parquet"], "parquet is binary: give a file with -o"),
    (["check", "--engine", "spark"], "choose one of local, ray"),
    (["check", "--engine", "ray", "--concurrency", "0"], "greater than or equal to 1"),
])
def test_engines_cli_usage_errors(tmp_path: Path, args: list[str], message: str):
    existing = tmp_path / "out.parquet"  # a file, since --output takes no folder that exists
    existing.write_text("")
    args = [a.format(existing=existing, tmp=tmp_path) for a in args]
    result = CliRunner().invoke(app, [args[0], str(CORPUS), *args[1:]])
    assert result.exit_code == ExitCode.USAGE
    assert message in " ".join(result.stderr.replace("│", " ").split())


def test_engines_run_path_writes_what_the_batch_runner_extracts(nlp, capsys):
    """claimx.run on the local engine writes the same records as claimx.batch.extract, in the same order."""
    expected = [c.model_dump_json() for r in runner.extract([str(CORPUS)], nlp, Batch()) for c in r.claims]
    capsys.readouterr()
    batch = Batch()
    summary = claimx.run([str(CORPUS)], claimx.Task(), WriterSink("jsonl"), batch=batch)
    assert capsys.readouterr().out.splitlines() == expected
    count = len(list(CORPUS.glob("*.txt")))
    assert (summary.articles, summary.claims, batch.done, batch.failures) == (count, len(expected), count, [])


def test_engines_local_workers_check_in_order_like_one_process():
    """jobs 2 (checking in the worker processes, bounded in flight) gives what one process gives, in input order."""
    from claimx.reference import default_pack_path, load_pack

    task = claimx.Task(check=True, pack=load_pack(default_pack_path()))
    articles = list(runner.articles([str(CORPUS)], Batch())) * 3
    articles = [a.model_copy(update={"id": f"{a.id}-{n}"}) for n, a in enumerate(articles)]
    one = [r.model_dump_json() for r in engines.engine("local").results(task, articles, jobs=1)]
    two = [r.model_dump_json() for r in engines.engine("local").results(task, iter(articles), jobs=2, batch_size=2)]
    assert one == two and len(one) == 3 * len(list(CORPUS.glob("*.txt")))
    assert gc.get_freeze_count() == 0  # frozen only while the workers were forked and ran


def test_engines_local_one_process_freezes_the_pipeline_only_while_it_runs(nlp):
    """jobs 1 moves the loaded pipeline to the collector's permanent generation for the run (its full collections
    then skip it) and thaws it when the run ends."""
    from claimx.records import Article

    articles = [Article(id=f"a{n}", text="Sales rose 5% to $3.1 billion in 2024.") for n in range(3)]
    during = [gc.get_freeze_count() for _ in engines.engine("local").results(claimx.Task(), articles, jobs=1, nlp=nlp)]
    assert len(during) == 3 and all(n > 0 for n in during)
    assert gc.get_freeze_count() == 0


def test_engines_local_workers_inherit_the_loaded_pipeline(nlp, monkeypatch):
    """jobs 2 forks its workers after the pipeline is loaded, in this process: no worker loads one of its own (a
    second load per worker would cost each about a second before its first article)."""
    import multiprocessing

    from claimx.records import Article, ExtractionResult

    if "fork" not in multiprocessing.get_all_start_methods():
        pytest.skip("workers are spawned, and load their pipeline, where fork is not available")

    def no_load(*args, **kwargs):
        raise AssertionError("a worker loaded the pipeline again")

    articles = [Article(id=f"a{n}", text=f"Sales rose {n + 2}% to ${n + 3}.1 billion in 2024.") for n in range(6)]
    one = [r.model_dump_json() for r in engines.engine("local").results(claimx.Task(), articles, jobs=1, nlp=nlp)]
    monkeypatch.setattr("claimx.pipeline.load_pipeline", no_load)  # inherited by the forked workers
    monkeypatch.setattr(engines, "_pipelines", {})  # nothing cached to fall back on
    two = list(engines.engine("local").results(claimx.Task(), articles, jobs=2, batch_size=1, nlp=nlp))
    assert all(isinstance(r, ExtractionResult) for r in two), two
    assert [r.model_dump_json() for r in two] == one
