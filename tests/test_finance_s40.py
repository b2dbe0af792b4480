"""Session 40, bank and insurer results as business papers in Lagos, Nairobi and Mumbai write them: each shape in
made-up words and names. Every test fails on the code before the change it names.

- "kobo" is the naira's hundredth, money like "cents" and "paise" (rules/lexicon.json subunit_currency_words);
- a sum of money the tagger takes for a name ("N96.3 billion" tagged an organisation) is never a subject (claims
  component, `_sum_of_money`);
- a count of units a verb of `verb_metrics` takes as its object measures what the verb says ("sold 87,615 units":
  sales), not the figure before it in the sentence (frame.metric, `_counted_by`);
- a noun and its past participle opening a verb of moving ("Claims paid climbed", "Loans disbursed fell") name the
  measure though the parse makes the participle the verb (frame.metric, `_participle_noun`);
- "For X, the profit rose": the parse hangs the measure on the name as an apposition; the name is whose it is and the
  noun is what rose (frame.metric, `fronted_apposition`);
- a measure keeps its qualifier ("profit after tax", "profit before tax"), which the parse may take for the subject
  (frame.metric, `_qualifier_after`, `_qualified_subject`);
- a period word is no measure of a figure "at" which it closed ("closed the half at N74.9bn");
- a metric opening with the claim's own subject's name loses it ("Kestrel Group net profit rises": net profit).
"""
from __future__ import annotations

import datetime as dt

import pytest

from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2025, 8, 14))


@pytest.mark.parametrize("sentence,figure,value", [
    ("The board proposed an interim dividend of 30 kobo per share.", "30 kobo", 0.30),
    ("Earnings per share stood at 247 kobo.", "247 kobo", 2.47),
])
def test_kobo_is_money(nlp, sentence, figure, value):
    text = f"Harmon Bank results\n\nHarmon Bank said its half-year profit rose 12 per cent to N61 billion. {sentence}\n"
    claim = claims_of(nlp, text)[figure]
    assert claim.kind == "amount" and claim.unit == "NGN" and claim.value == pytest.approx(value)


def test_a_sum_tagged_as_a_name_is_no_subject(nlp):
    text = ("Brackley Insurance posts N14.2bn profit for 2024\n\nBrackley Insurance Plc recorded a profit after tax of "
            "N14.2 billion for the 2024 financial year.\n\nGross premium written rose 42 per cent to N96.3 billion, while "
            "claims paid climbed to N31.8 billion.\n")
    claims = claims_of(nlp, text)
    assert claims["N96.3 billion"].subject.startswith("Brackley Insurance")
    assert claims["42 per cent"].subject.startswith("Brackley Insurance")


@pytest.mark.parametrize("clause,metric", [
    ("while the truck business sold 87,615 units", "sales"),
    ("while the group shipped 12,400 units", "shipments"),
])
def test_units_a_verb_takes_measure_what_the_verb_says(nlp, clause, metric):
    text = ("Corlan Motors sales slip\n\nCorlan Motors said its passenger car sales fell 6 per cent to 138,682 units "
            f"in the quarter, {clause}.\n")
    figure = clause.split()[-2]
    assert claims_of(nlp, text)[figure].metric == metric


@pytest.mark.parametrize("sentence,figure,metric", [
    ("Kestrel Assurance said claims paid climbed to N31.8 billion from N24.6 billion.", "N31.8 billion", "claims paid"),
    ("Loans disbursed fell 8% to $2.1 billion.", "$2.1 billion", "Loans disbursed"),
    ("Taxes collected rose to $4.2 billion.", "$4.2 billion", "Taxes collected"),
])
def test_a_noun_and_its_participle_name_what_moved(nlp, sentence, figure, metric):
    text = f"Kestrel Assurance results\n\nKestrel Assurance reported its results for the first half on Thursday.\n\n{sentence}\n"
    assert claims_of(nlp, text)[figure].metric == metric


@pytest.mark.parametrize("opening", ["For", "At"])
def test_a_fronted_name_owns_the_measure_hung_on_it(nlp, opening):
    text = ("How the lenders fared\n\nMarlow Bank's profit before tax rose by 14.2 per cent to N92.6bn in the first half "
            f"of 2025.\n\n{opening} Zenith Bank, the profit before tax rose by 12 percent to N111.4bn.\n")
    claim = claims_of(nlp, text)["N111.4bn"]
    assert claim.subject == "Zenith Bank"
    assert claim.metric == "profit before tax"


@pytest.mark.parametrize("sentence,figure,metric", [
    ("Profit after tax grew to N74.9bn, while profit before tax stood at N92.1bn.", "N92.1bn", "profit before tax"),
    ("Profit after tax grew to N74.9bn, while profit before tax stood at N92.1bn.", "N74.9bn", "Profit after tax"),
    ("Its profit after tax closed the half at N74.9bn, up 15.3 per cent.", "N74.9bn", "profit after tax"),
    ("Operating profit before exceptional items climbed 9% to $410 million.", "$410 million",
     "profit before exceptional items"),
])
def test_a_measure_keeps_its_qualifier(nlp, sentence, figure, metric):
    text = f"Harlen Bank half-year results\n\nHarlen Bank published its results for the first half on Thursday.\n\n{sentence}\n"
    assert claims_of(nlp, text)[figure].metric.endswith(metric)


def test_a_metric_loses_its_subjects_name(nlp):
    text = ("Kilburn Group net profit rises to Sh26 billion\n\nNAIROBI, May 21 - Kilburn Group posted a net profit of "
            "Sh26.1 billion in the three months to March.\n")
    headline = claims_of(nlp, text)["Sh26 billion"]
    assert headline.subject == "Kilburn Group" and headline.metric == "net profit"


# --- datelines, sources and commodities (second batch) ---

def test_a_common_word_after_a_dateline_is_no_name(nlp):
    text = ("Emergency department visits reach a record\n\nDARWIN - Presentations to the territory's emergency "
            "departments rose 5.1 per cent to 96,300 in 2024-25, the health department's annual report shows.\n")
    claim = claims_of(nlp, text, dt.date(2025, 10, 20))["96,300"]
    assert claim.subject != "Presentations"
    assert claim.metric is not None and claim.metric.startswith("Presentations")


def test_a_place_before_a_colon_is_a_dateline(nlp):
    text = ("Gold price rises by Rs900 per tola\n\nLAHORE: The price of gold rose by Rs900 per tola on Tuesday to "
            "Rs281,400, the city's bullion traders' association said.\n")
    claims = claims_of(nlp, text, dt.date(2025, 5, 13))
    assert claims["Rs281,400"].subject != "LAHORE"


@pytest.mark.parametrize("sentence,figure,subject", [
    ("The price of gold rose by Rs1,200 per tola on Tuesday to Rs283,500, the Karvan Sarafa Gems and Jewellers "
     "Association said.", "Rs283,500", "gold"),
    ("Silver prices remained unchanged at Rs2,950 per tola.", "Rs2,950", "silver"),
])
def test_the_price_of_a_commodity_is_the_commoditys(nlp, sentence, figure, subject):
    text = f"Bullion prices move\n\nBullion dealers reported a busy day in the city's markets.\n\n{sentence}\n"
    assert claims_of(nlp, text, dt.date(2025, 5, 13))[figure].subject == subject


# --- budgets (third batch) ---

def test_a_record_sum_a_verb_spends_is_spending(nlp):
    text = ("Budget puts billions into hospitals\n\nThe Tasmanian Government will spend a record $1.2 billion on "
            "hospital upgrades over the next four years, the Treasurer said on Tuesday.\n")
    assert claims_of(nlp, text, dt.date(2025, 6, 25))["$1.2 billion"].metric.startswith("spending")


def test_a_sector_allocated_money_holds_an_allocation(nlp):
    text = ("Province unveils budget\n\nThe Punjab government on Friday presented a Rs5.4 trillion budget for 2025-26."
            "\n\nThe finance minister said the education sector had been allocated Rs811 billion.\n")
    metric = claims_of(nlp, text, dt.date(2025, 6, 14))["Rs811 billion"].metric
    assert "allocation" in metric and "output" not in metric
