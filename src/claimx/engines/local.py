"""The local engine: the run on this machine, in this process or in `jobs` worker processes.

Each worker process holds a `Worker` (pipeline and checker) and sends back finished records, so
checking runs in the workers too. At most `2 * jobs` batches are in flight at any time: reading
waits for writing, and the main process holds only what is in flight however long the run is.
A worker process that dies (killed, out of memory) costs only the article it was working on:
the batches it held are run again one article at a time in fresh workers.
"""
from __future__ import annotations

import gc
import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager

from claimx.engines import Task, Worker, batches, where
from claimx.records import Article, ExtractionResult, Failure
from claimx.stopping import deferred

IN_FLIGHT = 2  # batches in flight per worker process
# Articles per batch sent to a worker: small, so that no worker is left with a long batch when the other has
# finished (at most one batch of idle tail); not 1, since spaCy parses a few texts together a little cheaper.
WORKER_BATCH = 2

_worker: Worker | None = None  # the Worker of a worker process (inherited when forked)


def results(task: Task, articles: Iterable[Article], *, jobs: int = 1, batch_size: int | None = None,
            concurrency: int | None = None, nlp=None) -> Iterator[ExtractionResult | Failure]:
    """Run `task` over `articles` here, in input order.

    task (Task): what to run.
    articles (Iterable[Article]): the articles, read lazily (never more than the batches in flight).
    jobs (int): worker processes; 1 runs in this process.
    batch_size (int | None): articles per batch; None for 16 in this process, WORKER_BATCH per worker batch.
    concurrency (int | None): unused (the Ray engine's); taken so that engines share a signature.
    nlp (Language | None): a pipeline already loaded for `task` (`claimx bench` times the load apart);
        None loads it.
    RETURNS (Iterator[ExtractionResult | Failure]): one item per article.
    """
    if jobs <= 1:
        worker = Worker(task, batch_size=batch_size or 16, nlp=nlp)
        with _frozen():  # the pipeline's objects, loaded: the run's collections need not walk them
            yield from worker.results(articles)
        return
    yield from _in_workers(task, articles, jobs, batch_size or WORKER_BATCH, nlp)


def _start(task: Task | None) -> None:
    global _worker
    _die_with_parent()
    if _worker is None and task is not None:
        _worker = Worker(task)


def _die_with_parent() -> None:
    """Ask Linux to end this worker when the process that started it dies (killed, say), so no
    orphaned worker goes on parsing for nobody."""
    try:
        import ctypes
        import signal

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):  # not Linux: the workers end when their queue closes
        pass


def _work(group: list[Article]) -> list[ExtractionResult | Failure]:
    return list(_worker.results(group))


def _context():
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


def _pool(task: Task, jobs: int) -> ProcessPoolExecutor:
    context = _context()
    forked = context.get_start_method() == "fork"
    return ProcessPoolExecutor(jobs, mp_context=context, initializer=_start, initargs=(None if forked else task,))


def _in_workers(task: Task, articles: Iterable[Article], jobs: int, size: int,
                nlp=None) -> Iterator[ExtractionResult | Failure]:
    global _worker
    _worker = Worker(task, nlp=nlp)  # loaded once here; forked workers inherit it, already loaded
    # The pipeline's objects move to the collector's permanent generation while workers are forked:
    # a worker's collections then never walk (and so never copy) the pages it shares with this process.
    with _frozen():
        yield from _run_in_workers(task, articles, jobs, size)


@contextmanager
def _frozen() -> Iterator[None]:
    """Everything alive now (the loaded pipeline above all) in the collector's permanent generation until the run
    ends: the full collections during a run never walk it. A caller that froze objects itself keeps them frozen."""
    frozen = gc.get_freeze_count() == 0
    if frozen:
        gc.freeze()
    try:
        yield
    finally:
        if frozen:
            gc.unfreeze()


def _run_in_workers(task: Task, articles: Iterable[Article], jobs: int, size: int) -> Iterator[ExtractionResult | Failure]:
    global _worker
    pending: deque[tuple[list[Article], Future]] = deque()
    pool = _pool(task, jobs)
    try:
        for group in batches(articles, size):
            with deferred():  # the pool forks its workers on the first submits (see claimx.stopping)
                pending.append((group, pool.submit(_work, group)))
            while len(pending) >= IN_FLIGHT * jobs:
                group, future = pending.popleft()
                try:
                    yield from future.result()
                except BrokenProcessPool:
                    pool.shutdown(wait=False, cancel_futures=True)
                    pool = _pool(task, jobs)
                    yield from _retry(task, jobs, [group] + [g for g, _ in pending])
                    pending.clear()
        while pending:
            group, future = pending.popleft()
            try:
                yield from future.result()
            except BrokenProcessPool:
                yield from _retry(task, jobs, [group] + [g for g, _ in pending])
                pending.clear()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
        _worker = None


def _retry(task: Task, jobs: int, groups: list[list[Article]]) -> Iterator[ExtractionResult | Failure]:
    """Run the articles a dead worker pool held one at a time, each in a pool of its own when it
    kills its worker again, so that only the article that kills a worker fails."""
    pool = _pool(task, jobs)
    try:
        for article in (a for group in groups for a in group):
            try:
                with deferred():
                    future = pool.submit(_work, [article])
                yield from future.result()
            except BrokenProcessPool:
                pool.shutdown(wait=False, cancel_futures=True)
                pool = _pool(task, jobs)
                yield Failure(path=where(article), problem="the worker process died on this article (out of memory?)")
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
