"""Specifications of the ClaimReview export: which claims become items, and that each item has
the properties Google's ClaimReview structured-data docs require."""
from __future__ import annotations

import datetime as dt
import io
import json

import pytest
from fixtures_store import northwind

from claimx.export import ExportFilter, Publisher, select
from claimx.export.claimreview import RATINGS, claim_review, write_claimreview

PUBLISHER = Publisher("Harbour Desk", "https://example.org/fact-checks", dt.date(2026, 1, 15))


def reviews(store, selection: ExportFilter = ExportFilter()) -> list[dict]:
    """Write the ClaimReview export of `store` and parse it back."""
    out = io.StringIO()
    write_claimreview(select(store, selection), out, PUBLISHER)
    return json.loads(out.getvalue())


def assert_google_required(item: dict) -> None:
    """The properties Google requires of a ClaimReview (and the JSON-LD framing around them)."""
    assert item["@context"] == "https://schema.org"
    assert item["@type"] == "ClaimReview"
    assert isinstance(item["claimReviewed"], str) and item["claimReviewed"]
    assert item["url"].startswith("https://")
    assert item["author"]["@type"] in ("Organization", "Person") and item["author"]["name"]
    rating = item["reviewRating"]
    assert rating["@type"] == "Rating"
    assert isinstance(rating["alternateName"], str) and rating["alternateName"]
    assert rating["worstRating"] <= rating["ratingValue"] <= rating["bestRating"]
    assert item["itemReviewed"]["@type"] == "Claim"
    assert item["itemReviewed"]["appearance"]["@type"] == "CreativeWork"
    dt.date.fromisoformat(item["datePublished"])
    # Google: "Try to keep this less than 75 characters"; "Don't include the rating".
    assert len(item["claimReviewed"]) <= 75
    assert rating["alternateName"] not in item["claimReviewed"].split()


def assert_google_recommended(item: dict) -> None:
    """The properties Google recommends (every one but itemReviewed.firstAppearance, which an archive
    cannot know)."""
    assert item["author"]["url"].startswith("https://")
    rating = item["reviewRating"]
    assert {"ratingValue", "bestRating", "worstRating", "name"} <= set(rating)
    claimed = item["itemReviewed"]
    assert claimed["author"]["@type"] in ("Organization", "Person") and claimed["author"]["name"]
    assert {"appearance", "datePublished"} <= set(claimed)


def test_claimreview_one_item_per_supported_or_contradicted_claim(sample_store):
    items = reviews(sample_store)
    publishable = [i for i in select(sample_store) if i.claim.verdict in ("supported", "contradicted")]
    assert len(items) == len(publishable) == 6
    for item in items:
        assert_google_required(item)
        assert_google_recommended(item)
    assert len({item["url"] for item in items}) == len(items)


@pytest.mark.parametrize("verdict,value,name", [("supported", 5, "True"), ("contradicted", 1, "False")])
def test_claimreview_maps_verdicts_to_ratings(sample_store, verdict, value, name):
    items = reviews(sample_store, ExportFilter(verdict=verdict))
    assert items
    assert {(i["reviewRating"]["ratingValue"], i["reviewRating"]["alternateName"]) for i in items} == {(value, name)}
    assert RATINGS[verdict] == (value, name)


def test_claimreview_follows_review_decisions(sample_store):
    article, claims, _ = northwind()
    contradicted, supported = claims[0], claims[1]
    sample_store.add_decision(contradicted.id, "reject", reviewer="ana")
    sample_store.add_decision(supported.id, "not_a_claim", reviewer="ana")
    urls = {item["url"] for item in reviews(sample_store)}
    assert not any(contradicted.id.replace("/", "%2F").replace(":", "%3A") in u for u in urls)
    assert not any(supported.id.replace("/", "%2F").replace(":", "%3A") in u for u in urls)
    assert len(urls) == 4


def test_claimreview_describes_the_article_as_the_appearance(sample_store):
    item = next(i for i in reviews(sample_store, ExportFilter(article="business/northwind-fy2025.txt")))
    # Google asks for a short claim (under 75 characters): the clause holding the figure.
    assert item["claimReviewed"] == "Northwind Foods reported revenue of $41.2 billion for fiscal 2025"
    assert item["itemReviewed"]["appearance"] == {
        "@type": "CreativeWork", "headline": "Northwind Foods posts record year", "datePublished": "2025-11-03"}
    assert item["author"] == {"@type": "Organization", "name": "Harbour Desk", "url": "https://example.org/fact-checks"}
    assert item["datePublished"] == "2026-01-15"
    # The article states the figure in its own voice: its publisher made the claim (no URL, no
    # --claim-author: the newsroom checking its own archive).
    assert item["itemReviewed"]["author"] == {"@type": "Organization", "name": "Harbour Desk", "url": "https://example.org/fact-checks"}
    assert "Northwind 10-K FY2025" in item["reviewBody"]


def test_claimreview_is_safe_inside_a_script_element(sample_store):
    out = io.StringIO()
    write_claimreview(select(sample_store, ExportFilter(article="odd/<script>.txt")), out, PUBLISHER)
    text = out.getvalue()
    assert "<" not in text
    item = json.loads(text)[0]
    assert "url" not in item["itemReviewed"]["appearance"]  # javascript: is not a web address
    assert item["itemReviewed"]["appearance"]["headline"] == "<script>alert('title')</script>"


def test_claimreview_skips_unverifiable_claims(sample_store):
    unverifiable = select(sample_store, ExportFilter(verdict="unverifiable"))
    assert unverifiable
    assert all(claim_review(item, PUBLISHER) is None for item in unverifiable)


def _item(text: str, quote: str, entities=(), url=None, publisher=PUBLISHER, **fields):
    from fixtures_store import claim_in

    from claimx.export.reviewed import ReviewedClaim
    from claimx.records import Article

    article = Article(id="x.txt", text=text, url=url, published=dt.date(2025, 5, 1))
    claim = claim_in(article, quote, value=5e9, unit="USD", kind="amount", verdict="supported", **fields)
    return claim_review(ReviewedClaim(claim, article, "auto", "supported", claim.value), publisher, list(entities))


def _entity(text: str, name: str, label: str, claims=()):
    from claimx.records import Entity, Mention

    start = text.index(name)
    return Entity(id=f"x.txt:{label}:{name}", article="x.txt", name=name, label=label,
                  mentions=[Mention(start=start, end=start + len(name), text=name)], claims=list(claims))


@pytest.mark.parametrize(
    "text,quote,entities,url,expected",
    [
        # A quoted person.
        ("Revenue rose to $5 billion last year, said Maria Lopez, the finance chief.", "$5 billion",
         [("Maria Lopez", "PERSON")], None, {"@type": "Person", "name": "Maria Lopez"}),
        ("According to the Treasury, the deficit reached $5 billion.", "$5 billion",
         [("Treasury", "ORG")], None, {"@type": "Organization", "name": "Treasury"}),
        # "the company said": the organisation the article is about.
        ("Its frozen division brought in $5 billion, the company said.", "$5 billion",
         [], None, None),
        # In the article's own voice: its publisher, from its URL.
        ("The port handled $5 billion of goods.", "$5 billion", [], "https://www.harbour-times.example/news/1",
         {"@type": "Organization", "name": "harbour-times.example", "url": "https://www.harbour-times.example"}),
    ],
)
def test_claimreview_names_who_made_the_claim(text, quote, entities, url, expected):
    found = [_entity(text, name, label) for name, label in entities]
    if expected is None:  # the company: the article's organisation, mentioned elsewhere
        text = "Northwind Foods had a good year. " + text
        found = [_entity(text, "Northwind Foods", "ORG")]
        expected = {"@type": "Organization", "name": "Northwind Foods"}
    item = _item(text, quote, found, url)
    assert item["itemReviewed"]["author"] == expected
    assert_google_required(item)
    assert_google_recommended(item)


def test_claimreview_claim_author_option_names_the_publisher():
    publisher = Publisher("Harbour Desk", "https://example.org/fact-checks", dt.date(2026, 1, 15), "The Harbour Times")
    item = _item("The port handled $5 billion of goods.", "$5 billion", url="https://other.example/a", publisher=publisher)
    assert item["itemReviewed"]["author"] == {"@type": "Organization", "name": "The Harbour Times"}


@pytest.mark.parametrize(
    "sentence,quote,subject,expected",
    [
        ("The port handled $5 billion of goods.", "$5 billion", None, "The port handled $5 billion of goods."),
        ("Northwind Foods reported revenue of $5 billion for fiscal 2025, up 12% from a year earlier, the company said.",
         "12%", "Northwind Foods", "Northwind Foods: up 12% from a year earlier"),
        ("In a statement released late on Tuesday after markets closed the regional water utility said it had spent "
         "$5 billion on new pipes and treatment works over the decade", "$5 billion", None,
         "…water utility said it had spent $5 billion on new pipes and treatment…"),
    ],
)
def test_claimreview_claim_reviewed_is_short(sentence, quote, subject, expected):
    item = _item(sentence, quote, subject=subject)
    assert item["claimReviewed"] == expected
    assert len(item["claimReviewed"]) <= 75
    assert sentence in item["reviewBody"]
