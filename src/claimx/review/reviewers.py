"""Who is reviewing: a name the reviewer gives once, remembered in a cookie, else the name the
server was started with (`claimx review --reviewer`), else the OS user."""
from __future__ import annotations

import re
from typing import Optional
from urllib.parse import quote, unquote

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import RedirectResponse

from claimx.review import csrf

router = APIRouter()
COOKIE = "claimx_reviewer"
MAX_NAME = 60
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def clean_name(text: Optional[str]) -> Optional[str]:
    """A reviewer name as stored: control characters dropped, spaces collapsed, at most 60 characters.

    text (str | None): the name as typed or read from the cookie.
    RETURNS (str | None): the name, or None when nothing is left.
    """
    name = " ".join(_CONTROL.sub(" ", text or "").split())[:MAX_NAME]
    return name or None


def reviewer_of(request: Request) -> str:
    """The name a decision from this request is recorded under."""
    return clean_name(unquote(request.cookies.get(COOKIE, ""))) or request.app.state.reviewer


def safe_back(target: str, default: str = "/") -> str:
    """A path on this app to return to, from a form field: anything else (other hosts, schemes) is `default`."""
    if not target.startswith("/") or target.startswith(("//", "/\\")) or _CONTROL.search(target):
        return default
    return target


@router.post("/reviewer", name="reviewer")
def set_reviewer(
    request: Request,
    name: str = Form(""),
    back: str = Form("/"),
    csrf_token: str = Form("", alias=csrf.FIELD),
) -> RedirectResponse:
    """Remember the reviewer's name in a cookie (for a year) and go back to the page."""
    refused = csrf.problem(request, csrf_token, request.app.state.csrf_token)
    if refused:
        raise HTTPException(403, refused)
    response = RedirectResponse(safe_back(back), status_code=303)
    cleaned = clean_name(name)
    if cleaned:
        response.set_cookie(COOKIE, quote(cleaned, safe=""), max_age=365 * 24 * 3600, httponly=True,
                            samesite="strict", path="/")
    else:
        response.delete_cookie(COOKIE, path="/")
    return response
