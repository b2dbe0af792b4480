"""Session 55 (vs): support from the article's own figures. A change in percent whose own clause states only one of
the two figures it is computed from (a level it moved from or to, or the amount it moved by), the other stated in a
sentence nearby, found by the frames (subject, measure, unit and period): such a pairing may support the change, never
contradict it. Made-up text; each test fails on the session-start code unless its docstring says it is a guard."""
from __future__ import annotations

import datetime as dt

from fixtures_claims import all_checked

SCHOOLS = ("Clinic numbers climb\n\nThe number of rural clinics in Norland has increased by 9.5% during FY 2018/2019 to "
           "reach 4,380 clinics. This compared to 4,000 clinics in FY 2012/2013, the ministry said.\n")


def _verdict(found, text):
    return next(claim for claim in found if claim.text == text).verdict


def test_a_change_to_a_new_level_is_supported_by_the_base_in_the_next_sentence(nlp):
    """"increased by 9.5% ... to reach 4,380 clinics. This compared to 4,000 clinics in FY 2012/2013": the base of the
    change is the next sentence's level of the same measure, another period: 4,380 / 4,000 - 1 = 9.5% (it was left
    unverifiable: the clause states only the new level)."""
    found = all_checked(nlp, SCHOOLS, dt.date(2019, 8, 1))
    assert _verdict(found, "9.5%") == "supported"


def test_a_wrong_change_against_a_level_found_by_the_frames_alone_is_not_contradicted(nlp):
    """Guard (passes on the start code too): the same shape with a change the two levels do not bear out (4,380 /
    4,000 is 9.5%, not 14%) is never contradicted: a partner found by the frames alone may only support."""
    found = all_checked(nlp, SCHOOLS.replace("9.5%", "14%"), dt.date(2019, 8, 1))
    assert _verdict(found, "14%") != "contradicted"


TRADE = ("Norland trade figures\n\nThe value of goods exports from Norland stood at almost €6.35 billion in March, the "
         "statistics office said. Imports were worth €4.12 billion in March.\n\nExports were down €265m (4%) in March "
         "compared to the previous month, while imports rose by €130m (3%).\n")


def test_a_change_restating_its_amount_is_supported_by_the_level_stated_earlier(nlp):
    """"Exports were down €265m (4%) in March" with "exports ... stood at almost €6.35 billion in March" two
    sentences before: the amount over the level it moved from, 265 / (6,350 + 265) = 4.0% (it was left unverifiable:
    the clause states the amount but no level)."""
    found = all_checked(nlp, TRADE, dt.date(2016, 5, 12))
    assert _verdict(found, "4%") == "supported"


INDEX = ("Shares end week lower\n\nThe Varna index closed at 12,480.20 on Friday, while the Kalpa index ended at "
         "41,310.50.\n\nOn a weekly basis, the Kalpa index lost 512.40 points or 1.22 per cent and the Varna index "
         "declined 141.30 points or 1.12 per cent.\n")


def test_an_index_move_in_points_and_percent_is_supported_by_the_close_stated_before(nlp):
    """"the Varna index declined 141.30 points or 1.12 per cent" with "The Varna index closed at 12,480.20" in the
    sentence before: 141.30 / (12,480.20 + 141.30) = 1.12% (it was left unverifiable; "per cent" right after the
    points is no rate word making them a figure per unit)."""
    found = all_checked(nlp, INDEX, dt.date(2020, 10, 16))
    assert _verdict(found, "1.12 per cent") == "supported"


def test_a_partner_only_bounded_by_its_words_supports_nothing(nlp):
    """Guard (passes on the start code too): "earned $6.12-billion in profit, up 9 per cent" with "more than
    $1-billion" of a part of the bank beside it: a bound pins no change (its rounding let 612% pass for 9%)."""
    text = ("Orlo Bank lifts profit\n\nFor the full fiscal year that ended Oct. 31, Orlo Bank earned $6.12-billion in "
            "profit, up 9 per cent from a year earlier. Its Canadian banking arm earned more than $1-billion in profit "
            "in the fourth quarter.\n")
    found = all_checked(nlp, text, dt.date(2017, 11, 28))
    assert _verdict(found, "9 per cent") != "supported"


def test_a_difference_to_a_new_level_is_supported_by_the_level_stated_before(nlp):
    """"declared a fully franked final dividend of 64cps, up 11 cents" with "paid a final dividend of 53 cents for
    2016" in the sentence before: 64 - 53 = 11 cents (it was left unverifiable: the clause states only the new level)."""
    text = ("Tarwick raises payout\n\nTarwick paid a final dividend of 53 cents for 2016.\n\nFor 2017, Tarwick "
            "declared a fully franked final dividend of 64cps, up 11 cents.\n")
    found = all_checked(nlp, text, dt.date(2018, 2, 7))
    assert _verdict(found, "11 cents") == "supported"


ROUNDED = ("Kalpa index falls 212 points as banks slide\n\nMUMBAI - The Kalpa index fell 211.74 points to close at "
           "40,120.30 on Monday, dragged down by bank shares.\n")


def test_a_headline_change_rounding_the_bodys_is_supported(nlp):
    """"Kalpa index falls 212 points" over "The Kalpa index fell 211.74 points": the same move of the same index on
    the same day, stated to a finer step in the body (it was left unverifiable: a restated change had to be stated
    with the same value)."""
    found = all_checked(nlp, ROUNDED, dt.date(2020, 10, 19))
    assert _verdict(found, "212 points") == "supported"


def test_a_round_change_is_no_restatement_of_one_it_does_not_round_to(nlp):
    """Guard (passes on the start code too): "Varna shares rise 4%" over "rose by 4.5%": 4.5 does not round to 4 at
    its last written digit (the judge's margin let it pass), so the headline is not supported by it."""
    text = ("Varna Bank shares rise 4% on profit\n\nShares of Varna Bank on Tuesday rose by 4.5% after the lender "
            "reported a net profit of Rs 261.9 crore for the quarter.\n")
    found = all_checked(nlp, text, dt.date(2017, 5, 16))
    assert _verdict(found, "4%") != "supported"
