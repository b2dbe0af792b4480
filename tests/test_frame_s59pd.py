"""Session 59 (pd): the period of claims on real pages, each fix written as a general shape on made-up text. Each test
fails on the session-start code unless its docstring says it is a guard."""
from __future__ import annotations

import datetime as dt

from fixtures_claims import claims_by_text

HOMES = ("Valdoria home prices climb\n\n"
         "Home prices in Valdoria rose 1.4 per cent in March, the Kestrel Building Society said.\n\n"
         "The annual rate was flattered by a weak rise in February 2029. Traders are bracing for the central bank to "
         "lift its key rate to 4 per cent.\n")


def test_a_present_tense_rate_does_not_take_an_old_month_its_paragraph_named(nlp):
    """"flattered by a weak rise in February 2029. Traders are bracing for the central bank to lift its key rate to 4
    per cent" (published April 2030): a month more than a release's few months back is no month the release reports,
    so a present-tense rate after it does not take it as the release's month (frame/period.carry_features
    `month_release`, `_recent`)."""
    found = claims_by_text(nlp, HOMES, dt.date(2030, 4, 9))
    assert found["1.4 per cent"].period == "2030-03"
    assert found["4 per cent"].period != "2029-02"


RATES = ("Valdoria jobless rate\n\n"
         "Valdoria's unemployment rate fell in March, the statistics office said.\n\n"
         "The rate is 4.2%, the office said.\n")


def test_guard_a_present_tense_rate_takes_the_release_s_recent_month(nlp):
    """Guard (passes before and after): "The rate is 4.2%" in a release on March published in April: the month the
    release reports is recent, so the present tense reports it (`month_release`)."""
    found = claims_by_text(nlp, RATES, dt.date(2030, 4, 9))
    assert found["4.2%"].period == "2030-03"
