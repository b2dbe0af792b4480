"""Words that say what kind of figure a claim is: a share, a change, a gap, a multiple, a total, a plan.

The checker picks its rule from these cues in the metric phrase (and, for a few, the quantity as
written), never from the entity or the article. The words are lists of rules/check.json, looked up over
the phrase's words (`claimx.check.phrases`), never patterns.
"""
from __future__ import annotations

from typing import Literal

from claimx.check.around import scan
from claimx.check.phrases import has, is_multiple, is_share, phrases, rule_spans, says_rate
from claimx.records import Claim

Family = Literal["direct", "share", "growth", "difference", "multiple", "rate"]


def base_phrase(metric: str | None) -> str:
    """The metric phrase without its share/change/gap/multiple words: "share of total revenue" -> "revenue"."""
    phrase = metric or ""
    words = scan(phrase)
    kept, cursor = [], 0
    for at, length in rule_spans(words):
        kept.append(phrase[cursor:words[at].start])
        cursor = words[at + length - 1].end
    kept.append(phrase[cursor:])
    return " ".join(" ".join(kept).split())


def says_growth(text: str | None) -> bool:
    """Whether `text` has a change word ("growth", "rose", "down")."""
    return has(text, "growth_cues")


def says_total(text: str | None) -> bool:
    """Whether `text` has a total word ("total", "combined", "in all")."""
    return has(text, "total_cues")


def reached_level(claim: Claim) -> bool:
    """Whether the word right before the figure is one of check.json `to_words`: "then rising to $660", "compared to
    $500": the figure is a level (reached, or compared with), never the size of a change, even when the frame's metric
    took a change word from elsewhere in the sentence ("rent increases were weakest in ...")."""
    if claim.frame is None:
        return False
    words = scan(claim.sentence[:max(0, claim.start - claim.frame.sentence_start)])
    return bool(words) and (words[-1].text.lower(),) in phrases("to_words")


def family(claim: Claim) -> Family:
    """Which verdict rule a claim calls for, from its unit, kind, direction and metric words.

    claim (Claim): the claim.
    RETURNS (Family): "direct" unless the wording marks a share, a change, a gap, a multiple or a rate.
    """
    metric = claim.metric or ""
    relative = claim.unit in ("ratio", "percent", "percentage_point")
    if has(metric, "difference_cues"):
        return "difference"
    if relative and is_share(metric) and not claim.direction:
        return "share"
    if claim.unit == "ratio" and (claim.kind == "multiple" or is_multiple(claim.text) or is_multiple(metric)
                                  or (claim.value >= 1 and says_growth(metric) and not claim.direction)):
        return "multiple"
    if claim.direction or claim.kind == "change" or (says_growth(metric) and not reached_level(claim)):
        # (a count the metric calls a change, "150 more officers" read as "officers growth", is a change too: the
        # pack's level of officers is no figure of it; a figure after "to" is the level reached, whatever the metric)
        return "growth"
    if says_rate(metric):
        return "rate"
    return "direct"
