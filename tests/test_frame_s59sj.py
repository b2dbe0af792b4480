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


def test_a_short_form_of_a_term_spelled_out_in_lower_case_is_no_name(nlp):
    """"rising body mass index (BMI)": a term's initials, spelled out in lower case, name no one; the figures of
    "women with a BMI of 25 to 27.4" are not BMI's."""
    text = ("Waist size and risk\n\n"
            "The risk of death rose with rising body mass index (BMI), the Harlow team said. For women with a BMI of "
            "25 to 27.4, the risk of death was 12 percent higher than for women with a normal BMI.\n")
    claims = claims_of(nlp, text)
    assert claims["12 percent"].subject != "BMI"


def test_a_short_form_of_a_name_spelled_out_in_capitals_is_still_a_name(nlp):
    """(guard: passes on the start code too) "the Harlow Freight Company (HFC)": a name's initials stay a name."""
    text = ("Freight volumes\n\n"
            "The Harlow Freight Company (HFC) carried 4.2 million tonnes last year. HFC said revenue rose 8%.\n")
    claims = claims_of(nlp, text)
    assert claims["8%"].subject in ("HFC", "Harlow Freight Company")


def test_a_persons_title_in_apposition_is_no_organisation_the_story_is_about(nlp):
    """"Marta Kole, an Associate Professor at the School of ...": her post, written with capitals, is no organisation
    the figures of her study are about."""
    text = ("Scientists see shifts in health risk factors and death\n\n"
            "A long-term population study shows that while nearly everyone could be healthier, the link between risk "
            "factors and death changes over time.\n\n"
            "Marta Kole, an Associate Professor at the School of Kinesiology and Health Science and lead author of "
            "the study, elaborated on their findings.\n\n"
            "Published in the Harlow Journal, the study used Valdorian survey data from 1990 to 2014 to weigh the "
            "odds of death.\n\n"
            "The team analyzed 19 different risk factors. The analysis revealed that less than 3% of people had none "
            "of them.\n")
    claims = claims_of(nlp, text)
    assert claims["19"].subject != "Associate Professor"
    assert claims["less than 3%"].subject != "Associate Professor"


def test_a_place_whose_average_a_figure_is_set_against_is_no_lead(nlp):
    """"(two per cent more than the average for England and Wales)": the benchmark's place, named twice, is not what a
    county's crime story leads with; the county its first sentence names is (`average_nouns`)."""
    text = ("Crime figures show a drop\n\n"
            "NUMBERS of burglaries in Tarnshire have dropped, with more than 1,000 fewer victims, Home Office figures "
            "have revealed.\n\n"
            "Compared to the previous 12 month period, total crime fell by 10 per cent (two per cent more than the "
            "average for England and Wales) from 65,338 to 58,873 offences.\n\n"
            "The statistics for England and Wales are for the 12 month period to June this year.\n\n"
            "Robbery dropped by 16 per cent, from 847 to 712 offences.\n")
    claims = claims_of(nlp, text, dt.date(2008, 7, 20))
    assert claims["10 per cent"].subject == "Tarnshire"
    assert claims["16 per cent"].subject == "Tarnshire"


def test_a_place_a_figure_is_of_is_still_the_lead(nlp):
    """(guard: passes on the start code too) "the total for Tarnshire": a total is the place's own figure."""
    text = ("Crime figures\n\n"
            "The total for Tarnshire fell to 58,873 offences, Home Office figures show.\n\n"
            "Robbery dropped by 16 per cent, from 847 to 712 offences.\n")
    claims = claims_of(nlp, text, dt.date(2008, 7, 20))
    assert claims["16 per cent"].subject == "Tarnshire"
