"""The check row of `claimx bench`: `claimx check --db` articles per second and peak memory at
--jobs 1 and 2, on two archive sizes, so that scaling with jobs and flat memory can be seen.

Each measurement runs in a fresh (spawned) process that writes a folder of distinct articles
(corpus articles with every digit perturbed and the paragraphs shuffled, as `claimx.bench` does),
then times `claimx.run` with a checking Task into a `StoreSink` over a new SQLite file, exactly the
run path `claimx check archive/ --db claims.db` takes (output to /dev/null). It reports the
articles/s, the peak RSS of the main process (which must not grow with the number of articles:
checking runs in the workers and at most two batches per worker are in flight) and the largest
peak RSS of a worker process.
"""
from __future__ import annotations

import multiprocessing as mp
import os
import resource
import tempfile
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

SIZES = (50, 200)  # articles: the small and the large archive
TARGET_SPEEDUP = 0.8  # jobs N vs jobs 1 at least 0.8 x min(N, cores): 1.6x for 2 jobs on 2 cores
TARGET_GROWTH = 1.10  # main-process peak RSS on the large archive at most this times the small one's
COLUMNS = ("check --db", "jobs", "articles", "seconds", "articles/s", "vs jobs 1", "main peak MB", "worker peak MB")


@dataclass(frozen=True)
class CheckRun:
    """One `check --db` measurement.

    jobs (int): worker processes; articles (int): the archive size; seconds (float): the run, load excluded.
    main_mb (float): peak RSS of the main process; worker_mb (float): the largest peak RSS of a worker.
    """

    jobs: int
    articles: int
    seconds: float
    main_mb: float
    worker_mb: float

    @property
    def rate(self) -> float:
        return self.articles / self.seconds if self.seconds else 0.0


def run_check_bench(texts: Sequence[str], *, model: str | None = None, jobs: Iterable[int] = (1, 2),
                    sizes: Sequence[int] = SIZES, seed: int = 0) -> list[CheckRun]:
    """Measure `check --db` at each archive size and jobs, each in a fresh process.

    texts (Sequence[str]): the corpus texts to perturb into articles.
    model (str | None): the base spaCy pipeline; None for claimx's default.
    jobs (Iterable[int]): worker counts; 1 is always measured.
    sizes (Sequence[int]): archive sizes in articles.
    seed (int): for the perturbations.
    RETURNS (list[CheckRun]): one per size and jobs.
    """
    from claimx.bench import bench_texts

    runs = []
    with tempfile.TemporaryDirectory(prefix="claimx-bench-check-") as tmp:
        for size in sorted(set(sizes)):
            folder = Path(tmp, f"archive-{size}")
            folder.mkdir()
            for n, text in enumerate(bench_texts(texts, size, seed=seed)):
                (folder / f"a{n:05d}.txt").write_text(text, encoding="utf-8")
            for n in sorted({1, *jobs}):
                runs.append(_in_fresh_process(model, folder, n, Path(tmp, f"claims-{size}-{n}.db")))
    return runs


def _in_fresh_process(model: str | None, folder: Path, jobs: int, db: Path) -> CheckRun:
    ctx = mp.get_context("spawn")
    receive, send = ctx.Pipe(duplex=False)
    process = ctx.Process(target=_measure, args=(send, model, str(folder), jobs, str(db)))
    process.start()
    send.close()
    try:
        outcome = receive.recv()
    except EOFError:
        process.join()
        raise RuntimeError(f"the check measurement (jobs {jobs}) died with exit code {process.exitcode}") from None
    process.join()
    return outcome


def _measure(send, model: str | None, folder: str, jobs: int, db: str) -> None:
    from claimx.batch import Batch, run
    from claimx.engines import Task, pipeline_for
    from claimx.reference import default_pack_path, load_pack
    from claimx.sinks import StoreSink, WriterSink
    from claimx.store import ClaimStore

    task = Task(check=True, model=model, pack=load_pack(default_pack_path()))
    pipeline_for(task)
    sink = StoreSink(ClaimStore(db), WriterSink("jsonl", Path(os.devnull)))
    batch = Batch()
    started = time.perf_counter()
    summary = run([folder], task, sink, jobs=jobs, batch=batch)
    seconds = time.perf_counter() - started
    if batch.failures:
        raise RuntimeError(f"{batch.failures[0].path}: {batch.failures[0].problem}")
    main = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024 if jobs > 1 else 0.0
    send.send(CheckRun(jobs, summary.articles, seconds, main, workers))
    send.close()


def rows(runs: list[CheckRun]) -> list[list[str]]:
    """One row per size and jobs, in COLUMNS order."""
    out = []
    for r in sorted(runs, key=lambda r: (r.articles, r.jobs)):
        one = next(x for x in runs if x.articles == r.articles and x.jobs == 1)
        out.append(["check --db", str(r.jobs), str(r.articles), f"{r.seconds:.1f}", f"{r.rate:.2f}",
                    f"{r.rate / one.rate:.2f}" if one.rate else "", f"{r.main_mb:,.0f}",
                    f"{r.worker_mb:,.0f}" if r.jobs > 1 else ""])
    return out


def targets(runs: list[CheckRun], cores: int) -> list[tuple[str, float, str, bool]]:
    """(name, measured, goal, met) for jobs scaling on the largest archive and flat main-process memory."""
    if not runs:
        return []
    largest, smallest = max(r.articles for r in runs), min(r.articles for r in runs)
    found = []
    one = next(r for r in runs if r.articles == largest and r.jobs == 1)
    for r in sorted((r for r in runs if r.articles == largest and r.jobs > 1), key=lambda r: r.jobs):
        goal = TARGET_SPEEDUP * min(r.jobs, cores)
        found.append((f"check --db jobs {r.jobs} / jobs 1 ({largest} articles)", r.rate / one.rate,
                      f">= {goal:.1f}", r.rate / one.rate >= goal))
    if largest > smallest:
        for jobs in sorted({r.jobs for r in runs}):
            small = next(r for r in runs if r.articles == smallest and r.jobs == jobs)
            big = next(r for r in runs if r.articles == largest and r.jobs == jobs)
            growth = big.main_mb / small.main_mb
            found.append((f"check --db jobs {jobs} main peak RSS, {largest} / {smallest} articles", growth,
                          f"<= {TARGET_GROWTH:.2f}", growth <= TARGET_GROWTH))
    return found
