"""Whether a period the frame carried from elsewhere in the article may still ground a contradiction.

A contradiction needs the claim's period resolved with confidence (`readings.period_pinned`: written
for the figure, or the fiscal period a results story reports on). A period carried from the article
is confirmed all the same when the sentence itself ties the figure to that period of the pack:

- a level in the figure's own clause states the pack's figure for one end of the change the rule
  computed ("the budget rises 6% to £1.27 billion" when the pack holds £1.27 billion for that year);
- the sentence says the figure is the present one ("unemployment is now ...", check.json
  `present_words`) and the carried period is the newest one of its length the pack holds that had
  ended by the publication date.
"""
from __future__ import annotations


import datetime as dt

from claimx.check.around import contains, place, scan
from claimx.check.context import is_change, status_of
from claimx.check.finding import Finding
from claimx.check.phrases import breaks_statement
from claimx.check.readings import dated_without_publication, period_pinned
from claimx.check.tolerance import judge
from claimx.check.units import convert
from claimx.check.words import check_words
from claimx.records import Claim
from claimx.reference.pack import ReferencePack
from claimx.reference.text import tokens


def _between(first: Claim, second: Claim) -> str | None:
    """The sentence text between two placed figures of one sentence, or None when either cannot be placed."""
    left, right = sorted((place(first), place(second)), key=lambda placed: placed.start if placed else -1)
    if left is None or right is None:
        return None
    return left.sentence[left.end:right.start]


def _level_states(claim: Claim, finding: Finding, siblings: list[Claim]) -> bool:
    """Whether the claim is a change and a level in its own clause (same status) matches the pack figure
    of one end of the change the finding computed."""
    if not is_change(claim) or len(finding.evidence.reference) < 2:
        return False
    for other in siblings:
        if other.id == claim.id or other.sentence != claim.sentence or is_change(other):
            continue
        between = _between(claim, other)
        if between is None or breaks_statement(between) or status_of(other) != status_of(claim):
            continue
        for ref in finding.evidence.reference:
            expected = convert(ref.value, ref.unit, other.unit)
            if expected is not None and judge(other, expected).verdict == "supported":
                return True
    return False


def _present_latest(claim: Claim, finding: Finding, pack: ReferencePack, published: dt.date | None) -> bool:
    """Whether the sentence calls the figure the present one and the claim's carried period is the newest
    period of its length, ended by `published`, that the pack holds for the measure compared."""
    if not contains(scan(claim.sentence), check_words().phrases("present_words")):
        return False
    return _newest_ended(claim, finding, pack, published)


def _story_season(claim: Claim, finding: Finding, pack: ReferencePack, published: dt.date | None) -> bool:
    """Whether the claim is a change the finding computed between two of the pack's periods, and its carried period is
    the two-year season or financial year the article itself writes for its story ("a fall of 3.8 points" in a
    report on 2024-25) and the newest period of its length, ended by `published`, that the pack holds for the
    measure: like a results story's fiscal quarter, the year the story's changes are over. A level is left alone: a
    count in the story's season may be a run or a span of its own ("unbeaten in 18 matches")."""
    if claim.frame is None or claim.frame.period.reason != "article" or not is_change(claim) \
            or claim.frame.period.kind not in ("season", "relative_season") or len(finding.evidence.reference) < 2:
        return False
    return _newest_ended(claim, finding, pack, published)


def _newest_ended(claim: Claim, finding: Finding, pack: ReferencePack, published: dt.date | None) -> bool:
    """Whether the claim's period is the newest period of its length, ended by `published`, that the pack holds for
    the measure the finding compared, and one the finding used."""
    refs = finding.evidence.reference
    if published is None or not refs:
        return False
    facts = pack.facts_for(refs[-1].entity, refs[-1].metric)
    own = next((fact for fact in facts if fact.period == claim.period), None)
    if own is None or own.end > published:
        return False
    same = [fact for fact in facts if abs(fact.days - own.days) <= 0.1 * own.days and fact.end <= published]
    return max(same, key=lambda fact: fact.end) is own and any(ref.period == own.period for ref in refs)



def carried_unfinished(claim: Claim, finding: Finding, pack: ReferencePack, published: dt.date | None) -> bool:
    """Whether the claim's period was carried from elsewhere in the article and the pack's fact of that period the
    finding used had not ended by the publication date: a reported figure cannot be that period's ("the cloud unit
    took in $33 billion in revenue" in a story of 31 October 2025 that also names "2025": the quarter's, not the year's). A
    measure the pack names as a plan (a word of check.json `target_words`: "budget", "allocation") is known before its
    period ends and is left to the other rules."""
    if published is None or claim.frame is None or claim.period is None or status_of(claim) != "reported" \
            or claim.frame.period.reason not in ("paragraph", "article", "list"):
        return False
    plans = check_words().words("target_words")
    for ref in finding.evidence.reference:
        if ref.period != claim.period:
            continue
        names = (*pack.metrics[ref.metric].synonyms, ref.metric.replace("_", " ")) if ref.metric in pack.metrics else ()
        if any(set(tokens(name)) & plans for name in names):
            continue  # a budget, allocation or plan is set before its period begins: known before it ends
        fact = next((fact for fact in pack.facts_for(ref.entity, ref.metric) if fact.period == ref.period), None)
        if fact is not None and fact.end > published:
            return True
    return False


def period_confirmed(claim: Claim, finding: Finding, pack: ReferencePack, siblings: list[Claim],
                     published: dt.date | None) -> bool:
    """Whether the claim's period may ground the contradiction `finding`: pinned by the frame, or
    confirmed by its sentence (see the module's docstring).

    claim (Claim): the claim.
    finding (Finding): a contradiction a reference rule found.
    pack (ReferencePack): the reference pack.
    siblings (list[Claim]): the claims of the same article.
    published (date | None): the article's date.
    RETURNS (bool): True when the contradiction may stand.
    """
    if published is None and claim.period is not None and not dated_without_publication(claim):
        return False  # no publication date: see `dated_without_publication`
    if carried_unfinished(claim, finding, pack, published):
        return False
    if period_pinned(claim):
        return True
    if claim.frame is None or claim.period is None or claim.frame.period.reason not in ("paragraph", "article", "list"):
        return False
    return _level_states(claim, finding, siblings) or _present_latest(claim, finding, pack, published) \
        or _story_season(claim, finding, pack, published)
