"""Claims and a small invented reference pack for the reference and check tests.

The pack in tests/data/reference/ describes invented companies: Halvorsen Freight (fiscal years end
in March, with a rail and a road segment) and Brightwater Logistics (calendar years). Offsets of
article claims are computed from the text, as the pipeline's are.
"""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

from claimx.records import Claim

PACK = Path(__file__).parent / "data" / "reference"
PUBLISHED = dt.date(2025, 6, 15)
KINDS = {"USD": "amount", "EUR": "amount", "GBP": "amount", "percent": "percentage", "ratio": "ratio",
         "count": "count", "percentage_point": "percentage_points"}


def claim(text: str, value: float, unit: str = "USD", **fields: Any) -> Claim:
    """A claim about `text` standing alone (its own sentence unless `sentence` is given)."""
    fields.setdefault("kind", "change" if fields.get("direction") else KINDS.get(unit, "physical"))
    fields.setdefault("sentence", text)
    start = fields.pop("start", 0)
    return Claim(id=f"a:{start}-{start + len(text)}", article=fields.pop("article", "a"), text=text, start=start,
                 end=start + len(text), value=value, unit=unit, **fields)


def sentence_of(article: str, start: int, end: int) -> str:
    """The sentence of `article` around [start, end): from the last full stop or line break to the next."""
    begin = max((m.end() for m in re.finditer(r"[.!?]\s+|\n", article[:start])), default=0)
    stop = re.search(r"[.!?](?=\s|$)|\n", article[end:])
    return article[begin:end + (stop.end() if stop else len(article) - end)].strip()


def article_claims(article: str, *specs: tuple[str, float, str, dict[str, Any]]) -> list[Claim]:
    """Claims located in `article`: each spec is (text as written, value, unit, other fields)."""
    claims, cursor = [], 0
    for text, value, unit, fields in specs:
        start = article.index(text, cursor)
        cursor = start + 1
        claims.append(claim(text, value, unit, start=start, article="article",
                            sentence=sentence_of(article, start, start + len(text)), **fields))
    return claims


def gold_claims(gold: dict[str, Any], article: str) -> list[Claim]:
    """Claims built from a gold file's entries (text, value, unit, qualifier, bounds, subject, metric, period)."""
    claims, seen = [], {}
    for entry in gold["claims"]:
        start = -1
        for _ in range(entry.get("nth", 1)):
            start = article.index(entry["text"], start + 1)
        seen[entry["text"]] = start
        fields = {key: entry.get(key) for key in ("qualifier", "lower", "upper", "direction", "subject", "metric",
                                                  "period")}
        fields["qualifier"] = fields["qualifier"] or "exact"
        if entry.get("kind"):
            fields["kind"] = entry["kind"]
        claims.append(claim(entry["text"], entry["value"], entry["unit"], start=start, article=gold["article"],
                            sentence=sentence_of(article, start, start + len(entry["text"])), **fields))
    return claims
