"""JSON Lines, CSV and Parquet: one row per exported claim, the same rows in all three.

JSONL holds the claim record as its JSON Schema says (evidence nested) plus the review fields.
CSV and Parquet hold the flat row of `claimx.output.flat_claim` (evidence as `evidence_*`
columns) plus the review fields; Parquet gives every column an explicit type (`PARQUET_SCHEMA`).
"""
from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from pathlib import Path
from typing import IO

import pyarrow as pa
import pyarrow.parquet as pq

from claimx.export.reviewed import REVIEW_COLUMNS, ReviewedClaim
from claimx.output import CLAIM_COLUMNS, EVIDENCE_COLUMNS, flat_claim

FLAT_COLUMNS = CLAIM_COLUMNS + EVIDENCE_COLUMNS + REVIEW_COLUMNS

_TYPES = {
    "start": pa.int64(), "end": pa.int64(), "value": pa.float64(), "lower": pa.float64(), "upper": pa.float64(),
    "evidence_expected": pa.float64(), "evidence_deviation": pa.float64(), "evidence_tolerance": pa.float64(),
    "auto_value": pa.float64(), "corrected_value": pa.float64(), "reviewed_at": pa.timestamp("us", tz="UTC"),
}
_REQUIRED = {"id", "article", "text", "start", "end", "sentence", "value", "unit", "qualifier", "kind",
             "verdict_source", "auto_value"}
PARQUET_SCHEMA = pa.schema(
    [pa.field(name, _TYPES.get(name, pa.string()), nullable=name not in _REQUIRED) for name in FLAT_COLUMNS]
)


def json_row(item: ReviewedClaim) -> dict:
    """One JSONL row: the final claim record followed by the review fields.

    item (ReviewedClaim): the claim with its review applied.
    RETURNS (dict): JSON-ready values.
    """
    return {**item.claim.model_dump(mode="json"), **item.review_fields()}


def flat_row(item: ReviewedClaim) -> dict:
    """One CSV/Parquet row: `flat_claim` columns followed by the review columns.

    item (ReviewedClaim): the claim with its review applied.
    RETURNS (dict): values keyed by `FLAT_COLUMNS`; the review time as an ISO string.
    """
    return {**flat_claim(item.claim), **item.review_fields()}


def write_jsonl(items: Iterable[ReviewedClaim], out: IO[str]) -> int:
    """Write one JSON object per line.

    items (Iterable[ReviewedClaim]): the claims.
    out (IO[str]): a text stream.
    RETURNS (int): rows written.
    """
    count = 0
    for item in items:
        out.write(json.dumps(json_row(item), ensure_ascii=False) + "\n")
        count += 1
    return count


def write_csv(items: Iterable[ReviewedClaim], out: IO[str]) -> int:
    """Write a header and one row per claim; CRLF line ends, empty cells for nulls.

    items (Iterable[ReviewedClaim]): the claims.
    out (IO[str]): a text stream opened with newline="" (the file writer adds the BOM Excel wants).
    RETURNS (int): rows written.
    """
    writer = csv.DictWriter(out, fieldnames=FLAT_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    count = 0
    for item in items:
        writer.writerow(flat_row(item))
        count += 1
    return count


def write_parquet(items: Iterable[ReviewedClaim], path: Path) -> int:
    """Write a Parquet file with `PARQUET_SCHEMA`.

    items (Iterable[ReviewedClaim]): the claims.
    path (Path): the file to write.
    RETURNS (int): rows written.
    """
    rows = []
    for item in items:
        row = flat_row(item)
        row["reviewed_at"] = item.reviewed_at
        rows.append(row)
    table = pa.Table.from_pylist(rows, schema=PARQUET_SCHEMA)
    pq.write_table(table, path)
    return table.num_rows
