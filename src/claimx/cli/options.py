"""Options shared by several commands, defined once."""
from __future__ import annotations

import sys
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Iterator, Optional, TextIO

import typer

from claimx.cli.app import err, warn  # noqa: F401  (re-exported for commands)
from claimx.defaults import MAX_BYTES, OUTPUT_FORMATS as FORMATS
from claimx.errors import ExitCode

if TYPE_CHECKING:  # imported by the commands when they run, so that `claimx --help` stays fast
    from claimx.batch import Batch
    from claimx.records import ExtractionResult

EXPORT_FORMATS = ("parquet", "claimreview", "labelstudio")  # written through claimx.export
Paths = typer.Argument(..., help="Article files or folders (read recursively); '-' reads stdin.", show_default=False)
Format = typer.Option("table", "--format", "-f", help=f"Output format: {', '.join(FORMATS + EXPORT_FORMATS)}.")
Author = typer.Option(None, "--author", help="claimreview: the publishing organisation's name.")
PublisherUrl = typer.Option(None, "--publisher-url", help="claimreview: the http(s) page the fact checks appear on.")
Output = typer.Option(None, "--output", "-o", help="Write to this file instead of stdout.", dir_okay=False)
Model = typer.Option(None, "--model", help="spaCy pipeline to build on (default: installed en_core_web_sm).")
Jobs = typer.Option(1, "--jobs", "-j", min=1, help="Worker processes, each holding the pipeline and returning records.")
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


def own_output(output: Optional[Path]) -> Callable[[Path], bool]:
    """A `skip_file` test for the reader: True, with a note on stderr, for this run's own output file
    (`-o`, or stdout redirected to a file), so that a run never reads what it writes."""
    from claimx.reader import OwnOutput

    mine = OwnOutput.of(output, sys.stdout)

    def skip(path: Path) -> bool:
        if path in mine:
            warn(f"skipped {path}: it is this run's output")
            return True
        return False

    return skip


def check_format(fmt: str, *, allowed: tuple[str, ...] = FORMATS + EXPORT_FORMATS) -> None:
    """Refuse an unknown --format as a usage error (exit 2)."""
    if fmt not in allowed:
        raise typer.BadParameter(f"choose one of {', '.join(allowed)}", param_hint="--format")


def emit(results: Iterable[ExtractionResult], batch: Batch, *, fmt: str, output: Optional[Path],
         entities: bool = False, publisher=None, label: str = "extracting", show_progress: bool = False) -> None:
    """Write results as they come in `fmt`: the terminal and text formats stream, the export
    formats (parquet, ClaimReview, Label Studio) go through `claimx.export.export_results`."""
    if fmt in EXPORT_FORMATS:
        from claimx.export import export_results  # pyarrow and the ClaimReview writer: only for these formats

        report = export_results(results, fmt, output, publisher=publisher)
        err.print(f"claimx: wrote {report.written} {fmt} item(s) for {report.claims} claim(s)", markup=False)
        return
    from claimx.output import ResultWriter

    with output_stream(output) as out, progress(show_progress) as bar:
        task = bar.add_task(label, total=None)
        writer = ResultWriter(out, fmt, entities=entities)
        for result in results:
            writer.write(result)
            bar.advance(task)
        for failure in batch.failures:
            writer.fail(failure)
        writer.close()


def new_batch() -> Batch:
    """A Batch that prints each failed input as one line on stderr."""
    from claimx.batch import Batch

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


# --- engines (claimx.engines) -----------------------------------------------------------------

import datetime as dt  # noqa: E402

from claimx.cli.app import fail  # noqa: E402
from claimx.errors import ClaimxError  # noqa: E402


Engine = typer.Option("local", "--engine", help="Where to run: local (this process, --jobs processes) or ray (Ray Data; "
                      "$RAY_ADDRESS joins an existing cluster). ray writes jsonl, or parquet part files to the --output folder.")
BatchSize = typer.Option(None, "--batch-size", min=1, help="Articles per Ray actor call (--engine ray; default 64).")
Concurrency = typer.Option(None, "--concurrency", min=1, help="Most Ray actors, one CPU each (--engine ray; default: one per CPU).")


def run_engine(engine: str, paths: list[str], *, check: bool, fmt: str, output: Optional[Path], model: Optional[str],
               max_bytes: int, published: Optional[dt.datetime], batch_size: Optional[int], concurrency: Optional[int],
               all_quantities: bool = False, reference: Optional[Path] = None, no_reference: bool = False,
               entities: bool = False, db: Optional[Path] = None) -> typer.Exit:
    """Run `claimx extract` or `claimx check` on a non-local engine; return the Exit to raise.

    The table format (the default) is for terminals: on an engine it becomes parquet when
    --output is given and jsonl on stdout otherwise. A closing line gives the throughput.
    """
    from claimx import engines
    from claimx.pipeline import load_pipeline
    from claimx.reference import default_pack_path, load_pack

    if engine not in engines.ENGINES:
        raise typer.BadParameter(f"choose one of {', '.join(engines.ENGINES)}", param_hint="--engine")
    if fmt == "table":
        fmt = "parquet" if output else "jsonl"
    if fmt not in engines.OUTPUTS:
        raise typer.BadParameter(f"--engine {engine} writes {' or '.join(engines.OUTPUTS)}", param_hint="--format")
    if fmt == "parquet" and (output is None or output.exists()):
        raise typer.BadParameter("parquet goes to a new folder of part files: give one that does not exist yet",
                                 param_hint="--output")
    if db is not None:
        raise typer.BadParameter("the store is written by the local engine only", param_hint="--db")
    if entities:
        raise typer.BadParameter("entity records come from the local engine only", param_hint="--entities")
    try:
        engines.engine(engine)
        load_pipeline(model)  # fail fast on a missing model, before any worker starts
        pack = load_pack(reference or default_pack_path()) if check and not no_reference else None
        task = engines.Task(check=check, model=model, all_quantities=all_quantities, pack=pack)
        batch = new_batch()
        with output_stream(output if fmt == "jsonl" else None) as out:
            summary = engines.run(engine, task, paths, batch, fmt=fmt, output=output, out=out, batch_size=batch_size,
                                  concurrency=concurrency, max_bytes=max_bytes,
                                  published=published.date() if published else None, skip_file=own_output(output))
    except ClaimxError as e:
        return fail(e)
    err.print(f"claimx: {summary.engine} engine: {summary.articles} article(s), {summary.claims} claim(s) in "
              f"{summary.seconds:.1f} s ({summary.rate:.1f} articles/s)", markup=False)
    return typer.Exit(exit_code(batch))
