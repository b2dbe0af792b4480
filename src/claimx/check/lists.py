"""Whether the other items of a list confirm a reading of one of its figures.

A sentence that lists one measure for several entities ("Harrowby had an annual rise of 5.1 per cent, Westerleigh 3.8
per cent, and Penhallow 3.5 per cent") names the measure once, beside the first item: the later items' readings are
not confident (the measure is not in their own stretch). When every other item of the list, read with the same measure
and period as the reading, agrees with the pack for its own entity, the list has said what its figures measure: the
reading of an item whose own subject is the reading's entity may then contradict it.

The items are the figures of the claim's sentence with its unit, direction, metric words and period and another
subject; there must be at least two of them, each resolving to a pack entity of its own.
"""
from __future__ import annotations

import datetime as dt
from typing import Callable

from claimx.check.finding import Finding
from claimx.check.lookup import entity_of
from claimx.records import Claim
from claimx.reference.pack import ReferencePack

Reference = Callable[[Claim, ReferencePack, "dt.date | None"], "Finding | None"]


def _items(claim: Claim, siblings: list[Claim]) -> list[Claim]:
    """The other items of the claim's list (see the module's docstring)."""
    return [o for o in siblings if o.id != claim.id and o.sentence == claim.sentence and o.unit == claim.unit
            and o.direction == claim.direction and o.kind == claim.kind and o.metric == claim.metric
            and o.period == claim.period and o.subject != claim.subject]


def list_confirms(pack: ReferencePack, claim: Claim, reading: Claim, siblings: list[Claim],
                  published: dt.date | None, reference: Reference) -> bool:
    """Whether the other items of the claim's list confirm `reading` (see the module's docstring).

    pack (ReferencePack): the reference pack.
    claim (Claim): the claim as extracted.
    reading (Claim): the reading of it that contradicted it (pack names for subject and metric).
    siblings (list[Claim]): the claims of the same article.
    published (date | None): the article's date.
    reference (Reference): the reference rules (`checker._reference`), run on each item read the same way.
    RETURNS (bool): True when the reading's contradiction may stand.
    """
    if claim.metric is None or claim.period is None or reading.period != claim.period:
        return False
    own = entity_of(pack, claim)
    if own is None or entity_of(pack, reading) != own:
        return False
    items = _items(claim, siblings)
    entities = [entity_of(pack, item) for item in items]
    if len(items) < 2 or None in entities or own in entities or len(set(entities)) != len(entities):
        return False
    for item, entity in zip(items, entities):
        variant = item.model_copy(update={"subject": pack.entities[entity].name, "metric": reading.metric,
                                          "period": reading.period})
        found = reference(variant, pack, published)
        if found is None or found.verdict != "supported":
            return False
    return True
