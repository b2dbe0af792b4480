"""Number shapes of publishers outside the US and UK (session 29): decimal commas, "of a percentage point", "degC".
Sentences are invented for these tests."""
from __future__ import annotations

import pytest


def _found(nlp, text):
    doc = nlp(text)
    return {span.text: (span._.quantity["value"], span._.quantity["unit"]) for span in doc.spans["quantities"]}


@pytest.mark.parametrize("text,written,value,unit", [
    ("Employment rose to 16,4m people in the quarter.", "16,4m", 16.4e6, "count"),
    ("The jobless rate reached 27,5% in the third quarter.", "27,5%", 27.5, "percent"),
    ("Approximately 3,2 million people gave up looking for work.", "Approximately 3,2 million", 3.2e6, "count"),
    ("Headline inflation was 3,0% in September.", "3,0%", 3.0, "percent"),
    ("The utility posted a loss of R1,5 billion.", "R1,5 billion", 1.5e9, "ZAR"),
    ("The jobless rate rose by 0,8 of a percentage point.", "0,8 of a percentage point", 0.8, "percentage_point"),
])
def test_a_decimal_comma_before_a_percent_or_a_scale_is_a_decimal(nlp, text, written, value, unit):
    found = _found(nlp, text)
    assert written in found
    assert found[written][0] == pytest.approx(value)
    if unit:
        assert found[written][1] == unit


@pytest.mark.parametrize("text,written,value", [("Sales reached 1,250 units.", "1,250", 1250.0),
                                                ("Sales rose 1,250% in a decade.", "1,250%", 1250.0),
                                                ("It raised R1,500 million.", "R1,500 million", 1.5e9)])
def test_a_comma_without_a_percent_or_scale_after_it_is_no_decimal(nlp, text, written, value):
    found = _found(nlp, text)
    assert found[written][0] == value


def test_a_number_of_a_percentage_point_is_one_figure(nlp):
    found = _found(nlp, "The rate rose by 0.8 of a percentage point in the quarter.")
    assert found == {"0.8 of a percentage point": (0.8, "percentage_point")}


def test_a_temperature_written_with_deg(nlp):
    assert _found(nlp, "It was 2.2degC warmer than usual.") == {"2.2degC": (2.2, "degree celsius")}


def test_millions_glued_before_a_verb(nlp):
    assert _found(nlp, "Some 6.2m were unemployed.")["Some 6.2m"] == (6.2e6, "count")


FX = ("Rupee ends lower\n\nThe rupee dipped 20 paise to settle at 83.14 against the US dollar on Monday. The Indian "
      "currency opened weak at 83.04 in interbank trade and touched a low of 83.15. Elsewhere the rand weakened to "
      "18.95 to the dollar.\n\nThe index rose 40 points to 5,210, and 12 stocks were quoted at 52-week highs.")


def test_a_bare_number_quoting_a_currency_is_its_exchange_rate(nlp):
    import datetime as dt

    from test_frame_s27 import claims_of

    found = claims_of(nlp, FX, dt.date(2023, 9, 25))
    # (a rate whose sentence names the currency it is against says so, as session 54 keeps it: "settle at 83.14
    # against the US dollar" -> "exchange rate against the US dollar")
    for written, code, currency, metric in (("83.14", "INR", "rupee", "exchange rate against the US dollar"),
                                            ("83.04", "INR", "rupee", "exchange rate"),
                                            ("83.15", "INR", "rupee", "exchange rate"),
                                            ("18.95", "ZAR", "rand", "exchange rate")):
        claim = found[written]
        assert (claim.unit, claim.kind, claim.subject, claim.metric) == (code, "amount", currency, metric)
    assert found["5,210"].unit != "INR"  # no quote: an index level stays what it was


def test_an_index_close_after_a_sentence_on_a_currency_is_no_exchange_rate(nlp):
    text = ("Markets\n\nThe rand weakened to 18.95 to the dollar. The all share index closed at 78,000 points while "
            "the top 40 index closed at 71,200.")
    found = _found(nlp, text)
    assert found["18.95"] == (18.95, "ZAR")
    assert found["71,200"][1] != "ZAR"


@pytest.mark.parametrize("text,written,unit", [
    ("Tea sold fell by 4.1 per cent to 333.9 million kg this year from 348.15 million in 2010.", "348.15 million",
     "kg"),
    ("Production was 1.6 million tonnes, compared with 1.8 million in May.", "1.8 million", "tonne"),
])
def test_a_bare_base_is_in_the_unit_of_the_figure_it_is_compared_with(nlp, text, written, unit):
    found = _found(nlp, text)
    assert found[written][1].startswith(unit)


def test_a_count_after_a_duration_keeps_its_own_unit(nlp):
    found = _found(nlp, "Two decades of data from 24 separate surveys show it.")
    assert found["24"][1] == "count"


@pytest.mark.parametrize("text,label", [
    ("Revenue for the half-year to June was $20 billion.", "H1 2013"),
    ("Profit in the half year ended June 30, 2013 rose 5 percent.", "H1 2013"),
    ("Profit for the half-year ended 31 December 2012 rose.", "H2 2012"),
    ("The bank earned $7.1 billion in the six months to June 2013.", "H1 2013"),
])
def test_a_half_year_to_a_month_is_the_half_it_ends(text, label):
    import datetime as dt

    from claimx.periods import find_periods

    assert [p.period for p in find_periods(text, published=dt.date(2013, 8, 29))] == [label]
