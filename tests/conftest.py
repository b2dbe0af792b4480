"""Shared pytest fixtures. Each group is named for the module it serves."""
from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
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
    """Post a decision the way the article page's form does: token and the decision seen from
    the page, cookie from the client, Origin of the app. Keyword arguments override form fields
    and headers."""

    def post(claim_id: str, decision: str, *, headers: dict[str, str] | None = None, **fields: str) -> httpx.Response:
        article_id = claim_id.rsplit(":", 1)[0]
        page = BeautifulSoup(review_client.get(article_url(article_id)).text, "html.parser")
        token = page.select_one('form.decide input[name="csrf"]')["value"]
        own = next((f for f in page.select("form.decide") if f.select_one('input[name="claim"]')["value"] == claim_id), None)
        seen = {"seen": own.select_one('input[name="seen"]')["value"]} if own is not None else {}
        form = {"csrf": token, "claim": claim_id, "decision": decision, **seen, **fields}
        return review_client.post(
            "/decisions", data=form, headers={"Origin": REVIEW_ORIGIN, **(headers or {})}, follow_redirects=False
        )

    return post


def _default_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@contextmanager
def running_review(db: Path, *, port: int = 0, args: tuple[str, ...] = ()) -> Iterator[str]:
    """Run `claimx review --db DB --port PORT --no-browser ARGS` in a subprocess; yield its URL, then
    stop it with Ctrl+C (SIGINT) and check it exited as interrupted (130), without a traceback."""
    process = subprocess.Popen(
        [sys.executable, "-c", "from claimx.cli import main; main()", "review", "--db", str(db), "--port", str(port),
         "--no-browser", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
        # Ctrl+C as a terminal sends it, whatever the shell that started the tests did with SIGINT (a job a
        # non-interactive shell puts in the background ignores it, and a child would inherit that)
        preexec_fn=_default_sigint,
    )
    try:
        line = process.stdout.readline()
        match = re.search(r"at (http://127\.0\.0\.1:\d+/) \(Ctrl\+C to stop\)", line)
        assert match, f"unexpected first line {line!r}; stderr: {process.stderr.read() if process.poll() is not None else ''}"
        url = match.group(1)
        deadline = time.monotonic() + 20
        while True:
            try:
                httpx.get(url, timeout=2)
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline, "the review server did not answer"
                time.sleep(0.1)
        yield url.rstrip("/")
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            raise
    errors = process.stderr.read()
    assert process.returncode == 130, errors
    assert "Traceback" not in errors, errors


@pytest.fixture
def review_server() -> Callable[[Path], AbstractContextManager[str]]:
    """Start the real `claimx review` command on a free port: `with review_server(db) as url:`."""
    return running_review


# --- extraction ---------------------------------------------------------------------------


@pytest.fixture(scope="session")
def nlp():
    """The full claimx pipeline on the default base model, loaded once per test session."""
    from claimx.pipeline import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def quantities_nlp():
    """A blank English pipeline with only the quantities component: no trained model needed."""
    import spacy

    import claimx.components  # noqa: F401  (registers the factories)

    blank = spacy.blank("en")
    blank.add_pipe("claimx_quantities")
    return blank


@pytest.fixture
def rules_copy(tmp_path, monkeypatch):
    """A copy of the rules folder, used by the packaged loaders (CLAIMX_MODELS); returns a function that adds words to
    one list of its frame.json (with `only`, makes them the whole list). Shared by the tests of frame.json's lists."""
    import json
    import shutil

    from claimx.frame import words as frame_words
    from claimx.lexicon import models_dir

    folder = tmp_path / "rules"
    shutil.copytree(models_dir(), folder)
    monkeypatch.setenv("CLAIMX_MODELS", str(folder))
    frame_words._packaged.cache_clear()

    def edit(key: str, *added: str, only: bool = False) -> None:
        path = folder / "frame.json"
        data = json.loads(path.read_text(encoding="utf-8"))
        data[key] = [*added] if only else [*data[key], *added]
        path.write_text(json.dumps(data), encoding="utf-8")
        frame_words._packaged.cache_clear()

    yield edit
    frame_words._packaged.cache_clear()
