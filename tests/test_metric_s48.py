"""Session 48: what a figure measures, on shapes unseen real copy writes. Figures or an estimate "for" a measure
("revised its figures for annual growth in GDP from 4.1% to 4.2%") are of that measure, not "figures"; "the figure
for Harlow" keeps its noun's reading. (A figure written into the estimate, "its 1.8% estimate for second-quarter
growth", is read by another rule and still comes out "estimate".) A clause after a counted noun that holds a second
figure of the same noun ("61 seats followed by the Kestrel Party with 23 seats") is no state of it. Made-up text; a
test of each change fails on the code before it."""
from __future__ import annotations

import datetime as dt

from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2018, 10, 16))


def test_figures_for_a_measure_measure_it(nlp):
    text = ("Growth revised\n\nThe statistics office revised its figures for annual growth in Valdorian GDP in the "
            "first half of 2018 from 4.1% to 4.2%.\n")
    found = claims_of(nlp, text)
    assert all("GDP" in found[t].metric and "figures" not in found[t].metric for t in ("4.1%", "4.2%"))


def test_the_figure_for_a_name_is_no_measure(nlp):
    text = ("Jobless rates\n\nUnemployment in Kelby rose to 5.1% in May. The figure for Harlow was 4.2%.\n")
    found = claims_of(nlp, text)
    assert "Harlow" not in (found["4.2%"].metric or "")


def test_a_second_figure_of_the_same_noun_is_no_state_of_the_first(nlp):
    text = ("Final results\n\nIn Kelby City, the Harlow Party garnered 61 seats followed by the Kestrel Party with 23 "
            "seats.\n")
    found = claims_of(nlp, text)
    assert found["61"].metric == "seats"


def test_a_sum_slashed_from_a_budget_is_a_cut(nlp):
    text = ("Council trims budget\n\nThe council has slashed $412,000 from its budget.\n")
    found = claims_of(nlp, text)
    assert "cut" in found["$412,000"].metric


def test_a_title_case_measure_with_a_noun_head_and_a_phrase_after_it(nlp):
    text = ("Valdoria inflation eases\n\nThe Annual Inflation Rate for food consumed at home for the month of "
            "March 2020 has decreased to 5.9% from 6.6% recorded in February 2020.\n")
    found = claims_of(nlp, text)
    assert "Inflation Rate" in (found["5.9%"].metric or "")


def test_a_time_frame_is_no_measure(nlp):
    text = ("Record rain\n\nKelby Island received 529mm in 24 hours, more than Ingham, which received 419mm in the same "
            "time frame.\n")
    found = claims_of(nlp, text)
    assert "frame" not in (found["419mm"].metric or "")


def test_a_percentage_an_index_stands_at_is_no_market_level(nlp):
    text = ("Inflation slows\n\nThe IPCA is the official inflation gauge. In September, the index closed at 7.17 "
            "percent considering the previous 12 months.\n\nThe Kelby index closed 1.2 percent higher at 5,120 points.\n")
    found = claims_of(nlp, text)
    assert found["7.17 percent"].metric != "index level"
    assert found["5,120 points"].metric == "index level"


def test_a_statistics_offices_index_in_capitals_is_a_measure(nlp):
    text = ("Inflation slows\n\nThe central bank's target is 3.5 percent. The IPCA could not exceed 5 percent this "
            "year, nor fall below 2 percent.\n")
    found = claims_of(nlp, text)
    assert "IPCA" in (found["5 percent"].metric or "")
    assert found["below 2 percent"].metric != "share price"
