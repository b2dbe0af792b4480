"""`claimx review`: the review web app over a store filled by `claimx check --db`."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from claimx.cli.app import app, fail, warn
from claimx.errors import ClaimxError, StoreError


@app.command()
def review(
    db: Path = typer.Option(..., "--db", help="The SQLite store written by `claimx check --db`."),
    host: str = typer.Option("127.0.0.1", help="Address to listen on; only this machine by default."),
    port: int = typer.Option(8000, min=0, max=65535, help="Port to listen on; 0 picks a free one."),
    no_browser: bool = typer.Option(False, "--no-browser", help="Do not open the overview in a browser."),
    reviewer: Optional[str] = typer.Option(
        None, "--reviewer", help="Name decisions are recorded under (default: the OS user); each reviewer can "
        "also give a name in the page, remembered by their browser."
    ),
) -> None:
    """Review flagged claims in a local web app; decisions are saved to the store.

    Example: claimx review --db claims.db
    """
    from claimx.review import ServeError, serve  # FastAPI and uvicorn load only for this command
    from claimx.review.reviewers import clean_name
    from claimx.store import ClaimStore

    name = clean_name(reviewer) if reviewer is not None else None
    if reviewer is not None and name is None:
        raise fail(ServeError("--reviewer: give a name, not an empty one"))
    try:
        try:
            store = ClaimStore(db, create=False)
        except StoreError:
            if not db.is_file():
                raise
            store = ClaimStore(db, create=False, read_only=True)  # read-only media: browse, no decisions
            warn(f"{db} is read-only: reviewing without saving decisions")
        with store:
            serve(store, host=host, port=port, open_browser=not no_browser, reviewer=name,
                  announce=lambda url: typer.echo(f"Reviewing {db} at {url} (Ctrl+C to stop)"))
    except ClaimxError as error:
        raise fail(error) from None
