"""Session 53 (tp): what the figures are about when it is not a company. A person named by an office ("Minister for
Education Ann Reid", "Education Minister"), a report's title or an agency that announces figures is a source, never
what the article leads with; the thing measured (an exam and its results, a study, a service, an area) is. Made-up
text; each test fails on the session-start code unless its docstring says it is a guard."""
from __future__ import annotations

import datetime as dt

from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2031, 8, 13))


EXAM = ("41,000 students get their grades\n\n"
        "Over 41,000 students across the State received their Senior Cert results today.\n\n"
        "Minister for Education Seamus O'Dowd this morning congratulated students on their results.\n\n"
        "\"Students getting their results today should be proud,\" Mr O'Dowd said in a statement.\n\n"
        "Just 14 per cent of students took higher level physics, while 22 per cent took higher level biology.\n\n"
        "The overall number sitting the papers is up by 2.1 per cent this year to 41,377 candidates.\n")


def test_an_exam_the_lead_names_with_its_results_leads_not_the_minister(nlp):
    found = claims_of(nlp, EXAM)
    for text in ("Over 41,000", "14 per cent", "22 per cent", "41,377"):
        assert found[text].subject == "Senior Cert", (text, found[text].subject)


ROLE_HEADLINE = ("Health Minister urges boards to cut waits\n\n"
                 "Minister for Health Tomas Brenner says boards need to cut waiting times this winter.\n\n"
                 "Speaking to board chairs, Brenner says the share of patients seen within four hours was 71 percent "
                 "in 2030, down from 76 percent in 2029.\n")


def test_a_role_in_the_headline_is_no_subject(nlp):
    found = claims_of(nlp, ROLE_HEADLINE)
    for text in ("71 percent", "76 percent"):
        assert found[text].subject not in ("Health Minister", "Health Tomas"), (text, found[text].subject)


def test_a_minister_the_headline_names_by_surname_and_the_portfolio_are_no_subject(nlp):
    """"The Minister for Health Tomas Brenner ... Mr Brenner said": the headline's "Brenner" is a speaker for an
    office, and "Health" of the portfolio is no body."""
    text = ("Brenner in plea over nurse training\n\n"
            "The Minister for Health Tomas Brenner today urged students who had done well in biology to consider "
            "nursing courses.\n"
            "More than 6,000 nurses were able to register with the council this year, which the Nursing Board said was "
            "in line with previous years.\n\n"
            "Mr Brenner said he was pleased with the numbers.\n")
    found = claims_of(nlp, text)
    assert found["More than 6,000"].subject not in ("Health", "Brenner", "Tomas Brenner", "Health Tomas")


SERVICE = ("Longest surgery waits reduced in NSW public hospitals\n\n"
           "The latest Hospital Quarterly from the Bureau of Care Data finds NSW surgery patients are generally waiting "
           "less time for their operations than a year ago.\n\n"
           "\"From April to June 2030 we saw more patients than ever,\" Bureau Chief Executive Lena Morrow said.\n\n"
           "At the 90th percentile, the waiting time was 38 days, nine days less than the same quarter last year.\n")


def test_a_service_named_with_its_place_leads_and_a_report_title_is_a_source(nlp):
    found = claims_of(nlp, SERVICE)
    assert found["38 days"].subject == "NSW public hospitals"
    assert found["nine days"].subject == "NSW public hospitals"


def test_a_report_title_and_its_publisher_lead_nothing(nlp):
    text = SERVICE.replace("Longest surgery waits reduced in NSW public hospitals", "Ambulance waits shorter") \
        .replace("NSW surgery patients", "ambulance patients")
    found = claims_of(nlp, text)
    assert found["38 days"].subject not in ("Hospital Quarterly", "Bureau of Care Data")


SERVICE_IN_PLACE = ("A&E waits improve after busiest month\n\n"
                    "Waiting times in hospital emergency departments in Scotland have continued to improve in the last "
                    "month despite record attendances.\n\n"
                    "Emergency departments saw nearly 2,400 patients a day in June.\n\n"
                    "The figures show 84.1% of patients spent less than four hours in urgent care, up from 81.7% in "
                    "May.\n")


def test_a_service_in_a_place_is_named_by_the_place_adjective(nlp):
    found = claims_of(nlp, SERVICE_IN_PLACE)
    for text in ("nearly 2,400", "84.1%", "81.7%"):
        assert found[text].subject == "Scottish emergency departments", (text, found[text].subject)


STUDY = ("Habits that could cut the risk of gout\n\n"
         "Most people can cut their risk of gout by eating well, research suggests. The study of nearly 90,000 "
         "people showed the risk fell by up to a quarter.\n\n"
         "The team at the University of Brackley said the results were encouraging.\n\n"
         "The study followed 87,214 people from the age of 52 for about nine years.\n")


def test_a_study_the_lead_reports_is_the_study_of_the_body_named_after_it(nlp):
    found = claims_of(nlp, STUDY)
    for text in ("nearly 90,000", "up to a quarter"):
        assert found[text].subject == "University of Brackley study", (text, found[text].subject)


FLOODS = ("Flash floods kill 31 in India\n\n"
          "NEW DELHI - Flash floods triggered by heavy rain have killed at least 31 people in India and forced over "
          "90,000 from their homes, officials said yesterday.\n\n"
          "In the state of Kerala, 19 people were killed.\n\n"
          "Meanwhile, six people were killed after the remains of typhoon Orlan swept into China over the weekend, the "
          "government said yesterday.\n\n"
          "The deaths were all in one coastal province, a ministry statement said. Total economic damage has been put "
          "at 700 million yuan, with over 600 houses wrecked.\n")


def test_a_disaster_story_that_goes_on_to_another_country_hands_the_figures_to_it(nlp):
    found = claims_of(nlp, FLOODS)
    for text in ("700 million yuan", "over 600"):
        assert found[text].subject == "China", (text, found[text].subject)


def test_a_government_named_by_its_country_adjective_is_the_country(nlp):
    text = ("A&E waits stall\n\n"
            "More than a quarter of people attending emergency departments waited more than four hours last week.\n\n"
            "The Scottish Government aims to ensure 92% of patients are seen within the target time.\n\n"
            "That is below the Welsh Government's target of 93%.\n")
    found = claims_of(nlp, text)
    assert found["92%"].subject == "Scotland"
    assert found["93%"].subject == "Wales"


def test_who_after_a_person_from_a_school_is_the_person(nlp):
    text = ("Top marks for city pupils\n\n"
            "Over 41,000 students received their results today.\n\n"
            "One of the students learning of their results this morning was Tomas Quill from the Harbour College, "
            "Mill Road in Kelby City, who received eight A1s, the highest result in the State.\n\n"
            "Also celebrating was Ann Morrow (18) from Bridge Street, who attends St Brendan's and who achieved seven "
            "A1s.\n")
    found = claims_of(nlp, text)
    assert found["eight A1s"].subject == "Tomas Quill"
    assert found["seven A1s"].subject == "Ann Morrow"
