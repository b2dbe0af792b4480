"""The run path: read inputs, run a Task on an engine, write every result to a sink.

`run(paths, task, sink, engine=...)` is what `claimx extract` and `claimx check` (and anyone using
claimx as a library) call; engines (`claimx.engines`) only add parallelism and sinks
(`claimx.sinks`) only write. A bad input, an article the pipeline or the checker chokes on, or an
article the store refuses becomes a `Failure` in the run's `Batch` and never stops the others.

Example:
    from claimx import run, Task
    from claimx.sinks import open_sink
    summary = run(["archive/"], Task(check=True), open_sink("jsonl", Path("checked.jsonl")), jobs=2)
"""
from __future__ import annotations

import datetime as dt
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, Optional

from claimx.engines import Task, engine as engine_module, where
from claimx.reader import MAX_BYTES, Note, read_inputs
from claimx.records import Article, ExtractionResult, Failure
from claimx.sinks import ArticleFailed, Sink


@dataclass
class Batch:
    """What happened in one run: articles done and inputs that failed.

    on_failure (Callable | None): called with each Failure as it happens (the CLI prints it).
    on_note (Callable | None): called with each reader `Note` (an input read with a repair).
    """

    on_failure: Callable[[Failure], None] | None = None
    on_note: Callable[[Note], None] | None = None
    done: int = 0
    skipped: int = 0
    failures: list[Failure] = field(default_factory=list)

    def fail(self, failure: Failure) -> None:
        self.failures.append(failure)
        if self.on_failure:
            self.on_failure(failure)


@dataclass
class Summary:
    """What one run did, for the closing note.

    engine (str): the engine's name.
    articles (int): articles written (failures not counted).
    claims (int): claim records written.
    seconds (float): wall-clock time from the first article read to the last record written.
    """

    engine: str
    articles: int
    claims: int
    seconds: float

    @property
    def rate(self) -> float:
        """Articles per second."""
        return self.articles / self.seconds if self.seconds else 0.0


def articles(paths: Sequence[str], batch: Batch, *, max_bytes: int = MAX_BYTES, stdin: BinaryIO | None = None,
             published: dt.date | None = None, skip: Callable[[Article], bool] | None = None,
             skip_file: Callable[[Path], bool] | None = None) -> Iterator[Article]:
    """The readable articles under `paths`; unreadable inputs are reported to `batch`.

    published (date | None): the date given to articles that carry none.
    skip (Callable | None): articles for which this returns True are left out (already stored, say).
    skip_file (Callable | None): files for which this returns True are not read (the run's own output).
    """
    if stdin is None and "-" in paths:
        stdin = getattr(sys.stdin, "buffer", None)
        if stdin is None:  # `claimx extract - <&-`: Python starts with sys.stdin None
            batch.fail(Failure(path="-", problem="stdin is closed"))
            paths = [p for p in paths if p != "-"]
    for item in read_inputs(paths, stdin=stdin, max_bytes=max_bytes, on_note=batch.on_note,
                            skip_file=skip_file):
        if isinstance(item, Failure):
            batch.fail(item)
            continue
        if published and item.published is None:
            item = item.model_copy(update={"published": published})
        if skip and skip(item):
            batch.skipped += 1
            continue
        yield item


def run(paths: Sequence[str], task: Task, sink: Sink, *, engine: str = "local", jobs: int = 1,
        batch_size: Optional[int] = None, concurrency: Optional[int] = None, max_bytes: int = MAX_BYTES,
        published: dt.date | None = None, stdin: BinaryIO | None = None, batch: Optional[Batch] = None,
        on_article: Optional[Callable[[ExtractionResult], None]] = None,
        skip_file: Optional[Callable[[Path], bool]] = None) -> Summary:
    """Read the articles under `paths`, run `task` on them with `engine` and write each result to `sink`.

    Results stream: the sink gets each article as soon as it is done (in input order on the local
    engine), and the local engine's workers read ahead only a few batches, so memory does not grow
    with the number of articles. The sink is closed when the run is complete and aborted (its file
    dropped) when it is not. Articles the sink already has (`sink.has(article)`, a store) are skipped.

    paths (Sequence[str]): files, folders or "-".
    task (Task): extract, or extract and check (in the workers).
    sink (Sink): where results go (`claimx.sinks.open_sink`, `StoreSink`).
    engine (str): "local" or "ray".
    jobs (int): worker processes (local engine).
    batch_size (int | None): articles per batch; None for the engine's default.
    concurrency (int | None): the most Ray actors; None for one per CPU (ray engine).
    max_bytes (int): the size limit for one article.
    published (date | None): the date given to articles that carry none.
    stdin (BinaryIO | None): what "-" reads; sys.stdin's bytes when None.
    batch (Batch | None): collects counts and failures (one with `on_failure` prints them).
    on_article (Callable | None): called after each article is written (a progress bar).
    skip_file (Callable | None): files not to read (the run's own output, `claimx.reader.OwnOutput`).
    RETURNS (Summary): counts and time; `batch` holds the failures.
    RAISES (OutputError): the output could not be written (the file is left as it was).
    """
    batch = batch if batch is not None else Batch()
    module = engine_module(engine)
    started = time.perf_counter()
    claims = 0
    source = articles(paths, batch, max_bytes=max_bytes, stdin=stdin, published=published,
                      skip=getattr(sink, "has", None), skip_file=skip_file)
    try:
        for item in module.results(task, source, jobs=jobs, batch_size=batch_size, concurrency=concurrency):
            if isinstance(item, Failure):
                batch.fail(item)
                continue
            try:
                sink.write(item)
            except ArticleFailed as error:
                batch.fail(Failure(path=where(item.article), problem=error.problem))
                continue
            batch.done += 1
            claims += len(item.claims)
            if on_article:
                on_article(item)
        for failure in batch.failures:
            sink.fail(failure)
        sink.close()
    except BaseException:
        sink.abort()
        raise
    return Summary(engine, batch.done, claims, time.perf_counter() - started)


def extract(paths: Sequence[str], nlp=None, batch: Optional[Batch] = None, *, jobs: int = 1,
            max_bytes: int = MAX_BYTES, stdin: BinaryIO | None = None, published: dt.date | None = None,
            skip: Callable[[Article], bool] | None = None) -> Iterator[ExtractionResult]:
    """The extraction results of every readable article under `paths`, in input order (a
    convenience over the local engine for scripts and tests; `run` is the run path).

    nlp (Language | None): a pipeline from `claimx.pipeline.load_pipeline`; None loads the default.
    """
    from claimx.engines import Worker

    batch = batch if batch is not None else Batch()
    source = articles(paths, batch, max_bytes=max_bytes, stdin=stdin, published=published, skip=skip)
    if nlp is not None and jobs <= 1:
        items = Worker(Task(), nlp=nlp).results(source)
    else:
        model = nlp.meta.get("claimx", {}).get("model") if nlp is not None else None
        items = engine_module("local").results(Task(model=model), source, jobs=jobs)
    for item in items:
        if isinstance(item, Failure):
            batch.fail(item)
        else:
            batch.done += 1
            yield item


def check(result: ExtractionResult, pack) -> ExtractionResult:
    """One article's result with every claim checked against `pack` and against each other."""
    from claimx.check import check_claims  # only `check` needs the verdict rules

    checked = check_claims(result.claims, pack, published=result.article.published,
                           texts={result.article.id: result.article.text})
    return result.model_copy(update={"claims": checked})


__all__ = ["Batch", "Summary", "Task", "articles", "check", "extract", "run"]
