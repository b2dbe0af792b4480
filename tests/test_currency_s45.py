"""Session 45: plain "cents" in a text that writes all its money with one marked currency ("S$45.9 million", "A$2.1
billion", "€4.2 million") are that currency's cents, not US cents (grammar.scanner.Scanner._local_cents,
rules/lexicon.json cent_currencies.marked_codes); the scorer reads a gold unit "point" as "index point"; a plain "$"
in a Victorian story is Australian; "sixfold" is a multiple as "six-fold" is; "10 498,5" and "R4,6955" are
written with a decimal comma. Made-up text;
the first test fails on the code before the change."""
from __future__ import annotations

import datetime as dt

from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2017, 5, 12))

SGD_STORY = ("Harlow Engineering posts 10.9% rise in Q4 earnings to S$45.9 million\n\n"
             "Harlow Engineering has posted a fourth quarter net profit of S$45.9 million, 10.9 per cent higher than a "
             "year ago.\n\nFourth quarter earnings per share was 4.09 cents, higher than 3.69 cents a year ago.\n\n"
             "The company has proposed a final dividend of nine cents per share.\n")


def test_cents_in_a_text_of_one_marked_dollar_are_that_dollars(nlp):
    found = claims_of(nlp, SGD_STORY)
    assert {found[t].unit for t in ("4.09 cents", "nine cents", "S$45.9 million")} == {"SGD"}
    assert found["4.09 cents"].value == 0.0409


def test_cents_beside_us_money_stay_us_cents(nlp):
    text = SGD_STORY.replace("The company has proposed", "Its US unit earned US$3.1 million. The company has proposed")
    assert claims_of(nlp, text)["4.09 cents"].unit == "USD"


def test_cents_beside_a_plain_dollar_keep_the_plain_dollars_reading(nlp):
    text = ("Harlow Stores profit rises\n\nHarlow Stores, based in Ohio, earned $45.9 million, or 41 cents a share.\n\n"
            "Its Singapore arm added S$2.1 million.\n")
    assert claims_of(nlp, text)["41 cents"].unit == "USD"


def test_a_point_and_an_index_point_are_one_unit_to_the_scorer():
    # gold written by hand names a market index's unit either way (corpus/README.md, the unit row)
    from claimx.evaluate import unit_class

    assert unit_class("point") == unit_class("index point") == unit_class("points")
    assert unit_class("index point") != unit_class("percentage_point")


def test_a_plain_dollar_in_a_victorian_council_budget_is_australian(nlp):
    # rules/lexicon.json local_dollar_places AUD: "Victorian", named once, in a text writing "per cent" and plain "$"
    text = ("Council passes 2023-24 budget\n\n"
            "The budget includes a 3.5 per cent increase in rates revenue, the largest amount allowed by the Victorian "
            "Government, and is expected to raise $90.8 million in revenue over the next financial year.\n")
    assert claims_of(nlp, text)["$90.8 million"].unit == "AUD"


def test_a_closed_fold_word_is_a_multiple(nlp):
    # rules/lexicon.json multiples: "sixfold", "tenfold" written as one word, as "ten-fold" and "10-fold" were read
    text = ("Trolley waits rise sixfold\n\nThe number of patients waiting more than four hours rose sixfold. A "
            "threefold increase in cases was seen. The scheme has a twofold aim.\n")
    found = claims_of(nlp, text)
    assert (found["sixfold"].kind, found["sixfold"].value) == ("multiple", 6.0)
    assert found["threefold"].value == 3.0
    assert "twofold" not in found


def test_a_decimal_comma_after_spaced_thousands_and_before_four_digits(nlp):
    # grammar/scanner.py _SPACED_DECIMAL_COMMA, _LONG_DECIMAL_COMMA; grammar/exclusions.py: "R4" is no code before ",6955"
    text = ("Kestrel all share climbs\n\nThe all share index closed at 10 498,5 points. The rand was at R4,6955 to "
            "the dollar from R4,6940 on Monday.\n")
    found = claims_of(nlp, text)
    assert found["10 498,5 points"].value == 10498.5
    assert (found["R4,6955"].value, found["R4,6955"].unit) == (4.6955, "ZAR")


def test_thousands_written_with_commas_stay_thousands(nlp):
    text = "Harlow revenue\n\nRevenue was 1,234,567 and costs were 12,500.\n"
    found = claims_of(nlp, text)
    assert (found["1,234,567"].value, found["12,500"].value) == (1234567.0, 12500.0)
