"""Session 53 (sm): what a statistics or policy figure measures. A change's metric is what changed, never a word of
its size or its rank ("the greatest decline", "a slower rate of increase"); "it" in a clause of a sentence stands for
the measure the sentence is about ("Inflation eased from March when it fell to 8.2 percent"); a rate a bank decides to
move is the rate, not the decision. Made-up text; each test fails on the session-start code unless its docstring says
it is a guard."""
from __future__ import annotations

import datetime as dt

from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2031, 10, 2))


FERRIES = ("Ferry statistics show 2.1% fall in crossings\n\n"
           "Ferry crossings in Norland fell by 2.1% in the year to June, the transport office said. Fares rose by 4.2% "
           "on average.\n\n"
           "The greatest decline was in the northern isles at 5.6%, with the western routes seeing the slowest decline "
           "at 0.8%.\n")


def test_a_ranked_change_measures_what_the_story_said_moved_that_way(nlp):
    found = claims_of(nlp, FERRIES)
    for figure in ("5.6%", "0.8%"):
        assert found[figure].metric == "Ferry crossings fall", figure


FERRY_RATE = ("Ferry fares\n\n"
              "Over the year, fares increased by 4.2%, which was a slower rate of increase than the Consumer Prices "
              "Index, which rose by 5.1%.\n")


def test_a_relative_clause_after_than_is_the_compared_things(nlp):
    found = claims_of(nlp, FERRY_RATE)
    assert found["5.1%"].metric == "Consumer Prices Index"


INFLATION_IT = ("Valdoria central bank holds rate at 9%\n\n"
                "The Central Bank of Valdoria kept its policy rate at 9 percent on Monday.\n\n"
                "Inflation started easing from February 2031 when it fell to 8.2 percent from 9.6 percent in January, "
                "till June when it went further down to 7.4 percent. The new policy rate is its highest level since it "
                "was cut to 8.75 per cent in May 2024.\n")


def test_it_in_a_clause_stands_for_the_measure_its_sentence_is_about(nlp):
    found = claims_of(nlp, INFLATION_IT)
    for figure in ("8.2 percent", "9.6 percent", "7.4 percent"):
        assert found[figure].metric == "Inflation", figure
    assert found["8.75 per cent"].metric == "new policy rate"


def test_guard_it_after_a_name_is_left_alone(nlp):
    """Guard (passes on both): "it" after a company that speaks is the company, whose figure names its own measure."""
    found = claims_of(nlp, "Harlow Mills results\n\nHarlow Mills said it expects revenue to rise 4% next year.\n")
    assert found["4%"].metric != "Harlow Mills"


RESURGENCE = ("Valdoria inflation\n\n"
              "September however saw the resurgence of consumer inflation by 0.3 percentage points to 7.7 percent. "
              "GDP is forecast to increase by 1.5 per cent this year, the governor said.\n")


def test_a_resurgence_is_a_change_and_gdp_a_measure(nlp):
    found = claims_of(nlp, RESURGENCE)
    assert "consumer inflation" in found["0.3 percentage points"].metric
    assert found["7.7 percent"].metric == "consumer inflation"
    assert "GDP" in found["1.5 per cent"].metric


BANK_DECISION = ("Valdoria central bank raises rate again\n\n"
                 "The Reserve Bank of Valdoria on Tuesday announced the decision to lift the cash rate target by 25 "
                 "basis points to 4.10 per cent.\n")


def test_a_decision_to_move_a_rate_measures_the_rate(nlp):
    found = claims_of(nlp, BANK_DECISION)
    assert found["25 basis points"].metric == "cash rate target"


PRICE_LIST = ("Valdoria inflation steady at 5.1%\n\n"
              "Prices for food rose 8.2 percent in October. Shoppers paid more for dried beans with an increase of 31.2 "
              "percent, butter with an increase of 22.5 percent, onions, 17.1 percent, and tinned fish, 12.4 percent, "
              "among other food items.\n")


def test_an_item_of_a_list_of_price_moves_measures_its_price_change(nlp):
    found = claims_of(nlp, PRICE_LIST)
    assert found["31.2 percent"].metric == "dried beans price growth"
    assert found["22.5 percent"].metric == "butter price growth"
    assert found["17.1 percent"].metric == "onions price growth"
    assert found["12.4 percent"].metric == "tinned fish price growth"


EXPORT_LIST = ("Valdoria exports\n\n"
               "The break-up of the group shows that exports of wool yarn increased by 0.6 per cent, wool cloth 14.2 "
               "per cent, knitwear, 11.3 per cent, and towels, 9.8 per cent.\n")


def test_a_gapped_list_of_changes_goes_on_item_comma_figure(nlp):
    found = claims_of(nlp, EXPORT_LIST)
    assert found["11.3 per cent"].metric == "knitwear growth"
    assert found["9.8 per cent"].metric == "towels growth"


SHARE_AS = ("Harlow Bank results\n\n"
            "Gross bad loans as a percentage of gross advances dipped to 6.42% in the quarter ended March, from the "
            "earlier 7.1%.\n")


def test_a_measure_as_a_percentage_of_a_whole_is_its_share_of_it(nlp):
    found = claims_of(nlp, SHARE_AS)
    assert found["6.42%"].metric == "Gross bad loans as a share of gross advances"


COPULA_COUNTS = ("Exam results\n\n"
                 "Of those getting results today, 41,300 are school-leavers, 3,900 are external candidates and 1,850 "
                 "are repeat candidates.\n")


def test_a_count_a_copula_says_are_a_plural_noun_counts_that_noun(nlp):
    found = claims_of(nlp, COPULA_COUNTS)
    assert found["41,300"].metric == "school-leavers"
    assert found["3,900"].metric == "external candidates"
    assert found["1,850"].metric == "repeat candidates"


WHERE_CHANGED = ("Tram statistics\n\n"
                 "Tram use in Norland fell by 2.4% in the year. In Valdorian northern districts, the decrease was 3.6%, "
                 "while there was a smaller decrease of 1.1% in Valdorian southern areas.\n")


def test_a_change_in_a_place_is_a_change_of_what_moved_there(nlp):
    found = claims_of(nlp, WHERE_CHANGED)
    assert found["1.1%"].metric == "Tram use fall"
