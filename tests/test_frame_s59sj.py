"""Session 59 (sj): who a figure is about, in shapes read on real pages the rules were not built on, written here as
made-up text; a test of each change fails on the code before it.

- "the European Union level of 7.5 tonnes", "a Valdoria average of 6.3%": a place or a body written as the modifier
  of the measure a figure is "of" owns the figure, not the source that reports it nor the sentence's subject;
- "Tim Long, an analyst at Corvel, lowered his price target on the stock to $9": an analyst's forecast of "the stock"
  or "the company" is the company's the story is about, not the analyst's.
"""
from __future__ import annotations

import datetime as dt

from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2026, 5, 4))


def test_a_name_modifying_the_measure_a_figure_is_of_owns_it(nlp):
    text = ("Emissions report\n\n"
            "The Harlow Institute published a report on Tuesday. Tarsanian per-capita emissions stand at 7.2 tonnes, "
            "only slightly less than the European Union level of 7.5 tonnes.\n")
    claims = claims_of(nlp, text)
    assert claims["7.5 tonnes"].subject == "European Union"
    text = ("Jobless rate\n\n"
            "Spain has a jobless rate of 11.2%, against a European Union average of 6.3%, Eurostat said.\n")
    claims = claims_of(nlp, text)
    assert claims["11.2%"].subject == "Spain"
    assert claims["6.3%"].subject == "European Union"


def test_a_measure_with_no_named_modifier_keeps_its_reading(nlp):
    """(guard: passes on the start code too) "the average level of 7.5 tonnes": no name before the measure."""
    text = ("Emissions report\n\n"
            "Tarsanian per-capita emissions stand at 7.2 tonnes, only slightly less than the average level of "
            "7.5 tonnes.\n")
    claims = claims_of(nlp, text)
    assert claims["7.5 tonnes"].subject != "European Union"


def test_an_analysts_price_target_on_the_stock_is_the_companys(nlp):
    text = ("Harlow Tech sales miss\n\n"
            "Shares of Harlow Tech fell 12% on Monday after it cut its sales forecast. Tim Long, an analyst at Corvel "
            "Securities, lowered his price target on the stock to $9 from $17.\n")
    claims = claims_of(nlp, text)
    assert claims["$9"].subject == "Harlow Tech"
    assert claims["$17"].subject == "Harlow Tech"
    text = ("Harlow Tech sales miss\n\n"
            "Shares of Harlow Tech fell 12% on Monday. Tim Long raised his price target on the company to $19.\n")
    assert claims_of(nlp, text)["$19"].subject == "Harlow Tech"


def test_a_price_target_on_a_named_company_keeps_that_name(nlp):
    """(guard: passes on the start code too) the name after "on" is the forecast's, not the topic's."""
    text = ("Harlow Tech sales miss\n\n"
            "Shares of Harlow Tech fell 12% on Monday. Corvel Securities cut its price target on Tarnwell Foods to $9.\n")
    assert claims_of(nlp, text)["$9"].subject == "Tarnwell Foods"


def test_a_shared_statistics_body_name_is_the_country_its_short_form_in_brackets_names(nlp):
    """"the Central Statistical Office (KSH)": several countries' offices go by that name; the short form in brackets
    after it (`statistics_short_forms`) says whose it is, where the text names no country."""
    text = ("Retail sales up 4.2% in March\n\n"
            "In March, the volume of sales in retail shops rose by 4.2% compared with the same month of the previous "
            "year, according to data published on Friday by the Central Statistical Office (KSH).\n")
    assert claims_of(nlp, text)["4.2%"].subject == "Hungary"
    # the body alone keeps the first country its entry lists
    text = text.replace(" (KSH)", "")
    assert claims_of(nlp, text)["4.2%"].subject == "Poland"


def test_a_short_form_outside_brackets_names_no_statistics_body():
    """"KSh 2.7 billion" in a Kenyan story is money, no Hungarian office: a short form counts only in brackets."""
    from claimx.frame.words import load_words

    words = load_words()
    assert words.statistics_place("central statistical office", "It cost KSh 2.7 billion.") == "Poland"
    assert words.statistics_place("central statistical office", "the Central Statistical Office (KSH) said") == "Hungary"
