"""Share rule: a part's share of a whole ("a quarter of total revenue", "wage bill as a share of revenue").

The metric phrase is split at "share of": the words before it name the part's measure, the words after
it the whole's. The whole is another entity named there, the part's parent (a segment's company), or
the same entity in another measure. Both figures come from the pack, for the same period when the pack
has it, else the whole's latest figure up to the part's period (and the evidence says so).
"""
from __future__ import annotations

import datetime as dt

from claimx.check.around import place, scan
from claimx.check.cues import base_phrase
from claimx.check.words import check_words
from claimx.check.context import is_average, subject_caveats
from claimx.check.finding import Finding, judged
from claimx.check.readings import period_pinned
from claimx.check.lookup import entity_candidates, facts_at, guarded, loose_words, open_facts
from claimx.check.tolerance import fmt, judge
from claimx.check.units import convert
from claimx.records import Claim
from claimx.reference.entities import mentioned_entities
from claimx.reference.metrics import VAGUE, is_vague, metric_mentions, resolve_metric
from claimx.reference.text import STOP, tokens
from claimx.reference.pack import Fact, ReferencePack

def split_share(metric: str | None) -> tuple[str, str]:
    """("part words", "whole words") of a share phrase: "wage bill as a share of revenue" -> ("wage bill", "revenue").

    The phrase is cut at the first share noun of check.json's `share_nouns` followed by "of"; the words
    of `share_lead` just before the noun ("as a") belong to neither side."""
    phrase = metric or ""
    words = scan(phrase)
    cue = check_words()
    for at in range(len(words) - 1):
        if (words[at].text,) not in cue.phrases("share_nouns") or words[at + 1].text != "of":
            continue
        begin = at
        for lead in sorted(cue.phrases("share_lead"), key=len, reverse=True):
            if at >= len(lead) and tuple(word.text for word in words[at - len(lead):at]) == lead:
                begin = at - len(lead)
                break
        after = words[at + 2].start if at + 2 < len(words) else len(phrase)
        return phrase[:words[begin].start].strip(), phrase[after:].strip()
    return "", base_phrase(metric)


def _whole_entity(pack: ReferencePack, part: str, words: str) -> str | None:
    named = [entity for entity in mentioned_entities(pack, words) if part not in pack.lineage(entity)]
    return named[0] if len(named) == 1 else None


def _whole_fact(pack: ReferencePack, entity: str, metric: str, fact: Fact) -> tuple[Fact, str | None] | None:
    """The whole's figure for the part's period, else its latest up to that period's end."""
    series = pack.facts_for(entity, metric)
    for other in series:
        if (other.start, other.end) == (fact.start, fact.end):
            return other, None
    earlier = [other for other in series if other.end <= fact.end and abs(other.days - fact.days) <= 0.1 * fact.days]
    if not earlier:
        return None
    other = max(earlier, key=lambda other: other.end)
    return other, f"the pack has no {metric} for {entity} in {fact.period}; its latest earlier figure ({other.period}) is used"


def _measures(pack: ReferencePack, part: str, whole: str, left: str, right: str) -> tuple[str, str] | None:
    """(part metric, whole metric) from the words on each side of "share of"; with no measure named on
    either side ("two-fifths of the total"), the one measure the part and the whole both have."""
    whole_metric = resolve_metric(pack, right, entity=whole)
    if whole_metric is None and is_vague(left) and is_vague(right):
        common = [metric for metric in pack.metrics_of(part) if metric in pack.metrics_of(whole)]
        return (common[0], common[0]) if len(common) == 1 else None
    if whole_metric is None:
        return None
    if is_vague(left):
        if whole_metric in pack.metrics_of(part):
            return whole_metric, whole_metric
        unit = pack.metrics[whole_metric].unit
        same_unit = [metric for metric in pack.metrics_of(part) if pack.metrics[metric].unit == unit]
        return (same_unit[0], whole_metric) if len(same_unit) == 1 else None
    part_metric = resolve_metric(pack, left, entity=part)
    if part_metric is None:
        # "electric share of the bus fleet": the part's measure needs words from both sides.
        scores = {metric for metric in pack.metrics_of(part) if metric != whole_metric}
        both = resolve_metric(pack, f"{left} {right}", entity=part)
        part_metric = both if both in scores else None
    return (part_metric, whole_metric) if part_metric else None


def _named_part_measure(pack: ReferencePack, claim: Claim, entity: str, right: str) -> tuple[str, str] | None:
    """(part metric, whole metric) for a share of one of `entity`'s measures whose part its sentence
    names just before the figure: "the club's wage bill was £61.2 million, equivalent to roughly 60% of
    its revenue" is the wage bill over the revenue."""
    whole_metric = resolve_metric(pack, right, entity=entity)
    placed = place(claim)
    if whole_metric is None or placed is None:
        return None
    marks = [word.end for word in placed.words_before() if word.text in (";", ":")]
    clause = placed.before[max(marks, default=0):]
    unit = pack.metrics[whole_metric].unit
    named = [metric for _, _, metric in metric_mentions(pack, clause) if metric != whole_metric
             and metric in pack.metrics_of(entity) and pack.metrics[metric].unit == unit]
    return (named[-1], whole_metric) if named else None


def _parts(pack: ReferencePack, claim: Claim) -> list[str]:
    """The entities whose share the claim may state: `entity_candidates`, then, for a subject that has
    parts, the one part of it its clause names before the figure ("Cloud now makes up more than 40% of
    group revenue" under the group's name)."""
    found = entity_candidates(pack, claim)
    placed = place(claim)
    if not found or placed is None:
        return found
    marks = [word.end for word in placed.words_before() if word.text in (";", ":")]
    clause = placed.before[max(marks, default=0):]
    named = [entity for entity in dict.fromkeys(mentioned_entities(pack, clause))
             if entity not in found and found[0] in pack.lineage(entity)[1:]]
    if not named:
        # "The trust runs 1,180 beds, nearly four in five of them at Wexmoor General": the one part of the
        # subject named right after the figure, before the next comma or stop
        words = placed.words_after()
        stop = next((word.start for word in words if word.text in (",", ";", ":", ".")), len(placed.after))
        named = [entity for entity in dict.fromkeys(mentioned_entities(pack, placed.after[:stop]))
                 if entity not in found and found[0] in pack.lineage(entity)[1:]]
    return found + named if len(named) == 1 else found


def check_share(claim: Claim, pack: ReferencePack, published: dt.date | None) -> Finding | None:
    """Compare a stated share with part / whole from the pack.

    claim (Claim): a ratio or percent claim whose metric speaks of a share.
    pack (ReferencePack): the reference pack.
    published (date | None): the article's date.
    RETURNS (Finding | None): None when the part, the whole, their measures or their figures are missing.
    """
    left, right = split_share(claim.metric)
    for part in _parts(pack, claim):
        whole = _whole_entity(pack, part, right)
        if whole is None:
            whole = part if not is_vague(left) else pack.entities[part].parent
        measures = _measures(pack, part, whole, left, right) if whole is not None else None
        if measures is None and is_vague(left) and (named := _named_part_measure(pack, claim, part, right)):
            whole, measures = part, named
        if whole is None or measures is None:
            continue
        part_metric, whole_metric = measures
        findings = []
        facts = facts_at(pack, part, part_metric, claim, published)[:1]
        # a period carried from elsewhere in the article, not written for the figure, that the pack lacks: the
        # latest figure ended by the publication date may support the share, never contradict it
        stand_in = [] if facts or period_pinned(claim) or published is None else [max(
            (fact for fact in pack.facts_for(part, part_metric) if fact.end <= published),
            key=lambda fact: fact.end, default=None)]
        stand_in = [fact for fact in stand_in if fact is not None]
        for fact in facts + stand_in + open_facts(pack, part, part_metric, claim, published):
            found = _whole_fact(pack, whole, whole_metric, fact)
            total = convert(found[0].value, found[0].unit, fact.unit) if found else None
            if not total:
                continue
            ratio = fact.value / total
            expected = convert(ratio, "ratio", claim.unit)
            if expected is None:
                return None
            if ratio > 1 and (stated := convert(claim.value, claim.unit, "ratio")) is not None and stated <= 1:
                continue  # a share below one is of no part bigger than its whole: these are not its part and whole
            finding = judged("share", judge(claim, expected), expected=expected,
                             computation=f"{fmt(fact.value)} / {fmt(total)} = {ratio:.3f}", note=found[1],
                             reference=[fact.as_reference(), found[0].as_reference()])
            loose = loose_words(pack, claim, whole, whole_metric, right) | loose_words(pack, claim, part, part_metric, left)
            inferred = ["the claim names no measure; the one the part and the whole share was taken"] \
                if is_vague(left) and is_vague(right) else []
            if fact in stand_in and finding.verdict == "contradicted":
                continue
            findings.append(guarded(finding, loose, subject_caveats(pack, claim, part) + inferred))
        if findings:
            # With no period written, the share may be of the year under way or the next: any that fits supports.
            return next((finding for finding in findings if finding.verdict == "supported"), findings[0])
    return None


def check_share_of_stated(claim: Claim, pack: ReferencePack, published: dt.date | None,
                          siblings: list[Claim]) -> Finding | None:
    """A share whose part the pack holds and whose whole the claim's own sentence states.

    "all-funds spending totals $2.91 billion, and the general fund accounts for more than half of it":
    the general fund comes from the pack, the $2.91 billion from the sentence, matched by all the words
    after "share of".

    claim (Claim): a share claim.
    pack (ReferencePack): the reference pack.
    published (date | None): the article's date.
    siblings (list[Claim]): the claims of the same article.
    RETURNS (Finding | None): None unless both figures are found.
    """
    left, right = split_share(claim.metric)
    wanted = set(tokens(right)) - VAGUE - STOP
    if is_vague(left) or not wanted:
        return _share_of_stated_level(claim, pack, published, siblings)
    wholes = [other for other in siblings if other.id != claim.id and other.sentence == claim.sentence
              and other.direction is None and wanted <= set(tokens(f"{other.subject or ''} {other.metric or ''}"))
              and not is_average(other)]  # "about £71 million per club" is no whole to take a share of
    if len(wholes) != 1 or not wholes[0].value:
        return None
    whole = wholes[0]
    for part in entity_candidates(pack, claim):
        metric = resolve_metric(pack, left, entity=part)
        facts = facts_at(pack, part, metric, claim, published)[:1] if metric else []
        value = convert(facts[0].value, facts[0].unit, whole.unit) if facts else None
        if value is None:
            continue
        ratio = value / whole.value
        expected = convert(ratio, "ratio", claim.unit)
        if expected is None:
            return None
        finding = judged("share", judge(claim, expected), expected=expected,
                         computation=f"{fmt(value)} / {fmt(whole.value)} = {ratio:.3f}",
                         reference=[facts[0].as_reference()], related=[whole.id])
        return guarded(finding, loose_words(pack, claim, part, metric, left))
    return None


def _share_of_stated_level(claim: Claim, pack: ReferencePack, published: dt.date | None,
                           siblings: list[Claim]) -> Finding | None:
    """A share whose words name no part measure, of the one level its sentence states ("The bay's kittiwakes now
    make up about 4% of the country's kittiwake population, which a survey put at 57,000 pairs"): the part is the
    claim's entity's figure in the whole's measure (the one the whole's words resolve to for the part, else the part's
    only measure in the whole's unit), for the claim's period, else its latest by the article's date. Inferred, so it
    supports, never contradicts."""
    wholes = [other for other in siblings if other.id != claim.id and other.sentence == claim.sentence
              and other.direction is None and other.unit not in ("ratio", "percent", "percentage_point")
              and other.value and not is_average(other)]
    if len(wholes) != 1:
        return None
    whole = wholes[0]
    for part in entity_candidates(pack, claim):
        named = resolve_metric(pack, whole.metric, entity=part)
        same_unit = [metric for metric in pack.metrics_of(part)
                     if convert(1.0, pack.metrics[metric].unit, whole.unit) is not None]
        metric = named if named in same_unit else (same_unit[0] if len(same_unit) == 1 else None)
        if metric is None:
            continue
        facts = facts_at(pack, part, metric, claim, published)[:1] if claim.period else []
        if not facts and published is not None:
            facts = [max((fact for fact in pack.facts_for(part, metric) if fact.end <= published),
                         key=lambda fact: fact.end, default=None)]
        for fact in (fact for fact in facts if fact is not None):
            value = convert(fact.value, fact.unit, whole.unit)
            expected = convert(value / whole.value, "ratio", claim.unit) if value is not None else None
            if expected is None or value > whole.value:
                continue
            judgement = judge(claim, expected)
            if judgement.verdict == "supported":
                return judged("share", judgement, expected=expected,
                              computation=f"{fact.entity} {fact.metric} {fact.period} {fmt(value)} / "
                                          f"{fmt(whole.value)} = {value / whole.value:.3f}",
                              reference=[fact.as_reference()], related=[whole.id])
    return None
