"""Session 42, second round on who a figure is about. Made-up names and figures; each test fails on the code before
the change it names.

- a figure in a phrase opening a sentence whose subject is an empty "it" ("With 31 goals in 28 games for Ardlow
  Rovers, it was clear he had the potential ...") is the subject's of the clause "it" stands for, not the story's
  topic (claims._expletive_clause_subject); "he" may mean a full name the tagger left untagged after a role
  ("Ardlow striker Tomas Varga"), and not a name a description of an organisation introduces ("Austrian side RB
  Salzburg", tagged a person) (claims._person_before);
- a proper noun "in" holds that the tagger calls a nationality ("... hectares planted with rice in Punjab", tagged
  NORP) is a place of the figure's clause (claims._placed_by_in), and a place in the figure's own phrase wins over
  one in a phrase joined to it ("4,000 hectares ... in Punjab, and 6,000 hectares ... in Haryana")
  (claims._in_own_phrase);
- a figure six words down from its verb ("With 31 goals in 28 games ..., it was clear he had": "28" -> "games" ->
  "in" -> "goals" -> "With" -> "was") still has that verb (claims._find_governing_verb).
"""
from __future__ import annotations

import datetime as dt

from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2023, 5, 22))


def test_an_empty_it_gives_way_to_the_clause_it_stands_for(nlp):
    text = ("Varga the goal machine\n\nA year ago, Kestrel City signed a new striker for the Premier League season.\n\n"
            "At 21, Ardlow striker Tomas Varga had already established himself as a prolific scorer.\n\n"
            "With 31 goals in 28 games for Ardlow Rovers, it was clear he had the potential to become a great striker.\n")
    assert claims_of(nlp, text)["31"].subject == "Tomas Varga"


def test_he_means_an_untagged_name_not_a_described_side(nlp):
    text = ("Rovers goal machine\n\nA year ago, Kestrel Rovers announced a new signing that would boost their Premier "
            "League title bid for the 2022-23 season.\n\nAt just 21, Borussia Dortmund striker Erling Haalvik \u2013 "
            "who joined for a fee of around \u00a351 million \u2013 had already established himself as a prolific "
            "scorer.\n\nWith 31 goals in 30 games for Austrian side RB Lindau, and 70 goals in 81 matches for "
            "Dortmund, it was clear he had the potential to become a top striker.\n")
    claims = claims_of(nlp, text)
    assert claims["31"].subject == "Erling Haalvik"
    assert claims["70"].subject == "Erling Haalvik"


def test_a_place_tagged_a_nationality_in_the_figures_own_phrase(nlp):
    text = ("Monsoon floods hit rice crop in the north\n\nFlooding over the weekend has hit paddy fields across two "
            "northern states, though officials expect output to hold up.\n\nCrops were submerged in Punjab and "
            "Haryana.\n\nAbout 4,000 hectares (9,880 acres) out of 2.1 million hectares planted with rice in Punjab, "
            "and 6,000 hectares out of 1.8 million hectares in Haryana are under water, R. Singh of the Haryana-based "
            "Rice Institute said on Monday.\n")
    claims = claims_of(nlp, text, dt.date(2024, 8, 12))
    assert claims["About 4,000 hectares"].subject == "Punjab"
    assert claims["2.1 million hectares"].subject == "Punjab"
    assert claims["6,000 hectares"].subject == "Haryana"


def test_a_figure_deep_in_a_fronted_phrase_still_has_its_verb(nlp):
    text = ("Varga the goal machine\n\nA year ago, Kestrel City signed a new striker for the Premier League season.\n\n"
            "At 21, Ardlow striker Tomas Varga had already established himself as a prolific scorer.\n\n"
            "With 31 goals in 28 games for Ardlow Rovers, it was clear he had the potential to become a great striker.\n")
    assert claims_of(nlp, text)["28"].subject == "Tomas Varga"
