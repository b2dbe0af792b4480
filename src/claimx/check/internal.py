"""Internal consistency: figures in one article that must agree with each other, with no reference data.

A stated gap against the two amounts it separates; a percentage change against the before and after
figures (or the change and its base); parts against a stated total; a share against the part and the
whole; a multiple against the two figures it compares. Which figure plays which role comes from the
sentence's own wording ("from", "to", "a total of") and from shared words in subjects and metrics; when
the roles are unclear the check stays silent rather than guess.
"""
from __future__ import annotations

import itertools
import re
from typing import Callable

from claimx.check.cues import MULTIPLE, TOTAL, base_phrase, family
from claimx.check.finding import Finding, judged
from claimx.check.growth import signed_judgement
from claimx.check.tolerance import fmt, judge, stated_step
from claimx.records import Claim
from claimx.reference.metrics import VAGUE
from claimx.reference.text import tokens

RELATIVE = ("percent", "ratio", "percentage_point")
_BEFORE = re.compile(r"\b(?:from|than|compared (?:with|to)|versus|vs\.?)\b[^.;]{0,30}$", re.IGNORECASE)
_AFTER = re.compile(r"\b(?:to|at|reach(?:ed|es)?|hit|now)\b[^.;,]{0,12}$", re.IGNORECASE)
_TOTAL_BEFORE = re.compile(r"\b(?:total(?:ling|ing|ed|s)?|combined|altogether|in all|sum of|together)\b[^.;]{0,20}$",
                           re.IGNORECASE)


def _is_level(claim: Claim) -> bool:
    return claim.direction is None and claim.kind != "change" and claim.unit not in RELATIVE


def _words(claim: Claim) -> set[str]:
    return set(tokens(f"{claim.subject or ''} {base_phrase(claim.metric)}")) - VAGUE


def _lead_in(claim: Claim, others: list[Claim]) -> str:
    """The sentence text between the previous claim (or the sentence start) and `claim`."""
    position = claim.sentence.find(claim.text)
    if position < 0:
        return ""
    offset = claim.start - position
    earlier = [other.end - offset for other in others
               if other.sentence == claim.sentence and other.end <= claim.start and other.id != claim.id]
    return claim.sentence[max(earlier, default=0):position]


def _sentence_order(claims: list[Claim]) -> list[str]:
    firsts: dict[str, int] = {}
    for claim in claims:
        firsts[claim.sentence] = min(firsts.get(claim.sentence, claim.start), claim.start)
    return sorted(firsts, key=firsts.__getitem__)


def _nearby(claim: Claim, siblings: list[Claim], back: int) -> list[Claim]:
    """Other claims in the claim's sentence or the `back` sentences before it, nearest first."""
    order = _sentence_order([claim, *siblings])
    here = order.index(claim.sentence)
    window = set(order[max(0, here - back):here + 1])
    near = [other for other in siblings if other.id != claim.id and other.sentence in window]
    return sorted(near, key=lambda other: abs(claim.start - other.start))


def _slack(compute: Callable[[float, float], float], first: Claim, second: Claim) -> float:
    """How much `compute` can move when both inputs are only as precise as they were written."""
    exact = compute(first.value, second.value)
    steps = [stated_step(first) or 0.0, stated_step(second) or 0.0]
    moved = [compute(first.value + a, second.value + b)
             for a, b in itertools.product((-steps[0], steps[0]), (-steps[1], steps[1]))]
    return max(abs(value - exact) for value in moved)


def _matching(claim: Claim, candidates: list[Claim]) -> list[Claim]:
    """Candidates whose subject or metric shares a distinctive word with the claim's, nearest first."""
    words = _words(claim)
    return [other for other in candidates if words & _words(other)]


def internal_difference(claim: Claim, siblings: list[Claim]) -> Finding | None:
    """A stated gap against the two amounts in the same or the previous two sentences."""
    amounts = [other for other in _nearby(claim, siblings, 2)
               if _is_level(other) and other.unit == claim.unit and other.start < claim.end]
    parts = [part.strip().lower() for part in re.split(r"\s+(?:vs\.?|versus|and|&)\s+", claim.subject or "")]
    if len(parts) == 2:
        named = [next((o for o in amounts if o.subject and part in o.subject.lower()), None) for part in parts]
        if all(named) and named[0] is not named[1]:
            amounts = [n for n in named if n]
    if len(amounts) < 2:
        return None
    first, second = amounts[0], amounts[1]
    expected = abs(first.value - second.value)
    slack = _slack(lambda a, b: abs(a - b), first, second)
    return judged("internal_difference", judge(claim, expected, slack=slack, slack_reason=f"inputs rounded ±{fmt(slack)}"),
                  expected=expected, computation=f"|{fmt(first.value)} - {fmt(second.value)}| = {fmt(expected)}",
                  related=[first.id, second.id])


def _roles(claim: Claim, siblings: list[Claim]) -> tuple[Claim | None, Claim | None, Claim | None]:
    """(before, after, stated change amount) for a change claim, from its sentence's wording."""
    same = [other for other in siblings if other.sentence == claim.sentence and other.id != claim.id]
    levels = [other for other in same if _is_level(other) or (claim.unit == "percentage_point" and other.unit == "percent")]
    if claim.unit not in RELATIVE:
        levels = [other for other in levels if other.unit == claim.unit]
    before = next((o for o in levels if _BEFORE.search(_lead_in(o, siblings))), None)
    after = next((o for o in levels if o is not before and _AFTER.search(_lead_in(o, siblings))), None)
    if before and not after:
        rest = [o for o in levels if o is not before and o.unit == before.unit and o.start < before.start]
        after = rest[-1] if rest else None
    if before and not after:
        earlier = [o for o in _nearby(claim, siblings, 1) if o.sentence != claim.sentence and _is_level(o)
                   and o.unit == before.unit]
        matched = _matching(claim, earlier)
        after = matched[0] if matched else None
    amount = next((o for o in same if not _is_level(o) and o.unit not in RELATIVE and o.start < claim.start), None)
    return before, after, amount


def internal_change(claim: Claim, siblings: list[Claim]) -> Finding | None:
    """A stated change against the before and after figures (or the change amount and its base)."""
    before, after, amount = _roles(claim, siblings)
    if before is None:
        return None
    if claim.unit == "percent" and after is None and amount is not None and amount.unit == before.unit:
        compute: Callable[[float, float], float] = lambda change, base: change / base * 100
        first, second, text = amount, before, f"{fmt(amount.value)} / {fmt(before.value)} * 100"
    elif after is not None and claim.unit in ("percent", "ratio") and before.unit not in RELATIVE:
        scale = 100.0 if claim.unit == "percent" else 1.0
        compute = lambda new, old: (new / old - 1) * scale
        first, second, text = after, before, f"({fmt(after.value)} / {fmt(before.value)} - 1)" + (" * 100" if scale == 100 else "")
    elif after is not None:
        compute = lambda new, old: new - old
        first, second, text = after, before, f"{fmt(after.value)} - {fmt(before.value)}"
    else:
        return None
    signed = compute(first.value, second.value)
    if first is amount and "down" in (amount.direction, claim.direction):
        signed = -abs(signed)
    slack = _slack(compute, first, second)
    judgement, expected = signed_judgement(claim, signed, slack=slack, slack_reason=f"inputs rounded ±{fmt(slack)}")
    return judged("internal_change", judgement, expected=expected, computation=f"{text} = {fmt(signed)}",
                  related=[first.id, second.id])


def internal_total(claim: Claim, siblings: list[Claim]) -> Finding | None:
    """A stated total against the parts listed before it in the same sentence.

    Parts adding up to more than the total contradict it; parts adding up to less may be an incomplete
    list, so they leave the total unverifiable.
    """
    if not (TOTAL.search(claim.metric or "") or _TOTAL_BEFORE.search(_lead_in(claim, siblings))):
        return None
    parts = [other for other in siblings if other.sentence == claim.sentence and other.id != claim.id
             and _is_level(other) and other.unit == claim.unit and other.start < claim.start]
    if len(parts) < 2:
        return None
    expected = sum(part.value for part in parts)
    slack = sum(stated_step(part) or 0.0 for part in parts)
    judgement = judge(claim, expected, slack=slack, slack_reason=f"parts rounded ±{fmt(slack)}")
    if judgement.verdict == "contradicted" and expected < claim.value:
        return None
    return judged("internal_total", judgement, expected=expected,
                  computation=" + ".join(fmt(part.value) for part in parts) + f" = {fmt(expected)}",
                  related=[part.id for part in parts])


def internal_share(claim: Claim, siblings: list[Claim]) -> Finding | None:
    """A stated share against the part just before it and a whole stated elsewhere in the article."""
    part = next((o for o in reversed(sorted(siblings, key=lambda o: o.start)) if o.sentence == claim.sentence
                 and o.start < claim.start and _is_level(o)), None)
    wanted = set(tokens(base_phrase(claim.metric))) - VAGUE
    if part is None or not wanted:
        return None
    wholes = {o.value: o for o in siblings if o.id not in (claim.id, part.id) and _is_level(o)
              and o.unit == part.unit and wanted <= set(tokens(f"{o.subject or ''} {o.metric or ''}"))
              and o.value > part.value}
    if len(wholes) != 1:
        return None
    whole = next(iter(wholes.values()))
    scale = 100.0 if claim.unit == "percent" else 1.0
    compute: Callable[[float, float], float] = lambda a, b: a / b * scale
    expected = compute(part.value, whole.value)
    slack = _slack(compute, part, whole)
    return judged("internal_share", judge(claim, expected, slack=slack, slack_reason=f"inputs rounded ±{fmt(slack)}"),
                  expected=expected, computation=f"{fmt(part.value)} / {fmt(whole.value)} = {expected:.3f}",
                  related=[part.id, whole.id])


def internal_multiple(claim: Claim, siblings: list[Claim]) -> Finding | None:
    """A stated multiple ("nearly double last year's 64 miles") against the two figures around it."""
    same = sorted((o for o in siblings if o.sentence == claim.sentence and o.id != claim.id and _is_level(o)),
                  key=lambda o: o.start)
    after = [o for o in same if o.start >= claim.end]
    before = [o for o in same if o.end <= claim.start]
    if not after or not before or after[0].unit != before[-1].unit or not after[0].value:
        return None
    base, compared = after[0], before[-1]
    compute: Callable[[float, float], float] = lambda a, b: a / b
    expected = compute(compared.value, base.value)
    slack = _slack(compute, compared, base)
    return judged("internal_multiple", judge(claim, expected, slack=slack, slack_reason=f"inputs rounded ±{fmt(slack)}"),
                  expected=expected, computation=f"{fmt(compared.value)} / {fmt(base.value)} = {expected:.3f}",
                  related=[compared.id, base.id])


def check_internal(claim: Claim, siblings: list[Claim]) -> Finding | None:
    """The internal-consistency check the claim's wording calls for, if its partners are in the article.

    claim (Claim): the claim.
    siblings (list[Claim]): every claim of the same article (the claim itself may be among them).
    RETURNS (Finding | None): None when no check applies or the partner figures cannot be identified.
    """
    kind = family(claim)
    if kind == "difference":
        return internal_difference(claim, siblings)
    if kind == "growth":
        return internal_change(claim, siblings)
    if kind == "share":
        return internal_share(claim, siblings)
    if kind == "multiple" or (claim.unit == "ratio" and MULTIPLE.search(claim.text)):
        return internal_multiple(claim, siblings)
    return internal_total(claim, siblings)
