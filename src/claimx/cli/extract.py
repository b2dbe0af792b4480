"""`claimx extract`: articles in, one record per quantitative claim out."""
from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import List, Optional

import typer

from claimx.cli import options as opt
from claimx.cli.app import app, fail
from claimx.errors import ClaimxError


@app.command()
def extract(
    paths: List[str] = opt.Paths,
    fmt: str = opt.Format,
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
) -> None:
    """Extract the quantitative claims from articles.

    Example: claimx extract archive/ --format jsonl > claims.jsonl
    """
    if engine != "local":
        raise opt.run_engine(engine, paths, check=False, fmt=fmt, output=output, model=model, max_bytes=max_bytes,
                             published=published, batch_size=batch_size, concurrency=concurrency,
                             all_quantities=all_quantities, entities=entities)
    opt.check_format(fmt)
    from claimx import batch as runner
    from claimx.pipeline import load_pipeline

    try:
        nlp = load_pipeline(model, all_quantities=all_quantities)
        batch = opt.new_batch()
        date = published.date() if published else None
        results = runner.extract(paths, nlp, batch, jobs=jobs, max_bytes=max_bytes, published=date,
                                 skip_file=opt.own_output(output))
        opt.emit(results, batch, fmt=fmt, output=output, entities=entities,
                 show_progress=len(paths) > 1 or Path(paths[0]).is_dir())
    except ClaimxError as e:
        raise fail(e)
    raise typer.Exit(opt.exit_code(batch))
