"""Session 55 (tb: the topic is not a body around the figures): a body that publishes a place's figures or a venue where
contracts trade is never the article's topic for the figures it reports; the topic is the place the body serves or the
instrument the headline names. Made-up text; a test of each change fails on the code before it, unless its docstring
says it is a guard."""
from __future__ import annotations

import datetime as dt

from fixtures_claims import claims_reader

march = claims_reader(dt.date(2031, 3, 11))


LONG_NAMED_AGENCY = ("4.1% of state spending goes to rural clinics: CAPCS\n\n"
                     "The total amount of state spending on rural clinics reached approximately TND 12.6bn in the "
                     "fiscal year FY 2019/2020, the Central Agency for Public Census and Statistics (CAPCS) reported "
                     "on Monday.\n\n"
                     "The figure represents 4.1% of Tunisia\u2019s total state spending, and 38% of the country\u2019s "
                     "total spending on health.\n\n"
                     "According to the CAPCS report, the number of rural clinics has increased by 9.2% during FY "
                     "2019/2020 to reach 3,140 clinics.\n\n"
                     "The CAPCS report further noted that the number of nurses in rural clinics has increased by "
                     "11.5%, to reach 41,800 nurses in FY 2019/2020.\n")


def test_a_statistics_body_whose_name_runs_past_its_head_word_is_a_source(nlp):
    """"the Central Agency for Public Census and Statistics (CAPCS) reported": the name runs on past "Agency", the
    subject's head word; the body is still written as the subject of a reporting verb, a source, and its figures are
    the country's the article names, not the body's that leads it."""
    found = march(nlp, LONG_NAMED_AGENCY)
    for text in ("38%", "9.2%", "3,140", "11.5%", "41,800"):
        assert found[text].subject == "Tunisia", text


VENUE_FUTURES = ("Rapeseed futures end lower on weak demand\n\n"
                 "HARLOW, March 10 -- The rapeseed futures contract on Kestrel Harlow Derivatives fell for a second "
                 "day on weaker demand from crushers, a dealer said.\n\n"
                 "Broker Ann Reid said demand from buyers had slowed, and the support price stood at RM2,150 while "
                 "resistance was at RM2,400.\n\n"
                 "At the close, May 2031 fell RM31 to RM2,288 a tonne and June 2031 slipped RM28 to RM2,270 a tonne.\n\n"
                 "Total volume rose to 31,406 lots from 28,912 lots on Friday, while open interest decreased to "
                 "152,330 contracts from 154,870 contracts.\n\n"
                 "Kestrel Harlow Derivatives will be closed tomorrow for a public holiday.\n")


def test_a_trading_venue_is_never_the_topic_of_the_instrument_the_headline_names(nlp):
    found = march(nlp, VENUE_FUTURES)
    for text in ("RM2,150", "RM2,400", "31,406", "28,912", "152,330", "154,870"):
        assert "Derivatives" not in (found[text].subject or ""), text
        assert found[text].subject == "Rapeseed futures", text


VENUE_COMPANY = ("Kestrel Stock Exchange Group profit rises 12%\n\n"
                 "Kestrel Stock Exchange Group said on Tuesday its annual profit rose 12% to £412 million, as trading "
                 "volumes on its markets grew.\n\n"
                 "Revenue rose 8% to £1.9 billion.\n")


def test_an_exchange_s_own_results_stay_its_own(nlp):
    """Guard (passes on the code before and after): a headline with no traded instrument keeps an exchange group's own
    results its own."""
    found = march(nlp, VENUE_COMPANY)
    assert found["£1.9 billion"].subject == "Kestrel Stock Exchange Group"


BARE_COMMITTEE = ("Bank of Valdoria raises key rate to 3.75%\n\n"
                  "The Bank of Valdoria raised its key rate by a quarter point on Thursday, as expected.\n\n"
                  "Bank officials lowered their growth forecasts from 2.1 percent to 1.6 percent. The Committee stated "
                  "that it would act firmly if price pressures persisted. The key rate was expected to rise by 25 basis "
                  "points to 4 percent at the next meeting.\n\n"
                  "The Monetary Policy Committee, chaired by Governor Ann Reid, also voted to keep bond holdings at "
                  "VLD 310 billion.\n")


def test_a_deciding_part_written_alone_is_the_organisation_the_story_leads_with(nlp):
    found = march(nlp, BARE_COMMITTEE)
    assert found["310 billion"].subject == "Bank of Valdoria"
    assert found["25 basis points"].subject == "Bank of Valdoria"


BARE_MPC = ("Bank of Harlow lifts rate to 2.5%\n\n"
            "The Bank of Harlow raised its key rate by 25 basis points to 2.5% on Thursday. The MPC said it would act "
            "as needed to bring inflation back to its 3% target.\n")


def test_a_deciding_part_written_by_its_short_form_alone_is_the_organisation_too(nlp):
    found = march(nlp, BARE_MPC)
    assert found["3%"].subject == "Bank of Harlow"


VENUE_PLACE = ("Rapeseed futures contracts on Bursa Thailand Derivatives closed lower\n\n"
               "BANGKOK: Rapeseed futures contracts on Bursa Thailand Derivatives closed lower yesterday on "
               "profit-taking.\n\n"
               "Broker Ann Reid said the strong baht had kept Thai rapeseed prices high and buyers could shift from "
               "Thailand to Vietnam.\n\n"
               "May 2031 declined RM31 to RM2,288 a tonne and June 2031 dropped RM28 to RM2,270.\n\n"
               "Open interest dwindled to 152,330 contracts from 154,870.\n")


def test_the_place_a_venue_s_name_holds_is_no_topic_of_a_futures_report(nlp):
    found = march(nlp, VENUE_PLACE)
    for text in ("RM31", "RM2,288", "152,330", "154,870"):
        assert found[text].subject == "Rapeseed futures", text
