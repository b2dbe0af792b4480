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
    return build_pack(tmp_path_factory.mktemp("s58vc") / "pack")


def build_pack(folder):
    """The test pack (fixtures' reference pack plus this file's made-up entities) written to `folder`, loaded."""
    shutil.copytree(PACK, folder)
    with open(folder / "entities.csv", "a", encoding="utf-8") as entities:
        entities.write("fenmoor-trust,Fenmoor Health Trust,Fenmoor,,health_board\n"
                       "tolvaria,Tolvaria,Tolvaria|Tolvarian,,country\n"
                       "brackley,Brackley,Brackley,,town\n"
                       "dunholm,Dunholm,Dunholm,,town\n"
                       "ossory,Ossory,Ossory,,town\n")
    with open(folder / "metrics.csv", "a", encoding="utf-8") as metrics:
        metrics.write("screening_uptake,percent,screening uptake|screening coverage\n"
                      "barley_production,tonne,barley production|barley crop|barley harvest\n"
                      "average_home_price,GBP,average price|average house price|average home\n")
    with open(folder / "facts.csv", "a", encoding="utf-8") as facts:
        facts.write("fenmoor-trust,screening_uptake,2023-24,2023-04-01,2024-03-31,71.2,percent,FICTIONAL\n"
                    "fenmoor-trust,screening_uptake,2024-25,2024-04-01,2025-03-31,69.5,percent,FICTIONAL\n"
                    "tolvaria,barley_production,2024-25,2024-07-01,2025-06-30,15000000,tonne,FICTIONAL\n"
                    "tolvaria,barley_production,2025-26,2025-07-01,2026-06-30,12600000,tonne,FICTIONAL\n"
                    "brackley,average_home_price,2025-08,2025-08-01,2025-08-31,312000,GBP,FICTIONAL\n"
                    "brackley,average_home_price,2024-08,2024-08-01,2024-08-31,299400,GBP,FICTIONAL\n"
                    "dunholm,average_home_price,2025-08,2025-08-01,2025-08-31,254000,GBP,FICTIONAL\n"
                    "dunholm,average_home_price,2024-08,2024-08-01,2024-08-31,246840,GBP,FICTIONAL\n"
                    "ossory,average_home_price,2025-08,2025-08-01,2025-08-31,201500,GBP,FICTIONAL\n"
                    "ossory,average_home_price,2024-08,2024-08-01,2024-08-31,198000,GBP,FICTIONAL\n")
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


def _checked_with(nlp, pack, text: str, published: dt.date):
    from claimx.pipeline import extract_articles
    from claimx.records import Article

    [result] = list(extract_articles([Article(id="a", text=text, published=published)], nlp))
    return check_claims(result.claims, pack, published=published)


CROP = ("Barley outlook darkens\n\nVESK, 14 August 2025 - The grains council said on Thursday that the 2025-26 harvest "
        "would be poor across the region. Tolvaria is worst hit. The council cut its forecast for the Tolvarian barley "
        "crop to {level} million tonnes, a fall of {change} from last season.\n")


def test_a_change_whose_level_beside_it_is_the_pack_s_newer_end_is_contradicted(nlp, pack):
    """The frame's subject is the council (no pack entity), but the level beside the change, 12.6 million tonnes, is the
    pack's figure for Tolvaria's 2025-26 crop: the change is 12.6 / 15.0 - 1 = -16%, not "nearly a third" (it was left
    unverifiable: the sentence's reading was not confident)."""
    found = _checked_with(nlp, pack, CROP.format(level="12.6", change="nearly a third"), dt.date(2025, 8, 14))
    fall = next(c for c in found if c.text == "nearly a third")
    assert fall.verdict == "contradicted", (fall.subject, fall.metric, fall.period, fall.evidence)


def test_a_change_whose_level_beside_it_is_not_the_pack_s_is_not_contradicted(nlp, pack):
    """Guard (passes on the code before too): the level beside the change (13.9 million tonnes) is not the pack's
    figure, so nothing says the reading is the change's own: no contradiction."""
    found = _checked_with(nlp, pack, CROP.format(level="13.9", change="nearly a third"), dt.date(2025, 8, 14))
    fall = next(c for c in found if c.text == "nearly a third")
    assert fall.verdict != "contradicted", fall.evidence


GAP = ("Barley outlook darkens\n\nVESK, 14 August 2025 - The grains council said on Thursday that harvests would be poor "
       "across the region. Tolvaria is worst hit, and is still the smallest grower, with a crop of 12.6 million tonnes, "
       "roughly 5 million tonnes below the regional figure.\n")


def test_a_gap_to_another_figure_beside_a_level_is_no_change_over_time(nlp, pack):
    """Guard (passes on the code before too): "12.6 million tonnes, roughly 5 million tonnes below the regional
    figure" is a gap between two entities with no base period, not the crop's change from the year before (2.4 million
    tonnes in the pack): not contradicted."""
    found = _checked_with(nlp, pack, GAP, dt.date(2025, 8, 14))
    gap = next(c for c in found if c.text.endswith("5 million tonnes"))
    assert gap.verdict != "contradicted", gap.evidence


TOWNS = ("Brackley prices climb\n\nBRACKLEY, 15 October 2025 - House prices in the county kept rising in August, "
         "according to official figures published on Wednesday. Prices in Brackley are now well above the average "
         "price of £254,000 in Dunholm.\n\nAcross the county, Brackley had an annual rise of 4.2 per cent, Dunholm 2.9 "
         "per cent, and Ossory {last} per cent.\n")


def test_a_list_item_whose_siblings_agree_with_the_pack_is_read_as_they_are(nlp, pack):
    """The list names its measure once: Brackley's 4.2% and Dunholm's 2.9% agree with the pack's average price a year
    on, so Ossory's figure is the same measure: 201,500 / 198,000 - 1 = 1.8%, not 6.0% (it was left unverifiable, its
    reading not confident)."""
    found = _checked_with(nlp, pack, TOWNS.format(last="6.0"), dt.date(2025, 10, 15))
    verdicts = {c.text: c.verdict for c in found}
    assert verdicts.get("4.2 per cent") == "supported" and verdicts.get("2.9 per cent") == "supported", verdicts
    last = next(c for c in found if c.text == "6.0 per cent")
    assert last.verdict == "contradicted", (last.subject, last.metric, last.period, last.evidence)


def test_a_list_item_is_not_contradicted_when_a_sibling_disagrees_too(nlp, pack):
    """Guard (passes on the code before too): when another item of the list disagrees with the pack as well (Dunholm's
    9.9%), nothing confirms what the list measures: no contradiction."""
    text = TOWNS.format(last="6.0").replace("2.9 per cent", "9.9 per cent")
    found = _checked_with(nlp, pack, text, dt.date(2025, 10, 15))
    last = next(c for c in found if c.text == "6.0 per cent")
    assert last.verdict != "contradicted", last.evidence


METAL = ("Silver buying slows\n\nLONDON, 30 October 2025 - Some 2,480 tonnes of silver were bought in the third quarter, "
         "the Bullion Board said on Thursday. \"Prices are still high,\" said an analyst at the board.\n\nIndustrial "
         "demand worth 1,120 tonnes accounted for {share} of overall net silver purchases in the quarter, the board "
         "said.\n")


def test_a_share_of_a_whole_stated_in_another_sentence_is_checked(nlp):
    """The whole (2,480 tonnes of silver bought in the quarter) is stated in another sentence, the only larger figure in
    tonnes for the quarter: 1,120 / 2,480 = 45%, not 60% (it was left unverifiable)."""
    found = all_checked(nlp, METAL.format(share="60%"), dt.date(2025, 10, 30))
    share = next(c for c in found if c.text == "60%")
    assert share.verdict == "contradicted", (share.metric, share.period, share.evidence)
    assert "1,120 / 2,480" in share.evidence.computation


def test_a_share_of_a_whole_is_left_alone_when_two_larger_figures_could_be_it(nlp):
    """Guard (passes on the code before too): with another larger figure in tonnes for the quarter (3,100 tonnes
    mined), nothing says which is the whole: not contradicted."""
    text = METAL.format(share="60%").replace("said on Thursday.", "said on Thursday, while mines produced 3,100 tonnes.")
    found = all_checked(nlp, text, dt.date(2025, 10, 30))
    share = next(c for c in found if c.text == "60%")
    assert share.verdict != "contradicted", share.evidence


SEATS = ("Unity Party sweeps county\n\nMERROW, 14 May 2025 - A total of 220 seats were contested in the county election "
         "this month, officials said.\n\nThe Unity Party, which won 140 seats, secured 41.2 per cent vote share in the "
         "county, according to the commission on Saturday.\n")


def test_a_share_that_names_no_whole_after_of_is_not_read_as_a_share_of_a_stated_whole(nlp):
    """Guard (passes on the code before too): "won 140 seats, secured 41.2 per cent vote share" is a share of the
    votes, not of the 220 seats stated elsewhere: not contradicted by 140 / 220."""
    found = all_checked(nlp, SEATS, dt.date(2025, 5, 14))
    share = next(c for c in found if c.text == "41.2 per cent")
    assert share.verdict != "contradicted", share.evidence
