"""Session 43: what a figure measures, in shapes of real wire, market, results and statistics copy. Made-up names and
figures; each test fails on the code before the change it names.

- a verb that shows or reports a clause ("figures showed inflation in June rose to 2.3%", "The data showed
  stockpiles, which include diesel, declined by 240,000 barrels") whose object the parse took from the clause's
  subject, the clause's verb left without one: the object is what the figure measures, not the subject of the
  sentence's main verb nor the report (metric._reported_object, in measured_subject).
- a noun of how a figure is stated ("high", "low", "peak") that a verb places its object at ("showed output at a
  2024 high of 29 million barrels per day") measures that object (metric._placed_object, in _stated_as).
- a period modifier that only says when ("a year-ago loss of $162 million", "a year-earlier profit") is dropped
  from the metric as "third-quarter" becomes "quarterly" (rules/frame.json period_modifiers with no adjective).
- the old side of a comparison right after a rate ("Revenue per user stood at Rs. 204 as compared to Rs. 171",
  "22.4 US cents, compared to 33.5 US cents") is the same rate, which is otherwise carried to no later figure
  (claims: `compared_gap`, the words of `base_words` alone between the two figures).
- a measure written in capitals ("Net Interest Income rose 9%", "Average Revenue Per User (ARPU) for the quarter
  stood at Rs. 208"), a run of words naming nothing the tagger knows (or an organisation made only of dictionary
  nouns) ending in a word of `metric_heads`, is what the figure measures, never a company's share price
  (metric.titled_measure, in measured_subject and market_move).
- a dateline with a date and an agency's credit before a colon ("Mumbai, Nov 12 (HNA): Retail inflation ... stood
  at 4.12 percent"), whose place or date the parse makes the subject with the sentence's own subject hung on it:
  that noun is what is measured, without the credit (metric._past_dateline_place; chunk_text starts after a colon).
- a verb of `cause_verbs` moving its object "from" one level "to" another ("The budget raises the county's levy rate
  from $7.10 to $7.25") measures the object at both, not the verb's subject (metric._caused_change).
- the level a change noun reaches "to" after the period its phrase names ("a 64 percent rise in consolidated net profit
  for the second quarter ended September 2025 to Rs. 1,312 crore", "to" hung on the period's verb) measures what
  changed (metric._level_after_change).
- a currency standing at a level against another ("Sterling stood at $1.2947 against the dollar", frame.json
  currency_move_verbs now with "stand", "trade", "hover") gives its exchange rate, and "It" opening the next sentence
  is that currency (metric._exchange_rate).
- in a poll story, a share whose metric names only a side of the question or a lead ("the Yes side has 62.5 per
  cent", "37.5 per cent in the No camp", "55 per cent in favour", "by a margin of ...": frame.json poll_side_words)
  is poll support (metric.poll_side), but not such a word with an "of" phrase of its own ("The margin of error is
  3 per cent").
- a length in millimetres, centimetres or inches that nothing else names, in a sentence or under a headline with a
  word of rain ("the country received 162.3mm during October" under "Wettest October on record"), is the rainfall
  (metric._rainfall; frame.json rain_words).
"""
from __future__ import annotations

import datetime as dt

from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2025, 7, 14))


def test_a_reported_clauses_subject_taken_for_the_object_is_the_measure(nlp):
    text = ("Pound firms on prices data\n\n"
            "Sterling rose after figures showed inflation in June climbed to 2.4%, up from 2.2% in May.\n\n"
            "The agency's data showed gasoline stockpiles, which include blending stock, declined by 310,000 "
            "barrels.\n")
    claims = claims_of(nlp, text)
    assert claims["2.4%"].metric == "inflation"
    assert claims["2.2%"].metric == "inflation"
    assert "stockpiles" in (claims["310,000 barrels"].metric or "")


def test_an_object_placed_at_a_high_is_the_measure(nlp):
    text = ("Oil slips\n\n"
            "Surveys this week showed output from the group at a 2024 high of 29 million barrels per day.\n")
    claims = claims_of(nlp, text)
    assert claims["29 million barrels per day"].metric == "output"


def test_a_year_ago_figure_measures_the_same_thing(nlp):
    text = ("Carrow Air loss widens\n\n"
            "Carrow Air said its loss widened to $214 million from a year-ago loss of $162 million.\n\n"
            "The carrier reported a profit of $41 million, compared with a year-earlier profit of $12 million.\n")
    claims = claims_of(nlp, text)
    assert claims["$162 million"].metric == "loss"
    assert claims["$12 million"].metric == "profit"


def test_the_old_side_of_a_rate_is_the_same_rate(nlp):
    text = ("Tarn Telecom results\n\n"
            "Average revenue per user for the quarter stood at Rs. 204 as compared to Rs. 171 a year earlier.\n\n"
            "Underlying earnings per share were 22.4 US cents, compared to 33.5 US cents last year.\n")
    claims = claims_of(nlp, text)
    assert claims["Rs. 171"].metric == "Average revenue per user"
    assert claims["33.5 US cents"].metric == "Underlying earnings per share"


def test_a_measure_written_in_capitals_is_no_name(nlp):
    text = ("Tarn Telecom results\n\n"
            "Tarn Telecom said Net Interest Income rose 9% to $2.4 billion in the quarter.\n\n"
            "Average Revenue Per User (ARPU) for the quarter stood at Rs. 208.\n")
    claims = claims_of(nlp, text)
    assert claims["9%"].metric == "Net Interest Income"
    assert claims["$2.4 billion"].metric == "Net Interest Income"
    assert claims["Rs. 208"].metric == "Average Revenue Per User (ARPU)"


def test_the_subject_after_a_dateline_with_a_credit(nlp):
    text = ("Retail prices ease in October\n\n"
            "Mumbai, Nov 12 (HNA): Retail inflation for the month of October stood at 4.12 percent, down from 4.35 "
            "percent in September.\n")
    claims = claims_of(nlp, "Retail prices ease in October\n\n" + text.split("\n\n", 1)[1], dt.date(2025, 11, 12))
    assert claims["4.12 percent"].metric == "Retail inflation"
    assert claims["4.35 percent"].metric == "Retail inflation"


def test_a_verb_moving_its_object_from_one_level_to_another(nlp):
    text = ("County budget approved\n\n"
            "The budget raises the county's rural levy rate from $7.10 to $7.25 per $1,000 of taxable value.\n")
    claims = claims_of(nlp, text)
    assert claims["$7.10"].metric == "rural levy rate"
    assert claims["$7.25"].metric == "rural levy rate"


def test_the_level_a_change_reaches_after_its_period(nlp):
    text = ("Tarn Telecom profit jumps\n\n"
            "Tarn Telecom on Monday posted a 64 percent rise in consolidated net profit for the second quarter ended "
            "September 2025 to Rs. 1,312 crore.\n")
    claims = claims_of(nlp, text)
    assert claims["Rs. 1,312 crore"].metric == "consolidated net profit"


def test_a_currency_standing_against_another(nlp):
    text = ("Pound steady\n\n"
            "Sterling stood at $1.2947 against the dollar. It closed 0.0041 cents higher against the euro.\n")
    claims = claims_of(nlp, text)
    assert claims["$1.2947"].metric == "exchange rate against the dollar"
    assert claims["0.0041 cents"].metric.startswith("exchange rate against the euro")


def test_a_side_of_a_polls_question_is_poll_support(nlp):
    text = ("Support for treaty grows, poll shows\n\n"
            "Support for the Varna Treaty has risen sharply, according to the latest opinion poll.\n\n"
            "When undecided voters are excluded, the Yes side has 62.5 per cent, with 37.5 per cent in the No camp. "
            "Among Labour voters there is strong support, with 55 per cent in favour and 30 per cent against.\n")
    claims = claims_of(nlp, text)
    for figure in ("62.5 per cent", "37.5 per cent", "55 per cent"):
        assert claims[figure].metric == "poll support", figure


def test_a_polls_margin_of_error_is_no_side(nlp):
    text = ("Support for treaty grows, poll shows\n\n"
            "Support for the Varna Treaty has risen sharply, according to the latest opinion poll.\n\n"
            "Green voters back the treaty by a margin of 58 per cent to 27 per cent. The margin of error is 3 per "
            "cent.\n")
    claims = claims_of(nlp, text)
    assert claims["58 per cent"].metric == "poll support"
    assert claims["3 per cent"].metric != "poll support"


def test_a_length_received_under_a_rain_headline_is_rainfall(nlp):
    text = ("Wettest October on record\n\n"
            "Provisional figures showed the country received 162.3mm during October, the Met Office said.\n")
    claims = claims_of(nlp, text)
    assert claims["162.3mm"].metric == "rainfall"
