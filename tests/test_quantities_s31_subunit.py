"""One cent or penny written with "a" after a move (session 31). Sentences are invented for these tests."""
from __future__ import annotations

import pytest

from claimx.grammar.scanner import Grammar
from claimx.lexicon import load_lexicon


def _money(text):
    grammar = Grammar(load_lexicon(), physical_units=False)
    return [(text[f.start:f.end], round(f.value, 4), f.unit) for f in grammar.scan(text) if f.kind == "amount"]


@pytest.mark.parametrize("text,expected", [
    ("Unleaded will rise by a cent a litre, from R19.40 to R19.41.", ("a cent", 0.01, "ZAR")),
    ("Pump prices fell by a cent to $3.12 a gallon.", ("a cent", 0.01, "USD")),
    ("Shares in the lender rose a penny on Friday.", ("a penny", 0.01, "GBP")),
    ("The fare was down one cent on the month.", ("one cent", 0.01, "USD")),
])
def test_a_cent_after_a_move_is_money(text, expected):
    assert expected in _money(text)


@pytest.mark.parametrize("text", [
    "Not a cent of the grant was spent.",
    "Every cent counts, the minister said.",
    "Taxes rose by a penny for every pound earned.",
])
def test_a_cent_with_no_move_is_no_figure(text):
    assert not any("cent" in w or "penny" in w for w, _, _ in _money(text))
