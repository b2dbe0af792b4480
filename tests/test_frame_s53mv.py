"""Session 53 (market day reports: movers, currencies, indices, the trading day): a list of movers under a header of
gainers or losers gives each item's name its own move and the price it stood at, never the header's noun as the
measure nor an item's figures to the name before it. Made-up text; a test of each change fails on the code before it,
unless its docstring says it is a guard."""
from __future__ import annotations

import datetime as dt

from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2031, 3, 4))


MOVERS = ("Kestrel index ends three-day slide as lenders rally\n\n"
          "Harlow, March 4 (Claimx Wire) The benchmark Kestrel 40 index gained 0.8 percent on Tuesday. Bank stocks "
          "led the gains.\n\n"
          "Top Kestrel gainers were: Orlan Motors, up 4.12 percent at Rs.512.30; Brenco Steel, up 3.05 percent at "
          "Rs.210.45; Tarwick and Tarwick, 2.88 percent at Rs.1,120.10; and Quenby Power, up 1.92 percent at Rs.88.60.\n\n"
          "The biggest losers were Corvane Pharma by 2.64 pc to Rs 455.20, Dunmore Cement by 1.77 pc to Rs 301.05, "
          "and Pellam Telecom by 0.95 pc to Rs 67.15.\n")


def test_each_item_of_a_list_of_movers_is_its_names_share_price(nlp):
    found = claims_of(nlp, MOVERS)
    for text, name in (("4.12 percent", "Orlan Motors"), ("Rs.512.30", "Orlan Motors"), ("3.05 percent", "Brenco Steel"),
                       ("Rs.1,120.10", "Tarwick and Tarwick"), ("1.92 percent", "Quenby Power"),
                       ("2.64 pc", "Corvane Pharma"), ("Rs 455.20", "Corvane Pharma"), ("0.95 pc", "Pellam Telecom")):
        assert found[text].metric == "share price", text
        assert found[text].subject == name, text


def test_an_item_with_no_word_of_moving_goes_the_headers_way(nlp):
    found = claims_of(nlp, MOVERS)
    assert found["2.88 percent"].subject == "Tarwick and Tarwick"
    assert found["2.88 percent"].direction == "up"
    assert found["2.88 percent"].period == "2031-03-04"
    assert found["2.64 pc"].direction == "down"
    assert found["Rs 455.20"].direction is None


BRACKETED = ("Kestrel Composite ends higher\n\n"
             "The Kestrel Composite closed up 96.20 points at 12,310.55 on Tuesday.\n\n"
             "Gainers on the exchange are Orlan Motors (4.12%), Brenco Steel (3.05%) and Quenby Power (1.92%).\n")


def test_a_bracketed_list_of_movers_in_an_index_report(nlp):
    found = claims_of(nlp, BRACKETED)
    assert found["3.05%"].subject == "Brenco Steel"
    assert found["3.05%"].metric == "share price"
    assert found["3.05%"].direction == "up"


NO_DAY = ("Bid talk lifts Kestrel 100\n\n"
          "Drugmaker Orlan gave the capital's main index a boost after its shares jumped on news of a bid approach this "
          "morning.\n\n"
          "The Kestrel 100 Index closed up 38.20 points to 6,912.45.\n\n"
          "Brent crude was down 0.6% to 71.20 dollars at the time of the market close.\n\n"
          "Sterling was up 0.3% against the dollar at 1.37 dollars.\n")


def test_a_market_report_naming_no_day_dates_its_index_price_and_rate_moves_by_the_day_written(nlp):
    """Published on Tuesday 2031-03-04: the plain past of the day's trading, as a share's move in it already was. (The
    report names no weekday but says "this morning", as the real page it was made from did; since session 56 a story
    that names no day at all reports the session before publication, tests/test_period_s56pw.py.)"""
    found = claims_of(nlp, NO_DAY)
    for text in ("38.20 points", "6,912.45", "0.6%", "71.20 dollars", "0.3%", "1.37 dollars"):
        assert found[text].period == "2031-03-04", text


CURRENCY = ("Bid talk lifts Kestrel 100\n\n"
            "Drugmaker Orlan gave the capital's main index a boost after its shares jumped on news of a bid approach this "
          "morning.\n\n"
            "On the currency markets, the pound struggled against the dollar after figures showed a cold February had "
            "hit shops.\n\n"
            "Sterling was 0.3% lower versus the greenback at 1.37 dollars, as retail sales fell for the first time since "
            "June 2030 in February, according to a survey.\n\n"
            "Against the euro, the UK currency was 0.1% ahead at 1.16 euros.\n")


def test_a_currency_standing_against_another_is_its_exchange_rate_on_the_day(nlp):
    found = claims_of(nlp, CURRENCY)
    assert found["0.3%"].metric == "exchange rate against the US dollar"
    assert found["1.37 dollars"].metric == "exchange rate against the US dollar"
    assert found["0.1%"].metric == "exchange rate against the euro"
    for text in ("0.3%", "1.37 dollars", "0.1%", "1.16 euros"):
        assert found[text].period == "2031-03-04", text  # (not February, the retail figures' month in the "as" clause)


def test_the_uk_currency_is_the_currency_named_before(nlp):
    found = claims_of(nlp, CURRENCY)
    assert found["0.1%"].subject.lower() == "sterling"
    assert found["1.16 euros"].subject.lower() == "sterling"


SECTORS = ("Kestrel index snaps losing run as lenders rally\n\n"
           "Harlow, March 4 (Claimx Wire) The benchmark Kestrel 40 index gained 0.8 percent on Tuesday. Bank stocks "
           "led the gains.\n\n"
           "The Kestrel lenders index higher by 212.40 points, engineering goods index lost 88.15 points and steel "
           "index was up by 41.30 points.\n\n"
           "The realty index was down 30.25 points, followed by power index, down 12.60 points and the oil and gas "
           "index, up 9.75 points.\n")


def test_each_sector_index_of_a_list_is_its_own_move(nlp):
    found = claims_of(nlp, SECTORS)
    for text, name in (("212.40 points", "Kestrel lenders index"), ("88.15 points", "engineering goods index"),
                       ("41.30 points", "steel index"), ("12.60 points", "power index"),
                       ("9.75 points", "oil and gas index")):
        assert found[text].subject == name, text
        assert found[text].metric == "index level", text  # (not the index's name)


def test_an_index_move_in_points_or_percent_measures_its_level_alike(nlp):
    found = claims_of(nlp, MOVERS + "\nThe Kestrel 40 closed at 12,310.55 points, gaining 96.20 points or 0.79 percent "
                                   "from its previous close.\n")
    assert found["96.20 points"].metric == "index level"
    assert found["0.79 percent"].metric == "index level"  # (not "index level growth")
    assert found["12,310.55 points"].metric == "index level"


def test_a_benchmark_a_scope_word_describes_is_the_benchmarks(nlp):
    found = claims_of(nlp, "Oil steadies after stock build\n\nOil prices settled flat on Tuesday after a build in stocks.\n\n"
                           "Prices have rallied this year, with global benchmark Brent crude topping $91 a barrel this "
                           "week for the first time since November.\n")
    assert found["$91"].subject == "Brent crude"


CLOSE = ("Kestrel index snaps losing run as lenders rally\n\n"
         "Harlow, March 4 (Claimx Wire) The benchmark Kestrel 40 index gained 0.8 percent on Tuesday. Bank stocks led "
         "the gains.\n\n"
         "The 40-scrip Kestrel 40 of the Harlow Stock Exchange (HSE) closed at 12,310.55 points, gaining 96.20 points "
         "or 0.79 percent from its previous day close at 12,214.35 points.\n\n"
         "The wider 60-scrip Quill Composite of the Harlow National Stock Exchange (HNSE) closed 0.6 percent or 24.10 points "
         "higher at 4,052.80 points.\n")


def test_the_previous_day_close_is_the_trading_day_before(nlp):
    found = claims_of(nlp, CLOSE)
    assert found["12,214.35 points"].period == "2031-03-03"
    assert found["12,310.55 points"].period == "2031-03-04"


def test_an_index_of_an_exchange_goes_by_the_index_name(nlp):
    found = claims_of(nlp, CLOSE)
    assert found["4,052.80 points"].subject == "Quill Composite"


def test_a_list_of_risers_with_the_word_of_moving_after_the_figure(nlp):
    found = claims_of(nlp, "Kestrel 100 edges up\n\nShares in lenders led the Kestrel 100 higher today.\n\n"
                           "The biggest Kestrel 100 risers were Orlan up 4.2p to 131p, Brenco ahead 22p at £11.40, "
                           "Tarwick 31p higher at £15.10 and Quenby Hotels Group up 35p to £18.60.\n")
    for text, name in (("£11.40", "Brenco"), ("£15.10", "Tarwick"), ("£18.60", "Quenby Hotels Group")):
        assert found[text].subject == name, text
        assert found[text].metric == "share price", text


def test_a_description_before_a_company_is_no_statistics_index(nlp):
    found = claims_of(nlp, "Copper hits two-year high\n\nCopper prices rose to a two-year high on Monday as mining "
                           "stocks rallied.\n\nAmong the majors, precious metals producer Corvex gained 5.6% in London "
                           "and Tarn Mining rose 3.1%.\n")
    assert found["5.6%"].metric == "share price"
