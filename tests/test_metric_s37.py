"""Session 37, metric: how a figure's candidate nouns are gathered when the parse or the text's spelling hides them.
Sentences are invented."""
from __future__ import annotations

import datetime as dt

import pytest

from claimx.pipeline import extract_articles
from claimx.records import Article


def claims_of(nlp, text, published=dt.date(2025, 10, 15)):
    [result] = list(extract_articles([Article(id="a", text=text, published=published)], nlp))
    return {c.text: c for c in result.claims}


@pytest.mark.parametrize("text,figure,metric", [
    # the stop of "Rs." once made the parser hang the figure on the main verb and put the currency in its place
    ("The revenue board said its sales tax collection had risen from Rs. 2,410 billion to Rs. 3,020 billion.",
     "Rs. 2,410 billion", "sales tax collection"),
    ("The revenue board said its sales tax collection had risen from Rs. 2,410 billion to Rs. 3,020 billion.",
     "Rs. 3,020 billion", "sales tax collection"),
    ("The board added Rs. 1,204 billion to the revenue collection of Rs. 6,310 billion in the year.",
     "Rs. 6,310 billion", "revenue collection"),
    ("Loans to the group were Ksh. 61 billion and cash stood at Ksh. 18 billion at the end of the half.",
     "Ksh. 18 billion", "cash"),
])
def test_a_dotted_currency_stays_one_token_so_the_figure_keeps_its_noun(nlp, text, figure, metric):
    assert claims_of(nlp, text)[figure].metric == metric
