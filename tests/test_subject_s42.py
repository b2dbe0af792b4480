"""Session 42: who a figure is about, in shapes of real wire, market and statistics copy. Made-up names and figures;
each test fails on the code before the change it names.

- an agency that forecasts or estimates a measure with an adjective of place at a figure ("The ICB forecast
  Valdorian wheat exports at 9.5 million tonnes", also when the parse reads the sentence as one noun phrase) is the
  source: the place is the subject, of the old side "up ... from ..." too (claims._forecast_object_place); a plural
  national measure ("Russian wheat exports were ...") whose lemma is singular is one too (claims._demonym_place);
- a sum a governor (now one of `office_roles`) owns ("Governor Mwangi's Sh38.2 billion budget") or a text about the
  governor gives is the county's, the place the text leads with, as one the governor is the subject of
  (claims._subject, the office holder's sum; the sum found by its kind when the tagger misses "Sh" money);
- a name in the "of" phrase of a place's head word ("In the central state of Tamsin Varo, 22 people were killed",
  "with four killed in the hill state of Orrin") is a place whatever the tagger calls it: the place the clause opens
  with or is counted in (claims._place_head_of, in _place_scope and _places_of);
- a figure opening its line with a dash in a list of key figures ("91 \u2013 Harlow's winning points total.", "104 \u2013
  goals conceded by bottom club Ashby Town, a record") is the name's its description gives an owner by a
  possessive, "for" or "by", not the league the text is about (claims._dash_line_owner);
- a market list's item moving and standing "at" a level ("with Tarlo Smallcap up 0.02 per cent at 5,402 while Tarlo
  Midcap down 0.12 per cent at 15,931") owns its move and the level, as one moving "to" a level does
  (claims._listed_owner); a name in apposition right after a clause's common-noun subject ("while its HSE counterpart
  Torvex was down 48.30 points") is the subject (claims._apposed_subject_name).
- the level a named owner's change reaches, "to" after a change noun ("followed by Tarlow's 0.9 per cent drop to
  $24.65", "Mirren's 0.6 per cent fall to $23.55", the noun parsed as a verb), is the owner's
  (claims._owner_of_measure);
- a name the tagger knows right before "on" and a share or a count ("one percentage point ahead of the Harlow Party on
  30%", "with Ashby Town on 26 in the third relegation place") is the standing's owner (claims._name_on_figure);
- a relative clause on a figure with "which" or "that" as its subject ("... at 11.5 million tonnes, which was up 6.2
  million tonnes, or 117%, from 5.3 million tonnes") says more of the same figure: its subject
  (claims._relative_figure_subject);
- in a story about places, a sentence opening with a place ("In Tamsin, the storm caused at least four deaths") sets
  what the next sentences of its paragraph are about ("More than 12,000 people fled their homes"), as a name that is
  a sentence's subject does (claims._named_subject).
"""
from __future__ import annotations

import datetime as dt

from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2025, 7, 14))


def test_an_agency_forecasting_a_places_measure_is_the_source(nlp):
    text = ("Grain exports to recover\n\n"
            "The Global Cereals Board in its June report forecast Russian wheat production this year at 57 million "
            "tonnes, up 11.5 million tonnes, or 25%, from 45.5 million tonnes last year.\n\n"
            "Russian wheat exports were a record 19.6 million tonnes in 2022-23.\n")
    claims = claims_of(nlp, text)
    for figure in ("57 million tonnes", "11.5 million tonnes", "45.5 million tonnes", "19.6 million tonnes"):
        assert claims[figure].subject == "Russia", figure


def test_a_governors_budget_is_the_countys(nlp):
    text = ("Details of Governor Mwangi's Sh38.2 billion budget\n\n"
            "Kisomo Governor Peter Mwangi aims to collect Sh17.4 billion in own source revenue in the financial year "
            "that started on July 1.\n\n"
            "Roads are the biggest beneficiaries of the Kisomo County Sh 38.2 billion budget for the financial year "
            "2025/2026.\n\n"
            "The new budget is an increase from Sh36.9 billion for the financial year 2024/2025.\n")
    claims = claims_of(nlp, text)
    for figure in ("Sh38.2 billion", "Sh17.4 billion", "Sh36.9 billion"):
        assert "Kisomo" in (claims[figure].subject or ""), figure


def test_a_place_named_by_its_head_word_owns_the_clause(nlp):
    text = ("Floods kill 31 in Valdoria\n\n"
            "HARLOW \u2022 Floods have killed at least 31 people in Valdoria, officials said yesterday.\n\n"
            "In the northern state of Tamsin Varo, 22 people were killed as rivers rose.\n\n"
            "Storms also hit the east, with four killed in the hill state of Orrin.\n")
    claims = claims_of(nlp, text)
    assert claims["22"].subject == "Tamsin Varo"
    assert claims["four"].subject == "Orrin"
    assert claims["at least 31"].subject == "Valdoria"


def test_a_key_figure_line_is_the_owner_its_description_names(nlp):
    text = ("Key statistics from another record-breaking Southern League campaign\n\n"
            "A record-breaking Southern League season ended on Saturday with Harlow City champions again.\n\n"
            "5 \u2013 consecutive titles for Harlow City, the first time a Southern League team has done so.\n\n"
            "88 \u2013 Harlow\u2019s winning points total.\n\n"
            "31 \u2013 Tomas Varga\u2019s goal tally as he won the scoring award.\n\n"
            "97 \u2013 goals conceded by bottom club Ashby Town, a league record.\n")
    claims = claims_of(nlp, text)
    assert claims["5"].subject == "Harlow City"
    assert claims["88"].subject == "Harlow"
    assert claims["31"].subject == "Tomas Varga"
    assert claims["97"].subject == "Ashby Town"


def test_a_market_list_item_owns_the_level_it_stands_at(nlp):
    text = ("Stocks close mixed\n\nHARLOW: Valdorian stocks closed mixed on Tuesday.\n\n"
            "On Tuesday, the Corvex 30 index ended 120.20 points lower at 38,210.40, while its rival Ardlow Composite "
            "was down 31.20 points at 11,204.10. The broader indices closed flat with Tarlo Smallcap up 0.02 per cent "
            "at 5,402 while Tarlo Midcap down 0.12 per cent at 15,931.\n")
    claims = claims_of(nlp, text)
    assert claims["0.02 per cent"].subject == "Tarlo Smallcap"
    assert claims["5,402"].subject == "Tarlo Smallcap"
    assert claims["15,931"].subject == "Tarlo Midcap"


def test_a_name_in_apposition_to_the_clauses_subject_owns_the_figure(nlp):
    text = ("Stocks close mixed\n\nHARLOW: Stocks closed mixed on Tuesday.\n\n"
            "On Tuesday, the 30-share pack Harlex ended 181.40 points lower at 41,461.26, while its HSE counterpart "
            "Torvex was down 48.30 points at 12,214.50.\n")
    claims = claims_of(nlp, text)
    assert claims["48.30 points"].subject == "Torvex"
    assert claims["12,214.50"].subject == "Torvex"


def test_the_level_a_named_owners_change_reaches_is_the_owners(nlp):
    text = ("Banks drag\n\nHARLOW: Bank shares fell on Monday.\n\n"
            "Corvane Bank led the losses, falling 1.6 per cent to $24.41, followed by Tarlow's 0.9 per cent drop to "
            "$24.65, and Mirren's 0.6 per cent fall to $23.55.\n")
    claims = claims_of(nlp, text)
    assert claims["$24.65"].subject == "Tarlow"
    assert claims["$23.55"].subject == "Mirren"


def test_a_name_right_before_on_and_a_share_owns_it(nlp):
    text = ("Support falls for the Harlow Party in latest opinion poll\n\n"
            "AN OPINION POLL published today by the Valdoria Herald puts the Ardlow Party as the most popular party.\n\n"
            "The Ardlow Party is on 31%, just one percentage point ahead of the Harlow Party on 30%.\n")
    claims = claims_of(nlp, text)
    assert claims["30%"].subject == "the Harlow Party" or claims["30%"].subject == "Harlow Party"
    assert "Ardlow" in claims["31%"].subject


def test_a_relative_clause_on_a_figure_keeps_its_subject(nlp):
    text = ("Varn Sea wheat back in the world market\n\nThe Varn Sea is back.\n\n"
            "Valdoria, which banned wheat exports during much of 2024-25, also was prepared to resume selling wheat.\n\n"
            "The Global Cereals Board forecast Valdorian wheat exports in 2025-26 at 11.5 million tonnes, which was up "
            "6.2 million tonnes, or 117%, from 5.3 million tonnes in 2024-25, and even higher than the forecast Ostrian "
            "outgo.\n")
    claims = claims_of(nlp, text)
    for figure in ("11.5 million tonnes", "6.2 million tonnes", "117%", "5.3 million tonnes"):
        assert claims[figure].subject == "Valdoria", figure


def test_a_paragraph_opening_with_a_place_is_about_it(nlp):
    text = ("Floods kill 31 in Valdoria\n\n"
            "HARLOW \u2022 Floods have killed at least 31 people in Valdoria, officials said yesterday.\n\n"
            "In Tamsin, the storm caused at least four deaths and more than 200 injuries. More than 12,000 people fled "
            "their homes as part of the island saw its strongest winds in decades.\n")
    claims = claims_of(nlp, text)
    assert claims["at least four"].subject == "Tamsin"
    assert claims["More than 12,000"].subject == "Tamsin"
    assert claims["at least 31"].subject == "Valdoria"
