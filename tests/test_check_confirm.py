"""A period the frame carried from the article may ground a contradiction when the sentence confirms it:
a level in the change's own clause states the pack's figure for one end of the change, or the sentence
calls the figure the present one and the carried period is the newest the pack holds (claimx.check.confirm)."""
from __future__ import annotations

import datetime as dt
import shutil

import pytest
from fixtures_check import PACK, claim

from claimx.check import check_claims
from claimx.records import Frame, PeriodFrame
from claimx.reference import load_pack

PUBLISHED = dt.date(2025, 6, 15)


@pytest.fixture(scope="module")
def pack(tmp_path_factory):
    folder = tmp_path_factory.mktemp("confirm") / "pack"
    shutil.copytree(PACK, folder)
    with open(folder / "entities.csv", "a", encoding="utf-8") as entities:
        entities.write("tarrow,Tarrow Borough Council,Tarrow|the council,,council\n"
                       "norvale,Norvale,Norvale,,country\n")
    with open(folder / "metrics.csv", "a", encoding="utf-8") as metrics:
        metrics.write("budget,GBP,budget|spending budget\n"
                      "jobless_rate,percent,unemployment rate|unemployment|jobless rate\n")
    with open(folder / "facts.csv", "a", encoding="utf-8") as facts:
        facts.write("tarrow,budget,2024-25,2024-04-01,2025-03-31,410000000,GBP,FICTIONAL\n"
                    "tarrow,budget,2025-26,2025-04-01,2026-03-31,418000000,GBP,FICTIONAL\n"
                    "norvale,jobless_rate,2024-04,2024-04-01,2024-04-30,3.9,percent,FICTIONAL\n"
                    "norvale,jobless_rate,2024-03,2024-03-01,2024-03-31,3.8,percent,FICTIONAL\n"
                    "norvale,jobless_rate,2025-03,2025-03-01,2025-03-31,4.0,percent,FICTIONAL\n"
                    "norvale,jobless_rate,2025-04,2025-04-01,2025-04-30,4.1,percent,FICTIONAL\n")
    return load_pack(folder)


def carried(text: str, value: float, unit: str, sentence: str, period: str, kind: str, base: str | None = None,
            **fields):
    """A claim whose period the frame carried from the article (not written in its sentence)."""
    frame = Frame(sentence_start=0, sentence_end=len(sentence),
                  period=PeriodFrame(value=period, kind=kind, base=base, reason="article"))
    return claim(text, value, unit, sentence=sentence, start=sentence.index(text), period=period, frame=frame,
                 **fields)


def budget_claims(sentence: str, change: str, level: str | None) -> list:
    found = [carried(change, 7.0, "percent", sentence, "2025-26", "season", subject="Tarrow", metric="budget",
                     direction="up")]
    if level is not None:
        found.append(carried(level, 418e6, "GBP", sentence, "2025-26", "season", subject="Tarrow", metric="budget"))
    return found


def test_check_confirm_the_end_level_in_the_clause_pins_a_carried_period(pack):
    # the pack: £410m to £418m is about 2%, not 7%; the sentence's own "to" figure is the pack's 2025-26 one
    sentence = "The council's budget rises 7% to £418 million, mostly for adult social care."
    checked = check_claims(budget_claims(sentence, "7%", "£418 million"), pack, published=PUBLISHED)
    assert [c.verdict for c in checked] == ["contradicted", "supported"], checked[0].evidence


def test_check_confirm_without_a_level_a_carried_period_may_not_contradict(pack):
    sentence = "The council's budget rises 7%, mostly for adult social care."
    [checked] = check_claims(budget_claims(sentence, "7%", None), pack, published=PUBLISHED)
    assert checked.verdict != "contradicted"


def test_check_confirm_a_level_in_another_statement_does_not_pin(pack):
    sentence = "The council's budget rises 7%; the county says £418 million was its own figure."
    checked = check_claims(budget_claims(sentence, "7%", "£418 million"), pack, published=PUBLISHED)
    assert checked[0].verdict != "contradicted"


def test_check_confirm_a_level_is_not_pinned_by_another_level(pack):
    # a level that is not the pack's figure, beside one that is, is a part of it, not a contradiction
    sentence = "The council has £418 million to spend, including £40 million on roads."
    checked = [carried(text, value, "GBP", sentence, "2025-26", "season", subject="Tarrow", metric="budget")
               for text, value in (("£418 million", 418e6), ("£40 million", 40e6))]
    verdicts = [c.verdict for c in check_claims(checked, pack, published=PUBLISHED)]
    assert verdicts[1] != "contradicted"


def _jobless(sentence: str):
    return carried("a full percentage point", 1.0, "percentage_point", sentence, "2025-04", "month", base="2024-04",
                   subject="Norvale", metric="unemployment", direction="up")


def test_check_confirm_now_pins_the_newest_period(pack):
    # the pack: 3.9% to 4.1% is 0.2 points, not a full point
    sentence = 'An economist said unemployment was now "a full percentage point higher than a year ago".'
    [checked] = check_claims([_jobless(sentence)], pack, published=PUBLISHED)
    assert checked.verdict == "contradicted", checked.evidence


def test_check_confirm_without_now_a_carried_month_may_not_contradict(pack):
    sentence = 'An economist said unemployment was "a full percentage point higher than a year ago".'
    [checked] = check_claims([_jobless(sentence)], pack, published=PUBLISHED)
    assert checked.verdict != "contradicted"


def test_check_confirm_now_does_not_pin_a_period_older_than_the_newest(pack):
    # the pack holds April as well: "now" is April, not the March the frame carried (0.2 points off too)
    sentence = 'An economist said unemployment was now "a full percentage point higher than a year ago".'
    early = carried("a full percentage point", 1.0, "percentage_point", sentence, "2025-03", "month",
                    base="2024-03", subject="Norvale", metric="unemployment", direction="up")
    [checked] = check_claims([early], pack, published=PUBLISHED)
    assert checked.verdict != "contradicted"
    # the same March figure reported before April's was out (published in mid-April) is the newest
    [checked] = check_claims([early], pack, published=dt.date(2025, 4, 15))
    assert checked.verdict == "contradicted", checked.evidence
