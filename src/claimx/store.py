"""The SQLite store: articles, their checked claims and entities, and review decisions.

Each article is written in one transaction with its claims and entities, so an interrupted
batch never leaves half an article, and `has_article` lets a re-run skip what is already
stored with the same content hash. Records are kept as their JSON plus indexed columns for
filtering. The schema is versioned (`claimx.store_schema`) and migrated forward on open,
so a later claimx opens an older db.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, NamedTuple, Optional
from urllib.parse import quote

from claimx.errors import StoreError
from claimx.records import Article, Claim, Entity, Record, VerdictName
from claimx.store_schema import SCHEMA_VERSION, migrate

DecisionName = Literal["confirm", "reject", "correct", "not_a_claim"]
DECISIONS: tuple[DecisionName, ...] = ("confirm", "reject", "correct", "not_a_claim")
VERDICTS: tuple[VerdictName, ...] = ("contradicted", "unverifiable", "supported")


class ArticleNotFound(LookupError):
    """No article with that id in the store."""


class ClaimNotFound(LookupError):
    """No claim with that id in the store."""


class Decision(Record):
    """One review decision on a claim; the latest one for a claim is its current decision."""

    id: int
    claim: str
    decision: DecisionName
    reviewer: str
    decided_at: dt.datetime
    comment: Optional[str] = None
    corrected_value: Optional[float] = None


class ClaimRow(NamedTuple):
    """A stored claim with its current review decision (None when not reviewed)."""

    claim: Claim
    decision: Optional[Decision]


@dataclass(frozen=True)
class ArticleSummary:
    """One article on the overview: its metadata and counts of its claims.

    id (str): the article id.
    title (str | None): the article title.
    path (str | None): where it was read from.
    published (date | None): publication date.
    content_hash (str): `content_hash(text)` of the stored text.
    stored_at (datetime): when this version was stored.
    verdicts (dict[str, int]): claims per verdict; "unchecked" counts claims without one.
    claims (int): number of claims.
    reviewed (int): claims with a current review decision.
    decisions (int): review decisions recorded on its claims, history included.
    """

    id: str
    title: Optional[str]
    path: Optional[str]
    published: Optional[dt.date]
    content_hash: str
    stored_at: dt.datetime
    verdicts: dict[str, int] = field(default_factory=dict)
    claims: int = 0
    reviewed: int = 0
    decisions: int = 0


@dataclass(frozen=True)
class Facets:
    """The values the overview's filters offer.

    entities (list[str]): entity ids, or subjects where a claim has no entity id.
    metrics (list[str]): metrics of stored claims.
    """

    entities: list[str]
    metrics: list[str]



# The overview's sort orders, by name: ORDER BY clauses over `a` (articles), `per` and `rev`.
SORTS: dict[str, str] = {
    "flagged": "COALESCE(per.contradicted, 0) DESC, COALESCE(per.unverifiable, 0) DESC, a.published DESC, a.id",
    "open": "COALESCE(per.n, 0) - COALESCE(rev.reviewed, 0) DESC, COALESCE(per.contradicted, 0) DESC, a.id",
    "newest": "a.published IS NULL, a.published DESC, a.id",
    "oldest": "a.published IS NULL, a.published, a.id",
    "title": "COALESCE(a.title, a.id) COLLATE NOCASE, a.id",
    "claims": "COALESCE(per.n, 0) DESC, a.id",
}
STATUSES = ("open", "done")


@dataclass(frozen=True)
class ArticleQuery:
    """What the overview asks for: filters on claims, a search on articles, a status and an order.

    verdict, entity, metric (str | None): only articles with one claim matching all of these.
    search (str | None): words the title, id or path must contain (case-insensitive; every word).
    status (str | None): "open" for articles with claims left to review, "done" for none left.
    sort (str): a key of `SORTS`.
    """

    verdict: Optional[VerdictName] = None
    entity: Optional[str] = None
    metric: Optional[str] = None
    search: Optional[str] = None
    status: Optional[str] = None
    sort: str = "flagged"

    def __post_init__(self) -> None:
        if self.sort not in SORTS:
            raise ValueError(f"unknown sort {self.sort!r}; expected one of {', '.join(SORTS)}")
        if self.status is not None and self.status not in STATUSES:
            raise ValueError(f"unknown status {self.status!r}; expected one of {', '.join(STATUSES)}")


# Per-article counts, read from the (article, verdict) index and the decisions alone (CROSS JOIN
# keeps SQLite from walking every claim to find the few decided ones). A claim
# with any decision on its article's current text has a current decision, so `reviewed` counts
# distinct claims.
_ARTICLE_COUNTS = """
    per AS (
        SELECT article, COUNT(*) AS n,
            SUM(verdict = 'contradicted') AS contradicted,
            SUM(verdict = 'unverifiable') AS unverifiable,
            SUM(verdict = 'supported') AS supported,
            SUM(verdict IS NULL) AS unchecked
        FROM claims INDEXED BY claims_article_verdict GROUP BY article
    ),
    rev AS (
        SELECT c.article, COUNT(DISTINCT d.claim) AS reviewed, COUNT(*) AS decisions
        FROM decisions d
        CROSS JOIN claims c ON c.id = d.claim
        JOIN articles a ON a.id = c.article AND a.content_hash = d.article_hash
        GROUP BY c.article
    )
"""


# Decisions that count: made on the article's current text, the latest per claim.
_CURRENT_DECISIONS = """
    SELECT d.* FROM decisions d
    JOIN claims c ON c.id = d.claim
    JOIN articles a ON a.id = c.article AND a.content_hash = d.article_hash
    WHERE d.id = (SELECT MAX(d2.id) FROM decisions d2
                  WHERE d2.claim = d.claim AND d2.article_hash = d.article_hash)
"""
_DECISION_COLUMNS = "id, claim, decision, reviewer, decided_at, comment, corrected_value"


def content_hash(text: str) -> str:
    """Return the hash that tells whether an article's text changed since it was stored.

    text (str): the article text.
    RETURNS (str): "sha256:" and the hex digest of the UTF-8 text.
    """
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()


class ClaimStore:
    """Articles, checked claims, entities and review decisions in one SQLite file.

    path (str | Path | None): the db file; created when missing unless `create` is False.
    memory (bool): keep everything in memory instead (tests, one-off runs).
    create (bool): create a missing file; False makes a missing file a StoreError.
    read_only (bool): open for reading only (`mode=ro`; `immutable=1` when the file's folder cannot
        be written either, as on read-only media), so reading commands work on a store they
        cannot write. Writing then raises StoreError.

    The connection is shared between threads (the web app serves from a pool) behind a lock.
    """

    def __init__(self, path: str | Path | None = None, *, memory: bool = False, create: bool = True,
                 read_only: bool = False):
        if memory == (path is not None):
            raise ValueError("ClaimStore needs either a path or memory=True")
        self.path = ":memory:" if memory else str(path)
        self.read_only = read_only and not memory
        self._lock = threading.RLock()
        self._conn = self._open(create)
        try:
            self._prepare()
        except BaseException:
            self._conn.close()
            raise

    def close(self) -> None:
        """Close the connection; the store cannot be used afterwards."""
        with self._lock:
            self._conn.close()

    def __enter__(self) -> ClaimStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        """The schema version of the open db (`PRAGMA user_version`)."""
        with self._reading() as conn:
            return conn.execute("PRAGMA user_version").fetchone()[0]

    def has_article(self, article_id: str, content_hash: str) -> bool:
        """Tell whether the article is stored with this content hash, so a re-run can skip it.

        article_id (str): the article id.
        content_hash (str): `content_hash(article.text)`.
        RETURNS (bool): True when stored with the same hash.
        """
        with self._reading() as conn:
            row = conn.execute(
                "SELECT 1 FROM articles WHERE id = ? AND content_hash = ?", (article_id, content_hash)
            ).fetchone()
        return row is not None

    def add_result(self, article: Article, claims: Iterable[Claim], entities: Iterable[Entity] = ()) -> bool:
        """Store an article with its claims and entities in one transaction.

        Re-adding an article with the same text is a no-op; with changed text its claims and
        entities are replaced. An exception (or Ctrl+C) midway rolls the whole article back.

        article (Article): the article.
        claims (Iterable[Claim]): its claims, checked or not.
        entities (Iterable[Entity]): its entities.
        RETURNS (bool): True when written, False when already stored with the same text.
        """
        digest = content_hash(article.text)
        claims = list(claims)
        entities = list(entities)
        for item in (*claims, *entities):
            if item.article != article.id:
                raise ValueError(f"{type(item).__name__} {item.id!r} belongs to {item.article!r}, not {article.id!r}")
        with self._writing() as conn:
            row = conn.execute("SELECT content_hash FROM articles WHERE id = ?", (article.id,)).fetchone()
            if row is not None and row[0] == digest:
                return False
            conn.execute("DELETE FROM claims WHERE article = ?", (article.id,))
            conn.execute("DELETE FROM entities WHERE article = ?", (article.id,))
            conn.execute(
                "INSERT OR REPLACE INTO articles (id, content_hash, title, path, published, stored_at, record) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    article.id,
                    digest,
                    article.title,
                    article.path,
                    article.published.isoformat() if article.published else None,
                    _now().isoformat(),
                    article.model_dump_json(),
                ),
            )
            for claim in claims:
                conn.execute(
                    'INSERT INTO claims (id, article, start, "end", value, unit, kind, subject, entity_id, '
                    "metric, period, verdict, record) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    _claim_row(claim),
                )
            for entity in entities:
                conn.execute(
                    "INSERT INTO entities (id, article, name, label, record) VALUES (?, ?, ?, ?, ?)",
                    (entity.id, entity.article, entity.name, entity.label, entity.model_dump_json()),
                )
        return True

    def article(self, article_id: str) -> Article:
        """Return one stored article.

        article_id (str): the article id.
        RETURNS (Article): the article as stored.
        """
        with self._reading() as conn:
            row = conn.execute("SELECT record FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            raise ArticleNotFound(article_id)
        return Article.model_validate_json(row[0])

    def articles(
        self,
        *,
        verdict: Optional[VerdictName] = None,
        entity: Optional[str] = None,
        metric: Optional[str] = None,
    ) -> list[ArticleSummary]:
        """List articles with claim counts, those with the most contradicted claims first.

        verdict (str | None): only articles with a claim of this verdict.
        entity (str | None): only articles with a claim about this entity id or subject.
        metric (str | None): only articles with a claim on this metric.
        When several filters are given, one claim must match all of them.
        RETURNS (list[ArticleSummary]): the matching articles.
        """
        return self.article_page(ArticleQuery(verdict=verdict, entity=entity, metric=metric), limit=None)[0]

    def article_page(
        self, query: Optional[ArticleQuery] = None, *, offset: int = 0, limit: Optional[int] = 50
    ) -> tuple[list[ArticleSummary], int]:
        """One page of the overview: matching articles with claim counts, in the query's order.

        query (ArticleQuery | None): filters, search and sort; None lists every article.
        offset (int): articles to skip.
        limit (int | None): page size; None for all.
        RETURNS (tuple[list[ArticleSummary], int]): the page and how many articles match in all.
        """
        query = query or ArticleQuery()
        where, params = _article_filters(query)
        # The total comes with the page (a window over every matching row, before LIMIT): one pass.
        sql = f"""
            WITH {_ARTICLE_COUNTS}
            SELECT a.id, a.title, a.path, a.published, a.content_hash, a.stored_at,
                COALESCE(per.n, 0), COALESCE(per.contradicted, 0), COALESCE(per.unverifiable, 0),
                COALESCE(per.supported, 0), COALESCE(per.unchecked, 0),
                COALESCE(rev.reviewed, 0), COALESCE(rev.decisions, 0),
                COUNT(*) OVER ()
            FROM articles a
            LEFT JOIN per ON per.article = a.id
            LEFT JOIN rev ON rev.article = a.id
            WHERE {where}
            ORDER BY {SORTS[query.sort]}
            LIMIT ? OFFSET ?
        """
        with self._reading() as conn:
            rows = conn.execute(sql, [*params, -1 if limit is None else limit, offset]).fetchall()
            if rows or not offset:
                total = rows[0][13] if rows else 0
            else:  # a page past the end: count the matches on their own
                total = len(self.article_ids(query))
        return [_summary(r) for r in rows], total

    def article_ids(self, query: Optional[ArticleQuery] = None) -> list[str]:
        """The ids of every article the query matches, in its order (for next/previous links)."""
        query = query or ArticleQuery()
        where, params = _article_filters(query)
        sql = f"""
            WITH {_ARTICLE_COUNTS}
            SELECT a.id FROM articles a
            LEFT JOIN per ON per.article = a.id
            LEFT JOIN rev ON rev.article = a.id
            WHERE {where}
            ORDER BY {SORTS[query.sort]}
        """
        with self._reading() as conn:
            return [r[0] for r in conn.execute(sql, params)]

    def totals(self) -> dict[str, int]:
        """Counts over the whole store: articles, claims, contradicted, reviewed claims, decisions."""
        with self._reading() as conn:
            articles = conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
            claims, contradicted = conn.execute(
                "SELECT COUNT(*), COALESCE(SUM(verdict = 'contradicted'), 0) FROM claims INDEXED BY claims_article_verdict"
            ).fetchone()
            reviewed, decisions = conn.execute(
                "SELECT COUNT(DISTINCT d.claim), COUNT(*) FROM decisions d JOIN claims c ON c.id = d.claim "
                "JOIN articles a ON a.id = c.article AND a.content_hash = d.article_hash"
            ).fetchone()
        return {
            "articles": articles,
            "claims": claims,
            "contradicted": contradicted,
            "reviewed": reviewed,
            "decisions": decisions,
        }

    def facet_counts(
        self,
        field: Literal["entity", "metric"],
        *,
        verdict: Optional[VerdictName] = None,
        entity: Optional[str] = None,
        metric: Optional[str] = None,
    ) -> list[tuple[str, int]]:
        """The values one filter menu can offer, with how many claims have each, most claims first.

        The other filters narrow the menu: with `verdict="contradicted"`, the metric menu counts
        contradicted claims only. The field's own filter is ignored.
        field (str): "entity" (entity id, else subject) or "metric".
        RETURNS (list[tuple[str, int]]): (value, claims) pairs.
        """
        column = "COALESCE(f.entity_id, f.subject)" if field == "entity" else "f.metric"
        where, params = _claim_filters(
            "f",
            verdict=verdict,
            entity=None if field == "entity" else entity,
            metric=None if field == "metric" else metric,
        )
        sql = (
            f"SELECT {column} AS v, COUNT(*) AS n FROM claims f WHERE v IS NOT NULL AND {where} "
            "GROUP BY v ORDER BY n DESC, v COLLATE NOCASE"
        )
        with self._reading() as conn:
            return [(r[0], r[1]) for r in conn.execute(sql, params)]

    def claims(
        self,
        article: Optional[str] = None,
        verdict: Optional[VerdictName] = None,
        entity: Optional[str] = None,
        metric: Optional[str] = None,
        reviewed: Optional[bool] = None,
        since: Optional[dt.date] = None,
    ) -> list[ClaimRow]:
        """List stored claims with their current decision, in article order.

        article (str | None): only this article's claims.
        verdict (str | None): only claims with this verdict.
        entity (str | None): only claims whose entity id or subject is this (case-insensitive).
        metric (str | None): only claims on this metric.
        reviewed (bool | None): True for claims with a current decision, False for those without.
        since (date | None): only claims in articles published on or after this date.
        RETURNS (list[ClaimRow]): (claim, decision) rows.
        """
        where, params = _claim_filters("c", verdict=verdict, entity=entity, metric=metric)
        clauses = [where]
        if article is not None:
            clauses.append("c.article = ?")
            params.append(article)
        if reviewed is not None:
            clauses.append(f"cur.id IS {'NOT ' if reviewed else ''}NULL")
        if since is not None:
            clauses.append("a.published >= ?")
            params.append(since.isoformat())
        sql = f"""
            WITH current AS ({_CURRENT_DECISIONS})
            SELECT c.record, {", ".join(f"cur.{name}" for name in _DECISION_COLUMNS.split(", "))}
            FROM claims c
            JOIN articles a ON a.id = c.article
            LEFT JOIN current cur ON cur.claim = c.id
            WHERE {" AND ".join(clauses)}
            ORDER BY c.article, c.start, c."end", c.id
        """
        with self._reading() as conn:
            rows = conn.execute(sql, params).fetchall()
        return [ClaimRow(Claim.model_validate_json(r[0]), _decision(r[1:]) if r[1] is not None else None) for r in rows]

    def claim(self, claim_id: str) -> ClaimRow:
        """Return one stored claim with its current decision.

        claim_id (str): the claim id.
        RETURNS (ClaimRow): the claim and its decision.
        """
        with self._reading() as conn:
            row = conn.execute("SELECT record FROM claims WHERE id = ?", (claim_id,)).fetchone()
        if row is None:
            raise ClaimNotFound(claim_id)
        claim = Claim.model_validate_json(row[0])
        history = self.decisions(claim_id)
        return ClaimRow(claim, history[-1] if history else None)

    def entities(self, article: str) -> list[Entity]:
        """Return the entities stored for an article.

        article (str): the article id.
        RETURNS (list[Entity]): its entities in id order.
        """
        with self._reading() as conn:
            rows = conn.execute("SELECT record FROM entities WHERE article = ? ORDER BY id", (article,)).fetchall()
        return [Entity.model_validate_json(r[0]) for r in rows]

    def facets(self) -> Facets:
        """Return the entity and metric values stored claims have, for filter menus."""
        with self._reading() as conn:
            entities = conn.execute(
                "SELECT DISTINCT COALESCE(entity_id, subject) AS e FROM claims WHERE e IS NOT NULL ORDER BY e COLLATE NOCASE"
            ).fetchall()
            metrics = conn.execute(
                "SELECT DISTINCT metric FROM claims WHERE metric IS NOT NULL ORDER BY metric COLLATE NOCASE"
            ).fetchall()
        return Facets(entities=[r[0] for r in entities], metrics=[r[0] for r in metrics])

    def add_decision(
        self,
        claim_id: str,
        decision: DecisionName,
        *,
        reviewer: str,
        comment: Optional[str] = None,
        corrected_value: Optional[float] = None,
    ) -> Decision:
        """Record a review decision on a claim; it becomes the current one, earlier ones stay as history.

        claim_id (str): the claim decided on.
        decision (str): confirm (the verdict is right), reject (it is wrong), correct (the
            value should be `corrected_value`) or not_a_claim.
        reviewer (str): who decided.
        comment (str | None): free text.
        corrected_value (float | None): required for "correct", refused otherwise.
        RETURNS (Decision): the stored decision with its id and UTC timestamp.
        """
        if decision not in DECISIONS:
            raise ValueError(f"unknown decision {decision!r}; expected one of {', '.join(DECISIONS)}")
        if (decision == "correct") != (corrected_value is not None):
            raise ValueError("a corrected value goes with the decision 'correct', and only with it")
        comment = comment.strip() or None if comment else None
        decided_at = _now()
        with self._writing() as conn:
            row = conn.execute(
                "SELECT a.content_hash FROM claims c JOIN articles a ON a.id = c.article WHERE c.id = ?", (claim_id,)
            ).fetchone()
            if row is None:
                raise ClaimNotFound(claim_id)
            cursor = conn.execute(
                "INSERT INTO decisions (claim, article_hash, decision, reviewer, comment, corrected_value, decided_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (claim_id, row[0], decision, reviewer, comment, corrected_value, decided_at.isoformat()),
            )
        return Decision(
            id=cursor.lastrowid,
            claim=claim_id,
            decision=decision,
            reviewer=reviewer,
            decided_at=decided_at,
            comment=comment,
            corrected_value=corrected_value,
        )

    def decisions(self, claim_id: str) -> list[Decision]:
        """Return the decision history of a claim on its article's current text, oldest first.

        claim_id (str): the claim id.
        RETURNS (list[Decision]): its decisions; the last is the current one.
        """
        with self._reading() as conn:
            rows = conn.execute(
                f"SELECT {', '.join('d.' + c for c in _DECISION_COLUMNS.split(', '))} FROM decisions d "
                "JOIN claims c ON c.id = d.claim "
                "JOIN articles a ON a.id = c.article AND a.content_hash = d.article_hash "
                "WHERE d.claim = ? ORDER BY d.id",
                (claim_id,),
            ).fetchall()
        return [_decision(r) for r in rows]

    def decision_count(self) -> int:
        """Return how many review decisions count on current article texts, history included."""
        with self._reading() as conn:
            return conn.execute(
                "SELECT COUNT(*) FROM decisions d JOIN claims c ON c.id = d.claim "
                "JOIN articles a ON a.id = c.article AND a.content_hash = d.article_hash"
            ).fetchone()[0]

    def _open(self, create: bool) -> sqlite3.Connection:
        if self.path == ":memory:":
            return sqlite3.connect(":memory:", check_same_thread=False, isolation_level=None)
        path = Path(self.path)
        if path.is_dir():
            raise StoreError(f"{self.path}: is a directory, not an SQLite file")
        if not create and not path.exists():
            raise StoreError(f"{self.path}: no such file")
        if self.read_only:
            if not path.exists():
                raise StoreError(f"{self.path}: no such file")
            return self._open_read_only(path)
        mode = "rwc" if create else "rw"
        uri = f"file:{quote(str(path.absolute()))}?mode={mode}"
        try:
            conn = sqlite3.connect(uri, uri=True, check_same_thread=False, isolation_level=None, timeout=10)
        except sqlite3.Error as error:
            raise StoreError(f"{self.path}: cannot open: {error}") from None
        return conn

    def _open_read_only(self, path: Path) -> sqlite3.Connection:
        """`mode=ro`, or `immutable=1` when even reading needs a write (a WAL db on read-only media)."""
        base = f"file:{quote(str(path.absolute()))}?mode=ro"
        for uri in (base, base + "&immutable=1"):
            try:
                conn = sqlite3.connect(uri, uri=True, check_same_thread=False, isolation_level=None, timeout=10)
                conn.execute("SELECT name FROM sqlite_master LIMIT 1").fetchall()
                return conn
            except sqlite3.DatabaseError as error:
                last = error
                if "not a database" in str(error) or "malformed" in str(error):
                    break
        raise StoreError(f"{self.path}: {_describe(last)}") from None

    def _prepare(self) -> None:
        try:
            conn = self._conn
            # Reading the schema is the first access to the file: it fails on non-SQLite files.
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise StoreError(
                    f"{self.path}: written by a newer claimx (schema version {version}; "
                    f"this claimx reads up to {SCHEMA_VERSION})"
                )
            if version == 0 and tables - {"schema_migrations", "sqlite_sequence"}:
                raise StoreError(f"{self.path}: an SQLite database, but not a claimx store")
            if self.read_only:
                if version < SCHEMA_VERSION:
                    raise StoreError(f"{self.path}: written by an older claimx (schema version {version}); "
                                     "it needs migrating, which a read-only store cannot be")
                conn.execute("PRAGMA query_only = ON")
                return
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA journal_mode = WAL")
            problem = conn.execute("PRAGMA quick_check(1)").fetchone()[0]
            if problem != "ok":
                raise StoreError(f"{self.path}: corrupt SQLite database ({' '.join(problem.split())})")
            migrate(conn)
        except sqlite3.Error as error:
            raise StoreError(f"{self.path}: {_describe(error)}") from None

    @contextmanager
    def _reading(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            try:
                yield self._conn
            except sqlite3.Error as error:
                raise StoreError(f"{self.path}: {_describe(error)}") from None

    @contextmanager
    def _writing(self) -> Iterator[sqlite3.Connection]:
        # One explicit transaction; anything escaping it, KeyboardInterrupt included, rolls back.
        with self._lock:
            try:
                self._conn.execute("BEGIN IMMEDIATE")
                try:
                    yield self._conn
                except BaseException:
                    self._conn.execute("ROLLBACK")
                    raise
                self._conn.execute("COMMIT")
            except sqlite3.Error as error:
                raise StoreError(f"{self.path}: {_describe(error)}") from None


def _claim_row(claim: Claim) -> tuple[object, ...]:
    return (
        claim.id,
        claim.article,
        claim.start,
        claim.end,
        claim.value,
        claim.unit,
        claim.kind,
        claim.subject,
        claim.entity_id,
        claim.metric,
        claim.period,
        claim.verdict,
        claim.model_dump_json(),
    )


def _claim_filters(
    alias: str, *, verdict: Optional[str], entity: Optional[str], metric: Optional[str]
) -> tuple[str, list[object]]:
    clauses: list[str] = ["1"]
    params: list[object] = []
    if verdict is not None:
        clauses.append(f"{alias}.verdict = ?")
        params.append(verdict)
    if entity is not None:
        clauses.append(f"({alias}.entity_id = ? COLLATE NOCASE OR {alias}.subject = ? COLLATE NOCASE)")
        params += [entity, entity]
    if metric is not None:
        clauses.append(f"{alias}.metric = ?")
        params.append(metric)
    return " AND ".join(clauses), params


def _article_filters(query: ArticleQuery) -> tuple[str, list[object]]:
    clauses: list[str] = ["1"]
    params: list[object] = []
    if query.verdict is not None or query.entity is not None or query.metric is not None:
        where, params = _claim_filters("f", verdict=query.verdict, entity=query.entity, metric=query.metric)
        clauses.append(f"a.id IN (SELECT f.article FROM claims f WHERE {where})")
    for word in (query.search or "").split():
        pattern = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        clauses.append(
            "(a.title LIKE ? ESCAPE '\\' OR a.id LIKE ? ESCAPE '\\' OR a.path LIKE ? ESCAPE '\\')"
        )
        params += [pattern, pattern, pattern]
    if query.status == "open":
        clauses.append("COALESCE(per.n, 0) > COALESCE(rev.reviewed, 0)")
    elif query.status == "done":
        clauses.append("COALESCE(per.n, 0) = COALESCE(rev.reviewed, 0)")
    return " AND ".join(clauses), params


def _summary(r: tuple) -> ArticleSummary:
    return ArticleSummary(
        id=r[0],
        title=r[1],
        path=r[2],
        published=dt.date.fromisoformat(r[3]) if r[3] else None,
        content_hash=r[4],
        stored_at=dt.datetime.fromisoformat(r[5]),
        claims=r[6],
        verdicts={"contradicted": r[7], "unverifiable": r[8], "supported": r[9], "unchecked": r[10]},
        reviewed=r[11],
        decisions=r[12],
    )


def _decision(row: tuple) -> Decision:
    return Decision(
        id=row[0],
        claim=row[1],
        decision=row[2],
        reviewer=row[3],
        decided_at=dt.datetime.fromisoformat(row[4]),
        comment=row[5],
        corrected_value=row[6],
    )


def _describe(error: sqlite3.Error) -> str:
    message = " ".join(str(error).split())
    if message == "file is not a database":
        return "not an SQLite database"
    if "malformed" in message:
        return f"corrupt SQLite database ({message})"
    return message


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)
