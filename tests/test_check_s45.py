"""Session 45, the checker and the reading of a change's direction. Made-up text; the first test of each pair fails
on the code before the change.

- a change noun's "by" phrase is the size of the change it names, with its direction ("saw its profit decline by
  35.5 per cent", components.direction._from_parse);
- a change whose direction the reading missed, a figure with no sign, is judged on its size only, never contradicted
  by the sign of the levels (check.growth.signed_judgement);
- the figures joined to a part a total's list names its own parts of ("six support vessels, including two supply
  and four rescue vessels", "IGST is Rs 550 crore, including Rs 230 crore on imports and Rs 40 crore on services;")
  are no parts of the total (check.internal._parts_named_after).
"""
from __future__ import annotations

import datetime as dt

from fixtures_claims import all_checked, checked_reader, claims_reader

claims_of = claims_reader(dt.date(2019, 8, 21))
checked = checked_reader(dt.date(2019, 8, 21), claims_of)


def checked_all(nlp, text, published=dt.date(2022, 4, 1)):
    return all_checked(nlp, text, published)


def test_a_change_nouns_by_phrase_is_a_change_with_its_direction(nlp) -> None:
    text = "Harlow Bank profit falls\n\nHarlow Bank saw its profit decline by 35.5 per cent to N31.08 billion.\n"
    found = claims_of(nlp, text)
    assert (found["35.5 per cent"].kind, found["35.5 per cent"].direction) == ("change", "down")


def test_a_decline_by_a_figure_agrees_with_its_levels(nlp) -> None:
    text = ("Harlow Bank profit falls\n\n"
            "Harlow Bank saw its profit decline by 35.5 per cent to N31.08 billion from N48.17 billion.\n")
    assert checked(nlp, text)["35.5 per cent"].verdict == "supported"


def test_a_decline_by_a_wrong_figure_is_still_contradicted(nlp) -> None:
    text = ("Harlow Bank profit falls\n\n"
            "Harlow Bank saw its profit decline by 25.5 per cent to N31.08 billion from N48.17 billion.\n")
    assert checked(nlp, text)["25.5 per cent"].verdict == "contradicted"


def test_the_figures_joined_to_a_parts_own_part_are_no_parts_of_the_total(nlp) -> None:
    text = ("Tax take\n\nThe gross revenue collected in the month of March 2022 is Rs 1,070 crore of which CGST is Rs 200 "
            "crore, SGST is Rs 250 crore, IGST is Rs 550 crore, including Rs 230 crore collected on imports and Rs 40 "
            "crore on services; and cess is Rs 70 crore.")
    found = [c for c in checked_all(nlp, text) if c.text == "Rs 1,070 crore"]
    # 200 + 250 + 550 + 70: the 40 joined to the IGST's own part is not added, the cess after the semicolon is
    assert found[0].verdict == "supported"
