"""Whether the level written right beside a change states the pack's figure for the change's newer end.

A sentence often gives a change with the level it reached ("cut its estimate for the crop to 31.4 million tonnes, a
drop of nearly a quarter"; "net income was $212 million, up 24% from a year earlier"). When the sentence's reading of
the change (an entity and measure the pack has, in the period the claim may mean) computes the change from two of
the pack's figures and the newer one is the level written beside it, the article itself has said which entity,
measure and period the change is of: the reading's contradiction may stand even when the frame's subject, metric or
period did not name them (a reading is otherwise confident only when the sentence's nearest measure and entity are
the claim's own and its period is pinned).

The pack's two figures must be of the change's own period and of the base the frame found for it ("from last season",
"from a year earlier"; a change with neither may be a gap between two entities), and the level
must be the figure nearest the change in its clause, with no other figure between them, of the same
status (a plan is no outcome), and must match the pack's figure of the reading's own period within the rounding it
is written to.
"""
from __future__ import annotations

from claimx.check.around import place
from claimx.check.context import is_change, status_of
from claimx.check.finding import Finding
from claimx.check.phrases import breaks_statement
from claimx.check.tolerance import judge
from claimx.check.units import convert
from claimx.records import Claim


def _gap(first: Claim, second: Claim) -> str | None:
    """The sentence text between two placed figures of one sentence, or None when either cannot be placed."""
    left, right = sorted((place(first), place(second)), key=lambda placed: placed.start if placed else -1)
    if left is None or right is None:
        return None
    return left.sentence[left.end:right.start]


def _beside(claim: Claim, siblings: list[Claim]) -> Claim | None:
    """The level figure nearest the change in its sentence, with no other figure between them and nothing between
    that breaks the statement; None when there is none."""
    here = place(claim)
    if here is None:
        return None
    others = [o for o in siblings if o.id != claim.id and o.sentence == claim.sentence and place(o) is not None]
    if not others:
        return None
    nearest = min(others, key=lambda o: min(abs(place(o).start - here.end), abs(here.start - place(o).end)))
    if is_change(nearest) or nearest.direction is not None or status_of(nearest) != status_of(claim):
        return None
    gap = _gap(claim, nearest)
    if gap is None or breaks_statement(gap):
        return None
    return nearest


def end_stated(claim: Claim, reading: Claim, found: Finding, siblings: list[Claim]) -> bool:
    """Whether the change `claim`, read as `reading`, has its newer end stated by the level beside it (see the
    module's docstring).

    claim (Claim): the claim as extracted.
    reading (Claim): the reading of it the finding was computed for (subject, metric and period rewritten).
    found (Finding): the reading's contradiction, computed from two of the pack's figures.
    siblings (list[Claim]): the claims of the same article.
    RETURNS (bool): True when the contradiction may stand.
    """
    refs = found.evidence.reference
    if not is_change(claim) or len(refs) != 2 or found.evidence.rule not in ("growth", "difference"):
        return False
    base = claim.frame.period.base if claim.frame is not None else None
    if claim.period is None or base is None or reading.period != claim.period \
            or {ref.period for ref in refs} != {claim.period, base}:
        # a change with no period and base of its own may be a gap between two entities ("£176,300, roughly £72,000
        # below the national figure"), not a change over time; pack periods other than the change's own and its
        # base are a guess
        return False
    newer = [ref for ref in refs if ref.period == reading.period]
    if len(newer) != 1 or len({ref.entity for ref in refs}) != 1 or len({ref.metric for ref in refs}) != 1:
        return False
    level = _beside(claim, siblings)
    if level is None:
        return False
    expected = convert(newer[0].value, newer[0].unit, level.unit)
    return expected is not None and judge(level, expected).verdict == "supported"
