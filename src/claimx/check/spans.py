"""Internal checks of a figure stated after the levels it is computed from, each written with its own period.

A multiple written after both of its levels ("It lost 268 Gt a year between 2015 and 2024 ... In 1995-2004 it lost 71 Gt
a year, which means the rate has risen roughly five times") names no figure after it for `internal_multiple` to take as
its base. Its levels are the subject's two figures in one unit, each with the period written for it in its sentence:
the one of the claim's own period and an earlier one. The multiple is the newer over the older.
"""
from __future__ import annotations

import re

from claimx.check.finding import Finding
from claimx.check.internal import _compare, _is_level, _nearby, _says_multiple, _same_clause
from claimx.check.context import sentence_position
from claimx.check.tolerance import fmt
from claimx.records import Claim

_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|2\d\d\d)(?!\d)")


def _years(period: str | None) -> tuple[int, int] | None:
    """The first and last four-digit year a period label writes ("1995-2004": (1995, 2004); "2024-25": (2024, 2024))."""
    years = [int(y) for y in _YEAR.findall(period or "")]
    return (min(years), max(years)) if years else None


def _written(claim: Claim) -> bool:
    """Whether the claim's period is written for it in its own sentence."""
    return claim.frame is not None and claim.period is not None \
        and claim.frame.period.reason in ("after the figure", "in the sentence")


def internal_multiple_after_levels(claim: Claim, siblings: list[Claim]) -> Finding | None:
    """A rise stated as a multiple after the two levels it compares (see the module's docstring): the level of the claim's
    own period (written for it or carried) in its sentence or the one before, and one of an earlier period in its own sentence, both the claim's
    subject's, in one unit, each with its period written for it. Each period must name one figure only (a range's
    ends or a restated figure leave the pairing open); anything else is left to the other rules."""
    if not _says_multiple(claim) or claim.direction == "down" or claim.period is None or claim.subject is None \
            or sentence_position(claim) < 0:
        return None
    own = _years(claim.period)
    if own is None:
        return None
    if any(_is_level(o) and o.sentence == claim.sentence and o.start >= claim.end and _same_clause(claim, o)
           for o in siblings if o.id != claim.id):
        return None  # a level after it in its clause is its base ("five times the 71 Gt of 1995-2004"): not this shape
    levels = [o for o in _nearby(claim, siblings, 1) if o.start < claim.start and _is_level(o) and _written(o)
              and o.subject == claim.subject and o.qualifier != "range" and o.value]
    new = [o for o in levels if o.period == claim.period]
    old = [o for o in levels if o.sentence == claim.sentence and (years := _years(o.period)) is not None
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
    return internal_multiple_after_levels(claim, placed)
