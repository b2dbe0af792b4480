"""Direct rule: the claim's figure against the pack's figure for the same entity, metric and period."""
from __future__ import annotations

import datetime as dt
import re

from claimx.check.finding import Finding, judged
from claimx.check.lookup import facts_at, guarded, loose_words, series
from claimx.check.tolerance import fmt, judge
from claimx.check.units import convert
from claimx.records import Claim
from claimx.reference.pack import Fact, ReferencePack

PER_YEAR = re.compile(r"\b(?:a|per|each|every) year\b|\bannually\b|\byearly\b", re.IGNORECASE)


def _yearly(claim: Claim, fact: Fact, synonyms: tuple[str, ...]) -> float | None:
    """Years to divide by when the claim states a yearly rate and the fact is a multi-year total."""
    if not PER_YEAR.search(f"{claim.metric or ''} {claim.text}") or any(PER_YEAR.search(s) for s in synonyms):
        return None
    years = fact.days / 365.25
    return years if years > 1.5 else None


def _expected(claim: Claim, fact: Fact, synonyms: tuple[str, ...]) -> tuple[float, str] | None:
    expected = convert(fact.value, fact.unit, claim.unit)
    if expected is None:
        return None
    computation = f"{fact.entity} {fact.metric} {fact.period} = {fmt(fact.value)} {fact.unit}"
    if expected != fact.value:
        computation += f" = {fmt(expected)} {claim.unit}"
    if years := _yearly(claim, fact, synonyms):
        expected /= years
        computation += f"; / {years:.1f} years = {fmt(expected)} a year"
    return expected, computation


def check_direct(claim: Claim, pack: ReferencePack, published: dt.date | None) -> Finding | None:
    """Compare the claim with the reference figure it states directly ("$716.9 billion in annual sales").

    claim (Claim): the claim.
    pack (ReferencePack): the reference pack.
    published (date | None): the article's date, for "latest" and for claims with no period.
    RETURNS (Finding | None): None when the pack has no comparable figure.
    """
    found = series(pack, claim, claim.metric, claim.unit)
    if found is None:
        return None
    entity, metric = found
    synonyms = pack.metrics[metric].synonyms
    findings = []
    # With no period named, the latest year and the latest quarter are both plausible readings.
    for fact in facts_at(pack, entity, metric, claim, published):
        if (computed := _expected(claim, fact, synonyms)) is None:
            continue
        expected, computation = computed
        findings.append(judged("direct", judge(claim, expected), expected=expected, computation=computation,
                               reference=[fact.as_reference()]))
    supported = [finding for finding in findings if finding.verdict == "supported"]
    if supported or not findings:
        return (supported or [None])[0]
    return guarded(findings[0], loose_words(pack, claim, entity, metric))
