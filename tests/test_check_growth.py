"""Growth rule: a stated change against two periods of the pack (year on year, sequential, over a span)."""
from __future__ import annotations

import pytest
from fixtures_check import PACK, PUBLISHED, claim

from claimx.check.growth import change, check_growth
from claimx.reference import load_pack

pack = load_pack(PACK)


@pytest.mark.parametrize("text,value,unit,fields,verdict,computation", [
    ("12.5%", 12.5, "percent", {"metric": "revenue", "period": "FY2025", "direction": "up"}, "supported",
     "2.7e9 / 2.4e9 - 1 = +0.1250"),
    ("20%", 20.0, "percent", {"metric": "revenue", "period": "FY2025", "direction": "up"}, "contradicted",
     "2.7e9 / 2.4e9 - 1 = +0.1250"),
    ("12.5%", 12.5, "percent", {"metric": "revenue", "period": "FY2025", "direction": "down"}, "contradicted",
     "2.7e9 / 2.4e9 - 1 = +0.1250"),
    ("about 12%", 12.0, "percent", {"metric": "fourth-quarter revenue growth", "period": "Q4 FY2025",
                                    "qualifier": "approximate"}, "supported", "720e6 / 640e6 - 1 = +0.1250"),
    ("4.3%", 4.3, "percent", {"metric": "revenue growth from the previous quarter", "period": "Q4 FY2025"},
     "supported", "720e6 / 690e6 - 1 = +0.0435"),
    ("$300 million", 300e6, "USD", {"metric": "revenue", "period": "FY2025", "direction": "up"}, "supported",
     "2.7e9 - 2.4e9 = 300e6"),
    ("an eighth", 0.125, "ratio", {"metric": "revenue", "direction": "up"}, "supported",
     "2.7e9 / 2.4e9 - 1 = +0.1250"),
    ("170%", 170.0, "percent", {"metric": "revenue growth", "period": "FY2005-FY2025"}, "supported",
     "2.7e9 / 1e9 - 1 = +1.7000"),
])
def test_check_growth_against_the_comparison_period(text: str, value: float, unit: str, fields: dict, verdict: str,
                                                    computation: str) -> None:
    found = check_growth(claim(text, value, unit, subject="Halvorsen", **fields), pack, PUBLISHED)
    assert (found.verdict, found.evidence.computation, found.evidence.rule) == (verdict, computation, "growth")
    assert len(found.evidence.reference) == 2


def test_check_growth_wrong_direction_is_explained() -> None:
    found = check_growth(claim("12.5%", 12.5, "percent", subject="Halvorsen", metric="revenue", direction="down"),
                         pack, PUBLISHED)
    assert found.evidence.expected == pytest.approx(-12.5)
    assert "moved the other way" in found.evidence.note


def test_check_growth_declines_without_the_earlier_period() -> None:
    assert check_growth(claim("5%", 5.0, "percent", subject="Halvorsen", metric="staff", direction="up"),
                        pack, PUBLISHED) is None


def test_check_growth_leaves_rates_to_the_direct_rule() -> None:
    assert check_growth(claim("91.5%", 91.5, "percent", subject="rail division", metric="on-time rate growth"),
                        pack, PUBLISHED) is None


@pytest.mark.parametrize("unit,metric_unit,expected", [
    ("percent", "USD", 25.0), ("ratio", "USD", 0.25), ("USD", "USD", 20.0), ("percentage_point", "percent", 20.0),
])
def test_check_growth_change_in_the_claims_unit(unit: str, metric_unit: str, expected: float) -> None:
    assert change(80.0, 100.0, unit, metric_unit)[0] == pytest.approx(expected)


@pytest.mark.parametrize("written,value,verdict", [("$1.7 billion", 1.7e9, "supported"), ("$2.5 billion", 2.5e9, "contradicted")])
def test_check_growth_from_a_base_period_written_after_the_figure(written: str, value: float, verdict: str) -> None:
    sentence = f"Revenue reached $2.7 billion in fiscal 2025, up {written} from fiscal 2005."
    found = check_growth(claim(written, value, subject="Halvorsen", metric="revenue", period="FY2025", direction="up",
                               sentence=sentence, base="FY2005"), pack, PUBLISHED)
    assert (found.verdict, found.evidence.computation) == (verdict, "2.7e9 - 1e9 = 1.7e9")
    assert [r.period for r in found.evidence.reference] == ["FY2005", "FY2025"]


@pytest.mark.parametrize("basis,verdict", [
    ("", "contradicted"),
    # restated at constant exchange rates or without some items, the figure is not the reported change
    ("Measured at constant currency, ", "unverifiable"),
    ("Excluding the sale of its ferry arm, ", "unverifiable"),
])
def test_check_growth_a_figure_on_another_basis_is_never_contradicted(basis: str, verdict: str) -> None:
    sentence = f"{basis}Halvorsen's fourth-quarter revenue grew 9% on a year earlier."
    found = check_growth(claim("9%", 9.0, "percent", subject="Halvorsen", metric="revenue", period="Q4 FY2025",
                               direction="up", sentence=sentence), pack, PUBLISHED)
    assert found.verdict == verdict


@pytest.mark.parametrize("value,verdict", [(12.5, "supported"), (30.0, "contradicted")])
def test_check_growth_a_quarter_from_a_year_is_from_that_years_same_quarter(value: float, verdict: str) -> None:
    # the base the frame gives is the whole year named ("fiscal 2024"); the quarter is compared with its quarter
    sentence = f"Halvorsen's fourth-quarter revenue was {value:g}% above the same stretch of fiscal 2024."
    found = check_growth(claim(f"{value:g}%", value, "percent", subject="Halvorsen", metric="revenue",
                               period="Q4 FY2025", direction="up", sentence=sentence, base="FY2024"), pack, PUBLISHED)
    assert found.verdict == verdict
    assert [r.period for r in found.evidence.reference] == ["Q4 FY2024", "Q4 FY2025"]


@pytest.mark.parametrize("words,value,verdict", [
    ("up 4,000 on the month", 4000, "supported"),       # May against April
    ("up 9,000 on the month", 9000, "contradicted"),
    ("up 14,000 on a year earlier", 14000, "supported"),  # May against May of the year before
])
def test_check_growth_on_the_month_is_against_the_month_before(tmp_path, words: str, value: float, verdict: str) -> None:
    import shutil

    from claimx.check import check_claims

    shutil.copytree(PACK, tmp_path / "pack")
    with open(tmp_path / "pack" / "metrics.csv", "a", encoding="utf-8") as metrics:
        metrics.write("parcels,count,parcels handled|parcels\n")
    with open(tmp_path / "pack" / "facts.csv", "a", encoding="utf-8") as facts:
        for period, start, end, count in (("2024-05", "2024-05-01", "2024-05-31", 40000),
                                          ("2025-04", "2025-04-01", "2025-04-30", 50000),
                                          ("2025-05", "2025-05-01", "2025-05-31", 54000)):
            facts.write(f"brightwater,parcels,{period},{start},{end},{count},count,FICTIONAL\n")
    monthly = load_pack(tmp_path / "pack")
    sentence = f"Brightwater handled 54,000 parcels in May, {words}."
    text = words.split()[1]
    change = claim(text, value, "count", subject="Brightwater", metric="parcels handled", period="2025-05",
                   direction="up", sentence=sentence)
    [checked] = check_claims([change], monthly, published=PUBLISHED)
    assert checked.verdict == verdict, checked.evidence


def test_check_growth_a_year_earlier_in_the_figures_stretch_beats_a_quarter_elsewhere(tmp_path) -> None:
    # "compared with the previous quarter" belongs to the first figure; the second says "a year earlier".
    from claimx.check.growth import _sequential

    sentence = ("Bookings fell by 900 to 12,100 in the three months to May compared with the previous quarter, "
                "and are now about a tenth below their level a year earlier.")
    first = claim("900", 900, "count", metric="bookings", period="2025-05", direction="down", sentence=sentence)
    second = claim("about a tenth", 0.1, "ratio", metric="fall in bookings", period="2025-05", direction="down",
                   sentence=sentence)
    assert _sequential(first) and not _sequential(second)


@pytest.mark.parametrize("sentence,computation", [
    ("Halvorsen's revenue rose 170% over 20 years, to $2.7 billion.", "2.7e9 / 1e9 - 1 = +1.7000"),
    # the span belongs to another figure of the sentence: the change is the usual year on year one
    ("Halvorsen's revenue rose 170% to $2.7 billion, and it will borrow $500 million to be repaid over 20 years.",
     "2.7e9 / 2.4e9 - 1 = +0.1250"),
])
def test_check_growth_a_span_is_read_from_the_figures_own_stretch(sentence: str, computation: str) -> None:
    found = check_growth(claim("170%", 170.0, "percent", subject="Halvorsen", metric="revenue", direction="up",
                               sentence=sentence), pack, PUBLISHED)
    assert found.evidence.computation == computation


@pytest.mark.parametrize("value,verdict", [(0.25, "supported"), (0.5, "contradicted")])
def test_check_growth_a_span_up_to_the_publication_year_ends_at_the_latest_figure(tmp_path, value: float,
                                                                                 verdict: str) -> None:
    # "since 1990" in a 2025 article reads 1990-2025; the pack's latest figure is 2024's: 300 / 400 - 1 = -25%
    import shutil

    shutil.copytree(PACK, tmp_path / "pack")
    with open(tmp_path / "pack" / "metrics.csv", "a", encoding="utf-8") as metrics:
        metrics.write("lake_area,square kilometre,lake area|area\n")
    with open(tmp_path / "pack" / "facts.csv", "a", encoding="utf-8") as facts:
        for period, count in (("1990", 400), ("2024", 300)):
            facts.write(f"brightwater,lake_area,{period},{period}-01-01,{period}-12-31,{count},square kilometre,"
                        "FICTIONAL\n")
    lakes = load_pack(tmp_path / "pack")
    found = check_growth(claim("a quarter", value, "ratio", subject="Brightwater", metric="share of area",
                               period="1990-2025", direction="down", kind="change",
                               sentence="Brightwater has lost a quarter of its area since 1990."), lakes, PUBLISHED)
    assert (found.verdict, found.evidence.computation) == (verdict, "300 / 400 - 1 = -0.2500")


def test_check_growth_a_span_up_to_the_publication_year_needs_a_recent_figure(tmp_path) -> None:
    import shutil

    shutil.copytree(PACK, tmp_path / "pack")
    with open(tmp_path / "pack" / "metrics.csv", "a", encoding="utf-8") as metrics:
        metrics.write("lake_area,square kilometre,lake area|area\n")
    with open(tmp_path / "pack" / "facts.csv", "a", encoding="utf-8") as facts:
        for period, count in (("1990", 400), ("2015", 300)):
            facts.write(f"brightwater,lake_area,{period},{period}-01-01,{period}-12-31,{count},square kilometre,"
                        "FICTIONAL\n")
    lakes = load_pack(tmp_path / "pack")
    found = check_growth(claim("a quarter", 0.5, "ratio", subject="Brightwater", metric="share of area",
                               period="1990-2025", direction="down", kind="change",
                               sentence="Brightwater has lost a quarter of its area since 1990."), lakes, PUBLISHED)
    assert found is None


@pytest.mark.parametrize("words,value,verdict", [
    ("up 4,000", 4000, "supported"),        # no year-ago figure in the pack: May against April supports
    ("up 9,000", 9000, "unverifiable"),     # ... but never contradicts: the change may be a year on year one
    ("up 9,000 on a year earlier", 9000, "unverifiable"),  # "a year earlier" never falls back to April
])
def test_check_growth_without_the_year_before_the_period_before_may_only_support(
        tmp_path, words: str, value: float, verdict: str) -> None:
    import shutil

    from claimx.check import check_claims

    shutil.copytree(PACK, tmp_path / "pack")
    with open(tmp_path / "pack" / "metrics.csv", "a", encoding="utf-8") as metrics:
        metrics.write("parcels,count,parcels handled|parcels\n")
    with open(tmp_path / "pack" / "facts.csv", "a", encoding="utf-8") as facts:
        for period, start, end, count in (("2025-04", "2025-04-01", "2025-04-30", 50000),
                                          ("2025-05", "2025-05-01", "2025-05-31", 54000)):
            facts.write(f"brightwater,parcels,{period},{start},{end},{count},count,FICTIONAL\n")
    monthly = load_pack(tmp_path / "pack")
    sentence = f"Brightwater handled 54,000 parcels in May, {words}."
    text = words.split()[1]
    change = claim(text, value, "count", subject="Brightwater", metric="parcels handled", period="2025-05",
                   direction="up", sentence=sentence)
    [checked] = check_claims([change], monthly, published=PUBLISHED)
    assert checked.verdict == verdict, checked.evidence


@pytest.mark.parametrize("sentence,text,value,verdict", [
    ("Brightwater handled 54,000 parcels in May, up 4,000 on April.", "4,000", 4000, "supported"),
    ("Brightwater handled 54,000 parcels in May, up 9,000 on April.", "9,000", 9000, "contradicted"),
    ("Parcels handled by Brightwater rose 4,000 between April and May.", "4,000", 4000, "supported"),
    # the first comparison after the figure is its own: "on the year", not the "on April" of the next figure
    ("Brightwater handled 54,000 parcels in May, up 14,000 on the year but up 4,000 on April.", "14,000", 14000,
     "supported"),
])
def test_check_growth_from_a_month_named_after_the_figure(tmp_path, sentence: str, text: str, value: float,
                                                        verdict: str) -> None:
    import shutil

    from claimx.check import check_claims
    from claimx.records import PeriodFrame

    shutil.copytree(PACK, tmp_path / "pack")
    with open(tmp_path / "pack" / "metrics.csv", "a", encoding="utf-8") as metrics:
        metrics.write("parcels,count,parcels handled|parcels\n")
    with open(tmp_path / "pack" / "facts.csv", "a", encoding="utf-8") as facts:
        for period, start, end, count in (("2024-05", "2024-05-01", "2024-05-31", 40000),
                                          ("2025-04", "2025-04-01", "2025-04-30", 50000),
                                          ("2025-05", "2025-05-01", "2025-05-31", 54000)):
            facts.write(f"brightwater,parcels,{period},{start},{end},{count},count,FICTIONAL\n")
    change = claim(text, value, "count", subject="Brightwater", metric="parcels handled", period="2025-05",
                   direction="up", sentence=sentence, start=sentence.index(f" {text}") + 1, sentence_start=0)
    if "between" in sentence:
        frame = change.frame.model_copy(update={"period": PeriodFrame(
            value="2025-05", text="between April and May", kind="between_months", reason="after the figure")})
        change = change.model_copy(update={"frame": frame})
    [checked] = check_claims([change], load_pack(tmp_path / "pack"), published=PUBLISHED)
    assert checked.verdict == verdict, checked.evidence
