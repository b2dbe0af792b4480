"""Change to a stated level: a change whose sentence states, right after it, the level it reaches ("The base fare will
rise by 25 cents to $2.75"; "lifted its dividend 8% to 54 cents") is the stated level against the pack's level before
it: the latest figure of the measure the pack keeps up to the article's date, before the claim's own period. The
pack need not hold the new level (a fare not yet charged, a plan). The pairing is inferred from the sentence's shape
(the figure, then "to", then the level), so it may support the claim, never contradict it.
"""
from __future__ import annotations

import datetime as dt

from claimx.check.around import scan
from claimx.check.context import is_change
from claimx.check.cues import base_phrase
from claimx.check.finding import Finding, judged
from claimx.check.growth import change, signed_judgement
from claimx.check.lookup import entity_candidates, facts_at
from claimx.check.units import convert
from claimx.records import Claim
from claimx.reference.metrics import resolve_metric
from claimx.reference.pack import Fact, ReferencePack


def _reached(claim: Claim, siblings: list[Claim]) -> Claim | None:
    """The level written right after the figure, "to" between them, in the same sentence."""
    for other in siblings:
        if other.id == claim.id or other.sentence != claim.sentence or other.start <= claim.end or is_change(other):
            continue
        if claim.frame is None or other.frame is None:
            continue
        words = scan(claim.sentence[claim.end - claim.frame.sentence_start:other.start - claim.frame.sentence_start])
        if [word.text.lower() for word in words] == ["to"]:
            return other
    return None


def _level_before(pack: ReferencePack, entity: str, metric: str, claim: Claim, published: dt.date) -> Fact | None:
    """The pack's latest figure of the measure begun by the article's date, other than the claim's own period's."""
    own = facts_at(pack, entity, metric, claim, published) if claim.period else []
    facts = [fact for fact in pack.facts_for(entity, metric) if fact.start <= published and fact not in own]
    return max(facts, key=lambda fact: fact.end, default=None)


def check_change_to_level(claim: Claim, pack: ReferencePack, published: dt.date | None,
                          siblings: list[Claim]) -> Finding | None:
    """Support a change with the level its sentence says it reaches against the pack's level before.

    claim (Claim): a change (a direction, or kind "change").
    pack (ReferencePack): the reference pack.
    published (date | None): the article's date.
    siblings (list[Claim]): the claims of the same article (the level reached is one of them).
    RETURNS (Finding | None): a supporting finding, else None (never a contradiction).
    """
    if published is None or not is_change(claim) or claim.direction is None:
        return None
    reached = _reached(claim, siblings)
    if reached is None:
        return None
    phrase = base_phrase(claim.metric) or reached.metric
    holders = list(dict.fromkeys(entity_candidates(pack, claim)))
    metric = None
    for entity in holders:
        if (metric := resolve_metric(pack, phrase, entity=entity)) in pack.metrics_of(entity):
            break
    else:
        metric = resolve_metric(pack, phrase)
        only = {fact.entity for fact in pack.facts if fact.metric == metric} if metric else set()
        holders = list(only) if len(only) == 1 else []
        entity = holders[0] if holders else None
    if metric is None or entity is None:
        return None
    before = _level_before(pack, entity, metric, claim, published)
    level = convert(before.value, before.unit, reached.unit) if before is not None else None
    if level is None:
        return None
    computed = change(level, reached.value, claim.unit, reached.unit)
    if computed is None:
        return None
    judgement, expected = signed_judgement(claim, computed[0])
    if judgement.verdict != "supported":
        return None
    return judged("growth", judgement, expected=expected,
                  computation=f"stated {computed[1]} (from {before.entity} {before.metric} {before.period})",
                  reference=[before.as_reference()], related=[reached.id])
