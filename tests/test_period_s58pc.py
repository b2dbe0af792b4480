"""Session 58 (pc): periods on the corpus and holdout, each written as a general shape on made-up text. Each test
fails on the session-start code unless its docstring says it is a guard."""
from __future__ import annotations

import datetime as dt

from fixtures_claims import claims_by_text

MINE = ("Tolvar Mining lifts profit\n\n"
        "Tolvar Mining's net profit jumped 41 per cent to 2.2 billion in the June quarter on a 19 per cent rise in "
        "copper sales.\n")


def test_a_change_explaining_another_in_its_clause_takes_its_period(nlp):
    """"net profit jumped 41 per cent to 2.2 billion in the June quarter on a 19 per cent rise in copper sales": the
    rise that explains the change is of the same quarter (components/claims `_sentence_periods`, session 57's same-clause fallback, kept this session)."""
    found = claims_by_text(nlp, MINE, dt.date(2031, 2, 20))
    assert found["19 per cent"].period == found["41 per cent"].period == "Q2 2030"


VOTE = ("Count\n\n"
        "The Alliance won 41.2% of the vote, up from 33.9% three years ago.\n")


def test_guard_a_new_side_does_not_take_its_counted_back_old_side_s_period(nlp):
    """Guard (passes before and after): "won 41.2% of the vote, up from 33.9% three years ago": the old side is three
    years back from a period the sentence does not give, so the new side takes no period from it (the same-clause
    fallback skips a later side after from/than/compared with/against dated by words counting back)."""
    found = claims_by_text(nlp, VOTE, dt.date(2031, 10, 15))
    assert found["33.9%"].period == "2028"
    assert found["41.2%"].period is None
