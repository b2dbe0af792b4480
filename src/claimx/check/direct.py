"""Direct rule: the claim's figure against the pack's figure for the same entity, metric and period."""
from __future__ import annotations

import datetime as dt

from claimx.check.finding import Finding, judged
from claimx.check.lookup import convert, entity_of, facts_at
from claimx.check.tolerance import fmt, judge
from claimx.records import Claim
from claimx.reference.metrics import resolve_metric
from claimx.reference.pack import ReferencePack


def check_direct(claim: Claim, pack: ReferencePack, published: dt.date | None) -> Finding | None:
    """Compare the claim with the reference figure it states directly ("$716.9 billion in annual sales").

    claim (Claim): the claim.
    pack (ReferencePack): the reference pack.
    published (date | None): the article's date, for "latest" and for claims with no period.
    RETURNS (Finding | None): None when the pack has no comparable figure.
    """
    entity = entity_of(pack, claim)
    if entity is None:
        return None
    metric = resolve_metric(pack, claim.metric, unit=claim.unit, entity=entity)
    if metric is None or convert(1.0, pack.metrics[metric].unit, claim.unit) is None:
        return None
    findings = []
    # With no period named, the latest year and the latest quarter are both plausible readings.
    for fact in facts_at(pack, entity, metric, claim, published):
        expected = convert(fact.value, fact.unit, claim.unit)
        if expected is None:
            continue
        computation = f"{fact.entity} {fact.metric} {fact.period} = {fmt(fact.value)} {fact.unit}"
        if expected != fact.value:
            computation += f" = {fmt(expected)} {claim.unit}"
        findings.append(judged("direct", judge(claim, expected), expected=expected, computation=computation,
                               reference=[fact.as_reference()]))
    supported = [finding for finding in findings if finding.verdict == "supported"]
    return (supported or findings or [None])[0]
