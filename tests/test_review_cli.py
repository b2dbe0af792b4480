"""Specifications of `claimx review`: errors through CliRunner, serving through a real subprocess."""
from __future__ import annotations

import socket

import httpx
import pytest
from bs4 import BeautifulSoup
from fixtures_store import northwind
from typer.testing import CliRunner

from claimx.cli import app
from claimx.errors import ExitCode
from claimx.review.server import is_loopback
from claimx.review.templating import article_url
from claimx.store import ClaimStore


def run(*args: str):
    return CliRunner().invoke(app, ["review", *args])


def test_review_cli_help_lists_its_options():
    result = run("--help")
    assert result.exit_code == 0
    for option in ("--db", "--host", "--port", "--no-browser", "--reviewer"):
        assert option in result.output


@pytest.mark.parametrize(
    "make,problem",
    [
        (lambda p: None, "no such file"),
        (lambda p: p.write_text("not a database, just text\n" * 40), "not an SQLite database"),
        (lambda p: p.mkdir(), "is a directory, not an SQLite file"),
    ],
)
def test_review_cli_unusable_db_is_a_one_line_error(db_path, make, problem):
    make(db_path)
    result = run("--db", str(db_path), "--no-browser")
    assert result.exit_code == ExitCode.STORE
    assert result.output == f"claimx: error: {db_path}: {problem}\n"
    assert not db_path.exists() or db_path.is_dir() or db_path.stat().st_size > 0


def test_review_cli_busy_port_is_a_one_line_error(sample_db):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = run("--db", str(sample_db), "--port", str(port), "--no-browser")
    assert result.exit_code == ExitCode.USAGE
    assert result.output.startswith(f"claimx: error: 127.0.0.1:{port}: cannot listen: ")
    assert result.output.count("\n") == 1


def test_review_cli_rejects_an_impossible_port(sample_db):
    result = run("--db", str(sample_db), "--port", "70000")
    assert result.exit_code == ExitCode.USAGE


@pytest.mark.parametrize(
    "host,loopback",
    [("127.0.0.1", True), ("localhost", True), ("::1", True), ("127.0.0.2", True), ("0.0.0.0", False), ("192.168.1.5", False), ("review.lan", False)],
)
def test_review_cli_knows_loopback_hosts(host, loopback):
    assert is_loopback(host) is loopback


def test_review_cli_serves_the_store_and_keeps_decisions(sample_db, review_server):
    claim = northwind()[1][0]
    with review_server(sample_db) as url:
        with httpx.Client(base_url=url) as client:
            overview = BeautifulSoup(client.get("/").text, "html.parser")
            assert len(overview.select("tr.article-row")) == 3
            page = client.get(article_url(claim.article))
            token = BeautifulSoup(page.text, "html.parser").select_one('input[name="csrf"]')["value"]
            response = client.post(
                "/decisions",
                data={"csrf": token, "claim": claim.id, "decision": "confirm"},
                headers={"Origin": url},
            )
            assert response.status_code == 303
    with ClaimStore(sample_db, create=False) as store:
        assert store.claim(claim.id).decision.decision == "confirm"


def test_review_cli_refuses_an_empty_reviewer_name(sample_db):
    result = run("--db", str(sample_db), "--no-browser", "--reviewer", " \t ")
    assert result.exit_code == ExitCode.USAGE
    assert result.output.strip() == "claimx: error: --reviewer: give a name, not an empty one"
