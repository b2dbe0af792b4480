"""Recording a review decision from the article page's forms (POST /decisions)."""
from __future__ import annotations

import math

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import RedirectResponse

from claimx.review import csrf
from claimx.review.article import anchor_of
from claimx.review.templating import article_url
from claimx.store import DECISIONS, ClaimNotFound, ClaimStore

router = APIRouter()


def parse_value(text: str) -> float:
    """Read a corrected value as typed: "38,900,000,000" or " 38.9e9 ".

    text (str): the form field.
    RETURNS (float): the value.
    """
    try:
        value = float(text.replace(",", "").replace("_", "").strip())
    except ValueError:
        value = math.nan
    if not math.isfinite(value):
        raise HTTPException(400, f"The corrected value {text!r} is not a number.")
    return value


def claim_anchor(store: ClaimStore, article: str, claim_id: str) -> str:
    """Return the element id of a claim on its article's page."""
    ids = [row.claim.id for row in store.claims(article=article)]
    return anchor_of(ids.index(claim_id))


@router.post("/decisions", name="decide")
def decide(
    request: Request,
    claim: str = Form(""),
    decision: str = Form(""),
    comment: str = Form(""),
    corrected_value: str = Form(""),
    csrf_token: str = Form("", alias=csrf.FIELD),
) -> RedirectResponse:
    """Store a decision on a claim and go back to the claim on its article's page."""
    state = request.app.state
    refused = csrf.problem(request, csrf_token, state.csrf_token)
    if refused:
        raise HTTPException(403, refused)
    if decision not in DECISIONS:
        raise HTTPException(400, f"Unknown decision {decision!r}: expected one of {', '.join(DECISIONS)}.")
    value = None
    if decision == "correct":
        if not corrected_value.strip():
            raise HTTPException(400, "A correction needs the corrected value.")
        value = parse_value(corrected_value)
    elif corrected_value.strip():
        raise HTTPException(400, "A corrected value was typed: save it with “Save correction”.")
    store: ClaimStore = state.store
    try:
        stored = store.claim(claim).claim
        store.add_decision(claim, decision, reviewer=state.reviewer, comment=comment, corrected_value=value)
    except ClaimNotFound:
        raise HTTPException(404, f"No claim {claim!r} in this store.") from None
    target = f"{article_url(stored.article)}#{claim_anchor(store, stored.article, claim)}"
    return RedirectResponse(target, status_code=303)
