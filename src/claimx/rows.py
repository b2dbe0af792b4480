"""The flat row: one claim as one row of scalar columns, and the Arrow schema of those rows.

Every tabular output writes exactly these rows: `claimx extract`/`check --format csv|parquet` on
either engine, `claimx export --format csv|parquet`, and the Ray engine's datasets. The columns
are derived from the `Claim` record, so a field added there gets its column(s) here without an
edit:

- each scalar field of `Claim`, in record order, under its own name;
- `evidence` as the `evidence_*` columns below (reference figures and sources joined with "; ");
- any other nested record field `x` as `x_<field>` columns, recursively (`frame` -> `frame_*`);
- a list or dict field (outside `evidence`) as its JSON text;
- then the review columns `REVIEW_COLUMNS`. Fresh results (no review yet) carry
  verdict_source "auto", auto_verdict = verdict and auto_value = value.

Arrow types come from the field annotations: int -> int64, float -> float64, bool -> bool,
everything else -> string; `reviewed_at` is a UTC timestamp. A column is non-nullable when its
field is required and not Optional at every level (`SCHEMA`); `ENGINE_SCHEMA` makes every column
nullable and adds `problem`, so that an engine's dataset can also hold one row per failed article.
"""
from __future__ import annotations

import json
import types
import typing
from collections.abc import Iterator
from dataclasses import dataclass

import pyarrow as pa
from pydantic import BaseModel

from claimx.records import Claim, Evidence, Failure

PROBLEM = "problem"
REVIEW_COLUMNS = ["verdict_source", "auto_verdict", "auto_value", "review_decision", "reviewer", "reviewed_at",
                  "corrected_value", "review_comment"]
EVIDENCE_COLUMNS = ["evidence_rule", "evidence_reference_value", "evidence_reference_unit", "evidence_source",
                    "evidence_computation", "evidence_expected", "evidence_deviation", "evidence_tolerance",
                    "evidence_tolerance_reason", "evidence_related_claims", "evidence_note"]
_EVIDENCE_TYPES = {"evidence_expected": pa.float64(), "evidence_deviation": pa.float64(),
                   "evidence_tolerance": pa.float64()}
_REVIEW_TYPES = {"verdict_source": (pa.string(), False), "auto_verdict": (pa.string(), True),
                 "auto_value": (pa.float64(), False), "review_decision": (pa.string(), True),
                 "reviewer": (pa.string(), True), "reviewed_at": (pa.timestamp("us", tz="UTC"), True),
                 "corrected_value": (pa.float64(), True), "review_comment": (pa.string(), True)}


@dataclass(frozen=True)
class _Column:
    name: str
    path: tuple[str, ...]  # field names from the claim down to the value
    type: pa.DataType
    nullable: bool
    as_json: bool = False  # a list or dict, written as JSON text


def _parts(annotation: object) -> tuple[list[object], bool]:
    """The non-None members of an annotation and whether None is allowed."""
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        args = typing.get_args(annotation)
        return [a for a in args if a is not type(None)], type(None) in args
    return [annotation], False


def _model(annotation: object) -> type[BaseModel] | None:
    members, _ = _parts(annotation)
    if len(members) == 1 and isinstance(members[0], type) and issubclass(members[0], BaseModel):
        return members[0]
    return None


def _scalar_type(annotation: object) -> pa.DataType:
    members, _ = _parts(annotation)
    if any(typing.get_origin(m) in (list, dict, tuple, set) or m in (list, dict, tuple, set) for m in members):
        return pa.string()
    if members == [bool]:
        return pa.bool_()
    if int in members and float not in members and bool not in members:
        return pa.int64()
    if float in members:
        return pa.float64()
    return pa.string()


def _is_container(annotation: object) -> bool:
    members, _ = _parts(annotation)
    return any(typing.get_origin(m) in (list, dict, tuple, set) or m in (list, dict, tuple, set) for m in members)


def _columns(model: type[BaseModel], prefix: tuple[str, ...] = (), nullable: bool = False) -> Iterator[_Column]:
    for name, info in model.model_fields.items():
        path = (*prefix, name)
        _, optional = _parts(info.annotation)
        is_nullable = nullable or optional
        if model is Claim and name == "evidence":
            for column in EVIDENCE_COLUMNS:
                yield _Column(column, path, _EVIDENCE_TYPES.get(column, pa.string()), True)
            continue
        nested = _model(info.annotation)
        if nested is not None:
            yield from _columns(nested, path, is_nullable)
        elif _is_container(info.annotation):
            yield _Column("_".join(path), path, pa.string(), True, as_json=True)
        else:
            yield _Column("_".join(path), path, _scalar_type(info.annotation), is_nullable)


_CLAIM_COLUMNS: list[_Column] = list(_columns(Claim))
CLAIM_COLUMNS: list[str] = [c.name for c in _CLAIM_COLUMNS]  # the claim's own columns, evidence_* included
COLUMNS: list[str] = CLAIM_COLUMNS + REVIEW_COLUMNS
SCHEMA = pa.schema([pa.field(c.name, c.type, nullable=c.nullable) for c in _CLAIM_COLUMNS]
                   + [pa.field(name, kind, nullable=nullable) for name, (kind, nullable) in _REVIEW_TYPES.items()])
ENGINE_SCHEMA = pa.schema([field.with_nullable(True) for field in SCHEMA] + [pa.field(PROBLEM, pa.string())])


def _evidence(ev: Evidence | None) -> dict:
    ref = ev.reference[0] if ev and ev.reference else None
    return {
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
    }


def flat_claim(claim: Claim) -> dict:
    """A claim's own columns (`CLAIM_COLUMNS`) as JSON-ready values."""
    data = claim.model_dump(mode="json")
    row: dict = {}
    for column in _CLAIM_COLUMNS:
        if column.path == ("evidence",):
            if "evidence_rule" not in row:
                row.update(_evidence(claim.evidence))
            continue
        value: object = data
        for key in column.path:
            value = value.get(key) if isinstance(value, dict) else None
        if column.as_json and value is not None:
            value = json.dumps(value, ensure_ascii=False, sort_keys=True)
        row[column.name] = value
    return row


def auto_review(claim: Claim) -> dict:
    """The review columns of a claim nobody has reviewed: the checker's verdict and the extracted value."""
    return {"verdict_source": "auto", "auto_verdict": claim.verdict, "auto_value": claim.value,
            "review_decision": None, "reviewer": None, "reviewed_at": None, "corrected_value": None,
            "review_comment": None}


def claim_row(claim: Claim, review: dict | None = None) -> dict:
    """The full flat row (`COLUMNS`): the claim's columns, then `review` (or `auto_review(claim)`).

    `reviewed_at` is an ISO string here; `arrow_rows` turns it into a datetime for Parquet.
    """
    return {**flat_claim(claim), **(review if review is not None else auto_review(claim))}


def arrow_value(name: str, value: object) -> object:
    """A JSON-ready row value as Arrow wants it for column `name` (ISO times become datetimes)."""
    if name == "reviewed_at" and isinstance(value, str):
        import datetime as dt

        return dt.datetime.fromisoformat(value)
    return value


def table(rows: list[dict], schema: pa.Schema = SCHEMA) -> pa.Table:
    """An Arrow table of flat rows in `schema`."""
    return pa.Table.from_pylist([{k: arrow_value(k, v) for k, v in row.items()} for row in rows], schema=schema)


def failure_row(failure: Failure) -> dict:
    """One failed article as an engine row: `article` names it, `problem` says why, the rest null."""
    row = dict.fromkeys(ENGINE_SCHEMA.names)
    row.update(article=failure.path, problem=failure.problem)
    return row


__all__ = ["CLAIM_COLUMNS", "COLUMNS", "ENGINE_SCHEMA", "EVIDENCE_COLUMNS", "PROBLEM", "REVIEW_COLUMNS", "SCHEMA",
           "auto_review", "claim_row", "failure_row", "flat_claim", "table"]
