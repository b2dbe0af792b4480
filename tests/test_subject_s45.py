"""Session 45: who a figure is about, in shapes of real weather, wire and statistics copy. Made-up names and figures;
each test fails on the code before the change it names.

- a physical measurement with a place written right after it ("27.4 mm in Bramley, Kent" in a rainfall round-up's
  list of lines, "108mm at Tollbridge", "14.2C at Harford") was taken there: it is that place's reading, not the
  region the story leads with, even when no other figure of its sentence names a place the same way
  (claims._place_listed_after).
- a report a company or a pollster publishes under a title of its own ("Harrow House Price Watch compiles monthly
  figures ...", "Kestrel March Political Monitor data shows ...": a capitalised word of `source_nouns` ending a name,
  now with "monitor", "watch" and "barometer") is a source: the article does not lead with it, and its figures are the
  place's or the people's it measures (claims._report_product).
- in a poll story, a pair of shares joined by "to" after a verb of a lead ("Reid leads Varga 48 percent to 46
  percent", "Reid led among women 58 percent to 36 percent", "The Harlow Party leads the Unity Party by 44 per cent
  to 30 per cent") gives the first to the side ahead and the second to the other: the verb's object, else the other
  person or party of the headline (claims._rival_share).
"""
from __future__ import annotations

import datetime as dt

from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2026, 10, 14))


def test_a_measurement_written_with_its_place_is_the_places(nlp):
    text = ("Storm brings heavy rain to Wessex\n\n"
            "A deep area of low pressure brought heavy rain to Wessex over the weekend.\n\n"
            "Forecaster Ann Reid said 121.3mm of rain fell in the hills between Friday and Saturday, and 108mm at "
            "Tollbridge. The highest temperature was 14.2C at Harford.\n\n"
            "Rainfall in the 12 hours to 4pm on Monday\n"
            "33.1 mm in Harwood, Kent\n"
            "27.4 mm in Bramley, Kent\n"
            "24.0 mm in Lymford, Sussex\n")
    claims = claims_of(nlp, text)
    for figure, place in (("108mm", "Tollbridge"), ("14.2C", "Harford"), ("33.1 mm", "Harwood"),
                          ("27.4 mm", "Bramley"), ("24.0 mm", "Lymford")):
        assert claims[figure].subject == place, figure


def test_a_titled_report_is_no_lead(nlp):
    text = ("House prices edge higher\n\n"
            "Harrow House Price Watch compiles monthly figures from all of the main house price indices to give a "
            "clearer picture of price trends.\n\n"
            "The average house price, taken from the four main UK indices, was \u00a3201,300 in March. This is a "
            "\u00a37,100 increase on March last year and represents 3.6% growth year-on-year.\n\n"
            "The figures show that while the UK continues to see growth, the rate of growth is slowing. The three month "
            "rolling average shows an annualised growth rate of 2.1% compared with 3.2% last month.\n")
    claims = claims_of(nlp, text, dt.date(2026, 4, 10))
    for figure in ("\u00a3201,300", "\u00a37,100", "3.6%", "2.1%", "3.2%"):
        assert claims[figure].subject == "United Kingdom", figure



def test_a_polls_pair_of_shares_is_split_between_the_sides(nlp):
    text = ("Reid leads Varga by 6 points in new Kestrel State poll\n\n"
            "A new survey has Ann Reid leading Joel Varga by 6 percentage points.\n\n"
            "The survey finds that Reid leads Varga 48 percent to 42 percent. Reid led among women 58 percent to 36 "
            "percent.\n\n"
            "The Harlow Party leads the Unity Party by 44 per cent to 30 per cent, the poll found.\n")
    claims = claims_of(nlp, text)
    for figure, side in (("48 percent", "Reid"), ("42 percent", "Varga"), ("58 percent", "Reid"),
                         ("36 percent", "Varga"), ("44 per cent", "Harlow Party"), ("30 per cent", "Unity Party")):
        assert claims[figure].subject == side, figure
