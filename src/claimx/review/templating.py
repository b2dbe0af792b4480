"""The Jinja2 environment (autoescaping on) and the helper every page renders through."""
from __future__ import annotations

from functools import lru_cache
from typing import Any
from urllib.parse import quote

import jinja2
from fastapi import Request
from fastapi.responses import HTMLResponse

from claimx.resources import package_data
from claimx.review import csrf
from claimx.review.explain import reference_label
from claimx.review.format import FILTERS

TEMPLATES = package_data("claimx.review", "templates")


def article_url(article_id: str) -> str:
    """Return the path of an article's page.

    Every character of the id but unreserved ones is percent-encoded, so ids holding '/',
    '?', '#' or '..' stay one path parameter.
    article_id (str): the article id.
    RETURNS (str): "/articles/<encoded id>".
    """
    return "/articles/" + quote(article_id, safe="")


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    """Return the template environment: autoescaping, strict undefined, claimx's filters."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(FILTERS)
    env.globals["article_url"] = article_url
    env.globals["reference_label"] = reference_label
    return env


def render(request: Request, template: str, context: dict[str, Any], status: int = 200) -> HTMLResponse:
    """Render a page and give it the CSRF cookie its forms need.

    request (Request): the request being answered.
    template (str): the template file name.
    context (dict[str, Any]): the template's variables.
    status (int): the HTTP status.
    RETURNS (HTMLResponse): the page.
    """
    state = request.app.state
    html = environment().get_template(template).render(
        **context, csrf_field=csrf.FIELD, csrf_token=state.csrf_token, db=state.store.path
    )
    response = HTMLResponse(html, status_code=status)
    csrf.set_cookie(response, state.csrf_token)
    return response
