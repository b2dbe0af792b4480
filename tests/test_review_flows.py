"""A desk's day in the review app, without a browser: the list kept from the overview into the
article page and across decisions, decisions that never lose typing, a double press recorded
once, two reviewers with names and a warning, comments capped."""
from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest

from bs4 import BeautifulSoup
from fixtures_store import REVIEW_ORIGIN, northwind

from claimx.records import Article
from claimx.review.templating import article_url

ARTICLE, CLAIMS, _ = northwind()
CONTRADICTED = CLAIMS[0]


def soup_of(response) -> BeautifulSoup:
    return BeautifulSoup(response.text, "html.parser")


def form_of(soup: BeautifulSoup, claim_id: str):
    return next(f for f in soup.select("form.decide") if f.select_one('input[name="claim"]')["value"] == claim_id)


def post_form(client, soup: BeautifulSoup, claim_id: str, decision: str, **fields: str):
    form = form_of(soup, claim_id)
    data = {i["name"]: i.get("value", "") for i in form.select("input[type=hidden]")}
    data.update(decision=decision, **fields)
    return client.post("/decisions", data=data, headers={"Origin": REVIEW_ORIGIN}, follow_redirects=False)


def test_filters_are_carried_into_the_article_page(review_client):
    overview = soup_of(review_client.get("/?verdict=unverifiable&sort=title"))
    link = overview.select_one("a.title")["href"]
    assert urlsplit(link).path == article_url(ARTICLE.id)
    assert parse_qs(urlsplit(link).query) == {"verdict": ["unverifiable"], "sort": ["title"]}
    page = soup_of(review_client.get(link))
    # The panel opens on the verdict the list was filtered by; the way back keeps the list.
    assert page.select_one("#show-unverifiable").has_attr("checked")
    assert page.select_one("a.back")["href"] == "/?verdict=unverifiable&sort=title"
    assert page.select_one("a.back").get_text() == "← Filtered list"
    assert page.select_one("nav.crumbs .where").get_text() == "Article 1 of 1"
    assert page.select_one('nav.crumbs a[rel="next"]') is None
    everything = soup_of(review_client.get(article_url(ARTICLE.id)))
    assert everything.select_one('nav.crumbs a[rel="next"]')["href"] == "/articles/odd%2F%3Cscript%3E.txt"
    assert everything.select_one("#show-all").has_attr("checked")


def test_a_decision_keeps_the_panel_tab_and_the_list(review_client, sample_store):
    page = soup_of(review_client.get(article_url(ARTICLE.id) + "?verdict=contradicted&show=open"))
    assert page.select_one("#show-open").has_attr("checked")
    response = post_form(review_client, page, CONTRADICTED.id, "reject")
    assert response.status_code == 303
    location = response.headers["location"]
    assert location == article_url(ARTICLE.id) + "?verdict=contradicted&show=open#c0"
    assert soup_of(review_client.get(location.split("#")[0])).select_one("#show-open").has_attr("checked")


def test_a_typed_correction_sent_with_confirm_is_kept_then_saved(review_client, sample_store):
    page = soup_of(review_client.get(article_url(ARTICLE.id)))
    response = post_form(review_client, page, CONTRADICTED.id, "confirm", corrected_value="38.9e9", comment="10-K says so")
    assert response.status_code == 400
    again = soup_of(response)
    item = again.select_one("li#c0")
    assert "save it with “Save correction”" in item.select_one(".notice").get_text()
    assert item.select_one('input[name="corrected_value"]')["value"] == "38.9e9"
    assert item.select_one('textarea[name="comment"]').get_text() == "10-K says so"
    assert item.select_one("details.more").has_attr("open")
    assert sample_store.decision_count() == 0
    saved = post_form(review_client, again, CONTRADICTED.id, "correct", corrected_value="38.9e9", comment="10-K says so")
    assert saved.status_code == 303
    decision = sample_store.claim(CONTRADICTED.id).decision
    assert (decision.decision, decision.corrected_value, decision.comment) == ("correct", 38.9e9, "10-K says so")


def test_a_double_press_is_one_decision(review_client, sample_store):
    page = soup_of(review_client.get(article_url(ARTICLE.id)))
    for _ in range(3):
        assert post_form(review_client, page, CONTRADICTED.id, "confirm").status_code == 303
    assert sample_store.decision_count() == 1


def test_a_claim_decided_since_the_page_loaded_gives_a_warning(review_client, sample_store):
    page = soup_of(review_client.get(article_url(ARTICLE.id)))
    sample_store.add_decision(CONTRADICTED.id, "confirm", reviewer="Ana")
    response = post_form(review_client, page, CONTRADICTED.id, "reject", comment="the 10-K says 38.9")
    assert response.status_code == 409
    again = soup_of(response)
    notice = again.select_one("li#c0 .notice").get_text()
    assert notice.startswith("Ana recorded “Verdict confirmed” on this claim at ")
    assert "press the button again to record it anyway" in notice
    assert again.select_one("li#c0 .reviewer").get_text() == "Ana"
    assert again.select_one('li#c0 textarea[name="comment"]').get_text() == "the 10-K says 38.9"
    assert sample_store.decision_count() == 1
    assert post_form(review_client, again, CONTRADICTED.id, "reject", comment="the 10-K says 38.9").status_code == 303
    assert sample_store.claim(CONTRADICTED.id).decision.decision == "reject"


def test_a_stale_token_keeps_the_typing_and_reissues_the_token(review_client, sample_store):
    page = soup_of(review_client.get(article_url(ARTICLE.id)))
    form = form_of(page, CONTRADICTED.id)
    form.select_one('input[name="csrf"]')["value"] = "from-before-the-restart"
    review_client.cookies.set("claimx_csrf", "from-before-the-restart")
    response = post_form(review_client, page, CONTRADICTED.id, "correct", corrected_value="38,9", comment="typo?")
    assert response.status_code == 403
    again = soup_of(response)
    assert "restarted" in again.select_one("li#c0 .notice").get_text()
    assert again.select_one('li#c0 input[name="corrected_value"]')["value"] == "38,9"
    assert sample_store.decision_count() == 0
    fresh = again.select_one('li#c0 input[name="csrf"]')["value"]
    assert fresh == response.cookies["claimx_csrf"] != "from-before-the-restart"
    review_client.cookies.set("claimx_csrf", fresh)
    assert post_form(review_client, again, CONTRADICTED.id, "correct", corrected_value="38.9e9").status_code == 303
    assert sample_store.decision_count() == 1


def test_a_cross_site_post_gets_no_fresh_token(review_client, sample_store):
    page = soup_of(review_client.get(article_url(ARTICLE.id)))
    form = form_of(page, CONTRADICTED.id)
    data = {i["name"]: i.get("value", "") for i in form.select("input[type=hidden]")}
    response = review_client.post("/decisions", data={**data, "csrf": "x", "decision": "confirm"},
                                  headers={"Origin": "http://evil.example"}, follow_redirects=False)
    assert response.status_code == 403
    assert "form.decide" not in response.text and soup_of(response).select_one("form.decide") is None


def test_comments_are_capped(review_client, sample_store):
    page = soup_of(review_client.get(article_url(ARTICLE.id)))
    assert form_of(page, CONTRADICTED.id).select_one("textarea")["maxlength"] == "2000"
    response = post_form(review_client, page, CONTRADICTED.id, "reject", comment="x" * 1_000_000)
    assert response.status_code == 400
    assert "the limit is 2,000" in soup_of(response).select_one("li#c0 .notice").get_text()
    assert sample_store.decision_count() == 0
    assert post_form(review_client, page, CONTRADICTED.id, "reject", comment="x" * 2000).status_code == 303


def test_reviewers_name_themselves(review_client, sample_store):
    page = soup_of(review_client.get(article_url(ARTICLE.id)))
    assert page.select_one('form.who input[name="name"]')["value"] == "ana"
    token = page.select_one('form.who input[name="csrf"]')["value"]
    response = review_client.post("/reviewer", data={"csrf": token, "name": " Ben\x00 Okafor ", "back": article_url(ARTICLE.id)},
                                  headers={"Origin": REVIEW_ORIGIN}, follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == article_url(ARTICLE.id)
    assert "SameSite=strict" in response.headers["set-cookie"]
    page = soup_of(review_client.get(article_url(ARTICLE.id)))
    assert page.select_one('form.who input[name="name"]')["value"] == "Ben Okafor"
    assert post_form(review_client, page, CONTRADICTED.id, "confirm").status_code == 303
    assert sample_store.claim(CONTRADICTED.id).decision.reviewer == "Ben Okafor"
    shown = soup_of(review_client.get(article_url(ARTICLE.id)))
    assert shown.select_one("li#c0 .reviewer").get_text() == "Ben Okafor"
    # Only to a page of this app, and only from one.
    away = review_client.post("/reviewer", data={"csrf": token, "name": "x", "back": "//evil.example/"},
                              headers={"Origin": REVIEW_ORIGIN}, follow_redirects=False)
    assert away.headers["location"] == "/"
    refused = review_client.post("/reviewer", data={"csrf": token, "name": "x"},
                                 headers={"Origin": "http://evil.example"}, follow_redirects=False)
    assert refused.status_code == 403


def test_the_page_title_is_the_headline(memory_store):
    from fastapi.testclient import TestClient

    from claimx.review import create_app

    memory_store.add_result(Article(id="a/2025-03-01-port.txt", text="Port traffic hits record\n\nThe port handled 9 million boxes."), [])
    with TestClient(create_app(memory_store, reviewer="ana"), base_url=REVIEW_ORIGIN) as client:
        soup = soup_of(client.get(article_url("a/2025-03-01-port.txt")))
    assert soup.title.get_text() == "Port traffic hits record · claimx review"
    assert soup.select_one("h1").get_text() == "Port traffic hits record"


def test_accessibility_basics(review_client):
    page = soup_of(review_client.get(article_url(ARTICLE.id)))
    skip = page.select_one("a.skip")
    assert skip is page.body.find("a") and skip["href"] == "#c0"
    marks = page.select("article.text a.hl")
    assert marks[0]["aria-label"] == "$41.2 billion: contradicted"
    assert page.select_one("#keys-on") is not None
    overview = soup_of(review_client.get("/"))
    assert overview.select_one("progress")["aria-label"] == "0 of 5 claims reviewed"


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Port traffic hits record\n\nThe port handled 9 million boxes.", "Port traffic hits record"),
        # Scraped debris and captions are not headlines: the first sentence stands in.
        (".jpg)\nPhoto: Bloomberg.com\nFor the first time in modern retail history, Amazon has edged ahead of Walmart. "
         "More follows.", "For the first time in modern retail history, Amazon has edged ahead of Walmart."),
        ("Short.", "a/2025-03-01-port.txt"),
    ],
)
def test_untitled_articles_are_named_by_their_headline(memory_store, text, expected):
    from fastapi.testclient import TestClient

    from claimx.review import create_app

    memory_store.add_result(Article(id="a/2025-03-01-port.txt", text=text), [])
    with TestClient(create_app(memory_store, reviewer="ana"), base_url=REVIEW_ORIGIN) as client:
        overview = soup_of(client.get("/"))
        page = soup_of(client.get(article_url("a/2025-03-01-port.txt")))
    assert page.select_one("h1").get_text() == expected
    assert overview.select_one("a.title").get_text() == expected


def test_current_decisions_for_pages_to_notice(review_client, sample_store):
    assert review_client.get("/api/decisions", params={"article": ARTICLE.id}).json() == {"claims": {}}
    decision = sample_store.add_decision(CONTRADICTED.id, "reject", reviewer="Ana <b>")
    answer = review_client.get("/api/decisions", params={"article": ARTICLE.id})
    assert answer.headers["content-type"] == "application/json"
    assert answer.json()["claims"][CONTRADICTED.id]["id"] == decision.id
    assert answer.json()["claims"][CONTRADICTED.id]["reviewer"] == "Ana <b>"
    assert answer.json()["claims"][CONTRADICTED.id]["label"] == "Verdict rejected"
    assert review_client.get("/api/decisions", params={"article": "no/such"}).status_code == 404
    page = soup_of(review_client.get(article_url(ARTICLE.id)))
    assert page.select_one("li#c0")["data-seen"] == str(decision.id)
    assert page.select_one("aside.panel")["data-article"] == ARTICLE.id
