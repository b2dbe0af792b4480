"""Specifications of the review app's pages, read through FastAPI's test client and BeautifulSoup."""
from __future__ import annotations

import pytest
from bs4 import BeautifulSoup
from fastapi.testclient import TestClient
from fixtures_store import hostile, northwind

from claimx.records import Article
from claimx.review import create_app
from claimx.review.app import SECURITY_HEADERS
from claimx.review.templating import article_url


def soup_of(response) -> BeautifulSoup:
    assert response.headers["content-type"].startswith("text/html")
    return BeautifulSoup(response.text, "html.parser")


def overview_rows(soup: BeautifulSoup) -> list[dict[str, str]]:
    return [
        {
            "title": row.select_one("a.title").get_text(strip=True),
            "href": row.select_one("a.title")["href"],
            "counts": " ".join(chip.get_text(strip=True) for chip in row.select(".chip")),
            "reviewed": row.select_one(".reviewed span").get_text(strip=True),
            "decisions": row.select_one(".decisions").get_text(strip=True),
        }
        for row in soup.select("tr.article-row")
    ]


def test_review_overview_lists_articles_contradicted_first(review_client):
    soup = soup_of(review_client.get("/"))
    assert overview_rows(soup) == [
        {
            "title": "Northwind Foods posts record year",
            "href": "/articles/business%2Fnorthwind-fy2025.txt",
            "counts": "1 contradicted 2 unverifiable 2 supported",
            "reviewed": "0/5",
            "decisions": "0",
        },
        {
            "title": "<script>alert('title')</script>",
            "href": "/articles/odd%2F%3Cscript%3E.txt",
            "counts": "1 contradicted",
            "reviewed": "0/1",
            "decisions": "0",
        },
        {
            "title": "Contoso Energy expands",
            "href": "/articles/energy%2Fcontoso.txt",
            "counts": "2 supported",
            "reviewed": "0/2",
            "decisions": "0",
        },
    ]
    assert " ".join(soup.select_one(".totals").get_text().split()) == (
        "3 articles · 8 claims · 2 contradicted · 0 reviewed · 0 decisions recorded"
    )
    assert [o["value"] for o in soup.select('select[name="metric"] option')] == [
        # Most claims first, then by name; each entry says how many claims it holds.
        "", "revenue", "capacity", "capital expenditure", "margin", "sales <i>total</i>", "stores",
    ]


@pytest.mark.parametrize(
    "query,expected_titles",
    [
        ("?verdict=contradicted", ["Northwind Foods posts record year", "<script>alert('title')</script>"]),
        ("?verdict=supported&entity=contoso", ["Contoso Energy expands"]),
        ("?metric=stores", ["Northwind Foods posts record year"]),
        ("?verdict=&entity=&metric=", ["Northwind Foods posts record year", "<script>alert('title')</script>", "Contoso Energy expands"]),
        ("?metric=capacity&verdict=contradicted", []),
    ],
)
def test_review_overview_filters(review_client, query, expected_titles):
    soup = soup_of(review_client.get("/" + query))
    assert [row["title"] for row in overview_rows(soup)] == expected_titles
    if not expected_titles:
        assert "No article matches these filters" in soup.select_one(".empty").get_text()
    selected = {s["name"]: s.select_one("option[selected]") for s in soup.select("form.filters select")}
    if "verdict=contradicted" in query:
        assert selected["verdict"]["value"] == "contradicted"


def test_review_overview_rejects_an_unknown_verdict(review_client):
    response = review_client.get("/?verdict=<b>wrong</b>")
    assert response.status_code == 400
    soup = soup_of(response)
    assert soup.find("b") is None
    assert "Unknown verdict '<b>wrong</b>'" in soup.select_one(".message").get_text()


def test_review_overview_of_an_empty_store_says_how_to_fill_it(memory_store):
    with TestClient(create_app(memory_store, reviewer="ana"), base_url="http://127.0.0.1") as client:
        soup = soup_of(client.get("/"))
    assert "claimx check ARTICLES --db :memory:" in soup.select_one(".empty").get_text()


def test_review_article_highlights_every_claim_by_verdict(review_client):
    article, claims, _ = northwind()
    soup = soup_of(review_client.get(article_url(article.id)))
    text = soup.select_one("article.text")
    assert text.get_text() == article.text
    assert [(a.get_text(), a["class"][1], a["href"]) for a in text.select("a.hl")] == [
        ("$41.2 billion", "v-contradicted", "#c0"),
        ("12%", "v-supported", "#c1"),
        ("$9.8 billion", "v-supported", "#c2"),
        ("4,600", "v-unverifiable", "#c3"),
        ("7%", "v-unverifiable", "#c4"),
    ]
    items = soup.select("ol.claims > li.claim")
    assert [li["id"] for li in items] == ["c0", "c1", "c2", "c3", "c4"]
    assert [li.select_one(".quote").get_text() for li in items] == [c.text for c in claims]
    assert [li["data-flagged"] for li in items] == ["true", "false", "false", "false", "false"]
    assert [li.select_one('input[name="claim"]')["value"] for li in items] == [c.id for c in claims]
    assert soup.select_one("h1").get_text() == article.title
    assert "j" in soup.select_one("#keys").get_text() and "confirm" in soup.select_one("#keys").get_text()


def test_review_article_shows_evidence_one_click_away(review_client):
    soup = soup_of(review_client.get(article_url(northwind()[0].id)))
    evidence = soup.select_one("li#c0 details.evidence")
    assert evidence is not None and not evidence.has_attr("open")
    assert " ".join(evidence.summary.get_text().split()) == "Evidence · off by 5.91%"
    reference = [td.get_text(strip=True) for td in evidence.select("table.refs tbody td")]
    assert reference == ["Northwind Foods revenue, FY2025", "38.9 billion USD", "Northwind 10-K FY2025"]
    assert evidence.select_one("table.refs tbody td")["title"] == "In the pack: northwind · revenue · FY2025"
    numbers = dict(zip([dt.get_text() for dt in evidence.select("dt")], [" ".join(dd.get_text().split()) for dd in evidence.select("dd")]))
    assert numbers == {
        "Computed": "41.2 billion / 38.9 billion - 1 = 0.059",
        "Claimed": "41.2 billion USD",
        "Expected": "38.9 billion USD",
        "Deviation": "5.91%",
        "Allowed": "±1% in all; made of: exact figure: 1% for rounding",
    }
    # The panel leads with a sentence, figures written as the article writes them.
    assert evidence.select_one("p.lead").get_text() == (
        "Contradicted: the article puts Northwind Foods' revenue for FY2025 at “$41.2 billion”; Northwind 10-K FY2025 "
        "gives $38.9 billion, 5.6% less — beyond the ±1% that the figure as written allows."
    )
    unchecked = soup.select_one("li#c4 details.evidence")
    assert "no evidence was recorded" in unchecked.get_text()


def test_review_article_shows_script_tags_as_text(review_client):
    article, claims, _ = hostile()
    response = review_client.get(article_url(article.id))
    assert response.status_code == 200
    soup = soup_of(response)
    # The only scripts are the app's own, loaded from /static.
    assert [s.get("src") for s in soup.find_all("script")] == ["/static/review.js"]
    assert soup.find("img") is None and soup.find("i") is None
    assert not [b for b in soup.find_all("b")]
    assert "<script>alert(1)</script>" in soup.select_one("article.text").get_text()
    assert soup.select_one("article.text").get_text() == article.text
    assert soup.select_one("h1").get_text() == "<script>alert('title')</script>"
    assert soup.title.get_text().startswith("<script>alert('title')</script>")
    item = soup.select_one("li#c0")
    assert "<b>Fabrikam</b>" in item.select_one(".about").get_text()
    assert '<img src=x onerror="alert(4)">' in item.select_one("table.refs").get_text()
    assert "2 billion / 1.5 billion - 1 = <b>0.333</b>" in item.select_one("code").get_text()
    # A javascript: URL is shown, never linked.
    assert not [a for a in soup.find_all("a") if a.get("href", "").startswith("javascript:")]
    assert "<script>" not in response.text.split("</head>", 1)[1].replace('<script src="/static/review.js" defer></script>', "")


def test_review_article_links_only_http_urls(memory_store):
    memory_store.add_result(Article(id="web", text="Text.", url="https://example.org/story?a=1&b=2"), [])
    with TestClient(create_app(memory_store, reviewer="ana"), base_url="http://127.0.0.1") as client:
        soup = soup_of(client.get(article_url("web")))
    assert soup.select_one(".meta a")["href"] == "https://example.org/story?a=1&b=2"


@pytest.mark.parametrize("article_id", ["a b/c?d#e.txt", "../../etc/passwd", "100%.txt", "/abs/path.txt", "ünï/cødé.txt"])
def test_review_article_ids_with_any_characters_round_trip(memory_store, article_id):
    memory_store.add_result(Article(id=article_id, text=f"Story {article_id}.", title="Odd id"), [])
    with TestClient(create_app(memory_store, reviewer="ana"), base_url="http://127.0.0.1") as client:
        overview = soup_of(client.get("/"))
        href = overview.select_one("a.title")["href"]
        assert href == article_url(article_id)
        soup = soup_of(client.get(href))
    assert soup.select_one("article.text").get_text() == f"Story {article_id}."


def test_review_unknown_article_is_a_404_page(review_client):
    response = review_client.get(article_url("no/<such>.txt"))
    assert response.status_code == 404
    soup = soup_of(response)
    assert soup.select_one(".message").get_text() == "No article 'no/<such>.txt' in this store."


def test_review_article_lists_a_claim_whose_offsets_are_outside_the_text(memory_store):
    article, claims, _ = northwind()
    short = article.model_copy(update={"text": article.text[:60]})
    memory_store.add_result(short, claims[:2])
    with TestClient(create_app(memory_store, reviewer="ana"), base_url="http://127.0.0.1") as client:
        soup = soup_of(client.get(article_url(article.id)))
    assert [a.get_text() for a in soup.select("a.hl")] == ["$41.2 billion"]
    assert soup.select_one("li#c1 .warn").get_text() == "not found at its offsets"


@pytest.mark.parametrize("path", ["/", article_url("energy/contoso.txt"), "/static/review.css"])
def test_review_pages_send_security_headers(review_client, path):
    response = review_client.get(path)
    assert response.status_code == 200
    for name, value in SECURITY_HEADERS.items():
        assert response.headers[name] == value


@pytest.mark.parametrize("path", ["/static/review.css", "/static/review.js"])
def test_review_static_files_are_served(review_client, path):
    response = review_client.get(path)
    assert response.status_code == 200 and len(response.text) > 500


@pytest.mark.parametrize(
    "base_url,allowed_hosts,status",
    [
        ("http://127.0.0.1:8000", None, 200),
        ("http://localhost:8000", None, 200),
        ("http://[::1]:8000", None, 200),
        # A page on a DNS-rebinding domain reaches 127.0.0.1 with its own Host: refused.
        ("http://attacker.example:8000", None, 400),
        ("http://127.0.0.1.attacker.example", None, 400),
        # Bound beyond loopback (--host 0.0.0.0), any name the user reaches it by is fine.
        ("http://review.lan", ("*",), 200),
    ],
)
def test_review_checks_the_host_header(sample_store, base_url, allowed_hosts, status):
    options = {"allowed_hosts": allowed_hosts} if allowed_hosts else {}
    with TestClient(create_app(sample_store, reviewer="ana", **options), base_url=base_url) as client:
        assert client.get("/").status_code == status


def test_review_pages_use_no_inline_script_or_style(review_client):
    for path in ["/", article_url(northwind()[0].id)]:
        soup = soup_of(review_client.get(path))
        assert all(script.get("src") for script in soup.find_all("script"))
        assert soup.find("style") is None and soup.find(style=True) is None
        assert not [tag for tag in soup.find_all() if any(a.startswith("on") for a in tag.attrs)]
