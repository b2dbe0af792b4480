"""`claimx reference`: check a reference pack, or build one from an SEC companyfacts file."""
from __future__ import annotations

from pathlib import Path

import typer

from claimx.cli.app import app, fail
from claimx.errors import ClaimxError, ExitCode

reference_app = typer.Typer(help="Reference packs: validate one, or build one from SEC data.", no_args_is_help=True)
app.add_typer(reference_app, name="reference")


@reference_app.command("validate")
def validate(pack: Path = typer.Argument(..., help="The pack folder (entities.csv, metrics.csv, facts.csv).")) -> None:
    """Check a reference pack: print every problem, one per line (exit 4), or a one-line summary.

    Example: claimx reference validate my-beat/
    """
    from claimx.reference import load_pack, validate_pack

    problems = validate_pack(pack)
    for problem in problems:
        typer.echo(problem)
    if problems:
        raise typer.Exit(ExitCode.BAD_REFERENCE)
    loaded = load_pack(pack)
    typer.echo(f"ok: {len(loaded.entities)} entities, {len(loaded.metrics)} metrics, {len(loaded.facts)} facts")


@reference_app.command("import-sec")
def import_sec(
    source: Path = typer.Argument(..., help="An SEC XBRL companyfacts JSON file, downloaded beforehand."),
    output: Path = typer.Option(..., "--output", "-o", help="The pack folder to write (created; its CSV files replaced)."),
) -> None:
    """Build a reference pack (revenue, net income, operating income, diluted EPS) from SEC companyfacts.

    Example: claimx reference import-sec CIK0000104169.json -o packs/walmart/
    """
    from claimx.reference.sec import companyfacts_to_pack

    try:
        metrics, facts = companyfacts_to_pack(source, output)
    except ClaimxError as error:
        raise fail(error) from None
    except OSError as error:  # a folder that cannot be made (read-only place, a file in the way)
        from claimx.safe_output import output_error

        raise fail(output_error(error.filename or output, error)) from None
    typer.echo(f"wrote {output}: 1 entity, {metrics} metrics, {facts} facts")
