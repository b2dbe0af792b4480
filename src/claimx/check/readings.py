"""Readings of a claim from the words around its figure: the entity, measure and period its sentence names.

The pipeline's subject, metric and period are plain words and often miss: the subject is the
organisation the article leads with while the sentence names a department ("Parks and recreation
receives $52.6 million"), the metric is a word near the number ("project", "costs") while the
sentence spells out a measure the pack knows ("the 33,000-capacity ground"), and a figure with no
period written may be last year's, this year's or next year's. A reading rewrites the claim's
subject, metric and period with pack names so the verdict rules can look it up.

Only the first reading (the measure nearest the figure, the entity nearest it that the pack has that
measure for, both named in the sentence) is `confident`: the others may support a claim but never
contradict it.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from claimx.check.context import is_change, sentence_position
from claimx.check.lookup import loose_words
from claimx.check.units import convert
from claimx.records import Claim
from claimx.reference.entities import entity_mentions, resolve_entity
from claimx.reference.metrics import is_vague, metric_mentions
from claimx.reference.pack import ReferencePack
from claimx.reference.periods import is_annual, is_month, is_quarter
from claimx.reference.text import tokens

RELATIVE = ("percent", "ratio", "percentage_point")
# A period written as a span or a single year ("2015-2024", "between 2015 and 2024", "in 1985").
_SPAN = re.compile(r"\b((?:19|20)\d{2})\s*(?:-|\u2013|and|to)\s*((?:19|20)?\d{2})\b")
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
# Where the figure's own comma-separated stretch of the sentence ends.
# A figure moved out of or into a measure ("take $14 million from the rainy-day fund") is a change of it.
_MOVED = re.compile(r"^[^,;.]{0,20}?\b(from|out of|into)\s", re.IGNORECASE)
# Where a clause of its own begins: a change after it is not of a measure before it.
_CLAUSE = re.compile(r";|,\s*(?:while|whereas|but|though|although)\b|\b(?:while|whereas|though|although)\b", re.IGNORECASE)
_COMMA = re.compile(r"[,;:\u2014]|\s-\s|\band\b(?=\s+(?:the|its|their|a|an)\b)")


@dataclass(frozen=True)
class Reading:
    """One way of reading a claim, with the pack's names filled in.

    claim (Claim): the claim with subject, metric and period rewritten.
    confident (bool): whether a contradiction found for this reading may stand.
    """

    claim: Claim
    confident: bool


def _split(claim: Claim) -> tuple[str, str] | None:
    """The sentence before and after the claim's text."""
    position = sentence_position(claim)
    if position < 0:
        return None
    return claim.sentence[:position], claim.sentence[position + len(claim.text):]


def _stretch(claim: Claim) -> str:
    """The comma-separated stretch of the sentence the figure stands in."""
    parts = _split(claim)
    if parts is None:
        return claim.sentence
    before, after = parts
    left = max((match.end() for match in _COMMA.finditer(before)), default=0)
    right = next((match.start() for match in _COMMA.finditer(after)), len(after))
    return f"{before[left:]}{claim.text}{after[:right]}"


def _led_stretches(claim: Claim) -> list[str]:
    """For a change tacked on after a comma ("reached 212,400 in the year to March 2025, up 12% on the
    previous year"), the stretches of its clause before it, nearest first: the change is of the measure
    they name. Empty for any other claim."""
    parts = _split(claim)
    if parts is None or not is_change(claim):
        return []
    before = parts[0]
    cuts = [match for match in _COMMA.finditer(before)]
    if not cuts or len(before[cuts[-1].end():].split()) > 2:
        return []
    clause = _CLAUSE.split(before[:cuts[-1].start()])[-1]
    return [part for part in reversed(_COMMA.split(clause)) if part.strip()]


def fits(pack: ReferencePack, claim: Claim, metric: str) -> bool:
    """Whether the pack's `metric` can be compared with the claim: its own unit for a level, a level to
    compute a change in percent from, a percentage for a change in percentage points."""
    unit = pack.metrics[metric].unit
    if claim.unit == "percentage_point":
        return unit == "percent"
    if claim.unit in ("percent", "ratio") and (is_change(claim) or claim.kind == "multiple"):
        return True
    return convert(1.0, unit, claim.unit) is not None


def nearest_metrics(pack: ReferencePack, claim: Claim) -> list[tuple[str, bool]]:
    """Measures the sentence names that fit the claim, nearest the figure first, each with whether it is
    named in the figure's own comma-separated stretch of the sentence.

    The stretch is searched first, its words in any order ("covering 18.4% of operating costs"); then
    the whole sentence, synonyms as written, those before the figure first.
    """
    found: dict[str, bool] = {}
    for stretch in [_stretch(claim)] + _led_stretches(claim):
        for metric in (m for _, _, m in metric_mentions(pack, stretch, contiguous=False)):
            if metric not in found and fits(pack, claim, metric):
                found[metric] = True
        if found:
            break
    parts = _split(claim)
    if parts is None:
        return list(found.items())
    here = len(tokens(parts[0]))
    mentions = metric_mentions(pack, claim.sentence)
    before = sorted((m for m in mentions if m[1] <= here), key=lambda m: here - m[1])
    after = [m for m in mentions if m[0] >= here]
    for _, _, metric in before + after:
        if metric not in found and fits(pack, claim, metric):
            found[metric] = False
    return list(found.items())


def _around(pack: ReferencePack, text: str, split: tuple[str, str] | None) -> list[str]:
    """Entities named in `text`, those before the figure first (nearest first), then those after it."""
    mentions = entity_mentions(pack, text)
    if split is None:
        return list(dict.fromkeys(entity for _, _, entity in mentions))
    here = len(tokens(split[0]))
    before = sorted((m for m in mentions if m[1] <= here), key=lambda m: here - m[1])
    after = [m for m in mentions if m[0] >= here]
    return list(dict.fromkeys(entity for _, _, entity in before + after))


def nearest_entities(pack: ReferencePack, claim: Claim) -> list[str]:
    """Entities the sentence names, most likely first: those in the figure's own stretch of the sentence,
    then the subject's entity when the sentence names it, then the others, nearest the figure first."""
    stretch = _stretch(claim)
    head = stretch.find(claim.text)
    near = _around(pack, stretch, (stretch[:head], stretch[head + len(claim.text):]) if head >= 0 else None)
    everywhere = _around(pack, claim.sentence, _split(claim))
    subject = resolve_entity(pack, claim.subject)
    named_subject = [subject] if subject in everywhere else []
    return list(dict.fromkeys(near + named_subject + everywhere))


def _earlier_entities(pack: ReferencePack, claim: Claim, siblings: list[Claim]) -> list[str]:
    """Entities named in the two sentences before the claim's (among those holding claims), latest first."""
    sentences: list[str] = []
    for other in sorted(siblings, key=lambda other: -other.start):
        if other.start < claim.start and other.sentence != claim.sentence and other.sentence not in sentences:
            sentences.append(other.sentence)
    found: list[str] = []
    for sentence in sentences[:2]:
        for _, _, entity in reversed(entity_mentions(pack, sentence)):
            if entity not in found:
                found.append(entity)
    return found


def _holders(pack: ReferencePack, entity: str, metric: str) -> list[str]:
    """`entity` and its parts and ancestors that have facts for `metric`, the entity itself first."""
    family = [entity] + [other for other in pack.entities if entity in pack.lineage(other)[1:]]
    family += pack.lineage(entity)[1:]
    return [member for member in dict.fromkeys(family) if pack.facts_for(member, metric)]


def period_pinned(claim: Claim) -> bool:
    """Whether the claim's period may ground a contradiction: written for the figure in its sentence, or
    carried as the fiscal period a results or budget story reports on. A claim without a frame is read
    as before (its sentence decides)."""
    frame = claim.frame
    if frame is None:
        return True
    if frame.period.reason in ("after the figure", "in the sentence"):
        return claim.period is not None
    return frame.period.reason in ("paragraph", "article") and (claim.period or "").startswith(("FY", "Q", "H"))


def _stated_periods(claim: Claim) -> list[str]:
    """Period labels written in the sentence: spans ("2015-2024", "between 2015 and 2024") and years."""
    labels = []
    for match in _SPAN.finditer(claim.sentence):
        first, last = match.group(1), match.group(2)
        last = last if len(last) == 4 else first[:2] + last
        labels.append(f"{first}-{last}")
    labels += [year for year in _YEAR.findall(claim.sentence)]
    return list(dict.fromkeys(labels))


def _is_stated(claim: Claim) -> bool:
    """True when the claim's period is written in its sentence (its year digits occur there)."""
    years = re.findall(r"\d{4}", claim.period or "")
    return bool(years) and all(year in claim.sentence for year in years)


def period_readings(pack: ReferencePack, claim: Claim, entity: str, metric: str,
                    published: dt.date | None) -> list[tuple[str | None, bool]]:
    """The periods a reading of the claim may mean, as the pack's labels, each with whether a
    contradiction in it may stand.

    A period written in the sentence comes first, with the other periods the sentence writes that the
    pack has. Then, or alone when none is written, the latest ended period, the current one (a budget
    being spent) and the next one (a plan); these may only support a claim that names its own period.
    """
    series = pack.facts_for(entity, metric)
    labels = {fact.period for fact in series}
    if claim.frame is not None:
        # the frame says when: its period is the one reading that may contradict, and only when it was
        # written for the figure (or is the fiscal period of a results story); no period is never pinned
        stated = claim.period is not None
        found: list[tuple[str | None, bool]] = [(claim.period, period_pinned(claim))] if stated else []
        written: list[str] = []
    else:  # a record without a frame (older output, hand-made claims): read the sentence
        written = [label for label in _stated_periods(claim) if label in labels]
        stated = _is_stated(claim)
        found = [(claim.period, True)] if stated else []
    found += [(label, True) for label in written if label != claim.period]
    if published is None:
        latest = max(series, key=lambda fact: fact.end, default=None)
        return found + ([(latest.period, not stated)] if latest else []) or [(None, True)]
    for check in (is_annual, is_quarter, is_month, lambda fact: True):
        same = [fact for fact in series if check(fact)]
        if not same:
            continue
        ended = [fact for fact in same if fact.end <= published]
        current = [fact for fact in same if fact.start <= published < fact.end]
        later = sorted((fact for fact in same if fact.start > published), key=lambda fact: fact.start)
        picks = [max(ended, key=lambda fact: fact.end)] if ended else []
        picks += current[:1] + later[:1]
        done = {label for label, _ in found}
        found += [(fact.period, not stated and claim.frame is None) for fact in picks if fact.period not in done]
        break
    return found or [(None, True)]


def _counts_other(pack: ReferencePack, claim: Claim, metric: str) -> bool:
    """True for a count of something the measure does not name: "the trust's three hospitals" near "A&E
    attendances" counts hospitals, even though "hospitals" is a word of the trust's name."""
    said = tokens(claim.metric)
    if claim.unit != "count" or not said or is_vague(claim.metric):
        return False
    names = pack.metrics[metric].synonyms or (metric.replace("_", " "),)
    return said[-1] not in {word for synonym in names for word in tokens(synonym)}


def _carried_metrics(pack: ReferencePack, claim: Claim, siblings: list[Claim]) -> list[str]:
    """Measures named in the sentence just before the claim's ("Their budget falls to $19 million. Parks
    and recreation receives $52.6 million"), for a sentence that names none itself."""
    earlier = [other for other in siblings if other.start < claim.start and other.sentence != claim.sentence]
    if not earlier:
        return []
    previous = max(earlier, key=lambda other: other.start).sentence
    found = [metric for _, _, metric in reversed(metric_mentions(pack, previous)) if fits(pack, claim, metric)]
    return list(dict.fromkeys(found))


def moved_readings(pack: ReferencePack, claim: Claim, siblings: list[Claim],
                   published: dt.date | None) -> list[Reading]:
    """For a level figure moved out of or into a measure ("take $14 million from the rainy-day fund"),
    the readings of it as a fall or rise of that measure; none of them confident."""
    parts = _split(claim)
    moved = _MOVED.match(parts[1]) if parts and not is_change(claim) and claim.unit not in RELATIVE else None
    if moved is None:
        return []
    direction = "up" if moved.group(1).lower() == "into" else "down"
    change = claim.model_copy(update={"direction": direction, "kind": "change"})
    return [Reading(reading.claim, False) for reading in sentence_readings(pack, change, siblings, published)]


def sentence_readings(pack: ReferencePack, claim: Claim, siblings: list[Claim],
                      published: dt.date | None) -> list[Reading]:
    """Readings of the claim from its sentence: each measure named near the figure, held by the nearest
    entity named in the sentence (else the subject's, else one named in the sentences just before), in
    each period the figure may mean. The first measure with an entity named in the sentence is confident.

    pack (ReferencePack): the reference pack.
    claim (Claim): the claim.
    siblings (list[Claim]): the claims of the same article.
    published (date | None): the article's date.
    RETURNS (list[Reading]): most likely first; empty when the sentence names no measure the pack has.
    """
    named = nearest_entities(pack, claim)
    subject = resolve_entity(pack, claim.subject)
    others = ([subject] if subject else []) + _earlier_entities(pack, claim, siblings)
    metrics = nearest_metrics(pack, claim)
    carried = not metrics
    if carried:
        metrics = [(metric, False) for metric in _carried_metrics(pack, claim, siblings)]
    found: list[Reading] = []
    first = True
    for metric, in_stretch in metrics:
        holders = [(holder, True) for entity in named for holder in _holders(pack, entity, metric)]
        holders += [(holder, False) for entity in others for holder in _holders(pack, entity, metric)]
        # A measure only one entity of the pack has needs no name ("a monthly pass will go up from $80").
        only = {fact.entity for fact in pack.facts if fact.metric == metric}
        unique = [(holder, False) for holder in only if len(only) == 1 and (holder, False) not in holders]
        if not holders + unique:
            continue
        # A measure found only because a single entity has it is a guess: it does not take the place of
        # the first measure an entity in view holds.
        guessed = not holders
        holders += unique
        top, named_here = holders[0]
        # The claim's own metric words must not speak of something else ("pre-tax loss" is no revenue).
        own = not loose_words(pack, claim, top, metric) and not _counts_other(pack, claim, metric)
        if carried:
            # A measure from the sentence before is sure only when it is the named entity's one fitting measure.
            in_stretch = len([m for m in pack.metrics_of(top) if fits(pack, claim, m)]) == 1
        parts = _split(claim)
        moved = bool(parts and _MOVED.match(parts[1]) and not is_change(claim))
        sure = first and named_here and in_stretch and own and not moved
        synonym = (pack.metrics[metric].synonyms or (metric.replace("_", " "),))[0]
        for entity in dict.fromkeys(holder for holder, _ in holders):
            for period, definite in period_readings(pack, claim, entity, metric, published):
                variant = claim.model_copy(update={"subject": pack.entities[entity].name, "metric": synonym,
                                                   "period": period})
                found.append(Reading(variant, sure and definite and entity == top))
        first = first and guessed
    return found
