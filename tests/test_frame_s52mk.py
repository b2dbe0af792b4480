"""Session 52 (market and commodity reports: trading day, contract, instrument): a delivery or contract month is a
label of the instrument, never the period of its figures ("the West Texas Intermediate contract for July", "WTI futures
for March", "Brent for delivery in February"); a commodity's contract stands for its price, as its futures do; a day
the sentence's main verb names dates the market figures of all its clauses; a benchmark goes by the words the text
gives it ("West Texas Intermediate crude", not "WTI crude"). Made-up text; a test of each change fails on the code
before it, unless its docstring says it is a guard."""
from __future__ import annotations

import datetime as dt

from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2025, 6, 5))


SURVEY = ("Norland producers pump less in May\n\n"
          "Crude oil production by the Norland Producers Group (NPG) declined in May, a monthly survey showed "
          "yesterday. The group pumped 12.4 million barrels per day last month.\n\n"
          "Meanwhile, oil prices dipped yesterday as the West Texas Intermediate contract for July fell $1.40, or 2.1 "
          "per cent, to trade at $66.10 a barrel, while the Brent contract for August declined $1.20, or 1.6 per "
          "cent, to $71.30 a barrel.\n")


def test_a_contract_month_is_no_period_and_the_main_verbs_day_dates_every_clause(nlp):
    found = claims_of(nlp, SURVEY)
    for text in ("$1.40", "2.1 per cent", "$66.10", "$1.20", "1.6 per cent", "$71.30"):
        assert found[text].period == "2025-06-04", text


def test_a_commodity_contract_stands_for_its_price(nlp):
    found = claims_of(nlp, SURVEY)
    assert found["$1.40"].metric == "oil price"
    assert found["$1.20"].metric == "oil price"


def test_a_benchmark_goes_by_the_name_the_text_spells_out(nlp):
    found = claims_of(nlp, SURVEY)
    assert found["$1.40"].subject == "West Texas Intermediate crude"
    assert found["$1.20"].subject == "Brent crude"


def test_the_output_month_stays(nlp):
    """Guard (passes on the code before the change too): the group's output of last month keeps its month."""
    found = claims_of(nlp, SURVEY)
    assert found["12.4 million barrels per day"].period == "2025-05"


FUTURES = ("Oil extends slide on output comments\n\n"
           "World oil prices Tuesday extended their slide after two producers ruled out output cuts.\n\n"
           "US benchmark West Texas Intermediate for delivery in January dropped $1.55 to $58.40 a barrel on the "
           "New York Mercantile Exchange.\n\n"
           "Brent oil for January delivery fell $1.10 to $62.75 a barrel in London.\n")


def test_delivery_in_a_month_is_no_period(nlp):
    found = claims_of(nlp, FUTURES, dt.date(2025, 12, 3))
    for text in ("$1.55", "$58.40", "$1.10", "$62.75"):
        assert found[text].period == "2025-12-02", text


def test_futures_for_a_month_are_no_period(nlp):
    """Guard (passes on the code before the change too): a grain contract's month is not the move's period."""
    found = claims_of(nlp, "Harlow grain futures ease\n\nWheat futures for January rose 2.1% to $5.62 a bushel, "
                           "traders said.\n", dt.date(2025, 12, 3))
    assert found["2.1%"].period != "2025-01"


def test_deliveries_for_a_month_keep_the_month(nlp):
    """Guard (passes on the code before the change too): a company's deliveries counted for a month are of that
    month."""
    found = claims_of(nlp, "Orvane deliveries rise\n\nOrvane Motors said its deliveries for April rose 8% to 41,200 "
                           "cars.\n", dt.date(2025, 5, 3))
    assert found["41,200"].period == "2025-04"


def test_a_benchmark_spelled_out_keeps_its_name_where_its_initials_are_written_more(nlp):
    found = claims_of(nlp, "Producers trim output\n\nThe Norland group said on Monday it would trim output.\n\n"
                           "The price of West Texas Intermediate (WTI) oil climbed 2 percent after the announcement, "
                           "reaching $71 per barrel.\n\nBoth Brent and WTI are still below their spring highs.\n",
                      dt.date(2025, 6, 2))
    assert found["$71 per barrel"].subject == "West Texas Intermediate crude"


ASIA = ("Oil climbs as supply worries grow\n\n"
        "SINGAPORE (Harlow Wire) - Oil prices rose more than 1% on Monday as supply worries returned.\n\n"
        "Brent crude was up 70 cents, or 1.1%, at $66.20 a barrel by 0110 GMT, after falling 2.5% last week.\n")


def test_a_market_weekday_the_day_after_publication_is_that_day(nlp):
    found = claims_of(nlp, ASIA, dt.date(2025, 6, 8))  # a Sunday: the page is dated in a time zone behind Asia's
    for text in ("more than 1%", "70 cents", "1.1%", "$66.20"):
        assert found[text].period == "2025-06-09", text
    assert found["2.5%"].period == "2025-06-06"  # the Friday before that Monday


def test_a_market_weekday_of_the_week_of_publication_stays(nlp):
    """Guard (passes on the code before the change too): a Monday named in a report dated Wednesday is that week's."""
    found = claims_of(nlp, ASIA, dt.date(2025, 6, 11))
    assert found["$66.20"].period == "2025-06-09"


EASE = ("Oil edges lower as producers weigh more supply\n\n"
        "Brent crude futures fell 31 cents, or 0.5%, to $64.10 a barrel\n\n"
        "HarlowWire Published 06 Jun, 2025 08:40am\n\n"
        "Oil prices slipped in early trading on Friday for a second day as investors awaited a producers' meeting.\n\n"
        "The Norland Producers Group, which pumps about a third of the world's oil, is unwinding output cuts of "
        "about 1.2 million barrels per day.\n")


def test_a_sub_headline_of_figures_takes_the_day_the_next_market_sentence_names(nlp):
    found = claims_of(nlp, EASE, dt.date(2025, 6, 6))
    assert found["31 cents"].period == "2025-06-06"
    assert found["$64.10"].period == "2025-06-06"


def test_a_figure_outside_the_market_takes_the_month_of_the_trading_day(nlp):
    found = claims_of(nlp, EASE, dt.date(2025, 6, 6))
    assert found["about a third"].period == "2025-06"
    assert found["about 1.2 million barrels per day"].period == "2025-06"


DEAL = ("Oil settles mixed after producers' record output deal\n\n"
        "Oil prices settled mixed as traders weighed a deal by the main producers on output cuts.\n\n"
        "On Monday, the West Texas Intermediate for June delivery decreased $0.42 to settle at $24.10 a barrel on "
        "the Harlow Mercantile Exchange, while Brent crude for July delivery rose $0.31 to close at $33.20 a barrel "
        "on the Tarn ICE Futures Exchange.\n\n"
        "The Norland Producers Group (NPG) and its allies, a group known as NPG+, agreed on Sunday to reduce output "
        "by 8.4 million barrels per day (bpd) after three days of talks.\n\n"
        "According to a statement by the Norland Producers Group on the deal, from August through the end of 2025, "
        "the cut will ease to 6.1 million bpd.\n")


def test_a_benchmark_and_its_exchange_do_not_lead_a_producers_story(nlp):
    found = claims_of(nlp, DEAL, dt.date(2025, 5, 13))
    assert found["6.1 million bpd"].subject == "Norland Producers Group"


def test_a_short_name_ending_in_a_plus_may_lead(nlp):
    found = claims_of(nlp, "Oil slips after NPG+ agrees to lift supply\n\n"
                           "Oil prices fell on Monday after an agreement within the NPG+ group to lift output.\n\n"
                           "NPG+ agreed new output quotas on Sunday. NPG+ ministers will meet again in June.\n\n"
                           "The group last year cut output by a record 9 million barrels per day.\n",
                      dt.date(2025, 5, 12))
    assert found["9 million barrels per day"].subject == "NPG+"


def test_a_benchmark_named_in_full_moves_its_price_on_the_day(nlp):
    found = claims_of(nlp, DEAL, dt.date(2025, 5, 13))
    assert found["$0.42"].metric == "oil price"
    assert found["$0.42"].period == "2025-05-12"
    assert found["$24.10"].period == "2025-05-12"


MINERS = ("Metals: nickel price\n\n"
          "The nickel price has climbed to a one-year high on supply worries.\n\n"
          "Among the majors, Tarn Mining gained 2.4% in London and Orla Resources rose 1.7%.\n\n"
          "Elsewhere, Brenmoor Metals finished up 0.5%, Castel Gold fell 2.9% in Toronto and Dunmore Minerals was "
          "off 0.8% in morning Australian trade.\n")


def test_a_name_the_parse_joins_to_a_place_is_the_next_verbs_subject(nlp):
    found = claims_of(nlp, MINERS, dt.date(2025, 7, 15))
    assert found["1.7%"].subject == "Orla Resources"
    assert found["0.8%"].subject == "Dunmore Minerals"


def test_a_company_named_after_a_commodity_moves_its_share_price(nlp):
    found = claims_of(nlp, MINERS, dt.date(2025, 7, 15))
    assert found["2.9%"].metric == "share price"



def test_a_commodity_price_is_the_commoditys_beside_a_disasters_place(nlp):
    found = claims_of(nlp, "Metals: zinc price\n\nThe zinc price has climbed to a one-year high, closing up about "
                           "3.1% on the Harlow Metal Exchange yesterday to $2,940 per tonne on supply worries, with "
                           "strike fears in Norland and flooding in Valdoria.\n", dt.date(2025, 7, 15))
    assert found["about 3.1%"].subject == "zinc"
    assert found["$2,940 per tonne"].subject == "zinc"


def test_a_market_move_in_a_story_of_a_days_event_is_of_that_day(nlp):
    found = claims_of(nlp, "Producers to trim output as prices slide\n\n"
                           "The producers' alliance NPG+ announced on Monday it will lower output in July, ending a "
                           "200,000 barrel per day increase.\n\n"
                           "Brent crude was up 2.4 percent after the announcement, at $71 per barrel.\n",
                      dt.date(2025, 6, 3))
    assert found["2.4 percent"].period == "2025-06-02"
    assert found["$71 per barrel"].period == "2025-06-02"


def test_the_price_of_a_benchmark_is_a_market_figure(nlp):
    found = claims_of(nlp, "Producers to trim output as prices slide\n\n"
                           "The producers' alliance NPG+ announced on Monday it will lower output in July.\n\n"
                           "The price for a barrel of West Texas Intermediate oil climbed 2 percent after the "
                           "announcement, reaching $68 per barrel.\n", dt.date(2025, 6, 2))
    assert found["2 percent"].period == "2025-06-02"
    assert found["$68 per barrel"].period == "2025-06-02"


def test_a_weekly_stock_figure_of_last_week_in_a_market_report_is_that_weeks_last_trading_day(nlp):
    found = claims_of(nlp, "Oil slips as stocks build\n\nOil prices fell on Friday for a second day.\n\n"
                           "Brent crude futures fell 20 cents, or 0.3%, to $64.80 a barrel.\n\n"
                           "Meanwhile, Norland crude storage posted a surprise build of 3.1 million barrels last week "
                           "as refineries slowed. Analysts had expected a draw, and an industry group said stocks rose "
                           "by around 900,000 barrels.\n", dt.date(2025, 6, 6))
    assert found["3.1 million barrels"].period == "2025-05-30"
    assert found["around 900,000 barrels"].period == "2025-05-30"
