"""`claimx check`: extract claims and give each a verdict with evidence."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, List, Optional

import typer

from claimx.cli import options as opt
from claimx.cli.app import app, fail
from claimx.errors import ClaimxError

if TYPE_CHECKING:
    from claimx.records import ExtractionResult
    from claimx.store import ClaimStore


@app.command()
def check(
    paths: List[str] = opt.Paths,
    reference: Optional[Path] = typer.Option(None, "--reference", "-r", help="Reference pack folder (default: the bundled pack)."),
    no_reference: bool = typer.Option(False, "--no-reference", help="Only check articles against themselves."),
    db: Optional[Path] = typer.Option(None, "--db", help="Also store articles, claims and verdicts in this SQLite file; articles already stored are skipped."),
    fmt: str = opt.Format,
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
) -> None:
    """Extract claims and check each against a reference pack and the rest of its article.

    Example: claimx check archive/ --reference my-beat/ --format jsonl > checked.jsonl
    """
    if engine != "local":
        raise opt.run_engine(engine, paths, check=True, fmt=fmt, output=output, model=model, max_bytes=max_bytes,
                             published=published, batch_size=batch_size, concurrency=concurrency,
                             reference=reference, no_reference=no_reference, db=db)
    opt.check_format(fmt)
    if fmt == "claimreview" and not (author and publisher_url):
        raise typer.BadParameter("claimreview needs --author and --publisher-url", param_hint="--format")
    from claimx import batch as runner
    from claimx.export import Publisher
    from claimx.pipeline import load_pipeline
    from claimx.reference import default_pack_path, load_pack
    from claimx.store import ClaimStore, content_hash

    try:
        pack = None if no_reference else load_pack(reference or default_pack_path())
        nlp = load_pipeline(model)
        store = ClaimStore(db) if db else None
        skip = (lambda a: store.has_article(a.id, content_hash(a.text))) if store else None
        batch = opt.new_batch()
        date = published.date() if published else None
        results = (runner.check(result, pack)
                   for result in runner.extract(paths, nlp, batch, jobs=jobs, max_bytes=max_bytes, published=date, skip=skip,
                                               skip_file=opt.own_output(output)))
        if store:
            results = _stored(results, store)
        publisher = Publisher(author, publisher_url, dt.date.today()) if fmt == "claimreview" else None
        opt.emit(results, batch, fmt=fmt, output=output, publisher=publisher, label="checking",
                 show_progress=len(paths) > 1 or Path(paths[0]).is_dir())
    except ClaimxError as e:
        raise fail(e)
    if store:
        store.close()
        if batch.skipped:
            opt.warn(f"{batch.skipped} article(s) already in {db} were skipped")
        if batch.done == 0 and batch.skipped and not batch.failures:
            raise typer.Exit(0)
    raise typer.Exit(opt.exit_code(batch))


def _stored(results: Iterator[ExtractionResult], store: ClaimStore) -> Iterator[ExtractionResult]:
    """Write each checked article to the store, one transaction each, as it passes."""
    for result in results:
        store.add_result(result.article, result.claims, result.entities)
        yield result
