"""`claimx bench`: claimx's throughput against bare spaCy on the same texts, in one run."""
from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer
from rich.console import Console
from rich.table import Table

from claimx.cli import options as opt
from claimx.cli.app import app, fail
from claimx.defaults import BENCH_ARTICLES, BENCH_LENGTHS, BENCH_STARTUP_ROUNDS
from claimx.errors import ClaimxError


@app.command("bench")
def bench_(
    corpus: Path = typer.Argument(..., help="A folder of articles, or a corpus folder with articles/.", show_default=False),
    jobs: List[int] = typer.Option([1, 2], "--jobs", "-j", min=1, help="Worker processes to measure (repeatable); 1 is always measured."),
    articles: int = typer.Option(BENCH_ARTICLES, "--articles", min=1,
                                 help="Distinct articles to parse: the corpus articles in turn, digits perturbed."),
    startup_rounds: int = typer.Option(BENCH_STARTUP_ROUNDS, "--startup-rounds", min=0,
                                       help="Rounds of the start-up timings (fresh processes); 0 skips them."),
    rounds: int = typer.Option(1, "--rounds", min=1, help="Measure each engine and jobs this many times, in turn, and keep the fastest."),
    length: List[int] = typer.Option(list(BENCH_LENGTHS), "--length", min=1000,
                                     help="Article sizes in characters for the cost-vs-length measurement (repeatable)."),
    plot: Optional[Path] = typer.Option(None, "--plot", help="Write PNG plots into this folder.", file_okay=False),
    check_articles: List[int] = typer.Option([50, 200], "--check-articles", min=0,
                                             help="Archive sizes (articles) for the `check --db` row at each --jobs (repeatable); 0 skips it."),
    model: Optional[str] = opt.Model,
) -> None:
    """Measure claimx against bare spaCy: start-up, tokens/s, jobs scaling, peak memory, cost vs length.

    Example: claimx bench corpus/ --jobs 1 --jobs 2 --length 5000 --plot bench-plots/
    """
    from claimx import bench, bench_check

    try:
        report = bench.run_bench(bench.corpus_texts(corpus), model=model, jobs=jobs, articles=articles,
                                 rounds=rounds, lengths=length, startup_rounds=startup_rounds)
        plots = bench.write_plots(report, plot) if plot else []
        sizes = [n for n in check_articles if n > 0]
        checks = bench_check.run_check_bench(bench.corpus_texts(corpus), model=model, jobs=jobs, sizes=sizes) if sizes else []
    except ClaimxError as e:
        raise fail(e)
    console = Console(highlight=False, width=max(Console().width, 120))
    console.print(f"{report.texts} texts, {report.chars:,} characters; model {report.model}; {report.cores} cores, "
                  f"load average {report.load_average:.2f} at the start")
    if report.startup:
        console.print(_table("Start-up (fresh processes, fastest of the rounds)", bench.STARTUP_COLUMNS,
                             bench.startup_rows(report)))
    console.print(_table("Throughput", bench.THROUGHPUT_COLUMNS, bench.throughput_rows(report)))
    if report.lengths:
        console.print(_table("Cost vs article length (jobs 1)", bench.LENGTH_COLUMNS, bench.length_rows(report)))
    if checks:
        console.print(_table("check --db: articles/s and peak memory", bench_check.COLUMNS, bench_check.rows(checks)))
    rows = bench.target_rows(report) + [[name, f"{value:,.2f}", goal, "yes" if met else "NO"]
                                        for name, value, goal, met in bench_check.targets(checks, report.cores)]
    console.print(_table("Targets", ("target", "measured", "goal", "met"), rows))
    for path in plots:
        console.print(f"wrote {path}")


def _table(title: str, header: tuple[str, ...], rows: list[list[str]]) -> Table:
    table = Table(*header, title=title, title_justify="left")
    for row in rows:
        table.add_row(*row)
    return table
