"""A statistics release broken down one way, then another (claimx.components.claims): the figures of the second
breakdown measure what the release reports on, not the last part of the first. Text invented for these tests."""
from __future__ import annotations

import datetime as dt

from fixtures_claims import claims_by_text


RELEASE = (
    "Valdorian building approvals rise 2.1 per cent in March\n\n"
    "The number of dwellings approved in Valdoria rose 2.1 per cent in March 2025, seasonally adjusted, the "
    "Valdorian Statistics Office said.\n\n"
    "The rise was offset in part by a fall in townhouses and apartments (-0.8 per cent).\n\n"
    "By region, there were rises in Northmarch (3.2 per cent), Kelby (1.1 per cent) and Orran (0.4 per cent).\n"
)


def claims_of(nlp, text):
    return list(claims_by_text(nlp, text, dt.date(2025, 4, 30)).values())


def test_a_second_breakdown_measures_what_the_story_reports_on(nlp):
    claims = {c.text: c for c in claims_of(nlp, RELEASE)}
    for figure in ("3.2 per cent", "1.1 per cent", "0.4 per cent"):
        metric = claims[figure].metric or ""
        assert "apartments" not in metric and "townhouses" not in metric, (figure, metric)
        assert "dwellings" in metric, (figure, metric)  # the lead's measure


def test_a_bracketed_part_keeps_its_own_label(nlp):
    claims = {c.text: c for c in claims_of(nlp, RELEASE)}
    assert "apartments" in (claims["-0.8 per cent"].metric or "")


def test_a_change_outside_brackets_takes_no_measure_from_the_lead(nlp):
    # a figure the metric reader cannot name is left unnamed, never given the story's measure: the checker would
    # compare it with the company's reported results
    text = ("Hallbrook sales climb 5 per cent\n\n"
            "Hallbrook said its revenue rose 5 per cent to $68.1 billion in the year to January.\n\n"
            "Both chains have launched shopping assistants.\n\n"
            "The chain said shoppers who used its app spend around 35% more per order.\n")
    claims = {c.text: c for c in claims_of(nlp, text)}
    assert "revenue" not in (claims["around 35%"].metric or "")
