"""Subject shapes met reading real local-government, budget and results copy (session 29). Sentences are invented for
these tests."""
from __future__ import annotations

import datetime as dt

from test_frame_s27 import claims_of


SCHOOL_BUDGET = ("Marbury Valley School Board adopts 2025-26 budget\n\n"
                 "The board approved a $48.2 million budget for the 2025-26 school year on Tuesday. "
                 "The district's property tax will stay at 19.4 mills, and the district expects to receive $21.7 million "
                 "from the state.")


def test_a_school_boards_budget_is_the_district_it_governs(nlp):
    found = claims_of(nlp, SCHOOL_BUDGET, dt.date(2025, 6, 18))
    assert found["$48.2 million"].subject == "Marbury Valley School District"
    assert found["$21.7 million"].subject == "Marbury Valley School District"


def test_a_school_board_keeps_its_name_when_the_text_never_writes_the_district(nlp):
    text = SCHOOL_BUDGET.replace("The district's property", "Its property").replace("the district expects", "it expects")
    found = claims_of(nlp, text, dt.date(2025, 6, 18))
    assert found["$48.2 million"].subject == "Marbury Valley School Board"


