"""Internal consistency in more of the shapes news copy uses: round inputs read to two significant digits,
a change stated with its amount and new level only, a share whose part is the amount of a change, and a
multiple followed by "from X to Y" (claimx.check.internal)."""
from __future__ import annotations

import pytest
from fixtures_check import article_claims

from claimx.check.internal import check_internal


def verdict_of(article: str, *specs) -> tuple[str | None, str | None]:
    claims = article_claims(article, *specs)
    found = check_internal(claims[0], claims)
    return (found.verdict, found.evidence.computation) if found else (None, None)


@pytest.mark.parametrize("new,verdict", [("98,000", "supported"), ("80,000", "contradicted")])
def test_check_internal_round_levels_are_not_read_as_one_digit(new: str, verdict: str) -> None:
    # "50,000" is not anything from 45,000 to 55,000: 80,000 / 50,000 is no doubling
    article = f"Ticket sales doubled to {new} from 50,000."
    found, _ = verdict_of(article, ("doubled", 2.0, "ratio", {"kind": "multiple", "metric": "ticket sales"}),
                          (new, float(new.replace(",", "")), "count", {"metric": "ticket sales"}),
                          ("50,000", 5e4, "count", {"metric": "ticket sales"}))
    assert found == verdict


def test_check_internal_a_hedged_level_keeps_its_full_step() -> None:
    article = "Ticket sales doubled to 90,000 from about 50,000."
    found, _ = verdict_of(article, ("doubled", 2.0, "ratio", {"kind": "multiple", "metric": "ticket sales"}),
                          ("90,000", 9e4, "count", {"metric": "ticket sales"}),
                          ("about 50,000", 5e4, "count", {"metric": "ticket sales", "qualifier": "approximate"}))
    assert found == "supported"


@pytest.mark.parametrize("written,value,verdict", [("15%", 15.0, "supported"), ("25%", 25.0, "contradicted")])
def test_check_internal_change_from_its_amount_and_new_level(written: str, value: float, verdict: str) -> None:
    article = f"Revenue rose by $30 million, or {written}, to $230 million."
    claims = article_claims(article, ("$30 million", 30e6, "USD", {"direction": "up", "metric": "revenue"}),
                            (written, value, "percent", {"direction": "up", "metric": "revenue"}),
                            ("$230 million", 230e6, "USD", {"metric": "revenue"}))
    found = check_internal(claims[1], claims)
    assert (found.verdict, found.evidence.computation) == (verdict, "30e6 / (230e6 - 30e6) * 100 = 15")


@pytest.mark.parametrize("written,value,verdict", [("4.1%", 4.1, "supported"), ("6%", 6.0, "contradicted")])
def test_check_internal_a_list_of_moves_pairs_each_change_with_its_own_amount_and_level(written: str, value: float,
                                                                                        verdict: str) -> None:
    # a market report's list: each move's percent goes with its own pence amount and "to" price, not the first ones
    article = (f"The biggest risers were Brindle up 44.40p, or 5.9%, to 794.4p, Corvan up 47p, or {written}, to 1,207p, "
               "and Tenby up 9p, or 2%, to 459p.")
    claims = article_claims(article, ("44.40p", 0.444, "GBP", {"direction": "up", "metric": "share price"}),
                            ("5.9%", 5.9, "percent", {"direction": "up", "metric": "share price"}),
                            ("794.4p", 7.944, "GBP", {"metric": "share price"}),
                            ("47p", 0.47, "GBP", {"direction": "up", "metric": "share price"}),
                            (written, value, "percent", {"direction": "up", "metric": "share price"}),
                            ("1,207p", 12.07, "GBP", {"metric": "share price"}))
    found = check_internal(claims[4], claims)
    assert (found.verdict, found.evidence.computation) == (verdict, "0.47 / (12.07 - 0.47) * 100 = 4.052")


@pytest.mark.parametrize("written,value,verdict", [("10%", 10.0, "supported"), ("20%", 20.0, "contradicted")])
def test_check_internal_fall_from_its_amount_and_new_level(written: str, value: float, verdict: str) -> None:
    article = f"Attendance fell by 2,000 to 18,000, a drop of {written}."
    claims = article_claims(article, ("2,000", 2000.0, "count", {"direction": "down", "metric": "attendance"}),
                            ("18,000", 18000.0, "count", {"metric": "attendance"}),
                            (written, value, "percent", {"direction": "down", "metric": "attendance fall"}))
    assert check_internal(claims[2], claims).verdict == verdict


@pytest.mark.parametrize("whole,verdict", [("3,000", "supported"), ("2,000", "contradicted")])
def test_check_internal_share_of_a_change_amount(whole: str, verdict: str) -> None:
    article = f"The carmaker will cut 450 jobs, about 15% of its {whole}-strong workforce."
    claims = article_claims(article, ("450", 450.0, "count", {"direction": "down", "metric": "jobs"}),
                            ("about 15%", 15.0, "percent", {"metric": "share of workforce", "qualifier": "approximate"}),
                            (whole, float(whole.replace(",", "")), "count", {"metric": "workforce"}))
    found = check_internal(claims[1], claims)
    assert (found.verdict, found.evidence.rule) == (verdict, "internal_share")


@pytest.mark.parametrize("new,verdict", [("£60", "supported"), ("£40", "contradicted")])
def test_check_internal_multiple_then_from_and_to(new: str, verdict: str) -> None:
    article = f"Day-ticket prices have tripled since 2020, from £20 to {new}."
    found, computation = verdict_of(
        article, ("tripled", 3.0, "ratio", {"kind": "multiple", "metric": "day-ticket prices"}),
        ("£20", 20.0, "GBP", {"metric": "day-ticket prices"}),
        (new, float(new[1:]), "GBP", {"metric": "day-ticket prices"}))
    assert (found, computation) == (verdict, f"{new[1:]} / 20 = {int(new[1:]) // 20}")


@pytest.mark.parametrize("written,value,verdict", [("roughly 3%", 3.0, "supported"), ("roughly 8%", 8.0, None)])
def test_check_internal_share_whole_read_by_position_from_the_sentence_before(written: str, value: float,
                                                                               verdict: str | None) -> None:
    # no figure's words name "its income": the whole is the larger figure before the part, here in the
    # sentence before; read by position, it may support the share, never contradict it
    article = ("The college's budget for next year is £400 million. "
               f"It expects a deficit of £12 million, equivalent to {written} of its income.")
    claims = article_claims(article, ("£400 million", 400e6, "GBP", {"metric": "budget"}),
                            ("£12 million", 12e6, "GBP", {"metric": "deficit"}),
                            (written, value, "percent", {"metric": "share of income", "qualifier": "approximate"}))
    found = check_internal(claims[2], claims)
    assert (found.verdict if found else None) == verdict


@pytest.mark.parametrize("written,value,verdict", [("£60 million", 60e6, "supported"),
                                                   ("£90 million", 90e6, "contradicted")])
def test_check_internal_yearly_change_over_a_written_span(written: str, value: float, verdict: str) -> None:
    # the rise over five years per year, not the whole rise (£300 million) against a yearly figure
    article = f"Spending rose from £1.2 billion to £1.5 billion over five years, an average rise of {written} a year."
    claims = article_claims(article, ("£1.2 billion", 1.2e9, "GBP", {"metric": "spending"}),
                            ("£1.5 billion", 1.5e9, "GBP", {"metric": "spending"}),
                            (written, value, "GBP", {"direction": "up", "metric": "average rise"}))
    found = check_internal(claims[2], claims)
    assert (found.verdict, found.evidence.computation) == (verdict, "(1.5e9 - 1.2e9) / 5 years = 60e6")


def test_check_internal_yearly_change_without_a_span_is_not_compared_with_the_whole_change() -> None:
    article = "Spending rose from £1.2 billion to £1.5 billion, an average rise of £60 million a year."
    claims = article_claims(article, ("£1.2 billion", 1.2e9, "GBP", {"metric": "spending"}),
                            ("£1.5 billion", 1.5e9, "GBP", {"metric": "spending"}),
                            ("£60 million", 60e6, "GBP", {"direction": "up", "metric": "average rise"}))
    found = check_internal(claims[2], claims)
    assert found is None or found.verdict != "contradicted"


@pytest.mark.parametrize("written,value,verdict", [("5%", 5.0, "supported"), ("8%", 8.0, "contradicted")])
def test_check_internal_amount_restated_as_a_percentage_of_a_base(written: str, value: float, verdict: str) -> None:
    # "<amount>, or <percentage>, larger than <base>": the percentage is the amount over the base
    article = f"At $40 million, or {written}, larger than the $800 million plan for last year, the bill passed."
    claims = article_claims(article, ("$40 million", 40e6, "USD", {}), (written, value, "percent", {}),
                            ("$800 million", 800e6, "USD", {"metric": "plan"}))
    found = check_internal(claims[1], claims)
    assert (found.verdict, found.evidence.computation) == (verdict, "40e6 / 800e6 * 100 = 5")
    # the amount read back from the percentage: a gap, or the new level itself (800e6 x 1.05)
    assert check_internal(claims[0], claims).verdict == verdict


@pytest.mark.parametrize("amount,value,verdict", [("€72 million", 72e6, "supported"),
                                                  ("€110 million", 110e6, "contradicted")])
def test_check_internal_change_restated_with_a_hedged_percentage_above_its_base(amount: str, value: float,
                                                                                verdict: str) -> None:
    article = f"Costs rose by {amount}, or about 6% above the first estimate of €1.2 billion."
    claims = article_claims(article, (amount, value, "EUR", {"direction": "up", "kind": "change", "metric": "costs"}),
                            ("about 6%", 6.0, "percent", {"qualifier": "approximate"}),
                            ("€1.2 billion", 1.2e9, "EUR", {"metric": "first estimate"}))
    assert check_internal(claims[0], claims).verdict == verdict


def test_check_internal_a_restated_level_may_be_the_new_level() -> None:
    # "$840 million, or 5% more than the $800 million" is the new level, not the gap
    article = "Spending reached $840 million, or 5% more than the $800 million of 2024."
    claims = article_claims(article, ("$840 million", 840e6, "USD", {}), ("5%", 5.0, "percent", {}),
                            ("$800 million", 800e6, "USD", {}))
    assert check_internal(claims[1], claims).verdict == "supported"
    assert check_internal(claims[0], claims).verdict == "supported"


def test_check_internal_no_restated_percentage_without_a_comparative() -> None:
    article = "Sales were $40 million, or 5%, and the $800 million group target was missed."
    claims = article_claims(article, ("$40 million", 40e6, "USD", {}), ("5%", 5.0, "percent", {}),
                            ("$800 million", 800e6, "USD", {}))
    assert check_internal(claims[1], claims) is None


@pytest.mark.parametrize("written,value,verdict", [("about a quarter", 0.25, "supported"), ("about half", 0.5, None)])
def test_check_internal_share_of_the_parts_listed_before_it(written: str, value: float, verdict: str | None) -> None:
    # "of all visits" after two listed parts: the last part over their sum (support only)
    article = ("The museum had about 7,000 school visits last spring. "
               f"Adults made 1.8 million visits and children 0.6 million, so children made {written} of all visits.")
    claims = article_claims(article, ("about 7,000", 7000.0, "count", {"metric": "school visits",
                                                                       "qualifier": "approximate"}),
                            ("1.8 million", 1.8e6, "count", {"metric": "adults"}),
                            ("0.6 million", 0.6e6, "count", {"metric": "children"}),
                            (written, value, "ratio", {"metric": "share of visits", "qualifier": "approximate"}))
    found = check_internal(claims[3], claims)
    assert (found.verdict if found else None) == verdict
    if found:
        assert found.evidence.computation == "600,000 / (1.8e6 + 600,000) = 0.25"


def test_check_internal_share_whole_named_far_away_that_cannot_hold_the_part() -> None:
    # "spending" names a £30 million figure far up, smaller than the part: the whole by position supports
    article = ("Spending on consultants fell to £30 million. The board met twice. The chair spoke. "
               "The trust will spend £2 billion this year. A savings plan of £90 million, or about 4.5% of spending, "
               "was agreed.")
    claims = article_claims(article, ("£30 million", 30e6, "GBP", {"metric": "Spending"}),
                            ("£2 billion", 2e9, "GBP", {"metric": "spend"}),
                            ("£90 million", 90e6, "GBP", {"metric": "savings plan"}),
                            ("about 4.5%", 4.5, "percent", {"metric": "share of spending", "qualifier": "approximate"}))
    found = check_internal(claims[3], claims)
    assert found is not None and found.verdict == "supported"


@pytest.mark.parametrize("written,value,verdict", [("about £59 million", 59e6, "supported"),
                                                   ("about £90 million", 90e6, "contradicted")])
def test_check_internal_per_noun_total_of_the_claims_own_period(written: str, value: float, verdict: str) -> None:
    # two totals stand with the count; the one of the claim's period is shared out
    text = ("The 24 clubs have paid out £1.42 billion in fees this summer, up 18% on the £1.2 billion of last summer. "
            f"That is {written} per club.")
    claims = article_claims(text, ("24", 24, "count", {"metric": "clubs", "period": "2025"}),
                            ("£1.42 billion", 1.42e9, "GBP", {"period": "2025"}),
                            ("£1.2 billion", 1.2e9, "GBP", {"period": "2024"}),
                            (written, value, "GBP", {"qualifier": "approximate", "metric": "average", "period": "2025"}))
    found = check_internal(claims[-1], claims)
    assert (found.verdict, found.evidence.computation) == (verdict, "1.42e9 GBP / 24 count = 59.166667e6")


@pytest.mark.parametrize("written,value,verdict", [("about £1,300", 1300.0, "supported"), ("about £900", 900.0, None)])
def test_check_internal_amount_for_each_of_a_count_shares_out_the_total_its_metric_names(
        written: str, value: float, verdict: str | None) -> None:
    # the sentence's own figure is a gap, not the total; the budget named by the claim's metric is in the
    # sentence before (support only)
    text = ("The council adopted a £390 million budget and £20 million of new borrowing. "
            f"At £12 million more than last year's, the budget works out at {written} for each of its 300,000 residents.")
    claims = article_claims(text, ("£390 million", 390e6, "GBP", {"metric": "budget"}),
                            ("£20 million", 20e6, "GBP", {"metric": "new borrowing"}),
                            ("£12 million", 12e6, "GBP", {}),
                            (written, value, "GBP", {"qualifier": "approximate", "metric": "budget"}),
                            ("300,000", 3e5, "count", {"metric": "residents"}))
    found = check_internal(claims[3], claims)
    assert (found.verdict if found else None) == verdict
    if found:
        assert found.evidence.computation == "390e6 / 300,000 = 1,300"


@pytest.mark.parametrize("written,value,verdict", [("about 400", 400.0, "supported"), ("about 900", 900.0, "contradicted")])
def test_check_internal_rate_per_day_of_a_months_total(written: str, value: float, verdict: str) -> None:
    # 12,000 in a 30-day month is 400 a day
    article = f"The helpline took 12,000 calls in June 2025, or {written} a day."
    claims = article_claims(article, ("12,000", 12000.0, "count", {"metric": "calls", "period": "2025-06"}),
                            (written, value, "count", {"metric": "calls", "period": "2025-06", "qualifier": "approximate"}))
    found = check_internal(claims[1], claims)
    assert (found.verdict, found.evidence.computation) == (
        verdict, "12,000 count / 30 days (2025-06) = 400 a day")


def test_check_internal_rate_per_week_of_a_year_with_no_period_of_its_own_only_supports() -> None:
    article = "Volunteers planted 5,200 trees in 2024, about 200 a week."
    claims = article_claims(article, ("5,200", 5200.0, "count", {"metric": "trees", "period": "2024"}),
                            ("about 200", 200.0, "count", {"metric": "trees", "qualifier": "approximate"}))
    assert check_internal(claims[1], claims) is None  # 100 a week: no contradiction without the claim's period
    claims = article_claims(article.replace("about 200", "about 100"),
                            ("5,200", 5200.0, "count", {"metric": "trees", "period": "2024"}),
                            ("about 100", 100.0, "count", {"metric": "trees", "qualifier": "approximate"}))
    assert check_internal(claims[1], claims).verdict == "supported"


def test_check_internal_rate_per_day_needs_a_month_or_a_calendar_year() -> None:
    article = "The helpline took 12,000 calls in the third quarter, or about 130 a day."
    claims = article_claims(article, ("12,000", 12000.0, "count", {"metric": "calls", "period": "Q3 2025"}),
                            ("about 130", 130.0, "count", {"metric": "calls", "period": "Q3 2025",
                                                           "qualifier": "approximate"}))
    assert check_internal(claims[1], claims) is None


@pytest.mark.parametrize("written,value,verdict", [("3.2", 3.2, "supported"), ("2.1", 2.1, None)])
def test_check_internal_ratio_of_two_counts_its_metric_names(written: str, value: float, verdict: str | None) -> None:
    # "applicants for every place": the applicants over the places, both stated earlier (support only)
    article = ("The college received 9,600 applicants this year. It offered 3,000 places, up from 2,800. "
               f"There are {written} applicants for every place.")
    claims = article_claims(article, ("9,600", 9600.0, "count", {"metric": "applicants", "period": "2025"}),
                            ("3,000", 3000.0, "count", {"metric": "places", "period": "2025"}),
                            ("2,800", 2800.0, "count", {"metric": "places", "period": "2024"}),
                            (written, value, "ratio", {"metric": "applicants for every place"}))
    found = check_internal(claims[3], claims)
    assert (found.verdict if found else None) == verdict
    if found:
        assert found.evidence.computation == "9,600 / 3,000 = 3.2"


LEVELS = ("A survey found 6,000 nests on the island in 2000. By 2010 there were 5,000 nests, and in 2020 the count "
          "was 3,000, against 900 burrows of another species in 2020. ")


def _average_claims(sentence: str, written: str, value: float) -> list:
    return article_claims(LEVELS + sentence,
                          ("6,000", 6000.0, "count", {"metric": "nests", "period": "2000", "subject": "Isle"}),
                          ("5,000", 5000.0, "count", {"metric": "nests", "period": "2010", "subject": "Isle"}),
                          ("3,000", 3000.0, "count", {"metric": "count", "period": "2020", "subject": "Isle"}),
                          ("900", 900.0, "count", {"metric": "burrows", "period": "2020", "subject": "Isle"}),
                          (written, value, "count", {"metric": "nests", "subject": "Isle", "qualifier": "approximate"}))


@pytest.mark.parametrize("written,value,verdict", [("about 150", 150.0, "supported"), ("about 60", 60.0, "contradicted")])
def test_check_internal_yearly_average_over_the_whole_period_of_the_levels(written: str, value: float,
                                                                          verdict: str) -> None:
    # (6,000 - 3,000) / 20 years = 150 a year; the 900 burrows are another series
    claims = _average_claims(f"Over the whole period that is an average loss of {written} nests a year.", written, value)
    found = check_internal(claims[-1], claims)
    assert (found.verdict, found.evidence.computation) == (verdict, "|3,000 - 6,000| / 20 years = 150")


@pytest.mark.parametrize("written,value,verdict", [("about 200", 200.0, "supported"), ("about 60", 60.0, None)])
def test_check_internal_yearly_average_without_its_period_only_supports(written: str, value: float,
                                                                       verdict: str | None) -> None:
    # (5,000 - 3,000) / 10 years = 200: some pair of the levels agrees; none agreeing is no contradiction
    claims = _average_claims(f"That is an average loss of {written} nests a year.", written, value)
    found = check_internal(claims[-1], claims)
    assert (found.verdict if found else None) == verdict


@pytest.mark.parametrize("written,value,verdict", [("more than 25%", 25.0, "contradicted"),
                                                   ("more than 5%", 5.0, "supported"), ("about 7%", 7.0, "supported")])
def test_check_internal_change_with_no_measure_against_levels_of_its_subject_stated_later(
        written: str, value: float, verdict: str) -> None:
    # "its software unit grew" names no measure: the levels of the unit for the year and the year before,
    # "to" and "from" in a later sentence, are 1.5 / 1.4 - 1 = 7.1%; the group's own levels are less specific
    article = (f"Acme said its software unit grew by {written} last year. "
               "Acme Software lifted revenue to €1.5 billion in 2025 from €1.4 billion in 2024. "
               "Acme lifted revenue to €9 billion in 2025 from €6 billion in 2024.")
    qualifier = "lower_bound" if written.startswith("more") else "approximate"
    claims = article_claims(article, (written, value, "percent", {"direction": "up", "kind": "change", "period": "2025",
                                                                  "subject": "Acme software unit", "qualifier": qualifier}),
                            ("€1.5 billion", 1.5e9, "EUR", {"subject": "Acme Software", "metric": "revenue", "period": "2025"}),
                            ("€1.4 billion", 1.4e9, "EUR", {"subject": "Acme Software", "metric": "revenue", "period": "2024"}),
                            ("€9 billion", 9e9, "EUR", {"subject": "Acme", "metric": "revenue", "period": "2025"}),
                            ("€6 billion", 6e9, "EUR", {"subject": "Acme", "metric": "revenue", "period": "2024"}))
    found = check_internal(claims[0], claims)
    assert (found.verdict, found.evidence.computation) == (verdict, "(1.5e9 / 1.4e9 - 1) * 100 = 7.143")


def test_check_internal_change_with_no_measure_needs_a_period_written_for_it() -> None:
    article = ("Acme said its software unit grew by more than 25%. "
               "Acme Software lifted revenue to €1.5 billion in 2025 from €1.4 billion in 2024.")
    claims = article_claims(article, ("more than 25%", 25.0, "percent", {"direction": "up", "kind": "change",
                                                                         "subject": "Acme software unit",
                                                                         "qualifier": "lower_bound"}),
                            ("€1.5 billion", 1.5e9, "EUR", {"subject": "Acme Software", "metric": "revenue", "period": "2025"}),
                            ("€1.4 billion", 1.4e9, "EUR", {"subject": "Acme Software", "metric": "revenue", "period": "2024"}))
    assert check_internal(claims[0], claims) is None


@pytest.mark.parametrize("written,value,verdict", [("roughly 20%", 20.0, "supported"), ("roughly 35%", 35.0, None)])
def test_check_internal_share_part_of_its_period_in_the_sentence_before(written: str, value: float,
                                                                        verdict: str | None) -> None:
    # the part is the one figure of the claim's period in the sentence before (not last year's $75 million)
    article = ("The town adopted a $400 million general fund budget for 2026. "
               "Schools receive $80 million, up from $75 million in 2025. "
               f"At {written} of the general fund, schooling is the biggest item.")
    claims = article_claims(article, ("$400 million", 400e6, "USD", {"metric": "general fund budget", "period": "2026"}),
                            ("$80 million", 80e6, "USD", {"metric": "budget", "period": "2026"}),
                            ("$75 million", 75e6, "USD", {"metric": "budget", "period": "2025"}),
                            (written, value, "percent", {"metric": "share of general fund", "period": "2026",
                                                         "qualifier": "approximate"}))
    found = check_internal(claims[3], claims)
    assert (found.verdict if found else None) == verdict
    if found:
        assert found.evidence.computation == "80e6 / 400e6 * 100 = 20"


@pytest.mark.parametrize("written,value,verdict", [("more than half", 0.5, "supported"), ("more than 80%", 80.0, None)])
def test_check_internal_change_over_a_span_against_the_levels_of_its_years(written: str, value: float,
                                                                           verdict: str | None) -> None:
    # "between 2000 and 2020" names both years: 3,000 / 6,000 - 1 = -50%; the 900 burrows are another series;
    # the span carried from the article (not written for the figure) may support, never contradict
    unit = "percent" if "%" in written else "ratio"
    claims = article_claims(LEVELS + f"Nesting pairs on Isle fell by {written} over the decades.",
                            ("6,000", 6000.0, "count", {"metric": "nests", "period": "2000", "subject": "Isle"}),
                            ("5,000", 5000.0, "count", {"metric": "nests", "period": "2010", "subject": "Isle"}),
                            ("3,000", 3000.0, "count", {"metric": "count", "period": "2020", "subject": "Isle"}),
                            ("900", 900.0, "count", {"metric": "burrows", "period": "2020", "subject": "Isle"}),
                            (written, value, unit, {"subject": "Isle", "period": "2000-2020", "direction": "down",
                                                    "kind": "change", "qualifier": "lower_bound"}))
    claims[-1] = claims[-1].model_copy(update={"frame": claims[-1].frame.model_copy(update={
        "period": claims[-1].frame.period.model_copy(update={"reason": "article"})})})
    found = check_internal(claims[-1], claims)
    assert (found.verdict if found else None) == verdict


@pytest.mark.parametrize("gap,verdict", [("three", "supported"), ("six", "contradicted")])
def test_check_internal_gap_skips_the_whole_a_part_is_counted_out_of(gap: str, verdict: str) -> None:
    # "won 22 of the 48 seats, three short of the 25 needed": 25 - 22, not 48 - 25
    article = f"The Greens won 22 of the 48 seats, {gap} short of the 25 needed for a majority."
    value = {"three": 3.0, "six": 6.0}[gap]
    claims = article_claims(article, ("22", 22.0, "count", {"metric": "seats"}),
                            ("48", 48.0, "count", {"metric": "seats"}),
                            (gap, value, "count", {"metric": "seats"}),
                            ("25", 25.0, "count", {"metric": "seats"}))
    found = check_internal(claims[2], claims)
    assert (found.verdict, found.evidence.computation) == (verdict, "|22 - 25| = 3")
