"""`claimx export`: the store's claims, review decisions applied, in formats other tools read."""
from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path
from typing import Optional

import typer

from claimx import defaults
from claimx.cli.app import app, fail, warn
from claimx.errors import ClaimxError

Date = {"formats": ["%Y-%m-%d"], "show_default": False}
FORMATS = defaults.EXPORT_FORMATS


@app.command()
def export(
    db: Path = typer.Option(..., "--db", help="The SQLite store written by `claimx check --db`."),
    fmt: str = typer.Option(..., "--format", "-f", help=f"One of {', '.join(FORMATS)}."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", dir_okay=False, help="File to write (default: stdout; parquet needs a file)."),
    verdict: Optional[str] = typer.Option(None, "--verdict", help="Only claims with this final verdict (after review)."),
    article: Optional[str] = typer.Option(None, "--article", help="Only this article's claims (its id)."),
    since: Optional[datetime] = typer.Option(None, "--since", help="Only articles published on or after this date (YYYY-MM-DD).", **Date),
    reviewed: Optional[bool] = typer.Option(None, "--reviewed/--unreviewed", help="Only reviewed, or only unreviewed, claims.", show_default=False),
    include_rejected: bool = typer.Option(False, "--include-rejected-claims", help="Keep claims a reviewer marked 'not a claim'."),
    author: Optional[str] = typer.Option(None, "--author", help="claimreview: the publishing organisation's name."),
    publisher_url: Optional[str] = typer.Option(None, "--publisher-url", help="claimreview: the http(s) page the fact checks appear on."),
    date_published: Optional[datetime] = typer.Option(None, "--date-published", help="claimreview: publication date (default: today, UTC).", **Date),
    claim_author: Optional[str] = typer.Option(None, "--claim-author", help="claimreview: who published the articles, the author of claims they make in their own voice (default: the article URL's host, else --author)."),
    escape_formulas: bool = typer.Option(True, "--escape-formulas/--no-escape-formulas",
                                         help="csv: put a ' before cells starting with = + - @ (spreadsheets would run them as formulas)."),
    config_out: Optional[Path] = typer.Option(None, "--config-out", dir_okay=False, help="labelstudio: where to write the labelling config (default: <output stem>.config.xml)."),
) -> None:
    """Export the store's claims as jsonl, csv, parquet, schema.org ClaimReview or Label Studio tasks.

    Example: claimx export --db claims.db --format csv --verdict contradicted -o contradicted.csv
    """
    from claimx.export import ExportFilter, Publisher, export as write_export
    from claimx.store import ClaimStore

    selection = ExportFilter(verdict=verdict, article=article, since=since.date() if since else None,
                             reviewed=reviewed, include_rejected_claims=include_rejected)
    day = (date_published or datetime.now(timezone.utc)).date()
    publisher = Publisher(author, publisher_url, day, claim_author) if author is not None and publisher_url is not None else None
    try:
        with ClaimStore(db, create=False, read_only=True) as store:
            report = write_export(store, fmt, output, selection, publisher=publisher, config_out=config_out,
                                  escape_formulas=escape_formulas)
    except ClaimxError as error:
        raise fail(error) from None
    if output is not None:
        typer.echo(f"{report.written} {_noun(report.fmt)} written to {output}", err=True)
    if report.fmt == "labelstudio" and report.config is None:
        warn("no labelling config written: give --config-out or -o")
    elif report.config is not None:
        typer.echo(f"labelling config written to {report.config}", err=True)


def _noun(fmt: str) -> str:
    return {"claimreview": "ClaimReview item(s)", "labelstudio": "task(s)"}.get(fmt, "row(s)")
