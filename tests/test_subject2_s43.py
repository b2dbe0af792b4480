"""Session 43, second subject round: who a figure is about. Made-up names and figures; each test fails on the code
before the change it names.

- a statistic's acronym written as a headline's subject ("January CPI at 4.1%, IIP sees 6.2% rise", "PMI climbs to
  51.2") is a measure, not who the figure is about: the index acronyms of statistics releases (CPIH, HICP, IIP, PCE,
  PMI, PPI, RPI, WPI) join CPI and GDP in `not_subjects`;
- an apposition naming a move ("a 9.1 percent jump from ...") that the parser hangs on the name in a prepositional
  phrase after the figure ("earned Sh12.1 billion from Z-Pay, a 9.1 percent jump") restates the figure: it is no
  description of that name (claims._apposed_name, claims._names_a_move);
- a measure coming "from" a noun with an organisation in its "of" phrase ("the revenue from operations of Zentel
  Mobile (ZML) jumped 20.2 percent") is that organisation's, not the company the text is about
  (claims._owner_of_source_noun);
- a market index's own name (`index_name_words`) with no words before it, which the tagger reads as a common noun
  ("Sensex rises 412 points, Nifty above 16,200"), is the subject of its move (claims._index_name).
"""
from __future__ import annotations

import datetime as dt

from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2026, 2, 12))


def test_a_statistics_acronym_in_the_headline_is_no_subject(nlp):
    text = ("January CPI at 4.1%, IIP sees 6.2% rise\n\n"
            "Consumer price inflation in Freedonia stood at 4.1 percent in January, down from 4.3 percent in "
            "December, the statistics office said.\n\n"
            "Industrial output in Freedonia rose 6.2 percent in December.\n")
    claims = claims_of(nlp, text)
    for figure in ("4.1%", "6.2% rise"):
        found = next(c for t, c in claims.items() if t.startswith(figure.split()[0]))
        assert found.subject not in ("IIP", "CPI"), figure
        assert found.subject == "Freedonia", figure


def test_a_move_in_apposition_restates_the_figure(nlp):
    text = ("Telzo's half-year profit up 12pc\n\n"
            "Telzo's net profit for six months through June rose 12 per cent, the telco reported Friday.\n\n"
            "The mobile operator, whose shares trade on the Zenda bourse, earned Sh12.1 billion from its payments "
            "service Z-Pay, a 9.1 percent jump from Sh11.1 billion a year earlier.\n")
    claims = claims_of(nlp, text)
    for figure in ("Sh12.1 billion", "9.1 percent", "Sh11.1 billion"):
        assert claims[figure].subject == "Telzo", figure


def test_a_measure_from_the_operations_of_a_company_is_the_companys(nlp):
    text = ("Korvel Telecom Q2 profit rises\n\n"
            "Korvel Telecom posted a net profit of Rs. 1,134 crore for the September quarter.\n\n"
            "Meanwhile, the revenue from operations of Zentel Mobile (ZML) jumped 20.2 percent to Rs. 2,521 crore for "
            "the quarter.\n")
    claims = claims_of(nlp, text)
    assert claims["20.2 percent"].subject == "Zentel Mobile"


def test_a_bare_index_name_opening_a_headline_is_the_subject(nlp):
    text = ("Sensex rises 412 points, Nifty above 16,200; metal stocks lead gains\n\n"
            "Indian shares opened higher on Tuesday on positive global cues.\n")
    claims = claims_of(nlp, text)
    assert claims["412 points"].subject == "Sensex"
