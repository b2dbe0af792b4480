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
