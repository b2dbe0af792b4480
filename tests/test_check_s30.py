"""Verdicts met on the corpus and real pages of many publishers (session 30). Sentences are invented for these tests
in the shapes real copy uses."""
from __future__ import annotations

import datetime as dt

import pytest

from test_frame_s27 import claims_of
from fixtures_claims import checked_reader


_checked = checked_reader(dt.date(2024, 8, 30), claims_of)


@pytest.mark.parametrize("change,verdict", [("12 per cent", "supported"), ("30 per cent", "contradicted")])
def test_a_base_after_compared_to_is_the_changes_earlier_level(nlp, change, verdict):
    # the "to" of "compared to" ends a base cue: the figure after it is the earlier level, not a new one
    text = ("Lender lifts profit\n\nThe bank said income from its regional subsidiaries grew "
            f"{change} to Sh560 million in the half year compared to Sh500 million a year earlier.")
    found = _checked(nlp, text, dt.date(2013, 8, 29))
    assert found[change].verdict == verdict


@pytest.mark.parametrize("text,value,expected,verdict", [
    ("more than five", 5, 14_200, "unverifiable"),  # a small number in words is as exact as one in digits
    ("more than five", 5, 6, "supported"),
    ("more than five", 5, 4.4, "contradicted"),
    ("multibillion-dollar", 2e9, 68e9, "supported"),  # a bound in words of a scale names only a magnitude
])
def test_a_figure_far_beyond_a_small_bound_in_words_says_nothing_of_it(text, value, expected, verdict):
    from fixtures_check import claim

    from claimx.check.tolerance import judge

    found = claim(text, value, "count", qualifier="lower_bound", lower=value)
    assert judge(found, expected).verdict == verdict


@pytest.mark.parametrize("metrics,phrase,verdict", [
    # the games are the divisor, not the figure
    ("matches_played,count,games|matches\n", "game", "unverifiable"),
    # a measure that is itself per game is the figure's own
    ("tries_per_game,count,tries per game\n", "tries per game", "supported"),
])
def test_a_figure_per_unit_is_not_the_count_of_that_unit(tmp_path, metrics, phrase, verdict):
    import shutil

    from fixtures_check import PACK, PUBLISHED, claim

    from claimx.check.direct import check_direct
    from claimx.reference import load_pack

    shutil.copytree(PACK, tmp_path / "pack")
    metric = metrics.split(",")[0]
    with open(tmp_path / "pack" / "metrics.csv", "a", encoding="utf-8") as out:
        out.write(metrics)
    with open(tmp_path / "pack" / "facts.csv", "a", encoding="utf-8") as out:
        out.write(f"brightwater,{metric},FY2024,2024-01-01,2024-12-31,14,count,FICTIONAL\n")
    sentence = "Brightwater scored 200 tries in fiscal 2024, an average of 14 a game."
    c = claim("14", 14, "count", subject="Brightwater", metric=phrase, period="FY2024", sentence=sentence,
              start=sentence.index("14 a"))
    found = check_direct(c, load_pack(tmp_path / "pack"), PUBLISHED)
    assert (found.verdict if found else "unverifiable") == verdict


def test_the_levels_of_a_sentence_never_contradict_a_change_its_words_call_a_plan(nlp):
    # the 25% was proposed and trimmed; the levels are what was passed
    text = ("Levy rise passed\n\nThe measure passed 5-2 after the board trimmed an initial 25% proposal, lifting the "
            "levy from 4.00 to 4.40.")
    found = _checked(nlp, text, dt.date(2025, 12, 10))
    assert found["25%"].verdict != "contradicted"


def test_levels_of_a_broader_measure_never_contradict_a_change_of_a_part_of_it(nlp):
    # the levels are of all imports; the change is of oil imports alone
    text = ("Trade gap widens\n\nImports rose to $37.9 billion in July from $36.2 billion in July last year. "
            "Oil imports in July slipped 5.52 per cent.")
    found = _checked(nlp, text, dt.date(2012, 8, 14))
    assert found["5.52 per cent"].verdict != "contradicted"


def test_a_share_of_the_total_after_a_part_of_its_whole_is_the_part_over_the_whole(nlp):
    # the figure before "of" is the part, the one after it the whole
    text = ("Open final\n\nThe champion took home $315,000 of the event's $1.8 million prize fund, about 17.5% of the "
            "total, and rises to No. 6.")
    found = _checked(nlp, text, dt.date(2026, 2, 16))
    assert found["about 17.5%"].verdict == "supported"
