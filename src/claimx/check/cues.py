"""Words that say what kind of figure a claim is: a share, a change, a gap, a multiple, a total, a plan.

The checker picks its rule from these cues in the metric phrase (and, for a few, the quantity as
written), never from the entity or the article.
"""
from __future__ import annotations

import re
from typing import Literal

from claimx.records import Claim

Family = Literal["direct", "share", "growth", "difference", "multiple", "rate"]

SHARE = re.compile(r"\b(?:share|portion|proportion|fraction|percent(?:age)? of|% of|account(?:s|ed)? for|"
                   r"make(?:s)? up|made up|of (?:the |its |their )?(?:total|overall|entire|whole|all|company|group))\b",
                   re.IGNORECASE)
GROWTH = re.compile(r"\b(?:growth|grow|grew|grown|rise|rose|risen|increase[ds]?|gain(?:ed|s)?|jump(?:ed|s)?|"
                    r"climb(?:ed|s)?|fall|fell|fallen|decline[ds]?|drop(?:ped|s)?|decrease[ds]?|cut|shr[ai]nk|"
                    r"change|up|down)\b", re.IGNORECASE)
DIFFERENCE = re.compile(r"\b(?:gap|difference|lead|spread|ahead by|behind by)\b", re.IGNORECASE)
MULTIPLE = re.compile(r"\b(?:doubl\w*|tripl\w*|quadrupl\w*|times|\w+fold)\b", re.IGNORECASE)
RATE = re.compile(r"\b(?:per|for each|for every)\s+(?!(?:an?\s+)?(?:year|annum|month|week|day|hour|quarter)s?\b)",
                  re.IGNORECASE)
TOTAL = re.compile(r"\b(?:total|combined|altogether|in all|together|sum)\b", re.IGNORECASE)
# Plan words say when a figure applies, not what it measures ("planned spending" is spending).
FORWARD = re.compile(r"\b(?:plan(?:s|ned|ning)?|expect(?:s|ed)?|forecast(?:s)?|project(?:ed|ion|ions)|guidance|"
                     r"outlook|target(?:s|ed)?|will|budget(?:s|ed)?|proposed|coming)\b", re.IGNORECASE)
_CUES = (SHARE, GROWTH, DIFFERENCE, MULTIPLE)


def base_phrase(metric: str | None) -> str:
    """The metric phrase without its share/change/gap/multiple words: "share of total revenue" -> "total revenue"."""
    phrase = metric or ""
    for cue in _CUES:
        phrase = cue.sub(" ", phrase)
    return re.sub(r"\s+", " ", phrase).strip()


def family(claim: Claim) -> Family:
    """Which verdict rule a claim calls for, from its unit, kind, direction and metric words.

    claim (Claim): the claim.
    RETURNS (Family): "direct" unless the wording marks a share, a change, a gap, a multiple or a rate.
    """
    metric = claim.metric or ""
    relative = claim.unit in ("ratio", "percent", "percentage_point")
    if DIFFERENCE.search(metric):
        return "difference"
    if relative and SHARE.search(metric) and not claim.direction:
        return "share"
    if claim.unit == "ratio" and (claim.kind == "multiple" or MULTIPLE.search(claim.text) or MULTIPLE.search(metric)
                                  or (claim.value >= 1 and GROWTH.search(metric) and not claim.direction)):
        return "multiple"
    if claim.direction or claim.kind == "change" or (relative and GROWTH.search(metric)):
        return "growth"
    if RATE.search(metric):
        return "rate"
    return "direct"
