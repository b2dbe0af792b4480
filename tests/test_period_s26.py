"""Period shapes met on real news pages (session 26): match reports dated by the match's month.
Sentences are invented for these tests."""
from __future__ import annotations

import datetime as dt

from claimx.frame import article
from claimx.pipeline import extract_articles
from claimx.records import Article


def claims_of(nlp, text, published):
    [result] = list(extract_articles([Article(id="a", text=text, published=published)], nlp))
    return {c.text: c for c in result.claims}


def test_a_match_report_is_of_the_month_of_the_match(nlp):
    # published on Monday 2 March; the match was on Saturday 28 February
    text = ("Harlby edge Dunmore in derby\n\nHarlby beat Dunmore 24-20 on Saturday to go second in the table.\n\n"
            "The crowd of 12,300 was the biggest at the ground. Morgan kicked 14 points.")
    found = claims_of(nlp, text, dt.date(2026, 3, 2))
    assert {f: found[f].period for f in ("12,300", "14")} == {"12,300": "2026-02", "14": "2026-02"}


def test_a_tournament_year_in_the_lead_gives_way_to_the_match_month():
    text = ("Kestrel win again\n\nKestrel won the match by 60 runs to claim a fifth straight win in the 2026 Island Cup.")
    model = article.build(text, dt.date(2026, 7, 14), len(text))
    assert (model.period.kind, model.period.period) == ("match_month", "2026-07")


def test_no_match_month_without_a_match_in_the_lead():
    # a council vote's tally is no score; a season named in the lead keeps the season
    vote = "Harlby budget passes\n\nThe council won approval for the plan in a 7-2 vote on Tuesday."
    assert article.build(vote, dt.date(2026, 3, 4), len(vote)).period is None
    season = "Rovers promoted\n\nRovers beat Dunmore 2-0 on Saturday to end the 2025-26 season as champions."
    assert article.build(season, dt.date(2026, 5, 4), len(season)).period.period == "2025-26"
