"""False contradictions met on real pages of many publishers (session 29), and the extraction slips behind two of
them. Sentences are invented for these tests in the shapes real copy uses."""
from __future__ import annotations

import datetime as dt

import pytest

from test_frame_s27 import claims_of
from fixtures_claims import checked_reader


_checked = checked_reader(dt.date(2024, 8, 30), claims_of)


def _spans(nlp, text):
    doc = nlp(text)
    return {(span.text, span._.quantity["unit"]) for span in doc.spans["quantities"]}


@pytest.mark.parametrize("written,code", [("Sh16 billion", "KES"), ("R5 billion", "ZAR"), ("Sh16 million", "KES"),
                                          ("N8 billion", "NGN")])
def test_a_currency_prefix_and_a_short_whole_number_before_a_scale_word_is_money(nlp, written, code):
    assert (written, code) in _spans(nlp, f"The lender earned {written} in the half year.")


@pytest.mark.parametrize("text", ["The R16 tie is set for next week.", "Cars queued on the M25 and the A14."])
def test_a_letter_and_a_number_with_no_scale_word_stays_a_label(nlp, text):
    assert not _spans(nlp, text)


def test_a_multiple_word_joined_by_a_hyphen_to_another_word_is_no_multiple(nlp):
    # basketball's "triple-doubles" and "double-doubles" are counts of games, not multiples
    found = _spans(nlp, "Since joining he has had 22 triple-doubles and 80 double-doubles.")
    assert found == {("22", "count"), ("80", "count")}


def test_a_base_after_another_measures_figure_is_not_the_changes_base(nlp):
    # "compared to Sh14.3 billion" is the base of net interest income's Sh16 billion, not of the loan book's 6%
    text = ("Lender posts higher profit\n\nThe bank grew its loan book by six per cent to Sh214 billion and mobilised "
            "cheap deposits, leading to net interest income of Sh16 billion compared to Sh14.3 billion in June last "
            "year.")
    found = _checked(nlp, text, dt.date(2013, 8, 29))
    assert found["six per cent"].verdict != "contradicted"


def test_a_share_of_a_month_is_not_read_against_the_month_before(nlp):
    # the whole of September's 56.2% share is September's 70.66 lakh, not August's 67.01 lakh it is compared with
    text = ("Air traffic rises in September\n\nAround 70.66 lakh domestic passengers travelled by air in September, "
            "5.44 percent higher than 67.01 lakh who travelled in August.\n\n"
            "Skyline carried 39.69 lakh passengers in September with a 56.2 percent share of the domestic market.")
    found = _checked(nlp, text, dt.date(2021, 10, 18))
    assert found["56.2 percent"].verdict != "contradicted"


def test_a_count_of_countries_is_no_part_of_a_count_of_cases(nlp):
    text = ("Malaria report\n\nAfrica had an estimated 228 million malaria cases in 2020. The report said 29 countries "
            "accounted for 96 percent of malaria cases globally.")
    found = _checked(nlp, text, dt.date(2021, 12, 6))
    assert found["96 percent"].verdict != "contradicted"


def test_levels_joined_to_their_own_change_are_not_the_base_of_another_change(nlp):
    # 5.8% is quarter on quarter; the 0.6% is on the same quarter a year ago: the pair is the 5.8%'s, not the 0.6%'s
    text = ("Resale flat prices edge up\n\nResale volume rose by 5.8 per cent to 6,979 transactions in the first "
            "quarter, from 6,597 transactions in the previous three months. Compared with the same period a year ago, "
            "resale transactions were 0.6 per cent higher.")
    found = _checked(nlp, text, dt.date(2023, 4, 28))
    assert found["5.8 per cent"].verdict == "supported"
    assert found["0.6 per cent"].verdict != "contradicted"


@pytest.mark.parametrize("text,written,unit", [
    ("Crude inventories fell 5.6 million barrels last week, the agency said.", "5.6 million barrels", "barrel"),
    ("The average summer temperature rose 1.3°C over the decade.", "1.3°C", "degree celsius"),
])
def test_a_stated_rise_or_fall_of_a_physical_quantity_is_a_change(nlp, text, written, unit):
    found = claims_of(nlp, "Report\n\n" + text, dt.date(2024, 5, 1))
    assert (found[written].kind, found[written].unit, found[written].direction is not None) == ("change", unit, True)


def test_a_physical_level_without_a_direction_stays_physical(nlp):
    found = claims_of(nlp, "Report\n\nThe pipeline carries 1.2 million barrels a day.", dt.date(2024, 5, 1))
    assert found["1.2 million barrels a day"].kind == "physical"
