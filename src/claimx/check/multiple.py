"""Multiple rule: "more than doubling over two decades", "three times Walmart's" against the pack.

Over time: the figure at the end of the span divided by the figure at its start, the span coming from
a period range ("FY2006-FY2026") or from the words ("over the past two decades"). Between entities:
the first entity's figure divided by the second's, in the same period.
"""
from __future__ import annotations

import datetime as dt

from claimx.check.cues import base_phrase
from claimx.check.finding import Finding, judged
from claimx.check.lookup import entity_of, facts_at, same_period, span_facts
from claimx.check.tolerance import fmt, judge
from claimx.records import Claim
from claimx.reference.entities import resolve_entities
from claimx.reference.metrics import resolve_metric
from claimx.reference.pack import Fact, ReferencePack


def check_multiple(claim: Claim, pack: ReferencePack, published: dt.date | None) -> Finding | None:
    """Compare a stated multiple with the ratio of two pack figures.

    claim (Claim): a ratio claim worded as a multiple.
    pack (ReferencePack): the reference pack.
    published (date | None): the article's date.
    RETURNS (Finding | None): None when the two figures cannot be found.
    """
    entities = resolve_entities(pack, claim.subject, claim.metric)
    entity = entities[0] if len(entities) > 1 else entity_of(pack, claim)
    if entity is None:
        return None
    metric = resolve_metric(pack, base_phrase(claim.metric), entity=entity)
    if metric is None:
        return None
    pair: tuple[Fact, Fact] | None = None
    if len(entities) == 2 and " and " in f" {(claim.subject or '').lower()} ":
        return None  # "the Isvardi and West Aurelan ice sheets ... more than three times faster": the two together
    if len(entities) == 2:
        for fact in facts_at(pack, entities[0], metric, claim, published)[:1]:
            other = same_period(pack, entities[1], metric, fact)
            pair = (other, fact) if other else None
    else:
        pair = span_facts(pack, entity, metric, claim, published)
    if pair is None or not pair[0].value:
        return None
    base, top = pair
    expected = top.value / base.value
    computation = f"{fmt(top.value)} / {fmt(base.value)} = {expected:.3f}"
    return judged("multiple", judge(claim, expected), expected=expected, computation=computation,
                  reference=[base.as_reference(), top.as_reference()])
