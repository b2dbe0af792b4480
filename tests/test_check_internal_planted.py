"""Internal consistency for the kinds of error a writer plants in news copy, each shape with a supported, a
contradicted and an unverifiable case (claimx.check.internal). Sentences are made up."""
from __future__ import annotations

import pytest
from fixtures_check import article_claims

from claimx.check.internal import check_internal


def verdict(claims, index: int) -> str | None:
    found = check_internal(claims[index], claims)
    return found.verdict if found else None


@pytest.mark.parametrize("written,value,expected", [("1.3 percentage points", 1.3, "supported"),
                                                     ("2.3 percentage points", 2.3, "contradicted")])
def test_points_change_of_a_margin_stated_a_sentence_before(written: str, value: float, expected: str) -> None:
    article = (f"Tolmere Foods said its operating margin widened to 14.2% in 2025 from 12.9% in 2024. "
               f"The margin improved by {written} in 2025.")
    claims = article_claims(
        article,
        ("14.2%", 14.2, "percent", {"subject": "Tolmere Foods", "metric": "operating margin", "period": "2025"}),
        ("12.9%", 12.9, "percent", {"subject": "Tolmere Foods", "metric": "operating margin", "period": "2024"}),
        (written, value, "percentage_point", {"direction": "up", "metric": "margin", "period": "2025"}))
    assert verdict(claims, 2) == expected


@pytest.mark.parametrize("written,value,expected", [("30,000 tonnes", 3e4, "supported"),
                                                     ("60,000 tonnes", 6e4, "contradicted")])
def test_amount_change_against_levels_of_the_sentence_before(written: str, value: float, expected: str) -> None:
    article = (f"Crellin Mining produced 410,000 tonnes of copper in 2025, compared with 380,000 tonnes in 2024. "
               f"Copper output rose {written} in 2025.")
    claims = article_claims(
        article,
        ("410,000 tonnes", 4.1e5, "tonne", {"subject": "Crellin Mining", "metric": "copper", "period": "2025"}),
        ("380,000 tonnes", 3.8e5, "tonne", {"subject": "Crellin Mining", "metric": "copper", "period": "2024"}),
        (written, value, "tonne", {"direction": "up", "subject": "Crellin Mining", "metric": "copper output",
                                   "period": "2025"}))
    assert verdict(claims, 2) == expected


def test_change_of_another_measure_than_the_earlier_levels_stays_unverifiable() -> None:
    article = ("Crellin Mining produced 410,000 tonnes of copper in 2025, compared with 380,000 tonnes in 2024. "
               "Its zinc output rose 60,000 tonnes in 2025.")
    claims = article_claims(
        article,
        ("410,000 tonnes", 4.1e5, "tonne", {"subject": "Crellin Mining", "metric": "copper", "period": "2025"}),
        ("380,000 tonnes", 3.8e5, "tonne", {"subject": "Crellin Mining", "metric": "copper", "period": "2024"}),
        ("60,000 tonnes", 6e4, "tonne", {"direction": "up", "subject": "Crellin Mining", "metric": "zinc output",
                                         "period": "2025"}))
    assert verdict(claims, 2) is None


def test_points_change_two_sentences_after_its_levels_only_supports() -> None:
    article = ("The jobless rate was 6.1% in September, up from 5.4% in August. Wages rose 3% in September. "
               "The rate rose 1.5 percentage points in September.")
    claims = article_claims(
        article,
        ("6.1%", 6.1, "percent", {"metric": "jobless rate", "period": "2025-09"}),
        ("5.4%", 5.4, "percent", {"metric": "jobless rate", "period": "2025-08"}),
        ("3%", 3.0, "percent", {"direction": "up", "metric": "wages", "period": "2025-09"}),
        ("1.5 percentage points", 1.5, "percentage_point", {"direction": "up", "metric": "rate",
                                                            "period": "2025-09"}))
    assert verdict(claims, 3) is None


@pytest.mark.parametrize("gap,value,expected", [("600,000", 6e5, "supported"), ("900,000", 9e5, "contradicted")])
def test_gap_between_a_level_and_the_base_after_it(gap: str, value: float, expected: str) -> None:
    article = f"The line carried 8.4 million trips in 2025, {gap} more than the 7.8 million recorded in 2024."
    claims = article_claims(article, ("8.4 million", 8.4e6, "count", {"metric": "trips", "period": "2025"}),
                            (gap, value, "count", {"metric": "trips", "period": "2025"}),
                            ("7.8 million", 7.8e6, "count", {"metric": "trips", "period": "2024"}))
    assert verdict(claims, 1) == expected


@pytest.mark.parametrize("gap,value,expected", [("1,500", 1500.0, "supported"), ("3,500", 3500.0, "contradicted")])
def test_gap_with_a_noun_inside_the_comparative(gap: str, value: float, expected: str) -> None:
    article = f"The club sold 28,500 seats this year, {gap} fewer seats than last year's 30,000."
    claims = article_claims(article, ("28,500", 28500.0, "count", {"metric": "seats"}),
                            (gap, value, "count", {"metric": "seats"}),
                            ("30,000", 3e4, "count", {"metric": "seats"}))
    assert verdict(claims, 1) == expected


def test_gap_over_something_not_stated_stays_unverifiable() -> None:
    article = "The club sold 28,500 seats this year, 3,500 more than expected, and 30,000 next year."
    claims = article_claims(article, ("28,500", 28500.0, "count", {"metric": "seats"}),
                            ("3,500", 3500.0, "count", {"metric": "seats"}),
                            ("30,000", 3e4, "count", {"metric": "seats"}))
    assert verdict(claims, 1) is None


@pytest.mark.parametrize("admin,expected", [("$80 million", "supported"), ("$120 million", "contradicted")])
def test_total_after_its_parts_leaves_out_the_whole_stated_first(admin: str, expected: str) -> None:
    article = (f"The district's spending of $420 million comprised $250 million for teaching, $90 million for "
               f"buildings and {admin} for administration, a total of $420 million.")
    value = float(admin.split()[0].strip("$")) * 1e6
    claims = article_claims(article, ("$420 million", 420e6, "USD", {"metric": "spending"}),
                            ("$250 million", 250e6, "USD", {"metric": "teaching"}),
                            ("$90 million", 90e6, "USD", {"metric": "buildings"}),
                            (admin, value, "USD", {"metric": "administration"}),
                            ("$420 million", 420e6, "USD", {"metric": "total spending"}))
    found = check_internal(claims[4], claims)
    assert found.verdict == expected
    assert "420e6 +" not in found.evidence.computation


@pytest.mark.parametrize("part,expected", [("480", "supported"), ("800", "contradicted")])
def test_share_restating_a_part_of_a_whole_named_with_of(part: str, expected: str) -> None:
    article = f"Of the 2,400 nurses employed by the hospital, {part} work nights, or one in five."
    claims = article_claims(article, ("2,400", 2400.0, "count", {"metric": "nurses"}),
                            (part, float(part), "count", {"metric": "nurses"}),
                            ("one in five", 0.2, "ratio", {}))
    assert verdict(claims, 2) == expected


@pytest.mark.parametrize("share,value,expected", [("20%", 20.0, "supported"), ("30%", 30.0, "contradicted")])
def test_share_restating_a_part_of_the_whole_after_it(share: str, value: float, expected: str) -> None:
    article = f"The hospital said 480 of its 2,400 nurses, or {share}, work nights."
    claims = article_claims(article, ("480", 480.0, "count", {"metric": "nurses"}),
                            ("2,400", 2400.0, "count", {"metric": "nurses"}),
                            (share, value, "percent", {}))
    assert verdict(claims, 2) == expected


def test_share_of_a_whole_in_another_sentence_stays_unverifiable() -> None:
    article = "The hospital employs 2,400 nurses. About 480 of them work nights, one in four."
    claims = article_claims(article, ("2,400", 2400.0, "count", {"metric": "nurses"}),
                            ("About 480", 480.0, "count", {"metric": "nurses", "qualifier": "approximate"}),
                            ("one in four", 0.25, "ratio", {}))
    assert verdict(claims, 2) is None


@pytest.mark.parametrize("old,value,expected", [("$32 million", 32e6, "supported"), ("$48 million", 48e6, "contradicted")])
def test_multiple_against_levels_of_the_sentence_before(old: str, value: float, expected: str) -> None:
    article = f"Pembry Tools had sales of $96 million in 2025, against {old} in 2022. Sales have tripled in 2025."
    claims = article_claims(
        article,
        ("$96 million", 96e6, "USD", {"subject": "Pembry Tools", "metric": "sales", "period": "2025"}),
        (old, value, "USD", {"subject": "Pembry Tools", "metric": "sales", "period": "2022"}),
        ("tripled", 3.0, "ratio", {"kind": "multiple", "direction": "up", "subject": "Pembry Tools",
                                   "metric": "sales", "period": "2025"}))
    assert verdict(claims, 2) == expected


@pytest.mark.parametrize("written,value,expected", [("one and a half times", 1.5, "supported"),
                                                     ("twice", 2.0, "contradicted")])
def test_multiple_right_after_two_periods_of_one_measure_set_against_each_other(written, value, expected) -> None:
    article = f"The agency carried 45 million riders in 2025, against 30 million in 2020, {written} as many."
    claims = article_claims(article, ("45 million", 45e6, "count", {"metric": "riders", "period": "2025"}),
                            ("30 million", 30e6, "count", {"metric": "riders", "period": "2020"}),
                            (written, value, "ratio", {"kind": "multiple", "metric": "riders"}))
    assert verdict(claims, 2) == expected


def test_multiple_after_two_figures_of_different_measures_only_supports() -> None:
    article = "The agency carried 45 million riders in 2025, against 30 million trips in 2020, twice as many."
    claims = article_claims(article, ("45 million", 45e6, "count", {"metric": "riders", "period": "2025"}),
                            ("30 million", 30e6, "count", {"metric": "trips", "period": "2020"}),
                            ("twice", 2.0, "ratio", {"kind": "multiple", "metric": "riders"}))
    assert verdict(claims, 2) is None


@pytest.mark.parametrize("gap,value,expected", [("two", 2.0, "supported"), ("four", 4.0, "contradicted")])
def test_gap_short_of_a_record(gap: str, value: float, expected: str) -> None:
    article = f"The winger now has 13 league tries this season, {gap} short of the club record of 15."
    claims = article_claims(article, ("13", 13.0, "count", {"metric": "league tries"}),
                            (gap, value, "count", {"metric": "tries"}),
                            ("15", 15.0, "count", {"metric": "club record"}))
    assert verdict(claims, 1) == expected


@pytest.mark.parametrize("written,value,expected", [("7.2 per cent", 7.2, "supported"),
                                                     ("9.2 per cent", 9.2, None)])
def test_change_in_the_lead_against_levels_stated_further_down(written: str, value: float, expected) -> None:
    # a results story leads with the change and gives the levels further down: they may support it, never
    # contradict it (another pair of the measure may stand between)
    article = (f"Norvik Inc reported a {written} rise in quarterly revenue on Tuesday. "
               "Net income rose to $8.72 billion from $7.80 billion a year earlier. "
               "Revenue rose to $45.41 billion from $42.36 billion.")
    claims = article_claims(
        article,
        (written, value, "percent", {"direction": "up", "subject": "Norvik Inc", "metric": "quarterly revenue growth",
                                     "period": "Q3 FY2017"}),
        ("$8.72 billion", 8.72e9, "USD", {"subject": "Norvik", "metric": "net income", "period": "Q3 FY2017"}),
        ("$7.80 billion", 7.80e9, "USD", {"subject": "Norvik", "metric": "net income", "period": "Q3 FY2016"}),
        ("$45.41 billion", 45.41e9, "USD", {"subject": "Norvik", "metric": "revenue", "period": "Q3 FY2017"}),
        ("$42.36 billion", 42.36e9, "USD", {"subject": "Norvik", "metric": "revenue", "period": "Q3 FY2016"}))
    assert verdict(claims, 0) == expected


def test_change_against_levels_stated_three_sentences_before_may_support() -> None:
    article = ("Annual net migration was 50,900 in the year ended January 2019, compared with 52,700 a year before. "
               "Arrivals were 144,200 in the year. Departures rose 4,000. "
               "Net migration was down 1,800 when compared with the year ended January 2018.")
    claims = article_claims(
        article,
        ("50,900", 50900, "count", {"subject": "Norland", "metric": "annual net migration", "period": "2019-01"}),
        ("52,700", 52700, "count", {"subject": "Norland", "metric": "annual net migration", "period": "2018-01"}),
        ("144,200", 144200, "count", {"subject": "Norland", "metric": "arrivals", "period": "2019-01"}),
        ("4,000", 4000, "count", {"direction": "up", "subject": "Norland", "metric": "departures",
                                  "period": "2019-01"}),
        ("1,800", 1800, "count", {"direction": "down", "subject": "Norland", "metric": "net migration",
                                  "period": "2019-01"}))
    assert verdict(claims, 4) == "supported"


@pytest.mark.parametrize("written,value,part,expected", [
    ("50.01%", 50.01, "votes", "supported"), ("38.2%", 38.2, "votes", "contradicted"),
    # the part and whole name another thing than the share ("seats", not votes): it may only support
    ("38.2%", 38.2, "seats", None)])
def test_share_restated_after_it_by_its_part_out_of_its_whole(written: str, value: float, part: str,
                                                               expected) -> None:
    article = (f"The Harbour Party received {written} of the party vote - 1,443,546 {part} out of a total of "
               f"2,886,427 valid {part}.")
    claims = article_claims(
        article,
        (written, value, "percent", {"subject": "Harbour Party", "metric": "share of the party vote"}),
        ("1,443,546", 1443546, "count", {"subject": "Harbour Party", "metric": part}),
        ("2,886,427", 2886427, "count", {"subject": "Harbour Party", "metric": part}))
    assert verdict(claims, 0) == expected
