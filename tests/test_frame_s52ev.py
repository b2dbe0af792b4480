"""Session 52 (one-off events: their date and each figure's owner): an event story's event (an election, a race, an
earthquake or a storm) is read once per document, and its date, as precise as the text allows, goes to the figures
that describe the event and name no other time: an election's results to the month of the vote even when the lead
names its year ("General Election 2031"); a race's field and finishing times to the month of the day its first
sentence dates ("on November 3"), not to an earlier month a clause about another race names, nor to the year a runner
won a title ("the 2029 champion"); an earthquake's magnitude, depth and epicentre to the month it struck, its dead and
injured to the day they are counted as of (the day of publication, not the day the quake struck); an old record's
year to the old record only. Made-up text; each test fails on the code before the change unless its docstring says it
is a guard."""
from __future__ import annotations

import datetime as dt

from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2031, 10, 20))


ELECTION = ("Harrow, Pell hold seats on a night of heavy losses\n\n"
            "What a night at the count. General Election 2031 saw the Civic Party post its worst result since 2004.\n\n"
            "The Labour Alliance took 47.3 per cent of the party vote, winning 61 seats, with the Civic Party on "
            "27.9 per cent (36 seats).\n\n"
            "In Dunmore, debutant Anna Harrow won the seat with a margin of 5120 (a total of 17,204 votes).\n")


def test_election_results_take_the_month_when_the_lead_names_only_the_year(nlp):
    found = claims_of(nlp, ELECTION)
    assert found["47.3 per cent"].period == "2031-10"
    assert found["61"].period == "2031-10"
    assert found["27.9 per cent"].period == "2031-10"
    assert found["17,204"].period == "2031-10"


RACE = ("Harlow Marathon is the world's largest with over 51,000 finishers\n\n"
        "Harlow, Nov 5\n\n"
        "The Harlow Marathon set a new record for the largest marathon as 51,320 runners completed the race on "
        "November 3, overtaking Kelby's marathon where 50,110 runners finished the race in September.\n\n"
        "According to the organisers, 52,004 people started the race.\n\n"
        "Tomas Orrin won the men's race in 2:06:12.\n\n"
        "Valdoria took the next two places, with Ben Kestrel, the 2029 champion, and Sam Dunmore, the 2028 champion, "
        "in 2:06:40 and 2:07:05.\n\n"
        "2030 Olympic bronze medallist Ann Reid was second in the women's race in 2:21:48.\n\n"
        "Lee Marr, the champion from 2026 and 2027, won the wheelchair race in 1:35:10.\n")


def test_a_race_dated_in_its_first_sentence_dates_its_figures(nlp):
    found = claims_of(nlp, RACE, dt.date(2030, 11, 5))
    assert found["51,320"].period == "2030-11"
    assert found["52,004"].period == "2030-11"
    assert found["2:06:12"].period == "2030-11"


def test_a_month_in_a_where_clause_is_that_clauses_only(nlp):
    found = claims_of(nlp, RACE, dt.date(2030, 11, 5))
    assert found["51,320"].period == "2030-11"
    assert found["50,110"].period == "2030-09"


def test_the_year_a_runner_won_a_title_dates_no_time(nlp):
    found = claims_of(nlp, RACE, dt.date(2030, 11, 5))
    assert found["2:06:40"].period == "2030-11"
    assert found["2:07:05"].period == "2030-11"
    assert found["2:21:48"].period == "2030-11"
    assert found["1:35:10"].period == "2030-11"


QUAKE = ("Quake hits Valdoria coast, killing 12\n\n"
         "At least 12 people were killed and more than 300 injured when a strong 6.9 magnitude earthquake struck "
         "Valdoria and neighbouring Kastrava on Friday.\n\n"
         "Ten people were killed in Valdoria and 280 were injured, the disaster agency said.\n\n"
         "The Harlow Seismic Survey said the epicentre of the earthquake was 28.5 km off Valdoria's coast and the "
         "depth was 12 km.\n\n"
         "The earthquake was centred about 54 kilometres south of Orrin.\n\n"
         "Models suggest 9.4 million people could have felt Friday's earthquake, including 2.1 million people who "
         "experienced strong shaking.\n")


def test_the_day_a_quake_struck_is_not_the_day_its_toll_is_counted_as_of(nlp):
    found = claims_of(nlp, QUAKE, dt.date(2031, 10, 25))  # a Saturday: the quake struck on Friday the 24th
    assert found["At least 12"].period == "2031-10-25"
    assert found["more than 300"].period == "2031-10-25"
    assert found["Ten"].period == "2031-10-25"


def test_a_quakes_own_measures_take_the_month_it_struck(nlp):
    found = claims_of(nlp, QUAKE, dt.date(2031, 10, 25))
    assert found["6.9 magnitude"].period == "2031-10"
    assert found["28.5 km"].period == "2031-10"
    assert found["12 km"].period == "2031-10"
    assert found["about 54 kilometres"].period == "2031-10"


def test_the_people_a_quake_reached_are_counted_in_the_month_it_struck(nlp):
    found = claims_of(nlp, QUAKE, dt.date(2031, 10, 25))
    assert found["9.4 million"].period == "2031-10"
    assert found["2.1 million"].period == "2031-10"


STORM = ("Floods spread after record rain\n\n"
         "The death toll rose to 11 yesterday as Storm Orla battered the coast.\n\n"
         "More than 68cm of rain have fallen in Norland, according to the weather service, smashing the state record "
         "of 52cm set during Storm Kell in 2004. In Brenn, 312 residents were rescued by the authorities.\n")


def test_an_old_records_year_dates_the_old_record_only(nlp):
    found = claims_of(nlp, STORM, dt.date(2031, 9, 18))
    assert found["52cm"].period == "2004"
    assert found["More than 68cm"].period != "2004"
    assert found["312"].period != "2004"


RESULTS = ("Orrin wins Harlow Marathon\n\n"
           "Tomas Orrin won the Harlow Marathon on Sunday in 2:05:40.\n\n"
           "Valdoria's Ben Kestrel took silver in 2:06:02 and Kastrava's Sam Dunmore bronze in 2:06:31.\n\n"
           "In the wheelchair race, Lee Marr broke the tape in 1:33:10, followed by Eiremar's Kit Holloway in 1:33:18 "
           "and Valdoria's Jo Ferris in 1:33:29.\n\n"
           "Ann Reid was second in the women's race in 2:20:14 and Ed Calder of Kastrava third in 2:20:51.\n")


def test_a_time_in_a_gapped_result_item_is_the_name_before_it(nlp):
    found = claims_of(nlp, RESULTS, dt.date(2030, 11, 4))
    assert found["2:06:31"].subject == "Sam Dunmore"
    assert found["1:33:29"].subject == "Jo Ferris"
    assert found["2:20:51"].subject == "Ed Calder"


def test_the_first_item_keeps_its_own_name(nlp):
    """Guard (passes on the code before the change too): the first item of a result list is its clause's subject's."""
    found = claims_of(nlp, RESULTS, dt.date(2030, 11, 4))
    assert found["2:06:02"].subject == "Ben Kestrel"
    assert found["2:20:14"].subject == "Ann Reid"


CRICKET = ("Kelby deny Harlow a clean sweep\n\n"
           "Kelby beat Harlow by 38 runs in the fifth and final match of the series on Friday.\n\n"
           "It needed a fine rearguard from Tom Orrin, who hit an aggressive 81, to narrow the margin. The southpaw hit "
           "eight fours and three sixes in a 58-ball innings.\n")


def test_a_cricketer_described_by_his_role_is_the_person_named_before(nlp):
    found = claims_of(nlp, CRICKET, dt.date(2031, 9, 6))
    assert found["eight"].subject == "Tom Orrin"
    assert found["three"].subject == "Tom Orrin"
