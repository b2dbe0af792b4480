"""Running claimx over a batch of inputs: read, extract, (check), keeping count of failures.

The CLI and the engines call these; a bad input becomes a `Failure` in the run's `Batch`
and never stops the others.
"""
from __future__ import annotations

import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from spacy.language import Language

import datetime as dt

from claimx.pipeline import extract_articles
from claimx.reader import MAX_BYTES, read_inputs
from claimx.records import Article, ExtractionResult, Failure
from claimx.reference import ReferencePack


@dataclass
class Batch:
    """What happened in one run: articles done and inputs that failed.

    on_failure (Callable | None): called with each Failure as it happens (the CLI prints it).
    """

    on_failure: Callable[[Failure], None] | None = None
    done: int = 0
    skipped: int = 0
    failures: list[Failure] = field(default_factory=list)

    def fail(self, failure: Failure) -> None:
        self.failures.append(failure)
        if self.on_failure:
            self.on_failure(failure)


def articles(paths: Sequence[str], batch: Batch, *, max_bytes: int = MAX_BYTES, stdin: BinaryIO | None = None,
             published: dt.date | None = None, skip: Callable[[Article], bool] | None = None,
             skip_file: Callable[[Path], bool] | None = None) -> Iterator[Article]:
    """The readable articles under `paths`; unreadable inputs are reported to `batch`.

    published (date | None): the date given to articles that carry none.
    skip (Callable | None): articles for which this returns True are left out (already stored, say).
    skip_file (Callable | None): files for which this returns True are not read (the run's own output).
    """
    for item in read_inputs(paths, stdin=stdin if stdin is not None else sys.stdin.buffer, max_bytes=max_bytes,
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


def extract(paths: Sequence[str], nlp: Language, batch: Batch, *, jobs: int = 1, max_bytes: int = MAX_BYTES,
            stdin: BinaryIO | None = None, published: dt.date | None = None,
            skip: Callable[[Article], bool] | None = None,
            skip_file: Callable[[Path], bool] | None = None) -> Iterator[ExtractionResult]:
    """Extract every readable article under `paths`, reporting failures to `batch`.

    paths (Sequence[str]): files, folders or "-".
    nlp (Language): a pipeline from `claimx.pipeline.load_pipeline`.
    batch (Batch): collects counts and failures.
    jobs (int): spaCy worker processes.
    max_bytes (int): the size limit for one article.
    published (date | None): the date given to articles that carry none.
    skip (Callable | None): leave out articles for which this returns True.
    skip_file (Callable | None): files not to read (the run's own output).
    RETURNS (Iterator[ExtractionResult]): results in input order.
    """
    source = articles(paths, batch, max_bytes=max_bytes, stdin=stdin, published=published, skip=skip,
                      skip_file=skip_file)
    for item in extract_articles(source, nlp, jobs=jobs):
        if isinstance(item, Failure):
            batch.fail(item)
        else:
            batch.done += 1
            yield item


def check(result: ExtractionResult, pack: ReferencePack | None) -> ExtractionResult:
    """One article's result with every claim checked against `pack` and against each other."""
    from claimx.check import check_claims  # only `check` needs the verdict rules

    checked = check_claims(result.claims, pack, published=result.article.published)
    return result.model_copy(update={"claims": checked})
