"""Session 56 (pw: the period's granularity and anchor): which day a share's or an index's move is of when the story
does not say. Made-up text; a test of each change fails on the code before it, unless its docstring says it is a
guard."""
from __future__ import annotations

import datetime as dt

from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2031, 3, 12))  # a Wednesday


NO_DAY = (
    "Corvane confirms takeover approach from Pellam\n\n"
    "Corvane Holdings has received a takeover approach from its larger rival Pellam Group, the packaging maker "
    "confirmed in a statement to the stock exchange.\n\n"
    "Pellam is weighing an offer worth about 640 million pounds, according to people familiar with the matter.\n\n"
    "Shares of Corvane closed 8.4% higher at 312 pence in heavy trading, valuing the company at 590 million pounds.\n\n"
    "Pellam shares fell 2.1% to 188 pence.\n")


def test_a_session_of_a_story_that_names_no_day_is_the_one_before_publication(nlp):
    """A story that tells a session's moves and never names a day (no "today", no weekday, no "yesterday") is a
    report of the session before its publication date, as a morning paper writes it; not the day it is dated."""
    found = claims_of(nlp, NO_DAY)
    assert found["8.4%"].period == "2031-03-11"
    assert found["312 pence"].period == "2031-03-11"
    assert found["2.1%"].period == "2031-03-11"


def test_a_monday_story_that_names_no_day_reports_fridays_session(nlp):
    found = claims_of(nlp, NO_DAY, dt.date(2031, 3, 10))  # a Monday
    assert found["8.4%"].period == "2031-03-07"


def test_a_story_that_says_today_keeps_the_day_of_publication(nlp):
    """Guard (passes on the code before the change too): "today" dates the session by the day of publication."""
    found = claims_of(nlp, NO_DAY.replace("confirmed in a statement", "confirmed today in a statement"))
    assert found["8.4%"].period == "2031-03-12"


def test_a_story_that_names_its_day_keeps_that_day(nlp):
    """Guard (passes on the code before the change too): a story dated by a weekday of its own ("on Tuesday") is not
    moved by the rule for stories that name none."""
    found = claims_of(nlp, NO_DAY.replace("Shares of Corvane closed", "Shares of Corvane closed on Wednesday"))
    assert found["8.4%"].period == "2031-03-12"
