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
