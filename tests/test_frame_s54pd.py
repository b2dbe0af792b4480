"""Session 54 (pd): periods on whole pages, found on the realtest30 pages and written as general shapes on made-up text.
Each test fails on the session-start code unless its docstring says it is a guard."""
from __future__ import annotations

import datetime as dt

from fixtures_claims import claims_reader


_CALENDAR_BOOKS = ("Brannock lifts payout as profit climbs\n\n"
                   "Engineering group Brannock Holdings posted a 14 per cent rise in full-year profit to $412 million.\n\n"
                   "Net profit for the 12 months to December 31 was up from the previous year's $361.4 million.\n\n"
                   "Revenue rose 9 per cent to $6.2 billion.\n\n"
                   "The company expects net profit of between $430 million and $450 million in the 2026 financial "
                   "year.\n")


def test_a_financial_year_of_a_company_whose_year_ends_in_december_is_the_calendar_year(nlp):
    """"Net profit for the 12 months to December 31" with "the 2026 financial year" further on: the text states that its
    reporting year runs to December, so it keeps calendar books and its years are plain years (2025), not FY2025 as
    the words "financial year" alone made every figure of the page."""
    found = claims_reader(dt.date(2026, 2, 18))(nlp, _CALENDAR_BOOKS)
    assert found["$412 million"].period == "2025"
    assert found["9 per cent"].period == "2025"
    assert found["$361.4 million"].period == "2024"
