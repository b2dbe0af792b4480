"""Rate rule: a figure per unit of another ("$48 million per kilometre", "£310 per resident").

The metric phrase is split at "per": the words before it name a measure of the pack, the words after
it either another measure ("resident" -> population) or a unit one of the entity's measures is in
("kilometre" -> a length in km). Rates per unit of time are the direct rule's business.
"""
from __future__ import annotations

import datetime as dt

from claimx.check.around import scan
from claimx.check.finding import Finding, judged
from claimx.check.lookup import entity_candidates, facts_at, guarded, loose_words
from claimx.check.phrases import rate_split
from claimx.check.tolerance import fmt, judge
from claimx.check.units import convert
from claimx.records import Claim
from claimx.reference.metrics import resolve_metric
from claimx.reference.pack import Fact, ReferencePack


def split_rate(metric: str | None) -> tuple[str, str] | None:
    """("cost", "kilometre") for "cost per kilometre"; None for no "per" or a rate per unit of time."""
    return rate_split(metric)


def _denominator(pack: ReferencePack, entity: str, words: str, fact: Fact) -> tuple[float, Fact, bool] | None:
    """The figure to divide by for the period of `fact`: (value, fact, whether the words named its unit)."""
    metric = resolve_metric(pack, words, entity=entity)
    unit = None
    if metric is None:
        fits = [m for m in pack.metrics_of(entity) if convert(1.0, pack.metrics[m].unit, words) is not None]
        if len(fits) != 1:
            return None
        metric, unit = fits[0], words
    series = [other for other in pack.facts_for(entity, metric) if other.end <= fact.end]
    same = [other for other in series if (other.start, other.end) == (fact.start, fact.end)]
    other = (same or sorted(series, key=lambda f: f.end))[-1] if series else None
    if other is None:
        return None
    value = convert(other.value, other.unit, unit) if unit else other.value
    return (value, other, unit is not None) if value else None


def check_rate(claim: Claim, pack: ReferencePack, published: dt.date | None) -> Finding | None:
    """Compare a stated rate with one pack figure divided by another.

    claim (Claim): a claim whose metric reads "X per Y".
    pack (ReferencePack): the reference pack.
    published (date | None): the article's date.
    RETURNS (Finding | None): None when either figure is missing.
    """
    parts = split_rate(claim.metric)
    if parts is None:
        return None
    top, bottom = parts
    per, bottom = _per_how_many(bottom)
    for entity in entity_candidates(pack, claim):
        metric = resolve_metric(pack, top, unit=claim.unit, entity=entity)
        whole = resolve_metric(pack, claim.metric, unit=claim.unit, entity=entity)
        if whole is not None and whole != metric:
            return None  # the pack holds the rate itself ("earnings per share"): the direct rule's business
        if metric is None or convert(1.0, pack.metrics[metric].unit, claim.unit) is None:
            continue
        for fact in facts_at(pack, entity, metric, claim, published)[:1]:
            found = _denominator(pack, entity, bottom, fact)
            numerator = convert(fact.value, fact.unit, claim.unit)
            if found is None or numerator is None:
                continue
            value, other, by_unit = found
            expected = numerator / value * per
            scaled = f" x {fmt(per)}" if per != 1 else ""
            finding = judged("rate", judge(claim, expected), expected=expected,
                             computation=f"{fmt(numerator)} / {fmt(value)}{scaled} = {fmt(expected)} {claim.unit} per "
                                         f"{fmt(per) + ' ' if per != 1 else ''}{bottom}",
                             reference=[fact.as_reference(), other.as_reference()])
            loose = loose_words(pack, claim, entity, metric, top)
            if not by_unit:
                loose |= loose_words(pack, claim, entity, other.metric, bottom)
            return guarded(finding, loose)
    return None


def _per_how_many(words: str) -> tuple[float, str]:
    """(how many, what) for the side after "per": "1,000 residents" -> (1000, "residents"); "resident" -> (1, ...)."""
    found = scan(words)
    if len(found) > 1 and found[0].text.replace(",", "").isdigit():
        return float(found[0].text.replace(",", "")), words[found[1].start:]
    return 1.0, words
