"""Session 56 (vp): verdicts read as unverifiable although the article's own figures settle them. A percentage level
whose words do not call it a share ("went 27 of 40 from the field (67.5 per cent)") is read as one all the same, and a
share, change or multiple whose two figures stand in its own sentence is checked against them even when no wording
cue placed them. Either pairing may support the figure, never contradict it. Made-up text; each test fails on the
session-start code unless its docstring says it is a guard."""
from __future__ import annotations

import datetime as dt

from fixtures_claims import all_checked


def _verdict(found, text):
    return next(claim for claim in found if claim.text == text).verdict


COURT = ("Harrowgate hold off Penmore\n\nThe Harrowgate Hawks beat the Penmore Pilots 118-104 on Saturday night. "
         "The Hawks went 27 of 40 from the field (67.5 per cent) and nine of 21 from three-point range.\n")


def test_a_rate_in_brackets_is_supported_by_its_part_and_whole(nlp):
    """"went 27 of 40 from the field (67.5 per cent)": a percentage level the frame does not call a share is a part
    over its whole all the same, 27 / 40 = 67.5% (it was left unverifiable: only a share's words sent it to the share
    check)."""
    found = all_checked(nlp, COURT, dt.date(2021, 3, 7))
    assert _verdict(found, "67.5 per cent") == "supported"


def test_a_wrong_rate_in_brackets_is_not_contradicted(nlp):
    """Guard (passes on the start code too): the same shape with a rate the figures do not bear out (27 / 40 is
    67.5%, not 81.2%) is never contradicted: a figure not called a share is paired with its part and whole only to
    support it."""
    found = all_checked(nlp, COURT.replace("67.5 per cent", "81.2 per cent"), dt.date(2021, 3, 7))
    assert _verdict(found, "81.2 per cent") != "contradicted"


EXAMS = ("Exam results out today\n\nSome 61,240 candidates sat the Tarnish Certificate this year. Some 41,630 "
         "candidates (68 per cent) took the general papers, another 14,210 (23.2 per cent) sat the applied programme.\n")


def test_a_share_in_brackets_after_a_count_is_supported_by_the_total_stated_before(nlp):
    """"Some 41,630 candidates (68 per cent) took the general papers" after "Some 61,240 candidates sat the
    Tarnish Certificate": 41,630 / 61,240 = 68.0% (it was left unverifiable)."""
    found = all_checked(nlp, EXAMS, dt.date(2022, 8, 17))
    assert _verdict(found, "68 per cent") == "supported"


FERRY = ("Ferry traffic climbs\n\nThe Kessel ferry carried 4,120 cars in July and 3,610 cars in June, a rise of 14%, "
         "the operator said.\n")


def test_a_change_is_supported_by_two_levels_of_its_own_sentence_no_cue_placed(nlp):
    """"carried 4,120 cars in July and 3,610 cars in June, a rise of 14%": no "from" or "to" places the two levels,
    but they stand in the change's own sentence and bear it out, 4,120 / 3,610 - 1 = 14.1% (it was left
    unverifiable)."""
    found = all_checked(nlp, FERRY, dt.date(2023, 8, 1))
    assert _verdict(found, "14%") == "supported"


def test_a_change_the_levels_of_its_sentence_do_not_bear_out_is_not_contradicted(nlp):
    """Guard (passes on the start code too): the same sentence with a rise the two levels do not bear out (14.1%, not
    25%) is never contradicted: levels no wording placed may only support."""
    found = all_checked(nlp, FERRY.replace("14%", "25%"), dt.date(2023, 8, 1))
    assert _verdict(found, "25%") != "contradicted"


TICKETS = ("Festival numbers grow\n\nThe Brannock festival sold 2.4 million tickets in 2023 and 2.2 million tickets in "
           "2022, a rise of 9%, organisers said.\n")


def test_a_change_from_two_rounded_levels_of_its_sentence_is_supported_within_their_rounding(nlp):
    """"sold 2.4 million tickets in 2023 and 2.2 million tickets in 2022, a rise of 9%": levels rounded to a tenth of a
    million leave the growth loose (8.6-9.6%), but 2.4 / 2.2 - 1 = 9.1% bears the 9% out within that rounding (it was
    left unverifiable)."""
    found = all_checked(nlp, TICKETS, dt.date(2024, 2, 1))
    assert _verdict(found, "9%") == "supported"


def test_a_change_far_from_two_rounded_levels_is_not_supported(nlp):
    """Guard (passes on the start code too): with a rise of 20%, far outside what the two rounded levels allow, the
    claim is neither supported nor contradicted."""
    found = all_checked(nlp, TICKETS.replace("9%", "20%"), dt.date(2024, 2, 1))
    assert _verdict(found, "20%") == "unverifiable"
