"""What the claim's sentence says around the figure: other readings of it, and reasons not to contradict.

The pipeline's subject, metric and period are plain words and can miss what the sentence makes
plain: "Operating profit climbed to €1.12 billion" when the metric came out as "profit"; "from €980
million" being last year's figure; "2.1 points per game" being a rate. These helpers let the checker
consider such readings (any reading the figure matches supports it) and hold back a contradiction
when the sentence shows the comparison is not like for like.
"""
from __future__ import annotations

import datetime as dt
import re

from claimx.check.cues import GROWTH
from claimx.records import Claim
from claimx.reference.entities import mentioned_entities
from claimx.reference.metrics import is_vague, metric_scores
from claimx.reference.pack import Fact, ReferencePack
from claimx.reference.periods import lookback_years, previous_period
from claimx.reference.text import tokens

_FROM = re.compile(r"\bfrom\s+(?:the\s+)?(?:\w+\s+)?$|\b(?:a|one) year (?:earlier|ago|before)\b|\blast year'?s?\s*$",
                   re.IGNORECASE)
_YEAR_AGO_AFTER = re.compile(r"^[^,;.]{0,15}\b(?:a|one|\w+) years? (?:earlier|ago|before)\b|^[^,;.]{0,15}\bin the previous year\b",
                             re.IGNORECASE)
_RATE_AFTER = re.compile(r"^[\w\s-]{0,20}?\b(?:per|for each|for every)\s+\w+", re.IGNORECASE)
# Words by which a sentence refers to a part of a company without naming it.
_PART = re.compile(r"\b(?:division|unit|segment|business|arm|subsidiary|branch)\b", re.IGNORECASE)
_PLAN = re.compile(r"\b(?:plan(?:s|ned)?|expect(?:s|ed)?|forecasts?|projected|aims?|targets?|intends?|guidance|outlook)\b",
                   re.IGNORECASE)


def sentence_position(claim: Claim) -> int:
    """Where the claim's text starts in its sentence: from the frame's offsets, so a value written twice
    in one sentence is told apart; -1 when it cannot be placed."""
    if claim.frame is not None:
        position = claim.start - claim.frame.sentence_start
        if claim.sentence[position:position + len(claim.text)] == claim.text:
            return position
    return claim.sentence.find(claim.text)  # a record without a frame


def _around(claim: Claim) -> tuple[str, str]:
    """The sentence text before and after the claim's own text."""
    position = sentence_position(claim)
    if position < 0:
        return "", ""
    return claim.sentence[:position], claim.sentence[position + len(claim.text):]


def is_earlier_figure(claim: Claim) -> bool:
    """True for the "before" figure of a change ("up from €8.42 billion a year earlier")."""
    before, after = _around(claim)
    return bool(_FROM.search(before[-40:]) or _YEAR_AGO_AFTER.search(after))


def earlier_readings(facts: list[Fact], found: list[Fact], claim: Claim) -> list[Fact]:
    """The periods a year (or "two years ago": two) before `found`, when the claim is the earlier figure
    of a change."""
    if not is_earlier_figure(claim):
        return []
    years = lookback_years(f"over {match.group(1)} years") if (
        match := re.match(r"^\W*(\w+) years? (?:ago|earlier|before)", _around(claim)[1])) else None
    earlier = [previous_period(facts, fact, years=years or 1) for fact in found]
    return [fact for fact in earlier if fact is not None and fact not in found]


_PERIOD_AFTER = re.compile(r"^[^,;.]{0,25}?\b(?:in|for|during)\s+((?:the\s+)?(?:fiscal\s+(?:year\s+)?|fy\s?)?(?:19|20)\d{2}|"
                           r"q[1-4]\s+(?:fy\s?)?\d{2,4})\b", re.IGNORECASE)


def adjacent_period(claim: Claim) -> str | None:
    """A period written right after the figure ("212 square kilometres in 2025"), if it differs from the claim's."""
    match = _PERIOD_AFTER.match(_around(claim)[1])
    if not match or (claim.period and match.group(1).lower() in claim.period.lower()):
        return None
    return match.group(1)


def metric_readings(pack: ReferencePack, claim: Claim, entity: str) -> list[str]:
    """Other measures of `entity` the sentence names that the claim's metric words may be short for.

    A measure qualifies when one of its synonyms occurs in full in the sentence and its synonyms together
    contain every word of the claim's metric phrase: "Operating profit climbed to ..." for "profit";
    "scored 74 goals while conceding 38" offers both goals scored and goals conceded for "goals".
    """
    said = set(tokens(claim.metric))
    if not said:
        return []
    sentence = set(tokens(claim.sentence))
    scores = metric_scores(pack, claim.sentence)
    found = []
    for metric in pack.metrics_of(entity):
        synonyms = [set(tokens(synonym)) for synonym in pack.metrics[metric].synonyms]
        if said <= set().union(*synonyms) and any(words and words <= sentence for words in synonyms):
            found.append(metric)
    return sorted(found, key=lambda metric: -scores.get(metric, 0))


def caveats(claim: Claim, fact: Fact, published: dt.date | None) -> list[str]:
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


def subject_caveats(pack: ReferencePack, claim: Claim, entity: str) -> list[str]:
    """Reasons to doubt the claim is about `entity`: its sentence names no member of the entity's family
    but speaks of a part ("the division", "the unit") and the entity has parts, so the subject was
    probably carried over from an earlier sentence."""
    family = {member for member in pack.lineage(entity)} | {
        other.id for other in pack.entities.values() if entity in pack.lineage(other.id)}
    named = set(mentioned_entities(pack, claim.sentence))
    has_parts = any(other.parent == entity for other in pack.entities.values())
    if has_parts and not named & family and _PART.search(claim.sentence):
        return [f"the sentence speaks of a part of {entity} without naming it"]
    return []


def is_change(claim: Claim) -> bool:
    """True for a stated rise or fall rather than a level."""
    return claim.direction is not None or claim.kind == "change"


def describes_change(pack: ReferencePack, metric: str) -> bool:
    """True for a metric that is itself a change ("eCommerce sales growth") or a rate in percent."""
    unit = pack.metrics[metric].unit
    return unit in ("percent", "ratio", "percentage_point") or any(
        GROWTH.search(synonym) for synonym in pack.metrics[metric].synonyms)
