"""Session 45 (second round): what a figure measures, in shapes of real wire, statistics and local copy. Made-up names
and figures; each test fails on the code before the change it names.

- a season, bare or after a word of `period_determiners` ("rose to 412 last autumn", which the parse reads as if 412
  counted the autumn; "reached 5,120 this spring"), is a time phrase (rules/frame.json `season_words`;
  frame.metric.is_period_phrase): when, never what the figure measures; a bare "fall" stays a change word.
- a multiple written as its own verb ("The number of patients waiting longer than nine months for surgery more than
  doubled") measures the verb's subject, not the noun right before the verb ("surgery"); also when the parse makes the
  subject's participle the main verb and the multiple a clause of it (frame.metric._multiplied_subject).
- in a poll story, a share in percent paired with another by "to" ("Reed had a one-point lead, 46 percent to 45
  percent", "leading Marsh by three points, 50 percent to 47 percent") is poll support when its metric is only the
  lead or nothing; the lead in points stays the lead (frame.metric.poll_side, _paired_share).
"""
from __future__ import annotations

import datetime as dt

from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2026, 6, 1))


def test_a_season_is_when_not_what_a_figure_measures(nlp):
    text = ("Harlow burglaries rise\n\n"
            "The number of burglaries in Harlow rose to 412 last autumn, the council said.\n\n"
            "Visitors to the Marlow park climbed to 41,200 last summer. Arrivals reached 5,120 this spring.\n\n"
            "Thefts fell to 120 last winter.\n")
    claims = claims_of(nlp, text)
    assert claims["412"].metric == "burglaries"
    assert claims["41,200"].metric == "Visitors"
    assert claims["5,120"].metric == "Arrivals"
    assert claims["120"].metric == "Thefts"


def test_a_bare_fall_is_still_a_change(nlp):
    text = ("Harlow house prices slip\n\n"
            "House prices in Harlow saw a fall of 3% in May, the survey said.\n")
    assert claims_of(nlp, text)["3%"].metric == "House prices fall"


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


def test_a_pair_of_shares_after_a_poll_lead_is_poll_support(nlp):
    text = ("Poll: Reed holds slight lead in Valdoria\n\n"
            "Reed held a scant, one-point lead over Marsh among registered voters, 46 percent to 45 percent, according "
            "to a new Harlow Times poll.\n\n"
            "A separate survey showed Reed leading Marsh by three points, 50 percent to 47 percent.\n")
    claims = claims_of(nlp, text)
    for figure in ("46 percent", "45 percent", "50 percent", "47 percent"):
        assert claims[figure].metric == "poll support", figure
    assert claims["one-point"].metric == "lead"
    text = ("Harlow lead grows\n\n"
            "Harlow Rovers extended their lead at the top, winning 46 percent to 45 percent of their duels.\n")
    assert claims_of(nlp, text)["46 percent"].metric != "poll support"  # no poll story
