"""A rule's result: a verdict with its evidence, and the helpers rules share to build one."""
from __future__ import annotations

from dataclasses import dataclass

from claimx.check.tolerance import Judgement
from claimx.records import Evidence, ReferenceValue, VerdictName


@dataclass(frozen=True)
class Finding:
    """What a verdict rule concluded about one claim.

    verdict (VerdictName): supported, contradicted or unverifiable.
    evidence (Evidence): why.
    """

    verdict: VerdictName
    evidence: Evidence


def judged(rule: str, judgement: Judgement, *, expected: float, computation: str,
           reference: list[ReferenceValue] | None = None, related: list[str] | None = None,
           note: str | None = None) -> Finding:
    """A Finding from a `Judgement`, carrying everything a reviewer needs to re-check it.

    rule (str): the rule's name ("direct", "share", "internal_difference", ...).
    judgement (Judgement): the comparison.
    expected (float): the value the evidence implies, in the claim's unit.
    computation (str): what was computed, e.g. "172.162e9 / 716.924e9 = 0.2401".
    reference (list[ReferenceValue] | None): the pack figures used.
    related (list[str] | None): ids of other claims used.
    note (str | None): anything else worth saying.
    RETURNS (Finding): the verdict and its evidence.
    """
    evidence = Evidence(rule=rule, reference=reference or [], computation=computation, expected=expected,
                        deviation=judgement.deviation, tolerance=judgement.tolerance,
                        tolerance_reason=judgement.reason, related_claims=related or [], note=note)
    return Finding(judgement.verdict, evidence)


def unverifiable(note: str) -> Finding:
    """The Finding for a claim nothing speaks to, saying what was missing."""
    return Finding("unverifiable", Evidence(rule="none", note=note))
