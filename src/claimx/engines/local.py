"""The local engine: the whole run in this process, spaCy's `n_process` for parallelism.

This is what `claimx extract` and `claimx check` do without `--engine`; here it yields the same
rows as the Ray engine so that runs on either engine can be compared and written the same way.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from claimx.engines import Task, Worker
from claimx.records import Article


def rows(task: Task, articles: Iterable[Article], *, jobs: int = 1, batch_size: int | None = None,
         concurrency: int | None = None) -> Iterator[dict]:
    """Run `task` over `articles` in this process, in input order.

    task (Task): what to run.
    articles (Iterable[Article]): the articles, read lazily.
    jobs (int): spaCy worker processes.
    batch_size (int | None): texts per nlp.pipe batch; None for 16.
    concurrency (int | None): unused here (see `jobs`); taken so engines share a signature.
    RETURNS (Iterator[dict]): claim rows and failure rows (see `claimx.engines`).
    """
    yield from Worker(task, jobs=jobs, batch_size=batch_size or 16).rows(articles)
