"""Session 54 (pz): a figure whose scale letter the parser hangs elsewhere ("rose to £562m": "562" the object of "to",
the "m" tagged a verb and hung on "rose") reads the same frame as the figure written out ("£562 million"). Made-up
text; a test of each change fails on the code before it, unless its docstring says it is a guard."""
from __future__ import annotations

import datetime as dt
import re

from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2031, 10, 7))


def _spelled(text: str) -> str:
    """`text` with each glued "m" of a figure written out as " million"."""
    return re.sub(r"(\d)m\b", r"\1 million", text)


def _frame(claim):
    return claim.subject, claim.metric, claim.period, claim.direction


def _same_frames(nlp, glued: str, spelled: str, pairs):
    """Each (glued figure, spelled-out figure) pair of `pairs` reads the same frame in its own text."""
    short, long = claims_of(nlp, glued), claims_of(nlp, spelled)
    for a, b in pairs:
        assert _frame(short[a]) == _frame(long[b]), (a, _frame(short[a]), _frame(long[b]))


RESULTS = ("Corvane shares slip as it cuts costs\n\n"
           "Corvane Group said trading had been hard in the six months to September.\n\n"
           "Operating profit fell to £84m from £92m a year earlier. Turnover rose to £562m from £471m in the first "
           "half.\n")


def test_a_scale_letter_hung_on_the_verb_reads_as_the_figure_written_out(nlp):
    found = claims_of(nlp, RESULTS)
    assert found["£84m"].metric == found["£92m"].metric is not None
    assert found["£562m"].metric == found["£471m"].metric == "Turnover"
    _same_frames(nlp, RESULTS, _spelled(RESULTS),
                 (("£84m", "£84 million"), ("£92m", "£92 million"), ("£562m", "£562 million"),
                  ("£471m", "£471 million")))


HEADLINE = ("Halvern share price rises as it resumes dividend as profits rise to £562m in first half\n\n"
            "Halvern Stores restored its interim dividend on Tuesday.\n")


def test_a_headlines_scale_letter_hung_on_its_root_reads_as_the_figure_written_out(nlp):
    _same_frames(nlp, HEADLINE, _spelled(HEADLINE), (("£562m", "£562 million"),))
    assert claims_of(nlp, HEADLINE)["£562m"].metric == "profits"


RANGE = ("Marbury homes plan approved\n\n"
         "The developer, Tarnwell Homes, has agreed to pay between £12m and £15m towards a new school.\n")


def test_the_second_figure_of_a_range_whose_letter_hangs_on_the_main_verb(nlp):
    found = claims_of(nlp, RANGE)
    assert found["between £12m and £15m"].metric == "payment"
    _same_frames(nlp, RANGE, _spelled(RANGE),
                 (("between £12m and £15m", "between £12 million and £15 million"),))


def test_the_letter_stands_where_the_number_stood(nlp):
    doc = nlp("Turnover rose to £562m from £471m in the first half.")
    letter = doc[5]
    assert (doc[4].text, letter.text) == ("562", "m")
    assert letter.head.text == "to" and letter.dep_ == "pobj"
    assert letter.pos_ == "NOUN"
    assert doc[4].head.i == letter.i
    assert [s.root.i for s in doc.spans["claims"]][:1] == [letter.i]


INVESTMENT = "Tarwick Group results\n\nCash fell to £90m after £26m investment in the network.\n"


def test_a_letter_modifying_the_noun_after_the_figure_keeps_its_place(nlp):
    """The parser hangs "26" on "after" (taken for a mark) and the "m" on "investment": the letter's place is the
    figure's, as in "a $372M budget"."""
    found = claims_of(nlp, INVESTMENT)
    assert found["£26m"].metric == "investment"
    _same_frames(nlp, INVESTMENT, _spelled(INVESTMENT), (("£90m", "£90 million"), ("£26m", "£26 million")))


AIRPORT = "Marbury Airport handled 18m passengers last year, up 6% on 2029.\n"


def test_a_letter_beside_its_number_on_the_counted_noun_is_no_part_of_the_noun(nlp):
    found = claims_of(nlp, AIRPORT)
    assert found["6%"].metric == "passengers"
    _same_frames(nlp, AIRPORT, _spelled(AIRPORT), (("18m", "18 million"), ("6%", "6%")))


def test_figures_the_parser_already_reads_keep_their_frame(nlp):
    """Guard (passes on the session-start code too): a letter the parser already hangs on its number, or the number on
    it, reads as before."""
    text = ("Ashgrove County leaders give first nod to $412M budget\n\n"
            "The Orla Wetland study, funded by a €4.6m grant from the Baltic Marsh Fund, counted 31 species.\n\n"
            "Pellam Air carried 94m passengers last year.\n")
    found = claims_of(nlp, text)
    assert found["$412M"].metric == "budget"
    assert found["€4.6m"].metric == "grant"
    assert found["94m"].metric == "passengers"
    assert found["94m"].subject == "Pellam Air"
