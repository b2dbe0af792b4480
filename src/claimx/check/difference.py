"""Difference rule: a stated gap between two entities' figures ("a gap of just under $4 billion").

The two entities come from a compound subject ("Amazon vs Walmart") or, failing that, from the two
top-level entities the sentence names. Each entity's figure is taken for the claim's period; with no
period, each one's latest year, since companies' fiscal years need not end together.
"""
from __future__ import annotations

import datetime as dt

from claimx.check.cues import base_phrase
from claimx.check.finding import Finding, judged
from claimx.check.lookup import facts_at
from claimx.check.units import convert
from claimx.check.tolerance import fmt, judge
from claimx.records import Claim
from claimx.reference.entities import mentioned_entities, resolve_entities
from claimx.reference.metrics import resolve_metric
from claimx.reference.pack import ReferencePack


def _two_entities(pack: ReferencePack, claim: Claim) -> list[str]:
    entities = resolve_entities(pack, claim.subject, claim.metric)
    if len(entities) == 2:
        return entities
    named = [entity for entity in mentioned_entities(pack, claim.sentence) if pack.entities[entity].parent is None]
    return named if len(named) == 2 else []


def check_difference(claim: Claim, pack: ReferencePack, published: dt.date | None) -> Finding | None:
    """Compare a stated gap with |first - second| from the pack.

    claim (Claim): a claim whose metric speaks of a gap or difference.
    pack (ReferencePack): the reference pack.
    published (date | None): the article's date.
    RETURNS (Finding | None): None without two entities, a shared metric in the claim's unit, or their figures.
    """
    entities = _two_entities(pack, claim)
    if not entities:
        return None
    metric = resolve_metric(pack, base_phrase(claim.metric), unit=claim.unit, entity=entities[0])
    if metric is None or convert(1.0, pack.metrics[metric].unit, claim.unit) is None:
        return None
    facts = [facts_at(pack, entity, metric, claim, published)[:1] for entity in entities]
    if not all(facts):
        return None
    first, second = facts[0][0], facts[1][0]
    expected = abs(first.value - second.value)
    computation = f"|{fmt(first.value)} - {fmt(second.value)}| = {fmt(expected)}"
    return judged("difference", judge(claim, expected), expected=expected, computation=computation,
                  reference=[first.as_reference(), second.as_reference()])
