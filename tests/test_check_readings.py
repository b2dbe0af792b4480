"""Readings of a claim from its sentence: the measure and entity named near the figure, and its periods."""
from __future__ import annotations

import datetime as dt

import pytest
from fixtures_check import PACK, article_claims, claim

from claimx.check import check_claims
from claimx.check.readings import (loose_periods, nearest_entities, nearest_metrics, period_readings,
                                   sentence_readings)
from claimx.records import Frame, PeriodFrame
from claimx.reference import load_pack
from claimx.reference.entities import entity_mentions
from claimx.reference.metrics import metric_mentions

pack = load_pack(PACK)
AFTER_FY2025 = dt.date(2025, 6, 15)


def test_reference_entity_mentions_give_token_positions() -> None:
    assert entity_mentions(pack, "Sales at the rail division beat Brightwater") == [(3, 5, "halvorsen-rail"), (6, 7, "brightwater")]


@pytest.mark.parametrize("contiguous,expected", [(True, []), (False, ["operating_income"])])
def test_reference_metric_mentions_in_order_or_spread(contiguous: bool, expected: list[str]) -> None:
    text = "income from operating the network"
    assert [m for _, _, m in metric_mentions(pack, text, contiguous=contiguous)] == expected


def test_check_readings_metric_in_the_figures_stretch_comes_first() -> None:
    sentence = "Halvorsen employs 12,400 staff, and its revenue reached $2.7 billion."
    staff = claim("12,400", 12400, "count", sentence=sentence)
    assert nearest_metrics(pack, staff) == [("employees", True)]


def test_check_readings_entity_named_near_the_figure_beats_the_subject() -> None:
    sentence = "Halvorsen grew, and the rail division booked $1.08 billion."
    figure = claim("$1.08 billion", 1.08e9, sentence=sentence, subject="Halvorsen")
    assert nearest_entities(pack, figure)[0] == "halvorsen-rail"


@pytest.mark.parametrize("period,reason,expected,loose", [
    # no period: the latest ended by the date (the pack has no current or later period), which may only support
    (None, "none", [("FY2025", False)], []),
    # a period written for the figure is the only one, and it may contradict; the latest is a loose reading
    ("FY2024", "in the sentence", [("FY2024", True)], ["FY2025"]),
    # a fiscal period carried from the article's reporting period is pinned too; a calendar year carried is not
    ("FY2024", "article", [("FY2024", True)], ["FY2025"]),
    ("2024", "paragraph", [("2024", False), ("FY2025", False)], []),
])
def test_check_readings_periods(period: str | None, reason: str, expected: list, loose: list) -> None:
    sentence = "Halvorsen's revenue was $2.7 billion."
    frame = Frame(sentence_start=0, sentence_end=len(sentence), period=PeriodFrame(value=period, reason=reason))
    figure = claim("$2.7 billion", 2.7e9, sentence=sentence, period=period, frame=frame)
    assert period_readings(pack, figure, "halvorsen", "revenue", AFTER_FY2025) == expected
    assert loose_periods(pack, figure, "halvorsen", "revenue", AFTER_FY2025) == loose


def test_check_readings_another_period_never_supports_a_pinned_figure() -> None:
    # $2.7 billion is the group's fiscal 2025 revenue, not the fiscal 2024 revenue the sentence gives it as
    text = "Halvorsen put its fiscal 2024 revenue at $2.7 billion."
    figure = claim("$2.7 billion", 2.7e9, sentence=text, subject="Halvorsen", metric="revenue", period="FY2024")
    [checked] = check_claims([figure], pack, published=AFTER_FY2025)
    # the figure is FY2025's, so the FY2024 mismatch is no sure contradiction either
    assert checked.verdict == "unverifiable"
    assert "another period or part" in checked.evidence.note


@pytest.mark.parametrize("metric,verdict", [
    # the group grew 12.5%; 20% is the rail segment's growth, which the words do not name
    ("sales", "unverifiable"),
    # named in the claim's own words, the segment is what the figure is about
    ("rail freight sales", "supported"),
])
def test_check_readings_segment_only_when_the_claim_names_it(metric: str, verdict: str) -> None:
    text = f"Halvorsen said {metric} climbed 20% in fiscal 2025."
    figure = claim("20%", 20.0, "percent", sentence=text, subject="Halvorsen", metric=metric, period="FY2025",
                   direction="up")
    [checked] = check_claims([figure], pack, published=AFTER_FY2025)
    assert checked.verdict == verdict


@pytest.mark.parametrize("value,verdict", [(1.08e9, "supported"), (1.5e9, "contradicted")])
def test_check_readings_fix_wrong_subject_and_metric(value: float, verdict: str) -> None:
    text = f"Halvorsen said the rail division booked sales of ${value / 1e9:g} billion in fiscal 2025."
    figure = claim(f"${value / 1e9:g} billion", value, sentence=text, subject="Brightwater", metric=None,
                   period="FY2025")
    [checked] = check_claims([figure], pack, published=AFTER_FY2025)
    assert (checked.verdict, checked.entity_id) == (verdict, "halvorsen-rail")


def test_check_readings_guessed_entity_may_support_but_not_contradict() -> None:
    # No entity is named in the sentence: the subject resolves, but only to support.
    figure = claim("$9.9 billion", 9.9e9, sentence="Sales came to $9.9 billion.", subject="Halvorsen", metric="figure")
    [checked] = check_claims([figure], pack, published=AFTER_FY2025)
    assert checked.verdict == "unverifiable"


def test_check_readings_claims_own_other_measure_blocks_a_contradiction() -> None:
    text = "Halvorsen, whose revenue is large, booked a pre-tax loss of $2 billion."
    figure = claim("$2 billion", 2e9, sentence=text, subject="Halvorsen", metric="pre-tax loss")
    assert not any(reading.confident for reading in sentence_readings(pack, figure, [figure], AFTER_FY2025))


def test_check_readings_measure_carried_from_the_sentence_before() -> None:
    text = "Halvorsen Rail revenue rose. The rail division took $1.08 billion."
    claims = article_claims(text, ("rose", 0.0, "percent", {}), ("$1.08 billion", 1.08e9, "USD", {}))
    claims = [claims[0].model_copy(update={"text": "Halvorsen Rail revenue", "unit": "USD", "value": 1.0})] + claims[1:]
    [_, checked] = check_claims(claims, pack, published=AFTER_FY2025)
    assert (checked.verdict, checked.entity_id) == ("supported", "halvorsen-rail")


@pytest.mark.parametrize("value,verdict", [(180e6, "supported"), (500e6, "unverifiable")])
def test_check_readings_figure_moved_into_a_measure_is_its_change(value: float, verdict: str) -> None:
    # Read as a rise of FY2025 over FY2024 (0.9e9 -> 1.08e9); as a level it would contradict, but it is no level.
    text = f"The deal put ${value / 1e6:g} million into the rail division's revenue."
    figure = claim(f"${value / 1e6:g} million", value, sentence=text, subject="Halvorsen")
    [checked] = check_claims([figure], pack, published=AFTER_FY2025)
    assert checked.verdict == verdict


@pytest.mark.parametrize("written,value,verdict", [("12.5%", 12.5, "supported"), ("30%", 30.0, "contradicted")])
def test_check_readings_change_after_a_comma_is_of_its_clauses_measure(written: str, value: float, verdict: str) -> None:
    # 2.7e9 / 2.4e9 - 1 = 12.5%: "up ...%" names no measure of its own; the clause before it does.
    text = f"Halvorsen's revenue reached $2.7 billion in fiscal 2025, up {written} on the previous year."
    figure = claim(written, value, "percent", sentence=text, direction="up", subject="the company", period="FY2025")
    [checked] = check_claims([figure], pack, published=AFTER_FY2025)
    assert (checked.verdict, checked.evidence.rule) == (verdict, "growth")


def test_check_readings_measure_only_one_entity_has_does_not_take_the_first_place() -> None:
    # "punctuality" is carried from the sentence before but only the rail division has it: the road
    # haulage arm's one fitting measure, revenue (1.5e9 -> 1.62e9, +8%), is still the confident reading.
    text = "Revenue and punctuality improved at 3 depots. At road haulage the figure grew 20% in fiscal 2025."
    claims = article_claims(text, ("3", 3, "count", {"metric": "depots"}),
                            ("20%", 20.0, "percent", {"direction": "up", "metric": "figure", "period": "FY2025"}))
    [_, checked] = check_claims(claims, pack, published=AFTER_FY2025)
    assert (checked.verdict, checked.evidence.computation) == ("contradicted", "1.62e9 / 1.5e9 - 1 = +0.0800")


def test_check_readings_count_of_something_else_is_not_confident() -> None:
    # "Halvorsen Freight's 40 depots" counts depots; the workforce measure nearby belongs to the 12,400.
    text = "Staff at Halvorsen Freight's 40 depots numbered 12,400."
    figure = claim("40", 40, "count", sentence=text, subject="Halvorsen", metric="freight depots")
    assert not any(reading.confident for reading in sentence_readings(pack, figure, [figure], AFTER_FY2025))


def test_check_readings_a_measure_word_does_not_single_out_a_part(tmp_path) -> None:
    """A part whose alias holds a measure's one-word name ("staff canteens") is not what "Halvorsen's
    staff" means; its other word still singles it out."""
    import shutil

    from claimx.reference.entities import resolve_entity

    shutil.copytree(PACK, tmp_path / "pack")
    with open(tmp_path / "pack" / "entities.csv", "a", encoding="utf-8") as entities:
        entities.write("halvorsen-hr,Halvorsen Canteens,staff canteens,halvorsen,segment\n")
    aliased = load_pack(tmp_path / "pack")
    assert resolve_entity(aliased, "Halvorsen", "staff") == "halvorsen"
    assert resolve_entity(aliased, "Halvorsen", "staff canteens costs") == "halvorsen-hr"


def test_check_a_sentence_naming_no_entity_goes_on_with_the_part_named_just_before() -> None:
    # "Its revenue" after a sentence about the rail division is the division's: the figure matching the
    # division's revenue supports the claim, though the frame carried the group as its subject
    text = ("The rail division carried 41 million tonnes of freight in fiscal 2025. "
            "Its revenue climbed to $1.08 billion in fiscal 2025.")
    claims = article_claims(text, ("41 million", 41e6, "count", {"subject": "rail division", "metric": "tonnes"}),
                            ("$1.08 billion", 1.08e9, "USD", {"subject": "Halvorsen", "metric": "revenue",
                                                              "period": "FY2025"}))
    checked = check_claims(claims, pack, published=AFTER_FY2025)[1]
    assert (checked.verdict, checked.entity_id) == ("supported", "halvorsen-rail"), checked.evidence


def test_check_a_sentence_naming_an_entity_does_not_take_the_part_named_before() -> None:
    text = ("The rail division carried 41 million tonnes of freight in fiscal 2025. "
            "Brightwater's revenue climbed to $1.08 billion in fiscal 2025.")
    claims = article_claims(text, ("41 million", 41e6, "count", {"subject": "rail division", "metric": "tonnes"}),
                            ("$1.08 billion", 1.08e9, "USD", {"subject": "Halvorsen", "metric": "revenue",
                                                              "period": "FY2025"}))
    assert check_claims(claims, pack, published=AFTER_FY2025)[1].verdict != "supported"


@pytest.mark.parametrize("written,value,verdict", [("310", 310.0, "supported"), ("400", 400.0, "unverifiable"),
                                                   ("12,400", 12400.0, "supported"), ("15,000", 15000.0, "contradicted")])
def test_a_carried_fiscal_period_does_not_pin_a_measure_kept_by_calendar_years(tmp_path, written: str, value: float,
                                                                              verdict: str) -> None:
    # a results story for FY2025: its depots are counted by calendar year (2024 may support, never contradict);
    # its employees by fiscal year (FY2025 is the claim's own period)
    import shutil

    from claimx.check import check_claims
    from claimx.records import PeriodFrame
    from claimx.reference import load_pack

    shutil.copytree(PACK, tmp_path / "pack")
    with open(tmp_path / "pack" / "metrics.csv", "a", encoding="utf-8") as metrics:
        metrics.write("depots,count,depots\n")
    with open(tmp_path / "pack" / "facts.csv", "a", encoding="utf-8") as facts:
        facts.write("halvorsen,depots,2024,2024-01-01,2024-12-31,310,count,FICTIONAL\n")
    metric = "depots" if value < 1000 else "employees"
    sentence = f"Halvorsen has {written} {metric}."
    c = claim(written, value, "count", subject="Halvorsen", metric=metric, period="FY2025", sentence=sentence)
    c = c.model_copy(update={"frame": c.frame.model_copy(update={"period": PeriodFrame(value="FY2025", reason="article")})})
    [checked] = check_claims([c], load_pack(tmp_path / "pack"), published=dt.date(2025, 6, 15))
    assert checked.verdict == verdict, checked.evidence



@pytest.mark.parametrize("value,period,verdict", [
    (96400, "2026", "supported"),
    # a figure the pack's one fact of the year does not state is no contradiction: the periods differ
    (99000, "2026", "unverifiable"),
    # two facts fall in the year: neither is the year's
    (96400, "2025", "unverifiable")])
def test_check_the_one_fact_of_a_measure_in_the_claims_year_may_support_it(tmp_path, value: int, period: str,
                                                                          verdict: str) -> None:
    import shutil

    shutil.copytree(PACK, tmp_path / "pack")
    with open(tmp_path / "pack" / "entities.csv", "a", encoding="utf-8") as entities:
        entities.write("norvale-open,Norvale Open,the tournament,,event\n")
    with open(tmp_path / "pack" / "metrics.csv", "a", encoding="utf-8") as metrics:
        metrics.write("attendance,count,attendance|spectators\n")
    with open(tmp_path / "pack" / "facts.csv", "a", encoding="utf-8") as facts:
        facts.write("norvale-open,attendance,2026-02,2026-02-01,2026-02-28,96400,count,FICTIONAL\n"
                    "norvale-open,attendance,2025-02,2025-02-01,2025-02-28,88900,count,FICTIONAL\n"
                    "norvale-open,attendance,2025-11,2025-11-01,2025-11-30,12000,count,FICTIONAL\n")
    events = load_pack(tmp_path / "pack")
    text = f"The Norvale Open said a record {value:,} spectators attended in {period}."
    claims = article_claims(text, (f"{value:,}", value, "count", {"subject": "Norvale Open", "metric": "spectators",
                                                                  "period": period}))
    checked = check_claims(claims, events, published=dt.date(2026, 3, 2))[0]
    assert checked.verdict == verdict, checked.evidence
