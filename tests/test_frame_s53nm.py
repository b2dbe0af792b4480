"""Session 53 (names): one per-document table of the names an article introduces, with the short forms it defines for
them in brackets, used for every subject: a subject is written as the full name the article gave it, and in a results
page that stacks a second company's story under its own headline line, that company takes over the figures that
follow. Made-up text; each test fails on the session-start code unless its docstring says it is a guard."""
from __future__ import annotations

import datetime as dt

from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2031, 4, 25))

TWO_RESULTS = ("Harlow Refinery profit soars 7-fold in Q3\n\n"
               "KARLSTAD: Harlow Refinery Limited (HRL) on Thursday reported a surge of 612 percent in its net profit "
               "for the third quarter of this fiscal.\n\n"
               "In a statement to the Valdoria Stock Exchange, the company reported a net profit of Rs4.118 billion for "
               "the quarter ended March 31, up from Rs578.2 million the previous year. HRL skipped any dividend.\n\n"
               "Brenmoor Oil quarterly profit jumps 144pc\n\n"
               "Brenmoor Oil Limited (BOL) reported a rise of 144 percent in its net profit for the quarter ended "
               "March 31, 2031, on higher sales.\n\n"
               "In a statement to the exchange, the company reported a net profit of Rs3.406 billion for the quarter, "
               "from Rs1.395 billion in the same period previous year.\n\n"
               "The company said its revenue for the quarter rose to Rs71.22 billion, compared with Rs40.81 billion a "
               "year earlier.\n")


def test_a_company_introduced_with_its_short_form_is_written_by_its_full_name(nlp):
    found = claims_of(nlp, TWO_RESULTS)
    assert found["612 percent"].subject == "Harlow Refinery Limited"
    assert found["Rs4.118 billion"].subject == "Harlow Refinery Limited"


def test_a_second_companys_story_takes_over_the_figures_that_follow(nlp):
    found = claims_of(nlp, TWO_RESULTS)
    assert found["144 percent"].subject == "Brenmoor Oil Limited"
    for figure in ("Rs3.406 billion", "Rs1.395 billion", "Rs71.22 billion", "Rs40.81 billion"):
        assert found[figure].subject == "Brenmoor Oil Limited", figure


SHORTENED = ("Tarn power profit climbs\n\n"
             "KARLSTAD: Tarn Power Limited on Friday reported a 48 percent rise in its quarterly net profit.\n\n"
             "The company reported a net profit of Rs1.208 billion for the quarter, up from Rs816.1 million.\n\n"
             "Kelvo profit down 38pc\n\n"
             "Kel Valley Power Company Limited (Kelvo) reported a 38 percent fall in its quarterly net profit.\n\n"
             "In a statement to the exchange, the company reported a net profit of Rs2.204 billion for the quarter, "
             "down from Rs3.555 billion the previous year. Kelvo said its sales rose to Rs19.82 billion.\n")


def test_a_short_form_that_is_no_initials_still_stands_for_its_name(nlp):
    found = claims_of(nlp, SHORTENED)
    assert found["Rs1.208 billion"].subject == "Tarn Power Limited"
    for figure in ("38 percent", "Rs2.204 billion", "Rs3.555 billion", "Rs19.82 billion"):
        assert found[figure].subject == "Kel Valley Power Company Limited", figure


WORLD_BODY = ("Cartel output falls\n\n"
              "Output from the Organization of the Petroleum Exporting Countries (OPEC) fell in March. OPEC pumped "
              "28.4 million barrels per day, a survey found. OPEC output was down 310,000 barrels per day from "
              "February.\n")


def test_guard_a_body_known_by_its_initials_keeps_them(nlp):
    """Guard (passes on both): a body known the world over by its initials (`initials_names`) keeps them."""
    found = claims_of(nlp, WORLD_BODY)
    assert found["28.4 million barrels per day"].subject == "OPEC"
