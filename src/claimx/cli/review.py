"""`claimx review`: the review web app over a store filled by `claimx check --db`."""
from __future__ import annotations

from pathlib import Path

import typer

from claimx.cli.app import app, fail
from claimx.errors import ClaimxError


@app.command()
def review(
    db: Path = typer.Option(..., "--db", help="The SQLite store written by `claimx check --db`."),
    host: str = typer.Option("127.0.0.1", help="Address to listen on; only this machine by default."),
    port: int = typer.Option(8000, min=0, max=65535, help="Port to listen on; 0 picks a free one."),
    no_browser: bool = typer.Option(False, "--no-browser", help="Do not open the overview in a browser."),
) -> None:
    """Review flagged claims in a local web app; decisions are saved to the store.

    Example: claimx review --db claims.db
    """
    from claimx.review import serve  # FastAPI and uvicorn load only for this command
    from claimx.store import ClaimStore

    try:
        with ClaimStore(db, create=False) as store:
            serve(store, host=host, port=port, open_browser=not no_browser,
                  announce=lambda url: typer.echo(f"Reviewing {db} at {url} (Ctrl+C to stop)"))
    except ClaimxError as error:
        raise fail(error) from None
