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

