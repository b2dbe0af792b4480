"""Turn an SEC XBRL "companyfacts" JSON file (read from disk) into a reference pack folder.

The file is the public per-company format: {"cik", "entityName", "facts": {"us-gaap": {tag: {"units":
{unit: [{"start", "end", "val", "fy", "fp", "form", "filed", "accn", ...}]}}}}}. Each filing repeats
earlier periods as comparatives, so every period is kept once, from its latest filing (restatements
win), and labelled with the fiscal year the company's 10-Ks give it. Companyfacts carries no
segment (dimensional) figures, so the pack holds the company's own totals only.
"""
from __future__ import annotations

import csv
import datetime as dt
import json
import re
from dataclasses import dataclass
from pathlib import Path

from claimx.errors import ReferencePackError
from claimx.reference.loading import ENTITY_COLUMNS, FACT_COLUMNS, METRIC_COLUMNS
from claimx.reference.pack import Fact

# metric id -> (unit kind, us-gaap tags in order of preference, synonyms)
METRICS: dict[str, tuple[str, tuple[str, ...], str]] = {
    "revenue": ("money", ("Revenues", "RevenueFromContractWithCustomerExcludingAssessedTax", "SalesRevenueNet"),
                "revenue|revenues|sales|net sales|total revenue|annual revenue|annual sales|top line"),
    "net_income": ("money", ("NetIncomeLoss",), "net income|net earnings|profit|earnings"),
    "operating_income": ("money", ("OperatingIncomeLoss",), "operating income|operating profit"),
    "diluted_eps": ("per_share", ("EarningsPerShareDiluted",),
                    "diluted EPS|earnings per share|EPS|per diluted share|diluted earnings per share"),
}
ANNUAL_FORMS = {"10-K", "10-K/A", "10-KT"}
QUARTER_FORMS = {"10-Q", "10-Q/A", *ANNUAL_FORMS}
_SUFFIX = re.compile(r",?\s+(?:inc|incorporated|corp|corporation|co|company|ltd|limited|plc|llc|l\.p|holdings)\.?$",
                     re.IGNORECASE)


@dataclass(frozen=True)
class _Record:
    start: dt.date
    end: dt.date
    value: float
    fy: int | None
    fp: str
    form: str
    filed: str
    accn: str

    @property
    def days(self) -> int:
        """Length of the period in days, both ends included."""
        return (self.end - self.start).days + 1


def _load(path: Path) -> dict:
    if not path.is_file():
        raise ReferencePackError(f"{path}: no such file")
    try:
        data = json.loads(path.read_bytes())
    except UnicodeDecodeError as error:
        raise ReferencePackError(f"{path}: not UTF-8 text ({error.reason} at byte {error.start})") from None
    except json.JSONDecodeError as error:
        raise ReferencePackError(f"{path}: not valid JSON (line {error.lineno} column {error.colno}: {error.msg})") from None
    if not isinstance(data, dict) or not isinstance(data.get("facts"), dict) or not data.get("entityName"):
        raise ReferencePackError(f"{path}: not an SEC companyfacts file (needs 'entityName' and a 'facts' object)")
    return data


def _records(path: Path, concept: dict, kind: str) -> tuple[str, list[_Record]]:
    """The unit and the well-formed records of one us-gaap concept (money in its currency, EPS per share)."""
    units = concept.get("units") if isinstance(concept, dict) else None
    if not isinstance(units, dict):
        return "", []
    for unit, rows in units.items():
        currency = unit.split("/")[0]
        if not re.fullmatch(r"[A-Z]{3}", currency) or (kind == "per_share") != unit.endswith("/shares"):
            continue
        records = []
        for row in rows if isinstance(rows, list) else []:
            try:
                record = _Record(dt.date.fromisoformat(row["start"]), dt.date.fromisoformat(row["end"]),
                                 float(row["val"]), row.get("fy"), str(row.get("fp") or ""), str(row.get("form") or ""),
                                 str(row.get("filed") or ""), str(row.get("accn") or ""))
            except (KeyError, TypeError, ValueError) as error:
                raise ReferencePackError(f"{path}: malformed fact in {unit} ({error!s})") from None
            records.append(record)
        return currency, records
    return "", []


def _periods(records: list[_Record]) -> list[tuple[str, _Record]]:
    """One record per (start, end), from its latest filing: (span kind, record), oldest first."""
    spans: dict[tuple[dt.date, dt.date], list[_Record]] = {}
    for record in records:
        annual = 350 <= record.days <= 380 and record.form in ANNUAL_FORMS
        quarter = 80 <= record.days <= 100 and record.form in QUARTER_FORMS
        if annual or quarter:
            spans.setdefault((record.start, record.end), []).append(record)
    chosen = [max(group, key=lambda record: (record.filed, record.accn)) for group in spans.values()]
    return sorted((("annual" if record.days >= 350 else "quarter", record) for record in chosen),
                  key=lambda item: (item[1].end, -item[1].days))


def fiscal_offset(records: list[_Record]) -> int:
    """Fiscal year minus calendar year of a fiscal year's end, as the company's 10-Ks report it.

    A 10-K's own year is the latest annual period it contains (the others are comparatives); its
    `fy` says what the company calls that year: the end year for most (a year ending January 2026
    is FY2026), the year before for some retailers. The most common offset wins.
    """
    latest: dict[str, _Record] = {}
    for record in records:
        if record.form in ANNUAL_FORMS and 350 <= record.days <= 380 and isinstance(record.fy, int):
            if record.accn not in latest or record.end > latest[record.accn].end:
                latest[record.accn] = record
    offsets = [record.fy - record.end.year for record in latest.values() if record.fy is not None]
    return max(set(offsets), key=offsets.count) if offsets else 0


def _facts(entity: str, metric: str, unit: str, records: list[_Record], offset: int) -> list[Fact]:
    periods = _periods(records)
    years = [record for span, record in periods if span == "annual"]
    facts = []
    for span, record in periods:
        around = record if span == "annual" else next(
            (year for year in years if year.start <= record.start and record.end <= year.end), None)
        if around is None:
            continue  # a quarter outside every reported fiscal year cannot be labelled reliably
        label = f"FY{around.end.year + offset}"
        if span == "quarter":
            label = f"Q{min(4, max(1, round((record.end - around.start).days / 91.3)))} {label}"
        source = f"SEC {record.form} filed {record.filed} accn {record.accn}"
        facts.append(Fact(entity, metric, label, record.start, record.end, record.value, unit, source))
    return facts


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def companyfacts_to_pack(source: str | Path, folder: str | Path) -> tuple[int, int]:
    """Write a pack (entities.csv, metrics.csv, facts.csv) for the company in an SEC companyfacts file.

    source (str | Path): the companyfacts JSON file.
    folder (str | Path): the pack folder to write; created if missing, its three CSV files replaced.
    RETURNS (tuple[int, int]): (metrics written, facts written).
    RAISES (ReferencePackError): one line naming the file, for unreadable or malformed input or no usable facts.
    """
    path = Path(source)
    data = _load(path)
    gaap = data["facts"].get("us-gaap")
    if not isinstance(gaap, dict):
        raise ReferencePackError(f"{path}: no us-gaap facts")
    name = str(data["entityName"]).strip()
    entity = _slug(_SUFFIX.sub("", name)) or f"cik-{data.get('cik')}"
    concepts = {tag: _records(path, gaap.get(tag, {}), kind)
                for kind, tags, _ in METRICS.values() for tag in tags}
    offset = fiscal_offset([record for _, records in concepts.values() for record in records])
    metrics: list[tuple[str, str, str]] = []
    facts: list[Fact] = []
    for metric, (_, tags, synonyms) in METRICS.items():
        unit, chosen = "", {}
        # Years of the preferred tag first; an older tag fills only the years it lacks.
        for tag in tags:
            tag_unit, records = concepts[tag]
            if records and unit in ("", tag_unit):
                unit = tag_unit
                for fact in _facts(entity, metric, unit, records, offset):
                    chosen.setdefault((fact.start, fact.end), fact)
        labelled = {fact.period: fact for fact in sorted(chosen.values(), key=lambda fact: (fact.end, -fact.days))}
        if labelled:
            metrics.append((metric, unit, synonyms))
            facts.extend(labelled.values())
    if not facts:
        raise ReferencePackError(f"{path}: no annual or quarterly revenue, income or EPS facts in us-gaap")
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    short = _SUFFIX.sub("", name)
    aliases = "|".join(alias for alias in dict.fromkeys((short, name.replace(",", ""))) if alias != name)
    _write(out / "entities.csv", ENTITY_COLUMNS, [(entity, name, aliases, "", "company")])
    _write(out / "metrics.csv", METRIC_COLUMNS, metrics)
    _write(out / "facts.csv", FACT_COLUMNS, [
        (f.entity, f.metric, f.period, f.start.isoformat(), f.end.isoformat(),
         str(int(f.value)) if f.value.is_integer() else repr(f.value), f.unit, f.source) for f in facts])
    return len(metrics), len(facts)


def _write(path: Path, header: tuple[str, ...], rows: list[tuple]) -> None:
    from claimx.safe_output import atomic_path

    with atomic_path(path) as temp, temp.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
