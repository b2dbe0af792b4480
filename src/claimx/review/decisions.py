"""Recording a review decision from the article page's forms (POST /decisions).

A decision that cannot be saved never costs the reviewer their typing: the article page comes
back with the claim's form filled in as it was sent and a notice saying what to do:
- a typed corrected value sent with Confirm/Reject, a value that is not a number, a comment over
  `MAX_COMMENT` characters: fix and press again (400);
- someone else decided the claim since the page was loaded: their decision is shown, press again
  to record yours anyway (409);
- the server was restarted, so the form's token is stale: the page carries the new token, press
  again (403). The request must still come from the app's own origin.
The same decision sent twice (a double press, a resent form) is recorded once.
"""
from __future__ import annotations

import math
from typing import Optional
from urllib.parse import parse_qsl, urlsplit

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response

from claimx.review import csrf
from claimx.review.article import Notice, anchor_of, render_article
from claimx.review.format import decision_label, when
from claimx.review.reviewers import reviewer_of, safe_back
from claimx.review.templating import article_url
from claimx.store import DECISIONS, ArticleNotFound, ClaimNotFound, ClaimStore

router = APIRouter()
MAX_COMMENT = 2000


class BadValue(ValueError):
    """A corrected value that is not a number."""


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
        raise BadValue(f"The corrected value {text!r} is not a number.")
    return value


def claim_anchor(store: ClaimStore, article: str, claim_id: str) -> str:
    """Return the element id of a claim on its article's page."""
    ids = [row.claim.id for row in store.claims(article=article)]
    return anchor_of(ids.index(claim_id))


def _page_params(back: str, article: str) -> dict[str, str]:
    """The article page's query parameters from the form's `back` field (its own address)."""
    target = safe_back(back, "")
    parts = urlsplit(target)
    if parts.path != article_url(article):
        return {}
    return dict(parse_qsl(parts.query))


@router.post("/decisions", name="decide")
def decide(
    request: Request,
    claim: str = Form(""),
    decision: str = Form(""),
    comment: str = Form(""),
    corrected_value: str = Form(""),
    seen: str = Form(""),
    back: str = Form(""),
    csrf_token: str = Form("", alias=csrf.FIELD),
) -> Response:
    """Store a decision on a claim and go back to the claim on its article's page."""
    state = request.app.state
    store: ClaimStore = state.store
    if not csrf.same_origin(request):
        raise HTTPException(403, "The request did not come from a page of this review app.")
    if decision not in DECISIONS:
        raise HTTPException(400, f"Unknown decision {decision!r}: expected one of {', '.join(DECISIONS)}.")
    try:
        row = store.claim(claim)
    except ClaimNotFound:
        raise HTTPException(404, f"No claim {claim!r} in this store.") from None
    article = row.claim.article
    params = _page_params(back, article)

    def again(kind: str, message: str, status: int) -> Response:
        notice = Notice(kind, message, decision, corrected_value, comment)
        return render_article(request, article, params, notices={claim: notice}, status=status)

    refused = csrf.problem(request, csrf_token, state.csrf_token)
    if refused:
        # Same origin, stale token: the server was restarted since the page was loaded.
        return again("expired", "The review server was restarted since this page was loaded, so this decision "
                     "was not saved yet. Your typing is kept: press the button again to save it.", 403)
    value: Optional[float] = None
    if decision == "correct":
        if not corrected_value.strip():
            return again("error", "A correction needs the corrected value: type it, then press “Save correction”.", 400)
        try:
            value = parse_value(corrected_value)
        except BadValue as error:
            return again("error", f"{error} Type a number such as 38.9e9 or 38,900,000,000.", 400)
    elif corrected_value.strip():
        return again("error", f"A corrected value ({corrected_value.strip()}) was typed: save it with “Save correction”, "
                     "or clear it to record this decision.", 400)
    if len(comment) > MAX_COMMENT:
        return again("error", f"The comment is {len(comment):,} characters long; the limit is {MAX_COMMENT:,}. "
                     "Shorten it and press the button again.", 400)
    reviewer = reviewer_of(request)
    current = row.decision
    cleaned = comment.strip() or None
    repeated = current is not None and (current.decision, current.corrected_value, current.comment, current.reviewer) == (
        decision, value, cleaned, reviewer)
    if not repeated:
        if current is not None and seen != str(current.id):
            label = decision_label(current, row.claim.unit)
            return again("conflict", f"{current.reviewer} recorded “{label}” on this claim at {when(current.decided_at)}, "
                         "after this page was loaded. Yours is not saved yet: press the button again to record it "
                         "anyway, or leave theirs.", 409)
        store.add_decision(claim, decision, reviewer=reviewer, comment=comment, corrected_value=value)
    target = article_url(article)
    page = safe_back(back, "")
    if urlsplit(page).path == target:
        target = page.split("#", 1)[0]
    return RedirectResponse(f"{target}#{claim_anchor(store, article, claim)}", status_code=303)


@router.get("/api/decisions", name="current_decisions")
def current_decisions(request: Request, article: str = "") -> JSONResponse:
    """The current decision of each decided claim of an article, for a page to notice decisions
    made elsewhere since it was loaded: {"claims": {claim id: {id, label, reviewer, at}}}."""
    store: ClaimStore = request.app.state.store
    try:
        store.article(article)
    except ArticleNotFound:
        raise HTTPException(404, f"No article {article!r} in this store.") from None
    claims = {
        claim.id: {
            "id": decision.id,
            "label": decision_label(decision, claim.unit),
            "reviewer": decision.reviewer,
            "at": when(decision.decided_at),
        }
        for claim, decision in store.claims(article=article)
        if decision is not None
    }
    return JSONResponse({"claims": claims})
