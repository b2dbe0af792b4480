"""Figures on real pages (session 30): windows, lists sharing a unit, clocks, restated digits, ranges of multiples.
Sentences are invented for these tests."""
from __future__ import annotations

import pytest


def _claims(nlp, text):
    doc = nlp(text)
    return {span.text: span._.quantity for span in doc.spans["quantities"]}


@pytest.mark.parametrize("text,written,value", [
    ("In the quarter, almost nine out of every ten passengers flew to Europe.", "almost nine out of every ten", 0.9),
    ("Roughly one out of every five households missed a payment.", "Roughly one out of every five", 0.2),
])
def test_n_out_of_every_m_is_a_ratio(nlp, text, written, value):
    q = _claims(nlp, text)[written]
    assert q["unit"] == "ratio" and q["value"] == pytest.approx(value)
