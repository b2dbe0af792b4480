"""Session 48 (business and public money audit): the frame of figures in shapes results, market and statistics copy
writes. A results story's comparative in parentheses, "pre-tax profit of £174m (2024: £157m)", labels only the old
figure after its colon: the new figures keep the period the story reports, the old one is the same period of the
labelled year. A central bank a story names without a word of a bank ("the Fed", "the U.S. Federal Reserve")
gives a place's measures (its unemployment, its inflation) to its place, as "the Reserve Bank" does, and keeps its own
rate. A paragraph a results story opens with "For the full year" carries the year its quarter closes to the
sentences after it, not the year in progress at publication. "The first half of the year" is that half of the year of publication. A company's
stock code in brackets ("(TYO: 4512)", "(HKE:781)") is no figure. A company named after its country ("Japan Tobacco
Inc. said ...", "China Mobile said ...") is no national body whose figures are the country's. The old side of a forecast the sentence revises ("cut its 2025
growth forecast to 2.1 percent from 2.6 percent") is the same period's earlier forecast, not the year before's figure.
A headline's verb of moving written after a name ("Dow Jumps 300 Points") is no part of the name. Made-up text; a test of each change fails on the code before it."""
from __future__ import annotations

import datetime as dt

from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2025, 8, 20))

INTERIMS = ("Harbrook Homes interim profit up\n\nHarbrook Homes said pre-tax profit for the six months to June rose 11% "
            "to £174m (2024: £157m).\n\nRevenue was £1,041m (2024: £870m) and net cash was £238m (Dec 2024: £14m).\n\n"
            "The interim dividend is 6.5p a share (2024: 6p).\n")


def test_a_comparative_label_in_parentheses_dates_only_its_old_figure(nlp):
    found = claims_of(nlp, INTERIMS)
    assert [found[t].period for t in ("£174m", "£1,041m", "£238m", "6.5p")] == ["H1 2025"] * 4
    assert [found[t].period for t in ("£157m", "£870m", "6p")] == ["H1 2024"] * 3
    assert found["£14m"].period == "2024-12"


FED = ("Fed holds rates as inflation stays high\n\nThe U.S. Federal Reserve voted 9-3 to keep its benchmark rate at "
       "4.25-4.50%, citing inflation that remains elevated.\n\nThe Fed said the unemployment rate in December was 4.6%, "
       "and consumer prices rose 3.1% in the year to December.\n")


def test_a_central_bank_named_without_bank_gives_a_place_measure_to_the_place(nlp):
    found = claims_reader(dt.date(2026, 1, 29))(nlp, FED)
    assert found["4.6%"].subject == "United States"
    assert found["3.1%"].subject == "United States"
    assert found["4.25-4.50%"].subject != "United States"


FULL_YEAR = ("Harlow Corp profit falls in fourth quarter\n\nHarlow Corp said fourth-quarter net profit fell 25 percent to "
             "$9 million.\n\nFor the full year, net profit rose 93 percent to $251 million. Operating profit increased "
             "33 percent to $540 million, while revenue rose 3 percent to $7.8 billion.\n")


def test_the_full_year_a_paragraph_opens_with_dates_the_sentences_after_it(nlp):
    found = claims_reader(dt.date(2026, 2, 17))(nlp, FULL_YEAR)
    assert [found[t].period for t in ("$251 million", "$540 million", "$7.8 billion")] == ["2025"] * 3


HALF = ("Valdoria's growth slows in third quarter\n\nValdoria's economy grew 4.8 percent in the third quarter, the "
        "statistics office said on Monday.\n\nIndustrial output rose 6.4 percent in the first half of the year, and "
        "retail sales grew 5 percent in the first half of the year.\n")


def test_the_first_half_of_the_year_is_that_half_of_the_year_of_publication(nlp):
    found = claims_reader(dt.date(2025, 10, 20))(nlp, HALF)
    assert (found["6.4 percent"].period, found["5 percent"].period) == ("H1 2025", "H1 2025")


def test_a_stock_code_in_brackets_is_no_figure(nlp):
    text = ("Kestrel Pharma (TYO: 4512) said on Friday its net profit rose 12% to 41 billion yen, while Harlow "
            "Shipping (T:9172) gained 3.4% and Corvane (HKE:781) fell 1.2%.\n")
    found = claims_of(nlp, text)
    assert not {"4512", "9172", "781"} & set(found)
    assert {"12%", "41 billion yen", "3.4%", "1.2%"} <= set(found)


COUNTRY_COMPANY = ("Kenya Kestrel Ltd said Thursday its consolidated net profit rose 4.2 percent to 35.6 billion shillings "
                   "in the six months to September.\n\nSales rose 0.3 percent.\n")


def test_a_company_named_after_its_country_is_no_national_body(nlp):
    found = claims_reader(dt.date(2025, 11, 14))(nlp, COUNTRY_COMPANY)
    assert {found[t].subject for t in ("4.2 percent", "35.6 billion shillings")} == {"Kenya Kestrel Ltd"}


FORECAST = ("Valdoria's bank trims growth outlook\n\nThe Valdorian central bank lowered its 2025 growth forecast to 2.1 "
            "percent from 2.6 percent, and raised its inflation forecast for this year to 5.4% from 5%.\n")
GUIDANCE = "Kestrel lifts outlook\n\nKestrel Group raised its full-year revenue forecast to $4.2 billion from $4.0 billion.\n"


def test_the_old_side_of_a_revised_forecast_is_the_same_period(nlp):
    found = claims_reader(dt.date(2025, 4, 22))(nlp, FORECAST)
    assert (found["2.1 percent"].period, found["2.6 percent"].period) == ("2025", "2025")
    assert (found["5.4%"].period, found["5%"].period) == ("2025", "2025")
    found = claims_reader(dt.date(2025, 4, 22))(nlp, GUIDANCE)
    assert found["$4.0 billion"].period == found["$4.2 billion"].period


def test_a_headline_verb_of_moving_is_no_part_of_the_name_before_it(nlp):
    text = "Harlow Index Falls Over 100 Points\n\nStocks fell on Monday in Valdoria.\n"
    found = claims_reader(dt.date(2025, 5, 19))(nlp, text)
    assert found["Over 100 Points"].subject == "Harlow Index"
    text = "Kestrel Rise Posts Profit Of $5 Million\n\nKestrel Rise said on Monday its profit rose.\n"
    found = claims_reader(dt.date(2025, 5, 19))(nlp, text)
    assert found["$5 Million"].subject == "Kestrel Rise"
