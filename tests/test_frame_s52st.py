"""Session 52 (statistics releases and institutions: whose figure, names written short). The subject of a statistic is
the population, place or economy it measures, not the body that publishes, estimates, forecasts or regulates it (a
central bank's forecast of GDP is the economy's; the bank is its source); and a short form (initials, a country's short
name) is given by the full name the article introduced for it, the name a reader searches for. Made-up text; each
test fails on the session-start code unless its docstring says it is a guard."""
from __future__ import annotations

import datetime as dt

from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2031, 11, 24))

BANK_FORECASTS = ("Reserve Bank trims growth outlook despite a faster second quarter\n\n"
                  "In the second quarter, gross domestic product increased 1.9% at a seasonally adjusted annualised "
                  "rate, according to the estimate released by the Valdoria Statistics Bureau. Household consumption "
                  "was revised upwards, from the 1.1% expansion initially reported to 1.4%. Exports expanded 4.1% "
                  "(previously reported: +3.2%) while imports added 2.6%. In the minutes of its October meeting, the "
                  "Reserve Bank of Valdoria unveiled revised projections. Monetary authorities expect the economy to "
                  "expand between 1.5% and 2.2% this year.\n")


def test_a_central_banks_story_gives_the_economys_measures_to_its_country(nlp):
    found = claims_of(nlp, BANK_FORECASTS)
    for figure in ("1.9%", "1.4%", "4.1%", "+3.2%", "between 1.5% and 2.2%"):
        assert found[figure].subject == "Valdoria", figure


BANK_RATE = ("Reserve Bank lifts its rate again\n\n"
             "The Reserve Bank of Valdoria raised its cash rate by 25 basis points to 3.85% on Tuesday. "
             "Officials expect gross domestic product to grow 1.2% next year.\n")


def test_guard_a_central_banks_own_rate_stays_the_banks(nlp):
    """Guard (passes on both): the bank's own rate is the bank's, whatever its story's other figures are."""
    found = claims_of(nlp, BANK_RATE)
    assert found["3.85%"].subject == "Reserve Bank of Valdoria"


INITIALS = ("Holdfast rates\n\n"
            "The Bank of England (BOE) left Bank Rate unchanged at 4.75% on Thursday. The BOE said the vote was 6-3. "
            "The BOE also said three members had voted for 25 basis points. The BOE meets again in March.\n")


def test_a_central_bank_keeps_its_full_name_over_initials_written_more_often(nlp):
    found = claims_of(nlp, INITIALS)
    assert found["4.75%"].subject == "Bank of England"
    assert found["25 basis points"].subject == "Bank of England"


INTRODUCED = ("Bank lifts rates a tenth time\n\n"
              "The Bank of England decided to raise interest rates by a further quarter point on Thursday.\n\n"
              "The BoE's nine rate-setters voted 6-3 for a 25 basis-point increase in Bank Rate to 4.5%.\n")


def test_a_short_form_with_small_letters_is_the_name_the_text_introduced(nlp):
    found = claims_of(nlp, INTRODUCED)
    assert found["4.5%"].subject == "Bank of England"
    assert found["nine"].subject == "Bank of England"


ENGLAND = ("Bank holds rates\n\n"
           "The Bank of England held Bank Rate at 5% on Thursday. Bank officials cut their forecast for inflation this "
           "year from 4.1 per cent to 3.6 per cent.\n")


def test_the_bank_of_englands_forecast_of_inflation_is_the_united_kingdoms(nlp):
    found = claims_of(nlp, ENGLAND)
    assert found["3.6 per cent"].subject == "United Kingdom"


COUNTRIES = ("Ageing islands\n\n"
             "Britain's population grew by 0.7 per cent last year.\n\n"
             "UK inflation fell to 2.6% in October, the Office for National Statistics said.\n")


def test_a_country_written_short_is_given_by_its_full_name(nlp):
    found = claims_of(nlp, COUNTRIES)
    assert found["0.7 per cent"].subject == "United Kingdom"
    assert found["2.6%"].subject == "United Kingdom"


GREAT_BRITAIN = ("Rail factsheet: 2031\n\n"
                 "This factsheet gives the key statistics on rail in Great Britain for the financial year ending March "
                 "2031.\n\n"
                 "• 1,210 million passenger rail journeys were made in FYE March 2031, an increase of 8.2% on the "
                 "previous year.\n")


def test_great_britain_is_no_short_name_of_the_united_kingdom(nlp):
    found = claims_of(nlp, GREAT_BRITAIN)
    assert found["1,210 million"].subject == "Great Britain"
    assert found["8.2%"].subject == "Great Britain"


ASSOCIATION = ("Ferry ridership rises 3.1 percent in second quarter\n\n"
               "Ridership on ferries grew 3.1 percent nationally during the second quarter compared to the same quarter "
               "of 2030, according to a Canadian Public Ferry Association (CPFA) report.\n\n"
               "A total of 41 million trips were taken, 2 million more than last year.\n\n"
               "\"Operators keep improving their services,\" said Ida Holm, CPFA president.\n\n"
               "Ridership for river ferries increased 1.2 percent, and coastal routes grew 4.4 percent.\n")


def test_an_association_that_publishes_national_figures_is_their_source_not_their_subject(nlp):
    found = claims_of(nlp, ASSOCIATION)
    for figure in ("3.1 percent", "41 million", "1.2 percent", "4.4 percent"):
        assert found[figure].subject == "Canada", figure


COUNTING_BODY = ("More than 500 patients on trolleys across the country yesterday\n\n"
                 "There were 512 patients on trolleys in hospitals across the country yesterday, according to the "
                 "Irish Hospital Nurses Organisation.\n\n"
                 "However, the HSV's daily figures show that 48% of patients on trolleys yesterday were waiting over "
                 "nine hours.\n\n"
                 "The HSV counted 430 patients on trolleys, with 205 waiting over nine hours.\n\n"
                 "Harlow General Hospital had 41 patients on trolleys.\n")


def test_a_body_that_counts_a_countrys_patients_is_the_source_of_the_count(nlp):
    found = claims_of(nlp, COUNTING_BODY)
    assert found["430"].subject == "Ireland"
    assert found["205"].subject == "Ireland"
    assert found["48%"].subject == "Ireland"


PARTY = ("Harlow wins the seat\n\n"
         "Labour recorded a clear win claiming 47.2 per cent of votes with the Greens collecting 21.4 per cent.\n\n"
         "Labour's figures show turnout rose.\n")


def test_guard_a_party_that_records_a_win_keeps_its_share(nlp):
    """Guard (passes on both): a verb of counting whose object is no count ("recorded a clear win") makes no counting
    body of its subject."""
    found = claims_of(nlp, PARTY)
    assert found["47.2 per cent"].subject == "Labour"


REVISION = ("Valdoria's economy grew faster than first thought in the second quarter\n\n"
            "In the second quarter, gross domestic product increased 1.6% at an annualised rate, according to the "
            "second estimate of the Valdoria Statistics Bureau. Household spending was revised upwards, from the 0.9% "
            "expansion initially reported to 1.2%. Business investment rose 3.4%, an upward revision from the "
            "previously estimated 2.7 percent.\n")


def test_the_old_side_of_a_revision_is_an_earlier_estimate_of_the_same_quarter(nlp):
    found = claims_of(nlp, REVISION)
    assert found["0.9%"].period == "Q2 2031"
    assert next(c for text, c in found.items() if text.endswith("2.7 percent")).period == "Q2 2031"


NATIONAL_COUNT = ("More than 480 patients on trolleys\n\n"
                  "There were 487 patients on trolleys in hospitals across the country yesterday, according to the "
                  "Irish Hospital Nurses Organisation.\n\n"
                  "Harlow General Hospital had the greatest number of patients on trolleys, at 52. A spokesman for "
                  "Harlow General said it had reported 44 patients on trolleys at 9am.\n\n"
                  "Harlow General said the number had fallen to 30 by 2pm.\n")


def test_a_national_count_is_the_countrys_in_a_story_about_one_of_its_hospitals(nlp):
    found = claims_of(nlp, NATIONAL_COUNT)
    assert found["487"].subject == "Ireland"


BARE_BANK = ("Reserve Bank of Valdoria holds its rate\n\n"
             "The Reserve Bank of Valdoria held its cash rate at 4.1% on Tuesday.\n\n"
             "Inflation in Valdoria remains high at 6.3 per cent, well above the Bank’s 2 per cent target.\n")


def test_a_bare_bank_is_the_bank_the_article_leads_with(nlp):
    found = claims_of(nlp, BARE_BANK)
    assert found["2 per cent"].subject == "Reserve Bank of Valdoria"


GAS_PRICES = ("Oil producers to trim output\n\n"
              "Oil-producing alliance OPEC+ said on Monday it will lower production in October. Saudi Arabia and "
              "Russia lead the group, and Saudi Arabia wants higher prices.\n\n"
              "Fuel prices have fallen to a national average of $3.61, according to the Canadian Motorists Association, "
              "a steep drop from a record $4.90 a gallon in June.\n")


def test_a_national_average_a_national_body_publishes_is_its_countrys(nlp):
    found = claims_of(nlp, GAS_PRICES)
    assert found["$3.61"].subject == "Canada"


COMPANY_COUNT = ("Harlow Telecom adds customers\n\n"
                 "Harlow Telecom said on Tuesday that quarterly profit rose 8%.\n\n"
                 "Harlow Telecom reported 2.1 million subscribers in Valdoria, up from 1.9 million.\n")


def test_guard_a_company_that_reports_its_own_customers_keeps_them(nlp):
    """Guard (passes on both): a company that speaks and reports a count of its own customers is no body counting for
    its country (`_counting_body_place` asks for a national lead or a publishing body's name)."""
    found = claims_of(nlp, COMPANY_COUNT)
    assert found["2.1 million"].subject == "Harlow Telecom"


HEADLINE_INITIALS = ("ECB holds rates at record low\n\n"
                     "FRANKFURT - The European Central Bank left interest rates unchanged on Thursday.\n\n"
                     "The ECB held its main interest rate at 0.5 percent. The ECB meets again in March, and the ECB "
                     "expects to publish new forecasts then.\n")


def test_a_headlines_initials_are_the_name_the_body_introduces(nlp):
    found = claims_of(nlp, HEADLINE_INITIALS)
    assert found["0.5 percent"].subject == "European Central Bank"


EARLIER_FORECAST = ("Valdoria's central bank trims its growth outlook\n\n"
                    "Officials of the Reserve Bank of Valdoria said they expect GDP growth of 1.4% in 2031, down from "
                    "their June projections of 1.9%. The bank kept its cash rate at 3.1%.\n")


def test_an_earlier_forecast_dated_by_the_month_it_was_made_is_a_forecast_of_the_same_year(nlp):
    found = claims_of(nlp, EARLIER_FORECAST)
    assert found["1.9%"].period == "2031"
