"""Derived rule: a ratio the pack keeps as its two parts ("an operating margin of 12.3%" is operating
income over revenue).

Which ratios are known, and what each is a ratio of, is data: `derived` in rules/check.json maps a
ratio's name to the measures above and below the line. A name the metric phrase spells out in full
("operating margin") may contradict; a bare word that only probably means it (`derived_bare`, "margin",
which may also be a gross margin) may support, never contradict.
"""
from __future__ import annotations

import datetime as dt

from claimx.check.around import scan, starts
from claimx.check.context import caveats, is_change, subject_caveats
from claimx.check.finding import Finding, judged
from claimx.check.lookup import entity_candidates, facts_at, guarded
from claimx.check.cues import base_phrase
from claimx.check.growth import signed_judgement
from claimx.check.tolerance import fmt, judge
from claimx.check.units import convert
from claimx.check.words import check_words
from claimx.records import Claim
from claimx.reference.metrics import VAGUE, resolve_metric
from claimx.reference.pack import Fact, ReferencePack
from claimx.reference.periods import previous_period
from claimx.reference.text import STOP, tokens


def ratio_named(metric: str | None) -> tuple[str, bool] | None:
    """(ratio name, spelled out) for the ratio of `derived` the metric phrase names: the longest name
    whose words all stand together in it, else the name a bare word of `derived_bare` stands for when
    the phrase says nothing else."""
    cue = check_words()
    words = scan(metric or "")
    names = sorted(cue.derived, key=lambda name: -len(name.split()))
    for name in names:
        phrase = tuple(name.split())
        if any(starts(words, at, (phrase,)) == len(phrase) for at in range(len(words))):
            return name, True
    # a bare word stands for its ratio only alone ("its margin"), not qualified ("gross margin")
    content = set(tokens(metric)) - STOP - VAGUE
    for word, name in cue.derived_bare.items():
        if content and content == set(tokens(word)):
            return name, False
    return None


def check_derived(claim: Claim, pack: ReferencePack, published: dt.date | None) -> Finding | None:
    """Compare a stated ratio ("a margin of 12.3%") with the pack's two figures it is made of.

    claim (Claim): a percent level whose metric names a ratio of `derived`.
    pack (ReferencePack): the reference pack.
    published (date | None): the article's date.
    RETURNS (Finding | None): None when the ratio or either figure is missing.
    """
    if claim.unit == "percentage_point" and is_change(claim):
        return _derived_change(claim, pack, published)
    if claim.unit != "percent" or is_change(claim) or (named := ratio_named(claim.metric)) is None:
        return None
    name, spelled = named
    top_words, bottom_words = check_words().derived[name]
    for entity in entity_candidates(pack, claim):
        top = resolve_metric(pack, top_words, entity=entity)
        bottom = resolve_metric(pack, bottom_words, entity=entity)
        if top is None or bottom is None or top == bottom:
            continue
        for fact in facts_at(pack, entity, top, claim, published)[:1]:
            under = [other for other in pack.facts_for(entity, bottom) if (other.start, other.end) == (fact.start, fact.end)]
            value = convert(fact.value, fact.unit, under[0].unit) if under else None
            if not under or value is None or not under[0].value:
                continue
            expected = value / under[0].value * 100
            finding = judged("derived", judge(claim, expected), expected=expected,
                             computation=f"{entity} {top} / {bottom} {fact.period} = {fmt(fact.value)} / "
                                         f"{fmt(under[0].value)} = {fmt(expected)}%",
                             reference=[fact.as_reference(), under[0].as_reference()])
            loose = set() if spelled else {name}
            return guarded(finding, loose, caveats(claim, fact, published) + subject_caveats(pack, claim, entity))
    return None


def _ratio_at(pack: ReferencePack, entity: str, top: str, bottom: str, fact: Fact) -> tuple[float, Fact] | None:
    """The ratio (in percent) of `fact` over the `bottom` figure of exactly its period, and that figure."""
    under = [other for other in pack.facts_for(entity, bottom) if (other.start, other.end) == (fact.start, fact.end)]
    value = convert(fact.value, fact.unit, under[0].unit) if under else None
    if not under or value is None or not under[0].value:
        return None
    return value / under[0].value * 100, under[0]


def _derived_change(claim: Claim, pack: ReferencePack, published: dt.date | None) -> Finding | None:
    """A change in percentage points of a ratio the pack keeps as two parts ("lifting the operating margin to
    12.3%, an improvement of 0.7 percentage points"): the ratio of the claim's period less the ratio a year
    before. A bare word for the ratio ("its margin widened 2 points") may support, never contradict."""
    named = ratio_named(base_phrase(claim.metric))
    if named is None:
        return None
    name, spelled = named
    top_words, bottom_words = check_words().derived[name]
    for entity in entity_candidates(pack, claim):
        top = resolve_metric(pack, top_words, entity=entity)
        bottom = resolve_metric(pack, bottom_words, entity=entity)
        if top is None or bottom is None or top == bottom:
            continue
        for fact in facts_at(pack, entity, top, claim, published)[:1]:
            earlier = previous_period(pack.facts_for(entity, top), fact)
            now = _ratio_at(pack, entity, top, bottom, fact)
            then = _ratio_at(pack, entity, top, bottom, earlier) if earlier is not None else None
            if now is None or then is None:
                continue
            judgement, expected = signed_judgement(claim, now[0] - then[0])
            finding = judged("derived", judgement, expected=expected,
                             computation=f"{entity} {top} / {bottom}: {fact.period} {fmt(fact.value)} / "
                                         f"{fmt(now[1].value)} - {earlier.period} {fmt(earlier.value)} / "
                                         f"{fmt(then[1].value)} = {fmt(now[0])}% - {fmt(then[0])}% = "
                                         f"{fmt(now[0] - then[0])} pp",
                             reference=[earlier.as_reference(), then[1].as_reference(), fact.as_reference(),
                                        now[1].as_reference()])
            loose = set() if spelled else {name}
            return guarded(finding, loose, caveats(claim, fact, published) + subject_caveats(pack, claim, entity))
    return None
