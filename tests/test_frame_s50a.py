"""Session 50 (business frames audit): the frame of figures in shapes results, guidance and market copy writes. A
figure "of" a range ("in the range of $1.24 to $1.33", "to a range of $98 billion to $100 billion") measures what is
in the range: the noun right before "in" ("with EPS in the range of ..."), the noun a participle before it describes
("sees revenue arriving in the range of ..."), or what the clause moves ("raised its full-year outlook to a range of
..."), never "range". A sum restated after ", or" on the old side of a change with no "share" of its own ("from $3.1
billion, or 31 cents, a year earlier") is earnings per share when the new side was restated per share ("$4.56 billion,
or 45 cents a share"), not the net income it follows. The adjective "full-year" in a quarter's story dates its sentence's figures as the year
even when the sentence looks back ("Full-year total revenue declined 7.8%", "dropped to a full-year loss of $25.9
million"), unless a word such as "first" makes it a kind of result ("turned its first full-year profit"). A line that
ends in a figure's glued scale with its full stop ("to €8.8m.") or in initials ("outside the U.S.") ends its sentence
before a single line break and a capitalised word, so the next line's figures keep their own measure. A per-share
sum restating earnings written with a tail ("earned $19 million, or 5 cents per share, on revenue of ...", "net profit
after non-controlling interest surged to 14.2 million euros or 0.83 euros per share") is earnings per share. The
old side's sum restated after "or" with no period of its own ("from €2.2 million, or 13 cents per share.") is of the
old side's period, as the sum it restates is. Made-up text; a test of each change fails on the code before it, unless its docstring says it is a guard."""
from __future__ import annotations

import datetime as dt

from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2025, 11, 6))
claims_in_february = claims_reader(dt.date(2025, 2, 12))  # a fourth quarter's results


def test_a_figure_in_a_range_after_a_noun_measures_the_noun(nlp):
    text = ("Tarnwell Foods lifts outlook\n\nTarnwell Foods said third-quarter revenue rose 6% to $812 million.\n\nFor "
            "the fourth quarter, the company expects revenue between $840 million and $860 million, with EPS in the "
            "range of 41 cents to 44 cents.\n")
    found = claims_of(nlp, text)
    assert found["41 cents to 44 cents"].metric == "EPS"


def test_a_figure_in_a_range_after_a_participle_measures_its_noun(nlp):
    text = ("Orvane Systems beats forecasts\n\nOrvane Systems said quarterly billings rose 31% to $64.2 million.\n\nFor "
            "the fourth quarter, Orvane sees revenue arriving in the range of $47 million to $51 million.\n")
    found = claims_of(nlp, text)
    assert found["$47 million to $51 million"].metric == "revenue"


def test_a_range_an_outlook_is_raised_to_measures_the_outlook(nlp):
    text = ("Quenby Aerospace raises outlook\n\nQuenby Aerospace said third-quarter revenue rose 9% to $6.2 billion.\n\n"
            "The company also raised its full-year revenue outlook to a range of $24.5 billion to $25 billion.\n")
    found = claims_of(nlp, text)
    assert "range" not in (found["$24.5 billion to $25 billion"].metric or "")
    assert "revenue outlook" in found["$24.5 billion to $25 billion"].metric


def test_a_range_guidance_is_for_measures_what_the_guidance_is_of(nlp):
    text = ("Orvane Systems beats forecasts\n\nOrvane Systems said quarterly revenue rose 18% to $58.1 million.\n\n"
            "Its billings climbed 40% to $81.5 million, above its guidance for a range of $72 million to $77 million.\n")
    found = claims_of(nlp, text)
    assert found["$72 million to $77 million"].metric != "range"


def test_a_range_after_a_company_name_is_no_measure_of_the_company(nlp):
    """Guard: a name before "in the range of" is no measure (passes on both)."""
    text = ("Brenco Oil shares slide\n\nBrenco Oil shares fell 4% on Wednesday.\n\nAnalysts value Brenco in the range "
            "of $30 to $34 a share.\n")
    found = claims_of(nlp, text)
    assert found["$30 to $34"].metric != "Brenco"


def test_an_old_side_restated_without_share_is_earnings_per_share(nlp):
    text = ("Corvane Holdings profit climbs\n\nCorvane Holdings said third-quarter net income rose to $612 million, or 58 "
            "cents a share, from $540 million, or 51 cents, a year earlier.\n")
    found = claims_of(nlp, text)
    assert found["51 cents"].metric == "earnings per share"
    assert found["$540 million"].metric == "quarterly net income"


def test_an_old_side_restated_keeps_the_new_sides_kind_of_share(nlp):
    text = ("Pellam Foods profit slips\n\nPellam Foods said fiscal fourth-quarter net income fell 12 percent to $1.21 "
            "billion, or 66 cents a diluted share, from $1.38 billion, or $1.04, in the year-earlier period.\n")
    found = claims_of(nlp, text)
    assert found["$1.04"].metric == "diluted earnings per share"


def test_a_restated_share_of_a_sum_is_no_earnings_per_share(nlp):
    """Guard: a percentage restating a sum as a share keeps its own measure (passes on both)."""
    text = ("Harwick Foods results\n\nHarwick Foods said marketing spending was $310 million, or 4% of sales, up from "
            "$280 million, or 3.6%.\n")
    found = claims_of(nlp, text)
    assert "earnings per share" not in (found["3.6%"].metric or "")


def test_a_full_year_figure_in_a_quarter_story_is_the_years(nlp):
    text = ("Orvane Rail Q4 profit rises\n\nOrvane Rail said fourth-quarter income rose to $6.1 million.\n\nThe company "
            "swung to a full-year loss of $18.2 million, from income of $9.4 million in 2023.\n")
    found = claims_in_february(nlp, text)
    assert found["$18.2 million"].period == "2024"


def test_a_sentence_opening_full_year_measure_is_the_years(nlp):
    text = ("Harlow Textiles fiscal Q4 profit falls\n\nHarlow Textiles said its net income for the fiscal fourth quarter "
            "ended March 31 was 41.2 million rupees.\n\nFull-year total revenue declined 6.1% year over year to 9.8 "
            "billion rupees from 10.4 billion rupees.\n")
    found = claims_of(nlp, text)
    assert found["9.8 billion rupees"].period == "FY2025"
    assert found["10.4 billion rupees"].period == "FY2024"


def test_a_first_full_year_profit_keeps_its_sentences_period(nlp):
    """Guard: "first full-year profit" names no period of its own (passes on both)."""
    text = ("Kestrel Air returns to profit\n\nKestrel Air said fourth-quarter revenue rose 6% to $2.1 billion.\n\nThe "
            "airline turned its first full-year profit since 2019 in the fourth quarter, of $140 million.\n")
    found = claims_in_february(nlp, text)
    assert found["$140 million"].period == "Q4 2024"


def test_a_line_ending_in_a_glued_scale_ends_its_sentence(nlp):
    text = ("Tarrow Mills profits rise\n\nRetail sales increased by 3% to €31m, while hotel income increased 1.9% to "
            "€7.4m.\nRevenues from weaving increased from €2.1m to €2.6m.\nStaff costs increased from €8.1m to €8.5m.\n"
            "Directors' pay fell from €512,300 to €498,100.\n")
    found = claims_of(nlp, text)
    assert found["€7.4m"].metric == "hotel income"
    assert found["€8.5m"].metric == "Staff costs"
    assert found["€2.6m"].metric == "Revenues"


def test_a_line_ending_in_initials_ends_its_sentence(nlp):
    text = ("Quenby Aerospace raises outlook\n\nQuenby Aerospace said third-quarter revenue rose 9% to $6.2 billion.\n"
            "Its backlog was $58 billion, of which 31% came from customers outside the U.S.\nQuenby's full-year "
            "revenue guidance increased by $1 billion.\n")
    found = claims_of(nlp, text)
    assert found["$1 billion"].metric == "annual revenue guidance"


def test_a_title_at_a_line_end_keeps_its_sentence(nlp):
    """Guard: a title such as "Mr." is no line's end (passes on both)."""
    text = ("Harlow Foods results\n\nHarlow Foods said revenue rose 4% to $2.2 billion, according to Mr.\nReid, "
            "its finance chief.\n")
    found = claims_of(nlp, text)
    assert found["$2.2 billion"].metric == "revenue"


def test_a_per_share_sum_after_earnings_on_revenue_is_earnings_per_share(nlp):
    text = ("Kestrel Computer beats forecasts\n\nFor the three months ended June 28, Kestrel Computer said it earned $21 "
            "million, or 6 cents per share, on revenue of $1.61 billion.\n")
    found = claims_of(nlp, text)
    assert found["6 cents"].metric == "earnings per share"


def test_a_per_share_sum_after_profit_with_a_qualifier_is_earnings_per_share(nlp):
    text = ("Tarrow Instruments Q1 profit improves\n\nTarrow Instruments said its first-quarter net profit after "
            "non-controlling interest rose to 15.1 million euros or 0.91 euros per share from 11.2 million euros or 0.68 "
            "euros per share a year earlier.\n")
    found = claims_of(nlp, text)
    assert (found["0.91 euros"].metric, found["0.68 euros"].metric) == ("earnings per share", "earnings per share")


def test_an_old_side_restated_per_share_takes_the_old_sides_period(nlp):
    text = ("Vellmark Foods Q3 profit rises\n\nVellmark Foods said its third-quarter normalized net income was 14 cents "
            "per share.\n\nReported net income rose 8.4% to €2.6 million, or 16 cents per share, from €2.4 million, or 15 "
            "cents per share.\n")
    found = claims_of(nlp, text)
    assert found["€2.4 million"].period == found["15 cents"].period
    assert found["15 cents"].period != found["16 cents"].period


def test_an_old_side_restated_without_a_comma_takes_the_old_sides_period(nlp):
    text = ("Harwick Education Q3 profit down\n\nHarwick Education said net income for the third quarter declined to "
            "$61.2 million or $0.55 per share, from $74.8 million or $0.68 per share.\n")
    found = claims_of(nlp, text)
    assert found["$0.68"].period == found["$74.8 million"].period
    assert found["$0.68"].period != found["$0.55"].period
