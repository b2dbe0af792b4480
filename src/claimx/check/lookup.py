"""Finding the pack figures a claim is about: its entity, metric and period, and unit conversion."""
from __future__ import annotations

import datetime as dt

from claimx.check.cues import is_forward
from claimx.records import Claim
from claimx.reference.entities import resolve_entity
from claimx.reference.pack import Fact, ReferencePack
from claimx.reference.periods import PeriodQuery, parse_period, select_facts

# A claim in a unit on the left can be compared with a fact in the unit on the right after scaling.
_SCALES = {("percent", "ratio"): 100.0, ("ratio", "percent"): 0.01}


def convert(value: float, unit: str, to: str) -> float | None:
    """`value` in `unit` expressed in `to`, or None when the units cannot be compared.

    value (float): the value.
    unit (str): its unit ("USD", "percent", "ratio", "count", "km", ...).
    to (str): the unit wanted.
    RETURNS (float | None): the converted value.
    """
    if unit.lower() == to.lower():
        return value
    scale = _SCALES.get((to, unit))
    return value * scale if scale else None


def entity_of(pack: ReferencePack, claim: Claim) -> str | None:
    """The pack entity the claim's subject names (with its metric phrase as context), or None."""
    return resolve_entity(pack, claim.subject, claim.metric)


def facts_at(pack: ReferencePack, entity: str, metric: str, claim: Claim, published: dt.date | None,
             query: PeriodQuery | None = None) -> list[Fact]:
    """The facts of `entity`/`metric` for the claim's period, best first (several only if it names none).

    pack (ReferencePack): the pack.
    entity (str): entity id.
    metric (str): metric id.
    claim (Claim): the claim, for its period, metric words and whether it speaks of a plan.
    published (date | None): the article's date.
    query (PeriodQuery | None): a period to use instead of the claim's own.
    RETURNS (list[Fact]): possibly empty.
    """
    query = query or parse_period(claim.period, hint=claim.metric)
    return select_facts(pack.facts_for(entity, metric), query, published,
                        calendar=pack.calendar(entity), forward=is_forward(claim))


def same_period(pack: ReferencePack, entity: str, metric: str, fact: Fact) -> Fact | None:
    """The fact of another entity (or metric) covering exactly the period of `fact`, or None."""
    for other in pack.facts_for(entity, metric):
        if (other.start, other.end) == (fact.start, fact.end):
            return other
    return None
