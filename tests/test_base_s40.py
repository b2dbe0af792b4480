"""Session 40, a comparison's old side named by a noun phrase ending in "of" ("22 per cent more than the revised estimate
of Rs497 billion for 2024-25", "6% above the final count of 26.8 million tonnes"): that figure is the old side (a base
figure, frame/period.py `_compared_of`, rules/frame.json `figure_base_words`), so a period written after it dates only
it: not the change, not the other figures of its sentence, and not the paragraph's carried period. A period written
inside that phrase ("than the 2024-25 revised estimate of ...") dates the old figure. Every sentence is made up; every
test but two guards (the old side keeps its own period; no change, no old side) fails on the code before the change.
"""
from __future__ import annotations

import datetime as dt

import pytest

from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2025, 6, 14))

BUDGET = "Kestrel province tables budget\n\nThe Kestrel provincial government presented a Rs3.1 trillion budget for 2025-26.\n\n"


@pytest.mark.parametrize("sentence,change", [
    ("It expects to collect Rs606 billion in taxes, 22 per cent more than the revised estimate of Rs497 billion for "
     "2024-25.", "22 per cent"),
    ("It plans to spend Rs84 billion on roads, 12% more than the revised figure of Rs75 billion for 2024-25.", "12%"),
    ("Health spending will be Rs90 billion, up 14 per cent over the previous allocation of Rs79 billion for 2024-25.",
     "14 per cent"),
    ("Tax revenue is put at Rs606 billion, an increase of 22 per cent on the revised estimate of Rs497 billion for "
     "2024-25.", "22 per cent"),
    ("Wheat output is projected at 28.4 million tonnes, 6% above the final estimate of 26.8 million tonnes for 2024-25.",
     "6%"),
])
def test_a_period_after_a_described_old_side_does_not_date_the_change(nlp, sentence, change):
    claims = claims_of(nlp, BUDGET + sentence + " Salaries of government employees will rise by 9 per cent.\n")
    assert claims[change].period == "2025-26"
    assert claims["9 per cent"].period == "2025-26"  # no paragraph period from the old side's mention


def test_the_described_old_side_keeps_its_own_period(nlp):
    claims = claims_of(nlp, BUDGET + "It expects to collect Rs606 billion in taxes, 22 per cent more than the revised "
                       "estimate of Rs497 billion for 2024-25.\n")
    assert claims["Rs497 billion"].period == "2024-25"


def test_a_period_inside_the_old_sides_phrase_dates_the_old_figure(nlp):
    claims = claims_of(nlp, BUDGET + "Tax revenue is put at Rs606 billion, 22 per cent higher than the 2024-25 revised "
                       "estimate of Rs497 billion.\n")
    assert claims["Rs497 billion"].period == "2024-25"
    assert claims["22 per cent"].period == "2025-26"


def test_up_from_a_described_old_side_does_not_carry_its_period(nlp):
    claims = claims_of(nlp, BUDGET + "Tax revenue is put at Rs606 billion, up from the revised estimate of Rs497 billion "
                       "in 2024-25. Pensions will rise by 12 per cent.\n")
    assert claims["12 per cent"].period == "2025-26"


def test_a_calendar_year_outlook(nlp):
    text = ("Corvel Air sees more travellers\n\nCorvel Air published its outlook for 2026 on Monday.\n\n"
            "It expects to carry 14.2 million passengers, 8% more than the record total of 13.1 million in 2025. "
            "Cargo volumes will grow 3%.\n")
    claims = claims_of(nlp, text, dt.date(2026, 1, 12))
    assert claims["8%"].period == "2026"
    assert claims["3%"].period == "2026"
    assert claims["13.1 million"].period == "2025"


def test_a_season_above_an_earlier_record(nlp):
    text = ("Harbury accounts\n\nHarbury Town published its accounts for 2024-25.\n\n"
            "Its wage bill reached £182m, 9% above the previous record of £167m set in 2022-23. Revenue rose 4%.\n")
    claims = claims_of(nlp, text, dt.date(2025, 11, 12))
    assert claims["9%"].period == "2024-25"
    assert claims["4%"].period == "2024-25"


def test_a_sale_of_things_is_no_old_side(nlp):
    # "from the sale of 40 homes": no change before "from", so the figure is no comparison's old side and its period
    # dates the sentence as before
    text = ("Ashby council accounts\n\nAshby council published its accounts for 2024.\n\n"
            "It raised £2m from the sale of 40 homes in 2023.\n")
    claims = claims_of(nlp, text, dt.date(2025, 3, 12))
    assert claims["£2m"].period == "2023"


def test_a_bracketed_span_inside_the_old_sides_phrase_does_not_date_the_change(nlp):
    text = ("Barley crop smaller\n\nThe bureau forecast 2025-26 barley production at 9 million tonnes, down 4% from 9.4 "
            "million tonnes in 2024-25 and 6% below the five-year average (2019-20 to 2023-24) of 9.6 million tonnes.\n")
    assert claims_of(nlp, text, dt.date(2025, 12, 2))["6%"].period == "2025-26"
