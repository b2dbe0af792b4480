"""Shared pytest fixtures. Each group is named for the module it serves."""
from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest
from bs4 import BeautifulSoup
from fastapi.testclient import TestClient
from fixtures_store import REVIEW_ORIGIN, sample_results

from claimx.review import create_app
from claimx.review.templating import article_url
from claimx.store import ClaimStore


# --- store and review app -------------------------------------------------------------


@pytest.fixture
def memory_store() -> Iterator[ClaimStore]:
    """An empty in-memory store."""
    with ClaimStore(memory=True) as store:
        yield store


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Where a test may create a store file."""
    return tmp_path / "claims.db"


@pytest.fixture
def sample_store() -> Iterator[ClaimStore]:
    """An in-memory store holding the three sample articles of tests/fixtures_store.py."""
    with ClaimStore(memory=True) as store:
        for article, claims, entities in sample_results():
            store.add_result(article, claims, entities)
        yield store


@pytest.fixture
def sample_db(db_path: Path) -> Path:
    """A store file holding the three sample articles, closed and ready to open."""
    with ClaimStore(db_path) as store:
        for article, claims, entities in sample_results():
            store.add_result(article, claims, entities)
    return db_path


@pytest.fixture
def review_client(sample_store: ClaimStore) -> Iterator[TestClient]:
    """A test client of the review app over `sample_store`, reviewing as "ana"."""
    with TestClient(create_app(sample_store, reviewer="ana"), base_url=REVIEW_ORIGIN) as client:
        yield client


@pytest.fixture
def decide(review_client: TestClient) -> Callable[..., httpx.Response]:
    """Post a decision the way the article page's form does: token from the page, cookie from
    the client, Origin of the app. Keyword arguments override form fields and headers."""

    def post(claim_id: str, decision: str, *, headers: dict[str, str] | None = None, **fields: str) -> httpx.Response:
        article_id = claim_id.rsplit(":", 1)[0]
        page = BeautifulSoup(review_client.get(article_url(article_id)).text, "html.parser")
        token = page.select_one('form.decide input[name="csrf"]')["value"]
        form = {"csrf": token, "claim": claim_id, "decision": decision, **fields}
        return review_client.post(
            "/decisions", data=form, headers={"Origin": REVIEW_ORIGIN, **(headers or {})}, follow_redirects=False
        )

    return post
