"""Session 56 (nt: subjects the text does not write verbatim): a national public body named without its place, which a
figure takes only because the story is about it, stands for the one country the article names (the gold writes the
country: a ministry's pass rate is the country's). Made-up text; a test of each change fails on the code before it,
unless its docstring says it is a guard."""
from __future__ import annotations

import datetime as dt

from fixtures_claims import claims_reader

may = claims_reader(dt.date(2031, 5, 6))


MINISTRY_EXAMS = ("Exam pass rate climbs again\n\n"
                  "The Education Ministry has released the results of last year's national exams for Year 8 pupils "
                  "in Kenya.\n\n"
                  "The pass rate was 69 percent, up from 59 percent the year before.\n\n"
                  "A total of 41,200 candidates sat the exams at 612 centres.\n")


def test_a_placeless_ministry_the_story_leads_with_is_its_country(nlp):
    """"The Education Ministry has released the results ... in Kenya" then "The pass rate was 69 percent": the figures
    took the ministry only as the story's topic; the ministry names no place, the article one country, whose pass rate
    and candidates they are."""
    found = may(nlp, MINISTRY_EXAMS)
    for text in ("69 percent", "59 percent", "41,200"):
        assert found[text].subject == "Kenya", text


EXAMS_BOARD = ("Fewer pupils pass school-leaving exams\n\n"
               "The Examinations Board has released this year's results for the school-leaving certificate.\n\n"
               "The pass rate fell to 61 percent from 64 percent, and 38,500 candidates sat the exams.\n\n"
               "Teachers' unions in Ghana blamed the shortage of textbooks.\n")


def test_a_board_that_sits_for_no_named_organisation_is_the_country(nlp):
    """"The Examinations Board has released this year's results": a board that is no part of an organisation the
    article names by itself is a national body; the pass rate and the candidates the story carries it to are those of
    Ghana, the one country the article names (later, and not in its lead)."""
    found = may(nlp, EXAMS_BOARD)
    for text in ("61 percent", "64 percent", "38,500"):
        assert found[text].subject == "Ghana", text


COMPANY_BOARD = ("Dividend triples at Tarnwell\n\n"
                 "Tarnwell Holdings has told the Kenya stock exchange that its profit rose sharply.\n\n"
                 "The Tarnwell Board declared a final dividend of 20 cents a share, which takes the full-year dividend "
                 "to 40 cents.\n")


def test_guard_a_company_board_keeps_its_figures(nlp):
    """Guard (passes on the code before too): "The Tarnwell Board" sits for Tarnwell, which the article names by
    itself; its dividend is never the country's."""
    found = may(nlp, COMPANY_BOARD)
    assert found["40 cents"].subject != "Kenya"
    assert found["20 cents"].subject != "Kenya"


CENTRAL_BANK = ("Reserve Bank holds rate\n\n"
                "The Reserve Bank kept its key rate unchanged at 6.75% on Thursday, as economists in Kenya had "
                "expected.\n\n"
                "The Bank's target range for inflation stays at 3% to 6%.\n")


def test_guard_a_bank_keeps_its_own_rate(nlp):
    """Guard (passes on the code before too): a bank's rate and target are its own (`bank_name_words`), never the
    country's the article names."""
    found = may(nlp, CENTRAL_BANK)
    assert found["6.75%"].subject != "Kenya"


TWO_COUNTRIES = ("Exam pass rate climbs again\n\n"
                 "The Education Ministry has released the results of last year's national exams, which pupils in "
                 "Kenya and Uganda sat.\n\n"
                 "The pass rate was 69 percent, up from 59 percent the year before.\n")


def test_guard_an_article_naming_two_countries_keeps_the_body(nlp):
    """Guard (passes on the code before too): with two countries named, the ministry says whose it is no more than the
    text does; it is left as it was."""
    found = may(nlp, TWO_COUNTRIES)
    assert found["69 percent"].subject not in ("Kenya", "Uganda")


RENT_INDEX_NATIONALLY = ("Rents up 9% in a year\n\n"
                         "The KNBS today (Wednesday May 6) published their Residential Rent Index (RRI), which shows a "
                         "9.4% rise in rents nationally between March 2030 and March 2031.\n\n"
                         "Rents in Kenya have now risen for six years in a row.\n")


def test_a_figure_scoped_to_the_nation_is_the_country(nlp):
    """"which shows a 9.4% rise in rents nationally": the sentence scopes the figure to the nation, so it is the one
    country the article names, not the index that shows it."""
    found = may(nlp, RENT_INDEX_NATIONALLY)
    assert found["9.4%"].subject == "Kenya"


PROVINCE_AGAINST_NATION = ("Crime falls in most counties\n\n"
                           "Crime fell in most of Kenya last year, police figures show.\n\n"
                           "In Kisumu, the county's crime rate rose by four per cent but was still lower than the "
                           "national average.\n")


def test_guard_a_place_compared_with_the_national_average_keeps_its_figure(nlp):
    """Guard (passes on the code before too): "lower than the national average" compares the county's figure with
    the nation's; "national" in a comparison scopes nothing, and the four per cent stays Kisumu's."""
    found = may(nlp, PROVINCE_AGAINST_NATION)
    assert found["four per cent"].subject == "Kisumu"


NAMED_NATIONAL_BODY = ("Storm drenches coast\n\n"
                       "The storm dumped 0.6 meters of rain on an area near Mombasa from Thursday to Monday, the "
                       "highest total reported, according to the National Weather Service in Kenya.\n")


def test_guard_national_in_a_name_scopes_nothing(nlp):
    """Guard (passes on the code before too): "the National Weather Service" is a name; its capitalised "National"
    does not make the rain near Mombasa the country's."""
    found = may(nlp, NAMED_NATIONAL_BODY)
    assert found["0.6 meters"].subject != "Kenya"
