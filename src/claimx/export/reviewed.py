"""Stored claims with their review decisions applied: what every export writes.

A reviewer's current decision wins over the automatic verdict, and each exported claim says
which one its final verdict came from (`verdict_source`):

- no decision: the automatic verdict, `verdict_source` "auto";
- confirm: the automatic verdict, now vouched for, "review";
- reject: the reviewer says the automatic verdict is wrong without saying what is right, so the
  claim is published as not settled: "unverifiable", "review";
- correct: the value becomes the reviewer's (the extracted one is kept as `auto_value`) and the
  verdict is judged again against the figure the evidence expected; without such a figure the
  automatic verdict was about another number, so "unverifiable";
- not_a_claim: left out of exports unless asked for, then with no verdict.

A claim that was never checked (verdict null) keeps a null verdict under confirm and reject.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal, Optional

from claimx.check.tolerance import judge
from claimx.records import Article, Claim, VerdictName
from claimx.store import ClaimRow, DecisionName

VerdictSource = Literal["auto", "review"]
REVIEW_COLUMNS = ["verdict_source", "auto_verdict", "auto_value", "review_decision", "reviewer", "reviewed_at",
                  "corrected_value", "review_comment"]


@dataclass(frozen=True)
class ReviewedClaim:
    """A claim as exported: the record with the review applied, and what the review changed.

    claim (Claim): the record with the final `value` and `verdict`.
    article (Article): the article the claim is in.
    verdict_source (str): "auto" when no reviewer decided, "review" otherwise.
    auto_verdict (str | None): the checker's verdict.
    auto_value (float): the extracted value, before any correction.
    review_decision (str | None): confirm, reject, correct or not_a_claim.
    reviewer (str | None): who decided.
    reviewed_at (datetime | None): when (UTC).
    corrected_value (float | None): the reviewer's value for "correct".
    review_comment (str | None): the reviewer's comment.
    """

    claim: Claim
    article: Article
    verdict_source: VerdictSource
    auto_verdict: Optional[VerdictName]
    auto_value: float
    review_decision: Optional[DecisionName] = None
    reviewer: Optional[str] = None
    reviewed_at: Optional[dt.datetime] = None
    corrected_value: Optional[float] = None
    review_comment: Optional[str] = None

    def review_fields(self) -> dict[str, object]:
        """The review columns (`REVIEW_COLUMNS`) as JSON-ready values."""
        return {
            "verdict_source": self.verdict_source,
            "auto_verdict": self.auto_verdict,
            "auto_value": self.auto_value,
            "review_decision": self.review_decision,
            "reviewer": self.reviewer,
            "reviewed_at": self.reviewed_at.isoformat() if self.reviewed_at else None,
            "corrected_value": self.corrected_value,
            "review_comment": self.review_comment,
        }


def apply_review(row: ClaimRow, article: Article) -> ReviewedClaim:
    """Apply a stored claim's current decision to it.

    row (ClaimRow): the claim and its current decision (None when unreviewed).
    article (Article): the article the claim is in.
    RETURNS (ReviewedClaim): the claim with its final value and verdict.
    """
    claim, decision = row
    if decision is None:
        return ReviewedClaim(claim, article, "auto", claim.verdict, claim.value)
    final = claim
    if claim.verdict is None and decision.decision != "correct":
        pass  # nothing was checked, so there is no verdict to confirm or reject
    elif decision.decision == "reject":
        final = claim.model_copy(update={"verdict": "unverifiable"})
    elif decision.decision == "not_a_claim":
        final = claim.model_copy(update={"verdict": None})
    elif decision.decision == "correct" and decision.corrected_value is not None:
        final = _corrected(claim, decision.corrected_value)
    return ReviewedClaim(
        final,
        article,
        "review",
        claim.verdict,
        claim.value,
        review_decision=decision.decision,
        reviewer=decision.reviewer,
        reviewed_at=decision.decided_at,
        corrected_value=decision.corrected_value,
        review_comment=decision.comment,
    )


def _corrected(claim: Claim, value: float) -> Claim:
    # Bounds implied by the wording scale with the value ("more than 4,600" read as 46,000).
    ratio = value / claim.value if claim.value else None
    bounds = {
        name: (bound * ratio if ratio is not None else None)
        for name, bound in (("lower", claim.lower), ("upper", claim.upper))
        if bound is not None
    }
    corrected = claim.model_copy(update={"value": value, **bounds})
    expected = claim.evidence.expected if claim.evidence else None
    verdict: Optional[VerdictName] = "unverifiable" if claim.verdict else None
    if expected is not None:
        verdict = judge(corrected, expected).verdict
    return corrected.model_copy(update={"verdict": verdict})
