"""Session 54 (what a statistics, economy or sport figure measures when the sentence names it indirectly): a measure a
reader writes down by its short form ("GDP"), a forecast named only by its noun ("projection", "previous estimate") as
the forecast of what is forecast. Made-up text; a test of each change fails on the code before it, unless its
docstring says it is a guard."""
from __future__ import annotations

import datetime as dt

from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2031, 6, 4))


GDP = ("Norland economy grows faster than expected\n\n"
       "Gross domestic product grew 0.7 per cent in the three months to March from the previous quarter, the Norland "
       "Statistics Office said on Wednesday.\n\n"
       "April's gross domestic product rose 0.3 per cent, the office said.\n")


def test_gross_domestic_product_is_written_gdp(nlp):
    found = claims_of(nlp, GDP)
    for text in ("0.7 per cent", "0.3 per cent"):
        assert "GDP" in found[text].metric, text
        assert "domestic" not in found[text].metric.lower(), text


BANK = ("Bank of Valdoria holds rate\n\n"
        "The Bank of Valdoria kept its policy rate unchanged at 7.25% on Thursday.\n\n"
        "The Bank now expects inflation to average 3.9% this year, down from February's projection of 4.2%. It expects "
        "4.4% next year from 4.6%, and 4.1% in 2033 from 4.3%.\n")


def test_a_forecasts_noun_measures_the_forecast_of_what_was_named_before(nlp):
    found = claims_of(nlp, BANK)
    for text in ("4.2%", "4.4%", "4.6%", "4.3%"):
        assert found[text].metric == "forecast of inflation", text


OUTLOOK = ("Tarsania central bank raises inflation outlook\n\n"
           "Tarsania's central bank on Monday raised its inflation outlook for 2031 to 8.4%.\n\n"
           "The bank also raised its projection for 2032 inflation to 5.2% from a previous 4.6%.\n\n"
           "The bank last week raised its growth projection for this year to 5.1%, but on Monday lowered its 2032 outlook "
           "to 1.4% from a previous 2.9%.\n")


def test_a_forecasts_noun_measures_what_its_for_phrase_or_the_figure_before_names(nlp):
    found = claims_of(nlp, OUTLOOK)
    assert found["5.2%"].metric == "forecast of inflation"
    assert found["4.6%"].metric == "forecast of inflation"
    assert found["1.4%"].metric == "forecast of growth"
    assert found["2.9%"].metric == "forecast of growth"


PARTS = ("Valdoria economy picks up pace\n\n"
         "Gross domestic product grew 0.8 per cent in the three months to March, the statistics office said.\n\n"
         "Most of the growth came from household spending, which delivered the equivalent of 0.6 percentage points of "
         "growth, with net exports contributing 0.4 percentage points, followed by 0.1 percentage points from public "
         "investment.\n\n"
         "That more than offset weaker mining output, which reduced GDP growth by 0.3 percentage points, and a 0.2 "
         "percentage point detraction from farm output and business stocks.\n")


def test_a_part_adds_percentage_points_to_the_totals_growth(nlp):
    found = claims_of(nlp, PARTS)
    assert found["0.4 percentage points"].metric == "contribution of net exports to GDP growth"
    assert found["0.1 percentage points"].metric == "contribution of public investment to GDP growth"
    assert found["0.3 percentage points"].metric == "drag of weaker mining output on GDP growth"
    assert found["0.2 percentage point"].metric == "drag of farm output and business stocks on GDP growth"
    assert found["the equivalent of 0.6 percentage points"].metric == "contribution of household spending to GDP growth"


RATE = ("Bank of Tarsania lifts rates\n\n"
        "Inflation growth in Tarsania slowed to 4.1 per cent in May.\n\n"
        "The Bank of Tarsania lifted its policy rate by 0.25 percentage points to 5.5 per cent, adding to pressure on "
        "borrowers.\n")


def test_a_rate_a_verb_moves_is_no_contribution(nlp):
    """Guard (passes on the code before): a rate moved by points stays a change of the rate."""
    found = claims_of(nlp, RATE)
    assert not (found["0.25 percentage points"].metric or "").startswith(("contribution", "drag"))


CROWDS = ("Harrow League gates up again\n\n"
          "A total of 9.4 million spectators attended the 1,104 Harrow League matches last season.\n\n"
          "The Premier Division had a total audience of more than 5.2 million fans. Crowds grew by 0.6 per cent last "
          "season and averaged 12,480.\n")


def test_a_word_a_story_names_attendance_by_is_attendance(nlp):
    found = claims_of(nlp, CROWDS)
    assert found["9.4 million"].metric == "attendance"
    assert found["0.6 per cent"].metric.startswith("attendance")
    assert found["12,480"].metric.startswith("attendance")


FORECAST_QUARTER = ("Norland economy beats forecasts\n\n"
                    "The Norland economy expanded at an annualized rate of 3.1% in the second quarter, the statistics "
                    "office said on Friday.\n\n"
                    "The central bank, which in July had predicted second quarter growth of 2.2%, meets next week.\n")


def test_a_quarter_written_into_a_metric_is_its_adjective(nlp):
    found = claims_of(nlp, FORECAST_QUARTER)
    assert found["2.2%"].metric == "quarterly growth"


SPENDING = ("Valdoria growth steady in first quarter\n\n"
            "Real GDP increased 3.6 percent after increasing 3.4 percent in the fourth quarter.\n\n"
            "Household spending increased 2.9 percent, and it contributed 1.95 percentage points to GDP growth after "
            "contributing 1.62 percentage points in the fourth quarter.\n\n"
            "Public spending increased 1.1 percent, and it contributed 0.21 percentage point to GDP growth after "
            "subtracting 0.04 percentage point.\n")


def test_it_that_contributes_points_is_the_part_its_clause_hangs_on(nlp):
    found = claims_of(nlp, SPENDING)
    assert found["1.95 percentage points"].metric == "contribution of Household spending to GDP growth"
    assert found["1.62 percentage points"].metric == "contribution of Household spending to GDP growth"
    assert found["0.21 percentage point"].metric == "contribution of Public spending to GDP growth"
    assert found["0.04 percentage point"].metric == "drag of Public spending on GDP growth"


STORMS = ("Towns brace for more storms\n\n"
          "Forecasters expect a major storm to dump up to 45 millimetres of rain on Harlow by tomorrow.\n\n"
          "Severe thunderstorms swept the coast on Monday. Sixty-four millimetres has fallen at Brenmoor and 41mm "
          "at Castle Hill.\n")


def test_rain_is_rainfall_and_a_length_that_has_fallen_is_rain(nlp):
    found = claims_of(nlp, STORMS)
    assert found["up to 45 millimetres"].metric == "rainfall"
    assert found["Sixty-four millimetres"].metric == "rainfall"
    assert found["41mm"].metric == "rainfall"  # the unit's name is no metric (unit_only_metrics)


CRICKET = ("Varn guides Norland to seven-wicket win\n\n"
           "Tomas Varn struck an unbeaten century on Sunday as Norland beat Valdoria by seven wickets in the second Test "
           "at Harlow.\n\n"
           "Chasing 261 to win, Norland reached 262 for three. Varn was unbeaten on 131 and Ollie Brand was not out 38.\n\n"
           "Earlier, Kyle Denton made 74 runs and Sam Reddy scored 51 runs before Valdoria declared. Varn passed Piet "
           "Hollis's 6,412 from 98 Tests, after his 118 and 96 against Tarsania last month.\n")


def test_a_batters_bare_score_standing_or_owned_counts_runs(nlp):
    found = claims_of(nlp, CRICKET)
    for text in ("131", "38", "6,412", "118", "96"):
        assert found[text].metric == "runs", text


VOTES = ("Final county results released\n\n"
         "Among presidential primaries: Ann Reid garnered 6,120 votes (54.1 percent) while Sen. Tom Hale took 4,730 "
         "(41.8 percent).\n\n"
         "Independents split their votes widely, with 172 (38.5 percent) writing in unlisted candidates.\n\n"
         "For U.S. senator, 4,410 (19.6 percent) rallied around Democrat Ida Marsh.\n")


def test_a_unit_word_is_no_metric_the_votes_before_are(nlp):
    # (a share in brackets after a tally is the candidate's vote share, as s54-ev's vote tallies read it)
    found = claims_of(nlp, VOTES)
    for text in ("4,730", "4,410"):
        assert found[text].metric == "votes", text
    for text in ("41.8 percent", "19.6 percent"):
        assert found[text].metric == "vote share", text


LABOUR = ("Norland jobless total rises\n\n"
          "Unemployment rose by 14,000 between May and July to 812,400, the Norland Statistics Office said.\n\n"
          "The unemployment rate rose to 5.4%.\n")


def test_a_count_of_unemployment_counts_unemployed_people(nlp):
    found = claims_of(nlp, LABOUR)
    assert found["14,000"].metric == "unemployed people"
    assert found["812,400"].metric == "unemployed people"
    assert found["5.4%"].metric == "unemployment rate"


EXPANSION = ("Valdoria growth revised up\n\n"
             "In the third quarter, gross domestic product increased 2.7% at an annualised rate, the statistics office "
             "said. The figure was up from the 2.1% expansion previously reported.\n")


def test_an_expansion_is_a_rise_of_what_the_story_measures(nlp):
    found = claims_of(nlp, EXPANSION)
    assert found["2.1%"].metric == "GDP growth"
