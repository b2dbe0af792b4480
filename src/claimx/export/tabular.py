"""JSON Lines, CSV and Parquet: one row per exported claim, the same rows in all three.

JSONL holds the claim record as its JSON Schema says (evidence nested) plus the review fields.
CSV and Parquet hold the flat rows of `claimx.rows` (evidence as `evidence_*` columns, then the
review columns); Parquet gives every column an explicit type (`PARQUET_SCHEMA`, which is
`claimx.rows.SCHEMA`: `claimx extract`/`check --format parquet` on either engine write the same).
"""
from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from pathlib import Path
from typing import IO

from claimx.export.reviewed import ReviewedClaim
from claimx.output import escaped
from claimx.rows import COLUMNS, SCHEMA, claim_row

FLAT_COLUMNS = COLUMNS
PARQUET_SCHEMA = SCHEMA
ROW_GROUP = 10_000  # rows per Parquet row group: the writer holds no more than this


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
    return claim_row(item.claim, item.review_fields())


def write_jsonl(items: Iterable[ReviewedClaim], out: IO[str]) -> int:
    """Write one JSON object per line.

    items (Iterable[ReviewedClaim]): the claims.
    out (IO[str]): a text stream.
    RETURNS (int): rows written.
    """
    count = 0
    for item in items:
        out.write(json.dumps(json_row(item), ensure_ascii=False) + "\n")
        out.flush()  # one committed unit per row: a failed write leaves no partial line
        count += 1
    return count


def write_csv(items: Iterable[ReviewedClaim], out: IO[str], *, escape_formulas: bool = True) -> int:
    """Write a header and one row per claim; CRLF line ends, empty cells for nulls.

    items (Iterable[ReviewedClaim]): the claims.
    out (IO[str]): a text stream opened with newline="" (the file writer adds the BOM Excel wants).
    escape_formulas (bool): put a quote before text cells a spreadsheet would run as formulas.
    RETURNS (int): rows written.
    """
    writer = csv.DictWriter(out, fieldnames=FLAT_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    count = 0
    for item in items:
        row = flat_row(item)
        writer.writerow(escaped(row) if escape_formulas else row)
        out.flush()
        count += 1
    return count


class ParquetRows:
    """Flat rows written to a Parquet file with `PARQUET_SCHEMA`, a row group at a time.

    path (Path): the file to write (the caller renames it into place when complete).
    """

    def __init__(self, path: Path):
        import pyarrow.parquet as pq

        self.writer = pq.ParquetWriter(str(path), PARQUET_SCHEMA)
        self.buffer: list[dict] = []
        self.count = 0

    def add(self, row: dict) -> None:
        self.buffer.append(row)
        self.count += 1
        if len(self.buffer) >= ROW_GROUP:
            self._flush()

    def _flush(self) -> None:
        from claimx.rows import table

        if self.buffer:
            self.writer.write_table(table(self.buffer))
            self.buffer = []

    def close(self) -> int:
        """Write what is left and the file footer; the number of rows written."""
        self._flush()
        self.writer.close()
        return self.count


def write_parquet(items: Iterable[ReviewedClaim], path: Path) -> int:
    """Write a Parquet file with `PARQUET_SCHEMA`.

    items (Iterable[ReviewedClaim]): the claims.
    path (Path): the file to write.
    RETURNS (int): rows written.
    """
    out = ParquetRows(path)
    for item in items:
        out.add(flat_row(item))
    return out.close()
