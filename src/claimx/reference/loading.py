"""Read and validate a reference pack folder: every problem named by file, line and cause.

`validate_pack` returns all the problems it finds (for `claimx reference validate`); `load_pack`
raises the first as a `ReferencePackError`, so a malformed pack never reaches the checker.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import math
from pathlib import Path

from claimx.errors import ReferencePackError
from claimx.reference.pack import Fact, Metric, PackEntity, ReferencePack

ENTITY_COLUMNS = ("id", "name", "aliases", "parent", "kind")
METRIC_COLUMNS = ("id", "unit", "synonyms")
FACT_COLUMNS = ("entity", "metric", "period", "start", "end", "value", "unit", "source")

Row = tuple[int, dict[str, str]]


def _read_table(path: Path, columns: tuple[str, ...], problems: list[str]) -> list[Row] | None:
    """Rows of one CSV file as (line number, column -> stripped text); None when unusable.

    path (Path): the CSV file.
    columns (tuple[str, ...]): columns it must have.
    problems (list[str]): where problems are appended.
    RETURNS (list[Row] | None): the rows, or None if the file is missing, empty, mis-encoded or lacks a column.
    """
    if not path.is_file():
        problems.append(f"{path}: file is missing")
        return None
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        problems.append(f"{path}: not UTF-8 text (byte 0x{raw[error.start]:02x} at offset {error.start})")
        return None
    if not text.strip():
        problems.append(f"{path}: file is empty")
        return None
    reader = csv.reader(io.StringIO(text, newline=""))
    header = [name.strip() for name in next(reader)]
    missing = [name for name in columns if name not in header]
    if missing:
        problems.append(f"{path}: missing column {', '.join(repr(m) for m in missing)} "
                        f"(header is {','.join(header)})")
        return None
    rows: list[Row] = []
    for cells in reader:
        if not any(cell.strip() for cell in cells):
            continue
        if len(cells) != len(header):
            problems.append(f"{path} line {reader.line_num}: {len(cells)} fields, the header has {len(header)}")
            continue
        rows.append((reader.line_num, {name: cell.strip() for name, cell in zip(header, cells)}))
    if not rows:
        problems.append(f"{path}: no rows after the header")
    return rows


def _split(cell: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in cell.split("|") if part.strip())


def _by_id(path: Path, rows, required: str, problems: list[str], build) -> tuple[dict, dict[str, int]]:
    """Rows keyed by their `id`, built with `build`; empty or repeated ids and an empty `required`
    column are problems. Returns the items and the line each was defined on."""
    items: dict = {}
    lines: dict[str, int] = {}
    for line, row in rows:
        where = f"{path} line {line}"
        if not row["id"]:
            problems.append(f"{where}: id is empty")
        elif row["id"] in items:
            problems.append(f"{where}: id '{row['id']}' already defined on line {lines[row['id']]}")
        elif not row[required]:
            problems.append(f"{where}: {required} is empty")
        else:
            items[row["id"]] = build(row)
            lines[row["id"]] = line
    return items, lines


def _month_day(text: str) -> bool:
    try:
        dt.date(2024, int(text[:2]), int(text[3:]))  # 2024: a leap year, so 02-29 passes
    except ValueError:
        return False
    return len(text) == 5 and text[2] == "-"


def _entities(path: Path, problems: list[str]) -> dict[str, PackEntity] | None:
    rows = _read_table(path, ENTITY_COLUMNS, problems)
    if rows is None:
        return None
    entities, lines = _by_id(path, rows, "name", problems, lambda row: PackEntity(
        row["id"], row["name"], _split(row["aliases"]), row["parent"] or None, row["kind"],
        row.get("fiscal_year_end") or None))
    for entity in entities.values():
        where = f"{path} line {lines[entity.id]}"
        if entity.fiscal_year_end and not _month_day(entity.fiscal_year_end):
            problems.append(f"{where}: fiscal_year_end '{entity.fiscal_year_end}' is not MM-DD")
        if entity.parent and entity.parent not in entities:
            problems.append(f"{where}: parent '{entity.parent}' is not an entity id")
            continue
        seen = {entity.id}
        parent = entity.parent
        while parent and parent in entities:
            if parent in seen:
                problems.append(f"{where}: parent chain of '{entity.id}' loops back to '{parent}'")
                break
            seen.add(parent)
            parent = entities[parent].parent
    return entities


def _metrics(path: Path, problems: list[str]) -> dict[str, Metric] | None:
    rows = _read_table(path, METRIC_COLUMNS, problems)
    if rows is None:
        return None
    metrics, _ = _by_id(path, rows, "unit", problems,
                        lambda row: Metric(row["id"], row["unit"], _split(row["synonyms"])))
    return metrics


def _date(cell: str, column: str, where: str, problems: list[str]) -> dt.date | None:
    try:
        return dt.date.fromisoformat(cell)
    except ValueError:
        problems.append(f"{where}: {column} '{cell}' is not a date (YYYY-MM-DD)")
        return None


def _number(cell: str, where: str, problems: list[str]) -> float | None:
    try:
        value = float(cell)
    except ValueError:
        value = math.nan
    if not math.isfinite(value):
        problems.append(f"{where}: value '{cell}' is not a number")
        return None
    return value


def _fact(row: dict[str, str], where: str, entities: dict[str, PackEntity] | None,
          metrics: dict[str, Metric] | None, problems: list[str]) -> Fact | None:
    before = len(problems)
    if entities is not None and row["entity"] not in entities:
        problems.append(f"{where}: entity '{row['entity']}' is not in entities.csv")
    metric = metrics.get(row["metric"]) if metrics is not None else None
    if metrics is not None and metric is None:
        problems.append(f"{where}: metric '{row['metric']}' is not in metrics.csv")
    if not row["period"]:
        problems.append(f"{where}: period is empty")
    start = _date(row["start"], "start", where, problems)
    end = _date(row["end"], "end", where, problems)
    if start and end and start > end:
        problems.append(f"{where}: start {start} is after end {end}")
    value = _number(row["value"], where, problems)
    unit = row["unit"] or (metric.unit if metric else "")
    if not unit:
        problems.append(f"{where}: unit is empty")
    elif metric and unit != metric.unit:
        problems.append(f"{where}: unit '{unit}' differs from metric {metric.id}'s unit '{metric.unit}'")
    if len(problems) > before or start is None or end is None or value is None:
        return None
    return Fact(row["entity"], row["metric"], row["period"], start, end, value, unit, row["source"])


def _facts(path: Path, entities: dict[str, PackEntity] | None, metrics: dict[str, Metric] | None,
           problems: list[str]) -> list[Fact] | None:
    rows = _read_table(path, FACT_COLUMNS, problems)
    if rows is None:
        return None
    facts: list[Fact] = []
    first_line: dict[tuple, int] = {}
    for line, row in rows:
        where = f"{path} line {line}"
        fact = _fact(row, where, entities, metrics, problems)
        if fact is None:
            continue
        keys = [(fact.entity, fact.metric, fact.period), (fact.entity, fact.metric, fact.start, fact.end)]
        earlier = next((first_line[key] for key in keys if key in first_line), None)
        if earlier is not None:
            problems.append(f"{where}: duplicates the fact on line {earlier} "
                            f"({fact.entity}, {fact.metric}, {fact.period})")
            continue
        for key in keys:
            first_line[key] = line
        facts.append(fact)
    return facts


def _read(path: Path) -> tuple[ReferencePack | None, list[str]]:
    folder = Path(path)
    if not folder.exists():
        return None, [f"{folder}: reference pack folder does not exist"]
    if not folder.is_dir():
        return None, [f"{folder}: a reference pack is a folder of CSV files, not a file"]
    problems: list[str] = []
    entities = _entities(folder / "entities.csv", problems)
    metrics = _metrics(folder / "metrics.csv", problems)
    facts = _facts(folder / "facts.csv", entities, metrics, problems)
    if problems or entities is None or metrics is None or facts is None:
        return None, problems
    return ReferencePack(folder, entities, metrics, facts), []


def validate_pack(path: str | Path) -> list[str]:
    """Every problem in the pack at `path`, one line each, naming the file and the line.

    path (str | Path): the pack folder.
    RETURNS (list[str]): empty when the pack is well-formed.
    """
    return _read(Path(path))[1]


def load_pack(path: str | Path) -> ReferencePack:
    """Load and validate the pack at `path`.

    path (str | Path): the pack folder.
    RETURNS (ReferencePack): the loaded pack.
    RAISES (ReferencePackError): with the first problem found, e.g. "facts.csv line 14: value 'n/a' is not a number".
    """
    pack, problems = _read(Path(path))
    if pack is None:
        raise ReferencePackError(problems[0])
    return pack
