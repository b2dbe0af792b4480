"""What the claim's sentence says around the figure: other readings of it, and reasons not to contradict.

The pipeline's subject, metric and period are plain words and can miss what the sentence makes
plain: "Operating profit climbed to €1.12 billion" when the metric came out as "profit"; "from €980
million" being last year's figure; "2.1 points per game" being a rate. These helpers let the checker
consider such readings (any reading the figure matches supports it) and hold back a contradiction
when the sentence shows the comparison is not like for like.
"""
from __future__ import annotations

import datetime as dt

from claimx.check.around import Word, contains, first_within, place, scan, sentence_position, starts
from claimx.check.cues import says_growth
from claimx.check.words import check_words
from claimx.records import Claim
from claimx.reference.entities import mentioned_entities
from claimx.reference.metrics import is_vague, metric_scores
from claimx.reference.pack import Fact, ReferencePack
from claimx.reference.periods import lookback_years, previous_event, previous_period
from claimx.reference.text import tokens

__all__ = ["sentence_position"]  # placed by the frame's offsets (claimx.check.around)


def _from_before(words: list[Word]) -> bool:
    """Whether the words before the figure end in a "from" and at most "the" and one more word
    ("up from €8.42 billion", "from the revised 412")."""
    cue = check_words().phrases("earlier_from")
    tail = [word.text for word in words[-3:]]
    if any(word.mark for word in words[-3:]):
        tail = tail[max(i for i, word in enumerate(words[-3:]) if word.mark) + 1:]
    for back in range(1, len(tail) + 1):
        if (tail[-back],) in cue and (back <= 2 or tail[-back + 1] == "the"):
            return True
    return False


def _years_ago_after(words: list[Word], window: int) -> tuple[int, str] | None:
    """(index, count word) of "<count> year(s) earlier/ago/before" among the first words after the figure."""
    cue = check_words()
    for at, word in enumerate(words[:window + 1]):
        if word.mark:
            return None
        if at + 2 < len(words) and starts(words, at + 1, cue.phrases("years")) and starts(words, at + 2, cue.phrases("ago")):
            return at, word.text
    return None


def is_earlier_figure(claim: Claim) -> bool:
    """True for the "before" figure of a change ("up from €8.42 billion a year earlier")."""
    placed = place(claim)
    if placed is None:
        return False
    cue = check_words()
    before, after = placed.words_before(), placed.words_after()
    tail = before[-cue.windows["earlier_before"]:]
    ends_last_year = any(len(phrase) <= len(before) and starts(before, len(before) - len(phrase), (phrase,))
                         for phrase in cue.phrases("earlier_end"))
    return (_from_before(before) or contains(tail, cue.phrases("earlier_before")) or ends_last_year
            or _years_ago_after(after, cue.windows["earlier_after"]) is not None
            or first_within(after, cue.phrases("earlier_after"), cue.windows["earlier_after"]) is not None)


def earlier_readings(facts: list[Fact], found: list[Fact], claim: Claim) -> list[Fact]:
    """The periods a year (or "two years ago": two) before `found`, when the claim is the earlier figure
    of a change."""
    if not is_earlier_figure(claim):
        return []
    placed = place(claim)
    ago = _years_ago_after(placed.words_after(), 0) if placed else None
    years = lookback_years(f"over {ago[1]} years") if ago else None
    # (a figure counted on one day, an election's, is compared with the one counted before it: the previous election)
    earlier = [previous_period(facts, fact, years=years or 1) or (previous_event(facts, fact) if ago is None else None)
               for fact in found]
    return [fact for fact in earlier if fact is not None and fact not in found]


def metric_readings(pack: ReferencePack, claim: Claim, entity: str) -> list[str]:
    """Other measures of `entity` the sentence names that the claim's metric words may be short for.

    A measure qualifies when one of its synonyms occurs in full in the sentence and its synonyms together
    contain every word of the claim's metric phrase: "Operating profit climbed to ..." for "profit";
    "scored 74 goals while conceding 38" offers both goals scored and goals conceded for "goals".
    """
    said = set(tokens(claim.metric))
    if not said:
        return []
    sentence = set(tokens(claim.sentence))
    scores = metric_scores(pack, claim.sentence)
    found = []
    for metric in pack.metrics_of(entity):
        synonyms = [set(tokens(synonym)) for synonym in pack.metrics[metric].synonyms]
        if said <= set().union(*synonyms) and any(words and words <= sentence for words in synonyms):
            found.append(metric)
    return sorted(found, key=lambda metric: -scores.get(metric, 0))


def is_rate(claim: Claim) -> bool:
    """Whether the figure, or the claim's metric phrase where the frame placed it, is followed by a rate
    word and what it is per ("2.1 points per game", "goals per game of 2.1")."""
    cue = check_words()
    placed = place(claim)
    if placed is None:
        return False
    found = first_within(placed.words_after(), cue.phrases("rate_words"), cue.windows["rate"])
    words = placed.words_after()
    if found is not None and found[0] + found[1] < len(words) and not words[found[0] + found[1]].mark:
        return True
    metric = claim.frame.metric if claim.frame is not None else None
    if metric is None or metric.end is None:
        return False
    after_metric = scan(claim.sentence[max(0, metric.end - claim.frame.sentence_start):])
    return bool(after_metric) and starts(after_metric, 0, cue.phrases("rate_words")) > 0


def is_average(claim: Claim) -> bool:
    """Whether the figure is a rate or an average by its own words: its text or metric words hold a rate
    or average word ("average spending per club"), or a rate word follows it (`is_rate`)."""
    cue = check_words()
    words = scan(f"{claim.text} {claim.metric or ''}")
    return contains(words, cue.phrases("rate_words") + cue.phrases("average_words")) or is_rate(claim)


def _names_any(claim: Claim, key: str) -> bool:
    """Whether the claim's sentence has one of the words of list `key`."""
    cue = check_words()
    return contains(scan(claim.sentence), cue.phrases(key))


def caveats(claim: Claim, fact: Fact, published: dt.date | None) -> list[str]:
    """Reasons a mismatch with `fact` would not be clear evidence against the claim.

    claim (Claim): the claim.
    fact (Fact): the pack figure it was compared with.
    published (date | None): the article's date.
    RETURNS (list[str]): empty when a contradiction would be sound.
    """
    reasons = []
    if is_vague(claim.metric):
        reasons.append("the claim names no measure; the pack's measure was inferred from its unit")
    if is_rate(claim):
        reasons.append("the sentence states a rate ('per ...'), not a total")
    # the "from" figure of a planned change is what was: it is compared like any reported figure
    if published and fact.end < published and _names_any(claim, "plan_words") and not is_earlier_figure(claim):
        reasons.append("the sentence speaks of a plan, but the pack's figure is for a period already ended")
    return reasons


def _written_as_name(pack: ReferencePack, entity: str, sentence: str) -> bool:
    """Whether the sentence writes one of the entity's names that the pack spells with a capital as it is spelled,
    standing alone ("Sam's Club"; not "buses" for a bus network)."""
    for name in pack.entities[entity].names:
        if not name[:1].isupper():
            continue
        at = sentence.find(name)
        while at >= 0:
            before = sentence[at - 1] if at > 0 else " "
            after = sentence[at + len(name)] if at + len(name) < len(sentence) else " "
            if not before.isalnum() and not after.isalnum():
                return True
            at = sentence.find(name, at + 1)
    return False


def subject_caveats(pack: ReferencePack, claim: Claim, entity: str) -> list[str]:
    """Reasons to doubt the claim is about `entity`'s reported figure: its sentence names no member of the
    entity's family but speaks of a part ("the division", "the unit") and the entity has parts, so the
    subject was probably carried over from an earlier sentence; or it restates the figure on another
    basis (check.json 'basis_words': "constant currency", "excluding", "like-for-like")."""
    family = {member for member in pack.lineage(entity)} | {
        other.id for other in pack.entities.values() if entity in pack.lineage(other.id)}
    named = set(mentioned_entities(pack, claim.sentence))
    has_parts = any(other.parent == entity for other in pack.entities.values())
    reasons = []
    if has_parts and not named & family and _names_any(claim, "part_words"):
        reasons.append(f"the sentence speaks of a part of {entity} without naming it")
    parts = [other for other in sorted(named) if other != entity and entity in pack.lineage(other)
             and _written_as_name(pack, other, claim.sentence)]
    if parts:
        # "Walmart's Sam's Club sales climbed 2.9% in the holiday quarter": the subject took the company, but the sentence names a part of it,
        # whose figure the claim may well be (by a name, not a common noun the pack lists for it: "buses and trains")
        reasons.append(f"the sentence names a part of {entity} ({', '.join(parts)}) the figure may be about")
    if _names_any(claim, "basis_words"):
        # "on a constant-currency basis, revenue rose 4.9%": a reported figure restated, which the pack lacks
        reasons.append("the sentence restates the figure on another basis (constant currency, excluding items, "
                       "like-for-like) than the reported one")
    return reasons


def status_of(claim: Claim) -> str:
    """The frame's status (reported, forecast, estimate, market); a claim without a frame is reported."""
    return claim.frame.status if claim.frame is not None else "reported"


def is_change(claim: Claim) -> bool:
    """True for a stated rise or fall rather than a level."""
    return claim.direction is not None or claim.kind == "change"


def names_change(pack: ReferencePack, metric: str) -> bool:
    """True for a metric whose names say it is a change ("eCommerce sales growth"): its figures are signed."""
    return any(says_growth(synonym) for synonym in pack.metrics[metric].synonyms)


def describes_change(pack: ReferencePack, metric: str) -> bool:
    """True for a metric that is itself a change ("eCommerce sales growth") or a rate in percent."""
    return pack.metrics[metric].unit in ("percent", "ratio", "percentage_point") or names_change(pack, metric)


def _apart(pack: ReferencePack, claim: Claim, joiners: str) -> list[str]:
    """The entities of the pack the claim's subject joins with a word of check.json's list `joiners`, none part of
    another; empty unless there are two or more."""
    subject = claim.subject or ""
    named = list(dict.fromkeys(mentioned_entities(pack, subject)))
    apart = [entity for entity in named
             if not any(other != entity and (other in pack.lineage(entity) or entity in pack.lineage(other))
                        for other in named)]
    if len(apart) < 2 or not contains(scan(subject), check_words().phrases(joiners)):
        return []
    return apart


def combined_subject(pack: ReferencePack, claim: Claim) -> list[str]:
    """A reason to doubt a single entity's figure is the claim's: its subject joins two or more entities of the
    pack, none part of another, with a word of check.json's `pair_joiners` ("Isvardi and West Aurelan together
    added 21.2 mm"): the figure may be their sum."""
    apart = _apart(pack, claim, "pair_joiners")
    return [f"the subject joins several entities ({', '.join(apart)}): the figure may be their sum"] if apart else []


def summed_entities(pack: ReferencePack, claim: Claim) -> list[str]:
    """The entities whose figures the claim states the sum of: its subject joins two or more of the pack's, none part
    of another, with a word of check.json's `sum_joiners` ("Isvardi and West Aurelan"; never "Amazon vs Walmart"),
    and the figure's own stretch of its sentence or its metric words hold a word of `total_cues` ("the two ice
    sheets together added 21.2 mm", "a combined 3.7 million staff"). Empty otherwise."""
    from claimx.check.readings import figure_stretch  # (readings imports this module)

    apart = _apart(pack, claim, "sum_joiners")
    if not apart or not contains(scan(f"{figure_stretch(claim)[0]} {claim.metric or ''}"), check_words().phrases("total_cues")):
        return []
    return apart
