"""Session 48: who a figure is about, on shapes unseen real copy writes. A statistics office's name several
countries share ("the Central Bureau of Statistics") is the country the text names (rules/frame.json
statistics_bodies); the countries of `demonyms` cover the world's, not sixty of them; a company wire copy introduces
by its country ("Sri Lanka's Sampath Bank group profits rose") is the subject and the article's lead, the place only
its home; a national government the story leads with ("the Scottish Government's target") stands for its country;
where a study's researchers work ("Cardiff University researchers") is a source, never the article's lead; a list
line's bullet is no part of a name. Made-up text; a test of each change fails on the code before it."""
from __future__ import annotations

import datetime as dt

from spacy.tokens import Span

from claimx.frame.subject import is_name
from claimx.frame.words import load_words
from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2018, 10, 16))


def test_a_shared_bureau_name_is_the_country_the_text_names(nlp):
    text = ("Nepal's growth estimate revised\n\n"
            "The Central Bureau of Statistics today revised its estimate of annual growth in Nepalese GDP for the "
            "fiscal year to 6.3% from 5.9%.\n\n"
            "Farm output rose 2.8%, while industry grew 8.1%.\n")
    found = claims_of(nlp, text)
    assert {found[t].subject for t in ("6.3%", "5.9%", "2.8%", "8.1%")} == {"Nepal"}


def test_a_country_of_the_wider_demonyms_is_a_statistics_releases_place(nlp):
    text = ("Inflation slows\n\nZambian annual inflation slowed to 9.9% in September from 10.3% in August, the "
            "Central Statistical Office said.\n")
    found = claims_of(nlp, text)
    assert {found[t].subject for t in ("9.9%", "10.3%")} == {"Zambia"}


def test_a_company_after_its_countrys_possessive_is_the_subject(nlp):
    text = ("Profit Support\n\n"
            "Apr 29, 2011 (LBO) \u2013 Sri Lanka\u2019s Dunmore Bank group profits rose 41.2 percent to 870 million "
            "rupees in the March 2011 quarter, interim accounts showed.\n\n"
            "Interest income fell 0.4 percent to 3.91 billion rupees.\n\n"
            "Total deposits rose 6.2 percent to 148 billion rupees.\n")
    found = claims_of(nlp, text)
    assert {found[t].subject for t in ("41.2 percent", "870 million rupees", "0.4 percent", "3.91 billion rupees",
                                       "148 billion rupees")} == {"Dunmore Bank"}


def test_a_national_government_the_story_leads_with_stands_for_its_country(nlp):
    text = ("A&E waits reach second highest level\n\n"
            "In the week ending June 19, 64.2% of patients at A&E were seen within the Scottish Government\u2019s "
            "target time.\n\n"
            "Of the 25,410 people who went to A&E that week, 1,988 waited more than eight hours.\n")
    found = claims_of(nlp, text)
    assert {found[t].subject for t in ("64.2%", "25,410", "1,988")} == {"Scotland"}


def test_a_government_named_as_a_figures_subject_stays(nlp):
    text = ("Funding boost\n\nThe Welsh Government will spend \u00a340m on school buildings next year.\n")
    found = claims_of(nlp, text)
    assert found["\u00a340m"].subject == "Welsh Government"


def test_where_the_researchers_work_is_no_lead(nlp):
    text = ("Decades-long study reveals secret to healthy ageing\n\n"
            "During 1979, 2,100 men were asked by Harlow University researchers if they would follow five simple "
            "rules.\n\n"
            "Now, 35 years later, only 31 stuck to this plan.\n\n"
            "The study found that those who followed the plan:\n\n"
            "\u2022 Reduced their risk of cancer by 35%\n")
    found = claims_of(nlp, text)
    assert [found[t].subject for t in ("2,100", "31", "35%")] == [None, None, None]


def test_a_bullet_is_no_name(nlp):
    doc = nlp.make_doc("Those who followed it:\n\u2022 Reduced their risk of cancer by 35%\n")
    for _, proc in nlp.pipeline:
        doc = proc(doc)
        if _ == "parser":
            break
    bullet = next(t.i for t in doc if t.text == "\u2022")
    assert not is_name(Span(doc, bullet, bullet + 2, label="ORG"), load_words())
    assert not is_name(Span(doc, bullet, bullet + 1, label="ORG"), load_words())


def test_a_participle_opening_a_sentence_before_stocks_is_no_company(nlp):
    text = ("Stocks slip\n\nThe Kelby index fell 0.99% on Friday.\n\n"
            "Declining stocks outnumbered rising ones by 412 to 198 on the Kelby Stock Exchange.\n")
    found = claims_of(nlp, text)
    assert found["412"].subject != "Declining"



def test_a_ministrys_reported_count_is_its_countrys(nlp):
    text = ("Cases rise\n\nThe Zambian Ministry of Health reported 1,234 new cholera cases on Tuesday.\n\n"
            "The ministry also recorded 17 deaths.\n")
    found = claims_of(nlp, text)
    assert [found[t].subject for t in ("1,234", "17")] == ["Zambia", "Zambia"]


def test_a_ministrys_count_in_a_story_about_a_place_is_the_places(nlp):
    text = ("Cholera cases rise in Kelby\n\nThe Ministry of Health has confirmed 312 new cholera cases in Kelby in "
            "the past week.\n")
    found = claims_of(nlp, text)
    assert found["312"].subject == "Kelby"
