"""Protection of the review app's forms against cross-site posts.

Two independent checks, both required on every POST:
- double submit: a per-app secret token travels in a SameSite=Strict cookie and in a hidden
  form field; both must equal the app's token (so a planted cookie does not help either);
- the request's Origin (or, failing that, its Referer) must be the app's own origin.
"""
from __future__ import annotations

import hmac
import secrets
from urllib.parse import urlsplit

from starlette.requests import Request
from starlette.responses import Response

COOKIE = "claimx_csrf"
FIELD = "csrf"


def new_token() -> str:
    """Return a fresh random token for one app instance."""
    return secrets.token_urlsafe(32)


def set_cookie(response: Response, token: str) -> None:
    """Attach the token cookie to a page that carries forms.

    response (Response): the page.
    token (str): the app's token.
    """
    response.set_cookie(COOKIE, token, httponly=True, samesite="strict", path="/")


def same_origin(request: Request) -> bool:
    """Tell whether a request was sent by a page of this app.

    request (Request): the incoming POST.
    RETURNS (bool): True when Origin, or Referer when Origin is absent, names this app's
        scheme and host; False when neither header is present.
    """
    source = request.headers.get("origin") or request.headers.get("referer")
    if not source or source == "null":
        return False
    parts = urlsplit(source)
    return parts.scheme == request.url.scheme and parts.netloc.lower() == request.headers.get("host", "").lower()


def problem(request: Request, submitted: str, token: str) -> str | None:
    """Return why a POST must be refused, or None when it passes both checks.

    request (Request): the incoming POST.
    submitted (str): the hidden form field's value.
    token (str): the app's token.
    RETURNS (str | None): a reason for the 403 page.
    """
    if not same_origin(request):
        return "The request did not come from a page of this review app."
    cookie = request.cookies.get(COOKIE, "")
    expected = token.encode()
    if not (hmac.compare_digest(submitted.encode(), expected) and hmac.compare_digest(cookie.encode(), expected)):
        return "The form is out of date (was the server restarted?). Reload the page and try again."
    return None
