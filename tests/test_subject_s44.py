"""Session 44: who a figure is about, in the shapes of statistics releases and round-ups written as lists. Made-up
names and figures; each test fails on the code before the change it names.

- a label line written all in capitals ("PRICE INDEX FOR SEPTEMBER:"), whose words the tagger may take for an
  organisation, is no lead unless the text writes the name again, and neither is the name labelling a row of a list
  ("Northmark - 3.0 per cent"): a release written as a list, which names no other lead, is its statistics body's
  country's (article_lead._capitals_line, _list_row_label).
- a list's line labelled by a name before a spaced dash ("Northmark - 3.0 per cent vs 2.8 per cent") is the name's,
  as one before a colon is (subject_owners._list_line_label, claim_helpers._DASH_LABEL_LINE).
- a one-word label before a colon that the parser calls a common noun but no dictionary holds ("Northmark: 3.9 per
  cent") is a name, as a proper noun is; a dictionary word ("Dairy") or a word parsed a verb ("Detached") is none
  (subject_owners._list_line_label).
- a round-up's headings that name items of one kind, a name and a lower-case noun with where it is ("Harlow fire in
  Esk County", "Tarn fire, Brede County") over a bulleted list, give the list's figures their item, without the place
  (subject_owners._kind_headings, via _bullet_heading).
- an exchange or a place written before a past participle and a description or a name without the hyphen ("the Harlow
  Stock Exchange (HSE) listed firm's net profit", "the Nasdaq listed company's revenue") says where the company is
  listed or based: it is no subject (frame.subject.participle_modifier, in is_name), as "the HSE-listed firm" is not.
"""
from __future__ import annotations

import datetime as dt

from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2025, 10, 16))

RELEASE = ("Inflation edges higher in September\n\n"
           "CONSUMER PRICE DATA FOR SEPTEMBER:\n\n"
           "* Annual inflation - rose to 3.4 per cent from 3.1 per cent in August\n\n"
           "* Food prices - up 5.2 per cent\n\n"
           "PROVINCIAL INFLATION\n\n"
           "Northmark - 3.0 per cent vs 2.8 per cent\n\n"
           "Eastvale - 3.9 per cent vs 3.6 per cent\n\n"
           "(Source: Statistics Canada)\n")


def test_a_label_in_capitals_and_list_rows_do_not_lead_a_release(nlp):
    claims = claims_of(nlp, RELEASE)
    for figure in ("3.4 per cent", "3.1 per cent", "5.2 per cent"):
        assert claims[figure].subject == "Canada", figure


def test_a_row_labelled_before_a_spaced_dash_is_the_labels(nlp):
    claims = claims_of(nlp, RELEASE)
    assert claims["3.0 per cent"].subject == "Northmark"
    assert claims["2.8 per cent"].subject == "Northmark"
    assert claims["3.9 per cent"].subject == "Eastvale"
    assert claims["3.6 per cent"].subject == "Eastvale"


def test_headings_naming_items_of_one_kind_give_their_lists_figures(nlp):
    text = ("Northern fires at a glance\n\n"
            "Three large fires were burning across the north on Tuesday, officials said.\n\n"
            "Harlow fire, Esk County\n- Acres burned: 12,400\n- Containment: 15 percent\n- Homes destroyed: 38\n\n"
            "Tarn fire in Brede County\n- Acres burned: 3,100\n- Containment: 60 percent\n- Homes destroyed: 4\n")
    claims = claims_of(nlp, text)
    for figure in ("12,400", "15 percent", "38"):
        assert claims[figure].subject == "Harlow fire", figure
    for figure in ("3,100", "60 percent", "4"):
        assert claims[figure].subject == "Tarn fire", figure


def test_a_single_heading_in_lower_case_names_no_item(nlp):
    text = ("Storm Elin by the numbers\n\n"
            "Storm Elin brought flooding to four counties on Monday.\n\n"
            "Key figures\n- Roads closed: 35\n- Homes flooded: 420\n")
    claims = claims_of(nlp, text)
    assert claims["35"].subject != "Key figures"


def test_a_one_word_label_no_dictionary_holds_is_a_name(nlp):
    text = ("Valdoria jobless rate falls\n\n"
            "Valdoria's unemployment rate fell to 4.2 per cent in September. Employment rose by 14,000.\n\n"
            "Northmark: 3.9 per cent\n\nEastvale: 4.4 per cent\n\nSouthmoor: 5.0 per cent\n\nDetached: 2.1 per cent\n")
    claims = claims_of(nlp, text)
    assert claims["3.9 per cent"].subject == "Northmark"
    assert claims["4.4 per cent"].subject == "Eastvale"
    assert claims["2.1 per cent"].subject != "Detached"


def test_an_exchange_before_listed_and_a_description_is_no_subject(nlp):
    text = ("Corvane Telecom half-year profit rises\n\n"
            "Corvane Telecom has posted a 9 per cent rise in half-year profit.\n\n"
            "According to the results released on Thursday, the Harlow Securities Exchange (HSE) listed firm's net "
            "profit for the period was Sh21.4 billion.\n")
    claims = claims_of(nlp, text)
    assert claims["Sh21.4 billion"].subject == "Corvane Telecom"
