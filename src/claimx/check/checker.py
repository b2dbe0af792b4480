"""`check_claims`: give every claim a verdict and evidence, from the reference pack or the article itself.

Each claim goes to the rule its wording calls for (`claimx.check.cues.family`): the reference rule
first, then the article's internal consistency; when neither can speak the claim is `unverifiable`
with a note saying what was missing. Nothing here knows any entity: all knowledge comes from the pack.
"""
from __future__ import annotations

import datetime as dt
from typing import Callable, Mapping

from claimx.check.context import combined_subject, is_change, is_earlier_figure, status_of
from claimx.check.cues import family
from claimx.check.difference import check_difference
from claimx.check.derived import check_derived
from claimx.check.direct import check_direct
from claimx.check.calendar import as_extracted, fiscal_year_readings, in_books, in_fiscal_terms, with_fiscal_calendar
from claimx.check.confirm import carried_unfinished, period_confirmed
from claimx.check.finding import Finding, unverifiable
from claimx.check.tolerance import judge
from claimx.check.growth import check_growth
from claimx.check.internal import check_internal
from claimx.check.lookup import entity_of
from claimx.check.multiple import check_multiple
from claimx.check.perhead import check_per_head
from claimx.check.rate import check_rate
from claimx.check.readings import (carried_part, period_pinned, RELATIVE, Reading, moved_readings,
                                   sentence_readings)
from claimx.check.share import check_share, check_share_of_stated
from claimx.check.lists import list_confirms
from claimx.check.spans import check_after_levels
from claimx.check.stated_end import end_stated
from claimx.check.tolevel import check_change_to_level
from claimx.check.whole import check_share_of_named_whole
from claimx.records import Claim
from claimx.reference.metrics import resolve_metric
from claimx.reference.pack import ReferencePack

Rule = Callable[[Claim, ReferencePack, "dt.date | None"], "Finding | None"]

# A change or share that the pack keeps as a metric of its own ("eCommerce growth 27%", "renewables'
# share 38%") is a direct comparison; the direct rule declines when the metric's unit differs.
RULES: dict[str, tuple[Rule, ...]] = {
    "direct": (check_direct, check_derived),
    "share": (check_direct, check_share),
    "growth": (check_growth, check_direct, check_derived),
    "difference": (check_difference,),
    "multiple": (check_multiple,),
    "rate": (check_direct, check_rate),
}


def _why_not(claim: Claim, pack: ReferencePack | None, entity: str | None) -> str:
    if pack is None:
        return "no reference pack, and no other figure in the article to check it against"
    if entity is None:
        return f"no entity in the pack matches the subject {claim.subject!r}"
    if resolve_metric(pack, claim.metric, unit=claim.unit, entity=entity) is None:
        return f"no metric in the pack matches {claim.metric!r} for {entity}"
    return f"the pack has no figure for {entity} for the period {claim.period or '(none stated)'}"


def _reference(claim: Claim, pack: ReferencePack, published: dt.date | None) -> Finding | None:
    """The first decisive finding of the rules the claim's wording calls for, else the first finding."""
    finding = None
    for rule in RULES[family(claim)]:
        found = rule(claim, pack, published)
        if found is not None and found.verdict != "unverifiable":
            return found
        finding = finding or found
    return finding


def _as_level(claim: Claim) -> Claim | None:
    """The claim read as a level when the pipeline took a figure in a level's unit for a change
    ("up 13.2% on last season's 24,600"): a reading that may support it, never contradict it."""
    if not is_change(claim) or claim.unit in RELATIVE:
        return None
    kind = "count" if claim.unit == "count" else "amount" if claim.unit.isupper() else "physical"
    return claim.model_copy(update={"direction": None, "kind": kind})


def _read(claim: Claim, pack: ReferencePack, siblings: list[Claim], published: dt.date | None,
          finding: Finding | None, text: str | None = None) -> Finding | None:
    """The verdict once the sentence's readings are considered as well as the claim's own words.

    Any sound reading the figure matches supports the claim; failing that, a contradiction stands when
    the claim's own words or its confident reading gave one. A loose reading (another period than the
    one pinned for the figure, a part of the entity its words do not name) never supports: when it
    matches, the claim is unverifiable, for the figure may well be that one.
    """
    readings = sentence_readings(pack, claim, siblings, published, text) \
        + moved_readings(pack, claim, siblings, published, text)
    if level := _as_level(claim):
        readings += [Reading(reading.claim, False, reading.loose) for reading in sentence_readings(pack, level, siblings, published, text)]
        readings.append(Reading(level, False))
    contradiction = finding if finding is not None and finding.verdict == "contradicted" else None
    loose = None
    for reading in readings:
        found = _reference(reading.claim, pack, published)
        if found is None:
            continue
        if found.verdict == "supported" and reading.loose:
            loose = loose or found
        elif found.verdict == "supported":
            return found
        elif (found.verdict == "contradicted" and reading.confident and contradiction is None and period_pinned(claim)
              and not combined_subject(pack, claim) and not carried_unfinished(reading.claim, found, pack, published)):
            contradiction = found
        elif (found.verdict == "contradicted" and contradiction is None and not reading.loose
              and end_stated(claim, reading.claim, found, siblings) and not combined_subject(pack, claim)):
            # the level written beside the change is the pack's figure of its newer end: the article itself names
            # the entity, measure and period the change is of (even one not over yet: a forecast's figure stated)
            contradiction = found
        elif (found.verdict == "contradicted" and contradiction is None and not reading.loose
              and not combined_subject(pack, claim) and list_confirms(pack, claim, reading.claim, siblings, published, _reference)):
            # the other items of the claim's list, read with the same measure and period, all agree with the pack
            contradiction = found
    if loose is not None and (contradiction is not None or finding is None or finding.verdict != "supported"):
        return _only_loose(loose)
    return contradiction or finding


def _only_loose(found: Finding) -> Finding:
    """Unverifiable, keeping the computation of a loose reading the figure matched."""
    ref = found.evidence.reference[-1] if found.evidence.reference else None
    where = f" ({ref.entity}, {ref.period})" if ref is not None else ""
    note = (f"the figure matches the pack only in another period or part{where} than the claim's own "
            "subject, metric and period; not a support")
    return Finding("unverifiable", found.evidence.model_copy(update={"note": note}))


def _either_fiscal_year(claim: Claim, readings: list[Claim], pack: ReferencePack, published: dt.date | None,
                        finding: Finding | None) -> Finding | None:
    """A calendar year of an entity whose fiscal year ends early in the year may mean the fiscal year of the same
    number or the one that holds most of it (`fiscal_year_readings`): either agreeing supports the claim; a
    contradiction by a fiscal year's figure stands only when every reading disagrees (one by the calendar year's
    own figure stands)."""
    others = [(reading, _reference(reading, pack, published)) for reading in readings]
    for reading, other in others:
        if other is not None and other.verdict == "supported":
            note = f"{claim.period} read as {reading.period}, a fiscal year the calendar year may mean"
            return Finding("supported", other.evidence.model_copy(update={"note": note}))
    fiscal_facts = finding is not None and all(ref.period.upper().startswith("FY") for ref in finding.evidence.reference)
    if finding is not None and finding.verdict == "contradicted" and fiscal_facts \
            and any(other is None or other.verdict != "contradicted" for _, other in others):
        labels = " or ".join(reading.period for reading in readings)
        return unverifiable(f"{claim.period} may mean the fiscal year {labels}; the pack does not settle which")
    return finding


def _uses_reported(finding: Finding, pack: ReferencePack | None, published: dt.date | None) -> bool:
    """Whether a pack finding rests on figures for periods that had all ended by the publication date.

    A planned change is checked against the pack's plan for its period and the base it grows from, which
    may well have ended ("3.8% more than it budgeted for 2024/25"): only the newest figure must be a plan.
    """
    if pack is None or published is None or not finding.evidence.reference:
        return False
    ends = [fact.end for ref in finding.evidence.reference
            for fact in pack.facts_for(ref.entity, ref.metric) if fact.period == ref.period]
    return bool(ends) and max(ends) <= published


def _unanchored_plan(claim: Claim, finding: Finding, pack: ReferencePack | None, published: dt.date | None) -> bool:
    """Whether a pack finding for a forecast cannot be told from one resting on reported figures: with no publication
    date, nothing says which of the pack's periods were still to come, so a plan is compared only when its own period
    is written for it and is the figure's ("spending plans reaching into the hundreds of billions" with no date and
    no period is not held against last year's revenue)."""
    if pack is None or published is not None or not finding.evidence.reference:
        return False
    return not period_pinned(claim) or any(ref.period != claim.period for ref in finding.evidence.reference)


def _stated_beside(claim: Claim, finding: Finding, siblings: list[Claim]) -> bool:
    """Whether the one pack figure a direct finding contradicts the claim with is written by another figure of
    its sentence in the claim's unit ("kicked 11 points ..., and has now scored 131 points in the league this
    season": the season's 131 is the pack's; the 11 is a match's)."""
    if finding.evidence.rule != "direct" or len(finding.evidence.reference) != 1 or claim.frame is None:
        return False
    named = claim.frame.subject.start
    if named is not None and named > claim.start:
        # the subject is named after the figure, beside the other figure ("Parks receives $52.6 million, while
        # Public Works gets $94.7 million"): the pack's figure is that subject's, not a sign this one measures
        # something else
        return False
    ref = finding.evidence.reference[0]
    return any(other.id != claim.id and other.sentence == claim.sentence and other.unit == claim.unit
               and other.direction is None and judge(other, ref.value).verdict == "supported" for other in siblings)


def _part_before(claim: Claim, finding: Finding, pack: ReferencePack | None, siblings: list[Claim],
                 text: str | None) -> str | None:
    """The part of the contradicting figure's entity that the sentences just before name and the claim's sentence
    goes on speaking of ("Harbour services take the deepest cut. Their budget falls to ..."): the figure may be
    that part's, not the whole's. None when there is none."""
    if pack is None or not finding.evidence.reference:
        return None
    part = carried_part(pack, claim, siblings, text)
    whole, measure = finding.evidence.reference[0].entity, finding.evidence.reference[0].metric
    # (a part that has no figure of the measure compared is no rival: the turnout is the borough's, not a party's)
    return part if part is not None and whole in pack.lineage(part)[1:] and pack.facts_for(part, measure) else None


def _as_carried_part(claim: Claim, pack: ReferencePack, siblings: list[Claim], published: dt.date | None,
                     text: str | None, entity: str | None) -> Finding | None:
    """The claim read as a figure of the part its sentence goes on speaking of without naming it ("Orsa Cloud lifted
    revenue to EUR 4.8 billion. The unit's operating profit rose to EUR 1 billion, a margin of 21%": the margin is the
    division's): every rule the claim's wording calls for, with the part (`carried_part`, a segment or department of
    the claim's entity named in the sentences just before) as its subject. A supporting finding, else None: the part
    is inferred, so it never contradicts."""
    part = carried_part(pack, claim, siblings, text)
    if part is None or part == entity or (entity is not None and entity not in pack.lineage(part)):
        return None
    found = _reference(claim.model_copy(update={"subject": pack.entities[part].name}), pack, published)
    if found is None or found.verdict != "supported":
        return None
    note = f"the sentence goes on speaking of {part}, a part of its entity named in the sentence before"
    return Finding("supported", found.evidence.model_copy(update={"note": note}))


def check_claim(claim: Claim, pack: ReferencePack | None, siblings: list[Claim],
                published: dt.date | None, text: str | None = None) -> Claim:
    """One claim with `entity_id`, `verdict` and `evidence` set.

    claim (Claim): the claim.
    pack (ReferencePack | None): the reference pack; None for internal checks only.
    siblings (list[Claim]): the claims of the same article, for internal checks.
    published (date | None): the article's date.
    text (str | None): the article's text, when at hand: a sentence with no figure can name what the next speaks of.
    RETURNS (Claim): a copy of `claim` with the check's results.
    """
    entity = entity_of(pack, claim) if pack is not None else None
    if pack is not None:
        claim = with_fiscal_calendar(claim, pack, entity, published)
    finding = None
    status = status_of(claim)
    if status == "forecast" and is_earlier_figure(claim):
        # the "from" figure of a planned change ("plans €650 million, up from €521 million in 2025") is
        # what was, not what is planned
        status = "reported"
    if pack is not None and status in ("estimate", "market"):
        # analysts' expectations and market prices are not what a pack of reported figures holds
        finding = unverifiable(f"an {status} figure is not compared with reported figures"
                               if status == "estimate" else "a market figure is not compared with reported figures")
    elif pack is not None:
        finding = _reference(claim, pack, published)
        if finding is not None and finding.verdict == "contradicted" and not period_confirmed(
                claim, finding, pack, siblings, published):
            finding = None  # a period inferred from elsewhere in the article may support, never contradict
        if finding is None or finding.verdict != "supported":
            finding = _read(claim, pack, siblings, published, finding, text)
        if (finding is None or finding.verdict != "supported") and (fiscal := fiscal_year_readings(claim, pack, entity)):
            finding = _either_fiscal_year(claim, fiscal, pack, published, finding)
        if (finding is None or finding.verdict == "unverifiable") \
                and (as_part := _as_carried_part(claim, pack, siblings, published, text, entity)) is not None:
            finding = as_part
    if finding is not None and finding.verdict == "contradicted" and (part := _part_before(claim, finding, pack,
                                                                                         siblings, text)):
        finding = unverifiable(f"the sentence before names a part of {finding.evidence.reference[0].entity} "
                               f"({part}) the figure may be about")
    if finding is not None and finding.verdict == "contradicted" and _stated_beside(claim, finding, siblings):
        finding = unverifiable("the pack's figure is stated by another figure of the sentence: this one measures "
                               "something else")
    if status == "forecast" and finding is not None and (_uses_reported(finding, pack, published) or _unanchored_plan(
            claim, finding, pack, published)):
        # a plan, target or guidance is checked against the pack's plans (periods not yet over), never
        # against what was reported for a period already ended
        finding = unverifiable("a forecast is not compared with reported figures")
    # A reference rule that found figures but could not decide still leaves room for the article itself.
    if finding is None or finding.verdict == "unverifiable":
        finding = check_internal(claim, siblings) or check_after_levels(claim, siblings) or finding
    # A share of a whole the pack lacks but the sentence states ("... of it") mixes the two sources.
    if pack is not None and (finding is None or finding.verdict == "unverifiable") and family(claim) == "share":
        finding = check_share_of_stated(claim, pack, published, siblings) or finding
    # Support-only readings of the sentence's shape, in this order: a fraction set beside a figure of its sentence, "of"
    # a whole the pack keeps ("812,000 passengers, nearly three in five of the airport's total": the sentence's figure
    # over the pack's); a change to a level the sentence states ("will rise by 25 cents to $2.75": that level against
    # the pack's before); an amount per head ("£12,900 for every person": the pack's amount over its head count).
    if pack is not None and (finding is None or finding.verdict == "unverifiable"):
        finding = check_share_of_named_whole(claim, pack, published, siblings) \
            or check_change_to_level(claim, pack, published, siblings) \
            or check_per_head(claim, pack, published, siblings, text) or finding
    finding = finding or unverifiable(_why_not(claim, pack, entity))
    # The entity whose figure was used: the subject's company when a segment named in the metric has none.
    if finding.evidence.rule in ("direct", "derived", "growth", "share", "rate", "multiple", "difference") \
            and finding.evidence.reference:
        entity = finding.evidence.reference[0].entity
    if pack is not None:
        claim = in_fiscal_terms(claim, pack, entity)
    return claim.model_copy(update={"entity_id": entity, "verdict": finding.verdict, "evidence": finding.evidence})


def check_claims(claims: list[Claim], pack: ReferencePack | None, *, published: dt.date | None,
                 texts: Mapping[str, str] | None = None) -> list[Claim]:
    """Check every claim against the pack and against the other claims of its article.

    claims (list[Claim]): claims from one or more articles.
    pack (ReferencePack | None): the reference pack; None checks internal consistency only.
    published (date | None): the articles' publication date, anchoring "latest" and claims with no period.
    texts (Mapping[str, str] | None): the articles' texts by article id, when at hand (the claims' offsets index
        into them): a sentence with no figure may name the part of an entity the next sentence speaks of.
    RETURNS (list[Claim]): the claims in the same order, each with `entity_id`, `verdict` and `evidence` set.
    """
    # (a calendar-year company's fiscal periods, "Q4 2025", are checked in fiscal terms, "Q4 FY2025", and keep their label)
    books = [in_books(claim) for claim in claims]
    by_article: dict[str, list[Claim]] = {}
    for claim in books:
        by_article.setdefault(claim.article, []).append(claim)
    texts = texts or {}
    return [as_extracted(check_claim(claim, pack, by_article[claim.article], published, texts.get(claim.article)),
                         extracted)
            for claim, extracted in zip(books, claims)]
