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

from claimx.records import Claim, Frame, MetricFrame, PeriodFrame, SubjectFrame

PACK = Path(__file__).parent / "data" / "reference"
PUBLISHED = dt.date(2025, 6, 15)
KINDS = {"USD": "amount", "EUR": "amount", "GBP": "amount", "percent": "percentage", "ratio": "ratio",
         "count": "count", "percentage_point": "percentage_points"}


def frame_for(text: str, start: int, sentence: str, sentence_start: int | None = None, base: str | None = None,
              **fields: Any) -> Frame | None:
    """The frame the pipeline would give a claim whose subject, metric and period are written in its
    sentence: the sentence's offsets (from `sentence_start`, else where `text` first stands in it) and the
    period's reason "in the sentence"."""
    if sentence_start is None:
        if text not in sentence:
            return None
        sentence_start = start - sentence.index(text)
    metric = fields.get("metric")
    at = sentence.lower().find(metric.lower()) if metric else -1  # "Copper output rose ..." writes "copper output"
    period = fields.get("period")
    return Frame(sentence_start=sentence_start, sentence_end=sentence_start + len(sentence),
                 subject=SubjectFrame(text=fields.get("subject")),
                 metric=MetricFrame(text=metric, start=sentence_start + at if at >= 0 else None,
                                    end=sentence_start + at + len(metric) if at >= 0 else None),
                 period=PeriodFrame(value=period, base=base, reason="in the sentence" if period else "none"))


def claim(text: str, value: float, unit: str = "USD", **fields: Any) -> Claim:
    """A claim about `text` standing alone (its own sentence unless `sentence` is given), framed as the
    pipeline would frame it (`frame_for`) unless `frame` is given; `frame=None` makes a frameless record."""
    fields.setdefault("kind", "change" if fields.get("direction") else KINDS.get(unit, "physical"))
    fields.setdefault("sentence", text)
    # a sentence alone stands at the start of its article, unless `start` says where the figure is
    start = fields.pop("start", fields["sentence"].find(text) if text in fields["sentence"] else 0)
    sentence_start = fields.pop("sentence_start", None)
    base = fields.pop("base", None)
    if "frame" not in fields:
        fields["frame"] = frame_for(text, start, fields["sentence"], sentence_start, base, subject=fields.get("subject"),
                                    metric=fields.get("metric"), period=fields.get("period"))
    return Claim(id=f"a:{start}-{start + len(text)}", article=fields.pop("article", "a"), text=text, start=start,
                 end=start + len(text), value=value, unit=unit, **fields)


def sentence_span(article: str, start: int, end: int) -> tuple[str, int]:
    """The sentence of `article` around [start, end) (from the last full stop or line break to the next)
    and its offset in the article."""
    begin = max((m.end() for m in re.finditer(r"[.!?]\s+|\n", article[:start])), default=0)
    stop = re.search(r"[.!?](?=\s|$)|\n", article[end:])
    raw = article[begin:end + (stop.end() if stop else len(article) - end)]
    return raw.strip(), begin + len(raw) - len(raw.lstrip())


def sentence_of(article: str, start: int, end: int) -> str:
    """The sentence of `article` around [start, end)."""
    return sentence_span(article, start, end)[0]


def article_claims(article: str, *specs: tuple[str, float, str, dict[str, Any]]) -> list[Claim]:
    """Claims located in `article`: each spec is (text as written, value, unit, other fields)."""
    claims, cursor = [], 0
    for text, value, unit, fields in specs:
        start = article.index(text, cursor)
        cursor = start + 1
        sentence, sentence_start = sentence_span(article, start, start + len(text))
        claims.append(claim(text, value, unit, start=start, article="article", sentence=sentence,
                            sentence_start=sentence_start, **fields))
    return claims


# the frame fields of a stated rise and a stated fall, for `article_claims` specs
UP = {"direction": "up", "kind": "change"}
DOWN = {"direction": "down", "kind": "change"}


def internal_verdict(article: str, index: int, *specs: tuple[str, float, str, dict[str, Any]]) -> str | None:
    """The verdict the article's-own-figures check gives claim `index` of `article_claims(article, *specs)`, or
    None when no check applies."""
    from claimx.check.internal import check_internal

    claims = article_claims(article, *specs)
    found = check_internal(claims[index], claims)
    return found.verdict if found else None


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
        sentence, sentence_start = sentence_span(article, start, start + len(entry["text"]))
        claims.append(claim(entry["text"], entry["value"], entry["unit"], start=start, article=gold["article"],
                            sentence=sentence, sentence_start=sentence_start, **fields))
    return claims
