"""Share of a named whole: a fraction set beside a figure of its sentence and followed by "of" and the whole it is a
share of ("carried 812,000 passengers in January, nearly three in five of the airport's total"; "as many as 60,000
people, roughly one in three of the town's population"). The part is the level the sentence states just before the
fraction; the whole is the pack's figure of the entity named in the "of" words, in the measure those words name
(the town's *population*) or, when they name none ("the airport's total"), in the part's own measure. The period is
the claim's when the pack keeps the whole for it; a head count (a measure named with a word of check.json
`head_nouns`: a population) is otherwise its latest count by the article's date, as "the town's population" means.
The pairing is read from the sentence's shape, so it may support the claim, never contradict it.
"""
from __future__ import annotations

import datetime as dt

from claimx.check.around import breaks, place, scan
from claimx.check.context import is_change
from claimx.check.finding import Finding, judged
from claimx.check.lookup import facts_at
from claimx.check.tolerance import fmt, judge
from claimx.check.units import convert
from claimx.check.words import check_words
from claimx.records import Claim
from claimx.reference.entities import entity_mentions
from claimx.reference.metrics import metric_mentions, resolve_metric
from claimx.reference.pack import Fact, ReferencePack
from claimx.reference.text import tokens

_RELATIVE = ("ratio", "percent")


def _of_words(claim: Claim) -> str | None:
    """The words of the "of" phrase right after the figure, up to the end of its stretch of the sentence ("the
    airport's total"); None when the figure is not followed by "of"."""
    placed = place(claim)
    if placed is None:
        return None
    words = scan(placed.after)
    if len(words) < 2 or words[0].text.lower() != "of":
        return None
    end = next((at for at in range(1, len(words)) if words[at].text == "," or breaks(words, at)), len(words))
    return placed.after[words[1].start:words[end - 1].end] if end > 1 else None


def _part(claim: Claim, siblings: list[Claim]) -> Claim | None:
    """The level the sentence states just before the fraction (a count, an amount or a physical quantity)."""
    before = [other for other in siblings if other.id != claim.id and other.sentence == claim.sentence
              and other.end <= claim.start and other.unit not in (*_RELATIVE, "percentage_point")
              and not is_change(other) and other.value]
    return max(before, key=lambda other: other.end, default=None)


def _is_head_count(pack: ReferencePack, metric: str) -> bool:
    nouns = check_words().words("head_nouns")
    names = (*pack.metrics[metric].synonyms, metric.replace("_", " "))
    return pack.metrics[metric].unit == "count" and any(set(tokens(name)) & nouns for name in names)


def _whole_fact(pack: ReferencePack, entity: str, metric: str, claim: Claim, published: dt.date | None) -> Fact | None:
    """The whole's figure for the claim's period; for a head count, else its latest count by the article's date."""
    found = facts_at(pack, entity, metric, claim, published)[:1] if claim.period else []
    if found:
        return found[0]
    if not _is_head_count(pack, metric) or published is None:
        return None
    counted = [fact for fact in pack.facts_for(entity, metric) if fact.end <= published]
    return max(counted, key=lambda fact: fact.end, default=None)


def check_share_of_named_whole(claim: Claim, pack: ReferencePack, published: dt.date | None,
                               siblings: list[Claim]) -> Finding | None:
    """Support a fraction of a named whole with the sentence's own figure over the pack's figure of the whole.

    claim (Claim): a level in percent or a ratio, followed by "of" and words naming an entity of the pack.
    pack (ReferencePack): the reference pack.
    published (date | None): the article's date.
    siblings (list[Claim]): the claims of the same article (the part is one of them).
    RETURNS (Finding | None): a supporting finding, else None (never a contradiction).
    """
    if claim.unit not in _RELATIVE or is_change(claim) or claim.kind == "multiple":
        return None
    words = _of_words(claim)
    part = _part(claim, siblings) if words else None
    if part is None:
        return None
    named = list(dict.fromkeys(entity for _, _, entity in entity_mentions(pack, words)))
    if len(named) != 1:
        return None
    whole = named[0]
    measures = [metric for _, _, metric in metric_mentions(pack, words) if metric in pack.metrics_of(whole)]
    if not measures and (own := resolve_metric(pack, part.metric, unit=part.unit, entity=whole)) is not None:
        measures = [own] if own in pack.metrics_of(whole) else []
    for metric in dict.fromkeys(measures):
        fact = _whole_fact(pack, whole, metric, claim, published)
        total = convert(fact.value, fact.unit, part.unit) if fact is not None else None
        if not total:
            continue
        ratio = part.value / total
        expected = convert(ratio, "ratio", claim.unit)
        if expected is None:
            continue
        judgement = judge(claim, expected)
        if judgement.verdict != "supported":
            continue
        return judged("share", judgement, expected=expected,
                      computation=f"{fmt(part.value)} / {fact.entity} {fact.metric} {fact.period} {fmt(total)} = "
                                  f"{ratio:.3f}",
                      reference=[fact.as_reference()], related=[part.id])
    return None
