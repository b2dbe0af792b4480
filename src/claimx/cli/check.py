"""`claimx check`: extract claims and give each a verdict with evidence."""
from __future__ import annotations

import datetime as dt
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, List, Optional

import typer

from claimx.cli import options as opt
from claimx.cli.app import app


@app.command()
def check(
    paths: List[str] = opt.Paths,
    reference: Optional[Path] = typer.Option(None, "--reference", "-r", help="Reference pack folder (default: the bundled pack)."),
    no_reference: bool = typer.Option(False, "--no-reference", help="Only check articles against themselves."),
    db: Optional[Path] = typer.Option(None, "--db", help="Also store articles, claims and verdicts in this SQLite file; articles already stored are skipped."),
    fmt: Optional[str] = opt.Format,
    output: Optional[Path] = opt.Output,
    model: Optional[str] = opt.Model,
    jobs: int = opt.Jobs,
    max_bytes: int = opt.MaxBytes,
    published: Optional[datetime] = opt.Published,
    author: Optional[str] = opt.Author,
    publisher_url: Optional[str] = opt.PublisherUrl,
    engine: str = opt.Engine,
    batch_size: Optional[int] = opt.BatchSize,
    concurrency: Optional[int] = opt.Concurrency,
    escape_formulas: bool = opt.EscapeFormulas,
) -> None:
    """Extract claims and check each against a reference pack and the rest of its article.

    Example: claimx check archive/ --reference my-beat/ --format jsonl > checked.jsonl
    """
    publisher = None
    if fmt == "claimreview":
        if not (author and publisher_url):
            raise typer.BadParameter("claimreview needs --author and --publisher-url", param_hint="--format")
        from claimx.export import Publisher

        publisher = Publisher(author, publisher_url, dt.date.today())
    raise opt.run_command(paths, check=True, fmt=fmt, output=output, model=model, jobs=jobs, max_bytes=max_bytes,
                          published=published, engine=engine, batch_size=batch_size, concurrency=concurrency,
                          reference=reference, no_reference=no_reference, db=db, publisher=publisher,
                          escape_formulas=escape_formulas)
