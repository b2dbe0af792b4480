"""Session 48 (business and public money audit): the frame of figures in shapes results, market and statistics copy
writes. A results story's comparative in parentheses, "pre-tax profit of £174m (2024: £157m)", labels only the old
figure after its colon: the new figures keep the period the story reports, the old one is the same period of the
labelled year. Made-up text; a test of each change fails on the code before it."""
from __future__ import annotations

import datetime as dt

from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2025, 8, 20))

INTERIMS = ("Harbrook Homes interim profit up\n\nHarbrook Homes said pre-tax profit for the six months to June rose 11% "
            "to £174m (2024: £157m).\n\nRevenue was £1,041m (2024: £870m) and net cash was £238m (Dec 2024: £14m).\n\n"
            "The interim dividend is 6.5p a share (2024: 6p).\n")


def test_a_comparative_label_in_parentheses_dates_only_its_old_figure(nlp):
    found = claims_of(nlp, INTERIMS)
    assert [found[t].period for t in ("£174m", "£1,041m", "£238m", "6.5p")] == ["H1 2025"] * 4
    assert [found[t].period for t in ("£157m", "£870m", "6p")] == ["H1 2024"] * 3
    assert found["£14m"].period == "2024-12"
