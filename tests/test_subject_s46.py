"""Session 46: who a figure is about, read on shapes real copy writes. A statistics body's name that several
countries' offices share picks the country the text names (rules/frame.json statistics_bodies, "central statistics
office:Ireland|India"; frame.words.statistics_place); "America", "Britain" are given as the names a reader looks up;
a party's move in a poll story is poll support; a name in apposition after a descriptive noun ("Market heavyweight
X", "The benchmark X Index (Kospex)") is the subject and the market mover; a description of a person ("The
26-year-old", "the Ashgrove striker") and "he" after a name the tagger missed are that person; a place before a wire
credit in brackets is a dateline; a sum offered for a company is the target's; who "stated" a figure is a speaker; a
one-word company the tagger reads as a noun, and a name listed with its move in a market report, own their moves.
Made-up text (real places and currencies only); a test of each change fails on the code before it."""
from __future__ import annotations

import datetime as dt

from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2015, 8, 27))

IRISH_RELEASE = ("Jobless rate falls to 8.9pc – CSO\n\nThe unemployment rate has fallen to 8.9pc in the second quarter, "
                 "down from 9.4pc, new figures from the Central Statistics Office show.\n\n"
                 "Unemployment decreased by 21,400 in the year to the second quarter, bringing the total number of "
                 "persons unemployed to 198,300.\n")


def test_a_statistics_office_that_names_no_country_is_its_own_countrys(nlp):
    found = claims_of(nlp, IRISH_RELEASE)
    assert {found[t].subject for t in ("8.9pc", "21,400", "198,300")} == {"Ireland"}


def test_the_same_office_name_in_a_text_that_names_india_is_indias(nlp):
    text = ("GDP growth slows\n\nThe Indian economy grew 6.8 per cent in the quarter, data from the Central "
            "Statistics Office showed on Wednesday.\n\nManufacturing output rose 4.1 per cent, the office said.\n")
    found = claims_of(nlp, text)
    assert found["4.1 per cent"].subject == "India"


def test_a_vietnamese_release_is_vietnams(nlp):
    text = ("Trade surplus widens in August\n\nExports rose 4.2 percent to $31.1 billion in August, the General "
            "Statistics Office said on Tuesday.\n")
    assert claims_of(nlp, text)["$31.1 billion"].subject == "Vietnam"


def test_a_country_written_by_a_short_name_is_given_by_its_name(nlp):
    text = ("Ageing nation\n\nThe median age in America rose to 38.4 years last year.\n\n"
            "Britain's population grew by 0.6 per cent last year.\n")
    found = claims_of(nlp, text)
    assert found["0.6 per cent"].subject == "United Kingdom"


def test_the_same_office_beside_another_office_of_its_country_is_that_countrys(nlp):
    text = ("Retail inflation eases in March\n\nConsumer price inflation stood at 4.28 percent in "
            "March, down from 4.44 percent in February, as per data released by the Central Statistics Office (CSO), "
            "Ministry of Statistics and Programme Implementation.\n")
    assert claims_of(nlp, text, dt.date(2018, 4, 12))["4.28 percent"].subject == "India"


POLL = ("Greens gain ground in new opinion poll\n\nThe Green Party is now level with Labour, according to a new "
        "opinion poll.\n\nThe Harbour Party is down three points to 27pc, while Labour is up one to 21pc.\n")


def test_a_partys_move_in_a_poll_story_is_its_poll_support_not_a_share_price(nlp):
    found = claims_of(nlp, POLL)
    assert found["27pc"].metric == "poll support"
    assert found["21pc"].metric == "poll support"


def test_a_company_in_a_market_story_that_mentions_a_poll_keeps_its_share_price(nlp):
    text = ("Shares rise as poll shows steady growth\n\nStocks rose on Monday after a Reuters poll of economists "
            "pointed to steady growth.\n\nHarbour Foods is up 3.1% to 412 pence.\n")
    assert claims_of(nlp, text)["3.1%"].metric != "poll support"


SEOUL = ("Kestrel shares close lower for third day\n\nKestrel shares closed lower for a third straight session on "
         "Thursday.\n\nThe benchmark Kestrel Composite Stock Price Index (Kospex) lost 15.21 points, or 0.61 percent, to "
         "close at 2,511.40.\n\nForeigners sold a net 412.5 billion won worth of local shares.\n\n"
         "Market heavyweight Harlow Electronics fell 0.8 percent to 58,100 won.\n\n"
         "The Kospex has lost 4 percent this month.\n")


def test_a_name_in_apposition_after_a_descriptive_noun_is_the_subject(nlp):
    found = claims_of(nlp, SEOUL, dt.date(2024, 10, 17))
    assert found["0.8 percent"].subject == "Harlow Electronics"
    assert found["0.8 percent"].metric == "share price"


def test_an_index_named_with_its_short_form_goes_by_it_and_moves_as_an_index(nlp):
    found = claims_of(nlp, SEOUL, dt.date(2024, 10, 17))
    assert found["15.21 points"].subject == "Kospex"
    assert found["0.61 percent"].metric == "index level"


def test_a_stock_price_index_is_no_statistics_index_and_a_loss_is_only_money(nlp):
    found = claims_of(nlp, SEOUL, dt.date(2024, 10, 17))
    assert found["2,511.40"].metric == "index level"
    text = "Insurer reports loss\n\nThe insurer lost $5 million in the quarter."
    assert claims_of(nlp, text)["$5 million"].metric == "loss"


def test_a_description_of_a_player_is_the_player_named_before_it(nlp):
    text = ("Rovers sign Varga\n\nRedmarsh Rovers have signed Tomas Varga from Ashgrove.\n\n"
            "The Ashgrove striker scored 21 goals in 34 games last season.\n\n"
            "The 26-year-old has two years remaining on his contract.\n")
    found = claims_of(nlp, text, dt.date(2025, 7, 14))
    assert found["21"].subject == "Tomas Varga"
    assert found["two years"].subject == "Tomas Varga"


def test_a_currency_with_its_code_in_brackets_keeps_its_own_subject(nlp):
    text = ("Sensex ends higher\n\nThe Sensex rose 1.2% on Monday.\n\nThe Indian rupee (INR) edged 0.06% lower to "
            "Rs. 79.84 versus the US Dollar.\n")
    assert claims_of(nlp, text, dt.date(2022, 9, 5))["0.06%"].subject == "rupee"


def test_he_after_a_full_name_the_tagger_missed_is_that_person(nlp):
    text = ("Harbour City sign guard for $185 million\n\nAlperen Korkmaz is coming off his third season in the Premier "
            "League with Harbour City.\n\nHe finished the year with 9.3 rebounds and 5.0 assists per game.\n")
    found = claims_of(nlp, text, dt.date(2024, 10, 22))
    assert found["9.3"].subject == "Alperen Korkmaz"


def test_a_place_before_a_wire_credit_in_brackets_is_a_dateline(nlp):
    text = ("Vellaine profit rises 12 percent\n\nParis (AFP) - French carmaker Vellaine on Thursday reported a 12 percent "
            "rise in net profit to 3.2 billion euros.\n")
    found = claims_of(nlp, text, dt.date(2025, 7, 31))
    assert found["3.2 billion euros"].subject == "Vellaine"
    text = ("Guard agrees record extension\n\nLos Angeles (United States) (AFP) – Harbour City star Tomas Reyes has agreed to "
            "a four-year, $212 million contract extension.\n")
    assert claims_of(nlp, text, dt.date(2025, 7, 1))["$212 million"].subject == "Tomas Reyes"


def test_a_sum_offered_for_a_company_is_the_targets(nlp):
    text = ("Miner's shares jump on bid\n\nHarbin Rising has offered $2.30 cash per share for mining exploration "
            "company Kestrel Resources.\n")
    assert claims_of(nlp, text, dt.date(2014, 5, 13))["$2.30"].subject == "Kestrel Resources"


def test_who_stated_a_figure_is_a_speaker_not_its_subject(nlp):
    text = ("Valdoria's economy grows 5.2% in second quarter\n\nValdoria's economy grew by 5.2% in the second quarter, "
            "the statistics agency said.\n\nThe agency's deputy head, Ines Harwell, stated that the growth figure is "
            "derived from a gross domestic product at constant prices of Rp3,075.7 trillion for the quarter.\n")
    assert claims_of(nlp, text, dt.date(2023, 8, 7))["Rp3,075.7 trillion"].subject != "Ines Harwell"


def test_a_one_word_company_the_tagger_reads_as_a_noun_moves_its_share_price(nlp):
    text = ("Market wrap: JSE firmer as banks recover\n\nThe JSE all share closed slightly firmer on Friday as shares "
            "of banks recovered.\n\nNaspers gained 1.03% to a record R3,407.75 and Richemont 0.42% to R130.32.\n")
    found = claims_of(nlp, text, dt.date(2017, 10, 27))
    assert (found["1.03%"].subject, found["1.03%"].metric) == ("Naspers", "share price")
    assert found["0.42%"].metric == "share price"


def test_a_name_listed_in_a_market_report_with_its_move_owns_it(nlp):
    text = ("Market wrap: JSE firmer\n\nThe JSE all share closed slightly firmer on Friday as shares of banks "
            "recovered.\n\nMiners took a breather, with Anglo Harlow off 2.17% to R261.79 and Kestrel 1.68% to "
            "R252.67.\n")
    found = claims_of(nlp, text, dt.date(2017, 10, 27))
    assert (found["2.17%"].subject, found["2.17%"].metric) == ("Anglo Harlow", "share price")
    assert (found["R252.67"].subject, found["R252.67"].metric) == ("Kestrel", "share price")


def test_a_national_bodys_reported_figure_with_no_subject_is_its_countrys(nlp):
    text = ("Kestrel shares close lower\n\nKestrel shares closed lower for a third straight session on Thursday.\n\n"
            "The US Department of Commerce reported that the value of retail sales increased 0.4 percent from a month "
            "earlier in September.\n")
    assert claims_of(nlp, text, dt.date(2024, 10, 17))["0.4 percent"].subject == "United States"


def test_a_name_the_tagger_ran_into_the_full_stop_loses_the_stop():
    from claimx.frame.entities import clean_name
    assert clean_name("Jayson Tatum.") == "Jayson Tatum"
    assert clean_name("Orla Foods Corp.") == "Orla Foods Corp."
