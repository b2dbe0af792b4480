"""Session 43, the lead: a count of a noun averaged over the games, matches or outings it was made in ("averaged 31.4
points per game", "3.2 goals a game") is a rate, "points per game", not a count of points (frame.metric._per_played;
the units are `played_nouns`), and so is the old side compared with it (claims: a rate per game, unlike one per share,
is what the next figure measures); "points per game" are no index points near the word "average" (grammar.scanner
_index_context); a duration before a low or a high ("fell 9% to a 30-year low") is the time since the measure was
last there, not a "low length" (frame.metric._years_since_extreme). Made-up figures; each test fails on the code
before the change."""
from __future__ import annotations

import datetime as dt

from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2023, 4, 14))


def test_a_count_per_game_is_a_rate(nlp):
    text = ("Season review\n\nTomas Varga averaged 31.4 points per game for the Harlow Hawks. Kelby averaged 3.2 goals "
            "a game. Elias Reed scored 1.4 tries per match. The club has 400 players per team.\n")
    claims = claims_of(nlp, text)
    assert claims["31.4"].metric == "points per game"
    assert claims["3.2"].metric == "goals per game"
    assert claims["1.4"].metric == "tries per match"
    assert claims["400"].metric == "players"


def test_a_rate_per_game_is_what_its_old_side_measures(nlp):
    text = "Promotion\n\nUnder Ferraro, Rovers have taken 2.1 points per game, compared with 1.3 under her predecessor.\n"
    claims = claims_of(nlp, text)
    assert claims["2.1"].metric == "points per game"
    assert claims["1.3"].metric == "points per game"


def test_points_per_game_near_an_average_are_no_index_points(nlp):
    # "scoring average" before: the word "average" of an index's name ("Industrial Average") made them index points
    text = ("NBA records\n\nWho holds the record for the highest scoring average in a single season?\n\nThat honor "
            "belongs to Tomas Varga, who averaged 50.4 points per game for the Harlow Hawks during the 1961-1962 "
            "season.\n")
    claim = claims_of(nlp, text)["50.4"]
    assert (claim.unit, claim.metric) == ("count", "points per game")


def test_a_duration_before_a_low_is_the_time_since_it_was_last_this_low(nlp):
    text = ("Crime\n\nBurglaries fell 9% to a 30-year low. Home sales sank to a 15-year low. Shares of Corvel hit a "
            "52-week high of $45.\n")
    claims = claims_of(nlp, text)
    assert claims["30-year"].metric == "time since Burglaries was last this low"
    assert claims["15-year"].metric == "time since Home sales was last this low"
    assert claims["52-week"].metric.startswith("time since") and claims["52-week"].metric.endswith("last this high")
