"""The phrase tables of tests/phrases_news.py: real-news shapes read by the quantities component."""
from __future__ import annotations

import math

import pytest
from phrases_news import MULTI, NOT_QUANTITIES, TABLES


def quantities(nlp, text):
    doc = nlp(text)
    return [span._.quantity for span in doc.spans["quantities"]]


def close(a, b):
    return (a is None and b is None) or (a is not None and b is not None and math.isclose(a, b, rel_tol=1e-6))


ROWS = [pytest.param(*row, id=f"{name}:{row[0]}") for name, table in TABLES.items() for row in table]


@pytest.mark.parametrize("text,value,unit,qualifier,lower,upper", ROWS)
def test_news_phrase_table(quantities_nlp, text, value, unit, qualifier, lower, upper):
    found = quantities(quantities_nlp, text)
    assert len(found) == 1, f"{text!r}: {[(q['value'], q['unit']) for q in found]}"
    q = found[0]
    assert math.isclose(q["value"], value, rel_tol=1e-6), q
    assert q["unit"] == unit, q
    assert q["qualifier"] == qualifier, q
    assert close(q["lower"], lower) and close(q["upper"], upper), q


@pytest.mark.parametrize("text,expected", MULTI, ids=[m[0] for m in MULTI])
def test_news_every_quantity_once(quantities_nlp, text, expected):
    found = [(q["value"], q["unit"]) for q in quantities(quantities_nlp, text)]
    assert len(found) == len(expected), found
    for (value, unit), (v, u) in zip(expected, found):
        assert u == unit and math.isclose(v, value, rel_tol=1e-6), found


@pytest.mark.parametrize("text", NOT_QUANTITIES)
def test_news_not_quantities(nlp, text):
    """On the full pipeline: the parse may help with names ("Windows 11")."""
    found = [q for q in quantities(nlp, text)]
    assert found == [], [(text[q["start"]:q["end"]], q["value"]) for q in found]


@pytest.mark.parametrize("text,per", [("Farms yield 8 tonnes a hectare.", "hectare"), ("The mill processes 5,000 tpd.", "day"),
                                      ("It costs $48 million per kilometre.", "kilometre")])
def test_news_rate_denominator_rides_along(quantities_nlp, text, per):
    """A rate keeps its numerator's unit; the denominator goes into meta["per"] (and the claim's metric)."""
    (q,) = quantities(quantities_nlp, text)
    assert q["meta"].get("per") == per


@pytest.mark.parametrize("text,unit", [("Farms yield 8 tonnes a hectare.", "tonne per hectare"),
                                       ("Yields slumped to 2.1 t/ha in the east.", "tonne per hectare"),
                                       ("The mill processes 5,000 tpd.", "tonne per day")])
def test_news_rate_unit_is_the_whole_rate(quantities_nlp, text, unit):
    """The unit of a rate names both sides, as quantulum3 names units ("tonne per hectare", not "tonne")."""
    (q,) = quantities(quantities_nlp, text)
    assert q["unit"] == unit
