"""Shared pytest fixtures. Each group is named for the module it serves."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fixtures_store import sample_results

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
