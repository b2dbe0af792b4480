"""The review app factory: a FastAPI app over one ClaimStore, with its security headers."""
from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.responses import Response

from claimx.resources import package_data
from claimx.review import article, csrf, decisions, overview, reviewers
from claimx.review.templating import render
from claimx.store import ClaimStore

STATIC = package_data("claimx.review", "static")
# The Host header values a browser sends to a server bound to loopback (IPv6 in brackets);
# any other is refused, so a page on a DNS-rebinding domain cannot talk to the app.
LOOPBACK_HOSTS: tuple[str, ...] = ("127.0.0.1", "localhost", "[::1]")
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
        "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "Cache-Control": "no-store",
}


def create_app(store: ClaimStore, *, reviewer: str, allowed_hosts: Sequence[str] = LOOPBACK_HOSTS) -> FastAPI:
    """Build the review app.

    store (ClaimStore): the store pages read and decisions are written to.
    reviewer (str): the name recorded with each decision unless the reviewer gives theirs in the
        page (remembered in a cookie).
    allowed_hosts (Sequence[str]): Host header values accepted; ("*",) accepts any.
    RETURNS (FastAPI): the app, ready for uvicorn or a TestClient.
    """
    app = FastAPI(title="claimx review", docs_url=None, redoc_url=None, openapi_url=None)
    app.state.store = store
    app.state.reviewer = reviewer
    app.state.csrf_token = csrf.new_token()
    app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(allowed_hosts))

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        response = await call_next(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, error: StarletteHTTPException) -> HTMLResponse:
        return render(request, "error.html", {"status": error.status_code, "message": error.detail}, error.status_code)

    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    for page in (overview, article, decisions, reviewers):
        app.include_router(page.router)
    return app
