"""`claimx eval`: score extraction and verdicts against gold annotations."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.table import Table

from claimx.cli import options as opt
from claimx.cli.app import app, fail
from claimx.errors import ClaimxError

Threshold = dict(min=0.0, max=1.0, show_default=False)


@app.command("eval")
def eval_(
    gold: Path = typer.Argument(..., help="A corpus folder (with gold/ and articles/), a gold folder or one gold file.",
                                show_default=False),
    articles: Optional[Path] = typer.Option(None, "--articles", help="Folder of the article files (default: articles/ next to the gold folder)."),
    reference: Optional[Path] = typer.Option(None, "--reference", "-r", help="Check every article against this pack instead of the one its gold names."),
    report: Optional[Path] = typer.Option(None, "--report", help="Also write the scores and every problem found as Markdown to this file.", dir_okay=False),
    min_recall: float = typer.Option(0.0, "--min-recall", help="Exit 5 when overall recall is under this.", **Threshold),
    min_precision: float = typer.Option(0.0, "--min-precision", help="Exit 5 when overall precision is under this.", **Threshold),
    min_verdict: float = typer.Option(0.0, "--min-verdict", help="Exit 5 when verdict accuracy is under this.", **Threshold),
    ablate: bool = typer.Option(False, "--ablate", help="Also score once per frame feature with its weight set to 0, "
                                "to show what each feature adds (weights: src/claimx/rules/weights.json)."),
    fit_weights: Optional[Path] = typer.Option(None, "--fit-weights", help="Also fit the frame's subject and period "
                                               "weights to these gold articles and write them to this file "
                                               "(the format of src/claimx/rules/weights.json).", dir_okay=False),
    model: Optional[str] = opt.Model,
) -> None:
    """Score claimx against gold annotations: recall, precision, field and verdict accuracy per article.

    Example: claimx eval corpus/ --report eval.md --min-recall 0.9; claimx eval corpus/holdout/ --ablate;
    claimx eval corpus/ --fit-weights fitted.json
    """
    from claimx import evaluate as ev
    from claimx.pipeline import load_pipeline

    try:
        golds = ev.find_gold(gold, articles=articles)
        nlp = load_pipeline(model)
        if ablate:
            from claimx import ablation

            ablations = ablation.ablate(golds, nlp, reference=reference)
        if fit_weights:
            from claimx import fit_weights as fw

            weights = nlp.get_pipe("claimx_claims").weights
            collected = fw.collect(golds, nlp)
            fitted = fw.fit(collected.choices, weights)
        evaluation = ev.evaluate(golds, nlp, reference=reference)
        if fit_weights:
            from claimx.safe_output import write_text

            write_text(fit_weights, json.dumps(fw.weights_json(fitted, fw.DOC), indent=2) + "\n")
        if report:
            from claimx.safe_output import write_text

            write_text(report, ev.markdown_report(evaluation))  # OutputError (exit 8) when it cannot be
    except ClaimxError as e:
        raise fail(e)
    console = Console(highlight=False, width=max(Console().width, 140))
    console.print(_table("Extraction and verdicts", ev.SUMMARY_COLUMNS, ev.summary_rows(evaluation)))
    console.print(_table("Field accuracy on matched claims", ("article", *ev.FIELDS), ev.field_rows(evaluation)))
    if ablate:
        table = Table(*ablation.COLUMNS, title="What each frame feature adds: scores with its weight set to 0 "
                      "(change from all features on)", title_justify="left")
        for row in ablation.rows(ablations):
            table.add_row(*row)
        console.print(table)
    if fit_weights:
        table = Table(*fw.COLUMNS, title=f"Fitted weights (written to {fit_weights}): choices right before and after",
                      title_justify="left")
        for row in fw.rows(collected, weights, fitted):
            table.add_row(*row)
        console.print(table)
    short = ev.below_thresholds(evaluation.overall, min_recall=min_recall, min_precision=min_precision,
                                min_verdict=min_verdict)
    if short:
        raise fail(ev.BelowThreshold("; ".join(short)))


def _table(title: str, header: tuple[str, ...], rows: list[list[str]]) -> Table:
    table = Table(*header, title=title, title_justify="left")
    for row in rows:
        table.add_row(*row, end_section=row is rows[-2])
    return table
