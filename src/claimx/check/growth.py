"""Growth rule: a stated change ("rose 12%", "cut by $2.5 million") against two periods of the pack.

The comparison period is the same-length period a year earlier (year-on-year, as news reports
quarters), the one just before when the wording says "sequential" or "from the previous quarter",
or the ends of a span the claim names ("1985-2025", "since 2006", "over five years").
"""
from __future__ import annotations

import datetime as dt

from claimx.check.around import contains, scan, starts
from claimx.check.cues import base_phrase
from claimx.check.readings import figure_stretch
from claimx.check.words import check_words
from claimx.check.context import subject_caveats
from claimx.check.finding import Finding, judged
from claimx.check.lookup import facts_at, guarded, loose_words, series, span_facts
from claimx.check.tolerance import Judgement, fmt, judge
from claimx.records import Claim
from claimx.reference.pack import Fact, ReferencePack
from claimx.reference.periods import parse_period, preceding_period, previous_event, previous_period


def change(before: float, after: float, unit: str, metric_unit: str) -> tuple[float, str] | None:
    """The change from `before` to `after` expressed in the claim's unit, with how it was computed.

    before (float): the earlier figure.
    after (float): the later figure.
    unit (str): the claim's unit: percent, ratio, percentage_point or the figures' own unit.
    metric_unit (str): the figures' unit.
    RETURNS (tuple[float, str] | None): the signed change and its computation; None if `unit` cannot express it.
    """
    if unit in ("percent", "ratio") and metric_unit not in ("percent", "ratio") and before:
        relative = after / before - 1
        value = relative * 100 if unit == "percent" else relative
        return value, f"{fmt(after)} / {fmt(before)} - 1 = {relative:+.4f}"
    if unit == metric_unit or (unit == "percentage_point" and metric_unit == "percent"):
        return after - before, f"{fmt(after)} - {fmt(before)} = {fmt(after - before)}"
    return None


def signed_judgement(claim: Claim, change: float, *, slack: float = 0.0,
                     slack_reason: str = "") -> tuple[Judgement, float]:
    """Judge a change claim: a stated direction must match the sign of `change`, the size its magnitude.

    claim (Claim): the change claim; with a direction its value is a magnitude ("fell 5%" is 5, down).
    change (float): the signed change the evidence implies.
    slack (float): extra absolute allowance, passed to `judge`.
    slack_reason (str): why the slack.
    RETURNS (tuple[Judgement, float]): the judgement and the expected value in the claim's terms
        (negative when the figure moved against the stated direction).
    """
    if claim.direction is None and claim.value >= 0:
        # "saw its profit decline by 35.5 per cent", a change whose direction the reading missed and whose figure
        # carries no sign (a signed one, "+3.2%", "-0.4%", has its direction): only its size can be judged, never a
        # sign it does not state
        return judge(claim, abs(change), slack=slack, slack_reason=slack_reason), abs(change)
    if claim.direction is None:
        return judge(claim, change, slack=slack, slack_reason=slack_reason), change
    expected = change if claim.direction == "up" else -change
    magnitude = claim.model_copy(update={"value": abs(claim.value)})
    return judge(magnitude, expected, slack=slack, slack_reason=slack_reason), expected


def _earlier(facts: list[Fact], fact: Fact, claim: Claim) -> Fact | None:
    if _sequential(claim):
        return preceding_period(facts, fact)
    return previous_period(facts, fact)


def _sequential(claim: Claim) -> bool:
    """Whether the change is against the period just before ("on the month", "sequentially") rather than
    a year before: said in the claim's metric or period words, else in the figure's own stretch of the
    sentence (where "a year earlier" says otherwise), else anywhere in the sentence."""
    cue = check_words()
    for text in (f"{claim.metric or ''} {claim.period or ''}", figure_stretch(claim)[0]):
        words = scan(text)
        if contains(words, cue.phrases("year_ago")):
            return False
        if contains(words, cue.phrases("sequential")):
            return True
    return contains(scan(claim.sentence), cue.phrases("sequential"))


def _pair(pack: ReferencePack, entity: str, metric: str, claim: Claim,
          published: dt.date | None) -> tuple[Fact, Fact, bool] | None:
    """(earlier, later, sure) facts: the ends of a named span, else the claim's period and its comparison
    period. When the words name no comparison and the pack lacks the year before, the period just before
    stands in ("slipped 0.2 percentage points to 74.6%" in a monthly bulletin), not sure: it may support the
    change, never contradict it."""
    if pair := span_facts(pack, entity, metric, claim, published):
        return pair[0], pair[1], True
    for current in facts_at(pack, entity, metric, claim, published)[:1]:
        facts = pack.facts_for(entity, metric)
        if base := _month_base(claim):
            # "down 0.3 per cent on August", "rose 0.9 per cent between August and September": the month named
            before = next((fact for fact in facts if fact.period == base and fact is not current), None)
            return (before, current, True) if before is not None else None
        if before := _earlier(facts, current, claim):
            return before, current, True
        # (not when the sentence says "a year earlier" of another item of its list: "Store sales rose 11%
        # year-over-year, while online sales grew 7%")
        if not _said_year_ago(claim) and not contains(scan(claim.sentence), check_words().phrases("year_ago")) \
                and (before := preceding_period(facts, current) or previous_event(facts, current)):
            return before, current, False
    return None


def _said_year_ago(claim: Claim) -> bool:
    """Whether the claim's metric or period words, or the figure's own stretch, say "a year earlier"."""
    phrases = check_words().phrases("year_ago")
    return any(contains(scan(text), phrases)
               for text in (f"{claim.metric or ''} {claim.period or ''}", figure_stretch(claim)[0]))


def check_growth(claim: Claim, pack: ReferencePack, published: dt.date | None) -> Finding | None:
    """Compare a stated change with the change between two periods in the pack.

    claim (Claim): a change claim (direction set, kind "change", or growth words with a relative unit).
    pack (ReferencePack): the reference pack.
    published (date | None): the article's date.
    RETURNS (Finding | None): None when the metric is itself a rate in the claim's unit (the direct rule
        applies) or when either period is missing.
    """
    found = series(pack, claim, base_phrase(claim.metric), None)
    if found is None:
        return None
    entity, metric = found
    if pack.metrics[metric].unit == claim.unit and claim.unit in ("percent", "ratio"):
        return None
    pair = _pair(pack, entity, metric, claim, published)
    computed = change(pair[0].value, pair[1].value, claim.unit, pair[1].unit) if pair else None
    if pair is None or computed is None:
        return None
    before, after, sure = pair
    judgement, expected = signed_judgement(claim, computed[0])
    if not sure and judgement.verdict == "contradicted":
        return None
    note = None
    if claim.direction and expected < 0:
        note = f"the claim says {'a rise' if claim.direction == 'up' else 'a fall'}; the reference moved the other way"
    finding = judged("growth", judgement, expected=expected, computation=computed[1], note=note,
                     reference=[before.as_reference(), after.as_reference()])
    return guarded(finding, loose_words(pack, claim, entity, metric), subject_caveats(pack, claim, entity))


def _month_base(claim: Claim) -> str | None:
    """The month a monthly change is measured from when a word of `month_base` names it right after the figure
    ("down 0.3 per cent on August") or starts the period the frame read ("between August and September"): the
    latest such month before the claim's own ("2025-08" for a September 2025 figure); None otherwise."""
    period = claim.period or ""
    if len(period) != 7 or period[4] != "-" or not period[:4].isdigit() or not period[5:].isdigit():
        return None
    texts = []
    stretch, at = figure_stretch(claim)
    if at >= 0:
        texts.append(stretch[at + len(claim.text):])
    if claim.frame is not None and claim.frame.period.text:
        texts.append(claim.frame.period.text)
    cues = check_words().phrases("month_base")
    skipped = check_words().words("month_base_skips")  # "on the August", "on August alone"
    for text in texts:
        words = [word for word in scan(text) if word.text not in skipped]
        for index in range(len(words)):
            length = starts(words, index, cues)
            if not length or index + length >= len(words):
                continue
            # only the figure's own comparison, the first one after it ("up 2.0% on the year but down 0.3% on
            # August": the 2.0% is on the year); a month is a name ("on August"), not a word like "may"
            month = words[index + length]
            query = parse_period(month.text)
            if (not text[month.start:month.start + 1].isupper() or query.kind != "month" or query.year is not None
                    or not query.quarter):
                break
            year, month = int(period[:4]), int(period[5:])
            base_year = year if query.quarter < month else year - 1
            return f"{base_year}-{query.quarter:02d}"
    return None
