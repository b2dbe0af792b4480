"""Session 57 (ru): figures found with the right number but read in the wrong unit or scale. Made-up text; a test of
each change fails on the code before it, unless its docstring says it is a guard."""
from __future__ import annotations

import datetime as dt

from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2031, 3, 12))

_MARKET = ("Kelmar shares slip as miners weigh\n\nShares in Valdoria fell on Tuesday as mining stocks weighed on the "
           "market.\n\nThe benchmark Kelmar 40 index fell 0.6 per cent to close at 7,412.6, its lowest level in three "
           "weeks.\n\n")


def test_a_bare_count_of_the_order_of_the_index_level_read_elsewhere_is_a_level(nlp):
    """"It had touched 7,455 led by banks": the index's level the article read elsewhere, in index points, though
    no word around this one says so."""
    found = claims_of(nlp, _MARKET + "Earlier it had touched 7,455 led by banks, and the week before it sat near "
                                     "7,390 as traders waited.\n")
    assert found["7,455"].unit == "index point"
    assert "7,390" in " ".join(found) and next(c for t, c in found.items() if "7,390" in t).unit == "index point"


def test_a_count_of_a_noun_or_far_from_the_level_stays_a_count(nlp):
    """Guard (passes on the code before it too): "7,300 jobs" counts jobs, and a count far from the index's level
    ("1,200 workers") is no level."""
    found = claims_of(nlp, _MARKET + "Orlan Metals said it would cut 7,300 jobs, and 1,200 workers went on strike.\n")
    assert found["7,300"].unit == "count" if "7,300" in found else found["7,300 jobs"].unit == "count"
    assert next(c for t, c in found.items() if "1,200" in t).unit == "count"
