"""Session 58 (sc): who a figure is about when the tagger misreads a company's short form. A one-word short form the
small model calls a date ("Darrow" of "Darrow Networks") is the company, which then owns its clauses' figures and
carries to the sentences after it; a capitalised first word the text also capitalises mid-sentence is a name, not a
word the tagger mistook for one, and the sentences after it go on about it. Made-up text; a test of each change fails
on the code before it."""
from __future__ import annotations

import datetime as dt

from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2026, 5, 4))

DEAL = ("{n} Networks agrees to buy software maker Pellin for $800 million\n\n"
        "BRACKLEY, May 4 (Claimx Wire) - {n} Networks has agreed to buy Pellin, a billing software firm, for "
        "$800 million, the companies said on Monday.\n\n"
        "Pellin has about 3,100 customers and will join the cloud unit of {n}. {n}, whose fiscal year ends in "
        "September, reported its second-quarter results on the same day. Revenue for the three months to March rose "
        "5% to $2.2 billion.\n\n"
        "{n} would pay Pellin a break fee of $30 million if the deal fails.\n")


def test_a_short_form_read_as_a_date_is_the_company(nlp):
    # the tagger calls the short form opening the third sentence a date
    found = claims_of(nlp, DEAL.format(n="Darrow"))
    assert found["$2.2 billion"].subject.startswith("Darrow")
    assert found["5%"].subject.startswith("Darrow")
    assert found["about 3,100"].subject == "Pellin"


def test_a_first_word_the_text_capitalises_mid_sentence_carries(nlp):
    # the parser calls the short form opening the sentence a common noun; the text writes it mid-sentence too
    text = DEAL.replace("the companies said on Monday.", "the companies said on Monday. The board of {n} Networks "
                        "backed the deal.").replace("\n\nPellin has about", "\n\nPellin sells billing tools to banks. Pellin "
                                                    "has about").replace("Pellin", "Pellin Labs")
    found = claims_of(nlp, text.format(n="Fennow"))
    assert found["$2.2 billion"].subject.startswith("Fennow")
    assert found["about 3,100"].subject == "Pellin Labs"


def test_the_unit_is_the_part_named_beside_its_description(nlp):
    # "the unit" after a part named by a proper noun set off beside "the group's ... division"
    text = ("Halvane Group profit rises\n\n"
            "Halvane Group said on Tuesday that revenue rose 6% to $3.2 billion last year.\n\n"
            "Halvane Web, the group's cloud division, grew 12% to $900 million. The unit signed 4,000 new clients "
            "during the year.\n")
    found = claims_of(nlp, text, dt.date(2026, 2, 3))
    assert found["4,000"].subject == "Halvane Web"
    assert found["$3.2 billion"].subject == "Halvane Group"


def test_a_hyphenated_figure_describes_the_name_it_modifies(nlp):
    # "the 41,000-capacity Fenwick Park": the ground's capacity, not the club's who play there; "188-centimetre
    # shooter Ana Morvell": the player's height
    found = claims_of(nlp, "Harlow United sign winger\n\nHarlow United, who play at the 41,000-capacity Fenwick Park, "
                           "signed winger Tom Ekwu on Tuesday for £12 million.\n", dt.date(2026, 2, 3))
    assert found["41,000"].subject == "Fenwick Park"
    assert found["£12 million"].subject == "Tom Ekwu"
    found = claims_of(nlp, "Netball: Valdoria win series\n\nThe return of 188-centimetre shooter Ana Morvell to the side "
                           "proved decisive as Valdoria won the final 61-52 on Sunday.\n", dt.date(2026, 2, 3))
    assert found["188-centimetre"].subject == "Ana Morvell"


def test_a_common_noun_a_hyphenated_figure_modifies_keeps_the_clause_subject(nlp):
    """Guard (passes on the code before too): no name in the phrase, the clause's subject keeps the figure."""
    found = claims_of(nlp, "Harlow United\n\nHarlow United play at the 41,000-capacity ground near the river.\n",
                      dt.date(2026, 2, 3))
    assert found["41,000"].subject == "Harlow United"

