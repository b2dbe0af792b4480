"""Session 46: when a figure is of, on shapes real copy writes. A market report whose headline and first sentence
name no budget is dated by its trading day (frame.article.build); a conversion in brackets has the frame of the
figure it converts and a period after a converted old side dates only that side (frame.period._restated_owners); a
season played told in the past tense in an off-season or signing story is the season just ended; a month hanging from
"announced" dates no figure; a background phrase opening a sentence ("Following on the growth of last year,") dates no
figure of the main clause. Made-up text; a test of each change fails on the code before it."""
from __future__ import annotations

import datetime as dt

from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2017, 10, 27))  # a Friday

WRAP = ("Market wrap: Kestrel index ends week higher as banks recover\n\n"
        "The Kestrel all share closed slightly firmer on Friday after a day of choppy trade as the rand recovered some "
        "ground against the dollar.\n\n"
        "The rand ended the week 2.1% weaker as the market reacted to the finance minister's medium-term budget "
        "policy statement on Wednesday.\n\n"
        "The all share closed 0.31% higher at 61,204 points and the top 40 added 0.28%.\n")


def test_a_market_report_that_mentions_a_budget_later_is_of_the_trading_day(nlp):
    found = claims_of(nlp, WRAP)
    assert {found[t].period for t in ("0.31%", "61,204 points", "0.28%")} == {"2017-10-27"}


def test_a_budget_story_keeps_its_budget_year(nlp):
    text = ("Finance minister's budget raises spending\n\nThe finance minister's medium-term budget policy statement "
            "raised spending by 4.1% and left the deficit at 4.3% of GDP.\n")
    found = claims_of(nlp, text)
    assert found["4.1%"].period != "2017-10-27"


RESULTS = ("Harbour profit falls in 2011\n\nHarbour Group said yearly profit fell in 2011.\n\n"
           "Profit fell 36 per cent to DKK18.1bn (€2.4bn) from DKK28bn (€3.8bn) last year.\n\n"
           "Revenue grew 7 per cent to DKK322.5bn (€43bn), up from DKK315.4bn (€42bn) in 2010.\n\n"
           "Its shipping unit recorded a loss of US$600m (€446m), compared with a profit of US$2.6bn (€1.9bn) in 2010.\n")


def test_a_conversion_in_brackets_has_the_frame_of_the_figure_it_converts(nlp):
    found = claims_of(nlp, RESULTS, dt.date(2012, 2, 28))
    for figure, conversion in (("DKK28bn", "€3.8bn"), ("US$2.6bn", "€1.9bn"), ("DKK322.5bn", "€43bn")):
        assert (found[conversion].subject, found[conversion].metric, found[conversion].period) \
            == (found[figure].subject, found[figure].metric, found[figure].period)


def test_a_period_after_a_converted_old_side_dates_only_the_old_side(nlp):
    found = claims_of(nlp, RESULTS, dt.date(2012, 2, 28))
    assert found["DKK315.4bn"].period == "2010"
    assert found["€42bn"].period == "2010"
    assert found["DKK322.5bn"].period == "2011"
    assert found["7 per cent"].period == "2011"
    assert found["US$600m"].period == "2011"


def test_a_season_played_in_an_off_season_story_is_the_one_just_ended(nlp):
    text = ("Guard agrees record extension\n\nHarbour City guard Tomas Reyes has agreed to a four-year contract "
            "extension.\n\nReyes averaged a league-high 31.4 points during the regular season and led Harbour City "
            "to the title.\n")
    assert claims_of(nlp, text, dt.date(2025, 7, 8))["31.4"].period == "2024-25"


def test_a_season_to_come_in_an_off_season_story_stays_the_next_one(nlp):
    text = ("Guard agrees record extension\n\nHarbour City open the regular season against Dunmore, and Reyes will "
            "earn $61.2 million in the regular season.\n")
    assert claims_of(nlp, text, dt.date(2025, 7, 8))["$61.2 million"].period != "2024-25"


def test_a_players_past_figures_in_a_signing_story_are_of_the_season_played(nlp):
    text = ("Rovers sign Varga for £38 million\n\nRedmarsh Rovers have signed striker Tomas Varga from Ashgrove on a "
            "five-year contract for £38 million.\n\nVarga finished the year with 21 goals in 34 league games.\n")
    found = claims_of(nlp, text, dt.date(2025, 7, 14))
    assert found["21"].period == "2024-25"
    assert found["£38 million"].period == "2025-26"


def test_a_month_that_dates_an_announcement_dates_no_figure(nlp):
    text = ("Harbour profit falls in 2011\n\nHarbour Group said yearly profit fell in 2011.\n\nProfit fell 36 per cent "
            "to DKK18.1bn (€2.4bn) from DKK28bn (€3.8bn) last year, in line with the outlook announced in November "
            "last year.\n")
    found = claims_of(nlp, text, dt.date(2012, 2, 28))
    assert found["DKK18.1bn"].period == "2011"
    assert found["DKK28bn"].period == "2010"
    assert found["€3.8bn"].period == "2010"


def test_a_period_in_an_opening_background_phrase_dates_no_figure_of_the_main_clause(nlp):
    text = ("Harbour Insure reports solid increase\n\nHarbour Insure on Tuesday reported a 41% rise in headline "
            "earnings for the six months ended June.\n\nFollowing on the growth momentum of last year, Harbour "
            "Insure achieved a 13% increase in gross written premiums to R6,7-billion in the first half of 2007.\n")
    assert claims_of(nlp, text, dt.date(2007, 8, 21))["13%"].period == "H1 2007"
