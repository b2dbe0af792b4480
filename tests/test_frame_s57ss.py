"""Session 57 (ss: the right one of the sentence's own names): a place written "in" the figure's own clause is where
the figure is counted in any story, not only in a story about places; and a name the tagger calls a body or a person
is read as such a place when "in" holds it. Made-up text; a test of each change fails on the code before it, unless
its docstring says it is a guard."""
from __future__ import annotations

import datetime as dt

from fixtures_claims import claims_reader

march = claims_reader(dt.date(2024, 3, 5))


BUILDER = ("Corvex Homes posts record sales\n\n"
           "Corvex Homes sold 2,410 homes last year, the builder said on Tuesday.\n\n"
           "Corvex Homes said its revenue rose 12% to £1.9 billion.\n\n"
           "The highest share of first-time buyers was 41% in Dunmore, while the lowest was 18% in {place}.\n")


def test_a_place_in_the_figures_clause_counts_in_a_story_about_a_company(nlp):
    """"..., while the lowest was 18% in Ashby", in a story about a house builder: the place the figure's clause
    names is where the price was read, over the company the text is about (the code before read clause places only in
    a story about places, and gave the price to Corvex Homes)."""
    found = march(nlp, BUILDER.format(place="Ashby"))
    assert found["18%"].subject == "Ashby", found["18%"].subject
    assert found["41%"].subject == "Dunmore", found["41%"].subject
    assert found["2,410"].subject.startswith("Corvex"), found["2,410"].subject


HOUSE_PRICES = ("House prices in Eiremar rise 9% in a year\n\n"
                "Property prices in Eiremar rose 9% in the year to January, the statistics office said.\n\n"
                "Eiremar prices were highest in the east of the country.\n\n"
                "The lowest average price between January 2023 and January 2024 was €130,000 in Leitrim, while the "
                "highest average price was €598,000 in Kilbarra-Rathmore.\n")


def test_a_place_the_tagger_calls_a_body_is_a_place_when_in_holds_it(nlp):
    """"while the highest average price was €598,000 in Kilbarra-Rathmore", the small model tagging the hyphenated
    name an organisation: a proper noun with no article that "in" holds, in the figure's clause, is where the figure
    was counted (the code before gave the price to Eiremar, the country the story is about)."""
    found = march(nlp, HOUSE_PRICES)
    assert found["€598,000"].subject == "Kilbarra-Rathmore", found["€598,000"].subject


def test_the_companys_own_figures_stay_its_own(nlp):
    """Guard (passes on the code before too): the company's sales and revenue, written with no place in their
    clause, stay the company's."""
    found = march(nlp, BUILDER.format(place="Ashby"))
    for text in ("12%", "£1.9 billion"):
        assert found[text].subject.startswith("Corvex"), (text, found[text].subject)


PLANS = ("Corvex Homes posts record sales\n\n"
         "Corvex Homes sold 2,410 homes last year, the builder said on Tuesday.\n\n"
         "Chief executive Ann Reid said: \"We are very much on track to deliver our growth plan to double sales by 2026 "
         "and to have significantly more than 3,000 shops in Norland over the longer term.\"\n\n"
         "The company will spend £900 million on new showrooms in Ashby.\n")


def test_an_organisations_own_counts_segments_and_spending_in_a_place_stay_its_own(nlp):
    """Guard (passes on the code before too): in a story about a company, an infinitive with no subject of its own
    ("to have ... 3,000 shops in Norland") and a sum it spends in a place ("£900 million on new showrooms in Ashby")
    stay the company's."""
    found = march(nlp, PLANS)
    for text in ("more than 3,000", "£900 million"):
        assert found[text].subject.startswith("Corvex"), (text, found[text].subject)
