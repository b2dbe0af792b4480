"""Writing extraction and check results: a terminal table, JSON Lines, JSON and CSV.

Writers stream: each article's records are written as soon as it is done, so an interrupted
batch keeps what was finished. CSV flattens a claim's evidence into `evidence_*` columns.
"""
from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import IO

from rich.console import Console
from rich.table import Table

from claimx import defaults
from claimx.records import Claim, Entity, ExtractionResult, Failure

FORMATS = defaults.OUTPUT_FORMATS
CLAIM_COLUMNS = [name for name in Claim.model_fields if name != "evidence"]
EVIDENCE_COLUMNS = ["evidence_rule", "evidence_reference_value", "evidence_reference_unit", "evidence_source",
                    "evidence_computation", "evidence_expected", "evidence_deviation", "evidence_tolerance",
                    "evidence_tolerance_reason", "evidence_related_claims", "evidence_note"]
ENTITY_COLUMNS = ["id", "article", "name", "label", "mentions", "claims"]


def flat_claim(claim: Claim) -> dict:
    """A claim as one flat row: the record's fields plus its evidence as `evidence_*` columns."""
    row = claim.model_dump(mode="json", exclude={"evidence"})
    ev = claim.evidence
    ref = ev.reference[0] if ev and ev.reference else None
    row.update({
        "evidence_rule": ev.rule if ev else None,
        "evidence_reference_value": "; ".join(f"{r.value:g}" for r in ev.reference) if ev and ev.reference else None,
        "evidence_reference_unit": ref.unit if ref else None,
        "evidence_source": "; ".join(r.source for r in ev.reference) if ev and ev.reference else None,
        "evidence_computation": ev.computation if ev else None,
        "evidence_expected": ev.expected if ev else None,
        "evidence_deviation": ev.deviation if ev else None,
        "evidence_tolerance": ev.tolerance if ev else None,
        "evidence_tolerance_reason": ev.tolerance_reason if ev else None,
        "evidence_related_claims": "; ".join(ev.related_claims) if ev else None,
        "evidence_note": ev.note if ev else None,
    })
    return row


def flat_entity(entity: Entity) -> dict:
    """An entity as one flat row; mentions as 'start-end' pairs, claims as ids."""
    return {"id": entity.id, "article": entity.article, "name": entity.name, "label": entity.label,
            "mentions": "; ".join(f"{m.start}-{m.end}" for m in entity.mentions), "claims": "; ".join(entity.claims)}


class ResultWriter:
    """Writes results in one of `FORMATS` to a text stream.

    out (IO[str]): where to write.
    fmt (str): table, jsonl, json or csv.
    entities (bool): write entity records instead of claims (json holds both anyway).
    """

    def __init__(self, out: IO[str], fmt: str, *, entities: bool = False):
        if fmt not in FORMATS:
            raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
        self.out = out
        self.fmt = fmt
        self.entities = entities
        self.results: list[dict] = []
        self.failures: list[Failure] = []
        self.csv: csv.DictWriter | None = None
        self.console = Console(file=out, highlight=False, soft_wrap=False, width=max(120, Console().width))

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
        if self.csv is None:
            columns = ENTITY_COLUMNS if self.entities else CLAIM_COLUMNS + EVIDENCE_COLUMNS
            self.csv = csv.DictWriter(self.out, fieldnames=columns, extrasaction="ignore")
            self.csv.writeheader()
        rows: Iterable[dict] = (map(flat_entity, result.entities) if self.entities else map(flat_claim, result.claims))
        for row in rows:
            self.csv.writerow(row)

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
