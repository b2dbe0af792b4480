"""Session 44: what a figure measures, in shapes of real statistics, weather and fact-box copy. Made-up names and
figures; each test fails on the code before the change it names.

- a container noun with words that only say which figure it is ("The equivalent figures for Tarlow were 98mm and
  140%", "The comparable figure for the Dunmore line was 3.1 million", "Daily totals ... varied between 41mm and
  3mm", "The largest total was 167 hours") names no measure: it measures what the sentence's figure of its unit
  before measured (for a percentage with none, what the share of the sentence before was of), else what a figure of
  its unit measured last in the paragraph or the one before (claims._bare_container, _which_figure; rules/frame.json
  `container_modifiers`).
- a fact box's line "Label: figure" whose label is a phrase in sentence case ("- Structures destroyed: 401",
  "Personnel on site: 3,216", "Civilian fatalities: 12"), which the tagger reads badly, measures what the label says,
  not what a figure of the line before measured, nor what a heading over the box names ("Injuries and fatalities:");
  a list under a line that says by what it breaks a measure down keeps that line's measure ("Average prices by
  property type:" over "Flat or maisonette: £164,300"), and a sentence that opens a list after a colon is no label
  (frame.metric.label_line; claims._list_measure).
- a fact box's rows of a name, a spaced dash or a colon and its figures ("Tarlow - 3.3 per cent (down 0.2)") under a
  heading naming a measure ("JOBLESS RATES") measure what the heading names, as bulleted rows do; not rows a measure
  labels ("Revenue - $4.1 billion") under a heading of figures ("KEY FIGURES") (claims._heading_measure, _NAME_ROW).
- a level reached as a high or a low ("to hit a record high of $1.9 billion", "to reach a half-year high of 8.1
  million tonnes") measures what the verb the infinitive goes with moves, and a period word before the high ("a
  half-year high") names no measure of its own (frame.metric._stated_as, only_stated).
- a count of people who did something in the past ("4,120 people waited more than 12 hours for a bed", "31,400 people
  waited longer than 12 hours in December") measures the people with what they did, its clause as far as a time,
  a place or eight words (a figure in it whole, no preposition left at its end), as a count of people waiting
  already did (frame.metric._verb_tail, _clause_words).
- a headline whose verb of moving the tagger read as a plural noun that the figure hangs on ("Harlow Shipping
  quarterly profit plummets 83%") measures the words before the verb, past the names ("quarterly profit")
  (frame.metric._headline_mover; "plummet" and "slump" in `move_verbs`).
"""
from __future__ import annotations

import datetime as dt

from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2025, 8, 2))


def test_a_container_saying_which_figure_measures_the_figure_before(nlp):
    text = ("Wet July for the north\n\n"
            "Average rainfall over Norland was 132mm in July, 151% of the long-term average.\n\n"
            "The equivalent figures for Tarlow were 98mm and 140% of the normal amount, and for Brackley 87mm and 121%.\n\n"
            "Daily totals at weather stations varied between 41mm at Ormsby and 3mm at Kelby.\n\n"
            "Average sunshine over Norland was 141 hours, a mere 71% of the average. The equivalent figures for Tarlow "
            "were 128 hours and 68%.\n\n"
            "The largest total in the region was 172 hours at Wenmouth.\n")
    claims = claims_of(nlp, text)
    for figure in ("98mm", "87mm", "41mm", "3mm"):
        assert claims[figure].metric.lower() == "average rainfall", figure
    assert claims["121%"].metric == claims["140%"].metric == "share of normal amount"
    for figure in ("128 hours", "172 hours"):
        assert claims[figure].metric.lower() == "average sunshine", figure
    assert claims["68%"].metric == "share of average"


def test_a_comparable_figure_measures_the_figure_before(nlp):
    text = ("Harlow rail use climbs\n\n"
            "Passenger journeys on the Harlow line reached 4.2 million in 2024. The comparable figure for the Dunmore "
            "line was 3.1 million.\n")
    claims = claims_of(nlp, text)
    assert claims["3.1 million"].metric == "Passenger journeys"


def test_a_fact_box_label_names_its_figures_measure(nlp):
    text = ("Harlow Ridge fire by the numbers\n\n"
            "The Harlow Ridge fire was still burning on Friday, officials said.\n\n"
            "Ridge fire in Tarlow County\n"
            "- Containment: 10 percent\n"
            "- Structures destroyed: 401\n"
            "- Evacuations: 8,800 residents\n"
            "- Personnel on site: 3,216\n\n"
            "Injuries and fatalities:\n"
            "Civilian fatalities: 12\n"
            "Firefighter injuries: 7\n")
    claims = claims_of(nlp, text)
    assert claims["401"].metric == "Structures destroyed"
    assert claims["3,216"].metric == "Personnel on site"
    assert claims["12"].metric == "Civilian fatalities"
    assert claims["7"].metric == "Firefighter injuries"


def test_a_breakdown_list_and_a_sentence_before_a_colon_keep_their_measures(nlp):
    text = ("House prices in Linmouth\n\n"
            "Average prices in Linmouth by property type, September 2025:\n\n"
            "Detached house: £512,400\n\n"
            "Flat or maisonette: £164,300\n\n"
            "Councillors pointed to new spending elsewhere: $2.1 million for a youth jobs scheme expected to place "
            "900 teenagers in summer work.\n")
    claims = claims_of(nlp, text)
    assert claims["£164,300"].metric == claims["£512,400"].metric == "Average prices"
    assert claims["$2.1 million"].metric != "Councillors pointed to new spending elsewhere"


def test_name_rows_under_a_heading_measure_what_it_names(nlp):
    text = ("Jobless rate steady across Norland\n\n"
            "Norland unemployment held at 4.1 per cent in October, the statistics office said.\n\n"
            "JOBLESS RATES\n\n"
            "Tarlow - 3.3 per cent (down 0.2)\n\n"
            "Harlow - 3.5 per cent vs 3.6 per cent\n\n"
            "Brackley - unchanged at 4.2 per cent\n")
    claims = claims_of(nlp, text)
    for figure in ("3.3 per cent", "3.5 per cent", "3.6 per cent", "4.2 per cent"):
        assert claims[figure].metric == "jobless rates", figure


def test_measure_rows_under_a_heading_of_figures_take_no_heading(nlp):
    text = ("Harlow Motors results\n\n"
            "Harlow Motors reported higher sales on Tuesday.\n\n"
            "KEY FIGURES\n\n"
            "Revenue - $4.1 billion\n\n"
            "Staff - 12,400\n")
    claims = claims_of(nlp, text)
    assert claims["12,400"].metric != "key figures"


def test_a_high_reached_by_an_infinitive_measures_what_moved(nlp):
    text = ("Harlow Telecom profit rises\n\n"
            "Data revenue grew by 14 per cent to hit a record high of $1.9 billion.\n\n"
            "Steel output rose 4% to reach a half-year high of 8.1 million tonnes.\n\n"
            "Harlow posted a rise in profit, with voice revenue growing by 3 per cent to hit a half-year high of "
            "$2.2 billion.\n")
    claims = claims_of(nlp, text)
    assert claims["$1.9 billion"].metric == "Data revenue"
    assert claims["8.1 million tonnes"].metric == "Steel output"
    assert claims["$2.2 billion"].metric == "voice revenue"


def test_a_count_of_people_who_did_something_keeps_what_they_did(nlp):
    text = ("Waits at Harlow hospitals rise\n\n"
            "In March, 4,120 people waited more than 12 hours for a bed at Harlow hospitals.\n\n"
            "Figures showed that 2,210 people waited between four and 12 hours for a bed after the decision to admit "
            "them.\n\n"
            "Data shows 31,400 people waited longer than 12 hours in December, the highest total on record.\n")
    claims = claims_of(nlp, text, dt.date(2025, 4, 10))
    assert claims["4,120"].metric == "people who waited more than 12 hours for a bed"
    assert claims["2,210"].metric == "people who waited between four and 12 hours for a bed"
    assert claims["31,400"].metric == "people who waited longer than 12 hours"


def test_a_headline_verb_read_as_a_noun_leaves_the_measure_before_it(nlp):
    text = ("Harlow Shipping quarterly profit plummets 83% citing weak demand\n\n"
            "Harlow Shipping said on Monday its results were weak.\n")
    claims = claims_of(nlp, text)
    assert claims["83%"].metric == "quarterly profit"
