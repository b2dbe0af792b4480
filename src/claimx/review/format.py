"""Jinja filters that turn record values into the short text a reviewer reads."""
from __future__ import annotations

import datetime as dt
import re
from typing import Optional

from claimx.records import Article, Claim
from claimx.store import Decision

_SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))
_UNITS = {"percent": "%", "percentage_point": " pp", "count": "", "ratio": "×"}


def number(value: float) -> str:
    """Format a number with thousands separators and words for large scales.

    value (float): the number.
    RETURNS (str): e.g. "41.2 billion", "4,600", "0.25".
    """
    for scale, word in _SCALES:
        if abs(value) >= scale:
            return f"{value / scale:,.4g} {word}"
    return f"{value:,.6g}" if abs(value) >= 1 or value == 0 else f"{value:.4g}"


def quantity(value: Optional[float], unit: str) -> str:
    """Format a value in its claim unit: "41.2 billion USD", "12%", "4,600", "1,250 megawatt",
    a fraction as a percentage ("a fifth": "20%"), a multiple as "2.5×".

    value (float | None): the value; None gives an em dash.
    unit (str): the claim unit.
    RETURNS (str): the value and its unit.
    """
    if value is None:
        return "—"
    if unit == "ratio" and abs(value) < 1:
        # "almost a fifth" is 20% of something, not "0.2×".
        return f"{value * 100:.3g}%"
    if unit in _UNITS:
        return f"{number(value)}{_UNITS[unit]}"
    return f"{number(value)} {unit}"


def relative(value: Optional[float]) -> str:
    """Format a relative deviation or tolerance as a percentage: 0.0591 -> "5.91%"."""
    if value is None:
        return "—"
    return f"{value * 100:.3g}%"


def when(moment: dt.datetime) -> str:
    """Format a UTC timestamp to the minute: "2025-11-25 14:02 UTC"."""
    return moment.astimezone(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")


def claim_label(claim: Claim) -> str:
    """Say in one line what a claim is, for tooltips: "contradicted: 41.2 billion USD revenue"."""
    about = " ".join(part for part in (claim.metric, claim.period) if part)
    return f"{claim.verdict or 'unchecked'}: {quantity(claim.value, claim.unit)} {about}".strip()


def decision_label(decision: Decision, unit: str) -> str:
    """Say what a decision did: "Verdict confirmed", "Value corrected to 38.9 billion USD"."""
    if decision.decision == "correct":
        return f"Value corrected to {quantity(decision.corrected_value, unit)}"
    return {"confirm": "Verdict confirmed", "reject": "Verdict rejected", "not_a_claim": "Not a claim"}[
        decision.decision
    ]


def readable(text: str | None) -> str:
    """Write e-notation in a computation or tolerance as words: "1.12e9" -> "1.12 billion"."""
    from claimx.review.explain import readable as words

    return words(text or "")


FILTERS = {
    "readable": readable,
    "number": number,
    "quantity": quantity,
    "relative": relative,
    "when": when,
    "claim_label": claim_label,
    "decision_label": decision_label,
}


_CAPTION = re.compile(r"^(?:photo|image|picture|video|credit|source|caption|file)\b\s*:", re.IGNORECASE)
_WORDS = re.compile(r"[^\W\d_]{2,}")


def headline(article: Article) -> str:
    """The article's headline: its title; else a headline-like line among its first three (up to 160
    characters, three words or more, starting with a letter, digit or quote, not ending like a
    sentence, not a caption or scraped debris such as ".jpg)"); else its first sentence, cut at 100 characters; else its id."""
    if article.title and article.title.strip():
        return article.title.strip()
    lines = [line.strip() for line in article.text.strip().splitlines() if line.strip()]
    for line in lines[:3]:
        if (len(line) <= 160 and len(_WORDS.findall(line)) >= 3 and (line[0].isalnum() or line[0] in "\"'“‘")
                and not _CAPTION.match(line) and not line.endswith((":", ",", "."))):
            return line
    body = next((line for line in lines if len(_WORDS.findall(line)) >= 6), "")
    if body:
        sentence = re.split(r"(?<=[.!?])\s", body, maxsplit=1)[0]
        return sentence if len(sentence) <= 100 else sentence[:99].rsplit(" ", 1)[0] + "…"
    return article.id
