"""Engines: where the pipeline runs — on this machine (`local`, --jobs processes) or on Ray (`ray`).

Every engine module has `results(task, articles, *, jobs, batch_size, concurrency)`, which runs a
`Task` over `Article`s and yields one `ExtractionResult` or `Failure` per article; the run path
(`claimx.batch.run`) reads the articles, hands them to an engine and writes what comes back to a
sink, so engines only add parallelism. Each worker of every engine is a `Worker`: the pipeline
and, for `check`, the checker, with one article's failure never costing the others.
`engine(name)` selects an engine module.
"""
from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from types import ModuleType
from typing import TYPE_CHECKING

from claimx.records import Article, ExtractionResult, Failure

if TYPE_CHECKING:
    from claimx.reference import ReferencePack

ENGINES = ("local", "ray")
INSTALL_RAY = 'pip install -e ".[ray]"'


@dataclass(frozen=True)
class Task:
    """What each engine worker does with an article.

    check (bool): give every claim a verdict and evidence after extracting it (in the worker).
    model (str | None): the spaCy pipeline to build on; None for the installed default.
    all_quantities (bool): keep every quantity, not only claim-like ones.
    pack (ReferencePack | None): the reference pack for checks; None checks articles against themselves.
    """

    check: bool = False
    model: str | None = None
    all_quantities: bool = False
    pack: ReferencePack | None = None


def where(article: Article) -> str:
    """How messages name an article: its path, with its id when the file holds several."""
    if not article.path:
        return article.id
    return article.path if "#" not in article.id else f"{article.path} ({article.id})"


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


_pipelines: dict[tuple[str | None, bool], object] = {}


def pipeline_for(task: Task):
    """The task's spaCy pipeline, loaded once per process (forked workers inherit it).

    RAISES (ModelNotFound): the model is not installed.
    """
    from claimx.pipeline import load_pipeline

    key = (task.model, task.all_quantities)
    if key not in _pipelines:
        _pipelines[key] = load_pipeline(task.model, all_quantities=task.all_quantities)
    return _pipelines[key]


class Worker:
    """Runs a Task over articles: the pipeline is loaded once, when the worker is made.

    An article that makes the pipeline or the checker raise becomes a `Failure` naming it; the
    articles batched with it are extracted again one at a time, so none of them is lost.
    task (Task): what to do.
    batch_size (int): texts per nlp.pipe batch.
    nlp (Language | None): a pipeline already loaded for this task; None loads it.
    """

    def __init__(self, task: Task, *, batch_size: int = 16, nlp=None):
        self.task = task
        self.batch_size = batch_size
        self.nlp = nlp if nlp is not None else pipeline_for(task)

    def results(self, articles: Iterable[Article]) -> Iterator[ExtractionResult | Failure]:
        """One ExtractionResult (checked when the task says so) or Failure per article, in input order."""
        from claimx.pipeline import extract_articles

        for group in batches(articles, self.batch_size):
            try:
                done = list(extract_articles(group, self.nlp, batch_size=len(group)))
            except Exception:  # noqa: BLE001  (one article's bug; find it by going one at a time)
                done = [self._alone(article) for article in group]
            for item in done:
                yield self._checked(item) if self.task.check and isinstance(item, ExtractionResult) else item

    def _alone(self, article: Article) -> ExtractionResult | Failure:
        from claimx.pipeline import extract_articles

        try:
            [item] = list(extract_articles([article], self.nlp, batch_size=1))
            return item
        except Exception as error:  # noqa: BLE001
            return Failure(path=where(article), problem=f"could not extract claims: {_describe(error)}")

    def _checked(self, result: ExtractionResult) -> ExtractionResult | Failure:
        from claimx.check import check_claims

        try:
            checked = check_claims(result.claims, self.task.pack, published=result.article.published,
                                   texts={result.article.id: result.article.text})
        except Exception as error:  # noqa: BLE001
            return Failure(path=where(result.article), problem=f"could not check claims: {_describe(error)}")
        return result.model_copy(update={"claims": checked})


def _describe(error: BaseException) -> str:
    text = str(error).splitlines()[0][:200] if str(error) else ""
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


def batches(items: Iterable, size: int) -> Iterator[list]:
    """`items` in lists of at most `size`, read lazily."""
    batch: list = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def engine(name: str) -> ModuleType:
    """The engine module called `name`.

    name (str): one of ENGINES.
    RETURNS (ModuleType): a module with `results(task, articles, *, jobs, batch_size, concurrency)`.
    RAISES (MissingExtra): the engine's optional dependency is not installed.
    """
    if name not in ENGINES:
        raise ValueError(f"unknown engine {name!r}; choose one of {', '.join(ENGINES)}")
    return importlib.import_module(f"claimx.engines.{name}")


__all__ = ["ENGINES", "Task", "Worker", "article_row", "batches", "engine", "pipeline_for", "row_article", "where"]
