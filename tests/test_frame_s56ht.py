"""Session 56 (ht: the article's main entity versus another name): how far back a name written earlier stays what the
figures are about before the article's own topic takes over again. Made-up text; a test of each change fails on the
code before it, unless its docstring says it is a guard."""
from __future__ import annotations

import datetime as dt

from fixtures_claims import claims_reader

october = claims_reader(dt.date(2031, 10, 20))


TAKEOVER = ("Calverton Biotech shares jump on takeover deal with Morrow Labs\n\n"
            "Calverton Biotech (NASDAQ:CLVB) stock is climbing on Tuesday thanks to a takeover deal with Morrow Labs "
            "(NASDAQ:MRLB).\n\n"
            "This deal will have Morrow Labs acquire all outstanding shares of CLVB stock. The transaction will see "
            "holders of CLVB stock get 0.2461 shares of MRLB stock for each share that they own. They will also get one "
            "right per Calverton share worth another 35 cents per share.\n")


def test_a_sentence_with_a_common_noun_subject_of_its_own_ends_the_carry_of_a_name_before_it(nlp):
    """"This deal will have Morrow Labs acquire ... The transaction will see holders ... get 0.2461 shares ... They
    will also get one right per Calverton share worth another 35 cents": the buyer named as a subject two sentences
    back is no longer what the text is about once a sentence in between has a subject of its own that is a common noun
    ("The transaction"); the figure falls back on the company the article leads with (the code before carried Morrow
    Labs over it)."""
    found = october(nlp, TAKEOVER)
    assert found["35 cents"].subject.startswith("Calverton"), found["35 cents"].subject


SOFTWARE_MAKER = ("New game sales pay off for Tellurix\n\n"
                  "ASHBURN \u2014 Tellurix Corp. said its fiscal first-quarter profit rose 19 percent as brisk sales of "
                  "the new \u201cStarfall 2\u201d video game, Quillbook and Ledger Office helped the software maker "
                  "breeze past forecasts.\n\n"
                  "Investors cheered, sending shares up Thursday from $21.50 to $23.85, more than 10 percent, in late "
                  "trading.\n\n"
                  "For the quarter ended Sept. 30, the software maker\u2019s profit climbed to $2.61 billion, or 31 "
                  "cents per share, from $2.19 billion during the same period last year.\n")


def test_a_description_refers_back_to_a_name_in_its_sentence_or_the_one_before_only(nlp):
    """"..., the software maker's profit climbed to $2.61 billion, or 31 cents per share": the organisation a
    description refers back to is named in its sentence or the one before; a product named two sentences back
    ("Quillbook and Ledger Office", tagged an organisation) is out of its reach, and the figure is the company's the
    article is about (the code before reached two sentences back and gave the profit to Ledger Office)."""
    found = october(nlp, SOFTWARE_MAKER)
    for text in ("$2.61 billion", "31 cents"):
        assert found[text].subject.startswith("Tellurix"), (text, found[text].subject)


def test_a_description_still_takes_the_name_in_the_sentence_before(nlp):
    """Guard (passes on the code before too): "Harwick Foods posted sales of $3.2 billion. The grocer's profit rose to
    $210 million": the organisation named in the sentence right before is still what the description means."""
    text = ("Grocers report a mixed quarter\n\n"
            "Tarnwell Stores said trading was steady. Harwick Foods posted sales of $3.2 billion in the quarter. The "
            "grocer\u2019s profit rose to $210 million.\n")
    found = october(nlp, text)
    assert found["$210 million"].subject == "Harwick Foods"


def test_a_description_or_an_owned_noun_in_between_keeps_the_carry(nlp):
    """Guard (passes on the code before too): "The opening comes as Kestrel Power moves away from coal. The utility
    produced 9,800 GWh in 2030. Its goal is 60% by 2035": a sentence in between whose subject describes the
    organisation ("The utility") goes on about it, so the name two sentences back is still carried; so does one whose
    subject a pronoun owns ("Its 310 depots ...")."""
    text = ("Brenmoor Solar opens its first plant\n\n"
            "Brenmoor Solar switched on its first plant on Monday. The opening comes as Kestrel Power moves away from "
            "coal. The utility produced 9,800 GWh in 2030, with solar making up 21% of the total. Its goal is 60% by "
            "2035.\n")
    found = october(nlp, text)
    assert found["60%"].subject == "Kestrel Power"
