"""Frame shapes met reading real results copy checked against the bundled pack (session 28). Sentences are invented
for these tests."""
from __future__ import annotations

import datetime as dt

from test_frame_s27 import claims_of
from fixtures_claims import bundled_pack, checked_reader


RANKING = ("Harwick stays on top of the global list\n\n"
           "Harwick Stores tops the annual ranking of the world's biggest companies with revenue of $612 billion. "
           "Harwick said its sales grew 5% last year.\n\n"
           "Taken together, the list is huge: the world's 500 largest companies combined to generate $38.2 trillion in "
           "revenue in 2024.")


def test_a_group_of_companies_the_clause_names_is_not_the_carried_topic(nlp):
    found = claims_of(nlp, RANKING, dt.date(2025, 7, 29))
    assert found["$612 billion"].subject == "Harwick Stores"
    assert "Harwick" not in (found["$38.2 trillion"].subject or "")


_checked = checked_reader(None, claims_of, bundled_pack)


def test_a_calendar_year_of_a_january_year_end_is_read_with_either_fiscal_year(nlp):
    # the bundled pack: Walmart's FY2025 (February 2024 to January 2025) revenue $681.0 billion, FY2024 $648.1 billion
    text = ("Walmart keeps growing\n\nWalmart reported revenue of $681 billion in 2024, the retailer said.\n\n"
            "Walmart reported revenue of $648 billion in 2024, another outlet wrote.")
    found = _checked(nlp, text, dt.date(2025, 3, 1))
    assert found["$681 billion"].verdict == "supported"  # 2024 is mostly fiscal 2025
    assert found["$648 billion"].verdict == "supported"  # ... or fiscal 2024 by its number


def test_a_calendar_year_matching_neither_fiscal_year_is_still_contradicted(nlp):
    text = "Walmart keeps growing\n\nWalmart reported revenue of $900 billion in 2024, the retailer said."
    assert _checked(nlp, text, dt.date(2025, 3, 1))["$900 billion"].verdict == "contradicted"


def test_a_carried_quarter_is_not_pinned_over_an_unread_previous_quarter():
    from claimx.check.readings import period_pinned
    from claimx.records import Claim, Frame, MetricFrame, PeriodFrame, SubjectFrame

    def claim(sentence):
        frame = Frame(sentence_start=0, sentence_end=len(sentence), subject=SubjectFrame(), metric=MetricFrame(),
                      period=PeriodFrame(value="Q3 2025", kind="bare_quarter", reason="article"), status="reported")
        return Claim(id="a:1", article="a", text="0.3%", start=0, end=4, sentence=sentence, value=0.3,
                     unit="percent", qualifier="exact", kind="change", period="Q3 2025", frame=frame)

    assert period_pinned(claim("The economy grew 0.3% in the three months to September."))
    assert not period_pinned(claim("The office revised its estimate of growth in the previous quarter to 0.3%."))


def test_a_clock_time_after_a_clock_cue_is_no_claim_but_a_race_time_is(nlp):
    found = claims_of(nlp, "Ferry times\n\nThe ferry leaves at 2:05:06 every morning. Kiprop won in 2:05:06.",
                      dt.date(2025, 3, 1))
    assert [c.value for c in found.values()] == [7506.0]
