"""Session 45: who a figure is about, in shapes of real weather, wire and statistics copy. Made-up names and figures;
each test fails on the code before the change it names.

- a physical measurement with a place written right after it ("27.4 mm in Bramley, Kent" in a rainfall round-up's
  list of lines, "108mm at Tollbridge", "14.2C at Harford") was taken there: it is that place's reading, not the
  region the story leads with, even when no other figure of its sentence names a place the same way
  (claims._place_listed_after).
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

