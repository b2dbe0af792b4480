"""Per-head rule: an amount stated per person ("about £1,480 for every resident", "$310 per head") is an amount the
pack keeps over the head count it keeps (a population), neither of which the article need write.

Which words make a figure per head is data: check.json `per_head_words` ("per", "every") followed by a word of
`head_nouns` ("person", "resident", "capita"); the head count is a count measure of the entity or one of its ancestors
whose names hold a word of `head_nouns` ("population", "residents"). The amount is the one the sentence names for the
claim's entity or an entity its sentence (or the part carried from the sentences before) names, in the claim's period;
the head count is the latest one counted by the end of that period. The pairing is inferred, so it may support the
claim, never contradict it.
"""
from __future__ import annotations

import datetime as dt

from claimx.check.around import place
from claimx.check.context import is_change
from claimx.check.finding import Finding, judged
from claimx.check.lookup import entity_candidates, facts_at
from claimx.check.readings import carried_part, fits, nearest_entities, nearest_metrics
from claimx.check.tolerance import fmt, judge
from claimx.check.units import convert
from claimx.check.words import check_words
from claimx.records import Claim
from claimx.reference.pack import Fact, ReferencePack
from claimx.reference.text import tokens


def per_head(claim: Claim) -> bool:
    """Whether the words right after the figure say it is per head: a word of `per_head_words` followed by a word of
    `head_nouns`, within the next four words ("£12,900 for every person", "$310 per head")."""
    placed = place(claim)
    if placed is None:
        return False
    cue = check_words()
    words = [word.text for word in placed.words_after()[:4]]
    return any(word in cue.words("per_head_words") and following in cue.words("head_nouns")
               for word, following in zip(words, words[1:]))


def _head_count(pack: ReferencePack, entity: str, by: dt.date) -> Fact | None:
    """The latest head count (a count measure named with a word of `head_nouns`) the pack keeps for `entity` or its
    nearest ancestor that has one, counted by `by`."""
    nouns = check_words().words("head_nouns")
    for member in pack.lineage(entity):
        counts = [metric for metric in pack.metrics_of(member) if pack.metrics[metric].unit == "count" and any(
            set(tokens(name)) & nouns for name in (*pack.metrics[metric].synonyms, metric.replace("_", " ")))]
        facts = [fact for metric in counts for fact in pack.facts_for(member, metric) if fact.end <= by]
        if facts:
            return max(facts, key=lambda fact: fact.end)
    return None


def check_per_head(claim: Claim, pack: ReferencePack, published: dt.date | None, siblings: list[Claim],
                   text: str | None = None) -> Finding | None:
    """Support an amount per head with the pack's amount over its head count.

    claim (Claim): a level in a currency whose words after the figure say it is per head (`per_head`).
    pack (ReferencePack): the reference pack.
    published (date | None): the article's date.
    siblings (list[Claim]): the claims of the same article, for a part carried from the sentences before.
    text (str | None): the article's text, when at hand (`readings.lead_in`).
    RETURNS (Finding | None): a supporting finding, else None (never a contradiction).
    """
    if not claim.unit.isupper() or is_change(claim) or not per_head(claim):
        return None
    carried = carried_part(pack, claim, siblings, text)
    entities = list(dict.fromkeys(nearest_entities(pack, claim) + ([carried] if carried else [])
                                  + entity_candidates(pack, claim)))
    measures = [metric for metric, _ in nearest_metrics(pack, claim)]
    for entity in entities:
        for metric in measures:
            if not fits(pack, claim, metric):
                continue
            for fact in facts_at(pack, entity, metric, claim, published)[:1]:
                heads = _head_count(pack, entity, fact.end)
                amount = convert(fact.value, fact.unit, claim.unit)
                if heads is None or amount is None or not heads.value:
                    continue
                expected = amount / heads.value
                judgement = judge(claim, expected)
                if judgement.verdict != "supported":
                    continue
                return judged("derived", judgement, expected=expected,
                              computation=f"{fact.entity} {fact.metric} {fact.period} {fmt(fact.value)} / "
                                          f"{heads.entity} {heads.metric} {heads.period} {fmt(heads.value)} = "
                                          f"{fmt(expected)} {claim.unit} a head",
                              reference=[fact.as_reference(), heads.as_reference()])
    return None
