"""Session 47: what a figure measures, on shapes unseen real copy writes. In a poll story, a share that a party or a
candidate (a name tagged an organisation, a group or a person, not a place) is the subject of and that nothing else
says the measure of is its poll support, wherever the name stands in the clause ("The poll shows Kestrel Party up
three points to 24pc", "the Harlow Party 6pc, the Kestrel Party 4pc"; components.claims); a figure in an index's
points that nothing else says the measure of is the index level ("Kospex climbs to 2,545 points"); a title-case
headline's verb of moving the tagger reads as a noun leaves the measure before it ("UK Unemployment Rate Falls to
7.7%": frame.metric._title_headline_mover). Made-up text; a test of each change fails on the code before it."""
from __future__ import annotations

import datetime as dt

from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2020, 1, 25))

POLL = ("Aontas Nua more popular than Cumann Eile - poll\n\n"
        "Aontas Nua is a more popular political party than Cumann Eile, according to a new opinion poll.\n\n"
        "The poll shows Aontas Nua up three points to 24pc, while Cumann Eile is down two points to 23pc.\n\n"
        "The state of the other parties are; the Harlow Party 6pc, the Kestrel Party 4pc.\n")


def test_a_party_the_poll_shows_at_a_share_has_that_poll_support(nlp):
    found = claims_of(nlp, POLL)
    assert {found[t].metric for t in ("24pc", "23pc", "6pc", "4pc")} == {"poll support"}


def test_a_place_in_a_poll_story_gets_no_poll_support(nlp):
    text = POLL + "\nTurnout in Dunmore was 61pc at the last election.\n"
    assert claims_of(nlp, text)["61pc"].metric != "poll support"


def test_a_figure_in_index_points_that_names_nothing_is_the_index_level(nlp):
    text = ("Kospex climbs to 2,545 points, Harlow 40 settles at 17,665\n\nOn Monday, the benchmark Kospex and Harlow "
            "40 indices rose. The Kospex rose 0.75% to 2,545.98 points.\n")
    found = claims_of(nlp, text)
    assert found["17,665"].metric == "index level"


def test_a_title_case_headline_verb_read_as_a_noun_leaves_the_measure_before_it(nlp):
    text = "UK Unemployment Rate Falls to 7.7%\n\nThe figures were released on Friday by the statistics office.\n"
    assert claims_of(nlp, text)["7.7%"].metric == "unemployment rate"
