"""Direct rule: the claim's figure against the pack's figure for the same entity, metric and period."""
from __future__ import annotations

import datetime as dt

from claimx.check.context import (caveats, combined_subject, describes_change, earlier_readings, is_change,
                                  metric_readings, names_change, subject_caveats, summed_entities)
from claimx.check.cues import base_phrase, family
from claimx.check.finding import Finding, judged
from claimx.check.lookup import all_series, facts_at, guarded, loose_words, readings
from claimx.check.around import scan, sentence_position, starts
from claimx.check.phrases import is_share, per_year, unit_after
from claimx.check.tolerance import fmt, judge
from claimx.check.units import convert
from claimx.check.words import check_words
from claimx.records import Claim
from claimx.reference.pack import Fact, ReferencePack
from claimx.reference.text import STOP, tokens

def _yearly(claim: Claim, fact: Fact, synonyms: tuple[str, ...]) -> float | None:
    """Years to divide by when the claim states a yearly rate and the fact is a multi-year total."""
    if not per_year(f"{claim.metric or ''} {claim.text}") or any(per_year(s) for s in synonyms):
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
    findings = []
    # Several readings may fit: with no period named, the latest year or the latest quarter; a company
    # or the segment its sentence names; the measure the sentence spells out in full; the period written
    # right after the figure; last year's figure for the "from" figure of a change. Any reading the
    # figure matches supports the claim.
    per = _per_unit(claim)
    for entity, metric in _measures(pack, claim):
        if is_change(claim) and not describes_change(pack, metric):
            continue  # a stated rise is no level: the growth rule compares it
        if per and _counts_unit(pack, metric, per):
            continue  # "an average of more than five a game": the games are what the figure is shared over
        synonyms = pack.metrics[metric].synonyms
        if family(claim) == "share" and not any(is_share(name) for name in synonyms or (metric.replace("_", " "),)):
            # "store-fulfilled orders made up about 40% of e-commerce sales growth": a share of a measure is no figure of the
            # measure itself (the share rule sets it against its part and whole); only a measure the pack keeps as a
            # share ("market share") is compared with it
            continue
        facts = facts_at(pack, entity, metric, claim, published)
        for fact in facts + earlier_readings(pack.facts_for(entity, metric), facts, claim):
            if (computed := _expected(claim, fact, synonyms)) is None:
                continue
            expected, computation = computed
            if claim.direction == "down" and names_change(pack, metric):
                # "decreased 3.2%" is a magnitude with its direction in words; the pack writes the change -3.2
                expected, computation = -expected, f"{computation}; a fall stated in words: {fmt(-expected)}"
            finding = judged("direct", judge(claim, expected), expected=expected, computation=computation,
                             reference=[fact.as_reference()])
            reasons = caveats(claim, fact, published) + subject_caveats(pack, claim, entity) + combined_subject(pack, claim)
            findings.append(guarded(finding, loose_words(pack, claim, entity, metric), reasons))
    findings = _sums(pack, claim, published) + findings
    supported = [finding for finding in findings if finding.verdict == "supported"]
    return (supported or findings or [None])[0]


def _per_unit(claim: Claim) -> str | None:
    """The unit a figure is stated per, right after it ("five a game", "£71 million per club"; `unit_after`)."""
    per = unit_after(claim.text, written=True)
    if per is None and (position := sentence_position(claim)) >= 0:
        per = unit_after(claim.sentence[position + len(claim.text):])
    return per or None


def _counts_unit(pack: ReferencePack, metric: str, per: str) -> bool:
    """Whether the pack's `metric` counts the unit a figure is stated per: a measure whose names hold the word
    ("games played" for "five a game") is the divisor of the figure, not the figure; one whose names are a rate
    ("earnings per share" for "$1.49 a share") is the figure's own."""
    said = set(tokens(per)) - STOP
    names = pack.metrics[metric].synonyms or (metric.replace("_", " "),)
    cue = check_words()
    rates = cue.phrases("rate_words") + cue.phrases("per_unit_words")
    if any(starts(words, at, rates) for name in names for words in [scan(name.lower())] for at in range(len(words))):
        return False  # a measure that is itself per unit ("earnings per share") is the figure's own
    return bool(said) and any(said <= set(tokens(name)) for name in names)


def _sums(pack: ReferencePack, claim: Claim, published: dt.date | None) -> list[Finding]:
    """For a claim stating the sum of its subject's entities ("the two ice sheets together added 21.2 mm" of
    "Isvardi and West Aurelan": `summed_entities`), the sum of their figures of one measure and one period."""
    members = summed_entities(pack, claim)
    if not members or is_change(claim):
        return []
    found = []
    for entity, metric in _measures(pack, claim):
        if entity not in members or any(finding for finding in found):
            continue
        facts = [next(iter(facts_at(pack, member, metric, claim, published)), None) for member in members]
        if any(fact is None for fact in facts) or len({(fact.start, fact.end) for fact in facts}) != 1:
            continue
        values = [convert(fact.value, fact.unit, claim.unit) for fact in facts]
        if any(value is None for value in values):
            continue
        expected = sum(values)
        computation = " + ".join(f"{fact.entity} {fmt(value)}" for fact, value in zip(facts, values))
        finding = judged("direct", judge(claim, expected), expected=expected,
                         computation=f"{metric} {facts[0].period}: {computation} = {fmt(expected)} {claim.unit}",
                         reference=[fact.as_reference() for fact in facts])
        loose = set().union(*(loose_words(pack, claim, member, metric) for member in members))
        found.append(guarded(finding, loose, caveats(claim, facts[0], published)))
    return found


def _measures(pack: ReferencePack, claim: Claim) -> list[tuple[str, str]]:
    """(entity, metric) readings: those of the claim's own words, then measures its sentence spells out."""
    found = all_series(pack, claim, claim.metric, claim.unit)
    if is_change(claim) and claim.metric and claim.unit == "percent":
        # "real pay grew 1.6%" where the pack keeps the growth as a measure of its own ("real pay growth")
        for word in check_words().words("change_nouns"):
            found += [pair for pair in all_series(pack, claim, f"{base_phrase(claim.metric)} {word}", claim.unit)
                      if pair not in found and names_change(pack, pair[1])]
    for entity in readings(pack, claim):
        for metric in metric_readings(pack, claim, entity):
            if (entity, metric) not in found and convert(1.0, pack.metrics[metric].unit, claim.unit) is not None:
                found.append((entity, metric))
    return found
