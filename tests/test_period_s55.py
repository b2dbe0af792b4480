"""Session 55 (lead): periods misread on the realtest31 pages, opened as a development set this session, each written as a
general shape on made-up text. Each test fails on the code before it unless its docstring says it is a guard."""
from __future__ import annotations

import datetime as dt

from fixtures_claims import claims_by_text

CLOSE = ("Corvex gains 310 points on bank rally\n\n"
         "Mumbai: Markets closed higher on Monday led by banking stocks.\n\n"
         "The 30-share Corvex index ended 310.25 points or 0.81 per cent higher at 38,432.75.\n\n"
         "In the previous session, the Corvex closed 120.40 points or 0.32 per cent lower at 38,122.50.\n")


def test_a_previous_session_s_figures_take_the_session_before(nlp):
    """"In the previous session, the Corvex closed 120.40 points ... lower" in a report of Monday's close: the session
    before Monday, the Friday (periods kind `sessions_ago`, stepping back over the weekend); the report's own figures
    keep Monday (they all took Monday's date)."""
    found = claims_by_text(nlp, CLOSE, dt.date(2024, 3, 18))
    assert found["310.25 points"].period == "2024-03-18"
    assert found["120.40 points"].period == found["38,122.50"].period == "2024-03-15"


OIL = ("Producers agree 2025 output target as demand worries weigh\n\n"
       "The Corlan alliance of oil producers has agreed a production target of 41.2 million barrels per day for 2025, "
       "as worries about demand weigh on crude.\n\n"
       "In a statement on Sunday, the group said one member will extend its cut of 400,000 bpd to the end of next year.\n\n"
       "Brent settled 1.2 per cent higher at $80.10 a barrel.\n")


def test_a_sunday_statement_dates_no_session(nlp):
    """A commodity story published on a Sunday whose first sentence names no day, and a later "In a statement on Sunday":
    the settle is of the last session before it, Friday's (markets are shut at the weekend; it took Sunday's date)."""
    found = claims_by_text(nlp, OIL, dt.date(2024, 3, 17))
    assert found["$80.10"].period == found["1.2 per cent"].period == "2024-03-15"
