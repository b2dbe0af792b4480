"""The claims component on the full pipeline: what is a claim, and what each claim is about."""
from __future__ import annotations

import datetime as dt

import pytest

from claimx.pipeline import doc_claims, extract_articles
from claimx.records import Article


def claims_of(nlp, text, published=None):
    article = Article(id="t", text=text, published=published)
    return doc_claims(nlp(text), article)


def one(nlp, text, published=None):
    found = claims_of(nlp, text, published)
    assert len(found) == 1, [(c.text, c.value) for c in found]
    return found[0]


@pytest.mark.parametrize("text", [
    "For the first time, the two giants met in the fourth quarter of 2025.",
    "The Boeing 737 returned to service at Gate 12 on 3 March.",
    "Over the past two decades the town has changed.",
    "The 45-year-old coach joined in 2019.",
    "Third-party sellers opened at 9 a.m. on Monday.",
    "Call (555) 014-2200 or visit 4410 Lowell Avenue.",
])
def test_claims_not_claims(nlp, text):
    assert claims_of(nlp, text) == []


@pytest.mark.parametrize("text,direction,kind", [
    ("Revenue rose 12% to $19 million last year.", "up", "change"),
    ("Library funding fell by roughly one-tenth.", "down", "change"),
    ("The parks budget was cut by $2.5 million.", "down", "change"),
    ("Ridership was down 3 percent in March.", "down", "change"),
])
def test_claims_direction_of_changes(nlp, text, direction, kind):
    first = claims_of(nlp, text)[0]
    assert first.direction == direction
    assert first.kind == kind


def test_claims_level_after_to_has_no_direction(nlp):
    found = claims_of(nlp, "Revenue rose 12% to $19 million.")
    level = next(c for c in found if c.unit == "USD")
    assert level.direction is None and level.kind == "amount"


@pytest.mark.parametrize("text,subject,metric", [
    ("Acme Corp reported roughly $716.9 billion in annual sales.", "Acme Corp", "annual sales"),
    ("Nordbank's 1,200 branches will stay open.", "Nordbank", "branches"),
    ("The council approved a $2.5 million budget for Westfield Library.", None, "budget"),
    ("Cloudify contributes close to one-fifth of group sales.", "Cloudify", "share of group sales"),
])
def test_claims_subject_and_metric(nlp, text, subject, metric):
    claim = one(nlp, text)
    if subject:
        assert claim.subject == subject
    assert claim.metric == metric


def test_claims_pronoun_subject_follows_the_topic(nlp):
    text = ("Harlow Motors opened a new plant in Ohio. Its 4,000 workers will build vans, "
            "and it expects sales of $3 billion.")
    found = claims_of(nlp, text)
    assert {c.subject for c in found} == {"Harlow Motors"}


@pytest.mark.parametrize("text,period", [
    ("Revenue was $5 billion in fiscal 2025.", "FY2025"),
    ("Sales rose 8% in the third quarter of 2024.", "Q3 2024"),
    ("It earned $2 million last year.", "2025"),
    ("Net income for its latest fiscal year was $40 million.", "latest fiscal year"),
])
def test_claims_period_resolved_against_publication_date(nlp, text, period):
    claim = claims_of(nlp, text, published=dt.date(2026, 2, 20))[0]
    assert claim.period == period


def test_claims_threshold_defining_a_group_is_not_a_claim(nlp):
    text = "The number of people waiting more than 52 weeks fell to 1,920."
    assert [c.text for c in claims_of(nlp, text)] == ["1,920"]


def test_claims_offsets_true_to_text_in_long_articles(nlp):
    paragraph = "Revenue rose 12% to $19 million, while costs fell by a third.\n\n"
    text = paragraph * 2200  # over claimx's chunk size: parsed in paragraph chunks
    [result] = extract_articles([Article(id="long", text=text)], nlp)
    assert len(result.claims) == 3 * 2200
    for claim in result.claims:
        assert text[claim.start:claim.end] == claim.text
