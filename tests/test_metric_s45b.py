"""Session 45 (second round): what a figure measures, in shapes of real wire, statistics and local copy. Made-up names
and figures; each test fails on the code before the change it names.

- a multiple written as its own verb ("The number of patients waiting longer than nine months for surgery more than
  doubled") measures the verb's subject, not the noun right before the verb ("surgery"); also when the parse makes the
  subject's participle the main verb and the multiple a clause of it (frame.metric._multiplied_subject).
"""
from __future__ import annotations

import datetime as dt

from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2026, 6, 1))


def test_a_multiple_verb_measures_its_subject_not_the_noun_before_it(nlp):
    text = ("Harlow waiting lists grow\n\n"
            "The number of patients waiting more than nine months for treatment in Harlow has more than doubled in six "
            "months, figures show.\n\n"
            "The number of patients waiting longer than nine months for surgery more than doubled from 2,100 in May last "
            "year to 4,600 in May this year.\n")
    assert claims_of(nlp, text)["more than doubled"].metric == "patients"  # the second: "waiting" parsed as main verb
    text = ("Harlow waiting lists grow\n\n"
            "The number of patients waiting longer than nine months for surgery more than doubled from 2,100 in May last "
            "year to 4,600 in May this year.\n")
    assert claims_of(nlp, text)["more than doubled"].metric == "patients"
    text = ("Harlow scan waits grow\n\n"
            "The number of people waiting more than six weeks for key scans in Harlow has almost quadrupled.\n")
    assert claims_of(nlp, text)["almost quadrupled"].metric == "people waiting more than six weeks for key scans"
