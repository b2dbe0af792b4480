"""Session 40, markets and stories naming several companies: plain shapes of market reports, deals and analysts'
notes, in made-up words and names. Every test fails on the code before the change it names.

- a company's short name before "shares" that the tagger calls a place or nationality ("Arden shares rose 31%",
  after "Arden Pharma") is the company's, not a "stock market" (claims component, _names_company);
- a weekday after a figure with a thousands comma between them ("closed down 3% at 1,080p on Tuesday") still dates
  the figure's own clause: the comma of a figure is no clause break (frame/period.py, event_day);
- a currency's move against another dated by a weekday in its clause ("The dollar rose 0.4% against the yen to
  151.20 on Tuesday") is of that day's trading, as a share's is (claims component);
- a share's move in the place where it trades ("rose 2% in London trading", "fell 7% in Frankfurt") is a move of the
  day's trading, as one "in morning trading" is, not the results period the story carries (claims component,
  _trading_place over _trading_venue);
- a place named only as where what a market report moves trades ("Copper rose 2.1% to $9,400 a tonne in London",
  "Cocoa futures jumped 6% ... in New York") is no lead and no lead place, so no later figure falls back on it
  (claims component: _trading_venue reads any traded thing, shares, futures, a commodity, a currency; _traded_in,
  _venues, which the entity table's lead place leaves out); the plainer exchange-traded commodities stand for their
  price as gold and copper do (rules/frame.json subject_metrics: nickel, zinc, sugar, cotton, soybean ...);
- a forecast "on" or "for" a name ("raised its price target on Tallis Motors to $52") is about that name, not the
  broker that makes it (claims component, _object_owner);
- stocks of fish or other living things ("Cod stocks fall 40%", "the fish stocks of the bay") are a population, no
  share price and no market sector (rules/frame.json population_stock_words; FrameWords.population_stock);
- "a deal that values the drugmaker at $3.1 billion": what the verb says the figure measures (its value), not the
  name or description it takes (frame/metric.py, before the noun "at" a figure).
"""
from __future__ import annotations

import datetime as dt

from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2026, 11, 25))  # a Wednesday


def test_a_short_company_name_before_shares_is_the_company_not_a_market(nlp):
    text = ("Brask Pharma agrees takeover\n\nTolven Group has agreed to buy Brask Pharma for £2.1 billion, the "
            "companies said on Tuesday.\n\nBrask shares rose 27% to 388p on Tuesday.\n")
    got = claims_of(nlp, text)["27%"]
    assert got.subject is not None and got.subject.startswith("Brask")
    assert "stock market" not in got.subject


def test_a_figure_with_a_thousands_comma_does_not_hide_the_day_of_the_clause(nlp):
    text = ("Broker cuts Kessel Foods\n\nBrelford Securities lowered its rating on Kessel Foods to hold, citing weaker "
            "volumes.\n\nShares in Kessel Foods closed down 3% at 1,080p on Tuesday.\n")
    assert claims_of(nlp, text)["3%"].period == "2026-11-24"


def test_a_currency_move_dated_by_a_weekday_is_of_that_days_trading(nlp):
    text = "Yen weakens\n\nThe dollar rose 0.4% against the yen to 149.80 on Tuesday.\n"
    got = claims_of(nlp, text)
    assert got["0.4%"].period == "2026-11-24"


def test_a_share_move_in_a_trading_place_is_of_the_days_trading(nlp):
    text = ("Marlow Bank profit rises\n\nMarlow Bank said on Wednesday its third-quarter net profit rose 9% to "
            "$1.4 billion.\n\nShares of the lender rose 2.5% in London trading.\n")
    got = claims_of(nlp, text)
    assert got["2.5%"].period == "2026-11-25"
    assert got["$1.4 billion"].period == "Q3 2026"


def test_a_share_move_in_a_trading_city_is_not_the_carried_fiscal_year(nlp):
    text = ("Tessin Chemicals cuts forecast\n\nTessin Chemicals cut its sales forecast for fiscal 2027 on "
            "Wednesday.\n\nShares in Tessin fell 6% in Frankfurt.\n")
    assert claims_of(nlp, text)["6%"].period == "2026-11-25"


def test_a_place_where_a_commodity_trades_is_not_what_the_story_is_about(nlp):
    text = ("Nickel rallies\n\nNickel rose 2.4% to $17,200 a tonne in London on Tuesday, its highest since "
            "June.\n\nThe metal has gained 9% this year.\n")
    got = claims_of(nlp, text)
    assert got["9%"].subject != "London"
    assert got["2.4%"].metric == "nickel price"


def test_a_place_where_futures_trade_does_not_lead_the_story(nlp):
    text = ("Sugar climbs\n\nRaw sugar futures jumped 5% to 24 cents a pound in New York on Tuesday.\n\n"
            "Prices have risen 30% this year.\n")
    got = claims_of(nlp, text)
    assert got["30%"].subject != "New York"
    assert got["5%"].metric == "sugar price"


def test_a_brokers_price_target_on_a_company_is_about_the_company(nlp):
    text = ("Broker turns bullish on Quorran\n\nHalbeck Securities raised its price target on Quorran Logistics to "
            "$64 from $51 on Tuesday.\n")
    got = claims_of(nlp, text)
    assert got["$64"].subject == "Quorran Logistics"
    assert got["$51"].subject == "Quorran Logistics"



def test_fish_stocks_are_no_share_prices(nlp):
    text = ("Haddock numbers slump\n\nHaddock stocks in the Farrow Deep have fallen 35% since 2016, the Farrow "
            "Marine Institute said on Tuesday.\n\nThe fish stocks of the bay rose 4% last year.\n")
    got = claims_of(nlp, text)
    assert "share" not in (got["35%"].metric or "")
    assert "share" not in (got["4%"].metric or "")
    assert "sector" not in (got["4%"].subject or "")


def test_a_deal_that_values_a_company_at_a_sum_measures_its_value(nlp):
    text = ("Brisco to buy Anvell\n\nBrisco Holdings agreed on Tuesday to buy Anvell Labs in a deal that values the "
            "drugmaker at $2.7 billion.\n")
    assert claims_of(nlp, text)["$2.7 billion"].metric == "market value"
