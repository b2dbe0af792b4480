"""Session 56 (pn): periods the frame left None where the article pins one, each written as a general shape on made-up
text. Each test fails on the code before it unless its docstring says it is a guard."""
from __future__ import annotations

import datetime as dt

from fixtures_claims import claims_by_text

FUNDS = ("Norland start-ups raised record sums in 2024, report says\n\n"
         "Start-ups in Norland raised $2.4 billion in 2024, a record, according to a report by the Vesta Fund.\n\n"
         "There were 40 new start-ups in the accelerator, with 12 coming from Tarlow and nine from Brenna, "
         "the report said.\n\n"
         "Theft offences fell by 3 per cent, but this masked a rise in thefts from shops, with 18,000 offences "
         "taking place.\n")


def test_an_absolute_clause_reports_in_the_tense_of_its_verb(nlp):
    """"..., with 12 coming from Tarlow and nine from Brenna": an absolute clause of "with" and a participle has no
    tense of its own; its figures report in the past tense of the verb it hangs from ("There were"), so they take the
    period the article carries (2024), as that verb's figure does, not the None of a present-tense state
    (frame.period.carry_tense, `_absolute`)."""
    found = claims_by_text(nlp, FUNDS, dt.date(2025, 2, 11))
    assert found["12"].period == "2024"
    assert found["18,000"].period == "2024"


MATCH = ("Ardley beat Corran 3-1 to go top\n\n"
         "Ardley beat Corran 3-1 at Harlow Park on Saturday to go top of the table.\n\n"
         "Kessel opened the scoring with a 25-yard strike in the 12th minute.\n\n"
         "Marlow, a two-time champion, has now scored in four straight games.\n")


def test_a_match_report_s_described_event_takes_the_match_month(nlp):
    """"opened the scoring with a 25-yard strike" in a match report (article period kind match_month): a figure
    describing a thing brought in with "a" is an event of the match, of the match's month, not a standing fact with no
    period (carry feature `described_thing` is off in a match report as it is in a deal or a poll story)."""
    found = claims_by_text(nlp, MATCH, dt.date(2025, 3, 17))
    assert found["25-yard"].period == "2025-03"


def test_a_description_of_a_name_stays_without_a_period(nlp):
    """Guard (passes on the old code too): "Marlow, a two-time champion" in a match report describes the player, a
    fact about a name (frame.period.describes_name), with no period, as a career total is."""
    found = claims_by_text(nlp, MATCH, dt.date(2025, 3, 17))
    assert found["two"].period is None


RESULTS = ("Harlow Marine half-year profit rises 12%\n\n"
           "Harlow Marine said net profit for the six months to December rose 12% to $41.2 million.\n\n"
           "Revenue for the half grew 8% to $612 million.\n\n"
           "The company will pay an interim dividend of 4 cents a share, up 1 cent from a year ago.\n")


def test_a_declared_dividend_is_of_the_period_reported(nlp):
    """"The company will pay an interim dividend of 4 cents" in a results story of a half year: the future tense is the
    payment's, the dividend is declared for the half reported (rules/frame.json `declared_payout_nouns`), so it takes
    the carried period, not the None of a forecast."""
    found = claims_by_text(nlp, RESULTS, dt.date(2025, 2, 20))
    assert found["$41.2 million"].period is not None
    assert found["4 cents"].period == found["$41.2 million"].period
