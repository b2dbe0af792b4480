"""Subject shapes met reading real local-government, budget and results copy (session 29). Sentences are invented for
these tests."""
from __future__ import annotations

import datetime as dt

from test_frame_s27 import claims_of


SCHOOL_BUDGET = ("Marbury Valley School Board adopts 2025-26 budget\n\n"
                 "The board approved a $48.2 million budget for the 2025-26 school year on Tuesday. "
                 "The district's property tax will stay at 19.4 mills, and the district expects to receive $21.7 million "
                 "from the state.")


def test_a_school_boards_budget_is_the_district_it_governs(nlp):
    found = claims_of(nlp, SCHOOL_BUDGET, dt.date(2025, 6, 18))
    assert found["$48.2 million"].subject == "Marbury Valley School District"
    assert found["$21.7 million"].subject == "Marbury Valley School District"


def test_a_school_board_keeps_its_name_when_the_text_never_writes_the_district(nlp):
    text = SCHOOL_BUDGET.replace("The district's property", "Its property").replace("the district expects", "it expects")
    found = claims_of(nlp, text, dt.date(2025, 6, 18))
    assert found["$48.2 million"].subject == "Marbury Valley School Board"


def test_a_sum_the_tagger_takes_for_a_name_is_no_subject(nlp):
    from spacy.tokens import Span

    from claimx.frame.subject import is_name
    from claimx.frame.words import load_words

    doc = nlp.make_doc("Fee income edged up 2 per cent to S$412 million from HK$3.1bn at Harbourline Bank.")
    words = load_words()
    def span(first, last):
        start = next(t.i for t in doc if t.idx == doc.text.index(first))
        end = next(t.i for t in doc if t.idx + len(t) == doc.text.index(last) + len(last)) + 1
        return Span(doc, start, end, label="ORG")
    assert not is_name(span("S$412", "million"), words)  # the tagger's organisation is a sum
    assert not is_name(span("HK$3.1bn", "HK$3.1bn"), words)


DEFICIT = ("Country on track to meet deficit goal, says finance minister\n\n"
           "Finance Minister Ana Reyes has said the government is on track to cut the fiscal deficit to 3.9 per cent of "
           "GDP by 2026-27. Speaking in parliament, she also gave figures for farm spending, an area the Opposition has "
           "criticised the government over.\n\n"
           "\"Valdoria has become one of the fastest-growing economies in the region,\" she said.\n\n"
           "Farm programmes received 41 billion pesos this year, 3 billion pesos more than last year. Total spending "
           "for the year stands at 1.9 trillion pesos, she said. Exports from Valdoria rose to a record last year.")


def test_the_governments_figures_are_its_countrys(nlp):
    found = claims_of(nlp, DEFICIT, dt.date(2025, 7, 30))
    assert found["3.9 per cent"].subject == "Valdoria"
    assert found["41 billion pesos"].subject == "Valdoria"  # no name in its sentence: the country the story leads with
    assert found["1.9 trillion pesos"].subject == "Valdoria"


def test_a_club_record_fee_is_the_signed_players(nlp):
    # "£38.5m" parsed with its "m" hanging on "record", not on "fee"
    text = ("Redmarsh sign Pryce\n\nRedmarsh have completed the signing of Welsh striker Owen Pryce from Castlebury for "
            "a club record £38.5m fee on a four-year deal.")
    found = claims_of(nlp, text, dt.date(2025, 7, 10))
    assert found["£38.5m"].subject == "Owen Pryce"


def test_a_role_named_by_a_persons_name_gives_the_figure_to_the_person(nlp):
    text = ("Boardroom pay climbs\n\n"
            "The former chief executive of Harwick Foods, Ann Reid, who retired last March, took home £8.4m in 2024.")
    found = claims_of(nlp, text, dt.date(2025, 4, 2))
    assert found["£8.4m"].subject == "Ann Reid"


def test_a_unit_of_a_commodity_is_the_commodity(nlp):
    text = ("Markets close flat\n\nThe Carlton 100 index closed 7.1 points, or 0.1%, lower at 6,841.2, while a barrel "
            "of Brent crude was trading down 5.8% at 61.20 US dollars.")
    found = claims_of(nlp, text, dt.date(2025, 4, 2))
    assert found["5.8%"].subject == "Brent crude"
    assert found["61.20 US dollars"].subject == "Brent crude"




def test_a_sum_spent_on_a_player_is_the_players(nlp):
    found = claims_of(nlp, "Redmarsh splash out\n\nRedmarsh spent £38m on striker Owen Pryce last summer.",
                      dt.date(2025, 4, 2))
    assert found["£38m"].subject == "Owen Pryce"
    found = claims_of(nlp, "Harwick results\n\nHarwick Foods spent $40 million on marketing in the quarter.",
                      dt.date(2025, 4, 2))
    assert found["$40 million"].subject == "Harwick Foods"  # no name it is spent on
