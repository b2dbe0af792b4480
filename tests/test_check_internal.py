"""Internal consistency: figures of one article checked against each other, with no reference pack."""
from __future__ import annotations

import pytest
from fixtures_check import article_claims

from claimx.check.internal import check_internal

GAP = ("Acme reported $716.9 billion in sales, ahead of Bolt's $713.2 billion. "
       "The gap of just under $4 billion is small.")
CHANGE = "The budget is up $52 million, or 4.4%, from last year's $1.184 billion."
TO_FROM = "Average handover times fell to 41 minutes from 55 minutes, a cut of 14 minutes."
TOTAL = "Police get $312 million and fire $169 million, a total of $481 million."
SHARE = "The police will receive $312.4 million, about a quarter of the general fund of $1.236 billion."
MULTIPLE = "Crews plan to resurface 120 miles of streets, nearly double last year's 64 miles."
RATE = "The front retreated 4.8 km between 1985 and 2025, an average of about 300 metres a year."


def last(article: str, *specs) -> tuple:
    claims = article_claims(article, *specs)
    return claims[-1], claims


@pytest.mark.parametrize("value,qualifier,verdict", [(4e9, "upper_bound", "supported"), (3e9, "exact", "contradicted")])
def test_check_internal_difference(value: float, qualifier: str, verdict: str) -> None:
    text = GAP if value == 4e9 else GAP.replace("just under $4 billion", "$3 billion")
    gap, claims = last(text, ("$716.9 billion", 716.9e9, "USD", {"subject": "Acme"}),
                       ("$713.2 billion", 713.2e9, "USD", {"subject": "Bolt"}),
                       ("$4 billion" if value == 4e9 else "$3 billion", value, "USD",
                        {"qualifier": qualifier, "upper": value if qualifier == "upper_bound" else None,
                         "subject": "Acme vs Bolt", "metric": "sales gap"}))
    found = check_internal(gap, claims)
    assert (found.verdict, found.evidence.rule, found.evidence.computation) == (
        verdict, "internal_difference", "|716.9e9 - 713.2e9| = 3.7e9")
    assert found.evidence.related_claims == [claims[0].id, claims[1].id]


@pytest.mark.parametrize("written,value,verdict", [("4.4%", 4.4, "supported"), ("4.4%", 6.0, "contradicted")])
def test_check_internal_change_from_amount_and_base(written: str, value: float, verdict: str) -> None:
    claims = article_claims(CHANGE, ("$52 million", 52e6, "USD", {"direction": "up", "metric": "budget increase"}),
                            (written, value, "percent", {"direction": "up", "metric": "budget growth"}),
                            ("$1.184 billion", 1.184e9, "USD", {"metric": "budget"}))
    pct = claims[1]
    found = check_internal(pct, claims)
    assert (found.verdict, found.evidence.computation) == (verdict, "52e6 / 1.184e9 * 100 = 4.392")


@pytest.mark.parametrize("value,verdict", [(14, "supported"), (24, "contradicted")])
def test_check_internal_change_from_before_and_after(value: float, verdict: str) -> None:
    text = TO_FROM.replace("14 minutes", f"{value} minutes")
    cut, claims = last(text, ("41 minutes", 41, "minute", {}), ("55 minutes", 55, "minute", {}),
                       (f"{value} minutes", value, "minute", {"direction": "down", "metric": "cut in handover time"}))
    found = check_internal(cut, claims)
    assert (found.verdict, found.evidence.computation) == (verdict, "41 - 55 = -14")


def test_check_internal_change_ignores_figures_of_another_clause() -> None:
    text = "The fare will rise by 25 cents to $2.75, while a monthly pass will go up from $80 to $86."
    claims = article_claims(text, ("25 cents", 0.25, "USD", {"direction": "up", "metric": "fare increase"}),
                            ("$2.75", 2.75, "USD", {}), ("$80", 80, "USD", {}), ("$86", 86, "USD", {}))
    assert check_internal(claims[0], claims) is None


def test_check_internal_change_needs_both_levels_of_one_measure() -> None:
    """A per-share figure and a revenue total in one clause are two measures: no change between them."""
    text = ("Analysts expect earnings of 48 cents per share, down 6 percent compared to last year, "
            "on revenue of 9.12 billion dollars, up 4 percent on a yearly basis.")
    claims = article_claims(text, ("48 cents", 0.48, "USD", {"metric": "earnings per share"}),
                            ("6 percent", 6, "percent", {"direction": "down", "metric": "earnings"}),
                            ("9.12 billion dollars", 9.12e9, "USD", {"metric": "revenue"}),
                            ("4 percent", 4, "percent", {"direction": "up", "metric": "revenue growth"}))
    assert check_internal(claims[1], claims) is None
    assert check_internal(claims[3], claims) is None


@pytest.mark.parametrize("total,verdict", [(481e6, "supported"), (400e6, "contradicted")])
def test_check_internal_parts_against_a_total(total: float, verdict: str) -> None:
    text = TOTAL.replace("$481 million", f"${total / 1e6:.0f} million")
    stated, claims = last(text, ("$312 million", 312e6, "USD", {}), ("$169 million", 169e6, "USD", {}),
                          (f"${total / 1e6:.0f} million", total, "USD", {"metric": "total spending"}))
    found = check_internal(stated, claims)
    assert (found.verdict, found.evidence.computation) == (verdict, "312e6 + 169e6 = 481e6")


def test_check_internal_parts_short_of_the_total_may_be_an_incomplete_list() -> None:
    text = TOTAL.replace("$481 million", "$900 million")
    stated, claims = last(text, ("$312 million", 312e6, "USD", {}), ("$169 million", 169e6, "USD", {}),
                          ("$900 million", 900e6, "USD", {"metric": "total spending"}))
    assert check_internal(stated, claims) is None


@pytest.mark.parametrize("value,verdict", [(0.25, "supported"), (0.5, "contradicted")])
def test_check_internal_share(value: float, verdict: str) -> None:
    share_text = "about a quarter" if value == 0.25 else "about half"
    share, claims = last(SHARE.replace("about a quarter", share_text),
                         ("$312.4 million", 312.4e6, "USD", {"subject": "police", "metric": "budget"}),
                         (share_text, value, "ratio", {"qualifier": "approximate", "metric": "share of the general fund"}),
                         ("$1.236 billion", 1.236e9, "USD", {"metric": "general fund"}))
    found = check_internal(claims[1], claims)
    assert (found.verdict, found.evidence.computation) == (verdict, "312.4e6 / 1.236e9 = 0.2528")


def test_check_internal_share_needs_a_whole_sharing_its_words() -> None:
    text = "The pilot costs $650,000 and covers about a third of low-risk calls in two districts."
    claims = article_claims(text, ("$650,000", 650000, "USD", {"metric": "mental-health pilot"}),
                            ("about a third", 0.333, "ratio", {"metric": "share of low-risk calls in two districts"}))
    assert check_internal(claims[1], claims) is None


@pytest.mark.parametrize("value,qualifier,verdict", [(2.0, "upper_bound", "supported"), (3.0, "approximate", "contradicted")])
def test_check_internal_multiple(value: float, qualifier: str, verdict: str) -> None:
    claims = article_claims(MULTIPLE, ("120 miles", 120, "mile", {}),
                            ("nearly double", value, "ratio", {"qualifier": qualifier, "kind": "multiple",
                                                               "upper": value if qualifier == "upper_bound" else None}),
                            ("64 miles", 64, "mile", {}))
    found = check_internal(claims[1], claims)
    assert (found.verdict, found.evidence.computation) == (verdict, "120 / 64 = 1.875")


@pytest.mark.parametrize("value,verdict", [(120, "supported"), (300, "contradicted")])
def test_check_internal_yearly_rate_over_a_span(value: float, verdict: str) -> None:
    text = RATE.replace("300", str(value))
    rate, claims = last(text, ("4.8 km", 4.8, "km", {}),
                        (f"about {value} metres", value, "m", {"qualifier": "approximate", "period": "1985-2025",
                                                               "metric": "average retreat per year"}))
    found = check_internal(rate, claims)
    assert (found.verdict, found.evidence.computation) == (verdict, "4.8 km / 40 years = 120 m a year")


def test_check_internal_yearly_rate_written_after_the_figure_against_a_change() -> None:
    # "a year" follows the figure, and the total over the span is itself a change ("has retreated").
    text = ("Its area fell from 268 square kilometres in 1985 to 212 in 2025, and its front has retreated 4.8 km "
            "over the same period, an average of about 300 metres a year.")
    rate, claims = last(text, ("4.8 km", 4.8, "km", {"direction": "down", "period": "1985-2025"}),
                        ("about 300 metres", 300, "m", {"qualifier": "approximate", "period": "1985-2025",
                                                        "metric": "average"}))
    found = check_internal(rate, claims)
    assert (found.verdict, found.evidence.computation) == ("contradicted", "4.8 km / 40 years = 120 m a year")


@pytest.mark.parametrize("written,value,verdict", [("about $64 million", 64e6, "supported"),
                                                   ("about $48 million", 48e6, "contradicted")])
def test_check_internal_per_unit_written_in_the_figure(written: str, value: float, verdict: str) -> None:
    # The pipeline may keep "per kilometre" in the figure's own text.
    text = f"The line is 6.4 km long. The extension cost $412 million, or {written} per kilometre, officials said."
    claims = article_claims(text, ("6.4 km", 6.4, "km", {}), ("$412 million", 412e6, "USD", {}),
                            (f"{written} per kilometre", value, "USD", {"qualifier": "approximate",
                                                                        "metric": "extension per kilometre"}))
    found = check_internal(claims[-1], claims)
    assert (found.verdict, found.evidence.computation) == (verdict, "412e6 USD / 6.4 km = 64.375e6")


def test_check_internal_share_with_a_part_named_far_away() -> None:
    # The part is not near the share, but every figure the words "general fund" name agrees on its value.
    text = ("The council passed a $1.236 billion general fund budget. Other news followed. More news came. "
            "All-funds spending totals $2.91 billion, and the general fund accounts for more than half of it.")
    claims = article_claims(text, ("$1.236 billion", 1.236e9, "USD", {"metric": "general fund budget"}),
                            ("$2.91 billion", 2.91e9, "USD", {"metric": "all-funds spending"}),
                            ("more than half", 0.5, "ratio", {"qualifier": "lower_bound", "lower": 0.5,
                                                              "metric": "general fund share of all-funds spending"}))
    found = check_internal(claims[-1], claims)
    assert (found.verdict, found.evidence.computation) == ("contradicted", "1.236e9 / 2.91e9 = 0.4247")


PORTION = "The settlement fund holds $96 million. Lawyers will receive 25% of the fund, or {amount}, the judge said."
PER_UNIT = ("The harvest came to 3.2 million tonnes. Farmers cut wheat from 540,000 hectares, "
            "giving an average yield of about {yield_} tonnes a hectare.")
OWN_END = ("The mortgage rate eased from 5.4% in January to 4.9% in September, helped by the bank's decision "
           "to cut its base rate by 0.25 percentage point in August, to 4%.")
DOUBLING = "The airline will base more jets there, more than doubling its fleet to 31 aircraft from 22."


@pytest.mark.parametrize("amount,value,verdict", [("$24 million", 24e6, "supported"), ("$31 million", 31e6, "contradicted")])
def test_check_internal_portion_of_a_whole(amount: str, value: float, verdict: str) -> None:
    claim, claims = last(PORTION.format(amount=amount), ("$96 million", 96e6, "USD", {}), ("25%", 25, "percent", {}),
                         (amount, value, "USD", {}))
    found = check_internal(claim, claims)
    assert (found.verdict, found.evidence.rule) == (verdict, "internal_portion")


@pytest.mark.parametrize("yield_,value,verdict", [("5.9", 5.9, "supported"), ("7.5", 7.5, "contradicted")])
def test_check_internal_per_unit_is_total_over_amount(yield_: str, value: float, verdict: str) -> None:
    claim, claims = last(PER_UNIT.format(yield_=yield_), ("3.2 million tonnes", 3.2e6, "tonne", {}),
                         ("540,000 hectares", 540000, "hectare", {}),
                         (f"about {yield_} tonnes", value, "tonne", {"qualifier": "approximate"}))
    found = check_internal(claim, claims)
    assert (found.verdict, found.evidence.rule) == (verdict, "internal_per_unit")


def test_check_internal_per_unit_divisor_from_another_statement_is_not_used() -> None:
    """A count two sentences and a heading back, about something else, is no divisor of the season's total."""
    text = ("Hollis lost its 30th game in 41 games to that point.\n\nSCORING UP\n\nScoring rose this season. "
            "Teams scored 291,400 points this season, or 118.5 per game.")
    claims = article_claims(text, ("41 games", 41, "count", {"metric": "games"}),
                            ("291,400", 291400, "count", {"metric": "points"}),
                            ("118.5", 118.5, "count", {"metric": "points per game"}))
    assert check_internal(claims[-1], claims) is None


@pytest.mark.parametrize("yield_,value,verdict", [("5.9", 5.9, "supported"), ("7.5", 7.5, "contradicted")])
def test_check_internal_per_unit_in_a_rate_unit(yield_: str, value: float, verdict: str) -> None:
    # The record carries the whole rate ("tonne per hectare"): the total is in the rate's numerator.
    claim, claims = last(PER_UNIT.format(yield_=yield_), ("3.2 million tonnes", 3.2e6, "tonne", {}),
                         ("540,000 hectares", 540000, "hectare", {}),
                         (f"about {yield_} tonnes a hectare", value, "tonne per hectare", {"qualifier": "approximate"}))
    found = check_internal(claim, claims)
    assert (found.verdict, found.evidence.rule) == (verdict, "internal_per_unit")


def test_check_internal_change_with_its_own_end_figure_ignores_other_measures() -> None:
    claim, claims = last(OWN_END, ("5.4%", 5.4, "percent", {}), ("4.9%", 4.9, "percent", {}),
                         ("0.25 percentage point", 0.25, "percentage_point", {"direction": "down"}),
                         ("4%", 4.0, "percent", {}))
    cut = claims[2]
    assert check_internal(cut, claims) is None


@pytest.mark.parametrize("new,verdict", [(31, "contradicted"), (45, "supported")])
def test_check_internal_multiple_to_from(new: int, verdict: str) -> None:
    text = DOUBLING.replace("31", str(new))
    claims = article_claims(text, ("more than doubling", 2.0, "ratio", {"kind": "multiple", "direction": "up",
                                                                        "qualifier": "lower_bound", "lower": 2.0}),
                            (str(new), new, "count", {}), ("22", 22, "count", {}))
    found = check_internal(claims[0], claims)
    assert (found.verdict, found.evidence.rule) == (verdict, "internal_multiple")


@pytest.mark.parametrize("ranged,verdict", [(True, "unverifiable"), (False, "contradicted")])
def test_check_internal_change_from_ranges_may_not_contradict(ranged: bool, verdict: str) -> None:
    # A range enters by its midpoint, which the article never states: 20% against (2.2 / 2.05 - 1) may
    # not be called wrong when both ends are ranges, but is when they are single figures.
    if ranged:
        text = "Corvel now expects revenue to grow 20% to $2.1 to $2.3 billion, from $2.0 to $2.1 billion."
        after = ("$2.1 to $2.3 billion", 2.2e9, "USD", {"qualifier": "range", "lower": 2.1e9, "upper": 2.3e9})
        before = ("$2.0 to $2.1 billion", 2.05e9, "USD", {"qualifier": "range", "lower": 2.0e9, "upper": 2.1e9})
    else:
        text = "Corvel now expects revenue to grow 20% to $2.2 billion, from $2.05 billion."
        after, before = ("$2.2 billion", 2.2e9, "USD", {}), ("$2.05 billion", 2.05e9, "USD", {})
    claims = article_claims(text, ("20%", 20.0, "percent", {"direction": "up", "metric": "revenue"}), after, before)
    found = check_internal(claims[0], claims)
    assert (found.verdict if found else "unverifiable") == verdict


@pytest.mark.parametrize("value,verdict", [(75, "supported"), (200, "contradicted")])
def test_check_internal_yearly_fall_takes_the_span_of_its_total(value: int, verdict: str) -> None:
    # The rate's own period is one year and it reads as a fall; the span is the one its total is over.
    text = (f"The lake's shoreline moved back 1.5 km between 2004 and 2024, a loss of some {value} metres a year, "
            "surveyors said.")
    rate, claims = last(text, ("1.5 km", 1.5, "km", {"direction": "down", "period": "2004-2024"}),
                        (f"some {value} metres", value, "m", {"qualifier": "approximate", "direction": "down",
                                                             "period": "2024", "metric": "loss"}))
    found = check_internal(rate, claims)
    assert (found.verdict, found.evidence.computation) == (verdict, "1.5 km / 20 years = 75 m a year")


@pytest.mark.parametrize("value,verdict", [(4.0, "supported"), (9.0, "contradicted")])
def test_check_internal_share_of_a_whole_named_far_away(value: float, verdict: str) -> None:
    # The whole ("the operating budget") is stated paragraphs earlier, and no other figure is named so.
    text = ("Trustees approved a $250 million operating budget on Monday. Enrolment reached 4,100 students. "
            f"The archive keeps its $10 million allocation, roughly {value:g}% of the operating budget.")
    claims = article_claims(text, ("$250 million", 250e6, "USD", {"metric": "operating budget"}),
                            ("4,100", 4100, "count", {"metric": "students"}),
                            ("$10 million", 10e6, "USD", {"metric": "allocation"}),
                            (f"roughly {value:g}%", value, "percent", {"qualifier": "approximate",
                                                                       "metric": "share of operating budget"}))
    found = check_internal(claims[-1], claims)
    assert (found.verdict, found.evidence.computation) == (verdict, "10e6 / 250e6 * 100 = 4")


def test_check_internal_share_of_a_far_whole_two_figures_name_may_not_contradict() -> None:
    # Two far figures are both "the operating budget" with different values: the pairing is unsure.
    text = ("Trustees approved a $250 million operating budget. Last year's operating budget was $240 million. "
            "Enrolment reached 4,100 students. More items came. The archive keeps its $10 million allocation, "
            "roughly 9% of the operating budget.")
    claims = article_claims(text, ("$250 million", 250e6, "USD", {"metric": "operating budget"}),
                            ("$240 million", 240e6, "USD", {"metric": "operating budget"}),
                            ("4,100", 4100, "count", {"metric": "students"}),
                            ("$10 million", 10e6, "USD", {"metric": "allocation"}),
                            ("roughly 9%", 9.0, "percent", {"qualifier": "approximate",
                                                            "metric": "share of operating budget"}))
    found = check_internal(claims[-1], claims)
    assert found is None or found.verdict != "contradicted"


@pytest.mark.parametrize("share,value,verdict", [("about a fifth", 0.2, "supported"), ("about half", 0.5, "unverifiable")])
def test_check_internal_share_of_the_total_pairs_by_position_and_never_contradicts(
        share: str, value: float, verdict: str) -> None:
    # "of the total" names no whole: the part is the figure just before the share, the whole the one
    # before that; a pairing read from positions alone may support, never contradict.
    text = f"The library lends 3,000 e-readers, of which 610 are new models, {share} of the total."
    claims = article_claims(text, ("3,000", 3000, "count", {"metric": "e-readers"}),
                            ("610", 610, "count", {"metric": "new models"}),
                            (share, value, "ratio", {"qualifier": "approximate", "metric": "share of total"}))
    found = check_internal(claims[-1], claims)
    assert (found.verdict if found else "unverifiable") == verdict
    if found:
        assert found.evidence.computation == "610 / 3,000 = 0.2033"


@pytest.mark.parametrize("written,value,verdict", [("about £2,600", 2600, "supported"), ("about £4,000", 4000, "unverifiable")])
def test_check_internal_amount_for_each_of_a_count_stated_after_it(written: str, value: float, verdict: str) -> None:
    # The count follows the figure ("for each of the 5,000 tenants"); the total is found by position, so
    # the check may support the figure, never contradict it.
    text = f"Housing gets £13 million of the grant, or {written} for each of the borough's 5,000 tenants."
    claims = article_claims(text, ("£13 million", 13e6, "GBP", {}), (written, value, "GBP", {"qualifier": "approximate"}),
                            ("5,000", 5000, "count", {}))
    found = check_internal(claims[1], claims)
    assert (found.verdict if found else "unverifiable") == verdict
    if found:
        assert (found.evidence.rule, found.evidence.computation) == ("internal_per_unit", "13e6 / 5,000 = 2,600")


def test_check_internal_amount_for_each_skips_a_comparison_base() -> None:
    # "more than the £12 million of last year" is a base, not the total the amount is shared out of
    text = "The grant is £1 million more than the £12 million of last year, about £2,400 for each of the 5,000 tenants."
    claims = article_claims(text, ("£1 million", 1e6, "GBP", {"direction": "up"}), ("£12 million", 12e6, "GBP", {}),
                            ("about £2,400", 2400, "GBP", {"qualifier": "approximate"}), ("5,000", 5000, "count", {}))
    assert check_internal(claims[2], claims) is None


def test_check_internal_change_levels_after_a_later_change_with_its_own_end_are_its_own() -> None:
    # "by 40% to $700 million from $500 million" belongs to the 40%, not to the shares' 9% slide
    text = "Tarn Mining shares slid 9% after it said it would raise spending by 40% to $700 million from $500 million."
    claims = article_claims(text, ("9%", 9.0, "percent", {"direction": "down", "metric": "share price"}),
                            ("40%", 40.0, "percent", {"direction": "up", "metric": "spending"}),
                            ("$700 million", 700e6, "USD", {}), ("$500 million", 500e6, "USD", {}))
    assert check_internal(claims[0], claims) is None
    found = check_internal(claims[1], claims)
    assert (found.verdict, found.evidence.computation) == ("supported", "(700e6 / 500e6 - 1) * 100 = 40")


def test_check_internal_change_per_share_is_not_paired_with_totals() -> None:
    # a per-share figure read as a change is compared with per-share levels only, never with the totals
    text = "Net profit climbed to $4.2 billion, or $2.10 per share, from $3.0 billion, or $1.50 per share."
    claims = article_claims(text, ("$4.2 billion", 4.2e9, "USD", {}),
                            ("$2.10", 2.10, "USD", {"direction": "up", "metric": "earnings per share"}),
                            ("$3.0 billion", 3.0e9, "USD", {}), ("$1.50", 1.50, "USD", {}))
    found = check_internal(claims[1], claims)
    assert found is None or found.verdict != "contradicted"


@pytest.mark.parametrize("share,value,verdict", [("roughly a sixth", 1 / 6, "supported"),
                                                 ("roughly a third", 1 / 3, "contradicted")])
def test_check_internal_share_of_the_figure_right_after_it(share: str, value: float, verdict: str) -> None:
    # "of its 1,450 miles" names the whole by place: the figure right after the share; the part is the
    # figure close before it, so a wrong share is a contradiction
    text = f"The county will resurface about 240 miles of roads this year, {share} of its 1,450 miles of highway."
    claims = article_claims(text, ("about 240 miles", 240, "mile", {"metric": "roads"}),
                            (share, value, "ratio", {"qualifier": "approximate", "metric": "share of miles"}),
                            ("1,450 miles", 1450, "mile", {"metric": "highway"}))
    found = check_internal(claims[1], claims)
    assert (found.verdict, found.evidence.rule, found.evidence.computation) == (
        verdict, "internal_share", "240 / 1,450 = 0.1655")


def test_check_internal_share_of_a_following_figure_in_another_unit_is_not_read() -> None:
    text = "The county will resurface 240 miles of roads, about a sixth of its 1,450 bridges."
    claims = article_claims(text, ("240 miles", 240, "mile", {}),
                            ("about a sixth", 1 / 6, "ratio", {"qualifier": "approximate", "metric": "share of bridges"}),
                            ("1,450", 1450, "count", {"metric": "bridges"}))
    assert check_internal(claims[1], claims) is None


@pytest.mark.parametrize("written,value,verdict,rule,computation", [
    ("around 76%", 76.0, "supported", "internal_share", "91,000 / 120,000 * 100 = 75.83"),
    ("around 60%", 60.0, "unverifiable", None, None),
    ("roughly 1.3 times", 1.3, "supported", "internal_multiple", "120,000 / 91,000 = 1.319"),
    ("roughly 2 times", 2.0, "unverifiable", None, None)])
def test_check_internal_share_or_multiple_after_two_figures_set_against_each_other(
        written: str, value: float, verdict: str, rule: str | None, computation: str | None) -> None:
    # "A, compared with B, ... P% of it" / "N times as many": read from positions, so support only
    text = (f"Weekday ridership averaged about 91,000 passengers, compared with 120,000 in 2019, "
            f"so it stands at {written} {'of its earlier level' if '%' in written else 'as many before'}.")
    unit = "percent" if "%" in written else "ratio"
    claims = article_claims(text, ("about 91,000", 91000, "count", {"metric": "passengers"}),
                            ("120,000", 120000, "count", {"metric": "passengers", "period": "2019"}),
                            (written, value, unit, {"qualifier": "approximate",
                                                    "metric": "share of earlier level" if unit == "percent" else None}))
    found = check_internal(claims[-1], claims)
    assert (found.verdict if found else "unverifiable") == verdict
    if found:
        assert (found.evidence.rule, found.evidence.computation) == (rule, computation)


def test_check_internal_two_figures_not_set_against_each_other_give_no_share() -> None:
    text = "The line carried 91,000 passengers and employed 120,000 staff, so it stands at around 76% of capacity."
    claims = article_claims(text, ("91,000", 91000, "count", {}), ("120,000", 120000, "count", {}),
                            ("around 76%", 76.0, "percent", {"qualifier": "approximate", "metric": "share of capacity"}))
    assert check_internal(claims[-1], claims) is None


@pytest.mark.parametrize("written,value,verdict", [("about £59 million", 59e6, "supported"),
                                                   ("about £90 million", 90e6, "contradicted")])
def test_check_internal_amount_per_noun_of_a_count_stated_before(written: str, value: float, verdict: str) -> None:
    # "per club" divides by the count whose metric is clubs; the total stated with the count
    text = ("The 14 councils spent £2.1 billion, about £150 million per council. "
            f"Across the league, the 24 clubs have paid out £1.42 billion in fees. That is {written} per club.")
    claims = article_claims(text, ("14", 14, "count", {"metric": "councils"}), ("£2.1 billion", 2.1e9, "GBP", {}),
                            ("about £150 million", 150e6, "GBP", {"qualifier": "approximate"}),
                            ("24", 24, "count", {"metric": "clubs"}), ("£1.42 billion", 1.42e9, "GBP", {}),
                            (written, value, "GBP", {"qualifier": "approximate", "metric": "average"}))
    found = check_internal(claims[-1], claims)
    assert (found.verdict, found.evidence.rule, found.evidence.computation) == (
        verdict, "internal_per_unit", "1.42e9 GBP / 24 count = 59.166667e6")


UPS = "With earnings of $1.04, Harwick topped its $1.01 estimate and grew earnings 4.0% over last year's $1.00."


def _ups_claims(estimate_status: str) -> list:
    claims = article_claims(UPS, ("$1.04", 1.04, "USD", {"metric": "earnings"}),
                            ("$1.01", 1.01, "USD", {"metric": "estimate"}),
                            ("4.0%", 4.0, "percent", {"direction": "up", "metric": "earnings"}),
                            ("$1.00", 1.00, "USD", {"metric": "earnings"}))
    claims[1] = claims[1].model_copy(update={"frame": claims[1].frame.model_copy(update={"status": estimate_status})})
    return claims


def test_check_internal_change_leaves_out_an_estimate_beside_the_results() -> None:
    # the analysts' $1.01 plays no role in the reported change: the new level is $1.04
    claims = _ups_claims("estimate")
    found = check_internal(claims[2], claims)
    assert (found.verdict, found.evidence.computation) == ("supported", "(1.04 / 1 - 1) * 100 = 4")


def test_check_internal_change_with_its_new_level_found_by_position_never_contradicts() -> None:
    # read as reported, $1.01 is the nearest figure before the base: a guess that may not raise a contradiction
    claims = _ups_claims("reported")
    found = check_internal(claims[2], claims)
    assert found is None or found.verdict != "contradicted"


@pytest.mark.parametrize("value,verdict", [(3.7e9, "supported"), (3e9, None)])
def test_check_internal_difference_between_amounts_read_by_position_never_contradicts(value: float, verdict) -> None:
    # no two names say which amounts the gap is between: the two before it are a guess, which may support it
    text = ("Acme reported $716.9 billion in sales and $713.2 billion a year earlier. "
            f"Its funding gap of ${value / 1e9:g} billion is small.")
    gap, claims = last(text, ("$716.9 billion", 716.9e9, "USD", {"subject": "Acme"}),
                       ("$713.2 billion", 713.2e9, "USD", {"subject": "Acme"}),
                       (f"${value / 1e9:g} billion", value, "USD", {"subject": "Acme", "metric": "funding gap"}))
    found = check_internal(gap, claims)
    assert (found and found.verdict) == verdict


def test_check_internal_change_a_from_figure_after_another_measures_to_figure_is_that_measures() -> None:
    # "rose 6% to $41.2 billion, with cloud sales climbing to $12.9 billion from $10.1 billion": the "from"
    # figure is the cloud sales' earlier level, not the old level of the 6% rise
    text = ("Group revenue rose 6% to $41.2 billion, with cloud sales climbing to $12.9 billion "
            "from $10.1 billion.")
    claims = article_claims(text, ("6%", 6, "percent", {"direction": "up", "metric": "revenue growth"}),
                            ("$41.2 billion", 41.2e9, "USD", {"metric": "revenue"}),
                            ("$12.9 billion", 12.9e9, "USD", {"metric": "cloud sales"}),
                            ("$10.1 billion", 10.1e9, "USD", {"metric": "cloud sales"}))
    found = check_internal(claims[0], claims)
    assert found is None or found.verdict != "contradicted"


def test_check_internal_change_a_new_level_of_another_item_of_a_list_never_contradicts() -> None:
    # "Acme fell 37 cents to $35.65, Bolt ... and Corvan was 3 per cent lower": the "to" figure with other figures
    # between it and the change is another item's of the list, a guess that may support, never contradict
    text = ("Acme fell 37 cents to $35.65, Bolt was off 84 cents to $61.30 and Corvan was more than "
            "3 per cent lower at $10.59.")
    claims = article_claims(text, ("37 cents", 0.37, "USD", {"direction": "down", "subject": "Acme"}),
                            ("$35.65", 35.65, "USD", {"subject": "Acme"}),
                            ("84 cents", 0.84, "USD", {"direction": "down", "subject": "Bolt"}),
                            ("$61.30", 61.30, "USD", {"subject": "Bolt"}),
                            ("3 per cent", 3, "percent", {"direction": "down", "subject": "Corvan",
                                                          "qualifier": "lower_bound", "lower": 3}),
                            ("$10.59", 10.59, "USD", {"subject": "Corvan"}))
    found = check_internal(claims[4], claims)
    assert found is None or found.verdict != "contradicted"


def test_check_internal_change_a_dash_and_begins_another_statement() -> None:
    # "36,169 elephants – 12 per cent more than in 2019 – and 34,240 giraffes": like ", and", a dash before "and"
    # begins another statement, so the giraffes are no earlier level of the elephants
    text = ("A total of 36,169 elephants – 12 per cent more than in 2019 – and 34,240 giraffes were counted "
            "this year.")
    claims = article_claims(text, ("36,169", 36169, "count", {"metric": "elephants"}),
                            ("12 per cent", 12, "percent", {"direction": "up", "metric": "elephants"}),
                            ("34,240", 34240, "count", {"metric": "giraffes"}))
    found = check_internal(claims[1], claims)
    assert found is None or found.verdict != "contradicted"


@pytest.mark.parametrize("written,value,verdict", [("about a quarter", 0.25, "supported"),
                                                   ("nearly a third", 1 / 3, "contradicted")])
def test_check_internal_change_a_fraction_between_two_percentages_is_relative(written: str, value: float,
                                                                              verdict: str) -> None:
    # a fraction is never a difference in points: from 4.0% to 3.0% is a fall of a quarter
    text = f"Strokes fell too, from 4.0% of the placebo group to 3.0% of those on the drug, a reduction of {written}."
    claims = article_claims(text, ("4.0%", 4.0, "percent", {"metric": "strokes"}),
                            ("3.0%", 3.0, "percent", {"metric": "strokes"}),
                            (written, value, "ratio", {"direction": "down", "metric": "reduction in strokes"}))
    found = check_internal(claims[2], claims)
    assert (found.verdict, found.evidence.computation) == (verdict, "(3 / 4 - 1) * 1 = -0.25")


def test_check_internal_a_price_per_unit_of_money_is_no_total_shared_out() -> None:
    # "Rs 73.37 per dollar" is an exchange rate: the "73.37 against the US dollar" before it is no count of dollars
    text = ("The rupee closed at 73.37 against the US dollar on Monday. "
            "It opened at Rs 73.38 and ended at Rs 73.37 per dollar.")
    claims = article_claims(text, ("73.37", 73.37, "count", {"metric": "exchange rate against the US dollar"}),
                            ("Rs 73.38", 73.38, "INR", {"metric": "rupee"}),
                            ("Rs 73.37", 73.37, "INR", {"metric": "rupee"}))
    found = check_internal(claims[2], claims)
    assert found is None or found.verdict != "contradicted"


def test_check_internal_a_figure_before_the_colon_opening_a_list_is_no_part_of_its_total() -> None:
    text = ("Four separate votes were made: an operating levy of 0.748 mills; a local levy of 5.324 mills; "
            "a capital levy of 1.50 mills, and the total levy of 7.5720 mills.")
    claims = article_claims(text, ("Four", 4, "count", {"metric": "votes"}), ("0.748", 0.748, "count", {}),
                            ("5.324", 5.324, "count", {}), ("1.50", 1.5, "count", {}),
                            ("7.5720", 7.572, "count", {"metric": "total levy"}))
    found = check_internal(claims[4], claims)
    assert (found.verdict, found.evidence.computation) == ("supported", "0.748 + 5.324 + 1.5 = 7.572")
