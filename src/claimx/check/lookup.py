"""Finding the pack figures a claim is about: its entity, metric and period."""
from __future__ import annotations

import datetime as dt

from claimx.check.around import contains, scan, starts
from claimx.check.words import check_words
from claimx.check.cues import base_phrase
from claimx.check.finding import Finding
from claimx.check.units import convert
from claimx.records import Claim, Evidence
from claimx.reference.entities import resolve_entity
from claimx.reference.metrics import resolve_metric, uncovered
from claimx.reference.pack import Fact, ReferencePack
from claimx.periods import rolling_months
from claimx.reference.periods import (PeriodQuery, lookback_years, parse_period, parse_period_range,
                                     previous_period, select_facts)
from claimx.reference.text import tokens

# Words that place a figure in time rather than say what it measures.
_PERIOD_WORDS = set(tokens(
    "year years annual annually quarter quarterly month monthly week weekly day daily season fiscal first second "
    "third fourth q1 q2 q3 q4 january february march april may june july august september october november "
    "december last latest current previous prior next now since ago earlier end start"))


def _written_base(claim: Claim) -> str | None:
    """The period the claim's change is measured from, as its frame records it (None without a frame)."""
    return claim.frame.period.base if claim.frame is not None else None


def _is_year_label(text: str) -> bool:
    """True for a year or a span of years written as one word ("1985", "1991-2000", "1991-00")."""
    first, _, last = text.partition("-")
    year = len(first) == 4 and first.isdigit() and first[:2] in ("19", "20")
    return year and (not last or (last.isdigit() and len(last) in (2, 4)))


def _since(words: str) -> str | None:
    """The year or span after "since" in the claim's metric and period words ("since 1985"), or None."""
    found = scan(words)
    for at in range(len(found)):
        if length := starts(found, at, check_words().phrases("since")):
            if at + length < len(found) and _is_year_label(found[at + length].text):
                return found[at + length].text
    return None


def entity_of(pack: ReferencePack, claim: Claim) -> str | None:
    """The pack entity the claim's subject names (with its metric phrase as context), or None."""
    return resolve_entity(pack, claim.subject, claim.metric)


def entity_candidates(pack: ReferencePack, claim: Claim) -> list[str]:
    """The claim's entity, then its ancestors up to the entity the subject alone names.

    The metric phrase may point at a segment ("Transit" + "bus fleet" -> the bus network) whose figure
    the pack keeps at the parent; the parent is then the next candidate.
    """
    refined = entity_of(pack, claim)
    if refined is None:
        return []
    named = resolve_entity(pack, claim.subject)
    lineage = pack.lineage(refined)
    return lineage[:lineage.index(named) + 1] if named in lineage else [refined]


def readings(pack: ReferencePack, claim: Claim) -> list[str]:
    """Entities the claim may be about, most likely first: `entity_candidates`, then a segment that
    only the sentence singles out ("Walmart" + "digital sales" in "Digital sales in the U.S. rose")."""
    found = entity_candidates(pack, claim)
    if found:
        in_sentence = resolve_entity(pack, claim.subject, f"{claim.metric or ''} {claim.sentence}")
        if in_sentence and in_sentence not in found:
            found.append(in_sentence)
    return found


def all_series(pack: ReferencePack, claim: Claim, phrase: str | None, unit: str | None) -> list[tuple[str, str]]:
    """Every (entity, metric) among the claim's readings that the pack has figures for, most likely first.

    pack (ReferencePack): the pack.
    claim (Claim): the claim.
    phrase (str | None): the metric phrase to resolve (the claim's, or its base without change words).
    unit (str | None): the unit the metric must be convertible to, if any.
    RETURNS (list[tuple[str, str]]): entity id and metric id pairs.
    """
    found = []
    for entity in readings(pack, claim):
        metric = resolve_metric(pack, phrase, unit=unit, entity=entity)
        if metric is None or not pack.facts_for(entity, metric):
            continue
        if unit is None or convert(1.0, pack.metrics[metric].unit, unit) is not None:
            found.append((entity, metric))
    return found


def series(pack: ReferencePack, claim: Claim, phrase: str | None, unit: str | None) -> tuple[str, str] | None:
    """The most likely (entity, metric) of `all_series`, or None."""
    return next(iter(all_series(pack, claim, phrase, unit)), None)


def facts_at(pack: ReferencePack, entity: str, metric: str, claim: Claim, published: dt.date | None,
             query: PeriodQuery | None = None) -> list[Fact]:
    """The facts of `entity`/`metric` for the claim's period, best first (several only if it names none).

    pack (ReferencePack): the pack.
    entity (str): entity id.
    metric (str): metric id.
    claim (Claim): the claim, for its period and metric words.
    published (date | None): the article's date.
    query (PeriodQuery | None): a period to use instead of the claim's own.
    RETURNS (list[Fact]): possibly empty.
    """
    own = query is None
    query = query or parse_period(claim.period, hint=claim.metric)
    found = select_facts(pack.facts_for(entity, metric), query, published, calendar=pack.calendar(entity))
    return found or (_rolling_facts(pack.facts_for(entity, metric), claim) if own else [])


def _rolling_facts(facts: list[Fact], claim: Claim) -> list[Fact]:
    """For a claim whose period is a rolling stretch of months ending in a named month ("grew 0.4% in the three
    months to September", labelled 2025-09; "sales of $713.2 billion for the 12 months ended January 31", 2026-01),
    the fact covering exactly those months whatever the pack calls it (Q3 2025; a fiscal year, FY2026); empty for
    any other claim."""
    frame = claim.frame
    if frame is None or frame.period.kind not in ("months_to", "year_to") or not claim.period:
        return []
    if frame.period.kind == "year_to" and "week" in (frame.period.text or "").lower():
        return []  # "the 52 weeks to 24 December": a retailer's year of weeks, not of whole months
    months = rolling_months(frame.period.text) if frame.period.kind == "months_to" else 12
    year, _, month = claim.period.partition("-")
    if not months or not (year.isdigit() and month.isdigit() and 1 <= int(month) <= 12):
        return []
    index = int(year) * 12 + int(month) - 1  # the last month, counted from year 0
    first = index - months + 1
    start = dt.date(first // 12, first % 12 + 1, 1)
    end = dt.date((index + 1) // 12, (index + 1) % 12 + 1, 1) - dt.timedelta(days=1)
    return [fact for fact in facts if (fact.start, fact.end) == (start, end)][:1]


def open_facts(pack: ReferencePack, entity: str, metric: str, claim: Claim, published: dt.date | None) -> list[Fact]:
    """For a claim with no period written, the facts of the period under way at `published` and the one
    after it (a budget being spent, a plan): other periods the figure may mean besides the latest.

    pack (ReferencePack): the pack.
    entity (str): entity id.
    metric (str): metric id.
    claim (Claim): the claim.
    published (date | None): the article's date.
    RETURNS (list[Fact]): empty when the claim names a period or the date is unknown.
    """
    if claim.period or published is None:
        return []
    series = pack.facts_for(entity, metric)
    current = [fact for fact in series if fact.start <= published < fact.end]
    later = sorted((fact for fact in series if fact.start > published), key=lambda fact: fact.start)
    return list(dict.fromkeys(current[:1] + later[:1]))


def span_facts(pack: ReferencePack, entity: str, metric: str, claim: Claim,
               published: dt.date | None) -> tuple[Fact, Fact] | None:
    """The (first, last) facts of the span a claim measures over, when it names one.

    The span is a period range ("FY2006-FY2026", unless the pack labels a single period so), a base
    period written after the figure ("up 2.4°C from the 1991-2000 average"), "since 1985", "since 1991-2000", or "over the past two decades" / "a year earlier" counted back from the
    claim's period (or the latest one).

    pack (ReferencePack): the pack.
    entity (str): entity id.
    metric (str): metric id.
    claim (Claim): the claim, for its period, metric words and sentence.
    published (date | None): the article's date.
    RETURNS (tuple[Fact, Fact] | None): None when the claim names no span or the pack lacks an end of it.
    """
    labelled = facts_at(pack, entity, metric, claim, published) if claim.period else []
    ends = parse_period_range(claim.period)
    if ends and not labelled:
        first = facts_at(pack, entity, metric, claim, published, query=ends[0])
        last = facts_at(pack, entity, metric, claim, published, query=ends[1])
        if first and not last and published is not None and ends[1].year == published.year:
            # a span up to now ("since 1985", closed at the publication year) ends at the latest figure, when
            # that is of the year before at the earliest
            latest = facts_at(pack, entity, metric, claim.model_copy(update={"period": None}), published)
            last = [fact for fact in latest[:1] if fact.end.year >= published.year - 1]
        return (first[0], last[0]) if first and last and first[0] is not last[0] else None
    if base := _written_base(claim):
        first = facts_at(pack, entity, metric, claim, published, query=parse_period(base))
        last = labelled or facts_at(pack, entity, metric, claim.model_copy(update={"period": None}), published)
        if first and last:
            start = _same_length(pack.facts_for(entity, metric), first[0], last[0])
            if start is not None and start is not last[0]:
                return start, last[0]
    words = f"{claim.metric or ''} {claim.period or ''}"
    since = _since(words)
    years = lookback_years(words) or (1 if contains(scan(words), check_words().phrases("year_ago")) else None)
    if not (years or since):
        from claimx.check.readings import figure_stretch  # (readings reads the pack through this module)

        # the figure's own stretch of the sentence, not another figure's ("to be repaid over 20 years")
        years = lookback_years(figure_stretch(claim)[0])
    if not since and not years:
        return None
    latest = labelled or facts_at(pack, entity, metric, claim.model_copy(update={"period": None}), published)
    for last in latest[:1]:
        if since:
            first = facts_at(pack, entity, metric, claim, published, query=parse_period(since))
            return (first[0], last) if first and first[0] is not last else None
        first_fact = previous_period(pack.facts_for(entity, metric), last, years=years or 1)
        return (first_fact, last) if first_fact else None
    return None


def _same_length(facts: list[Fact], base: Fact, last: Fact) -> Fact | None:
    """The base of a change as long as its last period: `base` itself, or for a quarter measured from a
    year ("about 8% higher than in the same period of 2024") the period of `last`'s length within that
    year that ends as far into it as `last` does into its own; None when the pack lacks it."""
    if abs(base.days - last.days) <= 0.1 * last.days:
        return base
    inside = [fact for fact in facts if abs(fact.days - last.days) <= 0.1 * last.days
              and base.start <= fact.start and fact.end <= base.end]
    return previous_period(inside, last, years=round((last.end - base.end).days / 365.25) or 1) if inside else None


def same_period(pack: ReferencePack, entity: str, metric: str, fact: Fact) -> Fact | None:
    """The fact of another entity (or metric) covering exactly the period of `fact`, or None."""
    for other in pack.facts_for(entity, metric):
        if (other.start, other.end) == (fact.start, fact.end):
            return other
    return None


def loose_words(pack: ReferencePack, claim: Claim, entity: str, metric: str, phrase: str | None = None) -> set[str]:
    """Words of the claim's metric phrase (or of `phrase`) the pack's metric does not account for.

    Names of the entity and its family, period words and plan words are not counted.
    """
    phrase = base_phrase(claim.metric) if phrase is None else phrase
    names = {word for member in pack.lineage(entity) for name in pack.entities[member].names for word in tokens(name)}
    forward = check_words().phrases("forward_words")
    plans = set(tokens(" ".join(word.text for word in scan(phrase) if (word.text,) in forward)))
    words = uncovered(pack, metric, phrase, ignore=names | _PERIOD_WORDS | plans)
    return {word for word in words if not word.isdigit()}


def guarded(finding: Finding, loose: set[str], reasons: list[str] | None = None) -> Finding:
    """Downgrade a contradiction to unverifiable when the comparison may not be like for like.

    finding (Finding): a reference rule's result.
    loose (set[str]): words of the claim's metric phrase the pack's metric does not account for.
    reasons (list[str] | None): other reasons the comparison may not be like for like.
    RETURNS (Finding): `finding` unchanged, or unverifiable with the computation kept and a note.
    """
    reasons = list(reasons or [])
    if loose:
        reasons.insert(0, f"the claim's words ({', '.join(sorted(loose))}) suggest it measures something the "
                          "pack's metric does not")
    if finding.verdict != "contradicted" or not reasons:
        return finding
    note = "the pack's figure differs, but " + "; ".join(reasons)
    evidence: Evidence = finding.evidence.model_copy(update={"note": note})
    return Finding("unverifiable", evidence)
