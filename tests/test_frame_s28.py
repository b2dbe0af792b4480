"""Frame shapes met reading real results copy checked against the bundled pack (session 28). Sentences are invented
for these tests."""
from __future__ import annotations

import datetime as dt

from claimx.pipeline import extract_articles
from claimx.records import Article


def claims_of(nlp, text, published):
    [result] = list(extract_articles([Article(id="a", text=text, published=published)], nlp))
    return {c.text: c for c in result.claims}


RANKING = ("Harwick stays on top of the global list\n\n"
           "Harwick Stores tops the annual ranking of the world's biggest companies with revenue of $612 billion. "
           "Harwick said its sales grew 5% last year.\n\n"
           "Taken together, the list is huge: the world's 500 largest companies combined to generate $38.2 trillion in "
           "revenue in 2024.")


def test_a_group_of_companies_the_clause_names_is_not_the_carried_topic(nlp):
    found = claims_of(nlp, RANKING, dt.date(2025, 7, 29))
    assert found["$612 billion"].subject == "Harwick Stores"
    assert "Harwick" not in (found["$38.2 trillion"].subject or "")
