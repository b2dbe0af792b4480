"""Exports of the store: the formats other tools read, with review decisions applied.

`export(store, fmt, output, ...)` selects claims (`filters.ExportFilter`), applies each claim's
current review decision (`reviewed`), and writes one format: jsonl, csv, parquet (`tabular`),
claimreview (`claimreview`) or labelstudio (`labelstudio`). `gold` turns a Label Studio export
back into corpus gold files.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Optional, get_args
from urllib.parse import urlsplit

from claimx import defaults
from claimx.errors import ClaimxError, ExitCode
from claimx.export.claimreview import Publisher, write_claimreview
from claimx.export.filters import ExportFilter, select
from claimx.export.labelstudio import labelling_config, write_labelstudio
from claimx.export.tabular import write_csv, write_jsonl, write_parquet
from claimx.records import ExtractionResult, VerdictName
from claimx.safe_output import TextOutput, atomic_path, check_writable, write_text
from claimx.store import ClaimStore

FORMATS = defaults.EXPORT_FORMATS
VERDICTS: tuple[str, ...] = get_args(VerdictName)


class ExportError(ClaimxError):
    """An export cannot be written as asked: a missing option (an unwritable file is an OutputError)."""

    exit_code = ExitCode.USAGE


@dataclass(frozen=True)
class ExportReport:
    """What an export wrote.

    fmt (str): the format.
    written (int): rows (jsonl, csv, parquet), ClaimReview items, or Label Studio tasks.
    claims (int): claims selected by the filters.
    config (Path | None): the Label Studio labelling config, when one was written.
    """

    fmt: str
    written: int
    claims: int
    config: Optional[Path] = None


def export(
    store: ClaimStore,
    fmt: str,
    output: Optional[Path],
    selection: ExportFilter = ExportFilter(),
    *,
    publisher: Optional[Publisher] = None,
    config_out: Optional[Path] = None,
    escape_formulas: bool = True,
) -> ExportReport:
    """Write the selected claims of a store in one format.

    store (ClaimStore): the store to read.
    fmt (str): one of `FORMATS`.
    output (Path | None): the file to write; None writes to stdout (not for parquet).
    selection (ExportFilter): which claims.
    publisher (Publisher | None): author, page and date, required for claimreview.
    config_out (Path | None): where the Label Studio config goes; default: next to `output`
        as `<stem>.config.xml`.
    escape_formulas (bool): csv: put a quote before cells a spreadsheet would run as formulas.
    RETURNS (ExportReport): what was written.
    RAISES (OutputError): an output file cannot be written (nothing half-written is left).
    """
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if fmt == "parquet" and output is None:
        raise ExportError("parquet is binary: give a file with -o")
    if fmt == "claimreview" and publisher is None:
        raise ExportError("claimreview needs --author and --publisher-url")
    if fmt == "claimreview" and not _is_page(publisher.url):
        raise ExportError(f"publisher URL {publisher.url!r} is not an http(s) address")
    if selection.verdict is not None and selection.verdict not in VERDICTS:
        raise ExportError(f"unknown verdict {selection.verdict!r}; choose one of {', '.join(VERDICTS)}")
    if output is not None:
        check_writable(output)
    items = select(store, selection)
    config = None
    if fmt == "parquet":
        with atomic_path(output) as temp:
            written = write_parquet(items, temp)
    else:
        out = TextOutput(output, bom=fmt == "csv")
        try:
            if fmt == "jsonl":
                written = write_jsonl(items, out)
            elif fmt == "csv":
                written = write_csv(items, out, escape_formulas=escape_formulas)
            elif fmt == "claimreview":
                written = write_claimreview(items, out, publisher, store.entities)
            else:
                written = write_labelstudio(items, out)
            out.close()
        except BaseException:
            out.abort()
            raise
        if fmt == "labelstudio":
            config = config_out or (output.with_name(f"{output.stem}.config.xml") if output else None)
            if config is not None:
                write_text(config, labelling_config())
    return ExportReport(fmt, written, len(items), config)


def export_results(results: Iterable[ExtractionResult], fmt: str, output: Optional[Path], *,
                   publisher: Optional[Publisher] = None, config_out: Optional[Path] = None) -> ExportReport:
    """Write fresh extraction or check results in an export format, without a store file.

    The results go through an in-memory store, so `claimx extract`/`check --format parquet`
    write exactly what `claimx export` would write for the same claims (with no review yet).

    results (Iterable[ExtractionResult]): what `claimx.batch.extract` (and `check`) produced.
    fmt (str): one of `FORMATS`.
    output (Path | None): the file to write; None writes to stdout (not for parquet).
    publisher (Publisher | None): author, page and date, required for claimreview.
    config_out (Path | None): where the Label Studio config goes.
    RETURNS (ExportReport): what was written.
    """
    with ClaimStore(memory=True) as store:
        for result in results:
            store.add_result(result.article, result.claims, result.entities)
        return export(store, fmt, output, publisher=publisher, config_out=config_out)


def _is_page(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and bool(parts.netloc)


__all__ = ["FORMATS", "ExportError", "ExportFilter", "ExportReport", "Publisher", "export", "export_results", "select"]
