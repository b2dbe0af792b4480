"""Session 59 (sj): who a figure is about, in shapes read on real pages the rules were not built on, written here as
made-up text; a test of each change fails on the code before it.

- "the European Union level of 7.5 tonnes", "a Valdoria average of 6.3%": a place or a body written as the modifier
  of the measure a figure is "of" owns the figure, not the source that reports it nor the sentence's subject;
- "Tim Long, an analyst at Corvel, lowered his price target on the stock to $9": an analyst's forecast of "the stock"
  or "the company" is the company's the story is about, not the analyst's;
- "the Central Statistical Office (KSH)": a statistics body several countries share a name for is the country its
  short form in brackets names;
- capitalised non-subjects: a term's short form spelled out in lower case ("body mass index (BMI)"), a person's title
  in apposition ("Marta Kole, an Associate Professor at ...");
- a place whose average a figure is set against ("the average for England and Wales") is no lead;
- "The Home Office statistics list 222 offences in the county": a public body's figures listing a count are its
  source;
- a lead whose subject is global ("Annual global carbon emissions are on track ...") makes a world story;
- "saw the largest decline in Q3 – down 41%": a change noun a verb takes moves nothing of its own;
- "Ghanaian gold production (up 4%)": a country's measure named by its adjective owns the figure in brackets in it;
- "Harlow Devices (ticker: HDV)": a ticker written with the word "ticker" stands for the name before it;
- "Tolland | Up 7.7% | £365,359 |": a table row read as text is its first cell's.
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


def test_a_public_bodys_statistics_that_list_a_count_are_its_source(nlp):
    """"The Home Office statistics list 222 knife offences in the county": the body's figures list the count (a verb of
    `body_report_verbs`); the county is what the count is about, not "Home Office statistics"."""
    text = ("Crime in Tarnshire is down\n\n"
            "Recorded crime in Tarnshire has fallen by 12 per cent in the last year.\n\n"
            "The Home Office statistics list 222 knife offences in the county for 2007/8.\n")
    assert claims_of(nlp, text, dt.date(2008, 7, 20))["222"].subject == "Tarnshire"


def test_a_lead_whose_subject_is_global_makes_a_world_story(nlp):
    """"Annual global carbon emissions are on track to hit an all-time high": the first sentence after the headline
    (past a credit with no verb) measures the world, so its figures with no other subject are the world's."""
    text = ("Carbon emissions reach record, report says\n\n"
            "(Claimx Wire) – Annual global carbon emissions are on track to hit an all-time high this year.\n\n"
            "That is according to the Harlow Carbon Project's annual report released Wednesday.\n\n"
            "Some hoped that emissions had peaked after plateauing between 2014 and 2016.\n\n"
            "Fossil fuel emissions rose by 1.7 percent in 2017, and they are set to rise 2.7 percent this year.\n\n"
            "The rise has been driven by coal, according to the report, which names Tarsania, Eiremar and Valdoria as "
            "the biggest emitters.\n\n"
            "Tarsania is the biggest polluter, producing 27 percent of carbon emissions last year.\n")
    claims = claims_of(nlp, text, dt.date(2018, 12, 6))
    assert claims["1.7 percent"].subject == "world"
    assert claims["2.7 percent"].subject == "world"
    assert claims["27 percent"].subject == "Tarsania"


def test_a_lead_whose_subject_is_a_countrys_measure_is_no_world_story(nlp):
    """(guard: passes on the start code too) "Tarsanian carbon emissions rose": no word of the world."""
    text = ("Carbon emissions rise\n\n"
            "Annual Tarsanian carbon emissions are on track to hit an all-time high this year, a report found.\n\n"
            "Fossil fuel emissions rose by 1.7 percent in 2017.\n")
    assert claims_of(nlp, text, dt.date(2018, 12, 6))["1.7 percent"].subject != "world"


def test_a_change_noun_a_verb_takes_moves_nothing_of_its_own(nlp):
    """"Indonesian output saw the largest y-o-y decline in Q3 – down 41%": "down" hangs on the verb whose object is
    the change itself; what fell is the subject's measure (Indonesia's), not "the largest y-o-y decline"."""
    text = ("Gold output falls\n\n"
            "Indonesian output saw the largest y-o-y decline in Q3 – down 41% on the back of a plunge in output at the "
            "Harlow mine.\n")
    assert claims_of(nlp, text)["41%"].subject == "Indonesia"


def test_a_countrys_measure_named_by_its_adjective_owns_the_figure_in_brackets_after_it(nlp):
    """"Ghanaian gold production (up 4%) gained from ...": the figure sits inside the subject's phrase; the country
    its adjective names owns it, not the country of the clause before."""
    text = ("Gold output falls\n\n"
            "Gold production in Australia rose 7% y-o-y, while Ghanaian gold production (up 4%) benefitted from "
            "scheduled output increases at two mines.\n")
    claims = claims_of(nlp, text)
    assert claims["7%"].subject == "Australia"
    assert claims["4%"].subject == "Ghana"





def test_a_ticker_written_with_the_word_ticker_stands_for_the_name_before_it(nlp):
    """"Harlow Devices (ticker: HDV)": as "(NYSE: HDV)" is, the ticker in brackets stands for the name before it; "the
    chip company" after it is Harlow Devices, not "HDV"."""
    text = ("Harlow Devices stock slips after guidance\n\n"
            "Harlow Devices (ticker: HDV) saw its stock fall on Tuesday after it gave its first-quarter guidance. The "
            "chip company predicts earnings of $1.70 per share on revenue of $2.5 billion.\n")
    claims = claims_of(nlp, text)
    assert claims["$1.70"].subject == "Harlow Devices"
    assert claims["$2.5 billion"].subject == "Harlow Devices"


def test_a_table_row_read_as_text_is_its_first_cells(nlp):
    """"Tolland | Up 7.7% | £365,359 |": a page's table whose cells read as text set off by bars; each row's figures
    are its first cell's, not the country the story leads with."""
    text = ("House prices rise in May\n\n"
            "House prices in Valdoria rose in May by 0.5%, the Harlow Land Office said.\n"
            "The table shows how each region fared during the past year.\n"
            "Region | Annual change | Average House Price |\n"
            "Tolland | Up 7.7% | £365,359 |\n"
            "South Marrow | Up 1.7% | £208,720 |\n"
            "North Kestrel | Down 3.5% | £99,492 |\n")
    claims = claims_of(nlp, text, dt.date(2011, 6, 28))
    assert claims["7.7%"].subject == "Tolland"
    assert claims["£208,720"].subject == "South Marrow"
    assert claims["3.5%"].subject == "North Kestrel"
