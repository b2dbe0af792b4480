"""Session 52 (lead): figures claimx did not find on the realtest28 pages, opened as a development set this session, each
written as a general shape on made-up text. Each test fails on the code before it."""
from __future__ import annotations

import datetime as dt

from fixtures_claims import claims_reader


def test_trebled_is_a_multiple_of_three_as_tripled_is(nlp):
    """"Free cash flow has nearly trebled": British English for tripled (no figure was found)."""
    found = claims_reader(dt.date(2024, 3, 2))(nlp, "Cash\n\nFree cash flow at Harlow Telecom has nearly trebled compared "
                                                    "with two years ago.\n")
    assert (found["nearly trebled"].value, found["nearly trebled"].direction) == (3.0, "up")
