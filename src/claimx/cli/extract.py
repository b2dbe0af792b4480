"""`claimx extract`: articles in, one record per quantitative claim out."""
from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import List, Optional

from claimx.cli import options as opt
from claimx.cli.app import app


@app.command()
def extract(
    paths: List[str] = opt.Paths,
    fmt: Optional[str] = opt.Format,
    output: Optional[Path] = opt.Output,
    model: Optional[str] = opt.Model,
    jobs: int = opt.Jobs,
    all_quantities: bool = opt.AllQuantities,
    entities: bool = opt.Entities,
    max_bytes: int = opt.MaxBytes,
    published: Optional[datetime] = opt.Published,
    engine: str = opt.Engine,
    batch_size: Optional[int] = opt.BatchSize,
    concurrency: Optional[int] = opt.Concurrency,
    escape_formulas: bool = opt.EscapeFormulas,
) -> None:
    """Extract the quantitative claims from articles.

    Example: claimx extract archive/ --format jsonl > claims.jsonl
    """
    raise opt.run_command(paths, check=False, fmt=fmt, output=output, model=model, jobs=jobs, max_bytes=max_bytes,
                          published=published, engine=engine, batch_size=batch_size, concurrency=concurrency,
                          all_quantities=all_quantities, entities=entities, escape_formulas=escape_formulas)
