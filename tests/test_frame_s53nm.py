"""Session 53 (names): one per-document table of the names an article introduces, with the short forms it defines for
them in brackets, used for every subject: a subject is written as the full name the article gave it, and in a results
page that stacks a second company's story under its own headline line, that company takes over the figures that
follow. Made-up text; each test fails on the session-start code unless its docstring says it is a guard."""
from __future__ import annotations

import datetime as dt

from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2031, 4, 25))

TWO_RESULTS = ("Harlow Refinery profit soars 7-fold in Q3\n\n"
               "KARLSTAD: Harlow Refinery Limited (HRL) on Thursday reported a surge of 612 percent in its net profit "
               "for the third quarter of this fiscal.\n\n"
               "In a statement to the Valdoria Stock Exchange, the company reported a net profit of Rs4.118 billion for "
               "the quarter ended March 31, up from Rs578.2 million the previous year. HRL skipped any dividend.\n\n"
               "Brenmoor Oil quarterly profit jumps 144pc\n\n"
               "Brenmoor Oil Limited (BOL) reported a rise of 144 percent in its net profit for the quarter ended "
               "March 31, 2031, on higher sales.\n\n"
               "In a statement to the exchange, the company reported a net profit of Rs3.406 billion for the quarter, "
               "from Rs1.395 billion in the same period previous year.\n\n"
               "The company said its revenue for the quarter rose to Rs71.22 billion, compared with Rs40.81 billion a "
               "year earlier.\n")


def test_a_company_introduced_with_its_short_form_is_written_by_its_full_name(nlp):
    found = claims_of(nlp, TWO_RESULTS)
    assert found["612 percent"].subject == "Harlow Refinery Limited"
    assert found["Rs4.118 billion"].subject == "Harlow Refinery Limited"


def test_a_second_companys_story_takes_over_the_figures_that_follow(nlp):
    found = claims_of(nlp, TWO_RESULTS)
    assert found["144 percent"].subject == "Brenmoor Oil Limited"
    for figure in ("Rs3.406 billion", "Rs1.395 billion", "Rs71.22 billion", "Rs40.81 billion"):
        assert found[figure].subject == "Brenmoor Oil Limited", figure


SHORTENED = ("Tarn power profit climbs\n\n"
             "KARLSTAD: Tarn Power Limited on Friday reported a 48 percent rise in its quarterly net profit.\n\n"
             "The company reported a net profit of Rs1.208 billion for the quarter, up from Rs816.1 million.\n\n"
             "Kelvo profit down 38pc\n\n"
             "Kel Valley Power Company Limited (Kelvo) reported a 38 percent fall in its quarterly net profit.\n\n"
             "In a statement to the exchange, the company reported a net profit of Rs2.204 billion for the quarter, "
             "down from Rs3.555 billion the previous year. Kelvo said its sales rose to Rs19.82 billion.\n")


def test_a_short_form_that_is_no_initials_still_stands_for_its_name(nlp):
    found = claims_of(nlp, SHORTENED)
    assert found["Rs1.208 billion"].subject == "Tarn Power Limited"
    for figure in ("38 percent", "Rs2.204 billion", "Rs3.555 billion", "Rs19.82 billion"):
        assert found[figure].subject == "Kel Valley Power Company Limited", figure


WORLD_BODY = ("Cartel output falls\n\n"
              "Output from the Organization of the Petroleum Exporting Countries (OPEC) fell in March. OPEC pumped "
              "28.4 million barrels per day, a survey found. OPEC output was down 310,000 barrels per day from "
              "February.\n")


def test_guard_a_body_known_by_its_initials_keeps_them(nlp):
    """Guard (passes on both): a body known the world over by its initials (`initials_names`) keeps them."""
    found = claims_of(nlp, WORLD_BODY)
    assert found["28.4 million barrels per day"].subject == "OPEC"


claims_on_day = claims_reader(dt.date(2031, 5, 14))

SHARES_ON_EXCHANGES = ("Tarn Bank shares rise 4% on Q4 profit\n\n"
                       "Kelmarsh: Shares of Tarn National Bank (TNB) on Tuesday rose by 4.2% after the company reported a "
                       "net profit of Rs188.4 crore for the three months to March 2031.\n\n"
                       "The stock gained 4.35 % to close at Rs 162.45 on BSE.\n\n"
                       "In terms of volume, 41.2 lakh shares of the company were traded on BSE and over 3 crore shares "
                       "changed hands on NSE during the day.\n")


def test_an_exchange_a_share_closes_on_is_no_subject(nlp):
    found = claims_on_day(nlp, SHARES_ON_EXCHANGES)
    assert found["4.35 %"].subject == "Tarn National Bank"
    assert found["Rs 162.45"].subject == "Tarn National Bank"


def test_a_companys_shares_changing_hands_on_an_exchange_are_its_own(nlp):
    found = claims_on_day(nlp, SHARES_ON_EXCHANGES)
    assert found["over 3 crore"].subject == "Tarn National Bank"


LEAD_WORDS = ("Marlow Chemicals stock zooms nearly 7 pc after Q3 results\n\n"
              "Shares of Marlow Chemicals and Fertilisers Ltd (MCFL) on Tuesday soared nearly 7 per cent after the "
              "company reported a 33 per cent rise in net profit for the quarter ended March 31, 2031. The stock went up "
              "by 6.93 per cent to close at Rs 31.65 on the BSE.\n\n"
              "Total income fell to Rs 682.8 crore in the fourth quarter from Rs 764.92 crore a year earlier.\n")


def test_a_headlines_first_words_of_a_name_the_lead_introduces_stand_for_it(nlp):
    found = claims_on_day(nlp, LEAD_WORDS)
    assert found["Rs 682.8 crore"].subject == "Marlow Chemicals and Fertilisers Ltd"


claims_of_may = claims_reader(dt.date(2031, 5, 22))

CAPITALS_AND_SHORT = ("H&T turnaround plan pays off with bumper profit\n\n"
                      "HARLOW AND TARRANT shares surged to the top of the market yesterday after the company published a "
                      "bumper set of results.\n\n"
                      "Shares in the company jumped 8.1 per cent. H&T posted a 47 per cent jump in profit before tax for "
                      "the full year.\n\n"
                      "Off the back of the figures, Harlow and Tarrant said it would restore its dividend. It proposed a "
                      "final dividend of 3p.\n")


def test_a_name_in_a_headlines_capitals_is_written_as_the_text_writes_it(nlp):
    found = claims_of_may(nlp, CAPITALS_AND_SHORT)
    assert found["8.1 per cent"].subject == "Harlow and Tarrant"


def test_a_short_form_with_an_ampersand_stands_for_the_name_it_shortens(nlp):
    found = claims_of_may(nlp, CAPITALS_AND_SHORT)
    assert found["47 per cent"].subject == "Harlow and Tarrant"


CUT_AT_AND = ("H&T annual profit falls as food margins are squeezed\n\n"
              "Harlow & Tarrant's annual profit fell 4.1% as margins at the retailer's food business were squeezed by "
              "the rising cost of ingredients. Pre-tax profit before exceptional items dropped to £512.4m from £548.9m "
              "in the year to the end of March. Statutory pre-tax profit fell 58% to £61.2m.\n")


def test_a_name_the_tagger_cuts_at_its_and_is_written_whole(nlp):
    found = claims_of_may(nlp, CUT_AT_AND)
    assert found["4.1%"].subject == "Harlow & Tarrant"
    assert found["£512.4m"].subject == "Harlow & Tarrant"
    assert found["58%"].subject == "Harlow & Tarrant"


DESCRIBED = ("H&T annual profit soars 41%\n\n"
             "Retailer Harlow & Tarrant (H&T) reported a 41% rise in annual profit, ahead of market expectations.\n\n"
             "The 120-year old retailer also said on Wednesday it was confident of further progress.\n")


def test_a_description_opening_the_sentence_is_no_part_of_the_name(nlp):
    found = claims_of_may(nlp, DESCRIBED)
    assert found["41%"].subject == "Harlow & Tarrant"


claims_of_nov = claims_reader(dt.date(2031, 11, 14))

INDEX_OF_EXCHANGE = ("Valdorian stocks end losing run as lenders rally\n\n"
                     "Port Vella, Nov 14 (Wirecast) The main gauge of Valdorian equities rose more than a percent on "
                     "Thursday.\n\n"
                     "The Sensex of the Northern Stock Exchange (BSE), after opening at 30,351.39 points, closed at 30,399.42 "
                     "points, up 205.02 points or 0.68 percent from its previous day close at 30,194.40 points.\n\n"
                     "The broader Nifty of the National Stock Exchange (NSE) ended the session 1.11 percent higher at "
                     "9,056.15 points.\n")


def test_an_index_of_an_exchange_is_named_with_the_exchanges_letters(nlp):
    found = claims_of_nov(nlp, INDEX_OF_EXCHANGE)
    assert found["9,056.15 points"].subject == "NSE Nifty"
    assert found["30,399.42 points"].subject == "BSE Sensex"


def test_its_previous_close_is_the_index_not_the_exchange_named_with_it(nlp):
    found = claims_of_nov(nlp, INDEX_OF_EXCHANGE)
    assert found["30,194.40 points"].subject == "BSE Sensex"


GAINERS = ("Valdorian stocks rise\n\n"
           "The main gauge of Valdorian equities rose 0.8 percent on Thursday.\n\n"
           "The biggest gainers were: Harlow Motors, up 5.12 percent at Rs.312.40; Kestrel Steel, up 4.28 percent at "
           "Rs.212.35; Kel and Kel, 3.16 percent at Rs.845.15; and Brenmoor Foods, up 2.07 percent at Rs.1,047.40.\n")


def test_a_name_with_and_opening_an_item_of_a_semicolon_list_owns_its_figures(nlp):
    found = claims_of_nov(nlp, GAINERS)
    assert found["3.16 percent"].subject == "Kel and Kel"
    assert found["Rs.845.15"].subject == "Kel and Kel"


COMMITTEE = ("Valdoria's central bank holds rate at 19%\n\n"
             "PORT VELLA, July 29 (Wirecast) -- The Monetary Policy Committee (MPC) of Valdoria's central bank has kept "
             "its benchmark policy rate at 19 percent, Governor of the Bank of Valdoria, Ann Reid, announced here on "
             "Monday.\n\n"
             "The committee decided to keep the policy rate at 19 percent after cutting it by 250 basis points this "
             "year, Reid said.\n")


def test_a_committee_of_an_organisation_is_that_organisation(nlp):
    found = claims_of_nov(nlp, COMMITTEE, dt.date(2031, 7, 29))
    assert {c.subject for t, c in found.items() if t == "19 percent"} == {"Bank of Valdoria"}
