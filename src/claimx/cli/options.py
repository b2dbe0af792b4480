"""Options shared by several commands, defined once."""
from __future__ import annotations

import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, Optional, TextIO

import typer

from claimx.batch import Batch
from claimx.cli.app import err, warn  # noqa: F401  (re-exported for commands)
from claimx.errors import ExitCode
from claimx.output import FORMATS
from claimx.reader import MAX_BYTES
from claimx.records import Failure

Paths = typer.Argument(..., help="Article files or folders (read recursively); '-' reads stdin.", show_default=False)
Format = typer.Option("table", "--format", "-f", help=f"Output format: {', '.join(FORMATS)}.")
Output = typer.Option(None, "--output", "-o", help="Write to this file instead of stdout.", dir_okay=False)
Model = typer.Option(None, "--model", help="spaCy pipeline to build on (default: installed en_core_web_sm).")
Jobs = typer.Option(1, "--jobs", "-j", min=1, help="Worker processes for spaCy (nlp.pipe n_process).")
MaxBytes = typer.Option(MAX_BYTES, "--max-bytes", min=1, help="Refuse articles larger than this many bytes.")
Entities = typer.Option(False, "--entities", help="Write entity records (organisations, people, places) instead of claims.")
Published = typer.Option(None, "--published", formats=["%Y-%m-%d"],
                         help="Publication date for articles that carry none (YYYY-MM-DD); anchors 'last year'.")
AllQuantities = typer.Option(False, "--all-quantities", help="Keep every quantity, not only claim-like ones.")


@contextmanager
def output_stream(path: Optional[Path]) -> Iterator[TextIO]:
    """stdout, or the file at `path` (UTF-8, created or truncated)."""
    if path is None:
        yield sys.stdout
        return
    with open(path, "w", encoding="utf-8", newline="") as fh:
        yield fh


def new_batch() -> Batch:
    """A Batch that prints each failed input as one line on stderr."""
    return Batch(on_failure=lambda f: warn(f"skipped {f.path}: {f.problem}"))


def exit_code(batch: Batch) -> int:
    """0 when everything was read, 1 when some inputs failed, 3 when nothing could be read."""
    if batch.done == 0:
        if not batch.failures:
            warn("no articles found in the given paths")
        return ExitCode.NO_INPUT
    if batch.failures:
        err.print(f"claimx: {len(batch.failures)} input(s) failed, {batch.done} article(s) written", markup=False)
        return ExitCode.PARTIAL
    return ExitCode.OK


def progress(enabled: bool):
    """A rich progress display on stderr, shown only when stderr is a terminal."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    return Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                    TimeElapsedColumn(), console=err, transient=True, disable=not (enabled and err.is_terminal))


__all__ = ["Failure"]
