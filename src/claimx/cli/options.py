"""Options shared by several commands, defined once, and `run_command`, the body `extract` and
`check` share: open the sink, call `claimx.batch.run`, report, pick the exit code.

Heavy libraries (spaCy, pyarrow, Ray) are imported inside functions, so `claimx --help` stays fast.
"""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Callable, Optional

import typer

from claimx.cli.app import err, fail, warn  # noqa: F401  (re-exported for commands)
from claimx.defaults import MAX_BYTES, OUTPUT_FORMATS as FORMATS  # claimx.reader.MAX_BYTES, claimx.output.FORMATS
from claimx.errors import ClaimxError, ExitCode

EXPORT_FORMATS = ("parquet", "claimreview", "labelstudio")  # claimx.sinks.EXPORT_FORMATS
ENGINES = ("local", "ray")  # claimx.engines.ENGINES
Paths = typer.Argument(..., help="Article files or folders (read recursively); '-' reads stdin.", show_default=False)
Format = typer.Option(None, "--format", "-f", show_default=False,
                      help=f"Output format: {', '.join(FORMATS + EXPORT_FORMATS)} (default: from the --output file's "
                      "ending, .jsonl, .json, .csv or .parquet; else table).")
SUFFIX_FORMATS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json", ".csv": "csv", ".parquet": "parquet"}


def output_format(fmt: Optional[str], output: Optional[Path]) -> str:
    """The --format given, else the one the --output file's ending names ("claims.jsonl" -> jsonl), else table."""
    if fmt is not None:
        return fmt
    return SUFFIX_FORMATS.get(output.suffix.lower(), "table") if output is not None else "table"
Author = typer.Option(None, "--author", help="claimreview: the publishing organisation's name.")
PublisherUrl = typer.Option(None, "--publisher-url", help="claimreview: the http(s) page the fact checks appear on.")
Output = typer.Option(None, "--output", "-o", help="Write to this file instead of stdout (written to a temporary "
                      "file and renamed into place when complete).", dir_okay=False)
Model = typer.Option(None, "--model", help="spaCy pipeline to build on (default: installed en_core_web_sm).")
Jobs = typer.Option(1, "--jobs", "-j", min=1, help="Worker processes, each holding the pipeline (and the checker) and returning records.")
MaxBytes = typer.Option(MAX_BYTES, "--max-bytes", min=1, help="Refuse articles larger than this many bytes.")
Entities = typer.Option(False, "--entities", help="Write entity records (organisations, people, places) instead of claims.")
Published = typer.Option(None, "--published", formats=["%Y-%m-%d"],
                         help="Publication date for articles that carry none (YYYY-MM-DD); anchors 'last year'.")
AllQuantities = typer.Option(False, "--all-quantities", help="Keep every quantity, not only claim-like ones.")
EscapeFormulas = typer.Option(True, "--escape-formulas/--no-escape-formulas",
                              help="csv: put a ' before cells starting with = + - @ (spreadsheets would run them as formulas).")
Engine = typer.Option("local", "--engine", help="Where to run: local (this machine, --jobs processes) or ray (Ray Data; "
                      "$RAY_ADDRESS joins an existing cluster). Both write every format through the same sinks.")
BatchSize = typer.Option(None, "--batch-size", min=1, help="Articles per batch (default: 16 in one process, 2 per worker, 64 per Ray actor call).")
Concurrency = typer.Option(None, "--concurrency", min=1, help="Most Ray actors, one CPU each (--engine ray; default: one per CPU).")


def check_format(fmt: str, *, allowed: tuple[str, ...] = FORMATS + EXPORT_FORMATS) -> None:
    """Refuse an unknown --format as a usage error (exit 2)."""
    if fmt not in allowed:
        raise typer.BadParameter(f"choose one of {', '.join(allowed)}", param_hint="--format")


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


def run_command(paths: list[str], *, check: bool, fmt: str, output: Optional[Path], model: Optional[str],
                jobs: int, max_bytes: int, published: Optional[dt.datetime], engine: str,
                batch_size: Optional[int], concurrency: Optional[int], all_quantities: bool = False,
                reference: Optional[Path] = None, no_reference: bool = False, db: Optional[Path] = None,
                entities: bool = False, publisher=None, escape_formulas: bool = True) -> typer.Exit:
    """Run `claimx extract` (check False) or `claimx check`; return the Exit to raise."""
    fmt = output_format(fmt, output)
    check_format(fmt)
    if engine not in ENGINES:
        raise typer.BadParameter(f"choose one of {', '.join(ENGINES)}", param_hint="--engine")
    try:
        from claimx import batch as runner
        from claimx.engines import Task, engine as engine_module, pipeline_for
        from claimx.sinks import StoreSink, open_sink

        engine_module(engine)  # a missing extra fails here, before anything is read
        pack = None
        if check and not no_reference:
            from claimx.reference import default_pack_path, load_pack

            pack = load_pack(reference or default_pack_path())
        task = Task(check=check, model=model, all_quantities=all_quantities, pack=pack)
        pipeline_for(task)  # fail fast on a missing model, before anything is read or written
        sink = open_sink(fmt, output, entities=entities, publisher=publisher, escape_formulas=escape_formulas)
        if db is not None:
            from claimx.store import ClaimStore

            try:
                sink = StoreSink(ClaimStore(db), sink)
            except BaseException:
                sink.abort()
                raise
        batch = new_batch()
        show = len(paths) > 1 or Path(paths[0]).is_dir()
        with progress(show) as bar:
            bar_task = bar.add_task("checking" if check else "extracting", total=None)
            summary = runner.run(paths, task, sink, engine=engine, jobs=jobs, batch_size=batch_size,
                                 concurrency=concurrency, max_bytes=max_bytes,
                                 published=published.date() if published else None, batch=batch,
                                 on_article=lambda _result: bar.advance(bar_task), skip_file=own_output(output))
    except ClaimxError as e:
        return fail(e)
    note = sink.summary()
    if note:
        warn(note)
    if engine != "local":
        warn(f"{summary.engine} engine: {summary.articles} article(s), {summary.claims} claim(s) in "
             f"{summary.seconds:.1f} s ({summary.rate:.1f} articles/s)")
    if db is not None:
        if batch.skipped:
            warn(f"{batch.skipped} article(s) already in {db} were skipped")
        if batch.done == 0 and batch.skipped and not batch.failures:
            return typer.Exit(ExitCode.OK)
    return typer.Exit(exit_code(batch))


def new_batch():
    """A Batch that prints each failed input as one line on stderr."""
    from claimx.batch import Batch

    return Batch(on_failure=lambda f: warn(f"skipped {f.path}: {f.problem}"),
                 on_note=lambda n: warn(f"note: {n.path}: {n.message}"))


def exit_code(batch) -> int:
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
