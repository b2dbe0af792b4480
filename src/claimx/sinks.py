"""Sinks: where a run's results go, one article at a time.

`claimx.batch.run` hands each finished article to a sink's `write`, each failed input to `fail`,
and calls `close` when the run is complete (or `abort` when it is not). Every sink leaves either
its whole output or nothing: files are written to a temporary file and renamed into place by
`close`; stdout is committed one article at a time (`claimx.safe_output`).

- `WriterSink`: table, jsonl, json, csv (the `claimx.output.ResultWriter` formats).
- `ParquetSink`: the flat rows of `claimx.rows` in a Parquet file, a row group at a time.
- `ExportSink`: claimreview and labelstudio, which need the whole run (an in-memory store).
- `StoreSink`: stores each article in the SQLite store before passing it on; an article the store
  refuses fails alone (`ArticleFailed`), and `has` lets the run skip articles already stored.
"""
from __future__ import annotations

from pathlib import Path
from typing import Optional, Protocol

from claimx.errors import StoreError
from claimx.records import Article, ExtractionResult, Failure
from claimx.safe_output import AtomicFile, TextOutput, check_writable, output_error

EXPORT_FORMATS = ("parquet", "claimreview", "labelstudio")


class ArticleFailed(Exception):
    """A sink could not take one article; the run reports it and goes on with the others."""

    def __init__(self, problem: str):
        super().__init__(problem)
        self.problem = problem


class Sink(Protocol):
    def write(self, result: ExtractionResult) -> None: ...
    def fail(self, failure: Failure) -> None: ...
    def close(self) -> None: ...
    def abort(self) -> None: ...


class WriterSink:
    """table, jsonl, json or csv to stdout or, atomically, to a file.

    fmt (str): one of `claimx.output.FORMATS`.
    output (Path | None): the file; None for stdout.
    entities (bool): entity records instead of claims.
    escape_formulas (bool): csv: escape cells a spreadsheet would run as formulas.
    """

    def __init__(self, fmt: str, output: Optional[Path] = None, *, entities: bool = False,
                 escape_formulas: bool = True):
        from claimx.output import ResultWriter

        self.out = TextOutput(output)
        self.writer = ResultWriter(self.out, fmt, entities=entities, escape_formulas=escape_formulas)
        self.claims = 0

    def write(self, result: ExtractionResult) -> None:
        self.writer.write(result)  # flushes: one committed unit per article
        self.claims += len(result.claims)

    def fail(self, failure: Failure) -> None:
        self.writer.fail(failure)

    def close(self) -> None:
        self.writer.close()
        self.out.close()

    def abort(self) -> None:
        self.out.abort()

    def summary(self) -> Optional[str]:
        return None


class ParquetSink:
    """The claims' flat rows (`claimx.rows.SCHEMA`) in one Parquet file, renamed into place when complete.

    output (Path): the file.
    """

    def __init__(self, output: Path):
        from claimx.export.tabular import ParquetRows

        self.output = output
        self.file = AtomicFile(output)
        try:
            self.rows = ParquetRows(self.file.temp)
        except OSError as error:
            self.file.discard()
            raise output_error(output, error) from None

    def write(self, result: ExtractionResult) -> None:
        from claimx.rows import claim_row

        try:
            for claim in result.claims:
                self.rows.add(claim_row(claim))
        except OSError as error:
            self.abort()
            raise output_error(self.output, error) from None

    def fail(self, failure: Failure) -> None:
        pass

    def close(self) -> None:
        try:
            self.rows.close()
        except OSError as error:
            self.file.discard()
            raise output_error(self.output, error) from None
        self.file.commit()

    def abort(self) -> None:
        try:
            self.rows.writer.close()
        except Exception:  # noqa: BLE001  (already failing; the file is dropped anyway)
            pass
        self.file.discard()

    def summary(self) -> Optional[str]:
        return f"wrote {self.rows.count} parquet row(s) to {self.output}"


class ExportSink:
    """claimreview or labelstudio: the run's results through an in-memory store, written by `close`
    exactly as `claimx export` writes them.

    fmt (str): claimreview or labelstudio.
    output (Path | None): the file; None for stdout.
    publisher (Publisher | None): for claimreview.
    """

    def __init__(self, fmt: str, output: Optional[Path] = None, *, publisher=None):
        from claimx.store import ClaimStore

        if output is not None:
            check_writable(output)
        self.fmt, self.output, self.publisher = fmt, output, publisher
        self.store = ClaimStore(memory=True)
        self.report = None

    def write(self, result: ExtractionResult) -> None:
        self.store.add_result(result.article, result.claims, result.entities)

    def fail(self, failure: Failure) -> None:
        pass

    def close(self) -> None:
        from claimx.export import export

        try:
            self.report = export(self.store, self.fmt, self.output, publisher=self.publisher)
        finally:
            self.store.close()

    def abort(self) -> None:
        self.store.close()

    def summary(self) -> Optional[str]:
        if self.report is None:
            return None
        return f"wrote {self.report.written} {self.fmt} item(s) for {self.report.claims} claim(s)"


class StoreSink:
    """Stores each article (one transaction each) in a ClaimStore, then passes it on to `inner`.

    store (ClaimStore): the open store.
    inner (Sink): where the results go next.
    """

    def __init__(self, store, inner: Sink):
        self.store = store
        self.inner = inner

    def has(self, article: Article) -> bool:
        """Whether the article is stored already with the same text (the run skips it)."""
        from claimx.store import content_hash

        return self.store.has_article(article.id, content_hash(article.text))

    def write(self, result: ExtractionResult) -> None:
        try:
            self.store.add_result(result.article, result.claims, result.entities)
        except (StoreError, ValueError) as error:
            raise ArticleFailed(f"not stored in {self.store.path}: {_after_path(str(error), self.store.path)}") from None
        self.inner.write(result)

    def fail(self, failure: Failure) -> None:
        self.inner.fail(failure)

    def close(self) -> None:
        try:
            self.inner.close()
        finally:
            self.store.close()

    def abort(self) -> None:
        try:
            self.inner.abort()
        finally:
            self.store.close()

    def summary(self) -> Optional[str]:
        return self.inner.summary()


def _after_path(message: str, path: str) -> str:
    return message.removeprefix(f"{path}: ")


def open_sink(fmt: str, output: Optional[Path] = None, *, entities: bool = False, publisher=None,
              escape_formulas: bool = True) -> Sink:
    """The sink for an output format: `WriterSink`, `ParquetSink` or `ExportSink`.

    RAISES (OutputError): the output file can clearly not be written (checked before the run starts).
    """
    if fmt == "parquet":
        if output is None:
            from claimx.export import ExportError

            raise ExportError("parquet is binary: give a file with -o")
        return ParquetSink(output)
    if fmt in EXPORT_FORMATS:
        return ExportSink(fmt, output, publisher=publisher)
    return WriterSink(fmt, output, entities=entities, escape_formulas=escape_formulas)


__all__ = ["EXPORT_FORMATS", "ArticleFailed", "ExportSink", "ParquetSink", "Sink", "StoreSink", "WriterSink",
           "open_sink"]
