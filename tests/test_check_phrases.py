"""The checker's cue phrases (rules/check.json) found over words, never by patterns: what marks a share,
a change, a multiple, a rate, a yearly figure, a "from" or "to" figure, a portion and a per-unit figure."""
from __future__ import annotations

import json

import pytest

import claimx.check.phrases as phrases
from claimx.check.cues import base_phrase, family
from claimx.check.internal import _pair
from claimx.check.phrases import (breaks_statement, ends_with_cue, is_multiple, is_share, last_word_is, per_year,
                                  portion_words, rate_split, says_rate, unit_after)
from claimx.check.share import split_share
from claimx.check.words import parse
from claimx.lexicon import models_dir
from fixtures_check import claim


@pytest.mark.parametrize("text,expected", [
    ("tenfold", True), ("a ten-fold rise", True), ("tripling", True), ("three times", True),
    ("fold", False), ("timeshare", False), ("double-digit", True), ("its doubles partner", True),
    ("the bus fleet", False),
])
def test_check_phrases_multiple_words_stems_and_endings(text: str, expected: bool) -> None:
    assert is_multiple(text) is expected


@pytest.mark.parametrize("metric,expected", [
    ("orchard's share of exports", True), ("accounted for of sales", True), ("of the total harvest", True),
    ("of its group turnover", True), ("of barley", False), ("sharecropper income", False),
])
def test_check_phrases_share_cues(metric: str, expected: bool) -> None:
    assert is_share(metric) is expected


@pytest.mark.parametrize("metric,rate,split", [
    ("toll per vehicle", True, ("toll", "vehicle")),
    ("grants for every 100 pupils", True, ("grants", "100 pupils")),
    ("visits per year", False, None),
    ("landings for each month", False, None),
    ("per visitor", True, None),            # a rate, but nothing before "per" to divide
    ("ferry crossings", False, None),
])
def test_check_phrases_rate_words_not_followed_by_time(metric: str, rate: bool, split) -> None:
    assert (says_rate(metric), rate_split(metric)) == (rate, split)


@pytest.mark.parametrize("text,at_start,expected", [
    ("200 saplings a year", False, True), ("planted annually", False, True), ("every year since", False, True),
    ("a yearly", True, False), (" a year, foresters said", True, True), ("in a year or two", True, False),
    ("a yearling sold", False, False),
])
def test_check_phrases_per_year(text: str, at_start: bool, expected: bool) -> None:
    assert per_year(text, at_start=at_start) is expected


@pytest.mark.parametrize("lead_in,expected", [
    (" from ", True),                                    # right before the figure
    (" compared with the ", True),
    (" vs. ", True),                                     # the point belongs to "vs"
    (" from the depot stock levels recorded in spring ", False),  # too far: more than `before` characters
    (" from Monday; stocks reached ", False),            # a stop mark between the cue and the figure
    (" fromage worth ", False),                          # a word that merely starts like the cue
])
def test_check_phrases_a_before_cue_close_to_the_figure(lead_in: str, expected: bool) -> None:
    assert ends_with_cue(lead_in, "before_cues", "before") is expected


def test_check_phrases_an_after_cue_stops_at_a_comma() -> None:
    assert ends_with_cue(" to ", "after_cues", "after", "tight_stops")
    assert not ends_with_cue(" to, say, ", "after_cues", "after", "tight_stops")


@pytest.mark.parametrize("between,key,reach,expected", [
    (" in March, to ", "to_words", "own_end", True),
    (" in March and then again in the late autumn of that year, to ", "to_words", "own_end", False),
    (" in March. Then to ", "to_words", "own_end", False),
    (" flats from ", "from_words", "from_base", True),
    (" flats into ", "from_words", "from_base", False),
])
def test_check_phrases_last_word_close_to_the_start(between: str, key: str, reach: str, expected: bool) -> None:
    assert last_word_is(between, key, reach) is expected


@pytest.mark.parametrize("between,expected", [
    (" of the levy, or ", "levy"), (" of its reserve fund equal to ", "reserve fund"),
    (" of road-building, worth ", "road-building"), (" of levy; or ", None), (" for the levy, or ", None),
    (" of the levy ", None),
])
def test_check_phrases_portion_words(between: str, expected: str | None) -> None:
    assert portion_words(between) == expected


@pytest.mark.parametrize("text,written,expected", [
    (" a hectare, the survey found", False, "hectare"), (" per pupil", False, "pupil"),
    (" a year", False, ""), (" a 5% rise", False, ""), (" in all", False, None),
    ("about £9 per tonne", True, "tonne"), ("about £9 per year", True, ""), ("about £9", True, None),
    ("£9 per tonne, 2024", True, None),
])
def test_check_phrases_unit_after_a_per_word(text: str, written: bool, expected: str | None) -> None:
    assert unit_after(text, written=written) == expected


@pytest.mark.parametrize("between,expected", [
    (" and ", False), (", and ", True), (" whereas ", True), ("; ", True), (", but then ", True),
    (" to ", False),
])
def test_check_phrases_statement_breaks(between: str, expected: bool) -> None:
    assert breaks_statement(between) is expected


@pytest.mark.parametrize("subject,parts", [
    ("Tarrow vs. Quenby", ["tarrow", "quenby"]), ("Tarrow versus Quenby Mills", ["tarrow", "quenby mills"]),
    ("Tarrow & Quenby", ["tarrow", "quenby"]), ("Tarrow", ["tarrow"]),
])
def test_check_phrases_pair_of_a_gap(subject: str, parts: list[str]) -> None:
    assert _pair(subject) == parts


@pytest.mark.parametrize("metric,left,right", [
    ("barley as a share of the harvest", "barley", "the harvest"),
    ("proportion of pupils", "", "pupils"),
    ("part of the", "", "the"),
])
def test_check_phrases_split_share_at_a_share_noun(metric: str, left: str, right: str) -> None:
    assert split_share(metric) == (left, right)


def test_check_phrases_base_phrase_keeps_the_measure_words_as_written() -> None:
    assert base_phrase("Quenby's tonnage growth, year on year") == "Quenby's tonnage , year on year"
    assert base_phrase("barley's share of the total harvest") == "barley's harvest"


def test_check_phrases_are_data_a_new_word_changes_the_rule(monkeypatch) -> None:
    # "surged" is no change word in the packaged lists; added to check.json, the claim is read as a change.
    surge = claim("14%", 14.0, "percent", metric="ferry fares surged")
    assert family(surge) == "direct"
    data = json.loads((models_dir() / "check.json").read_text(encoding="utf-8"))
    data["growth_cues"].append("surged")
    mine = parse(data, "mine.json")
    monkeypatch.setattr(phrases, "check_words", lambda: mine)
    assert family(surge) == "growth"


def test_check_phrases_reach_must_be_character_counts() -> None:
    data = json.loads((models_dir() / "check.json").read_text(encoding="utf-8"))
    data["reach"] = {**data["reach"], "before": 2.5}
    with pytest.raises(ValueError, match="'reach' values must be whole numbers of characters"):
        parse(data, "mine.json")
    data["reach"] = {key: 3 for key in data["reach"] if key != "to_from"}
    with pytest.raises(ValueError, match="'to_from'"):
        parse(data, "mine.json")


@pytest.mark.parametrize("between,expected", [
    (" for each of the ", True), (" for every one of its ", False), (" per ", True), (" for each of the town's ", True),
    (" for each of the county's own small ", False), (" or ", False), (" for each of them, ", False),
])
def test_check_phrases_rate_of_the_next_figure(between: str, expected: bool) -> None:
    from claimx.check.phrases import rate_of
    assert rate_of(between) is expected


@pytest.mark.parametrize("text,expected", [(", or ", True), (", or", True), (", worth ", True), (" or ", False),
                                           (", and ", False)])
def test_restates(text: str, expected: bool) -> None:
    from claimx.check.phrases import restates
    assert restates(text) is expected


@pytest.mark.parametrize("text,expected", [(", larger than the ", True), (" above the original budget of ", True),
                                           (" above the original capital budget set in ", False),
                                           (" of the ", False), (", above; the ", False)])
def test_restated_base(text: str, expected: bool) -> None:
    from claimx.check.phrases import restated_base
    assert restated_base(text) is expected


@pytest.mark.parametrize("text,at_start,expected", [(" a day, the trust said", True, "day"), (" weekly", True, "week"),
                                                    ("£2,000 a month", False, "month"), (" in a day", True, None),
                                                    (" a year", True, None)])
def test_per_time(text: str, at_start: bool, expected: str | None) -> None:
    from claimx.check.phrases import per_time
    assert per_time(text, at_start=at_start) == expected
