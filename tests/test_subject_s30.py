"""Subject shapes met reading real market, statistics and sports copy from many publishers (session 30). Sentences are
invented for these tests."""
from __future__ import annotations

import datetime as dt

from test_frame_s27 import claims_of


MONTHS = ("2024 warmest year on record in Valdoria\n\n"
          "Scientists at the Valdoria Weather Service said 2024 was the country's warmest year since records began.\n\n"
          "The three warmest months were February (2.4degC above average), May (2.0degC) and June (1.7degC).\n\n"
          "The quarter's growth was the highest since March 2011 (1.9%).")


def test_a_date_before_a_bracketed_figure_is_no_subject(nlp):
    found = claims_of(nlp, MONTHS, dt.date(2025, 1, 9))
    for figure in ("2.4degC", "2.0degC", "1.7degC"):
        assert found[figure].subject not in ("February", "May", "June")
    assert found["1.9%"].subject != "March 2011"


LABEL = ("Statistical bulletin: Retail Sales, March 2025\n\n"
         "Released: 24 April 2025\n\n"
         "Key Points\n\n"
         "In March 2025, the quantity bought in the retail industry increased by 2.6% compared with March 2024. "
         "The amount spent rose by 3.1% over the same period.")


def test_a_section_label_on_a_line_of_its_own_is_no_subject(nlp):
    found = claims_of(nlp, LABEL, dt.date(2025, 4, 24))
    assert found["2.6%"].subject != "Key Points"
    assert found["3.1%"].subject != "Key Points"


RUPEE = ("Rupee slips 12 paise to 84.10 against US dollar\n\n"
         "Updated: Mar 11, 2025, 5:40 pm\n\n"
         "The rupee slipped 12 paise to settle at 84.10 against the US dollar on Tuesday.\n\n"
         "The Indian currency opened at 84.02 at the interbank foreign exchange market and touched a low of 84.14.\n\n"
         "Meanwhile, the dollar index, which gauges the greenback against six currencies, rose 0.12% to 103.9.")


def test_a_month_short_form_before_a_day_and_a_countrys_currency_are_no_subjects(nlp):
    found = claims_of(nlp, RUPEE, dt.date(2025, 3, 11))
    assert found["84.02"].subject not in ("Mar", "US", "United States")  # "Updated: Mar 11": a date; "US dollar": the currency's
    assert found["0.12%"].subject == "dollar index"
    assert found["103.9"].subject == "dollar index"


RECORD = ("Valdoria's growth tops region\n\n"
          "Valdoria's economy grew 5.1% last year, above the 4.2% recorded by Kastrava. Figures compiled by the Ardlow "
          "Statistics Office showed 4,200 homes were sold.")


def test_a_figure_done_by_an_agent_is_the_agents(nlp):
    found = claims_of(nlp, RECORD, dt.date(2025, 3, 11))
    assert found["5.1%"].subject == "Valdoria"
    assert found["4.2%"].subject == "Kastrava"  # "the 4.2% recorded by Kastrava"
    assert found["4,200"].subject != "Ardlow Statistics Office"  # "compiled by": a source's verb


def test_a_month_short_form_before_a_number_is_a_calendar_word(nlp):
    from claimx.components.claims import calendar_word

    doc = nlp("Updated: Sep 25, 2023, 6:26 pm")
    sep = next(t for t in doc if t.text == "Sep")
    assert calendar_word(sep) or sep.ent_type_ != ""
    doc = nlp("Sep Holdings reported a profit.")
    assert not calendar_word(doc[0])  # no day or year after it: a name


def test_a_place_naming_a_currency_is_no_name(nlp):
    from spacy.tokens import Span

    from claimx.frame.subject import is_name
    from claimx.frame.words import load_words

    words = load_words()
    doc = nlp("The rupee fell against the US dollar, while US exports rose.")
    us = [t.i for t in doc if t.text == "US"]
    assert not is_name(Span(doc, us[0], us[0] + 1, label="GPE"), words)  # "the US dollar"
    assert is_name(Span(doc, us[1], us[1] + 1, label="GPE"), words)  # "US exports"


RESPECTIVELY = ("Air traffic rises in March\n\n"
                "Around 7.1 million domestic passengers travelled by air in March, the aviation regulator said. "
                "Aldmoor Air, Brenlow Jet (previously known as Brenair), Corvane and Dalby Airways carried 2.53 million, "
                "1.8 million, 1.12 million and 0.93 million passengers, respectively, in March.\n\n"
                "Harlow City spent £3.4 million and £3.2 million respectively on Joel Varga and Sam Okoro.")


def test_respectively_pairs_each_figure_with_its_name(nlp):
    found = claims_of(nlp, RESPECTIVELY, dt.date(2025, 4, 20))
    assert found["2.53 million"].subject == "Aldmoor Air"
    assert found["1.8 million"].subject == "Brenlow Jet"  # the bracket is no item of the list
    assert found["1.12 million"].subject == "Corvane"
    assert found["0.93 million"].subject == "Dalby Airways"
    assert found["£3.4 million"].subject == "Joel Varga"
    assert found["£3.2 million"].subject == "Sam Okoro"


INDEX_OWNER = ("Prices rise in Ardlow\n\n"
               "Consumer prices in Ardlow rose 2.1% in March, the statistics office said.\n\n"
               "Elsewhere, Valdoria's Consumer Price Index rose by 0.2% in March.")


def test_a_statistics_index_a_place_owns_is_that_places(nlp):
    found = claims_of(nlp, INDEX_OWNER, dt.date(2024, 4, 10))
    assert found["2.1%"].subject == "Ardlow"
    assert found["0.2%"].subject == "Valdoria"  # not the place the release leads with


AGE = ("Harlow City sign striker Joel Varga on four-year deal\n\n"
       "Harlow City have signed striker Joel Varga from Castlebury Town on a four-year deal, the club said on Monday.\n\n"
       "Harlow did not disclose the fee but local media reported they paid around 14 million pounds for the 26-year-old.")


def test_a_sum_paid_for_the_n_year_old_is_the_players(nlp):
    found = claims_of(nlp, AGE, dt.date(2025, 8, 4))
    assert found["around 14 million pounds"].subject == "Joel Varga"
