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

from claimx.check.around import breaks, clause_breaks, first_within, place, scan
from claimx.check.context import is_change
from claimx.check.words import check_words
from claimx.check.lookup import loose_words
from claimx.check.units import convert
from claimx.periods import find_periods, label_years
from claimx.records import Claim
from claimx.reference.entities import entity_mentions, mentioned_entities, resolve_entity
from claimx.reference.metrics import is_vague, metric_mentions, resolve_metric
from claimx.reference.pack import ReferencePack
from claimx.reference.periods import is_annual, is_month, is_quarter
from claimx.reference.text import STOP, tokens

RELATIVE = ("percent", "ratio", "percentage_point")


@dataclass(frozen=True)
class Reading:
    """One way of reading a claim, with the pack's names filled in.

    claim (Claim): the claim with subject, metric and period rewritten.
    confident (bool): whether a contradiction found for this reading may stand.
    loose (bool): a reading of another period than the one pinned for the figure, or of a part of the
        entity the claim's words do not name: it may make the claim unverifiable, never support it.
    """

    claim: Claim
    confident: bool
    loose: bool = False


def _split(claim: Claim) -> tuple[str, str] | None:
    """The sentence before and after the claim's text, placed by the frame's offsets; None when the
    claim cannot be placed."""
    placed = place(claim)
    return (placed.before, placed.after) if placed else None


def figure_stretch(claim: Claim) -> tuple[str, int]:
    """The comma-separated stretch of the sentence the figure stands in, and where the figure starts in it
    (the whole sentence and -1 when the claim cannot be placed)."""
    placed = place(claim)
    if placed is None:
        return claim.sentence, -1
    before, after = placed.words_before(), placed.words_after()
    left = max((word.end for at, word in enumerate(before) if breaks(before, at)), default=0)
    right = next((word.start for at, word in enumerate(after) if breaks(after, at)), len(placed.after))
    return f"{placed.before[left:]}{claim.text}{placed.after[:right]}", placed.start - left


def _pieces(text: str) -> list[str]:
    """`text` cut at the stretch breaks."""
    words = scan(text)
    cuts = [word for at, word in enumerate(words) if breaks(words, at)]
    edges = [0] + [edge for word in cuts for edge in (word.start, word.end)] + [len(text)]
    return [text[edges[i]:edges[i + 1]] for i in range(0, len(edges), 2)]


def _led_stretches(claim: Claim) -> list[str]:
    """For a change tacked on after a comma ("reached 212,400 in the year to March 2025, up 12% on the
    previous year"), the stretches of its clause before it, nearest first: the change is of the measure
    they name. Empty for any other claim."""
    placed = place(claim)
    if placed is None or not is_change(claim):
        return []
    words = placed.words_before()
    cuts = [word for at, word in enumerate(words) if breaks(words, at)]
    if not cuts or len([word for word in words if word.start >= cuts[-1].end and not word.mark]) > 2:
        return []
    clause = placed.before[:cuts[-1].start]
    clause = clause[max((end for _, end in clause_breaks(clause)), default=0):]
    return [part for part in reversed(_pieces(clause)) if part.strip()]


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
    for stretch in [figure_stretch(claim)[0]] + _led_stretches(claim):
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
    stretch, head = figure_stretch(claim)
    near = _around(pack, stretch, (stretch[:head], stretch[head + len(claim.text):]) if head >= 0 else None)
    everywhere = _around(pack, claim.sentence, _split(claim))
    subject = resolve_entity(pack, claim.subject)
    named_subject = [subject] if subject in everywhere else []
    return list(dict.fromkeys(near + named_subject + everywhere))


def lead_in(claim: Claim, text: str | None) -> str | None:
    """The sentence just before the claim's in its paragraph (a topic sentence that names the part the next one goes
    on about: "The Northern division was the laggard. Its sales fell 4% to €310 million"), taken from the article's
    `text` by the offsets the frame keeps (`previous_sentence_start` to `sentence_start`, spaCy's boundaries). None
    when the claim opens its paragraph, has no frame, or no text is given."""
    if text is None or claim.frame is None or claim.frame.previous_sentence_start is None \
            or claim.frame.sentence_start > len(text):
        return None
    return text[claim.frame.previous_sentence_start:claim.frame.sentence_start].strip() or None


def _earlier_entities(pack: ReferencePack, claim: Claim, siblings: list[Claim], text: str | None = None) -> list[str]:
    """Entities named in the two sentences before the claim's (among those holding claims), latest first; with the
    article's `text`, a figureless sentence just before the claim's in its paragraph (`lead_in`) is read first."""
    sentences: list[str] = []
    lead = lead_in(claim, text)
    if lead is not None and not any(other.sentence.strip() == lead for other in siblings):
        sentences.append(lead)
    for other in sorted(siblings, key=lambda other: -other.start):
        if other.start < claim.start and other.sentence != claim.sentence and other.sentence not in sentences:
            sentences.append(other.sentence)
    found: list[str] = []
    for sentence in sentences[:2 + (lead is not None and sentences[:1] == [lead])]:
        for _, _, entity in reversed(entity_mentions(pack, sentence)):
            if entity not in found:
                found.append(entity)
    return found


def claim_names(pack: ReferencePack, claim: Claim) -> set[str]:
    """Entities the claim's own subject or metric words name (a segment named in the metric: "Walmart" +
    "U.S. eCommerce sales" is Walmart U.S.)."""
    named = set(mentioned_entities(pack, claim.subject)) | set(mentioned_entities(pack, claim.metric))
    refined = resolve_entity(pack, claim.subject, claim.metric)
    return named | ({refined} if refined else set())


def _holders(pack: ReferencePack, entity: str, metric: str) -> list[str]:
    """`entity` and its parts and ancestors that have facts for `metric`, the entity itself first."""
    family = [entity] + [other for other in pack.entities if entity in pack.lineage(other)[1:]]
    family += pack.lineage(entity)[1:]
    return [member for member in dict.fromkeys(family) if pack.facts_for(member, metric)]


def unnamed_part(pack: ReferencePack, holder: str, named: set[str]) -> bool:
    """Whether `holder` is a part of some entity (a segment, a department) that neither the claim's own
    words (`claim_names`) nor its sentence name: a company's sales growth is not the growth of whichever
    of its segments happens to match the figure, so such a reading is loose."""
    return pack.entities[holder].parent is not None and holder not in named


_MONTH_LABEL = re.compile(r"(?:19|20)\d\d-(?:0[1-9]|1[0-2])")


def dated_without_publication(claim: Claim) -> bool:
    """Whether the claim's period holds with no publication date: written for the figure in its own sentence, with
    its year. With no date, "the second quarter" or "last year" may be any year (the pack's newest one is no answer:
    "sales of $1bn in the second quarter" of 2014 against 2025's), and a period carried from elsewhere may stand over
    one the figure's own sentence writes relative to a date nobody knows ("in the year to March")."""
    return bool(claim.period and label_years(claim.period) and claim.frame is not None
                and claim.frame.period.written)


def period_pinned(claim: Claim) -> bool:
    """Whether the claim's period may ground a contradiction: written for the figure in its sentence, or
    carried as the fiscal period a results or budget story reports on, or as a statistics release's rolling year
    ("the year ending March 2025", 2025-03). A claim without a frame (an older
    record, a hand-built one) has nothing pinned: the pack may support it, never contradict it."""
    frame = claim.frame
    if frame is None or claim.period is None:
        return False
    if frame.period.written:
        return True
    if frame.period.reason not in ("paragraph", "article", "list"):
        return False
    if _relative_left_unread(claim.sentence):
        return False  # "revised its estimate of growth in the previous quarter to 0.3%": not the story's quarter
    # a statistics release's rolling year ("crimes recorded in the year ending March 2025", labelled 2025-03) is,
    # like a results story's fiscal period, the period every figure of the release reports on
    return claim.period.startswith(("FY", "Q", "H")) \
        or frame.period.kind == "year_to" and _MONTH_LABEL.fullmatch(claim.period) is not None


def _relative_left_unread(sentence: str) -> bool:
    """Whether the sentence writes a quarter or month relative to another ("in the previous quarter", "the month
    before") that is no comparison base: the frame carried a period over it, so the carried one is not sure to be
    the figure's. (A year relative to another, "a year earlier", mostly dates another figure of a results
    sentence and leaves the carried period to the rest.)"""
    return any(m.period is None and m.months and not m.shift and not m.base for m in find_periods(sentence))


def period_readings(pack: ReferencePack, claim: Claim, entity: str, metric: str,
                    published: dt.date | None) -> list[tuple[str | None, bool]]:
    """The periods a reading of the claim may mean, as the pack's labels, each with whether a
    contradiction in it may stand.

    The claim's own period comes first, and may contradict when the frame pinned it (`period_pinned`);
    a pinned period is then the only one (others are `loose_periods`). Otherwise, or alone when it
    names none, the latest ended period, the current one (a budget being spent) and the next one (a
    plan); these may only support.
    """
    found = _period_choices(pack, claim, entity, metric, published)
    return found[:1] if _pinned_for(pack, claim, entity, metric) else found


def _pinned_for(pack: ReferencePack, claim: Claim, entity: str, metric: str) -> bool:
    """`period_pinned`, except that a fiscal period carried from elsewhere in the story does not pin a figure of a
    measure the pack keeps by calendar periods only ("more than 410,000 residents" in a budget story for FY2026
    is a population count, not the fiscal year's)."""
    if not period_pinned(claim):
        return False
    if claim.frame is None or claim.frame.period.written:
        return True
    return any(fact.period.startswith(("FY", "Q", "H")) for fact in pack.facts_for(entity, metric))


def loose_periods(pack: ReferencePack, claim: Claim, entity: str, metric: str,
                  published: dt.date | None) -> list[str | None]:
    """The other periods a pinned claim's figure could be matched in (the latest ended one, the current
    one, the next one): readings in them are loose (`Reading.loose`). Empty for a claim not pinned."""
    if not _pinned_for(pack, claim, entity, metric):
        return []
    return [label for label, _ in _period_choices(pack, claim, entity, metric, published)[1:]]


def sole_fact_of_year(pack: ReferencePack, claim: Claim, entity: str, metric: str, label: str | None) -> bool:
    """Whether the pack's fact labelled `label` is the only one of the measure that falls in the calendar year the
    claim names ("a record 96,400 spectators this year" against a tournament kept by its month, 2026-02; "enrolled
    11,860 people in 2020" against a trial's one 2019-2025 figure): the figure can be of no other period, so a
    reading in it may support the claim (never contradict it: the periods are not the same)."""
    year = claim.period or ""
    if label is None or len(year) != 4 or not year.isdigit():
        return False
    first, last = dt.date(int(year), 1, 1), dt.date(int(year), 12, 31)
    within = [fact for fact in pack.facts_for(entity, metric) if fact.start <= last and first <= fact.end]
    return len(within) == 1 and within[0].period == label


def _period_choices(pack: ReferencePack, claim: Claim, entity: str, metric: str,
                    published: dt.date | None) -> list[tuple[str | None, bool]]:
    """The claim's own period (pinned or not), then the latest ended, current and next periods."""
    series = pack.facts_for(entity, metric)
    # (with no publication date, a period named with no year or carried from elsewhere may support, never contradict)
    dated = published is not None or dated_without_publication(claim)
    found: list[tuple[str | None, bool]] = [(claim.period, dated and _pinned_for(pack, claim, entity, metric))] \
        if claim.period else []
    if published is None:
        latest = max(series, key=lambda fact: fact.end, default=None)
        return found + ([(latest.period, False)] if latest else []) or [(None, False)]
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
        found += [(fact.period, False) for fact in picks if fact.period not in done]
        break
    return found or [(None, False)]


def _carried_part(pack: ReferencePack, claim: Claim, earlier: list[str]) -> set[str]:
    """For a sentence that names no entity before its figure ("Its budget falls to $38.9 million, and the city
    will close two pools"), the part (a segment, a department) named latest in the sentences just before, which
    it goes on speaking of: a reading of it is no longer loose, so it may support the claim (never contradict it,
    not being named in the sentence). An entity named only after the figure, in a later clause, does not stand
    in the figure's subject slot."""
    parts = _split(claim)
    here = len(tokens(parts[0])) if parts is not None else None
    if any(here is None or start <= here for start, _, _ in entity_mentions(pack, claim.sentence)):
        return set()
    parts = [entity for entity in earlier if pack.entities[entity].parent is not None]
    return set(parts[:1])


def carried_part(pack: ReferencePack, claim: Claim, siblings: list[Claim], text: str | None) -> str | None:
    """The part of an entity (a segment, a department) the claim's sentence goes on speaking of without naming it
    (`_carried_part`), from the sentences just before, a figureless one included when the article's `text` is given;
    None when there is none or the claim's own words name an entity of its family."""
    found = _carried_part(pack, claim, _earlier_entities(pack, claim, siblings, text)) - claim_names(pack, claim)
    return next(iter(found), None)


def _counts_other(pack: ReferencePack, claim: Claim, metric: str) -> bool:
    """True for a count of something the measure does not name: "the trust's three hospitals" near "A&E
    attendances" counts hospitals, even though "hospitals" is a word of the trust's name."""
    said = tokens(claim.metric)
    if claim.unit != "count" or not said or is_vague(claim.metric):
        return False
    names = pack.metrics[metric].synonyms or (metric.replace("_", " "),)
    return said[-1] not in {word for synonym in names for word in tokens(synonym)}


def _headed_metrics(pack: ReferencePack, claim: Claim, entities: list[str]) -> list[str]:
    """The one measure the entities in view hold, fitting the claim, whose synonym ends in a word of the claim's metric
    phrase ("prices climbed 4.6%" where the place holds only an "average price"); none when several do."""
    said = set(tokens(claim.metric)) - STOP
    if not said:
        return []
    found = {metric for entity in entities for metric in pack.metrics_of(entity) if fits(pack, claim, metric)
             and any((words := [word for word in tokens(synonym) if word not in STOP]) and words[-1] in said
                     for synonym in pack.metrics[metric].synonyms or (metric.replace("_", " "),))}
    return list(found) if len(found) == 1 else []


def _carried_metrics(pack: ReferencePack, claim: Claim, siblings: list[Claim]) -> list[str]:
    """Measures named in the sentence just before the claim's ("Their budget falls to $19 million. Parks
    and recreation receives $52.6 million"), for a sentence that names none itself."""
    earlier = [other for other in siblings if other.start < claim.start and other.sentence != claim.sentence]
    if not earlier:
        return []
    previous = max(earlier, key=lambda other: other.start).sentence
    found = [metric for _, _, metric in reversed(metric_mentions(pack, previous)) if fits(pack, claim, metric)]
    return list(dict.fromkeys(found))


def _moved(claim: Claim) -> str | None:
    """For a level figure moved out of or into a measure just after it ("take $14 million from the
    rainy-day fund"), the direction that makes it a change of that measure: "down" out of, "up" into."""
    placed = place(claim)
    if placed is None or is_change(claim):
        return None
    cue = check_words()
    words = placed.words_after()
    out = first_within(words, cue.phrases("moved_out"), cue.windows["moved"])
    into = first_within(words, cue.phrases("moved_in"), cue.windows["moved"])
    if out is None and into is None:
        return None
    return "up" if out is None or (into is not None and into[0] < out[0]) else "down"


def moved_readings(pack: ReferencePack, claim: Claim, siblings: list[Claim],
                   published: dt.date | None, text: str | None = None) -> list[Reading]:
    """For a level figure moved out of or into a measure ("take $14 million from the rainy-day fund"),
    the readings of it as a fall or rise of that measure; none of them confident."""
    direction = _moved(claim) if claim.unit not in RELATIVE else None
    if direction is None:
        return []
    change = claim.model_copy(update={"direction": direction, "kind": "change"})
    return [Reading(reading.claim, False, reading.loose) for reading in sentence_readings(pack, change, siblings, published, text)]


def _names_other_measure(pack: ReferencePack, claim: Claim, metric: str) -> bool:
    """Whether the claim's own metric words name another measure the pack knows than `metric` ("the event's budget
    had risen to about $6.5 million" after a sentence about the prize fund: a budget, not the prize fund)."""
    named = resolve_metric(pack, claim.metric, unit=claim.unit) if claim.metric and not is_vague(claim.metric) else None
    return named is not None and named != metric


def sentence_readings(pack: ReferencePack, claim: Claim, siblings: list[Claim],
                      published: dt.date | None, text: str | None = None) -> list[Reading]:
    """Readings of the claim from its sentence: each measure named near the figure, held by the nearest
    entity named in the sentence (else the subject's, else one named in the sentences just before), in
    each period the figure may mean. The first measure with an entity named in the sentence is confident.

    pack (ReferencePack): the reference pack.
    claim (Claim): the claim.
    siblings (list[Claim]): the claims of the same article.
    published (date | None): the article's date.
    text (str | None): the article's text, for a figureless sentence just before the claim's (`lead_in`).
    RETURNS (list[Reading]): most likely first; empty when the sentence names no measure the pack has.
    """
    named = nearest_entities(pack, claim)
    subject = resolve_entity(pack, claim.subject)
    earlier = _earlier_entities(pack, claim, siblings, text)
    others = ([subject] if subject else []) + earlier
    metrics = nearest_metrics(pack, claim)
    carried = not metrics
    if carried:
        metrics = [(metric, False) for metric in _carried_metrics(pack, claim, siblings)]
    headed = not metrics
    if headed:
        # (the claim's own metric word as the head of one measure the entities in view hold: a guess, never sure)
        metrics = [(metric, False) for metric in _headed_metrics(pack, claim, named + others)]
    found: list[Reading] = []
    first = True
    # a part carried from the sentences before may support the claim, never contradict it
    carried_part = _carried_part(pack, claim, earlier) - claim_names(pack, claim) - set(named)
    own_names = claim_names(pack, claim) | set(named) | carried_part
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
        own = not loose_words(pack, claim, top, metric) and not _counts_other(pack, claim, metric) \
            and not (carried and _names_other_measure(pack, claim, metric))
        if carried:
            # A measure from the sentence before is sure only when it is the named entity's one fitting measure.
            in_stretch = len([m for m in pack.metrics_of(top) if fits(pack, claim, m)]) == 1
        moved = _moved(claim) is not None
        sure = first and named_here and in_stretch and own and not moved and not headed
        synonym = (pack.metrics[metric].synonyms or (metric.replace("_", " "),))[0]
        for entity in dict.fromkeys(holder for holder, _ in holders):
            # a measure carried from the sentence before, when the claim's own metric words speak of something else
            # ("the unit's order backlog swelled to $180 billion" after a sentence on revenue), is a guess: loose, never a support
            loose = unnamed_part(pack, entity, own_names) or (carried and not own)
            periods = [(period, definite, loose) for period, definite in
                       period_readings(pack, claim, entity, metric, published)]
            periods += [(period, False, loose or not sole_fact_of_year(pack, claim, entity, metric, period))
                        for period in loose_periods(pack, claim, entity, metric, published)]
            for period, definite, far in periods:
                variant = claim.model_copy(update={"subject": pack.entities[entity].name, "metric": synonym,
                                                   "period": period})
                found.append(Reading(variant, sure and definite and entity == top and not far
                                     and entity not in carried_part, far))
        first = first and guessed
    return found
