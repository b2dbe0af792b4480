"""Specifications of recording review decisions from the article page, and of the CSRF checks."""
from __future__ import annotations

import pytest
from bs4 import BeautifulSoup
from fixtures_store import REVIEW_ORIGIN, contoso, northwind

from claimx.review.templating import article_url

CONTRADICTED = northwind()[1][0]
SUPPORTED = northwind()[1][1]


def claim_item(client, claim_id: str, anchor: str):
    soup = BeautifulSoup(client.get(article_url(claim_id.rsplit(":", 1)[0])).text, "html.parser")
    return soup, soup.select_one(f"li#{anchor}")


def test_review_decision_is_stored_and_shown_on_reload(review_client, decide, sample_store):
    response = decide(CONTRADICTED.id, "reject", comment="Figure is from FY2024 <b>really</b>")
    assert response.status_code == 303
    assert response.headers["location"] == "/articles/business%2Fnorthwind-fy2025.txt#c0"

    (stored,) = sample_store.decisions(CONTRADICTED.id)
    assert (stored.decision, stored.reviewer, stored.comment) == ("reject", "ana", "Figure is from FY2024 <b>really</b>")

    soup, item = claim_item(review_client, CONTRADICTED.id, "c0")
    assert "decided" in item["class"]
    assert item.select_one(".decision-label").get_text() == "Verdict rejected"
    assert "by ana" in item.select_one(".decision").get_text()
    assert item.select_one(".decision q").get_text() == "Figure is from FY2024 <b>really</b>"
    assert item.select_one(".decision b") is None
    assert item.select_one("button.reject")["aria-pressed"] == "true"
    assert item.select_one("button.confirm")["aria-pressed"] == "false"
    assert " ".join(soup.select_one(".progress-note").get_text().split()) == "1 of 5 reviewed"


def test_review_decisions_are_counted_on_the_overview(review_client, decide):
    assert decide(CONTRADICTED.id, "reject").status_code == 303
    assert decide(CONTRADICTED.id, "confirm").status_code == 303
    assert decide(contoso()[1][0].id, "not_a_claim").status_code == 303
    soup = BeautifulSoup(review_client.get("/").text, "html.parser")
    assert soup.select_one("#decision-count").get_text() == "3"
    rows = {
        row.select_one("a.title").get_text(): (
            row.select_one(".reviewed span").get_text(),
            row.select_one(".decisions").get_text(strip=True),
        )
        for row in soup.select("tr.article-row")
    }
    assert rows["Northwind Foods posts record year"] == ("1/5", "2")
    assert rows["Contoso Energy expands"] == ("1/2", "1")


def test_review_latest_decision_wins_and_history_is_listed(review_client, decide):
    decide(SUPPORTED.id, "reject")
    decide(SUPPORTED.id, "correct", corrected_value="12.1", comment="rounding")
    _, item = claim_item(review_client, SUPPORTED.id, "c1")
    assert item.select_one(".decision-label").get_text() == "Value corrected to 12.1%"
    history = item.select_one("details.history")
    assert history.summary.get_text() == "Earlier decisions (1)"
    assert "Verdict rejected" in history.select_one("li").get_text()


@pytest.mark.parametrize(
    "value,stored",
    [("38,900,000,000", 38.9e9), (" 38.9e9 ", 38.9e9), ("-1.5", -1.5)],
)
def test_review_correction_accepts_typed_numbers(decide, sample_store, value, stored):
    assert decide(CONTRADICTED.id, "correct", corrected_value=value).status_code == 303
    assert sample_store.claim(CONTRADICTED.id).decision.corrected_value == stored


@pytest.mark.parametrize(
    "decision,fields,status,message",
    [
        ("approve", {}, 400, "Unknown decision 'approve'"),
        ("correct", {}, 400, "A correction needs the corrected value:"),
        ("correct", {"corrected_value": "lots"}, 400, "is not a number"),
        ("correct", {"corrected_value": "nan"}, 400, "is not a number"),
        ("confirm", {"corrected_value": "5"}, 400, "Save correction"),
        ("confirm", {"claim": "no/such.txt:0-3"}, 404, "No claim 'no/such.txt:0-3'"),
    ],
)
def test_review_bad_decisions_are_refused(decide, sample_store, decision, fields, status, message):
    response = decide(CONTRADICTED.id, decision, **fields)
    assert response.status_code == status
    assert message in BeautifulSoup(response.text, "html.parser").select_one(".message").get_text()
    assert sample_store.decision_count() == 0


@pytest.mark.parametrize(
    "case,headers,fields,cookie",
    [
        ("cross-site origin", {"Origin": "http://evil.example"}, {}, "keep"),
        ("other port", {"Origin": "http://127.0.0.1:9999"}, {}, "keep"),
        ("https origin", {"Origin": "https://127.0.0.1:8000"}, {}, "keep"),
        ("opaque origin", {"Origin": "null"}, {}, "keep"),
        ("cross-site referer", {"Origin": "", "Referer": "http://evil.example/page"}, {}, "keep"),
        ("no origin nor referer", {"Origin": ""}, {}, "keep"),
        ("no token in form", {}, {"csrf": ""}, "keep"),
        ("wrong token in form", {}, {"csrf": "guessed"}, "keep"),
        ("non-ascii token", {}, {"csrf": "tökén"}, "keep"),
        ("no cookie", {}, {}, "drop"),
        ("planted cookie and field", {}, {"csrf": "planted"}, "planted"),
    ],
)
def test_review_cross_site_posts_are_refused(review_client, decide, sample_store, case, headers, fields, cookie):
    review_client.get("/")
    if cookie == "drop":
        review_client.cookies.clear()
    elif cookie == "planted":
        review_client.cookies.set("claimx_csrf", "planted")
    if cookie != "keep":
        # decide() loads the page first, which sets the cookie again: post by hand instead.
        response = review_client.post(
            "/decisions",
            data={"csrf": fields.get("csrf", "x"), "claim": CONTRADICTED.id, "decision": "confirm"},
            headers={"Origin": REVIEW_ORIGIN},
            follow_redirects=False,
        )
    else:
        response = decide(CONTRADICTED.id, "confirm", headers=headers, **fields)
    assert response.status_code == 403, case
    assert sample_store.decision_count() == 0


def test_review_same_origin_referer_is_enough_without_origin(decide, sample_store):
    response = decide(
        CONTRADICTED.id, "confirm", headers={"Origin": "", "Referer": f"{REVIEW_ORIGIN}/articles/x"}
    )
    assert response.status_code == 303
    assert sample_store.decision_count() == 1


def test_review_csrf_cookie_is_strict_and_http_only(review_client):
    cookie = review_client.get("/").headers["set-cookie"]
    assert cookie.startswith("claimx_csrf=")
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie and "Path=/" in cookie


def test_review_every_form_carries_the_token(review_client):
    response = review_client.get(article_url(northwind()[0].id))
    token = response.cookies["claimx_csrf"]
    forms = BeautifulSoup(response.text, "html.parser").select("form[method=post]")
    assert len(forms) == 5 + 1  # a decision form per claim, the reviewer's name
    assert {form.select_one('input[name="csrf"]')["value"] for form in forms} == {token}
