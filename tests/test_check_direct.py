"""Direct rule: a claim against the pack's figure for its entity, metric and period."""
from __future__ import annotations

import pytest
from fixtures_check import PACK, PUBLISHED, claim

from claimx.check.direct import check_direct
from claimx.reference import load_pack

pack = load_pack(PACK)


@pytest.mark.parametrize("text,value,unit,fields,verdict,computation", [
    ("$2.7 billion", 2.7e9, "USD", {"metric": "revenue", "period": "FY2025"}, "supported",
     "halvorsen revenue FY2025 = 2.7e9 USD"),
    ("$2.9 billion", 2.9e9, "USD", {"metric": "revenue", "period": "FY2025"}, "contradicted",
     "halvorsen revenue FY2025 = 2.7e9 USD"),
    ("about $2.6 billion", 2.6e9, "USD", {"metric": "annual sales", "qualifier": "approximate"}, "supported",
     "halvorsen revenue FY2025 = 2.7e9 USD"),
    ("$2.4 billion", 2.4e9, "USD", {"metric": "turnover", "period": "previous fiscal year"}, "supported",
     "halvorsen revenue FY2024 = 2.4e9 USD"),
    ("$720 million", 720e6, "USD", {"metric": "revenue"}, "supported",
     "halvorsen revenue Q4 FY2025 = 720e6 USD"),
    ("$2.6 billion", 2.6e9, "USD", {"metric": "net revenue", "period": "FY2025"}, "supported",
     "halvorsen net_revenue FY2025 = 2.6e9 USD"),
    ("more than 12,000", 12000, "count", {"metric": "staff", "qualifier": "lower_bound", "lower": 12000}, "supported",
     "halvorsen employees FY2025 = 12,400 count"),
])
def test_check_direct_compares_with_the_pack(text: str, value: float, unit: str, fields: dict, verdict: str,
                                             computation: str) -> None:
    found = check_direct(claim(text, value, unit, subject="Halvorsen", **fields), pack, PUBLISHED)
    assert (found.verdict, found.evidence.computation, found.evidence.rule) == (verdict, computation, "direct")
    assert found.evidence.reference[0].source.startswith("FICTIONAL test fixture")


@pytest.mark.parametrize("text,value,unit,verdict", [
    ("91.5%", 91.5, "percent", "supported"),
    ("0.915", 0.915, "ratio", "supported"),
    ("95%", 95.0, "percent", "contradicted"),
])
def test_check_direct_converts_percent_and_ratio(text: str, value: float, unit: str, verdict: str) -> None:
    found = check_direct(claim(text, value, unit, subject="the rail division", metric="on-time rate"), pack, PUBLISHED)
    assert found.verdict == verdict


def test_check_direct_evidence_carries_deviation_and_tolerance() -> None:
    found = check_direct(claim("$2.9 billion", 2.9e9, subject="Halvorsen", metric="revenue"), pack, PUBLISHED)
    evidence = found.evidence
    assert evidence.expected == 2.7e9
    assert evidence.deviation == pytest.approx(0.2 / 2.7)
    assert evidence.tolerance == pytest.approx((2.9e9 * (0.05 / 2.9 + 0.002)) / 2.7e9)
    assert evidence.tolerance_reason == "stated to ±50e6 (1.72%); margin 0.2%"


def test_check_direct_narrower_wording_is_not_a_contradiction() -> None:
    found = check_direct(claim("$1.1 billion", 1.1e9, subject="Halvorsen", metric="revenue from Nordic customers"),
                         pack, PUBLISHED)
    assert found.verdict == "unverifiable"
    assert "nordic" in found.evidence.note and found.evidence.expected == 2.7e9


@pytest.mark.parametrize("fields", [
    {"subject": "Northwind", "metric": "revenue"},
    {"subject": "Halvorsen", "metric": "market value"},
    {"subject": "Halvorsen", "metric": "revenue", "period": "FY2019"},
    {"subject": "Brightwater", "metric": "operating profit"},
])
def test_check_direct_declines_when_the_pack_has_no_figure(fields: dict) -> None:
    assert check_direct(claim("$2.7 billion", 2.7e9, **fields), pack, PUBLISHED) is None


def test_check_direct_never_converts_currencies() -> None:
    assert check_direct(claim("€2.7 billion", 2.7e9, "EUR", subject="Halvorsen", metric="revenue"), pack, PUBLISHED) is None


def test_check_direct_segment_words_fall_back_to_the_parent_figure() -> None:
    found = check_direct(claim("12,400", 12400, "count", subject="Halvorsen", metric="rail freight staff"),
                         pack, PUBLISHED)
    assert found.evidence.reference[0].entity == "halvorsen"


@pytest.mark.parametrize("value,direction,verdict", [(3.2, "up", "supported"), (6.0, "up", "contradicted"),
                                                     (3.2, "down", "contradicted")])
def test_check_direct_change_against_a_growth_the_pack_keeps_as_a_measure(tmp_path, value, direction, verdict):
    # "freight volumes grew 3.2%": the pack keeps "volume growth" itself, not the volumes
    import shutil

    shutil.copytree(PACK, tmp_path / "pack")
    with open(tmp_path / "pack" / "metrics.csv", "a", encoding="utf-8") as metrics:
        metrics.write("freight_volume_growth,percent,freight volume growth\n")
    with open(tmp_path / "pack" / "facts.csv", "a", encoding="utf-8") as facts:
        facts.write("brightwater,freight_volume_growth,FY2024,2024-01-01,2024-12-31,3.2,percent,FICTIONAL\n")
    grown = load_pack(tmp_path / "pack")
    c = claim(f"{value:g}%", value, "percent", subject="Brightwater", metric="freight volume", period="FY2024",
              direction=direction)
    found = check_direct(c, grown, PUBLISHED)
    assert (found.verdict, found.evidence.reference[0].metric) == (verdict, "freight_volume_growth")


@pytest.mark.parametrize("value,unit,to,expected", [
    (268, "gigatonne", "tonne", 2.68e11),  # a study in Gt against a pack in tonnes
    (41, "megatonnes", "tonne", 4.1e7),
    (1, "gigatonne", "km", None),
    (2400, "kg per hectare", "tonne per hectare", 2.4),  # a rate against a rate: both sides convert
    (36, "km/h", "m per hour", 36000),
    (1.9, "tonne per hectare", "tonne", None),  # never a rate against a plain unit
    (3, "tonne", "tonne per year", None),
])
def test_check_units_convert_mass_written_with_a_prefix(value: float, unit: str, to: str, expected) -> None:
    from claimx.check.units import convert

    found = convert(value, unit, to)
    assert found == (pytest.approx(expected) if expected is not None else None)


@pytest.mark.parametrize("subject,verdict", [("Halvorsen and Brightwater", "unverifiable"), ("Halvorsen", "contradicted")])
def test_check_direct_a_subject_joining_two_entities_is_not_contradicted_by_one_of_them(subject: str, verdict: str) -> None:
    from claimx.check import check_claims

    sentence = f"{subject} together booked revenue of $4.95 billion in fiscal 2024."
    c = claim("$4.95 billion", 4.95e9, subject=subject, metric="revenue", period="FY2024", sentence=sentence)
    [checked] = check_claims([c], load_pack(PACK), published=PUBLISHED)
    assert checked.verdict == verdict, checked.evidence


@pytest.fixture(scope="module")
def rolling_pack(tmp_path_factory):
    import shutil

    folder = tmp_path_factory.mktemp("rolling") / "pack"
    shutil.copytree(PACK, folder)
    with open(folder / "entities.csv", "a", encoding="utf-8") as entities:
        entities.write("norvale,Norvale,Norvale,,country\n")
    with open(folder / "metrics.csv", "a", encoding="utf-8") as metrics:
        metrics.write("gdp_growth,percent,economic growth|gdp growth|growth\n")
    with open(folder / "facts.csv", "a", encoding="utf-8") as facts:
        facts.write("norvale,gdp_growth,Q2 2025,2025-04-01,2025-06-30,0.6,percent,FICTIONAL\n"
                    "norvale,gdp_growth,Q1 2025,2025-01-01,2025-03-31,0.2,percent,FICTIONAL\n")
    return load_pack(folder)


@pytest.mark.parametrize("period_text,value,verdict", [
    ("the three months to June", 0.6, "supported"), ("the three months to June", 0.9, "contradicted"),
    # a month's own figure is no three-month figure: the pack has none for June alone
    ("June", 0.6, None)])
def test_check_direct_a_rolling_three_months_is_the_pack_period_of_those_months(rolling_pack, period_text, value,
                                                                                verdict) -> None:
    from claimx.records import PeriodFrame

    sentence = f"Norvale's economic growth was {value}% in {period_text}, the statistics office said."
    made = claim(f"{value}%", value, "percent", subject="Norvale", metric="economic growth", period="2025-06",
                 sentence=sentence)
    at = sentence.index(period_text)
    made = made.model_copy(update={"frame": made.frame.model_copy(update={"period": PeriodFrame(
        text=period_text, start=at, end=at + len(period_text), value="2025-06",
        kind="months_to" if "months" in period_text else "month", reason="after the figure")})})
    found = check_direct(made, rolling_pack, PUBLISHED)
    assert (found.verdict if found else None) == verdict


@pytest.mark.parametrize("period_text,value,verdict", [
    ("the 12 months ended March 31", 2.7e9, "supported"), ("the 12 months ended March 31", 3.1e9, "contradicted"),
    ("the year to March", 2.7e9, "supported"),
    # a year of weeks does not start and end with whole months
    ("the 52 weeks to March 29", 2.7e9, None)])
def test_check_direct_a_rolling_year_is_the_pack_period_of_those_twelve_months(period_text, value, verdict) -> None:
    from claimx.records import PeriodFrame

    # Halvorsen's fiscal year runs April to March: the twelve months to March 2025 are its FY2025, whatever the
    # frame labels them (2025-03)
    sentence = f"Halvorsen reported revenue of ${value / 1e9:g} billion for {period_text}."
    made = claim(f"${value / 1e9:g} billion", value, subject="Halvorsen", metric="revenue", period="2025-03",
                 sentence=sentence)
    at = sentence.index(period_text)
    made = made.model_copy(update={"frame": made.frame.model_copy(update={"period": PeriodFrame(
        text=period_text, start=at, end=at + len(period_text), value="2025-03", kind="year_to",
        reason="after the figure")})})
    found = check_direct(made, pack, PUBLISHED)
    assert (found.verdict if found else None) == verdict
