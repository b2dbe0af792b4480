"""Session 43, the lead's changes to what an article is about. Made-up figures; each test fails on the code before
the change.

- a company the small model tags as a nationality (NORP) after a place's possessive ("Australia's Halstra") is a name
  the tagger misread, what the story leads with, not its country (names._misread_nationality, used by article_lead._lead
  and subject_mentions._home_of_name);
- a two-word company name the tagger calls a person, right after a description owned by a place ("Valdoria's second
  largest telecom operator Kavir Telnet"), is an organisation (subject_mentions._described_organisation) and the
  clause's subject (subject_scope._apposed_subject_name);
- a company set off after its description as a clause's subject ("The region's largest airline, Pelican Continental
  Holdings, said its quarterly revenue climbed") is what "the carrier's loss" in the next sentence means
  (subject_mentions._named_subject);
- a plural noun opening sentences ("Airlines were quick to raise fares") is no name because the text writes it inside
  a longer name ("Harlow Airlines") (names._mid_capital_openers);
- a plural noun of a statistics release's Title Case headline ("International Trade in Goods and Services, New
  Zealand") is no name; the place is;
- a class or a grade of school ("the Class-12 board exams") is no organisation (dictionary.numbered_class).
- a company written after its result with "at" ("Profit at Dallas-based Corvel Air fell") is what the next sentence
  of its paragraph is about (subject_mentions._owner_at), as is one that "said it swung to a profit"
  (article_lead._reports_its_own);
- "unit costs", parsed with "unit" as the subject, is a measure, no business unit (subject_scope._read_subject_phrase);
- a dateline in title case with a date and a credit ("Hanoi, March 12 (VNA):") is neither the subject nor, its
  credit, an owner (frame.subject.is_dateline, subject_scope: the real subject in apposition to the dateline);
- nor is one in title case with a colon below the headline ("New Delhi: The Greens, which won ...") the owner of what
  the parse hangs on it (frame.subject.is_dateline, subject_owners._apposed_name);
- a company introduced by what it makes ("The Zephyr maker Kestrel Devices", "for maker of Zephyr phones") leads, not
  its product (article_lead._product_of_maker), even when the tagger calls it a person (_described_organisation);
- the owner of a source of figures ("the Harlow Transport Regulator's annual statistics") publishes them: no lead
  (article_lead._owns_a_source);
- a figure in a "where" clause on a name ("followed by Harlow General Hospital, where 46 per cent of patients waited")
  is counted there (subject_owners._where_holder).
"""
from __future__ import annotations

import datetime as dt

from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2024, 10, 29))


def test_a_company_tagged_as_a_nationality_leads_not_its_country(nlp):
    text = ("Halstra lifts half-year profit 14.2%\n\nAustralia's Halstra increased its net profit for the half-year "
            "ending in December by 14.2% to A$1.4 billion, as the operator grew its mobile business.\n\n"
            "Total income grew 2.3% to A$11 billion, with mobile revenue up 8.1% to A$4.2 billion.\n")
    assert any(e.text == "Halstra" and e.label_ == "NORP" for e in nlp(text).ents)  # the tagger's misreading
    claims = claims_of(nlp, text, dt.date(2024, 2, 14))
    assert claims["2.3%"].subject == "Halstra"
    assert claims["A$11 billion"].subject == "Halstra"
    assert claims["A$4.2 billion"].subject == "Halstra"


def test_a_two_word_company_after_a_place_owned_description(nlp):
    text = ("Kavir Telnet Posts 64 Percent Jump in Q2 Net Profit\n\nValdoria's second largest telecom operator Kavir "
            "Telnet on Monday posted a 64 percent rise in consolidated net profit for the second quarter ended "
            "September 2024 to 1,245 million dinars.\n\nThe total revenue rose 18 percent to 9,310 million dinars "
            "during the quarter, according to a statement.\n")
    claims = claims_of(nlp, text)
    assert claims["64 percent"].subject == "Kavir Telnet"
    assert claims["18 percent"].subject == "Kavir Telnet"


def test_a_company_set_off_after_its_description_is_carried(nlp):
    text = ("Carrier results mixed\n\nThe region's largest airline, Pelican Continental Holdings, said its quarterly "
            "revenue climbed 9 percent to $6.1 billion. Yet the carrier's loss widened to $184 million, or 52 cents "
            "a share.\n")
    claims = claims_of(nlp, text)
    assert claims["$184 million"].subject == "Pelican Continental Holdings"
    assert claims["52 cents"].subject == "Pelican Continental Holdings"


def test_a_plural_noun_written_inside_a_longer_name_is_no_lead(nlp):
    text = ("Airline profits have ups and downs\n\nAirlines were quick to raise fares during the first quarter, "
            "financial results this week showed.\n\nOn Wednesday, Harlow Airlines parent Corvane Group said its loss "
            "narrowed to $231 million.\n\nAirlines have raised domestic fares at least six times this year.\n")
    assert nlp(text).user_data.get("claimx_lead") != "Airlines"


def test_a_plural_noun_of_a_release_headline_is_no_subject(nlp):
    text = ("International Trade in Goods and Services, New Zealand\n\nGoods and services credits rose 12% to "
            "$38,210m seasonally adjusted.\n\nGoods and services debits fell 3% to $29,114m seasonally adjusted.\n")
    claims = claims_of(nlp, text)
    assert claims["12%"].subject == "New Zealand"
    assert claims["$29,114m"].subject == "New Zealand"


def test_a_class_of_school_is_no_organisation(nlp):
    text = ("Marlow govt schools register rise in pass figures\n\nWith 812 students failing the Class-12 board exams "
            "this year, city government schools still saw a rise of 4.2% in the pass percentage.\n")
    claims = claims_of(nlp, text)
    assert claims["812"].subject != "Class-12 board"
    assert claims["4.2%"].subject not in ("Class-12", "Class-12 board")



def test_a_company_after_its_result_with_at_is_carried(nlp):
    text = ("Airline results mixed\n\nPelican Air said its quarterly revenue rose 9 percent to $6.1 billion.\n\n"
            "Profit at Dallas-based Corvel Air fell to $7 million in the recent quarter, from $12 million a year "
            "earlier. Revenue rose 14 percent to $2.6 billion.\n")
    claims = claims_of(nlp, text)
    assert claims["14 percent"].subject == "Corvel Air"
    assert claims["$2.6 billion"].subject == "Corvel Air"


def test_a_company_that_swung_to_a_profit_is_carried(nlp):
    text = ("Airline results\n\nElsewhere Thursday, Boston-based Harrier Airways Corp. said it swung to a first-quarter "
            "profit of $4 million from a year-ago loss of $2 million. Revenue rose 12 percent to $1.2 billion.\n")
    claims = claims_of(nlp, text)
    assert claims["12 percent"].subject == "Harrier Airways Corp."


def test_unit_costs_are_no_business_unit(nlp):
    text = ("Airline results\n\nFor the second quarter, Harrier Airways said it expects its seat capacity to rise 5 "
            "percent, with unit costs up 2 percent to 4 percent.\n")
    claims = claims_of(nlp, text)
    assert claims["2 percent"].subject == "Harrier Airways"
    assert claims["4 percent"].subject == "Harrier Airways"


def test_a_title_case_dateline_with_a_credit_is_no_subject(nlp):
    text = ("Inflation eases\n\nHanoi, March 12 (VNA): Consumer Price Index inflation for the month of February stood "
            "at 4.1 percent, down from 4.6 percent in January.\n")
    claims = claims_of(nlp, text)
    assert claims["4.1 percent"].subject not in ("Hanoi", "VNA")
    assert claims["4.6 percent"].subject not in ("Hanoi", "VNA")


def test_a_dateline_in_title_case_with_a_colon_owns_nothing(nlp):
    # "New Delhi: The Greens, which won ..., got ...": the parse hangs the subject on the dateline's place
    text = ("Smaller parties gain vote share\n\nNew Delhi: The Greens, which won only 19 seats out of total 120 seats "
            "in the state assembly election, got over 22 per cent of the total votes, becoming the second largest "
            "party.\n")
    claims = claims_of(nlp, text)
    assert claims["over 22 per cent"].subject == "Greens"
    assert claims["120"].subject != "New Delhi"


def test_information_from_a_statistics_service_is_a_source(nlp):
    # "Information from X shows that ...": X publishes the figures (rules/frame.json `source_nouns`)
    text = ("Prices\n\nInformation from the Statistics and Census Service shows that the Composite CPI for October "
            "2005 was 100.62, up by 0.41% compared with September 2005.\n")
    claims = claims_of(nlp, text, dt.date(2005, 11, 21))
    assert claims["100.62"].subject != "Statistics and Census Service"
    assert claims["0.41%"].subject != "Statistics and Census Service"


def test_a_company_introduced_by_what_it_makes_leads_not_its_product(nlp):
    # "The Zephyr maker Kestrel Devices", "for maker of Zephyr phones": the product names the company, it is not it
    text = ("Profit rises 33% for maker of Zephyr phones\n\nTORONTO (AP) — The Zephyr maker Kestrel Devices posted a 33 "
            "percent increase in quarterly profit on Thursday.\n\nThe company earned $643 million in the quarter, up "
            "from $482.5 million a year earlier.\n")
    claims = claims_of(nlp, text, dt.date(2009, 6, 18))
    assert claims["$643 million"].subject == "Kestrel Devices"
    assert claims["33%"].subject == "Kestrel Devices"


def test_a_two_word_company_the_tagger_calls_a_person_after_its_product_maker(nlp):
    text = ("Marlow profit up\n\nThe Harbor Cola maker Marlow Beverages posted a 12 percent increase in quarterly "
            "profit on Thursday.\n\nThe company earned $643 million in the quarter.\n")
    claims = claims_of(nlp, text, dt.date(2009, 6, 18))
    assert claims["$643 million"].subject == "Marlow Beverages"


def test_the_owner_of_annual_statistics_is_their_source_not_the_lead(nlp):
    text = ("Punctuality rises\n\nA 3% increase in passenger numbers is one of the highlights from a new report.\n\n"
            "Record passenger journeys all figure in the Harlow Transport Regulator\u2019s annual statistics for "
            "2018-19.\n\nPassenger journeys rose 3% to 1.76 billion.\n")
    assert nlp(text).user_data.get("claimx_lead") != "Harlow Transport Regulator"
    claims = claims_of(nlp, text, dt.date(2019, 7, 20))
    assert claims["1.76 billion"].subject != "Harlow Transport Regulator"


def test_a_where_clause_on_a_name_holds_its_figures(nlp):
    text = ("Waits worsen\n\nKelby General Hospital had the worst waits in the region.\n\nThis was followed by Harlow "
            "General Hospital, where 46 per cent of patients waited more than four hours.\n\nPrices fell across the "
            "region. The fall was steepest in Marlow, where prices dropped 12%.\n")
    claims = claims_of(nlp, text, dt.date(2023, 6, 8))
    assert claims["46 per cent"].subject == "Harlow General Hospital"
    assert claims["12%"].subject == "Marlow"
