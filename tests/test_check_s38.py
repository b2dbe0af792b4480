"""False contradictions of the article's-own-figures checks on real pages (session 38), each in made-up words. Each
test of a withheld contradiction has a twin showing that the same shape stated wrongly in the text's own terms is
still caught (claimx.check.internal)."""
from __future__ import annotations

from fixtures_check import DOWN, UP, article_claims
from fixtures_check import internal_verdict as verdict_of


def test_an_amount_set_aside_by_a_basis_word_is_no_new_level() -> None:
    article = ("Excluding the $2.3 billion unfavorable effect of currency moves over the quarter, the retailer's "
               "revenue grew 9% compared with $61.2 billion in the same quarter a year before.")
    specs = [("$2.3 billion", 2.3e9, "USD", {"subject": "retailer", "metric": "revenue"}),
             ("9%", 9.0, "percent", {"subject": "retailer", "metric": "revenue", **UP}),
             ("$61.2 billion", 61.2e9, "USD", {"subject": "retailer", "metric": "revenue"})]
    assert verdict_of(article, 1, *specs) != "contradicted"


def test_a_level_before_the_change_is_still_its_new_level() -> None:
    article = ("Including the new stores, the retailer's revenue was $66.7 billion, up 19% compared with "
               "$61.2 billion in the same quarter a year before.")
    specs = [("$66.7 billion", 66.7e9, "USD", {"subject": "retailer", "metric": "revenue"}),
             ("19%", 19.0, "percent", {"subject": "retailer", "metric": "revenue", **UP}),
             ("$61.2 billion", 61.2e9, "USD", {"subject": "retailer", "metric": "revenue"})]
    assert verdict_of(article, 1, *specs) == "contradicted"


def _against_bundled_pack(*claims, published=None):
    import datetime as dt

    from claimx.check.checker import check_claims
    from claimx.reference.loading import load_pack
    from claimx.reference.pack import default_pack_path

    checked = check_claims(list(claims), load_pack(default_pack_path()), published=published or dt.date(2026, 3, 2))
    return {c.text: c.verdict for c in checked}


def test_a_company_figure_never_contradicts_a_sentence_that_names_one_of_its_parts() -> None:
    from fixtures_check import claim

    # the subject took the company; the sentence names its warehouse-club segment, whose figure it may be
    found = _against_bundled_pack(claim("2.9%", 2.9, "percent", subject="Walmart", metric="sales", period="Q4 FY2026",
                                        sentence="Walmart's Sam's Club sales climbed 2.9% in the holiday quarter.",
                                        **UP))
    assert found["2.9%"] != "contradicted"


def test_a_company_figure_still_contradicts_a_sentence_that_names_no_part() -> None:
    from fixtures_check import claim

    found = _against_bundled_pack(claim("2.9%", 2.9, "percent", subject="Walmart", metric="sales", period="Q4 FY2026",
                                        sentence="Walmart's sales climbed 2.9% in the holiday quarter.", **UP))
    assert found["2.9%"] == "contradicted"  # the pack's Q4 FY2026 revenue growth: 5.6%


def test_a_share_of_a_measure_is_not_compared_with_the_measure() -> None:
    from fixtures_check import claim

    found = _against_bundled_pack(claim("about 40%", 40.0, "percent", subject="Walmart", qualifier="approximate",
                                        metric="share of e-commerce sales growth", period="Q4 FY2026",
                                        sentence="Store-fulfilled orders made up about 40% of e-commerce sales growth "
                                                 "in the quarter."))
    assert found["about 40%"] != "contradicted"


def test_the_measure_itself_is_still_compared() -> None:
    from fixtures_check import claim

    found = _against_bundled_pack(claim("40%", 40.0, "percent", subject="Walmart", metric="e-commerce sales growth",
                                        period="Q4 FY2026",
                                        sentence="Walmart's e-commerce sales growth was 40% in the quarter."))
    assert found["40%"] == "contradicted"  # the pack's Q4 FY2026 e-commerce sales growth: 24%


def test_an_amount_of_another_statement_joined_by_and_is_no_amount_of_the_change() -> None:
    # the bracketed comparative of the first item was framed as a rise; it belongs to the revenue statement, the
    # second change after "and" has its own levels
    article = ("Group sales increased by 30% to €3.9bn (2022: €3.0bn) and operating profit increased by 20% to "
               "€420m (2022: €350m).")
    specs = [("30%", 30.0, "percent", {"subject": "Group", "metric": "sales", **UP}),
             ("€3.9bn", 3.9e9, "EUR", {"subject": "Group", "metric": "sales"}),
             ("€3.0bn", 3.0e9, "EUR", {"subject": "Group", "metric": "sales", **UP}),
             ("20%", 20.0, "percent", {"subject": "Group", "metric": "operating profit", **UP}),
             ("€420m", 420e6, "EUR", {"subject": "Group", "metric": "operating profit"}),
             ("€350m", 350e6, "EUR", {"subject": "Group", "metric": "operating profit"})]
    assert verdict_of(article, 3, *specs) != "contradicted"


def test_an_amount_of_the_change_itself_is_still_checked() -> None:
    article = "Operating profit increased by €100m to €420m, a rise of 20%."
    specs = [("€100m", 100e6, "EUR", {"subject": "Group", "metric": "operating profit", **UP}),
             ("€420m", 420e6, "EUR", {"subject": "Group", "metric": "operating profit"}),
             ("20%", 20.0, "percent", {"subject": "Group", "metric": "operating profit", **UP})]
    assert verdict_of(article, 2, *specs) == "contradicted"  # 100 / 320 = 31%


def test_an_amount_restated_as_a_percentage_after_or_is_still_its_amount() -> None:
    article = "Copper futures fell $0.31, or nearly 2 per cent, to settle at $10.50."
    specs = [("$0.31", 0.31, "USD", {"subject": "Copper futures", "metric": "price", **DOWN}),
             ("nearly 2 per cent", 2.0, "percent", {"subject": "Copper futures", "metric": "price",
                                                   "qualifier": "approximate", **DOWN}),
             ("$10.50", 10.5, "USD", {"subject": "Copper futures", "metric": "price"})]
    assert verdict_of(article, 1, *specs) == "contradicted"  # 0.31 / 10.81 = 2.9%


def _carried(text: str, value: float, sentence: str, period: str):
    """A claim whose period the frame carried from elsewhere in the article (reason "article")."""
    from fixtures_check import claim, frame_for

    frame = frame_for(text, sentence.index(text), sentence, subject="Amazon Web Services", metric="revenue",
                      period=period)
    frame = frame.model_copy(update={"period": frame.period.model_copy(update={"reason": "article"})})
    return claim(text, value, "USD", subject="Amazon Web Services", metric="revenue", period=period,
                 sentence=sentence, frame=frame)


def test_a_carried_year_not_over_at_publication_never_contradicts_a_reported_figure() -> None:
    import datetime as dt

    # a story of the third quarter's results that also names the year: the $33 billion is the quarter's
    found = _against_bundled_pack(_carried("$33 billion", 33e9, "Amazon Web Services took in $33 billion in revenue, "
                                           "ahead of estimates.", "FY2025"), published=dt.date(2025, 10, 31))
    assert found["$33 billion"] != "contradicted"


def test_a_carried_year_over_at_publication_still_contradicts() -> None:
    import datetime as dt

    found = _against_bundled_pack(_carried("$33 billion", 33e9, "Amazon Web Services took in $33 billion in revenue, "
                                           "ahead of estimates.", "FY2025"), published=dt.date(2026, 2, 10))
    assert found["$33 billion"] == "contradicted"  # the pack's FY2025 AWS revenue: $128.7 billion


def _article_against_bundled_pack(article, specs, published):
    from claimx.check.checker import check_claims
    from claimx.reference.loading import load_pack
    from claimx.reference.pack import default_pack_path

    claims = article_claims(article, *specs)
    return {c.text: c for c in check_claims(claims, load_pack(default_pack_path()), published=published)}


def test_a_measure_carried_from_the_sentence_before_does_not_support_a_figure_of_another_measure() -> None:
    import datetime as dt

    article = ("AWS revenue reached $33.0 billion in the quarter. AWS's order backlog swelled to $180 billion, a "
               "record.")
    specs = [("$33.0 billion", 33e9, "USD", {"subject": "AWS", "metric": "revenue", "period": "Q3 FY2025"}),
             ("$180 billion", 180e9, "USD", {"subject": "AWS", "metric": "order backlog", "period": "Q3 FY2025"})]
    found = _article_against_bundled_pack(article, specs, dt.date(2025, 10, 31))
    # Amazon's third-quarter revenue was $180.2 billion: a coincidence, not the backlog's figure
    assert found["$180 billion"].verdict != "supported"


def _sequential(sentence: str):
    import datetime as dt

    specs = [("7%", 7.0, "percent", {"subject": "Amazon", "metric": "sales", "period": "Q3 FY2025", **UP})]
    return _article_against_bundled_pack(sentence, specs, dt.date(2025, 10, 31))["7%"].verdict


def test_the_quarter_before_stands_in_for_no_comparison_when_the_sentence_says_a_year_earlier() -> None:
    # the pack lacks the third quarter of 2024; the second quarter of 2025 gives 7.4%, but the sentence compares
    # its items with a year earlier
    assert _sequential("Store sales rose 11% year-over-year, while Amazon's sales grew 7%.") != "supported"


def test_the_quarter_before_still_stands_in_when_no_comparison_is_said() -> None:
    assert _sequential("Amazon's sales grew 7% in the quarter.") == "supported"


def test_the_figure_a_multiple_grew_to_is_no_base() -> None:
    article = ("Total sales reached $412 billion (up 9%), the real story being profit: net income nearly doubled to "
               "$38.5 billion.")
    specs = [("$412 billion", 412e9, "USD", {"subject": "Brindle", "metric": "total sales"}),
             ("up 9%", 9.0, "percent", {"subject": "Brindle", "metric": "total sales", **UP}),
             ("nearly doubled", 2.0, "ratio", {"subject": "Brindle", "metric": "net income", "kind": "multiple",
                                               "direction": "up", "qualifier": "approximate"}),
             ("$38.5 billion", 38.5e9, "USD", {"subject": "Brindle", "metric": "net income"})]
    assert verdict_of(article, 2, *specs) != "contradicted"


def test_a_multiple_of_the_base_after_it_is_still_checked() -> None:
    article = "The council now runs 30 buses, nearly double last year's 25 buses."
    specs = [("30 buses", 30.0, "count", {"subject": "council", "metric": "buses"}),
             ("nearly double", 2.0, "ratio", {"subject": "council", "metric": "buses", "kind": "multiple",
                                              "qualifier": "approximate"}),
             ("25 buses", 25.0, "count", {"subject": "council", "metric": "buses"})]
    assert verdict_of(article, 1, *specs) == "contradicted"  # 30 / 25 = 1.2
