"""What the claim's sentence says around the figure: other readings of it, and reasons not to contradict.

The pipeline's subject, metric and period are plain words and can miss what the sentence makes
plain: "Operating profit climbed to €1.12 billion" when the metric came out as "profit"; "from €980
million" being last year's figure; "2.1 points per game" being a rate. These helpers let the checker
consider such readings (any reading the figure matches supports it) and hold back a contradiction
when the sentence shows the comparison is not like for like.
"""
from __future__ import annotations

import re

from claimx.check.cues import GROWTH
from claimx.records import Claim
from claimx.reference.metrics import is_vague, metric_scores
from claimx.reference.pack import Fact, ReferencePack
from claimx.reference.periods import previous_period
from claimx.reference.text import tokens

_FROM = re.compile(r"\bfrom\s+(?:the\s+)?(?:\w+\s+)?$|\b(?:a|one) year (?:earlier|ago|before)\b|\blast year'?s?\s*$",
                   re.IGNORECASE)
_YEAR_AGO_AFTER = re.compile(r"^[^,;.]{0,15}\b(?:a|one) year (?:earlier|ago|before)\b|^[^,;.]{0,15}\bin the previous year\b",
                             re.IGNORECASE)
_RATE_AFTER = re.compile(r"^[\w\s-]{0,20}?\b(?:per|for each|for every)\s+\w+", re.IGNORECASE)
_PLAN = re.compile(r"\b(?:plan(?:s|ned)?|expect(?:s|ed)?|forecasts?|projected|aims?|targets?|intends?|guidance|outlook)\b",
                   re.IGNORECASE)


def _around(claim: Claim) -> tuple[str, str]:
    """The sentence text before and after the claim's own text."""
    position = claim.sentence.find(claim.text)
    if position < 0:
        return "", ""
    return claim.sentence[:position], claim.sentence[position + len(claim.text):]


def is_earlier_figure(claim: Claim) -> bool:
    """True for the "before" figure of a change ("up from €8.42 billion a year earlier")."""
    before, after = _around(claim)
    return bool(_FROM.search(before[-40:]) or _YEAR_AGO_AFTER.search(after))


def earlier_readings(facts: list[Fact], found: list[Fact], claim: Claim) -> list[Fact]:
    """The periods a year before `found`, when the claim is the earlier figure of a change."""
    if not is_earlier_figure(claim):
        return []
    earlier = [previous_period(facts, fact) for fact in found]
    return [fact for fact in earlier if fact is not None and fact not in found]


def metric_readings(pack: ReferencePack, claim: Claim, entity: str) -> list[str]:
    """Metrics the sentence names with more words than the claim's metric phrase ("operating profit" for "profit")."""
    said = set(tokens(claim.metric))
    if not said:
        return []
    scores = metric_scores(pack, claim.sentence)
    wider = [metric for metric, score in scores.items() if metric in pack.metrics_of(entity) and any(
        said <= set(tokens(synonym)) and len(tokens(synonym)) > len(said) and set(tokens(synonym)) <= set(tokens(claim.sentence))
        for synonym in pack.metrics[metric].synonyms)]
    return sorted(wider, key=lambda metric: -scores[metric])


def caveats(claim: Claim, fact: Fact, published) -> list[str]:
    """Reasons a mismatch with `fact` would not be clear evidence against the claim.

    claim (Claim): the claim.
    fact (Fact): the pack figure it was compared with.
    published (date | None): the article's date.
    RETURNS (list[str]): empty when a contradiction would be sound.
    """
    reasons = []
    before, after = _around(claim)
    if is_vague(claim.metric):
        reasons.append("the claim names no measure; the pack's measure was inferred from its unit")
    rate_words = re.escape(claim.metric or "") + r"\s+(?:per|for each|for every)\b"
    if _RATE_AFTER.match(after) or (claim.metric and re.search(rate_words, claim.sentence, re.IGNORECASE)):
        reasons.append("the sentence states a rate ('per ...'), not a total")
    if published and fact.end < published and _PLAN.search(claim.sentence):
        reasons.append("the sentence speaks of a plan, but the pack's figure is for a period already ended")
    return reasons


def is_change(claim: Claim) -> bool:
    """True for a stated rise or fall rather than a level."""
    return claim.direction is not None or claim.kind == "change"


def describes_change(pack: ReferencePack, metric: str) -> bool:
    """True for a metric that is itself a change ("eCommerce sales growth") or a rate in percent."""
    unit = pack.metrics[metric].unit
    return unit in ("percent", "ratio", "percentage_point") or any(
        GROWTH.search(synonym) for synonym in pack.metrics[metric].synonyms)
