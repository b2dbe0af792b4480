"""Session 59 (mt): what a figure measures on real articles, shapes a fact-checker writes down differently. Made-up
text in the shape of each misreading; a test of each change fails on the code before it, unless its docstring says it
is a guard."""
from __future__ import annotations

import datetime as dt

from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2031, 6, 4))


def test_the_data_that_reveals_a_figure_is_not_what_it_measures(nlp):
    """"Waiting times improved, the data revealed, with 64.2 per cent of patients seen within a week, up from 61.8 per
    cent": the old side is the share of patients, never "data" (the subject of the reporting verb it hangs on)."""
    found = claims_of(nlp, "Clinic waits\n\nWaiting times at the Orrin clinics improved, the data revealed, with 64.2 per "
                           "cent of patients seen within a week in May, up from 61.8 per cent in April.\n")
    assert found["64.2 per cent"].metric == "share of patients"
    assert found["61.8 per cent"].metric == "share of patients"


def test_figures_that_show_a_level_are_not_its_measure(nlp):
    """"Attendance held up, the figures showed, with 71.5% of pupils in class, down from 73.4%": not "figures"."""
    found = claims_of(nlp, "School attendance\n\nAttendance held up, the figures showed, with 71.5% of pupils in class on "
                           "the day, down from 73.4% a week earlier.\n")
    assert "figures" not in (found["73.4%"].metric or "")


def test_people_in_a_place_are_counted_by_what_they_do_not_where_they_are(nlp):
    """"6,412 people in Scotland were waiting more than two years to start treatment": people waiting ..., the place
    being the subject's, not "people in Scotland"."""
    found = claims_of(nlp, "Waiting lists\n\nThe figures show 6,412 people in Scotland were waiting more than two years "
                           "to start hospital treatment at the end of March.\n")
    metric = found["6,412"].metric or ""
    assert metric.startswith("people waiting more than two years to start hospital treatment")
    assert "Scotland" not in metric


def test_people_waiting_to_start_something_keep_what_they_wait_for(nlp):
    """"4.1 million people were waiting to start treatment": people waiting to start treatment, not bare "people" (an
    infinitive after "waiting" was read as an object of its own)."""
    found = claims_of(nlp, "Waiting lists\n\nThe figures show 4.1 million people were waiting to start treatment at the "
                           "end of March, up from 4.05 million in February.\n")
    assert found["4.1 million"].metric == "people waiting to start treatment"
    assert found["4.05 million"].metric == "people waiting to start treatment"


def test_a_total_of_people_takes_what_the_total_s_verb_says(nlp):
    """"A total of 212,880 people in Wales have been waiting longer than a year to start treatment": the people waiting,
    as the total's verb says."""
    found = claims_of(nlp, "Waiting lists\n\nA total of 212,880 people in Wales have also been waiting longer than 40 "
                           "weeks to start routine treatment.\n")
    assert (found["212,880"].metric or "").startswith("people waiting longer than 40 weeks to start routine treatment")


def test_people_in_a_place_in_a_state_keep_the_state(nlp):
    """"About 3,400 people in Leeds are homeless": people homeless, not "people in Leeds"."""
    found = claims_of(nlp, "Housing\n\nAbout 3,400 people in Leeds are homeless, the charity said.\n")
    assert found["About 3,400"].metric == "people homeless"


def test_those_waiting_are_people_waiting(nlp):
    """"while those waiting more than 40 weeks dropped to 8,412, down from 9,050": people waiting more than 40 weeks,
    not the sentence's earlier "waits" nor nothing."""
    found = claims_of(nlp, "Waiting lists\n\nLong waits fell in May, while those waiting more than 40 weeks dropped to "
                           "8,412.\n")
    assert found["8,412"].metric == "people waiting more than 40 weeks"


def test_those_who_did_something_are_people_who_did_it(nlp):
    """"Those who had waited longer than two years fell to 1,240": people who had waited longer than two years."""
    found = claims_of(nlp, "Waiting lists\n\nThose who had waited longer than two years fell to 1,240.\n")
    assert found["1,240"].metric == "people who had waited longer than two years"


def test_earnings_per_share_written_with_a_slash(nlp):
    """"Earnings per share came in at Rs3.41/share, compared with Rs3.02/share": earnings per share, not "share",
    and the old side too."""
    found = claims_of(nlp, "Orla Cement profit up\n\nOrla Cement Limited posted a 9 percent rise in its quarterly net "
                           "profit. Earnings per share came in at Rs3.41/share, compared with Rs3.02/share in the same "
                           "quarter last year.\n")
    assert found["Rs3.41"].metric == "earnings per share"
    assert found["Rs3.02"].metric == "earnings per share"


def test_the_old_side_after_a_per_share_level_and_a_comma(nlp):
    """"came in at Rs3.41 per share, compared with Rs3.02 per share": the old side measures the same, not nothing."""
    found = claims_of(nlp, "Orla Cement profit up\n\nEarnings per share came in at Rs3.41 per share, compared with "
                           "Rs3.02 per share a year earlier.\n")
    assert found["Rs3.02"].metric == "earnings per share"


def test_a_total_restated_per_share_is_not_the_old_side_of_the_per_share_figure(nlp):
    """Guard (passes on the code before too): "Net income was $412 million, or 88 cents per diluted share, compared
    with $371 million": the total set against the total, not earnings per share."""
    found = claims_of(nlp, "Orla Foods results\n\nOrla Foods said net income was $412 million, or 88 cents per diluted "
                           "share, compared with $371 million, or 79 cents, a year earlier.\n")
    assert "per share" not in (found["$371 million"].metric or "")


def test_the_number_of_a_group_named_by_an_adjective(nlp):
    """"The number of long-term unemployed was little changed at 2.1 million": long-term unemployed, not "number" nor
    "long-term"; "the number of homeless" -> homeless."""
    found = claims_of(nlp, "Jobs report\n\nThe number of long-term unemployed was little changed at 2.1 million. The "
                           "number of homeless rose to 41,300.\n")
    assert found["2.1 million"].metric == "long-term unemployed"
    assert found["41,300"].metric == "homeless"


def test_it_after_a_body_passing_a_budget_is_the_budget(nlp):
    """"City Council passed the 2031-32 budget. It came in at a record $148M": the budget, not nothing."""
    found = claims_of(nlp, "Council passes budget\n\nBy a 5-2 vote, City Council passed the 2031-32 budget, Ann Reid "
                           "reports. It came in at a record $148M.\n")
    assert found["$148M"].metric == "budget"


def test_it_after_a_company_acting_stays_the_company_s(nlp):
    """Guard (passes on the code before too): "Orla Foods reported its annual results. It earned $41 million": the
    company's earnings, not "results"."""
    found = claims_of(nlp, "Orla Foods results\n\nOrla Foods reported its annual results on Monday. It earned $41 "
                           "million.\n")
    assert found["$41 million"].metric == "earnings"


def test_the_number_of_people_doing_something_parsed_as_a_subject_clause(nlp):
    """"The number of people waiting longer than 14 hours in A&E was 21,340": people waiting longer than 14 hours (the
    parse made "waiting" the subject clause of "was"), not nothing."""
    found = claims_of(nlp, "A&E waits\n\nMeanwhile, the number of people waiting longer than 14 hours in A&E departments "
                           "in Wales from a decision to admit to being admitted was 21,340 in May.\n")
    assert (found["21,340"].metric or "").startswith("people waiting longer than 14 hours")


def test_a_second_clause_s_subject_joined_to_the_first_clause_s_last_noun(nlp):
    """"revenues rose 11 percent to 2.4 billion rupees and expenses rose 9 percent to 1.1 billion rupees": the parse
    joins "expenses" to "rupees"; the second clause's figures measure expenses, not revenues."""
    found = claims_of(nlp, "Orla Hospitals results\n\nIn the June quarter, revenues rose 12 percent to 2.4 billion rupees "
                           "and expenses rose at a slower 8 percent to 1.1 billion rupees.\n")
    assert found["12 percent"].metric == "revenues"
    assert found["8 percent"].metric == "expenses"
    assert found["1.1 billion rupees"].metric == "expenses"


def test_a_second_bare_share_of_the_same_group_says_what_it_did(nlp):
    """"Most (71.4 percent) first heard the trial results from their clinic's nurse, and 38.2 percent heard the
    results within two days": each a share who heard ..., the first not cut after an owner's "'s", the second not
    "results" (the share before it, of a group doing something, no longer stops the reading)."""
    found = claims_of(nlp, "Trial results\n\n\"Most (71.4 percent) first heard the trial results from their clinic's "
                           "nurse by telephone, and 38.2 percent heard the results within two days of the press release,\" "
                           "the authors write.\n")
    assert found["71.4 percent"].metric == "share who heard the trial results"
    assert found["38.2 percent"].metric == "share who heard the results"


def test_a_movement_restating_a_change_the_sentence_names(nlp):
    """"Kelby saw the most significant monthly price fall with a movement of -2.3 per cent": the monthly price fall,
    not "movement" nor the story's other measure."""
    found = claims_of(nlp, "House prices\n\nRepossession volumes decreased by 21 per cent in May. Kelby saw the most "
                           "significant monthly price fall with a movement of -2.3 per cent.\n")
    assert found["-2.3 per cent"].metric == "monthly price fall"


def test_a_bracketed_aside_after_a_reading_is_no_noun_of_it(nlp):
    """"Heavy falls of rain were recorded in Orrin 91mm (heaviest rain in 30 years), Kelby 62mm": rainfall for each, not
    "(heaviest rain length" nor a fall of rain as a decline ("rainfall fall")."""
    found = claims_of(nlp, "Storm\n\nHeavy falls of rain were recorded in Orrin 91mm (heaviest rain in 30 years), Kelby "
                           "62mm (heaviest rain in eight years), Tarbury 47mm.\n")
    for text in ("91mm", "62mm", "47mm"):
        assert found[text].metric == "rainfall"


def test_a_noun_then_now_then_a_level_measures_the_noun(nlp):
    """"May house prices up 0.8 per cent since April: average house price in England now £271,440": the average house
    price (written with no verb, "now" before the level), not "May house" nor nothing."""
    found = claims_of(nlp, "May house prices up 0.8 per cent since April: average house price in England now £271,440\n\n"
                           "Prices rose again in May.\n")
    assert found["£271,440"].metric == "average house price"


def test_a_fronted_whole_reaches_the_second_of_two_joined_verbs(nlp):
    """"Of the 212 frogs studied, all have lost 20 percent or more of their ranges and more than 35 percent have lost
    more than 70 percent of their ranges": the 35 percent is a share of the frogs, not of their ranges."""
    found = claims_of(nlp, "Frog study\n\nOf the 212 frogs studied, all have lost 20 percent or more of their ranges "
                           "and more than 35 percent have lost more than 70 percent of their ranges.\n")
    assert found["more than 35 percent"].metric == "share of frogs"


def test_a_demonstrative_figure_restates_the_figure_stated_before(nlp):
    """"The levy would increase revenue by 6% over last year. ... a $28 per year increase on a house with a $90,000
    taxable value. This 6% increase will help ...": revenue growth, what the 6% measured before, not the taxable value
    of the sentence between."""
    found = claims_of(nlp, "Budget\n\nThe proposed levy would increase revenue by 6% over last year. In dollars, this "
                           "proposed tax increase is a $28 per year increase on a house with a $90,000 taxable value. "
                           "This 6% increase will help curb the effects of inflation.\n")
    restated = found["6%"]  # the later of the two, keyed by its text
    assert restated.start > found["$90,000"].start
    assert (restated.metric or "").startswith("revenue")


def test_a_bare_share_after_with_that_a_participle_describes(nlp):
    """"Cancer targets were missed, with 71.2 per cent diagnosed within 28 days": the share diagnosed within 28 days,
    not "Cancer targets" (nor nothing, as when the parse makes the share the participle's subject)."""
    found = claims_of(nlp, "Cancer waits\n\nCancer targets were missed, with 71.2 per cent diagnosed within 28 days.\n")
    assert found["71.2 per cent"].metric == "share diagnosed within 28 days"


def test_an_elided_verb_after_a_share_says_nothing_of_its_own(nlp):
    """Guard (passes on the code before too): "with 41 per cent saying they felt safe, while 22 per cent said they did
    not": not "share who did not" (the share before is no longer a stop for a bare share's reading, but a verb phrase of
    only auxiliaries and "not" says nothing)."""
    found = claims_of(nlp, "Survey\n\nSurvey results were mixed, with 41 per cent saying they felt safe, while 22 per "
                           "cent said they did not.\n")
    assert found["41 per cent"].metric == "share who felt safe"
    assert found["22 per cent"].metric != "share who did not"


def test_a_level_after_now_in_a_summary_line_the_parse_joins_to_the_headline(nlp):
    """"January house prices up 1.1 per cent since December: average house price in England and Wales now £172,410"
    as a release's summary line, the parse joining "price" to the line's verb: the average house price, not
    nothing."""
    found = claims_of(nlp, "January Market Trend Data from the Registry\n\n28 February 2031\n\nJanuary house prices up 1.1 "
                           "per cent since December: average house price in England and Wales now £172,410\n\n1,204 "
                           "repossessions in England & Wales during November 2030\n")
    assert found["£172,410"].metric == "average house price"
