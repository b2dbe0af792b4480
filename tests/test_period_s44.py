"""Session 44: when a figure is for, in shapes of real budget, results and market copy. Made-up names and figures;
each test fails on the code before the change it names.

- a government budget story that writes its fiscal years only with both years ("3.2 per cent of GDP in 2026-27")
  labels the years it names without figures ("the current year", "the last financial year", "for this year") the same
  way, 2025-26 and 2024-25, not FY2026 (frame.article._years_only_two_way, ArticleModel.two_year_only, as_written).
- in a company's results, "the three months to the end of September" (dated to the month's last day, as "ended Sept.
  30" is) is the calendar quarter, Q3; "the nine months to (the end of) September", "the nine months ended Sept. 30",
  "the nine months of the year" and "the first three quarters of the year" are the year to date, the year
  (periods.normalise of `months_to` and the `ytd` pattern).
- a market round-up whose opening line names no day nor a close ("A round-up of trading in key commodity markets
  overseas:") reports the day its first sentence with a figure names ("... to finish at $71.40 a barrel on Monday";
  frame.article._figure_day), not a day "from Friday's price" names (a possessive day is a session before; nor is it a
  day a price change takes effect on, _effective_day), nor a contract's delivery month written after a traded good
  and "for" ("Brent crude for July gained 45 cents": rules/lexicon.json month_contract_words goods); "added $1.20"
  moves a price, no speaker's verb that dates a report (_dates_a_report's `moves`).
- a market snapshot whose closes name no day is of the session after the one it names as the previous close ("weaker
  from Wednesday's close of 83.90", published Thursday: Thursday's; frame.article._session_after), and that close is
  Wednesday's (claims._day_close_before); a figure before "from Tuesday's close" is not dated by it
  (frame.period.event_day).
- a disaster's tally given "as of" a day ("where the biggest fires stand as of Sunday morning:", "As of 8 a.m.
  Tuesday, 2,150 homes had been damaged") is of that day, as a daily report's counts are, not of the year
  (frame.article._as_of_day, on the lead and the line after it).
- a span of years a normal is taken over ("214% of the average for the period 1991-2020", "58% of the 1991-2020
  average") is the figure's base, not its period: the figure keeps the month the story reports
  (periods._NORMAL_AFTER, _NORMAL_BEFORE).
- a bond's maturity year ("the benchmark 7.18 per cent government security, maturing in 2033", "the 7.26% 2033 bond")
  is no period of its yield (rules/lexicon.json maturity_year_words).
"""
from __future__ import annotations

import datetime as dt

from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2025, 12, 10))


def test_years_named_without_figures_take_the_two_year_form_the_text_writes(nlp):
    text = ("Finance minister holds to deficit goal\n\n"
            "The finance minister kept the deficit road map, which pegs the fiscal deficit at 3.2 per cent of GDP in "
            "2026-27 and 3 per cent in 2027-28.\n\n"
            "He said the fiscal deficit would be cut to 3.7 per cent of GDP in the current year.\n\n"
            "In the last financial year, the deficit came in at 4.1 per cent of GDP.\n\n"
            "For this year, tax receipts are pegged at Rs 4,12,300 crore.\n")
    claims = claims_of(nlp, text)
    assert claims["3.2 per cent"].period == "2026-27"
    assert claims["3.7 per cent"].period == "2025-26"
    assert claims["4.1 per cent"].period == "2024-25"
    assert claims["Rs 4,12,300 crore"].period == "2025-26"


def test_a_quarter_dated_to_its_month_end_and_nine_months_to_date(nlp):
    text = ("Harlow Shipping quarterly profit falls 40%\n\n"
            "Harlow Shipping said net profit fell 40% to $310m for the three months to the end of September, down from "
            "$517m in the same period last year.\n\n"
            "For the nine months of the year, volumes rose 3.1% to 8.2m teu.\n\n"
            "Revenue fell 12% to $2.4bn in the first three quarters of the year.\n\n"
            "For the nine months to the end of September, profit was down 10% to $1.9bn.\n")
    claims = claims_of(nlp, text, dt.date(2025, 10, 30))
    assert claims["$310m"].period == "Q3 2025"
    assert claims["$517m"].period == "Q3 2024"
    for figure in ("8.2m teu", "$2.4bn", "$1.9bn"):
        assert claims[figure].period == "2025", figure


def test_nine_months_ended_a_quarter_end_are_the_year_to_date(nlp):
    text = ("Carrow Motors profit slips\n\n"
            "Carrow Motors posted a 3% dip in net profit to $200.9 million for the third quarter ended Sept 30.\n\n"
            "For the nine months ended Sept 30, revenue rose 10% to $14 billion.\n")
    claims = claims_of(nlp, text, dt.date(2025, 10, 30))
    assert claims["$14 billion"].period == "2025"


def test_a_round_up_of_commodity_markets_takes_the_day_of_its_first_figure(nlp):
    text = ("Commodities round-up\n\n"
            "A round-up of trading in key commodity markets overseas:\n\n"
            "ENERGY\n\n"
            "Oil prices edged higher as traders waited for a central bank decision this week.\n\n"
            "In New York, benchmark crude for July delivery added $1.20 from Friday's price to finish at $71.40 a barrel "
            "on Monday.\n\n"
            "In London, Brent crude for July gained 45 cents to $75.10 a barrel.\n\n"
            "PRECIOUS METALS\n\n"
            "Gold for August delivery rose $12.30, or 0.8 per cent, to settle at $1,612.40 an ounce.\n")
    claims = claims_of(nlp, text, dt.date(2025, 6, 10))
    for figure in ("$1.20", "$71.40", "45 cents", "$75.10", "$12.30", "0.8 per cent", "$1,612.40"):
        assert claims[figure].period == "2025-06-09", figure


def test_a_market_snapshot_is_of_the_session_after_the_previous_close_it_names(nlp):
    text = ("SNAPSHOT-Varland markets\n\n"
            "The benchmark Varex index closed down 1.8 percent at 21,450.10 points as investors stayed cautious about "
            "policy.\n\n"
            "The currency ended at 84.15 per dollar, weaker from Wednesday's close of 83.90.\n\n"
            "The call money rate ended at 6.55 percent, up from Wednesday's close of 6.40 percent.\n")
    claims = claims_of(nlp, text, dt.date(2025, 6, 12))
    for figure in ("1.8 percent", "21,450.10 points", "84.15", "6.55 percent"):
        assert claims[figure].period == "2025-06-12", figure
    for figure in ("83.90", "6.40 percent"):
        assert claims[figure].period == "2025-06-11", figure


def test_a_disasters_tally_as_of_a_day_is_that_days(nlp):
    text = ("Valdoria wildfires by the numbers\n\n"
            "(PORT ELM) \u2014 Four large wildfires have burned more than 60,000 acres across northern Valdoria this week, "
            "forcing 48,000 people from their homes.\n\n"
            "Here is where the biggest fires stand as of Sunday morning:\n\n"
            "Ridge fire\n\n"
            "- Acres burned: 41,200\n\n"
            "- Containment: 15 percent\n\n"
            "- Structures destroyed: 212\n")
    claims = claims_of(nlp, text, dt.date(2025, 8, 10))
    for figure in ("41,200", "15 percent", "212"):
        assert claims[figure].period == "2025-08-10", figure
    text = ("Harlan flood toll rises\n\n"
            "Floodwaters have forced 12,400 people into 31 evacuation centres across Harlan county, emergency officials "
            "said.\n\n"
            "As of 8 a.m. Tuesday, 2,150 homes had been damaged and 14 people were missing.\n")
    claims = claims_of(nlp, text, dt.date(2025, 8, 12))
    for figure in ("12,400", "2,150", "14"):
        assert claims[figure].period == "2025-08-12", figure


def test_the_span_of_a_normal_is_no_period_of_the_figure(nlp):
    text = ("Wettest July on record\n\n"
            "July was the wettest on record in Carvel, the national weather service said.\n\n"
            "Average rainfall was 182mm, 214% of the average for the period 1991-2020.\n\n"
            "Sunshine totalled 98 hours, a mere 58% of the 1991-2020 average.\n")
    claims = claims_of(nlp, text, dt.date(2025, 7, 31))
    for figure in ("182mm", "214%", "58%"):
        assert claims[figure].period == "2025-07", figure


def test_a_bonds_maturity_year_is_no_period(nlp):
    text = ("Rupee ends lower\n\n"
            "The rupee ended 9 paise weaker at 83.51 against the dollar on Tuesday as importers bought the US "
            "currency.\n\n"
            "The yield on the benchmark 7.18 per cent government security, maturing in 2033, hardened to 7.21 per cent "
            "from 7.19 per cent.\n\n"
            "The benchmark 7.26% 2033 bond yield ended up 2 basis points at 7.21%.\n")
    claims = claims_of(nlp, text, dt.date(2025, 6, 10))
    assert claims["7.21 per cent"].period == "2025-06-10"
    assert claims["7.19 per cent"].period != "2032"
    assert claims["7.26%"].period != "2033"
