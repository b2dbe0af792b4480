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


def test_claimreview_one_item_per_supported_or_contradicted_claim(sample_store):
    items = reviews(sample_store)
    publishable = [i for i in select(sample_store) if i.claim.verdict in ("supported", "contradicted")]
    assert len(items) == len(publishable) == 6
    for item in items:
        assert_google_required(item)
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
    assert item["claimReviewed"] == northwind()[1][0].sentence
    assert item["itemReviewed"]["appearance"] == {
        "@type": "CreativeWork", "headline": "Northwind Foods posts record year", "datePublished": "2025-11-03"}
    assert item["author"] == {"@type": "Organization", "name": "Harbour Desk", "url": "https://example.org/fact-checks"}
    assert item["datePublished"] == "2026-01-15"
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
