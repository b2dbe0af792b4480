"""Verdict rules: each claim checked against a reference pack and against the rest of its article."""
from claimx.check.checker import check_claim, check_claims
from claimx.check.finding import Finding

__all__ = ["Finding", "check_claim", "check_claims"]
