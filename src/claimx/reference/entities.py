"""Resolve a claim's subject (plain words) to an entity of a reference pack.

Matching works on normalised tokens (`claimx.reference.text.tokens`): a name or alias matches when all
its tokens occur in the subject (or in the metric phrase, which often names the segment: "Walmart" +
"U.S. eCommerce sales" is Walmart U.S.). The most specific match wins; a segment whose company is not
the company the words name is dropped, and a tie between unrelated entities resolves to nothing.
"""
from __future__ import annotations

import re

from claimx.reference.pack import ReferencePack
from claimx.reference.text import lexicon, tokens

# Words that never distinguish one entity from another.
_NOISE = lexicon("the a an of it its their inc corp corporation ltd plc llc co company group holding")
# Words a segment's name shares with many others; they cannot single one out.
_GENERIC = lexicon("service business unit segment division operation sale revenue total")
_EXACT = 100.0
_SEPARATORS = re.compile(r"\s+(?:vs\.?|versus|and|&|compared (?:with|to)|against)\s+|\s*/\s*", re.IGNORECASE)


def _words(text: str | None) -> list[str]:
    return [word for word in tokens(text) if word not in _NOISE]


def _scores(pack: ReferencePack, subject: list[str]) -> dict[str, float]:
    """Best match score of every entity any of whose names matches the subject's words at all."""
    said = set(subject)
    compact = "".join(subject)
    scores: dict[str, float] = {}
    for entity in pack.entities.values():
        best = 0.0
        for name in entity.names:
            words = _words(name)
            if not words:
                continue
            if words == subject or "".join(words) == compact:
                best = max(best, _EXACT + len(words))
            elif set(words) <= said:
                # Among names of equal length, the one reaching further right holds the phrase's head noun
                # ("Amazon Web Services advertising unit" is an advertising unit).
                reach = max(subject.index(word) for word in words) / len(subject)
                best = max(best, len(words) + 0.1 * reach)
            elif said < set(words):
                # "Amazon advertising" names "Amazon advertising services" only partially.
                best = max(best, len(said) - 0.5)
        if best > 0:
            scores[entity.id] = best
    return scores


def _pick(pack: ReferencePack, scores: dict[str, float]) -> str | None:
    """The single best-scoring entity, preferring a segment over its own company on a tie."""
    if not scores:
        return None
    top = max(scores.values())
    best = [entity for entity, score in scores.items() if score == top]
    deepest = max(best, key=lambda entity: len(pack.lineage(entity)))
    if all(entity in pack.lineage(deepest) for entity in best):
        return deepest
    return None


def _refine(pack: ReferencePack, entity: str, words: set[str]) -> str | None:
    """The segment of `entity` that `words` single out ("Walmart" + "U.S. sales" -> Walmart U.S.).

    RETURNS (str | None): `entity` itself when no segment is named, None when several are.
    """
    known = {word for ancestor in pack.lineage(entity) for name in pack.entities[ancestor].names
             for word in _words(name)}
    # A measure's one-word name ("budget", "sales") does not single out a part whose alias holds it
    # ("health budget"): "the Executive's budget" is the whole's.
    measures = {word for metric in pack.metrics.values() for synonym in metric.synonyms
                if len(found := _words(synonym)) == 1 for word in found}
    matched: dict[str, tuple[int, float]] = {}
    for candidate in pack.entities.values():
        if candidate.id == entity or entity not in pack.lineage(candidate.id)[1:]:
            continue
        for name in candidate.names:
            distinctive = set(_words(name)) - known - _GENERIC
            hits = len(distinctive & words)
            # One word of a three-word name ("treatment" of "Riverside Treatment Centre") is not enough.
            if hits and hits / len(distinctive) >= 0.5 and (distinctive & words) - measures:
                # Among equal counts, the name the words cover more completely wins.
                score = (hits, hits / len(distinctive))
                matched[candidate.id] = max(matched.get(candidate.id, score), score)
    if not matched:
        return entity
    top = max(matched.values())
    best = [candidate for candidate, count in matched.items() if count == top]
    return best[0] if len(best) == 1 else None


def resolve_entity(pack: ReferencePack, subject: str | None, context: str | None = None) -> str | None:
    """The id of the entity `subject` names, or None when no entity or more than one fits.

    pack (ReferencePack): the pack to resolve against.
    subject (str | None): the claim's subject, e.g. "Walmart's", "Amazon's advertising unit", "AWS".
    context (str | None): more words about the figure, usually the metric phrase; a segment of the
        subject's entity named there is preferred ("Walmart" + "U.S. eCommerce sales" -> Walmart U.S.).
    RETURNS (str | None): an entity id.
    """
    words = _words(subject)
    if not words:
        return None
    scores = _scores(pack, words)
    named_roots = {entity for entity, score in scores.items()
                   if score >= 1 and pack.entities[entity].parent is None}
    if named_roots:
        scores = {entity: score for entity, score in scores.items() if pack.root(entity) in named_roots}
    entity = _pick(pack, scores)
    if entity is None:
        return None
    return _refine(pack, entity, set(words) | set(_words(context)))


def resolve_entities(pack: ReferencePack, subject: str | None, context: str | None = None) -> list[str]:
    """The distinct entities a compound subject names ("Amazon vs Walmart", "Amazon and Walmart").

    pack (ReferencePack): the pack to resolve against.
    subject (str | None): the claim's subject.
    context (str | None): the metric phrase, passed on to `resolve_entity`.
    RETURNS (list[str]): entity ids in the order named; one element for a simple subject, empty if none resolve.
    """
    found: list[str] = []
    for part in _SEPARATORS.split(subject or ""):
        entity = resolve_entity(pack, part, context)
        if entity and entity not in found:
            found.append(entity)
    if not found and (whole := resolve_entity(pack, subject, context)):
        found.append(whole)
    return found


def entity_mentions(pack: ReferencePack, text: str | None) -> list[tuple[int, int, str]]:
    """Where entities are named in full (by name or alias, as consecutive words) in `text`.

    pack (ReferencePack): the pack.
    text (str | None): free text, such as a sentence.
    RETURNS (list[tuple[int, int, str]]): (first token, end token, entity id) in text order, positions in
        `tokens(text)`; a name inside a longer matched name is dropped.
    """
    words = tokens(text)
    spans: list[tuple[int, int, str]] = []
    for entity in pack.entities.values():
        for name in entity.names:
            target = _words(name)
            size = len(target)
            for start in range(len(words) - size + 1 if size else 0):
                if words[start:start + size] == target:
                    spans.append((start, start + size, entity.id))
    kept = [span for span in spans
            if not any(o[0] <= span[0] and span[1] <= o[1] and (o[1] - o[0]) > (span[1] - span[0]) for o in spans)]
    return sorted(set(kept))


def mentioned_entities(pack: ReferencePack, text: str | None) -> list[str]:
    """Entities named in full (by name or alias, as consecutive words) anywhere in `text`.

    pack (ReferencePack): the pack.
    text (str | None): free text, such as a sentence or a metric phrase.
    RETURNS (list[str]): entity ids in order of first mention; a name inside a longer matched name is dropped.
    """
    found: list[str] = []
    for _, _, entity in entity_mentions(pack, text):
        if entity not in found:
            found.append(entity)
    return found
