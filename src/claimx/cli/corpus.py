"""`claimx corpus`: grow the evaluation corpus from annotators' work."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from claimx.cli.app import app, fail, warn
from claimx.errors import ClaimxError

corpus_app = typer.Typer(help="The evaluation corpus: import annotations as gold files.", no_args_is_help=True)
app.add_typer(corpus_app, name="corpus")


@corpus_app.command("import-labelstudio")
def import_labelstudio(
    export: Path = typer.Argument(..., help="A Label Studio JSON export of tasks made by `claimx export --format labelstudio`."),
    gold_dir: Path = typer.Option(..., "--output", "-o", file_okay=False, help="The gold folder to write <article>.json files into."),
    articles: Optional[Path] = typer.Option(None, "--articles", file_okay=False, help="Also write each article's text into this folder."),
) -> None:
    """Turn annotated Label Studio tasks into gold files of the corpus format, one per article.

    Example: claimx corpus import-labelstudio project-7.json -o corpus/gold --articles corpus/articles
    """
    from claimx.export.gold import GoldImporter

    try:
        summary = GoldImporter().run(export, gold_dir, articles)
    except ClaimxError as error:
        raise fail(error) from None
    except OSError as error:  # a folder that cannot be made (read-only place, a file in the way)
        from claimx.safe_output import output_error

        raise fail(output_error(error.filename or gold_dir, error)) from None
    if summary.skipped:
        warn(f"{summary.skipped} task(s) without an annotation skipped")
    typer.echo(f"{len(summary.written)} gold file(s), {summary.claims} claim(s) written to {gold_dir}")
