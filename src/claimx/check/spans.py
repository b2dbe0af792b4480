"""Internal checks of a figure stated after the levels it is computed from, each written with its own period.

A multiple written after both of its levels ("It lost 268 Gt a year between 2015 and 2024 ... In 1995-2004 it lost 71 Gt
a year, which means the rate has risen roughly five times") names no figure after it for `internal_multiple` to take as
its base. Its levels are the subject's two figures in one unit, each with the period written for it in its sentence:
the one of the claim's own period and an earlier one. The multiple is the newer over the older.
"""
from __future__ import annotations


from claimx.check.finding import Finding
from claimx.check.around import scan
from claimx.check.internal import _compare, _counted_noun, _is_level, _levels_in_sentence, _nearby, _says_multiple, _same_clause
from claimx.check.context import sentence_position, status_of
from claimx.check.cues import family
from claimx.check.share import split_share
from claimx.reference.metrics import VAGUE
from claimx.reference.text import STOP, tokens
from claimx.check.tolerance import fmt
from claimx.periods import label_years
from claimx.records import Claim

def _written(claim: Claim) -> bool:
    """Whether the claim's period is written for it in its own sentence."""
    return claim.frame is not None and claim.period is not None and claim.frame.period.written


def internal_multiple_after_levels(claim: Claim, siblings: list[Claim]) -> Finding | None:
    """A rise stated as a multiple after the two levels it compares (see the module's docstring): the level of the claim's
    own period (written for it or carried) in its sentence or the one before, and one of an earlier period in its own sentence, both the claim's
    subject's, in one unit, each with its period written for it. Each period must name one figure only (a range's
    ends or a restated figure leave the pairing open); anything else is left to the other rules."""
    if not _says_multiple(claim) or claim.direction == "down" or claim.period is None or claim.subject is None \
            or sentence_position(claim) < 0:
        return None
    own = label_years(claim.period)
    if own is None:
        return None
    if any(_is_level(o) and o.sentence == claim.sentence and o.start >= claim.end and _same_clause(claim, o)
           for o in siblings if o.id != claim.id):
        return None  # a level after it in its clause is its base ("five times the 71 Gt of 1995-2004"): not this shape
    levels = [o for o in _nearby(claim, siblings, 1) if o.start < claim.start and _is_level(o) and _written(o)
              and o.subject == claim.subject and o.qualifier != "range" and o.value]
    new = [o for o in levels if o.period == claim.period]
    old = [o for o in levels if o.sentence == claim.sentence and (years := label_years(o.period)) is not None
           and years[1] < own[0]]
    if len({o.value for o in new}) != 1 or len({(o.value, o.period) for o in old}) != 1:
        return None
    newer, older = new[0], old[-1]
    if newer.unit != older.unit or any(o.sentence == claim.sentence and o.start > older.end for o in new):
        return None  # the newer level is written before the older one it is set against
    return _compare("internal_multiple", claim, lambda a, b: a / b, newer, older,
                    f"{fmt(newer.value)} / {fmt(older.value)}")


def check_after_levels(claim: Claim, siblings: list[Claim]) -> Finding | None:
    """The checks of this module, on placed siblings, for a claim `check_internal` could not settle.

    claim (Claim): the claim.
    siblings (list[Claim]): every claim of the same article.
    RETURNS (Finding | None): None when no check applies.
    """
    if sentence_position(claim) < 0:
        return None
    placed = [other for other in siblings if sentence_position(other) >= 0]
    return internal_multiple_after_levels(claim, placed) or internal_share_of_named_whole(claim, placed)


def internal_share_of_named_whole(claim: Claim, siblings: list[Claim]) -> Finding | None:
    """A share whose part stands right before it in its clause and whose whole is named only by words, stated in
    another sentence ("Investment demand worth 537 tons accounted for 55% of overall net gold purchases during the
    quarter" after "some 1,313 tons of gold were bought during the period"): the whole is the largest level of the
    part's unit and status that the article states for the share's period outside its sentence, larger than the part,
    (the share followed by "of", naming its whole),
    every statement of it agreeing on its value, no other level of that unit and period above the part but it, and a
    sentence stating it naming a word of the share's whole ("gold") and, for a count, the part's counted noun."""
    if family(claim) != "share" or claim.unit not in ("percent", "ratio") or claim.period is None or not claim.value:
        return None
    whole_words = set(tokens(split_share(claim.metric)[1])) - STOP - VAGUE
    before = [o for o in _levels_in_sentence(claim, siblings) if o.end <= claim.start]
    if not whole_words or not before or not _same_clause(before[-1], claim) or not before[-1].value:
        return None
    part = before[-1]
    after = scan(claim.sentence[sentence_position(claim) + len(claim.text):])
    if not after or after[0].text != "of":
        # the share names its whole after "of" ("537 tons accounted for 55% of ...", "$497.4 million, or 90 per cent of
        # the total"): not "won 312 seats, secured 39.7 per cent vote share", a share of something else
        return None
    if any(o.unit == part.unit for o in _levels_in_sentence(claim, siblings) if o.id != part.id):
        return None  # another figure of the unit in the sentence: the positional rules read it
    larger = [o for o in siblings if o.id != claim.id and o.sentence != claim.sentence and _is_level(o)
              and o.unit == part.unit and o.period == claim.period and o.value > part.value
              and status_of(o) == status_of(claim) and o.qualifier != "range"]
    if not larger or len({o.value for o in larger}) != 1:
        return None
    if not any(whole_words & set(tokens(o.sentence)) for o in larger):
        return None
    if part.unit == "count" and ((noun := _counted_noun(part)) is None or not any(
            noun in {word.text.lower() for word in scan(o.sentence)} for o in larger)):
        return None  # a count is part of a count of the same things: "29 countries" are no part of "228 million cases"
    whole = larger[0]
    scale = 100.0 if claim.unit == "percent" else 1.0
    return _compare("internal_share", claim, lambda a, b: a / b * scale, part, whole,
                    f"{fmt(part.value)} / {fmt(whole.value)}" + (" * 100" if scale == 100 else ""))
