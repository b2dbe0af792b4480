"""Session 58 (vc): planted contradictions the checker missed, each written as a general shape on made-up text. Each
test fails on the session-start code unless its docstring says it is a guard."""
from __future__ import annotations

import datetime as dt
import shutil

import pytest
from fixtures_check import PACK, claim
from fixtures_claims import all_checked

from claimx.check import check_claims
from claimx.records import Frame, PeriodFrame
from claimx.reference import load_pack

PUBLISHED = dt.date(2025, 10, 2)


@pytest.fixture(scope="module")
def pack(tmp_path_factory):
    folder = tmp_path_factory.mktemp("s58vc") / "pack"
    shutil.copytree(PACK, folder)
    with open(folder / "entities.csv", "a", encoding="utf-8") as entities:
        entities.write("fenmoor-trust,Fenmoor Health Trust,Fenmoor,,health_board\n")
    with open(folder / "metrics.csv", "a", encoding="utf-8") as metrics:
        metrics.write("screening_uptake,percent,screening uptake|screening coverage\n")
    with open(folder / "facts.csv", "a", encoding="utf-8") as facts:
        facts.write("fenmoor-trust,screening_uptake,2023-24,2023-04-01,2024-03-31,71.2,percent,FICTIONAL\n"
                    "fenmoor-trust,screening_uptake,2024-25,2024-04-01,2025-03-31,69.5,percent,FICTIONAL\n")
    return load_pack(folder)


def _carried(text: str, value: float, unit: str, sentence: str, period: str, kind: str, **fields):
    """A claim whose period the frame carried from the article (not written in its sentence)."""
    frame = Frame(sentence_start=0, sentence_end=len(sentence),
                  period=PeriodFrame(value=period, kind=kind, reason="article"))
    return claim(text, value, unit, sentence=sentence, start=sentence.index(text), period=period, frame=frame,
                 **fields)


FALL = "Fenmoor recorded the sharpest decline, a drop of 4.6 percentage points in screening uptake in one year."


def test_a_change_over_the_story_s_own_year_is_checked_against_that_year_and_the_one_before(pack):
    """A report on "2024-25" carries that year to a fall with no period of its own: it is the newest year the pack holds
    that had ended, and the change is computed between it and the year before (71.2 to 69.5 is 1.7 points, not 4.6):
    contradicted (it was left unverifiable, the carried period unconfirmed)."""
    fall = _carried("4.6 percentage points", 4.6, "percentage_point", FALL, "2024-25", "season", subject="Fenmoor",
                    metric="screening uptake", direction="down")
    [checked] = check_claims([fall], pack, published=PUBLISHED)
    assert checked.verdict == "contradicted", checked.evidence


def test_a_carried_year_still_running_does_not_ground_a_contradiction(pack):
    """Guard (passes on the code before too): published before the carried year has ended, the year is not the newest
    ended one, so the change may not be contradicted by it."""
    fall = _carried("4.6 percentage points", 4.6, "percentage_point", FALL, "2024-25", "season", subject="Fenmoor",
                    metric="screening uptake", direction="down")
    [checked] = check_claims([fall], pack, published=dt.date(2025, 2, 1))
    assert checked.verdict != "contradicted"


def test_a_level_in_the_story_s_year_is_not_pinned_by_it(pack):
    """Guard (passes on the code before too): a level with a carried season may be a run or span of its own; only a
    change is confirmed by the story's year."""
    sentence = "Fenmoor reached 75.0 per cent screening uptake among its clinics."
    level = _carried("75.0 per cent", 75.0, "percent", sentence, "2024-25", "season", subject="Fenmoor",
                     metric="screening uptake")
    [checked] = check_claims([level], pack, published=PUBLISHED)
    assert checked.verdict != "contradicted"


MULTIPLE_AFTER = ("Glacier study finds faster melting\n\nORVIK, 3 March 2026 - The Morlan ice cap lost an average of 84 "
                  "gigatonnes a year between 2014 and 2023, the survey found. In the decade from 1994 to 2003 it lost "
                  "31 gigatonnes a year, which means the rate of loss has risen roughly {multiple} times, the authors "
                  "said.\n")


def test_a_multiple_stated_after_both_of_its_levels_is_checked(nlp):
    """The newer level (84, 2014-2023) in the sentence before and the older one (31, 1994-2003) in the multiple's own
    sentence, each with its period: 84 / 31 = 2.7, not "roughly four times" (it was left unverifiable: no level follows
    the multiple for `internal_multiple` to take as its base)."""
    found = all_checked(nlp, MULTIPLE_AFTER.format(multiple="four"), dt.date(2026, 3, 3))
    multiple = next(c for c in found if "four" in c.text)
    assert multiple.verdict == "contradicted", (multiple.evidence, [(c.text, c.subject, c.period) for c in found])
    assert "84 / 31" in multiple.evidence.computation


def test_a_multiple_after_both_levels_that_agrees_is_supported(nlp):
    """84 / 31 = 2.7: "roughly three times" holds (it was left unverifiable)."""
    found = all_checked(nlp, MULTIPLE_AFTER.format(multiple="three"), dt.date(2026, 3, 3))
    multiple = next(c for c in found if "three" in c.text)
    assert multiple.verdict == "supported", multiple.evidence
