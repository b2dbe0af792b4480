"""Session 44, the checker: a figure whose measure the frame read as only a change word is never
contradicted by the figures around it (check.internal.check_internal, _measure_unread): "+40.5 -38.1 -7.3 Change
from previous quarter +8.9", a factbox whose columns were lost, set "-7.3" against the "levels" beside it. The first
test fails on the code before the change."""
from __future__ import annotations

import datetime as dt

from fixtures_claims import checked_reader, claims_reader

claims_of = claims_reader(dt.date(2025, 12, 1))
checked = checked_reader(dt.date(2025, 12, 1), claims_of)

FACTBOX = ("Valdoria's economy posts record growth\n\n"
           "Valdoria's economy grew at an annualized rate of 40.5% in the third quarter, Statistics Valdoria said.\n\n"
           "Following are seasonally adjusted figures for gross domestic product, in percent.\n\n"
           "Q3\n\nQ2\n\nQ1 Annualized change\n\n"
           "+40.5 -38.1 -7.3 Change from previous quarter +8.9 -11.3 -1.9 Quarterly change in GDP\n")


def test_a_figure_with_only_a_change_word_for_a_measure_is_not_contradicted(nlp) -> None:
    found = checked(nlp, FACTBOX)
    assert [c.text for c in found.values() if c.verdict == "contradicted"] == []


def test_a_change_with_its_measure_read_is_still_contradicted(nlp) -> None:
    text = "Harlow revenue\n\nHarlow's revenue rose 30% to $5.0 billion from $4.5 billion in 2024.\n"
    assert checked(nlp, text)["30%"].verdict == "contradicted"
