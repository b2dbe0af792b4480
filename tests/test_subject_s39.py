"""Session 39: a company that says its own results in a wire lead ("Harlen Bank said on Tuesday its second-quarter
profit rose ...") is what the story is about, a bank too: "Bank" in a company's name is no public body's word
(public_bank_words: "the Reserve Bank", "the World Bank", "the Bank of X" stay public bodies). Made-up names."""
from __future__ import annotations

import datetime as dt

import pytest

from claimx.frame.subject import public_body
from claimx.frame.words import load_words
from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2025, 7, 15))


@pytest.mark.parametrize("lead", [
    "Harlen Bank said on Tuesday its second-quarter profit rose 11 percent to $4.9 billion.",
    "Harlen Bank said on Tuesday that second-quarter profit rose 11 percent to $4.9 billion.",
    "Corvel Savings Bank said on Tuesday second-quarter profit rose 11 percent to $4.9 billion.",
])
def test_a_bank_reporting_its_own_results_leads_its_story(nlp, lead):
    text = f"Profit rises at lender\n\n{lead}\n\nRevenue rose 7 percent to $22.8 billion.\n"
    found = claims_of(nlp, text)
    name = lead.split(" said")[0]
    assert found["$4.9 billion"].subject == name
    assert found["$22.8 billion"].subject == name  # the next paragraph's bare "Revenue" is the bank's


@pytest.mark.parametrize("text,name,public", [
    ("The Reserve Bank of Carvela kept rates on hold.", "Bank", True),
    ("The European Central Bank kept rates on hold.", "Bank", True),
    ("The Bank of Carvela kept rates on hold.", "Bank", True),
    ("The World Bank cut its forecast.", "Bank", True),
    ("Harlen Bank cut its forecast.", "Bank", False),
    ("Corvel Savings Bank cut its forecast.", "Bank", False),
])
def test_public_body_a_bank_is_one_only_by_a_public_banks_words(nlp, text, name, public):
    doc = nlp(text)
    root = next(t for t in doc if t.text == name)
    assert public_body(root, load_words()) is public
