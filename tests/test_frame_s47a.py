"""Session 47 (business audit): the frame of figures in shapes wire results copy writes. A company's suffix written with
a full stop before its ticker in brackets ("Corvel Plc. (CRV.L) reported ...") does not end the sentence, and a
dateline's credit with a hyphen in it ("LONDON (Harlow-Wire) - ") is no subject; the old side of a comparison written
as two figures joined by "or" ("from 105.5 million pounds or 58.6p per share last year") or compared by "compared to"
and a measure's name ("compared to net income of $2.6 million or $0.20 per share last year") is the same period a year
back, and the new side keeps the story's half or quarter. A public budget story's figures whose subject came out as a
person (the minister or president who presents the budget) or as the budget itself ("The Budget also set aside ...") are
the country's. A market report whose first sentence
closes with no day named, written "to close at" or "at the close", is of a trading day. A sum in a currency's plural
name ("5.5 million zlotys", "106.1 million ringgits") is money, not a count of the currency. Made-up text; a test of
each change fails on the code before it."""
from __future__ import annotations

import datetime as dt

from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2021, 7, 30))


def test_a_suffix_with_a_full_stop_before_a_ticker_keeps_the_sentence(nlp):
    text = ("Corvel H1 Pre-tax Profit Rises\n\nCorvel Plc. (CRV.L) reported that its profit before tax for the half year "
            "rose 8.8 percent to 37.6 million pounds.\n")
    found = claims_of(nlp, text)
    assert found["8.8 percent"].subject == "Corvel Plc"


def test_a_hyphened_credit_after_a_dateline_is_no_subject(nlp):
    text = ("Corvel H1 Profit Rises\n\nLONDON (Harlow-Wire) - Corvel Plc (CRV.L) reported that its net income rose "
            "8.8 percent to $37.6 million.\n")
    found = claims_of(nlp, text)
    assert found["8.8 percent"].subject == "Corvel Plc"


def test_figures_joined_by_or_after_from_are_both_the_old_side(nlp):
    text = ("Corvel H1 Profit Before Tax Rises\n\nCorvel reported profit before tax of 169.1 million pounds in the first "
            "half, higher than 130.8 million pounds in the same period a year ago.\n\nProfit after tax for the period "
            "increased to 125.1 million pounds or 70.9p per share from 105.5 million pounds or 58.6p per share last "
            "year.\n")
    found = claims_of(nlp, text)
    assert (found["125.1 million pounds"].period, found["70.9p"].period) == ("H1 2021", "H1 2021")
    assert (found["105.5 million pounds"].period, found["58.6p"].period) == ("H1 2020", "H1 2020")


def test_compared_to_a_measure_of_last_year_is_the_same_quarter_a_year_back(nlp):
    text = ("Corvel Q1 profit rises\n\nCorvel Inc. reported that net income for the first quarter was $6.3 million or "
            "$0.45 per share, compared to net income of $2.6 million or $0.20 per share last year.\n")
    found = claims_of(nlp, text)
    assert (found["$6.3 million"].period, found["$0.45"].period) == ("Q1 2021", "Q1 2021")
    assert (found["$2.6 million"].period, found["$0.20"].period) == ("Q1 2020", "Q1 2020")


BUDGET = ("Okello unveils budget, sticks to deficit goal\n\nFinance Minister Joseph Okello on Thursday unveiled the budget "
          "for the 2025/26 financial year, saying the government would keep spending in check.\n\nThe deficit is "
          "projected at 4.3 per cent of GDP, down from 5.1 per cent.\n\nOkello set aside Sh120 billion for roads and "
          "Sh95 billion for health, against Sh88 billion last year.\n")


def test_a_budget_story_led_by_its_minister_gives_the_country(nlp):
    found = claims_reader(dt.date(2025, 6, 13))(nlp, BUDGET)
    assert {found[t].subject for t in ("4.3 per cent", "5.1 per cent", "Sh120 billion", "Sh95 billion")} == {"Kenya"}


def test_a_budget_story_led_by_a_president_gives_the_country_of_its_money(nlp):
    text = ("Reid outlines spending plans\n\nPresident Ann Reid directed the government to keep the general state budget "
            "in balance at a meeting with Finance Minister Tom Varn on Tuesday.\n\nThe draft budget targets growth of 4% "
            "of GDP and a primary surplus of 3.5%.\n\nA total of LE575 billion will go to salaries and LE636 billion to "
            "subsidies.\n")
    found = claims_reader(dt.date(2024, 3, 27))(nlp, text)
    assert {found[t].subject for t in ("3.5%", "LE575 billion", "LE636 billion")} == {"Egypt"}


def test_a_person_outside_a_budget_story_keeps_the_figures(nlp):
    text = ("Okello wins again\n\nJoseph Okello won the Harlow marathon on Sunday in 2 hours 9 minutes, taking the Sh2 "
            "million prize.\n\nOkello has now won Sh9 million in prize money this year.\n")
    found = claims_reader(dt.date(2025, 6, 13))(nlp, text)
    assert found["Sh9 million"].subject != "Kenya"


def test_a_close_written_to_close_at_dates_a_market_report(nlp):
    text = ("Rupee up 3 paise against dollar\n\nThe rupee gained 3 paise to close at 83.41 against the US dollar on "
            "exporter selling, dealers said.\n\nThe local unit had ended at 83.44 in the previous session.\n")
    found = claims_reader(dt.date(2024, 5, 14))(nlp, text)
    assert found["83.41"].period == "2024-05-13"


def test_a_close_written_at_the_close_dates_a_market_report(nlp):
    text = ("Harlow stocks higher at close of trade\n\nAt the close in Harlow, the Kestrel Composite index added 0.58%, "
            "led by miners.\n\nRising stocks outnumbered declining ones by 1,342 to 732.\n")
    found = claims_reader(dt.date(2024, 5, 14))(nlp, text)
    assert found["0.58%"].period == "2024-05-13"


def test_a_hedge_close_to_is_no_close(nlp):
    text = ("Harlow shares near record\n\nShares of Corvel Foods rose close to 3% on Tuesday, as the Kestrel Composite "
            "index climbed.\n")
    found = claims_reader(dt.date(2024, 5, 14))(nlp, text)
    assert found["close to 3%"].period == "2024-05-14"


def test_plural_currency_names_are_money_and_leave_the_measure(nlp):
    text = ("Corvel profit falls\n\nCorvel SA said its net income for the first quarter came to 5.5 million zlotys, "
            "and revenue rose to 106.1 million ringgits, 2.7 million kuna and 3.1 billion forints.\n")
    found = claims_reader(dt.date(2021, 5, 5))(nlp, text)
    assert [found[t].unit for t in ("5.5 million zlotys", "106.1 million ringgits", "2.7 million kuna",
                                    "3.1 billion forints")] == ["PLN", "MYR", "HRK", "HUF"]
    assert found["5.5 million zlotys"].metric == "net income"


def test_the_budget_itself_as_a_subject_is_the_country(nlp):
    text = ("Union Budget sticks to deficit goal\n\nThe Union Budget puts the fiscal deficit at 4.3 per cent of GDP for "
            "2025-26, the finance minister told parliament.\n\nThe Budget also set aside Rs 1.2 lakh crore for roads and "
            "Rs 95,000 crore for health.\n")
    found = claims_reader(dt.date(2025, 2, 1))(nlp, text)
    assert {found[t].subject for t in ("4.3 per cent", "Rs 1.2 lakh crore", "Rs 95,000 crore")} == {"India"}
