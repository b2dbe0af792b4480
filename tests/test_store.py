"""Specifications of the SQLite store: records in and out, one transaction per article,
resume after an interruption, review decisions, schema versions and unopenable files."""
from __future__ import annotations

import datetime as dt
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from fixtures_store import contoso, hostile, northwind, sample_results

import claimx.store as store_module
from claimx.errors import ExitCode, StoreError
from claimx.records import Article
from claimx.store import ArticleNotFound, ClaimNotFound, ClaimStore, content_hash
from claimx.store_schema import MIGRATIONS, SCHEMA_VERSION, migrate

TESTS = Path(__file__).parent


def stored_counts(store: ClaimStore) -> dict[str, int]:
    """Claims per stored article."""
    return {summary.id: summary.claims for summary in store.articles()}


def test_store_content_hash_changes_with_the_text():
    assert content_hash("abc") == content_hash("abc")
    assert content_hash("abc") != content_hash("abd")
    assert content_hash("abc").startswith("sha256:")


def test_store_round_trips_records(memory_store):
    article, claims, entities = northwind()
    assert memory_store.add_result(article, claims, entities) is True
    assert memory_store.article(article.id) == article
    assert [row.claim for row in memory_store.claims(article=article.id)] == claims
    assert memory_store.entities(article.id) == entities


@pytest.mark.parametrize(
    "article_id,text,expected",
    [
        ("business/northwind-fy2025.txt", northwind()[0].text, True),
        ("business/northwind-fy2025.txt", northwind()[0].text + " Updated.", False),
        ("business/unknown.txt", northwind()[0].text, False),
    ],
)
def test_store_has_article_compares_the_content_hash(sample_store, article_id, text, expected):
    assert sample_store.has_article(article_id, content_hash(text)) is expected


def test_store_re_adding_the_same_text_is_a_no_op(sample_store):
    article, claims, entities = northwind()
    before = {s.id: s.stored_at for s in sample_store.articles()}
    sample_store.add_decision(claims[0].id, "confirm", reviewer="ana")
    assert sample_store.add_result(article, claims[:1], entities) is False
    assert {s.id: s.stored_at for s in sample_store.articles()} == before
    assert len(sample_store.claims(article=article.id)) == len(claims)
    assert sample_store.claim(claims[0].id).decision.decision == "confirm"


def test_store_changed_text_replaces_the_articles_claims(sample_store):
    article, claims, _ = northwind()
    sample_store.add_decision(claims[0].id, "reject", reviewer="ana")
    edited = article.model_copy(update={"text": article.text + "\n\nCorrection appended."})
    assert sample_store.add_result(edited, claims[:2]) is True
    assert [row.claim for row in sample_store.claims(article=article.id)] == claims[:2]
    assert sample_store.article(article.id).text.endswith("Correction appended.")
    assert sample_store.entities(article.id) == []
    # The decision was made on the old text: it no longer counts for the claim at those offsets.
    assert sample_store.claim(claims[0].id).decision is None
    assert sample_store.decision_count() == 0


def test_store_rejects_claims_of_another_article(memory_store):
    article, _, _ = contoso()
    _, northwind_claims, _ = northwind()
    with pytest.raises(ValueError, match="belongs to"):
        memory_store.add_result(article, northwind_claims)
    assert memory_store.articles() == []


@pytest.mark.parametrize("interruption", [RuntimeError("disk on fire"), KeyboardInterrupt()])
@pytest.mark.parametrize("already_stored", [False, True])
def test_store_interrupted_article_leaves_nothing_half_written(
    sample_store, monkeypatch, interruption, already_stored
):
    article, claims, entities = northwind()
    if already_stored:
        article = article.model_copy(update={"text": article.text + " (updated)"})
    else:
        sample_store.close()
        sample_store = ClaimStore(memory=True)
    before = stored_counts(sample_store)
    real_row = store_module._claim_row
    calls = []

    def interrupted_row(claim):
        calls.append(claim.id)
        if len(calls) == 3:
            raise interruption
        return real_row(claim)

    monkeypatch.setattr(store_module, "_claim_row", interrupted_row)
    with pytest.raises(type(interruption)):
        sample_store.add_result(article, claims, entities)
    assert len(calls) == 3
    assert stored_counts(sample_store) == before
    assert sample_store.has_article(article.id, content_hash(article.text)) is False

    monkeypatch.setattr(store_module, "_claim_row", real_row)
    assert sample_store.add_result(article, claims, entities) is True
    assert stored_counts(sample_store)[article.id] == len(claims)


def test_store_resumes_after_the_process_is_killed_mid_article(db_path):
    """SIGKILL inside an article's transaction; a re-run stores every article exactly once."""
    _, contoso_claims, _ = contoso()
    child = textwrap.dedent(
        """
        import sys, time
        import claimx.store as store_module
        from fixtures_store import sample_results

        real_row = store_module._claim_row

        def stalled_row(claim):
            if claim.id == sys.argv[2]:
                print("inside the transaction", flush=True)
                time.sleep(120)
            return real_row(claim)

        store_module._claim_row = stalled_row
        store = store_module.ClaimStore(sys.argv[1])
        for article, claims, entities in sample_results():
            if not store.has_article(article.id, store_module.content_hash(article.text)):
                store.add_result(article, claims, entities)
        """
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(TESTS), os.environ.get("PYTHONPATH", "")])}
    process = subprocess.Popen(
        [sys.executable, "-c", child, str(db_path), contoso_claims[1].id],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert process.stdout.readline().strip() == "inside the transaction"
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)

    expected = {article.id: len(claims) for article, claims, _ in sample_results()}
    with ClaimStore(db_path) as store:
        # Northwind was committed before the kill; Contoso was mid-transaction and is absent.
        assert stored_counts(store) == {northwind()[0].id: expected[northwind()[0].id]}
        written = [
            store.add_result(*result)
            for result in sample_results()
            if not store.has_article(result[0].id, content_hash(result[0].text))
        ]
        assert written == [True, True]
        assert stored_counts(store) == expected
        assert len(store.claims()) == sum(expected.values())


@pytest.mark.parametrize(
    "filters,expected_texts",
    [
        ({}, ["$41.2 billion", "12%", "$9.8 billion", "4,600", "7%", "1,250 MW", "$3.1 billion", "$2 billion"]),
        ({"article": "energy/contoso.txt"}, ["1,250 MW", "$3.1 billion"]),
        ({"verdict": "contradicted"}, ["$41.2 billion", "$2 billion"]),
        ({"verdict": "unverifiable", "metric": "stores"}, ["4,600"]),
        ({"entity": "Northwind"}, ["$41.2 billion", "12%", "4,600"]),
        ({"entity": "northwind foods"}, ["$41.2 billion", "12%", "4,600", "7%"]),
        ({"metric": "revenue"}, ["$41.2 billion", "12%", "$9.8 billion"]),
        ({"since": dt.date(2025, 6, 1)}, ["$41.2 billion", "12%", "$9.8 billion", "4,600", "7%", "1,250 MW", "$3.1 billion"]),
        ({"since": dt.date(2025, 7, 1)}, ["$41.2 billion", "12%", "$9.8 billion", "4,600", "7%"]),
        ({"reviewed": True}, ["12%", "$2 billion"]),
        ({"reviewed": False, "verdict": "contradicted"}, ["$41.2 billion"]),
        ({"article": "no/such.txt"}, []),
    ],
)
def test_store_claims_filters(sample_store, filters, expected_texts):
    by_text = {row.claim.text: row.claim.id for row in sample_store.claims()}
    sample_store.add_decision(by_text["12%"], "confirm", reviewer="ana")
    sample_store.add_decision(by_text["$2 billion"], "not_a_claim", reviewer="ana")
    assert sorted(row.claim.text for row in sample_store.claims(**filters)) == sorted(expected_texts)


def test_store_articles_list_contradicted_first_with_counts(sample_store):
    _, claims, _ = northwind()
    sample_store.add_decision(claims[0].id, "reject", reviewer="ana")
    sample_store.add_decision(claims[0].id, "confirm", reviewer="ana")
    sample_store.add_decision(claims[3].id, "not_a_claim", reviewer="ben")
    summaries = sample_store.articles()
    assert [s.id for s in summaries] == ["business/northwind-fy2025.txt", "odd/<script>.txt", "energy/contoso.txt"]
    first = summaries[0]
    assert first.verdicts == {"contradicted": 1, "unverifiable": 2, "supported": 2, "unchecked": 0}
    assert (first.claims, first.reviewed, first.decisions) == (5, 2, 3)
    assert first.published == dt.date(2025, 11, 3)
    assert (summaries[2].reviewed, summaries[2].decisions) == (0, 0)
    assert sample_store.decision_count() == 3


@pytest.mark.parametrize(
    "filters,expected_ids",
    [
        ({"verdict": "contradicted"}, ["business/northwind-fy2025.txt", "odd/<script>.txt"]),
        ({"verdict": "supported"}, ["business/northwind-fy2025.txt", "energy/contoso.txt"]),
        ({"entity": "contoso"}, ["energy/contoso.txt"]),
        ({"metric": "capacity"}, ["energy/contoso.txt"]),
        # One claim must match every filter: Contoso's capacity claim is supported.
        ({"metric": "capacity", "verdict": "contradicted"}, []),
        ({"entity": "northwind", "verdict": "unverifiable", "metric": "stores"}, ["business/northwind-fy2025.txt"]),
    ],
)
def test_store_articles_filters(sample_store, filters, expected_ids):
    assert [s.id for s in sample_store.articles(**filters)] == expected_ids


def test_store_facets_list_entities_and_metrics(sample_store):
    facets = sample_store.facets()
    assert facets.entities == ["<b>Fabrikam</b>", "contoso", "northwind", "Northwind Foods", "northwind-frozen"]
    assert facets.metrics == ["capacity", "capital expenditure", "margin", "revenue", "sales <i>total</i>", "stores"]


def test_store_latest_decision_wins_and_history_is_kept(sample_store):
    claim_id = northwind()[1][0].id
    first = sample_store.add_decision(claim_id, "reject", reviewer="ana", comment="  source is FY2024  ")
    second = sample_store.add_decision(claim_id, "correct", reviewer="ben", corrected_value=38.9e9)
    assert sample_store.decisions(claim_id) == [first, second]
    assert first.comment == "source is FY2024"
    assert sample_store.claim(claim_id).decision == second
    assert second.corrected_value == 38.9e9
    assert first.decided_at <= second.decided_at
    assert second.decided_at.tzinfo is not None
    assert abs(dt.datetime.now(dt.timezone.utc) - second.decided_at) < dt.timedelta(minutes=1)


@pytest.mark.parametrize(
    "decision,corrected_value,message",
    [
        ("approve", None, "unknown decision"),
        ("correct", None, "corrected value"),
        ("confirm", 3.0, "corrected value"),
    ],
)
def test_store_add_decision_rejects_bad_input(sample_store, decision, corrected_value, message):
    claim_id = northwind()[1][0].id
    with pytest.raises(ValueError, match=message):
        sample_store.add_decision(claim_id, decision, reviewer="ana", corrected_value=corrected_value)
    assert sample_store.decisions(claim_id) == []


def test_store_lookups_of_unknown_ids_raise(sample_store):
    with pytest.raises(ClaimNotFound):
        sample_store.add_decision("no/such.txt:0-1", "confirm", reviewer="ana")
    with pytest.raises(ClaimNotFound):
        sample_store.claim("no/such.txt:0-1")
    with pytest.raises(ArticleNotFound):
        sample_store.article("no/such.txt")


def test_store_file_keeps_everything_across_reopening(sample_db):
    claim_id = hostile()[1][0].id
    with ClaimStore(sample_db) as store:
        store.add_decision(claim_id, "confirm", reviewer="ana")
    with ClaimStore(sample_db, create=False) as store:
        assert store.claim(claim_id).decision.reviewer == "ana"
        assert len(store.articles()) == 3
        assert store._conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_store_fresh_db_has_the_current_schema_version(db_path):
    with ClaimStore(db_path) as store:
        assert store.schema_version == SCHEMA_VERSION == MIGRATIONS[-1].version
    connection = sqlite3.connect(db_path)
    assert connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    applied = connection.execute("SELECT version FROM schema_migrations ORDER BY version").fetchall()
    assert [v for (v,) in applied] == [m.version for m in MIGRATIONS]


def test_store_migrates_a_version_1_db(db_path):
    """A db written by a claimx with schema 1 (no review decisions) opens and upgrades."""
    article, claims, _ = northwind()
    old = sqlite3.connect(db_path, isolation_level=None)
    migrate(old, target=1)
    old.execute(
        "INSERT INTO articles (id, content_hash, title, path, published, stored_at, record) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (article.id, content_hash(article.text), article.title, article.path, "2025-11-03",
         "2025-11-04T10:00:00+00:00", article.model_dump_json()),
    )
    for claim in claims:
        old.execute(
            'INSERT INTO claims (id, article, start, "end", value, unit, kind, subject, entity_id, metric, period, '
            "verdict, record) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            store_module._claim_row(claim),
        )
    assert old.execute("PRAGMA user_version").fetchone()[0] == 1
    assert "decisions" not in {r[0] for r in old.execute("SELECT name FROM sqlite_master")}
    old.close()

    with ClaimStore(db_path, create=False) as store:
        assert store.schema_version == SCHEMA_VERSION
        assert [row.claim for row in store.claims()] == claims
        assert store.has_article(article.id, content_hash(article.text))
        store.add_decision(claims[0].id, "confirm", reviewer="ana")
        assert store.articles()[0].reviewed == 1


def test_store_refuses_a_db_from_a_newer_claimx(db_path):
    ClaimStore(db_path).close()
    connection = sqlite3.connect(db_path)
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    connection.close()
    with pytest.raises(StoreError, match=rf"^{db_path}: written by a newer claimx \(schema version {SCHEMA_VERSION + 1}"):
        ClaimStore(db_path)


def corrupt_page(path: Path) -> None:
    """Write a store, then overwrite its second page with garbage."""
    with ClaimStore(path) as store:
        for result in sample_results():
            store.add_result(*result)
    data = bytearray(path.read_bytes())
    data[4096:8192] = b"\xff" * 4096
    path.write_bytes(bytes(data))


def truncated_store(path: Path) -> None:
    """Keep only the 100-byte header of a store, as a crash while copying might."""
    corrupt_page(path)
    path.write_bytes(path.read_bytes()[:100] + bytes(200))


def foreign_db(path: Path) -> None:
    """An SQLite file some other program wrote."""
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE recipes (name TEXT)")
    connection.close()


@pytest.mark.parametrize(
    "make,create,problem",
    [
        (lambda p: p.write_text("id,value\n1,2\n"), True, "not an SQLite database"),
        (lambda p: p.write_bytes(os.urandom(4096)), True, "not an SQLite database"),
        (truncated_store, True, "malformed"),
        (corrupt_page, True, "corrupt SQLite database"),
        (lambda p: p.mkdir(), True, "is a directory"),
        (lambda p: None, False, "no such file"),
        (foreign_db, True, "not a claimx store"),
    ],
)
def test_store_unopenable_file_is_a_one_line_store_error(db_path, make, create, problem):
    make(db_path)
    with pytest.raises(StoreError) as raised:
        ClaimStore(db_path, create=create)
    message = str(raised.value)
    assert message.startswith(f"{db_path}: ")
    assert problem in message
    assert "\n" not in message
    assert raised.value.exit_code == ExitCode.STORE


def test_store_needs_a_path_or_memory():
    with pytest.raises(ValueError):
        ClaimStore()
    with pytest.raises(ValueError):
        ClaimStore("x.db", memory=True)


def test_store_keeps_article_metadata(memory_store):
    article = Article(id="a", text="No numbers here.", url="https://example.org/a", encoding="utf-8")
    memory_store.add_result(article, [])
    assert memory_store.article("a") == article
    assert memory_store.articles()[0].verdicts == {"contradicted": 0, "unverifiable": 0, "supported": 0, "unchecked": 0}
