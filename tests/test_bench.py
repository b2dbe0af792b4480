"""Tests for claimx.bench and `claimx bench`: perturbed texts, report arithmetic, a tiny real run, plots."""
from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimx import bench
from claimx.cli import app
from claimx.errors import ExitCode, InputError, ModelNotFound

TEXT = ("Harbour Freight sold 1,250 cranes in 2024.\n\n"
        "Its revenue rose 12% to $3.4 billion, about a third more than its rival.\n\n"
        "The company employs 8,900 people in 14 countries.\n")
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def test_bench_perturb_changes_digits_only():
    out = bench.perturb(TEXT, random.Random(1), shuffle=False)
    assert out != TEXT
    assert re.sub(r"\d", "#", out) == re.sub(r"\d", "#", TEXT)  # same shape: only digits differ
    assert not re.search(r"(?<![\d.,])0\d", out)  # no number starts with a zero


def test_bench_perturb_shuffles_paragraphs():
    shuffled = [bench.perturb(TEXT, random.Random(seed)) for seed in range(8)]
    shapes = {tuple(re.sub(r"\d", "#", p) for p in bench.paragraphs_of(s)) for s in shuffled}
    assert len(shapes) > 1  # the order changes between seeds
    assert all(sorted(shape) == sorted(re.sub(r"\d", "#", p) for p in bench.paragraphs_of(TEXT)) for shape in shapes)


@pytest.mark.parametrize("count", [1, 2, 7])
def test_bench_texts_are_all_different(count: int):
    texts = bench.bench_texts([TEXT, TEXT.upper()], count)
    assert len(texts) == count and len(set(texts)) == count
    assert [t.isupper() for t in texts] == [n % 2 == 1 for n in range(count)]  # the texts in turn


@pytest.mark.parametrize("chars", [500, 5_000, 60_000])
def test_bench_synthetic_article_has_the_size_asked(chars: int):
    article = bench.synthetic_article([TEXT], chars, random.Random(0))
    longest = max(len(p) for p in bench.paragraphs_of(TEXT))
    assert chars - longest - 2 <= len(article) <= chars + 1


def report(**overrides) -> bench.BenchReport:
    """A report with made-up measurements whose ratios are easy to check."""
    runs = [bench.Run("spacy", 1, 1.0, 10.0, 11_000, 300.0, 10.8), bench.Run("claimx", 1, 1.25, 12.5, 11_000, 320.0, 12.0),
            bench.Run("spacy", 2, 1.0, 5.5, 11_000, 310.0), bench.Run("claimx", 2, 1.25, 8.0, 11_000, 330.0)]
    lengths = [bench.LengthRun("spacy", 5_000, 0.1), bench.LengthRun("spacy", 2_000_000, 38.0),
               bench.LengthRun("claimx", 5_000, 0.2), bench.LengthRun("claimx", 2_000_000, 110.0)]
    startup = bench.Startup(spacy_load=2.0, help=0.5, short_article=3.2, chars=1_500)
    return bench.BenchReport(**{"model": "m", "cores": 2, "load_average": 0.1, "texts": 4, "chars": 40_000, "runs": runs,
                                "lengths": lengths, "startup": startup, **overrides})


def test_bench_report_ratios():
    r = report()
    assert r.run("claimx", 1).tokens_per_second == 880
    assert r.run("claimx", 1).tokens_per_second_with_load == 800  # 11,000 tokens in 1.25 + 12.5 s
    assert r.ratio(1) == pytest.approx(800 / 1000)  # load included on both sides
    assert r.speedup("claimx", 2) == pytest.approx(12.5 / 8.0)  # parse only
    assert r.length_cost("claimx") == pytest.approx((550.0, 400.0))
    assert r.cpu_ratio(1) == pytest.approx(10.8 / 12.0)  # spaCy's CPU seconds over claimx's, load included
    assert r.cpu_ratio(2) is None  # not measured


@pytest.mark.parametrize("name,met", [
    ("claimx --help / spacy.load", True),  # 0.25 < 0.4
    ("one 1,500-character article end to end / spacy.load", False),  # 1.6 > 1.5
    ("claimx / spaCy throughput, jobs 1, load included", True),  # 0.8 >= 0.8
    ("the same in CPU seconds (spaCy CPU / claimx CPU)", True),  # 0.9 >= 0.8
    ("claimx jobs 2 / jobs 1 (parse)", False),  # 1.56 < 1.7
    ("claimx peak RSS per worker (MB)", True),
    ("claimx long / short article seconds", False),  # 550 > 1.25 x 400
])
def test_bench_report_targets(name: str, met: bool):
    assert {t.name: t.met for t in report().targets()}[name] is met


def test_bench_report_rows():
    rows = bench.throughput_rows(report())
    assert rows[1] == ["claimx", "1", "1.25", "12.50", "880", "800", "0.80", "1.00", "12.00", "320"]
    assert bench.startup_rows(report())[1][1:] == ["0.50", "0.25"]
    assert bench.startup_rows(report(startup=None)) == []
    assert [r[0] for r in bench.length_rows(report())] == ["spacy", "spacy", "claimx", "claimx"]
    assert bench.length_rows(report())[3][3:] == ["550", "400"]


def test_bench_write_plots(tmp_path: Path):
    written = bench.write_plots(report(), tmp_path / "plots")
    assert [p.name for p in written] == ["throughput-vs-jobs.png", "seconds-vs-length.png"]
    assert all(p.read_bytes().startswith(PNG_MAGIC) for p in written)


def test_bench_corpus_texts_reads_articles_folder(tmp_path: Path):
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a.txt").write_text(TEXT, encoding="utf-8")
    assert bench.corpus_texts(tmp_path) == [TEXT]


def test_bench_corpus_texts_needs_an_article(tmp_path: Path):
    with pytest.raises(InputError, match="no article files"):
        bench.corpus_texts(tmp_path)


def test_bench_run_bench_tiny():
    # Two rounds: each engine measured twice, the faster kept; lengths are timed in the first round only.
    r = bench.run_bench([TEXT], jobs=[1], articles=1, rounds=2, lengths=[1_000, 3_000], startup_rounds=1)
    assert [(run.engine, run.jobs) for run in r.runs] == [("spacy", 1), ("claimx", 1)]
    assert r.startup.chars == len(TEXT) and min(r.startup.help, r.startup.spacy_load, r.startup.short_article) > 0
    assert r.texts == 1 and r.cores >= 1
    spacy_run, claimx_run = r.runs
    assert spacy_run.tokens == claimx_run.tokens > 30
    assert all(run.seconds > 0 and run.load_seconds > 0 and 50 < run.rss_mb < 4096 for run in r.runs)
    assert all(0 < run.cpu_seconds < 4 * (run.seconds + run.load_seconds) + 1 for run in r.runs)
    assert sorted((x.engine, x.chars) for x in r.lengths) == [("claimx", 1_000), ("claimx", 3_000),
                                                                ("spacy", 1_000), ("spacy", 3_000)]
    assert [t.name for t in r.targets()] == [
        "claimx --help / spacy.load", f"one {len(TEXT)}-character article end to end / spacy.load",
        "claimx / spaCy throughput, jobs 1, load included", "the same in CPU seconds (spaCy CPU / claimx CPU)",
        "claimx peak RSS per worker (MB)",
        "claimx long / short article seconds"]


def test_bench_run_bench_unknown_model():
    with pytest.raises(ModelNotFound, match="no_such_model"):
        bench.run_bench([TEXT], model="no_such_model", jobs=[1], lengths=[])


def test_cli_bench_tiny_run(tmp_path: Path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    result = CliRunner().invoke(app, ["bench", str(tmp_path), "--jobs", "1", "--articles", "1", "--startup-rounds", "1",
                                      "--length", "1000", "--length", "2000", "--plot", str(tmp_path / "plots"),
                                      "--check-articles", "0"])
    assert result.exit_code == ExitCode.OK, result.output
    for heading in ("load average", "Start-up", "claimx --help", "Throughput", "Cost vs article length", "Targets",
                    "claimx / spaCy throughput, jobs 1"):
        assert heading in result.output
    assert (tmp_path / "plots" / "throughput-vs-jobs.png").read_bytes().startswith(PNG_MAGIC)


@pytest.mark.parametrize("args,code,message", [
    (["missing-folder"], ExitCode.NO_INPUT, "missing-folder"),
    (["{corpus}", "--model", "no_such_model"], ExitCode.MISSING_DEPENDENCY, "no_such_model"),
])
def test_cli_bench_errors_in_one_line(tmp_path: Path, args: list[str], code: int, message: str):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    args = [a.format(corpus=tmp_path) if a != "missing-folder" else str(tmp_path / a) for a in args]
    result = CliRunner().invoke(app, ["bench", *args, "--length", "1000", "--startup-rounds", "0", "--check-articles", "0"])
    assert result.exit_code == code, result.output
    assert message in result.output and len(result.output.strip().splitlines()) == 1


def test_bench_check_row_measures_both_jobs_and_sizes():
    """The check row: `check --db` at jobs 1 and 2 on two archive sizes, main-process memory for each; an
    archive holds as many articles as asked for, whatever the number of corpus texts."""
    from claimx import bench_check

    runs = bench_check.run_check_bench([TEXT, TEXT.replace("\n\n", "\n\nIn other news.\n\n", 1)], jobs=[2], sizes=[2, 4])
    assert sorted((r.articles, r.jobs) for r in runs) == [(2, 1), (2, 2), (4, 1), (4, 2)]
    assert all(r.seconds > 0 and r.main_mb > 50 for r in runs)
    assert all(r.worker_mb > 50 for r in runs if r.jobs == 2)
    rows = bench_check.rows(runs)
    assert [row[:3] for row in rows] == [["check --db", "1", "2"], ["check --db", "2", "2"],
                                        ["check --db", "1", "4"], ["check --db", "2", "4"]]
    names = [t[0] for t in bench_check.targets(runs, cores=2)]
    assert names == ["check --db jobs 2 / jobs 1 (4 articles)", "check --db jobs 1 main peak RSS, 4 / 2 articles",
                     "check --db jobs 2 main peak RSS, 4 / 2 articles"]


def test_bench_check_targets_judge_speedup_and_growth():
    from claimx.bench_check import CheckRun, targets

    runs = [CheckRun(1, 50, 50.0, 400.0, 0.0), CheckRun(2, 50, 30.0, 400.0, 300.0),
            CheckRun(1, 200, 200.0, 410.0, 0.0), CheckRun(2, 200, 110.0, 520.0, 300.0)]
    got = {name: (round(value, 2), met) for name, value, _goal, met in targets(runs, cores=2)}
    assert got == {"check --db jobs 2 / jobs 1 (200 articles)": (1.82, True),
                   "check --db jobs 1 main peak RSS, 200 / 50 articles": (1.02, True),
                   "check --db jobs 2 main peak RSS, 200 / 50 articles": (1.3, False)}
