"""Session 42: who a figure is about, in shapes of real wire, market and statistics copy. Made-up names and figures;
each test fails on the code before the change it names.

- an agency that forecasts or estimates a measure with an adjective of place at a figure ("The ICB forecast
  Valdorian wheat exports at 9.5 million tonnes", also when the parse reads the sentence as one noun phrase) is the
  source: the place is the subject, of the old side "up ... from ..." too (claims._forecast_object_place); a plural
  national measure ("Russian wheat exports were ...") whose lemma is singular is one too (claims._demonym_place).
"""
from __future__ import annotations

import datetime as dt

from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2025, 7, 14))


def test_an_agency_forecasting_a_places_measure_is_the_source(nlp):
    text = ("Grain exports to recover\n\n"
            "The Global Cereals Board in its June report forecast Russian wheat production this year at 57 million "
            "tonnes, up 11.5 million tonnes, or 25%, from 45.5 million tonnes last year.\n\n"
            "Russian wheat exports were a record 19.6 million tonnes in 2022-23.\n")
    claims = claims_of(nlp, text)
    for figure in ("57 million tonnes", "11.5 million tonnes", "45.5 million tonnes", "19.6 million tonnes"):
        assert claims[figure].subject == "Russia", figure

