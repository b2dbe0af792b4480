"""Who a figure is about, session 33, round 2: shapes read on real news pages (every sentence here is invented, in
the same shape)."""
from __future__ import annotations

from fixtures_claims import subject_of


def test_an_untagged_short_name_in_capitals_that_acts_and_recurs_leads_the_article(nlp):
    # the tagger labels no entity on the broadcaster's initials; they are the subject of the lead's verb and recur,
    # so a figure in a later paragraph that names no one is the broadcaster's
    text = ("RNB returns a surplus for 2019\n"
            "RNB recorded a surplus of €4.1m in 2019, up from €1.9m in 2018 as the public broadcaster said it "
            "was recovering.\n\n"
            "Licence income rose by €3.2m during the year.\n\n"
            "Net cash flow for the year was €17m, RNB said.\n")
    assert subject_of(nlp, text, "€3.2m") == "RNB"


def test_a_statistics_index_in_capitals_does_not_lead(nlp):
    # an index's initials as the subject of a verb are a measure, not an organisation the article is about
    text = ("Prices climb again\n"
            "CPI rose 0.4% in May, the statistics office said.\n\n"
            "Food prices climbed 1.2% over the month.\n\n"
            "CPI has risen in each of the last four months; CPI is watched closely.\n")
    assert subject_of(nlp, text, "1.2%") != "CPI"


def test_each_figure_in_a_list_of_names_with_their_figures_is_the_name_it_follows(nlp):
    # a market report's most traded shares: "X with N shares at Rs P per share, Y with ..."; the parser hangs some of
    # the "with" phrases on the verb, and the country the report leads with owns none of them
    text = ("Norland shares close at a record\n\n"
            "Norland's benchmark share index closed at an all-time high of 70,973 on Friday, data from the Norland "
            "Stock Exchange showed.\n\n"
            "The three top trading companies were Harlow Mills with 4,662,377 shares at Rs30.09 per share, Brenco Oil "
            "with 2,777,007 shares with Rs4.47 per share and Kestrel Spinning with 2,834,000 shares at Rs4.96 per "
            "share.\n")
    assert subject_of(nlp, text, "4,662,377") == "Harlow Mills"
    assert subject_of(nlp, text, "Rs30.09") == "Harlow Mills"
    assert subject_of(nlp, text, "2,777,007") == "Brenco Oil"
    assert subject_of(nlp, text, "Rs4.47") == "Brenco Oil"
    assert subject_of(nlp, text, "Rs4.96") == "Kestrel Spinning"


def test_a_with_phrase_after_a_common_noun_takes_no_name(nlp):
    # "with" after no name: the figure stays the company's the sentence is about
    text = ("Harwick lifts sales\n\n"
            "Harwick Foods reported higher sales with 12% growth in its snacks unit, the company said.\n")
    assert subject_of(nlp, text, "12%") == "Harwick Foods"


def test_a_measure_written_out_in_capitals_and_a_news_agencys_credit_are_no_subjects(nlp):
    # "Gross Domestic Product" is a measure, "PTI reported" a wire credit: the figures are the state's
    text = ("Norvale presents its budget\n\n"
            "The Norvale state government on Thursday presented a budget with a projected revenue surplus of "
            "Rs 4,120 crore for the year, PTI reported.\n\n"
            "The fiscal deficit was estimated at 3.1% of the state's Gross Domestic Product in 2017-18, and is "
            "expected to fall to 2.8% next year.\n")
    assert subject_of(nlp, text, "Rs 4,120 crore") != "PTI"
    assert subject_of(nlp, text, "3.1%") == "Norvale"
    assert subject_of(nlp, text, "2.8%") == "Norvale"
