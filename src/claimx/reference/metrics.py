"""Resolve a metric phrase ("annual sales", "U.S. eCommerce sales growth") to a metric of a reference pack.

A synonym matches when all its normalised tokens occur in the phrase; the longest matching synonym
wins, so "net sales" beats "sales" and "operating profit" beats "profit". A phrase that says nothing
specific ("the figure", "total") is resolved from the claim's unit when exactly one metric fits.
"""
from __future__ import annotations

from claimx.reference.pack import Metric, ReferencePack
from claimx.reference.text import STOP, lexicon, tokens

# Words that do not say which metric is meant.
VAGUE = lexicon("figure amount number total value level annual quarterly yearly year fiscal full the a an of in "
                "for it its their company group firm consolidated business overall reported last latest most recent whole")


def metric_scores(pack: ReferencePack, phrase: str | None) -> dict[str, int]:
    """How many tokens of each metric's best-matching synonym the phrase contains in full.

    pack (ReferencePack): the pack.
    phrase (str | None): the metric phrase.
    RETURNS (dict[str, int]): metric id -> size of its longest synonym found in the phrase (absent if none).
    """
    said = set(tokens(phrase)) - STOP
    scores: dict[str, int] = {}
    for metric in pack.metrics.values():
        for synonym in _names(metric):
            words = set(tokens(synonym)) - STOP
            if words and words <= said:
                scores[metric.id] = max(scores.get(metric.id, 0), len(words))
    return scores


def metric_mentions(pack: ReferencePack, text: str | None, *, contiguous: bool = True) -> list[tuple[int, int, str]]:
    """Where the metrics' synonyms occur in `text`.

    pack (ReferencePack): the pack.
    text (str | None): free text, such as a sentence or one clause of it.
    contiguous (bool): whether a synonym's words must stand together ("vacancy rate"); when False, its
        content words may be spread over the text ("covering 18.4% of operating costs").
    RETURNS (list[tuple[int, int, str]]): (first token, end token, metric id) in text order, positions in
        `tokens(text)`; for a metric matched several ways, the longest match.
    """
    words = tokens(text)
    found: dict[tuple[int, str], tuple[int, int, str]] = {}
    for metric in pack.metrics.values():
        for synonym in _names(metric):
            target = tokens(synonym)
            content = [word for word in target if word not in STOP] or target
            if contiguous:
                hits = [(start, start + len(target)) for start in range(len(words) - len(target) + 1)
                        if words[start:start + len(target)] == target]
            elif set(content) <= set(words):
                places = [words.index(word) for word in content]
                hits = [(min(places), max(places) + 1)]
            else:
                hits = []
            for start, end in hits:
                key = (start, metric.id)
                if key not in found or end - start > found[key][1] - found[key][0]:
                    found[key] = (start, end, metric.id)
    return sorted(found.values())


def _names(metric: Metric) -> tuple[str, ...]:
    # The id ("project_cost") stands in for synonyms only when a pack gives none.
    return metric.synonyms or (metric.id.replace("_", " "),)


def uncovered(pack: ReferencePack, metric: str, phrase: str | None, *, ignore: set[str] = frozenset()) -> set[str]:
    """Content words of `phrase` that no synonym of `metric` accounts for ("home" in "home league games").

    Such words suggest the claim measures something narrower than the pack's figure, so a mismatch is
    not evidence against it.

    pack (ReferencePack): the pack.
    metric (str): the resolved metric id.
    phrase (str | None): the claim's metric phrase, without share/change words.
    ignore (set[str]): more tokens to disregard, such as the entity's name words and period words.
    RETURNS (set[str]): the unexplained tokens; empty when the phrase is fully accounted for.
    """
    covered = {word for synonym in _names(pack.metrics[metric]) for word in tokens(synonym)}
    return set(tokens(phrase)) - covered - STOP - VAGUE - set(ignore)


def is_vague(phrase: str | None) -> bool:
    """True when `phrase` names no measure at all ("the total", "its annual figure", nothing)."""
    return not set(tokens(phrase)) - VAGUE


def resolve_metric(pack: ReferencePack, phrase: str | None, *, unit: str | None = None,
                   entity: str | None = None) -> str | None:
    """The id of the metric `phrase` means, or None when none or several fit equally.

    pack (ReferencePack): the pack.
    phrase (str | None): the claim's metric phrase.
    unit (str | None): the claim's unit; breaks ties, and picks the metric when the phrase is vague.
    entity (str | None): the resolved entity; metrics it has facts for are preferred.
    RETURNS (str | None): a metric id.
    """
    scores = metric_scores(pack, phrase)
    if scores:
        top = max(scores.values())
        candidates = [metric for metric, score in scores.items() if score == top]
    elif is_vague(phrase) and unit is not None:
        candidates = [metric.id for metric in pack.metrics.values() if metric.unit == unit]
        if entity is not None:
            candidates = [metric for metric in candidates if metric in pack.metrics_of(entity)]
    else:
        return None
    for prefer in (
        lambda metric: entity is not None and metric in pack.metrics_of(entity),
        lambda metric: unit is not None and pack.metrics[metric].unit == unit,
    ):
        if len(candidates) > 1 and any(prefer(metric) for metric in candidates):
            candidates = [metric for metric in candidates if prefer(metric)]
    return candidates[0] if len(candidates) == 1 else None
