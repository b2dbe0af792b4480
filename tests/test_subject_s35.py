"""Session 35: a byline under the headline names the writer, never what the figures are about (frame/subject.py
credit_line, _byline). Sentences are invented for these tests, in the shapes real pages write."""
from __future__ import annotations

import datetime as dt

import pytest

from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2025, 10, 23))


@pytest.mark.parametrize("byline", [
    "Tomas Brennick, Press Association",
    "Tomas Brennick | Health Reporter",
    "Tomas Brennick - Crime Correspondent",
])
def test_a_byline_of_a_name_and_a_title_is_no_subject(nlp, byline):
    text = ("Burglaries up but overall crime down\n\n"
            f"{byline}\n"
            "Thursday 23 October 2025 11:02 BST\n\n"
            "Police recorded more burglaries between April and June, according to figures published today.\n\n"
            "Domestic burglary in Valdoria rose by 4 per cent, while there were 41,300 burglaries in all.\n\n"
            "Theft offences fell by 2 per cent.\n")
    found = claims_of(nlp, text)
    for figure in ("41,300", "2 per cent"):
        assert found[figure].subject and "Brennick" not in found[figure].subject \
            and "Tomas" not in found[figure].subject and "Reporter" not in found[figure].subject, figure


def test_a_short_line_that_is_no_byline_keeps_its_names(nlp):
    # a heading of a round-up names its section's subject: "Harlow City" written under the headline with a lower-case
    # word after it is no byline
    from claimx.frame.subject import _byline

    doc = nlp("Rents rise\n\nHarlow City sees rents rise fastest\n")
    line = doc[3:9]
    assert not _byline(line)


@pytest.mark.parametrize("text,figure,metric", [
    ("Rents\n\nRents in Harlow rose by an average of 8%.\n", "8%", "rents"),
    ("Birds\n\nThe valley's bird populations have dropped by an average of 41% since 1995, a survey found.\n", "41%",
     "bird populations"),
])
def test_a_figure_stated_as_an_average_measures_what_its_clause_measures(nlp, text, figure, metric):
    found = claims_of(nlp, text)
    assert metric in found[figure].metric.lower()


@pytest.mark.parametrize("dateline", ["Port Avel, Feb 14 (Wire)", "Port Avel, Tarn, November 15, 2025--"])
def test_a_dateline_in_title_case_is_no_subject(nlp, dateline):
    text = ("Orla Power profit soars\n\n"
            f"{dateline} Orla Power on Thursday said its December quarter net profit rose 89 per cent to Rs 189 "
            "crore.\n")
    found = claims_of(nlp, text)
    assert found["89 per cent"].subject == "Orla Power"


@pytest.mark.parametrize("text", ["Orla profit\n\nPort Avel, Feb 14 (Wire) Orla Power said its profit rose.",
                                  "Orla profit\n\nPort Avel, Tarn, November 15, 2025-- Orla Power said its profit rose."])
def test_a_place_in_title_case_before_a_date_and_a_dash_or_credit_is_a_dateline(text):
    import spacy

    from claimx.frame.subject import is_dateline

    doc = spacy.blank("en")(text)
    span = doc.char_span(text.index("Port"), text.index("Port") + len("Port Avel"))
    assert is_dateline(span)


def test_a_place_in_title_case_opening_a_line_with_no_date_stays_a_name():
    # "Port Avel, the capital, ..." opens a sentence about the place: no dateline
    import spacy

    from claimx.frame.subject import is_dateline

    nlp = spacy.blank("en")
    doc = nlp("Rents\n\nPort Avel, the capital, saw rents rise 4 per cent.")
    span = doc.char_span(doc.text.index("Port"), doc.text.index("Port") + len("Port Avel"))
    assert not is_dateline(span)
