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


SEASONS = ("The Kestrel League's record season\n\n"
           "The 1,012 goals scored in this season's Kestrel League were a record.\n\n"
           "2029-30\n\n"
           "Harlow Town were the top scorers with 91 goals.\n\n"
           "2026-27\n\n"
           "Harlow Town were champions that year too and scored 87 goals.\n\n"
           "Fenwick Rovers, who finished second, scored 79 while Ardley conceded only 24.\n")


def test_a_heading_that_is_only_a_period_dates_the_paragraphs_under_it(nlp):
    """A section heading line that is only a season or a year ("2026-27" over "Harlow Town ... scored 87 goals") sets
    the period of the paragraphs under it, up to the next heading, as a sentence opening with it would
    (components/claims `_heading_period`)."""
    found = claims_by_text(nlp, SEASONS, dt.date(2030, 5, 30))
    assert found["91"].period == "2029-30"
    assert found["87"].period == "2026-27"
    assert found["79"].period == "2026-27"
    assert found["24"].period == "2026-27"


def test_a_byline_ending_in_a_date_gives_the_publication_date(tmp_path):
    """"By Ann Reid and Tom Hale Friday, October 5, 2029" under the headline: a byline line that ends with a date (a
    weekday before it, a time of day after it) dates the story (reader `_byline_date`); a sentence opening with "By
    the" is no byline."""
    from claimx.reader import read_file

    body = "\n\nThe jobless rate in Valdoria fell to 3.7% in September.\n"
    for head, published in (("By Ann Reid and Tom Hale Friday, October 5, 2029", dt.date(2029, 10, 5)),
                            ("By Sports Desk May 29, 2031", dt.date(2031, 5, 29)),
                            ("By Ann Reid | 3 March 2030 10:05 GMT", dt.date(2030, 3, 3)),
                            ("By the end of trading on May 2, 2030, the index had risen", None)):
        path = tmp_path / "a.txt"
        path.write_text("Valdoria jobless rate falls\n\n" + head + body, encoding="utf-8")
        [article] = read_file(path)
        assert article.published == published, head


HALF = ("Tarrow posts H1 pretax profit of £88.2 million\n\n"
        "Tarrow Group reported H1 profit before tax of £88.2 million versus £79.4 million last year. Earnings per share "
        "rose 9% to 21.4p.\n")


def test_a_bare_h1_is_the_first_half_as_a_bare_q3_is_the_third_quarter(nlp):
    """"reported H1 profit before tax of £88.2 million versus £79.4 million last year": a bare "H1" (capital H) is the
    latest first half ended, as "first-half" is (periods.py `bare_half`), and the old side the same half a year before;
    "H1N1" and "H1-B" are no halves."""
    from claimx.periods import find_periods

    found = claims_by_text(nlp, HALF, dt.date(2030, 11, 17))
    assert found["£88.2 million"].period == "H1 2030"
    assert found["£79.4 million"].period == "H1 2029"
    assert found["21.4p"].period == "H1 2030"
    assert not find_periods("the H1N1 strain and an H1-B visa", dt.date(2030, 11, 17), None, None)


GAIN = ("Renfield results\n\n"
        "Renfield Group's adjusted profit for the first half year was £14.9m, compared with £52.1m last year. Last year's "
        "first half benefitted from a £6.1m currency gain, largely on intra-group balances, compared with a loss of £1.8m "
        "in the first half of this year.\n")


def test_a_figure_before_compared_with_does_not_take_the_other_side_s_period(nlp):
    """"Last year's first half benefitted from a £6.1m currency gain, ..., compared with a loss of £1.8m in the first
    half of this year": the half written after the £1.8m dates that side of the comparison; the figure before "compared
    with" does not take it when the frame leaves it none (components/claims `_counted_back_side`, read by
    `_sentence_periods`)."""
    found = claims_by_text(nlp, GAIN, dt.date(2031, 2, 5))
    assert found["£1.8m"].period == "H1 2031"
    assert found["£6.1m"].period != found["£1.8m"].period


VALUES = ("Harlow county budget\n\n"
          "The Harlow County Commission adopted its budget this week.\n\n"
          "The county's property valuations were adjusted up slightly to $41.2 billion - 94% of the all-time peak that "
          "occurred in 2027.\n")


def test_a_year_dating_the_record_a_share_is_of_is_no_period_of_the_figures(nlp):
    """"to $41.2 billion - 94% of the all-time peak that occurred in 2027": a relative clause dating a past record
    (rules/frame.json `record_nouns`) that a figure is a share of dates the record only, not the share nor the
    sentence's other figures (components/subject_mentions `_dates_modifier`)."""
    found = claims_by_text(nlp, VALUES, dt.date(2031, 9, 1))
    assert found["94%"].period != "2027"
    assert found["$41.2 billion"].period != "2027"


VOTE_AHEAD = ("Harlow tax rate\n\n"
              "On Tuesday at 6:30 PM, the Harlow County Commission will vote to keep the tax rate unchanged for a fifth "
              "year.\n\n"
              "The county's property values rose to $41.2 billion.\n")


def test_a_weekday_opening_a_sentence_set_in_the_future_is_no_event_day(nlp):
    """"On Tuesday at 6:30 PM, the County Commission will vote ..." (published on a Monday): the weekday opening the
    sentence is the day of a vote to come, whose main clause is in the future, not the day of an event held; the story
    is not dated by the month of the Tuesday before (frame/article `_in_future_clause`)."""
    found = claims_by_text(nlp, VOTE_AHEAD, dt.date(2031, 9, 1))
    assert found["$41.2 billion"].period != "2031-08"


YEAR_OVER_YEAR = ("Harwick Foods results\n\n"
                  "Harwick Foods said quarterly revenue rose 4% in the fourth quarter.\n\n"
                  "The company said net income fell 12.5% year over year to $41.2 million, or 88 cents a share, in the full "
                  "year, from $47.1 million, or $1.01 a share.\n")


def test_year_over_year_is_no_compared_side(nlp):
    """"net income fell 12.5% year over year to $41.2 million, or 88 cents a share, in the full year": "year over year"
    says how the change is measured; its "over" brings in no compared side that would keep the change from the full
    year its level is written for (frame/period `_in_compared_side`)."""
    found = claims_by_text(nlp, YEAR_OVER_YEAR, dt.date(2031, 2, 12))
    assert found["$41.2 million"].period == "2030"
    assert found["12.5%"].period == "2030"


REVISION = ("Valdoria jobs\n\n"
            "Valdoria's economy added 18,000 jobs in April, the statistics office said.\n\n"
            "The office said March payrolls rose by 41,000 - a revision from the previously reported gain of 36,000.\n")


def test_a_revision_s_earlier_estimate_past_a_dash_takes_the_revised_figure_s_period(nlp):
    """"March payrolls rose by 41,000 - a revision from the previously reported gain of 36,000": the figure after a
    word of rules/frame.json `revision_words` is an earlier estimate of the figure before it, of the same month, though
    a dash stands between (frame/period.choose)."""
    found = claims_by_text(nlp, REVISION, dt.date(2031, 5, 2))
    assert found["41,000"].period == "2031-03"
    assert found["36,000"].period == "2031-03"


GUIDANCE = ("Harwick Systems Stock Slides on Weak 3Q Results and Revised FY31 Outlook\n\n"
            "Shares of Harwick Systems fell late Thursday after third-quarter results missed estimates and the company "
            "reduced its fiscal 2031 guidance.\n\n"
            "The company reported a profit of $144 million, or 22 cents a share, compared with $165 million, or 25 cents "
            "a share, a year earlier.\n\n"
            "Revenue rose 2% to $951 million.\n")


def test_a_results_story_reports_its_quarter_not_the_year_its_guidance_is_for(nlp):
    """"3Q Results and Revised FY31 Outlook", "after third-quarter results missed estimates and the company reduced its
    fiscal 2031 guidance" (February 2031): a fiscal year still running at publication, beside the quarter a results
    lead reports, is the guidance's year; the story's figures are the quarter's (frame/article.build); "3Q" and "fiscal
    2Q" are quarters numbered first (periods.py `bare_quarter`, `fiscal_bare_quarter`)."""
    from claimx.periods import find_periods

    found = claims_by_text(nlp, GUIDANCE, dt.date(2031, 2, 6))
    assert found["$951 million"].period == "Q3 FY2031"
    assert found["$144 million"].period == "Q3 FY2031"
    assert found["$165 million"].period == "Q3 FY2030"
    assert [m.period for m in find_periods("beat estimates in fiscal 2Q; 3Q results", dt.date(2031, 2, 6), 2031, None)] \
        == ["Q2 FY2031", "Q3 FY2031"]
    assert not find_periods("a 3q lead", dt.date(2031, 2, 6), None, None)


def test_a_bare_half_numbered_first_is_a_half():
    """"Tarrow posts 1H profit of £88m": a half numbered first, as "3Q" is a quarter (periods.py `bare_half`); "1H23"
    stays a compact half with its year, "1h" in lower case is no half."""
    from claimx.periods import find_periods

    published = dt.date(2030, 11, 17)
    assert [(m.text, m.period) for m in find_periods("Tarrow posts 1H profit of £88m", published, None, None)] \
        == [("1H", "H1 2030")]
    assert [m.period for m in find_periods("1H23 sales", published, None, None)] == ["H1 2023"]
    assert not find_periods("a 1h profit", published, None, None)


def test_guard_a_weekday_opening_a_sentence_whose_figure_comes_before_its_future_word_is_the_event_s_day():
    """Guard (passes before and after): "On Sunday, Ann Reid won the race in 2:03:02 and will defend the title": the
    main clause reports the race before its future word, so the weekday is still the day of the event (frame/article
    `_in_future_clause` reads the main clause up to its first figure)."""
    from claimx.frame.article import _in_future_clause

    ran = "On Sunday, Ann Reid won the race in 2:03:02 and will defend the title next year."
    vote = "On Tuesday at 6:30 PM, the county board will vote to keep the rate."
    assert not _in_future_clause(ran, ran.index("Sunday"))
    assert _in_future_clause(vote, vote.index("Tuesday"))
