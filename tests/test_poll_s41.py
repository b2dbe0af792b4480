"""Session 41: an opinion poll's shares. Made-up parties and figures; each test fails on the code before the change.

- a share a party is on, at or moves to in a poll story (rules/frame.json `poll_words` in the headline or first two
  paragraphs), with nothing else saying what it measures, is the party's poll support (frame.metric.poll_support);
- such a story's shares are of the month of the poll, the month of publication when the lead dates it no other way
  (article period kind poll_month; present tense is the poll's, as corpus/README.md says);
- "on" after a word of `level_on_words` ("is on 34 per cent") makes a level, not the old side of a comparison
  (frame.period._level_on), so the figure keeps its period.
"""
from __future__ import annotations

import datetime as dt

from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2025, 3, 2))

POLL = ("Harrow Party holds lead in new poll\n\nThe Harrow Party is on 34 per cent, down two points, according to a "
        "Kestrel Research poll for the Valdoria Herald published on Sunday.\n\nThe Greens are up one point to 21 per "
        "cent, while the Liberals were on 9%.\n")


def test_a_partys_share_in_a_poll_is_its_poll_support(nlp):
    claims = claims_of(nlp, POLL)
    assert claims["34 per cent"].metric == "poll support"
    assert claims["9%"].metric == "poll support"
    assert claims["two points"].metric == "change in poll support"


def test_a_polls_shares_are_of_the_month_of_publication(nlp):
    claims = claims_of(nlp, POLL)
    assert claims["34 per cent"].period == "2025-03"
    assert claims["21 per cent"].period == "2025-03"
    assert claims["9%"].period == "2025-03"


def test_a_share_outside_a_poll_story_is_no_poll_support(nlp):
    text = ("Harrow exports climb\n\nThe Harrow Party said exports rose 4% in February.\n\nThe Greens are on 21 per "
            "cent of the vote in the council.\n")
    claims = claims_of(nlp, text)
    assert claims["4%"].metric != "poll support"
    assert claims["21 per cent"].metric != "poll support"
