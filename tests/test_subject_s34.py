"""Who a figure is about, session 34: shapes read on real news pages (every sentence here is invented, in the same
shape)."""
from __future__ import annotations

from fixtures_claims import subject_of


def test_a_currency_written_in_letters_is_never_a_subject_nor_the_lead(nlp):
    # the tagger takes the currency before each sum for a name (an organisation, a person, a place); the company the
    # headline and the first sentence name, untagged, is what the figures are about
    text = ("Telvano half-year profit rises on mobile money\n\n"
            "Telvano has posted a 9.4% growth in net earnings in the first half of 2024. The company made a net "
            "profit of Ksh. 41.2 billion between April and September, compared to Ksh. 37.6 billion a year earlier.\n\n"
            "Service revenue grew 11% to Ksh. 160.3 billion.\n\n"
            "Borrowings by the company were Ksh. 64 billion and cash stood at Ksh. 19 billion.\n")
    for figure in ("Ksh. 41.2 billion", "11%", "Ksh. 64 billion"):
        assert subject_of(nlp, text, figure) == "Telvano", figure


def test_a_market_index_named_by_capitals_and_a_count_leads_its_report(nlp):
    # "KSE-100"-like names: letters in capitals joined to the count of shares the index holds, written before "index"
    text = ("NBX-200 closes above 80,000 for the first time\n\n"
            "The benchmark NBX-200 index has closed above 80,000 points for the first time since March 2019.\n\n"
            "After opening at 79,120.40 points, the benchmark NBX-200 index gained 951.30 points on the day.\n\n"
            "The gain of 1.2 percent was the biggest in two months.\n")
    assert "NBX-200" in (subject_of(nlp, text, "1.2 percent") or "")
    assert "NBX-200" in (subject_of(nlp, text, "951.30 points") or "")


def test_a_name_after_a_dash_that_ends_the_headline_is_who_said_it_not_the_lead(nlp):
    # a headline that credits its speaker after a dash; the parser runs the headline into the first sentence, and the
    # country the first sentence names is what the figures are about
    text = ("Fishing earnings grew by Sh8 bln in 2022 - Wanjala\n"
            "Valdoria earned an extra Sh8 billion through fishing in 2022, signalling hope that the sector is "
            "recovering.\n"
            "The Fisheries Ministry reported Monday that total earnings grew to Sh61.4 billion up from Sh53.2 billion "
            "in 2021.\n"
            "Latest statistics released by the ministry show that fish exports increased by 6.2 percent to 212,000 "
            "tonnes.\n")
    assert subject_of(nlp, text, "6.2 percent") == "Valdoria"
    assert subject_of(nlp, text, "Sh61.4 billion") == "Valdoria"


def test_a_national_figure_in_a_local_story_is_the_country_s(nlp):
    # a local story (its headline names a town) quotes the national figures first: "nationally", "the national
    # average" make them the country's, the one the article names; the town's own figures stay the town's
    text = ("Rents rise again in Carrowmore\n\n"
            "Rents nationally over the last year have risen by more than €40 a month on average, according to the "
            "latest report by Portugal's largest lettings website.\n\n"
            "Following a 1.1% increase in the second quarter, the national average rent is now almost €1,650, 7.4% "
            "higher than a year ago.\n\n"
            "In Carrowmore, rents in the second quarter were 6% higher than a year previously. The average rent in "
            "Carrowmore is now €1,020.\n")
    assert subject_of(nlp, text, "more than €40") == "Portugal"
    assert subject_of(nlp, text, "almost €1,650") == "Portugal"
    assert subject_of(nlp, text, "6%") == "Carrowmore"
    assert subject_of(nlp, text, "€1,020") == "Carrowmore"


def test_an_office_someone_is_sworn_in_as_is_no_lead(nlp):
    # "sworn in as Prime Minister": a role after "as", not what a currency report is about; a figure no name offers
    # itself for must not fall back on it
    text = ("Krona falls 12 ore to 10.42 against euro\n\n"
            "The krona settled for the day lower by 12 ore at 10.42 against the euro on Monday, following a stronger "
            "euro in overseas markets and a sluggish trend in domestic equities.\n\n"
            "Dealers said the fall in the krona was limited by easing political uncertainty as Anna Lindqvist was sworn "
            "in as Prime Minister on Sunday for a second term.\n\n"
            "Meanwhile, the overall reserves had dropped $2.1 billion to $61.7 billion in the previous week.\n")
    assert subject_of(nlp, text, "$2.1 billion") != "Prime Minister"


def test_a_daily_update_that_leads_with_no_name_is_the_one_country_it_names(nlp):
    # a health ministry's daily update: its headline's one-word "ICU" is written nowhere else, so it is no lead; no
    # name offers itself for most figures, and the update names one country, whose figures they are
    text = ("5,210 new cases; 288 in hospital; 6 in ICU; 9 deaths\n\n"
            "Today we are reporting 5,210 new community cases, 288 people in hospital, and 9 deaths.\n\n"
            "The seven-day rolling average of community cases today is 5,034 \u2013 last Tuesday, it was 4,870.\n\n"
            "These deaths take the total number of reported deaths with the virus to 2,214. Of the deaths we are "
            "reporting today, three were from the Waikato region and two from Otago.\n\n"
            "Vaccine uptake in New Zealand remains high, with 4,011,208 first doses given.\n")
    assert subject_of(nlp, text, "5,034") == "New Zealand"
    assert subject_of(nlp, text, "2,214") == "New Zealand"


def test_a_public_body_s_figures_in_the_headline_are_a_source_not_the_lead(nlp):
    # "new Home Office crime figures": the body only publishes the figures; "Police" opening the line the parser runs
    # into the headline is a common word (the text writes "police"), so neither leads, and the figures of the
    # sentence that names the county are the county's
    text = ("Northern police dispute new Home Office crime figures\n"
            "Police forces in the North are insisting crime has fallen despite Home Office figures that show a rise. "
            "Home Office figures released this week show a 14% increase in burglary and 9% in robbery in Harlowshire "
            "over the past financial year.\n"
            "Crime detection rates were down by 6% in the county for the same period.\n")
    assert subject_of(nlp, text, "14%") == "Harlowshire"
    assert subject_of(nlp, text, "9%") == "Harlowshire"
    assert subject_of(nlp, text, "6%") not in ("Home Office", "Police")


def test_a_census_written_as_a_name_is_a_source_and_a_national_figure_the_country_s(nlp):
    # "the 2011 Census" is the count that found the figures, never what they are about; "the national population"
    # is the country's, the one the article names
    text = ("Population up 2.1%, census finds\n\n"
            "Census data released Tuesday shows the national population rose 2.1 percent from a decade ago.\n\n"
            "There were 10,467,366 people living in Portugal as of April 1, up from 10,251,900 in the 2011 Census.\n")
    assert subject_of(nlp, text, "2.1 percent") == "Portugal"
    assert subject_of(nlp, text, "10,467,366") == "Portugal"
    assert subject_of(nlp, text, "10,251,900") == "Portugal"


def test_a_place_heading_the_sentence_under_it_writes_again_opens_its_section(nlp):
    # a region-by-region round-up: each heading is a place the tagger left untagged (or took for a common noun); the
    # sentence under it writes it again as a proper noun, so the section's figures are that place's
    text = ("Storm losses: committee issues region-wise figures\n\n"
            "Over 42,100 homes were damaged and 310 people were hurt in storms across the country, the committee's "
            "latest figures show.\n\n"
            "Harlow Vale\n\n"
            "In Harlow Vale, 12 people were hurt and 2,470 homes were damaged by the storms. At least 310 houses were "
            "destroyed, it added.\n\n"
            "Kelbridge\n\n"
            "In Kelbridge 1,128 homes were destroyed, and 214 were partly damaged. Crops on 1,880 acres were lost.\n\n"
            "North Brennard\n\n"
            "Over 5,300 homes were damaged and 41 people were hurt in NB. At least 900 cattle died.\n\n"
            "Tessel\n\n"
            "Tessel lost 6,210 acres of crops and 1,020 cattle. Over 3,300 homes were damaged.\n")
    assert subject_of(nlp, text, "214") == "Kelbridge"
    assert subject_of(nlp, text, "1,880 acres") == "Kelbridge"
    assert subject_of(nlp, text, "Over 3,300") == "Tessel"


def test_a_figure_no_name_offers_itself_for_is_the_country_whose_currency_the_story_writes(nlp):
    # a fuel price notice names no place: its sums are all in rand, a currency of one country
    text = ("Relief for drivers\n\n"
            "The energy department has announced that the price of both grades of petrol will decrease by R1.84 per "
            "litre, while diesel is to drop by between R2.11 and R2.25.\n\n"
            "The new prices, effective from Wednesday, mean that a litre of 95 unleaded petrol will now cost R21.35 at "
            "the coast and R22.05 inland.\n")
    assert subject_of(nlp, text, "R21.35") == "South Africa"
    assert subject_of(nlp, text, "R22.05") == "South Africa"


def test_a_public_body_with_its_short_form_in_brackets_that_announces_a_clause_is_a_source(nlp):
    # the body's name and its bracketed short form run past the length a body's name is read to; it only reports the
    # clause ("has announced that ..."), so it is no subject of its figures, nor the lead
    text = ("Relief for motorists\n\n"
            "The Department of Mineral Resources and Energy (DMRE) has announced that the price of petrol will "
            "decrease by R1.84 per litre.\n\n"
            "The price of Illuminating Paraffin will drop by R1.52.\n")
    assert subject_of(nlp, text, "R1.84 per litre") != "Department of Mineral Resources and Energy"


def test_a_short_form_spelled_out_as_a_measure_with_a_per_phrase_is_no_subject(nlp):
    # "average revenue per user (ARPU)": the measure's head comes before "per", so "ARPU" is a measure, not a name
    text = ("Telvora profit jumps on data growth\n\n"
            "Telvora Networks' net profit for the first quarter jumped 212 per cent year-on-year, on the back of user "
            "additions and higher data use, boosting average revenue per user (ARPU). The country's third largest telco "
            "posted a net profit of Rs 842.3 crore.\n\n"
            "Telvora's ARPU, a key metric for telcos, grew to Rs 171 from 164 in the March quarter.\n\n"
            "ARPU rose 6 per cent on-year.\n")
    assert subject_of(nlp, text, "Rs 171") != "ARPU"
    assert subject_of(nlp, text, "6 per cent") == "Telvora Networks"
