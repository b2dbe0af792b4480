"""Writing extraction and check results: a terminal table, JSON Lines, JSON and CSV.

Writers stream: each article's records are written as soon as it is done and the stream is
flushed once per article (with `claimx.safe_output.TextOutput` that commits whole articles). CSV
rows are the flat rows of `claimx.rows` (the Parquet columns); cells that a spreadsheet would run
as a formula are escaped (`escape_formula`).
"""
from __future__ import annotations

import csv
import json
import shutil
from collections.abc import Iterable
from typing import IO

from rich.console import Console
from rich.table import Table

from claimx import defaults
from claimx.records import Claim, Entity, ExtractionResult, Failure

FORMATS = defaults.OUTPUT_FORMATS
ENTITY_COLUMNS = ["id", "article", "name", "label", "mentions", "claims"]
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def __getattr__(name: str) -> object:
    """`flat_claim`, `claim_row` and `COLUMNS` of `claimx.rows`, re-exported; imported on first use, since
    claimx.rows imports pyarrow (0.1-0.3 s), which only the csv format needs of this module."""
    if name in ("flat_claim", "claim_row", "COLUMNS"):
        from claimx import rows

        return getattr(rows, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def escape_formula(value: object) -> object:
    """A text cell a spreadsheet would run as a formula (it starts with =, +, -, @, tab or carriage
    return) with a single quote in front, as OWASP advises; other values unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def escaped(row: dict) -> dict:
    """`row` with every text cell passed through `escape_formula`."""
    return {key: escape_formula(value) for key, value in row.items()}


def flat_entity(entity: Entity) -> dict:
    """An entity as one flat row; mentions as 'start-end' pairs, claims as ids."""
    return {"id": entity.id, "article": entity.article, "name": entity.name, "label": entity.label,
            "mentions": "; ".join(f"{m.start}-{m.end}" for m in entity.mentions), "claims": "; ".join(entity.claims)}


class ResultWriter:
    """Writes results in one of `FORMATS` to a text stream.

    out (IO[str]): where to write.
    fmt (str): table, jsonl, json or csv.
    entities (bool): write entity records instead of claims (json holds both anyway).
    escape_formulas (bool): csv: escape cells a spreadsheet would run as formulas.
    """

    def __init__(self, out: IO[str], fmt: str, *, entities: bool = False, escape_formulas: bool = True):
        if fmt not in FORMATS:
            raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
        self.out = out
        self.fmt = fmt
        self.entities = entities
        self.escape_formulas = escape_formulas
        self.results: list[dict] = []
        self.failures: list[Failure] = []
        self.csv: csv.DictWriter | None = None
        self.console = Console(file=out, highlight=False, soft_wrap=False, width=max(120, shutil.get_terminal_size((120, 24)).columns))

    def write(self, result: ExtractionResult) -> None:
        """Write one article's records."""
        if self.fmt == "json":
            self.results.append(result.model_dump(mode="json"))
        elif self.fmt == "jsonl":
            for record in (result.entities if self.entities else result.claims):
                self.out.write(record.model_dump_json() + "\n")
        elif self.fmt == "csv":
            self._write_csv(result)
        else:
            self._write_table(result)
        self.out.flush()

    def fail(self, failure: Failure) -> None:
        """Remember a failed input; the json format lists failures next to the results."""
        self.failures.append(failure)

    def close(self) -> None:
        """Finish the output (the json document is written here)."""
        if self.fmt == "json":
            json.dump({"articles": self.results, "failures": [f.model_dump() for f in self.failures]},
                      self.out, ensure_ascii=False, indent=2)
            self.out.write("\n")
        self.out.flush()

    def _write_csv(self, result: ExtractionResult) -> None:
        from claimx.rows import COLUMNS, claim_row  # (pyarrow: only csv reads the flat rows)

        if self.csv is None:
            columns = ENTITY_COLUMNS if self.entities else COLUMNS
            self.csv = csv.DictWriter(self.out, fieldnames=columns, extrasaction="ignore", lineterminator="\r\n")
            self.csv.writeheader()
        rows: Iterable[dict] = (map(flat_entity, result.entities) if self.entities else map(claim_row, result.claims))
        for row in rows:
            self.csv.writerow(escaped(row) if self.escape_formulas else row)

    def _write_table(self, result: ExtractionResult) -> None:
        art = result.article
        title = f"{art.id}" + (f" ({art.published})" if art.published else "")
        if self.entities:
            table = Table(title=title, title_justify="left", show_lines=False)
            for col in ("name", "label", "mentions", "claims"):
                table.add_column(col)
            for e in result.entities:
                table.add_row(e.name, e.label, str(len(e.mentions)), str(len(e.claims)))
        else:
            checked = any(c.verdict for c in result.claims)
            table = Table(title=title, title_justify="left", show_lines=False)
            for col in ("text", "value", "unit", "qualifier", "kind", "subject", "metric", "period") + (("verdict",) if checked else ()):
                table.add_column(col, overflow="fold")
            for c in result.claims:
                row = [c.text, _number(c), c.unit, c.qualifier, c.kind + (f" ({c.direction})" if c.direction else ""),
                       c.subject or "", c.metric or "", c.period or ""]
                if checked:
                    row.append(c.verdict or "")
                table.add_row(*row)
        if not (result.entities if self.entities else result.claims):
            self.console.print(f"{title}: no claims found", markup=False)
            return
        self.console.print(table)


def _number(c: Claim) -> str:
    if c.qualifier == "range" and c.lower is not None and c.upper is not None:
        return f"{human(c.lower)}–{human(c.upper)}"
    return human(c.value)


def human(value: float) -> str:
    """716900000000.0 -> '716.9 billion'; small numbers with thousands separators."""
    for scale, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(value) >= scale:
            return f"{value / scale:,.6g} {word}"
    return f"{value:,.6g}"
