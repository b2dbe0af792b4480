"""Engines: where the pipeline runs — in this process (`local`) or on a Ray cluster (`ray`).

Both engines run the same `Worker` (the spaCy pipeline from `claimx.pipeline` and the checker
from `claimx.batch`) and produce the same rows: one flat dict per claim, with the fields of
`Claim.model_dump(mode="json")`, `evidence` as a JSON string and `problem` null, plus one row per
article that could not be processed, with `article` naming it, `problem` saying why and every
claim column null. `engine(name)` selects an engine module; `run()` is what the CLI calls.
"""
from __future__ import annotations

import datetime as dt
import importlib
import time
import typing
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import IO

import pyarrow as pa

from claimx import batch as runner
from claimx.batch import Batch
from claimx.pipeline import extract_articles, load_pipeline
from claimx.reader import MAX_BYTES
from claimx.records import Article, Claim, Evidence, Failure
from claimx.reference import ReferencePack

ENGINES = ("local", "ray")
OUTPUTS = ("jsonl", "parquet")  # what `run` writes; parquet needs an engine with `write_parquet`
PROBLEM = "problem"
INSTALL_RAY = 'pip install -e ".[ray]"'


def _arrow_type(annotation: object) -> pa.DataType:
    """The Arrow type of a Claim field: int and float as such, every other scalar as a string."""
    args = [a for a in typing.get_args(annotation) if a is not type(None)] or [annotation]
    if int in args:
        return pa.int64()
    if float in args:
        return pa.float64()
    return pa.string()


# Every column is nullable so that failure rows fit the same schema; evidence travels as JSON.
SCHEMA = pa.schema([pa.field(name, pa.string() if name == "evidence" else _arrow_type(f.annotation))
                    for name, f in Claim.model_fields.items()] + [pa.field(PROBLEM, pa.string())])


@dataclass(frozen=True)
class Task:
    """What each engine worker does with an article.

    check (bool): give every claim a verdict and evidence after extracting it.
    model (str | None): the spaCy pipeline to build on; None for the installed default.
    all_quantities (bool): keep every quantity, not only claim-like ones.
    pack (ReferencePack | None): the reference pack for checks; None checks articles against themselves.
    """

    check: bool = False
    model: str | None = None
    all_quantities: bool = False
    pack: ReferencePack | None = None


@dataclass
class Summary:
    """What one engine run did, for the closing note.

    engine (str): the engine's name.
    articles (int): articles processed (failures not counted).
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


def claim_row(claim: Claim) -> dict:
    """One claim as a row: its JSON fields, evidence as a JSON string, `problem` null."""
    row = claim.model_dump(mode="json", exclude={"evidence"})
    row["evidence"] = claim.evidence.model_dump_json() if claim.evidence else None
    row[PROBLEM] = None
    return row


def failure_row(failure: Failure) -> dict:
    """One failed article as a row: `article` names it (its path when it has one), `problem` says why."""
    row = dict.fromkeys(SCHEMA.names)
    row.update(article=failure.path, problem=failure.problem)
    return row


def row_claim(row: dict) -> Claim:
    """The Claim a claim row holds (validated against the record contract)."""
    fields = {k: v for k, v in row.items() if k != PROBLEM}
    fields["evidence"] = Evidence.model_validate_json(row["evidence"]) if row.get("evidence") else None
    return Claim.model_validate(fields)


def row_failure(row: dict) -> Failure:
    """The Failure a failure row holds."""
    return Failure(path=row["article"], problem=row[PROBLEM])


def article_row(article: Article) -> dict:
    """An Article as a row for an engine's input (every field; the date as ISO text)."""
    return article.model_dump(mode="json")


def row_article(row: dict) -> Article:
    """An Article from an input row: `text` required; `id`, `published`, `title`, `url`, `path` optional.

    The text is used as given (claim offsets index it); a missing id becomes "text-" and the first
    16 hex digits of the text's SHA-256, so the same text always gets the same id.
    row (dict): one row, from `article_row` or from a user's dataset (read_json, read_text…).
    RETURNS (Article): the article.
    RAISES (ValueError): the row cannot be an article; the message says why.
    """
    import hashlib

    from claimx.reader import parse_date

    text = row.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ValueError('no "text" field' if text is None else '"text" is empty or not a string')
    published = row.get("published")
    if isinstance(published, str):
        parsed = parse_date(published) if published.strip() else None
        if published.strip() and parsed is None:
            raise ValueError(f'"published" is not a date: {published!r}')
        published = parsed
    elif isinstance(published, dt.datetime):
        published = published.date()
    elif published is not None and not isinstance(published, dt.date):
        raise ValueError(f'"published" is not a date: {published!r}')
    raw_id = row.get("id")
    if raw_id is None or raw_id == "":
        raw_id = "text-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
    fields = {key: row.get(key) for key in ("path", "title", "url", "encoding")}
    return Article(id=str(raw_id), text=text, published=published,
                   **{k: str(v) for k, v in fields.items() if v is not None})


class Worker:
    """Runs a Task over articles: the pipeline is loaded once, when the worker is made.

    task (Task): what to do.
    jobs (int): spaCy worker processes (nlp.pipe n_process).
    batch_size (int): texts per nlp.pipe batch.
    """

    def __init__(self, task: Task, *, jobs: int = 1, batch_size: int = 16):
        self.task = task
        self.jobs = jobs
        self.batch_size = batch_size
        self.nlp = load_pipeline(task.model, all_quantities=task.all_quantities)

    def rows(self, articles: Iterable[Article]) -> Iterator[dict]:
        """The claim rows of every article, and a failure row for each article that failed."""
        for item in extract_articles(articles, self.nlp, jobs=self.jobs, batch_size=self.batch_size):
            if isinstance(item, Failure):
                yield failure_row(item)
                continue
            if self.task.check:
                item = runner.check(item, self.task.pack)
            yield from map(claim_row, item.claims)


def engine(name: str) -> ModuleType:
    """The engine module called `name`.

    name (str): one of ENGINES.
    RETURNS (ModuleType): a module with `rows(task, articles, *, jobs, batch_size, concurrency)`.
    RAISES (MissingExtra): the engine's optional dependency is not installed.
    """
    if name not in ENGINES:
        raise ValueError(f"unknown engine {name!r}; choose one of {', '.join(ENGINES)}")
    return importlib.import_module(f"claimx.engines.{name}")


def run(name: str, task: Task, paths: Sequence[str], batch: Batch, *, fmt: str, output: Path | None,
        out: IO[str], jobs: int = 1, batch_size: int | None = None, concurrency: int | None = None,
        max_bytes: int = MAX_BYTES, published: dt.date | None = None,
        skip_file: Callable[[Path], bool] | None = None) -> Summary:
    """Read the articles under `paths`, run `task` on them with engine `name` and write the records.

    Failed inputs and failed articles go to `batch` (which counts the articles done), as in a
    local run; claim records go to `out` (jsonl) or to part files in the folder `output` (parquet,
    failure rows included, see the module docstring).
    name (str): the engine.
    task (Task): what to run.
    paths (Sequence[str]): files, folders or "-".
    batch (Batch): collects counts and failures.
    fmt (str): jsonl or parquet.
    output (Path | None): the parquet folder (must not exist yet).
    out (IO[str]): where jsonl records go.
    jobs (int): spaCy processes (local engine).
    batch_size (int | None): articles per batch; None for the engine's default.
    concurrency (int | None): the most Ray actors; None for one per CPU (ray engine).
    max_bytes (int): the size limit for one article.
    published (date | None): the date given to articles that carry none.
    skip_file (Callable | None): files not to read (the run's own output).
    RETURNS (Summary): counts and time.
    RAISES (MissingExtra): the engine's optional dependency is not installed.
    """
    if fmt not in OUTPUTS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(OUTPUTS)}")
    module = engine(name)
    started = time.perf_counter()
    read = 0

    def counted() -> Iterator[Article]:
        nonlocal read
        for article in runner.articles(paths, batch, max_bytes=max_bytes, published=published,
                                       skip_file=skip_file):
            read += 1
            yield article

    options = {"jobs": jobs, "batch_size": batch_size, "concurrency": concurrency}
    if fmt == "parquet":
        if output is None or output.exists() or not hasattr(module, "write_parquet"):
            raise ValueError(f"parquet output needs a new folder and the ray engine (got {output}, {name})")
        claims, failed = module.write_parquet(task, counted(), output, **options)
        for failure in failed:
            batch.fail(failure)
    else:
        claims, failed = 0, []
        for row in module.rows(task, counted(), **options):
            if row[PROBLEM] is not None:
                failed.append(row_failure(row))
                batch.fail(failed[-1])
            else:
                claims += 1
                out.write(row_claim(row).model_dump_json() + "\n")
    batch.done = read - len(failed)
    return Summary(name, batch.done, claims, time.perf_counter() - started)


__all__ = ["ENGINES", "SCHEMA", "Summary", "Task", "Worker", "engine", "run"]
