"""Share rule: a part's share of its whole ("a quarter of total revenue") from the pack's two figures.

The part is the claim's entity; the whole is an entity named in the metric phrase ("share of Walmart's
sales") or else the part's parent in the pack (a segment's company).
"""
from __future__ import annotations

import datetime as dt

from claimx.check.cues import base_phrase
from claimx.check.finding import Finding, judged
from claimx.check.lookup import convert, entity_of, facts_at, same_period
from claimx.check.tolerance import fmt, judge
from claimx.records import Claim
from claimx.reference.entities import mentioned_entities
from claimx.reference.metrics import resolve_metric
from claimx.reference.pack import ReferencePack


def _whole(pack: ReferencePack, part: str, claim: Claim) -> str | None:
    """The entity the share is of: one named in the metric phrase, else the part's parent."""
    named = [entity for entity in mentioned_entities(pack, claim.metric)
             if entity != part and part not in pack.lineage(entity)]
    if len(named) == 1:
        return named[0]
    return pack.entities[part].parent if not named else None


def _metric(pack: ReferencePack, claim: Claim, part: str, whole: str) -> str | None:
    """The measure both figures are in: named in the phrase, else the only one both entities have."""
    phrase = base_phrase(claim.metric)
    metric = resolve_metric(pack, phrase, entity=part)
    if metric is not None:
        return metric
    shared = pack.metrics_of(part) & pack.metrics_of(whole)
    return shared.pop() if len(shared) == 1 else None


def check_share(claim: Claim, pack: ReferencePack, published: dt.date | None) -> Finding | None:
    """Compare a stated share with part / whole from the pack, in the same period.

    claim (Claim): a ratio or percent claim whose metric speaks of a share.
    pack (ReferencePack): the reference pack.
    published (date | None): the article's date.
    RETURNS (Finding | None): None when the part, the whole, the measure or either figure is missing.
    """
    part = entity_of(pack, claim)
    if part is None:
        return None
    whole = _whole(pack, part, claim)
    if whole is None:
        return None
    metric = _metric(pack, claim, part, whole)
    if metric is None:
        return None
    for fact in facts_at(pack, part, metric, claim, published):
        total = same_period(pack, whole, metric, fact)
        if total is None or not total.value:
            continue
        ratio = fact.value / total.value
        expected = convert(ratio, "ratio", claim.unit)
        if expected is None:
            return None
        computation = f"{fmt(fact.value)} / {fmt(total.value)} = {ratio:.3f}"
        return judged("share", judge(claim, expected), expected=expected, computation=computation,
                      reference=[fact.as_reference(), total.as_reference()])
    return None
