"""The metric of a claim (claimx.frame.metric): what a figure measures, named from the parse, never a bare
change word, an organisation or a phrase with no word in it. Sentences are invented for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from claimx.frame.words import load_words, parse
from fixtures_claims import claims_reader


claims_of = claims_reader(dt.date(2025, 10, 15))


@pytest.mark.parametrize("text,figure,metric", [
    # the change word names how, the sentence names what changed
    ("Pre-tax profit reached £212 million, a rise of 14% on the year.", "14%", "Pre-tax profit growth"),
    ("Turnover slipped to €88 million from €93 million, a decline of about 5%.", "about 5%", "Turnover fall"),
    ("Dorrin Mills posted a 9.3% increase in wholesale orders on Monday.", "9.3%", "wholesale orders growth"),
    ("The net margin narrowed to 6.1% from 6.9%, a drop of 0.8 percentage points.", "0.8 percentage points",
     "net margin fall"),
])
def test_metric_of_a_change_word_is_what_changed(nlp, text, figure, metric):
    assert claims_of(nlp, text)[figure].metric == metric


@pytest.mark.parametrize("text,figure,metric", [
    # the change word is the object of a verb whose subject is what changed
    ("Grain exports posted a gain of 6.2% last spring.", "6.2%", "Grain exports growth"),
    ("Wholesale prices suffered a 3% drop over the winter.", "3%", "Wholesale prices fall"),
    # not who acts, nor a period
    ("The bakery posted a rise of 5% after the fair.", "5%", "rise"),
    ("The second quarter saw a 4% rise.", "4%", "rise"),
])
def test_metric_of_a_change_word_object_is_the_subjects_change(nlp, text, figure, metric):
    assert claims_of(nlp, text)[figure].metric == metric


@pytest.mark.parametrize("text,figure,metric", [
    # a time of year or of day after "in" says when, not what
    ("Ferry bookings rose 6% in the spring.", "6%", "Ferry bookings"),
    ("The Corrin index fell 1.4% in the morning.", "1.4%", "index level"),
    # but a measure whose modifier is a period word is still the measure
    ("The chain made $80 million in annual sales.", "$80 million", "annual sales"),
])
def test_metric_after_in_is_no_time_of_year_or_day(nlp, text, figure, metric):
    assert claims_of(nlp, text)[figure].metric == metric


@pytest.mark.parametrize("text,figure,metric", [
    # a change written "up by"/"down by" straight after its noun, with no verb, is that noun's change
    ("Retailers had a strong month, with online sales up by 7.2%.", "7.2%", "online sales growth"),
    ("The south outpaced the capital with prices up by 15.9%.", "15.9%", "prices growth"),
])
def test_metric_of_a_noun_up_by_a_figure(nlp, text, figure, metric):
    assert claims_of(nlp, text)[figure].metric == metric


@pytest.mark.parametrize("text,figure,metric", [
    # the level a "to" infinitive after a verb of rising or falling reaches is a level of what rose or fell
    ("Van sales rose 13.2% on last year to reach 28,105.", "28,105", "Van sales"),
    ("Passenger numbers rose 6% to stand at 1.2 million.", "1.2 million", "Passenger numbers"),
])
def test_metric_of_a_level_a_result_infinitive_reaches(nlp, text, figure, metric):
    assert claims_of(nlp, text)[figure].metric == metric


@pytest.mark.parametrize("text,figure,metric", [
    # an estimate of X measures X (estimate_nouns), like "the number of X"
    ("Provisional estimates of seasonal arrivals increased in the year, up 3,100 to 88,400.", "88,400",
     "seasonal arrivals"),
    ("The first estimate of net emigration for the year was 21,700.", "21,700", "net emigration"),
])
def test_metric_of_an_estimate_of_something_is_that_thing(nlp, text, figure, metric):
    assert claims_of(nlp, text)[figure].metric == metric


@pytest.mark.parametrize("text,figure,metric", [
    # the "by" figure of a verb of a contest is the margin (margin_verbs), not what was counted
    ("The councillor won the ward by 163 votes.", "163", "winning margin"),
    ("Halvorsen lost by 112 votes to a first-time candidate.", "112", "margin of defeat"),
    ("The hosts beat Carrow by 14 points on Saturday.", "14", "winning margin"),
    ("The visitors lead the table by five points.", "five", "lead"),
])
def test_metric_of_a_contests_by_figure_is_the_margin(nlp, text, figure, metric):
    assert claims_of(nlp, text)[figure].metric == metric


@pytest.mark.parametrize("text,figure,metric", [
    # "in" after a change a verb of rising or falling states says where or in which part the subject moved
    ("House prices rose 3% in the capital last year.", "3%", "House prices"),
    ("Unemployment fell 0.2 percentage points in the region.", "0.2 percentage points", "Unemployment"),
    ("Jobless claims increased by 5% in the north of the country.", "5%", "Jobless claims"),
    # and so does "in" after a level a verb puts "at" or "be" gives, in a list too
    ("Unemployment stood at 4.1% in the north, 3.8% in the south and 5.2% in the west.", "3.8%", "Unemployment"),
    ("The vacancy rate was 6.2% in rural areas.", "6.2%", "vacancy rate"),
    # but an amount a verb with an actor for its subject takes "in" something is that thing
    ("The firm raised $4 billion in bonds.", "$4 billion", "bonds"),
])
def test_metric_after_in_is_no_place_where_a_measure_moved(nlp, text, figure, metric):
    assert claims_of(nlp, text)[figure].metric == metric


@pytest.mark.parametrize("text,figure,metric", [
    # a figure that grades a comparative or participle before a noun measures the noun
    ("Night-shift workers face a 30% higher risk of gout.", "30%", "higher risk of gout"),
    ("Patients on the new inhaler had a 20% lower rate of relapse.", "20%", "lower rate of relapse"),
])
def test_metric_of_a_figure_grading_an_adjective_is_its_noun(nlp, text, figure, metric):
    assert claims_of(nlp, text)[figure].metric == metric


@pytest.mark.parametrize("text,figure,metric", [
    # "this", "that" or "it" opening the next sentence goes on about the figure before
    ("Ferry revenue for the season was £3.8 million. This is 6.1% higher than last year.", "6.1%",
     "Ferry revenue growth"),
    ("Wool exports reached 41,000 tonnes in May. That compares with 39,500 a year earlier.", "39,500",
     "Wool exports"),
    ("Ticket sales came to £2.2 million. It was a 9% jump on the spring.", "9%", "Ticket sales growth"),
])
def test_metric_of_a_pronoun_clause_is_the_sentence_befores(nlp, text, figure, metric):
    assert claims_of(nlp, text)[figure].metric == metric


def test_metric_of_a_pronoun_clause_keeps_its_own_measure(nlp):
    # "it" as the organisation that acts keeps the verb's measure
    found = claims_of(nlp, "Harrow Mills reported sales of £90 million. It earned £12 million.")
    assert found["£12 million"].metric == "earnings"


@pytest.mark.parametrize("text,figure,metric", [
    # a label and a colon before the figure name it (fact boxes, match reports, data lists)
    ("Attendance: 27,350.", "27,350", "Attendance"),
    ("Jobless rate: 5.2% vs 5.0% expected.", "5.2%", "Jobless rate"),
    ("Pre-tax profit: £41 million, up 6%.", "6%", "Pre-tax profit growth"),
    # a clause after the colon keeps its own measure
    ("The data show one trend: vacancies fell to 812,000.", "812,000", "vacancies"),
])
def test_metric_after_a_label_and_colon_is_the_label(nlp, text, figure, metric):
    assert claims_of(nlp, text)[figure].metric == metric


@pytest.mark.parametrize("text,figure,metric", [
    # a bare share that is its verb's subject: who did what, of the sample the sentence names
    ("A poll of 900 nurses found that 44% had worked unpaid overtime.", "44%",
     "nurses who had worked unpaid overtime"),
    ("Nearly two-thirds want the ferry timetable restored.", "Nearly two-thirds",
     "share who want the ferry timetable restored"),
    ("About 38% said they would switch banks.", "About 38%", "share who would switch banks"),
])
def test_metric_of_a_share_that_is_its_verbs_subject(nlp, text, figure, metric):
    assert claims_of(nlp, text)[figure].metric == metric


@pytest.mark.parametrize("text,figure,metric", [
    # a bare count that is its verb's subject counts people who did what the verb says
    ("Nearly 2,000 turned out for the harbour vote.", "Nearly 2,000", "people who turned out for the harbour vote"),
    ("About 600 were evacuated from the valley.", "About 600", "people who were evacuated from the valley"),
])
def test_metric_of_a_bare_count_that_is_its_verbs_subject(nlp, text, figure, metric):
    assert claims_of(nlp, text)[figure].metric == metric


def test_metric_of_a_share_of_which_is_a_share_of_the_figure_before(nlp):
    found = claims_of(nlp, "The marina has 260 berths, 85% of which were let.")
    assert found["85%"].metric == "share of berths"


def test_metric_of_a_share_subject_with_a_measure_before_is_left_to_it(nlp):
    # no sample named and a figure before says what the sentence measures: not "share who ..."
    found = claims_of(nlp, "Fleet revenue rose 8% to $40 million, and 30% came from leasing.")
    assert "who" not in (found["30%"].metric or "")


@pytest.mark.parametrize("text,figure,metric", [
    # a known measure opening a sentence is a measure even when the tagger reads it as a name
    ("Turnout fell to 59.7%.", "59.7%", "Turnout"),
    ("Productivity grew 0.3% in the quarter.", "0.3%", "Productivity"),
])
def test_metric_of_a_capitalised_measure_read_as_a_name(nlp, text, figure, metric):
    assert claims_of(nlp, text)[figure].metric == metric


def test_metric_of_a_container_noun_with_nothing_counted_is_the_figure_befores(nlp):
    # "the March level of 431,000" names no measure of its own: the one the sentence is about
    found = claims_of(nlp, "Payrolls rose 150,000, below the March level of 431,000.")
    assert found["431,000"].metric == "Payrolls"


@pytest.mark.parametrize("text,figure,metric", [
    # a change "by" a figure of a verb with an object: the object changed, not the subject that changed it
    ("The new levy will increase fare revenue by 7%.", "7%", "fare revenue"),
    ("Higher prices cut demand by 4% last winter.", "4%", "demand"),
    # a threshold word changed "by" a figure is what changed
    ("The thaw could raise the lake level by about 0.4 metres.", "about 0.4 metres", "lake level"),
    # not what it is measured against
    ("Ferry bookings beat forecasts by 6%.", "6%", "Ferry bookings"),
])
def test_metric_of_a_change_by_a_figure_is_the_verbs_object(nlp, text, figure, metric):
    assert claims_of(nlp, text)[figure].metric == metric


def test_metric_of_a_physical_change_is_what_changed_not_a_length(nlp):
    found = claims_of(nlp, "Tide gauges showed a 9-millimetre rise in harbour levels over the decade.")
    assert found["9-millimetre"].metric == "harbour levels growth"


@pytest.mark.parametrize("text,figure,metric", [
    # a count of a vague noun says what the people did or had done to them
    ("Wardens evacuated 140 people from the dunes.", "140", "people evacuated"),
])
def test_metric_of_a_vague_count_with_its_verb(nlp, text, figure, metric):
    assert claims_of(nlp, text)[figure].metric == metric


@pytest.mark.parametrize("text,figure,metric", [
    # "before"/"after" read as opening a clause: its noun is a qualifier, not the measure (which keeps the qualifier
    # written after it: session 40)
    ("Operating profit before exceptional items climbed 9% to £412 million.", "9%", "Operating profit before exceptional items"),
    ("Revenue after returns fell 2%.", "2%", "Revenue after returns"),
])
def test_metric_of_a_measure_with_a_qualifier_read_as_a_clause(nlp, text, figure, metric):
    assert claims_of(nlp, text)[figure].metric == metric


@pytest.mark.parametrize("text,figure,metric", [
    # a part of a business that grows or shrinks by a percentage grows in sales
    ("Tarrow said its payments division grew by 18% last year.", "18%", "payments division revenue"),
    ("The lighting unit shrank 4% in the quarter.", "4%", "lighting unit revenue"),
    # not a count it grew to
    ("The segment grew to 4,000 staff.", "4,000", "staff"),
])
def test_metric_of_a_business_part_that_grows(nlp, text, figure, metric):
    assert claims_of(nlp, text)[figure].metric == metric


@pytest.mark.parametrize("text,figure,metric", [
    # a bare "figure", "total" or "number" names nothing: what the figure before measures, in its sentence or the last
    ("Ferry traffic rose to 3.6 million in 2023. The figure for 2024 was 3.9 million.", "3.9 million", "Ferry traffic"),
    ("Wool exports hit £41 million, and the total for the year was £88 million.", "£88 million", "Wool exports"),
    ("Inflation rose to 3.6% in June. July's 3.4% reading was above forecasts.", "3.4%", "Inflation"),
])
def test_metric_of_a_bare_container_is_the_figure_befores(nlp, text, figure, metric):
    assert claims_of(nlp, text)[figure].metric == metric


@pytest.mark.parametrize("text,figure,metric", [
    # a figure whose own sentence names nothing goes on with the measure of the sentence before, in the same unit
    ("The toll raised £4.1 million. Next year, officials hope for £4.5 million.", "£4.5 million", "funds raised"),
    ("Bookings reached 41,000 in May. June is expected to be up 6%.", "6%", "Bookings growth"),
])
def test_metric_carried_from_the_sentence_before(nlp, text, figure, metric):
    assert claims_of(nlp, text)[figure].metric == metric


def test_metric_not_carried_across_units(nlp):
    found = claims_of(nlp, "The toll raised £4.1 million. Next year, officials hope for 300 more.")
    assert found["300"].metric != "funds raised"


def test_metric_of_a_period_subject_is_not_the_period(nlp):
    # "the second half" says when; the measure comes from the sentence before
    found = claims_of(nlp, "Ferry revenue was £9 million in 2024. The second half delivered £5.1 million.")
    assert found["£5.1 million"].metric == "Ferry revenue"
    assert claims_of(nlp, "The second quarter delivered £2 million.")["£2 million"].metric != "second quarter"


def test_metric_of_a_bare_change_word_with_nothing_named_stays_the_word(nlp):
    # nothing in the sentence says what rose: the word is kept, not invented
    assert claims_of(nlp, "It was a rise of 12%, the board said.")["12%"].metric == "rise"


@pytest.mark.parametrize("text,figure,metric", [
    ("Operating profit came to $96 million, or 41 cents per diluted share.", "41 cents",
     "diluted earnings per share"),
    ("Net earnings were $1.7 billion, or $2.05 a share, against $1.5 billion a year before.", "$2.05",
     "earnings per share"),
])
def test_metric_per_share_after_earnings_is_earnings_per_share(nlp, text, figure, metric):
    found = claims_of(nlp, text)
    assert found[figure].metric == metric
    # the per-share figure is not what the next whole amount measures
    assert "per share" not in (found.get("$1.5 billion") or found[figure]).metric.replace(metric, "")


def test_metric_per_share_dividend_stays_a_dividend(nlp):
    found = claims_of(nlp, "The directors recommended a dividend of 18p per share, after profit of £40 million.")
    assert "earnings" not in (found["18p"].metric or "")
    assert "dividend" in (found["18p"].metric or "")


@pytest.mark.parametrize("text,figure,metric", [
    ("Shares of Tolvane Foods climbed 5.2% to $61.40 in afternoon trading.", "5.2%", "share price"),
    ("Shares of Tolvane Foods climbed 5.2% to $61.40 in afternoon trading.", "$61.40", "share price"),
    ("Brisco Telecom dropped 2.7% after the regulator fined it.", "2.7%", "share price"),
    # a dateline's place parsed as a second subject of the verb is not what moved
    ("DUBLAGH, Sept 16 — Eiremar's unemployment rate rose to 5.1% in August, the statistics office said.", "5.1%",
     "unemployment rate"),
    ("Shares in Pemberton rose 3.4%, valuing the group at about $8 billion.", "about $8 billion", "market value"),
])
def test_metric_of_a_market_move_is_the_share_price(nlp, text, figure, metric):
    assert claims_of(nlp, text)[figure].metric == metric


@pytest.mark.parametrize("text,figure,metric", [
    ("Loans and other advances, which exclude mortgages, grew 8.4% to £3.1 billion.", "£3.1 billion",
     "Loans and other advances"),
    ("Arrears fell by 2,100 to 18,700 in the six months to June.", "18,700", "Arrears"),
    ("The Office for Roads' budget rises 4.2% to £2.75 billion.", "£2.75 billion", "budget"),
    ("The number of families in temporary housing rose to 3,460.", "3,460", "families"),
    ("Flu admissions in the county doubled in a fortnight.", "doubled", "Flu admissions"),
])
def test_metric_read_through_coordination_names_and_containers(nlp, text, figure, metric):
    assert claims_of(nlp, text)[figure].metric == metric


@pytest.mark.parametrize("text,figure,absent", [
    ("The parts maker grew revenue by 4.4% to €2.2 billion.", "4.4%", "maker"),
    ("The lighting division increased sales 6% to $380 million.", "6%", "division"),
    ("Harlow Steel rose 1.9% in sympathy.", "1.9%", "sympathy"),
    ("Exports reached $4.1 billion, up 11% in dollar terms.", "11%", "terms"),
])
def test_metric_is_never_who_acts_or_how(nlp, text, figure, absent):
    assert absent not in (claims_of(nlp, text)[figure].metric or "")


def test_metric_of_a_unit_that_grew_its_revenue_is_revenue(nlp):
    found = claims_of(nlp, "The lighting division grew revenue by 6% to $380 million.")
    assert found["6%"].metric == "revenue" and found["$380 million"].metric == "revenue"


def test_metric_with_no_letter_is_none(nlp):
    for claim in claims_of(nlp, "At the close: Norden 40 -0.8%; Aster 100 +1.2%.").values():
        assert claim.metric is None or any(ch.isalpha() for ch in claim.metric)


def test_estimate_by_analysts_in_a_relative_clause(nlp):
    found = claims_of(nlp, "Like-for-like sales rose 2.9%, short of the 3.5% gain analysts had pencilled in.")
    assert found["3.5%"].frame.status == "estimate"
    assert found["2.9%"].frame.status == "reported"


def test_metric_frame_offsets_point_at_the_phrase_when_written(nlp):
    text = "Quarterly turnover at Eskdale Water rose 4% to £310 million, a gain of £12 million."
    for claim in claims_of(nlp, text).values():
        metric = claim.frame.metric
        if metric.start is not None:
            assert text[metric.start:metric.end] == metric.text


@pytest.mark.parametrize("key,entry", [("subject_metrics", "shares"), ("verb_metrics", "spend")])
def test_metric_word_pairs_must_be_pairs(key, entry):
    data = load_words().to_dict()
    with pytest.raises(ValueError, match=key):
        parse({**data, key: [entry]}, "frame.json")


def test_metric_word_lists_are_required():
    data = load_words().to_dict()
    for key in ("rise_nouns", "fall_nouns", "container_nouns", "not_metrics", "subject_metrics", "per_share_heads"):
        missing = {k: v for k, v in data.items() if k != key}
        with pytest.raises(ValueError, match=key):
            parse(missing, "frame.json")


@pytest.mark.parametrize("text,figure,metric", [
    ("Copper slipped 1.4% while silver added 0.6% to $31.20 an ounce.", "1.4%", "copper price"),
    ("Copper slipped 1.4% while silver added 0.6% to $31.20 an ounce.", "0.6%", "silver price"),
    ("The mill employs about 640 people across two sites.", "about 640", "employees"),
    ("Brokers put the odds of a rate rise in March at about 30%.", "about 30%", "odds of rate rise"),
])
def test_metric_of_prices_people_and_odds(nlp, text, figure, metric):
    assert claims_of(nlp, text)[figure].metric == metric


def test_metric_first_word_name_is_not_a_measure(nlp):
    text = "Ostrand Fell is retreating by up to 9 metres a year, the survey found."
    assert "Ostrand" not in (claims_of(nlp, text)["up to 9 metres"].metric or "")


def test_metric_first_word_common_noun_is_a_measure(nlp):
    text = "Stockpiles were 6% lower than a year before at 2.2 million tonnes, and stockpiles may fall further."
    assert claims_of(nlp, text)["6%"].metric == "Stockpiles"


@pytest.mark.parametrize("text,figure,metric", [
    ("The council approved a 9 km pipeline and a 25-year lease on the depot.", "9 km", "pipeline length"),
    ("The council approved a 9 km pipeline and a 25-year lease on the depot.", "25-year", "lease length"),
    ("Gorran Energy will shut its 320 MW Tullagh station next spring.", "320 MW", "Tullagh station capacity"),
    ("The new mast stands roughly 140 metres tall above the ridge.", "roughly 140 metres", "height"),
])
def test_metric_of_a_size_is_the_dimension_of_the_thing(nlp, text, figure, metric):
    assert claims_of(nlp, text)[figure].metric == metric


@pytest.mark.parametrize("text,figure,metric", [
    # a relative pronoun stands for its noun; an infinitive takes its head verb's subject
    ("The lender's shares, which had gained 9% this year, fell 1.5% on Friday.", "9%", "share price"),
    ("Parking fees are expected to bring in $41 million next year.", "$41 million", "Parking fees"),
    # "fewer"/"more" + what changed
    ("The squad ran further and suffered 35% fewer hamstring injuries than last season.", "35%",
     "hamstring injuries fall"),
    ("The airport handled 8% more passengers in the spring.", "8%", "passengers growth"),
])
def test_metric_through_relative_clauses_and_bare_changes(nlp, text, figure, metric):
    assert claims_of(nlp, text)[figure].metric == metric


def test_metric_bare_change_after_a_figure_is_a_change_of_its_measure(nlp):
    # "up 21%" with no measure of its own, after a figure of the same clause: what that figure measures
    found = claims_of(nlp, "Abroad, ticket sales reached £3.3 million, up 21% on the previous tour.")
    assert found["21%"].metric.startswith("ticket sales")
    found = claims_of(nlp, "At home, revenue hit £3.3 million, up 21% on the year, and profit hit £1 million, down 4%.")
    assert found["21%"].metric.startswith("revenue") and found["4%"].metric.startswith("profit")


def test_metric_bare_change_not_borrowed_from_another_clause(nlp):
    # "gained 1.3%" has its own subject: the count in the relative clause is not what gained
    found = claims_of(nlp, "Tolland Bank, which analysts said made 12,000 loans, gained 1.3%.")
    assert "loans" not in (found["1.3%"].metric or "")


@pytest.mark.parametrize("text,figure,metric", [
    # a figure after "of" or "in" names what its object names, without owners, counts or hedges
    ("The trust plans to close 12 of its roughly 80 community wards next spring.", "12", "community wards"),
    ("Grants now cover 64% of day-to-day running costs at the Fenwick museum.", "64%", "share of day-to-day running costs"),
    ("Shares of Corran Biotech slid 3.8% in Helsinki on Tuesday.", "3.8%", "share price"),
    # the size of a group, not what it is made of
    ("The ferry operator runs a fleet of 37 vessels on the Marrick routes.", "37", "fleet"),
    # a noun that names too little keeps what follows it
    ("The number of adults without a GP rose to 18,400 in the survey.", "18,400", "adults without a GP"),
    # a measure of something keeps what it is of
    ("Engineers put the cost of the Tallis viaduct repair at £41 million.", "£41 million", "cost of Tallis viaduct repair"),
])
def test_metric_named_from_the_phrase_the_figure_belongs_to(nlp, text, figure, metric):
    assert claims_of(nlp, text)[figure].metric == metric


@pytest.mark.parametrize("text,figure,metric", [
    # the verb says what a payment or a price is; its subject only says who
    ("The new footbridge cost £7.9 million and opened in May.", "£7.9 million", "cost"),
    ("The charity will receive $3.4 million next year.", "$3.4 million", "funding"),
    # a physical figure whose verb says what it measures, with the thing measured when the subject names it
    ("The Brannock solar park will generate about 310 GWh a year.", "about 310 GWh", "solar park output"),
    ("Algal blooms in the loch now cover 2.4 square kilometres each June.", "2.4 square kilometres", "Algal blooms area"),
    ("Resurfacing took just over four months.", "just over four months", "Resurfacing time"),
])
def test_metric_from_the_verb_when_the_subject_only_says_who(nlp, text, figure, metric):
    assert claims_of(nlp, text)[figure].metric == metric


@pytest.mark.parametrize("text,figure,metric", [
    ("Trams on the Vell line now run every 6 minutes at peak times.", "6 minutes", "frequency"),
    ("The keeper still has three years left on his contract with Dunhallow.", "three years", "time left on contract"),
    ("The new lighthouse stands 9 km off the Corrie headland.", "9 km", "distance off Corrie headland"),
    ("The depot is 40 km from the nearest port.", "40 km", "distance from nearest port"),
])
def test_metric_of_a_duration_or_a_length_from_the_words_around_it(nlp, text, figure, metric):
    assert claims_of(nlp, text)[figure].metric == metric


def test_metric_of_a_multiple_compared_as_many_or_as_far(nlp):
    found = claims_of(nlp, "Volunteers counted four times as many otters as in 2015, and the herons flew twice as far.")
    assert found["four times"].metric == "otters"
    assert found["twice"].metric == "distance"


def test_metric_of_the_level_a_change_reaches_is_the_level(nlp):
    found = claims_of(nlp, "Pelgrave Water announced a rise in its annual dividend to 48p per share.")
    assert found["48p"].metric == "annual dividend"
    # a verb "rise" is not a change noun: the level keeps its own subject
    found = claims_of(nlp, "Annual debt service would rise to $61.5 million in 2027, Ms Orla said.")
    assert found["$61.5 million"].metric == "Annual debt service"


@pytest.mark.parametrize("text,figure,metric", [
    # the tagger's lemma is wrong for some verbs ("fined" -> "fin"): the written form is read too
    ("The haulier was fined £82,000 after a crash on the A9.", "£82,000", "fine"),
    ("Each of the new pumps is rated at 4 MW.", "4 MW", "rating"),
    # a complement hangs the figure off the verb whose object is measured
    ("The board kept the hardship fund unchanged at £2.2 million.", "£2.2 million", "hardship fund"),
])
def test_metric_from_verbs_the_tagger_misreads_and_complements(nlp, text, figure, metric):
    assert claims_of(nlp, text)[figure].metric == metric


@pytest.mark.parametrize("text,figure,metric", [
    ("Castlemoor have signed winger Teodor Saari from Bramwell for £12 million.", "£12 million", "transfer fee"),
    ("Saari joined Castlemoor from Bramwell for £9 million in 2021.", "£9 million", "transfer fee"),
    ("Orrin Foods agreed to buy the bakery chain for $640 million in cash.", "$640 million", "purchase price"),
    ("Analysts on average forecast $3.08 a share for the year.", "$3.08", "earnings per share"),
])
def test_metric_of_a_price_paid_for_something_and_a_forecast_per_share(nlp, text, figure, metric):
    assert claims_of(nlp, text)[figure].metric == metric


def test_metric_per_share_after_a_verb_with_its_own_noun_is_not_earnings(nlp):
    # "per share" after a named dividend stays the dividend
    found = claims_of(nlp, "The insurer expects to pay a dividend of 22p per share.")
    assert "earnings" not in (found["22p"].metric or "")


@pytest.mark.parametrize("text,figure,metric", [
    # a named market index is a level; an index named for what it measures keeps its name
    ("The Morven 250 index closed at 8,214.6, down 0.9%.", "8,214.6", "index level"),
    ("The consumer price index rose 0.4% in March.", "0.4%", "consumer price index"),
    # the base of a change is a level of what changed
    ("Library visits rose to 412,000, up from 388,000 the year before.", "388,000", "Library visits"),
])
def test_metric_of_an_index_and_of_the_base_of_a_change(nlp, text, figure, metric):
    assert claims_of(nlp, text)[figure].metric == metric


def test_metric_is_never_the_unit_or_the_fraction_of_another_figure(nlp):
    found = claims_of(nlp, "The plant produced 8,300 GWh last year, up 6 percentage points on the target share.")
    assert "GWh" not in (found["6 percentage points"].metric or "")
    found = claims_of(nlp, "Crews will relay about 60 km of track, roughly a third of the region's 185 km.")
    assert (found["185 km"].metric or "") != "third"


@pytest.mark.parametrize("text,figure,metric", [
    # a figure in brackets beside a noun is what the noun names; beside another figure, the same measure converted
    ("The average number of ambulances on shift (412) was the highest this winter.", "412", "ambulances"),
    ("Turnover rose to 8.2 billion yuan (US$1.13 billion) in the half.", "US$1.13 billion", "Turnover"),
    # "which" after "X against Y" is the X, not the Y
    ("Theft against the person, which rose 14% last year, is the focus.", "14%", "Theft"),
])
def test_metric_of_a_figure_in_brackets_and_of_a_relative_clause(nlp, text, figure, metric):
    assert claims_of(nlp, text)[figure].metric == metric


@pytest.mark.parametrize("text,figure,metric", [
    # what a department or agency is given is its budget; anyone else's is funding
    ("The parks department will receive $18.6 million next year.", "$18.6 million", "budget"),
    ("The Department for Transport gets £2.2 billion this year.", "£2.2 billion", "budget"),
    # what it is for, when the sentence says
    ("The Department for Transport gets £2.2 billion for road maintenance.", "£2.2 billion", "road maintenance"),
    ("The museum will receive £1.5 million from the lottery fund.", "£1.5 million", "funding"),
    # a manner word is never the measure
    ("He joined in 2019, courtesy of the £12m the club raised from the sale.", "£12m", None),
])
def test_metric_of_money_a_department_is_given(nlp, text, figure, metric):
    assert claims_of(nlp, text)[figure].metric == metric


def test_metric_subject_that_acts_on_an_object_is_not_the_measure(nlp):
    found = claims_of(nlp, "Gannets on Raskay occupied 1,940 nests in 2023, down by a fifth since 2010.")
    assert "Gannets" not in (found["a fifth"].metric or "")
    assert "nests" in (found["a fifth"].metric or "")
    # a subject that names a measure still is one, object or not
    found = claims_of(nlp, "Revenue topped forecasts and rose 9% to $4.2 billion.")
    assert (found["9%"].metric or "").startswith("Revenue")


@pytest.mark.parametrize("text,figure,metric", [
    # a company that moves on the market with nothing else named: its share price, the level it reached too
    ("Grocers held firm. Tallow Brook Foods climbed 4.2% to $63.10 after its update.", "4.2%", "share price"),
    ("Grocers held firm. Tallow Brook Foods climbed 4.2% to $63.10 after its update.", "$63.10", "share price"),
    ("Shipping groups were weaker, and Corran Freight Lines slid 2.7% in late dealing.", "2.7%", "share price"),
    # a market index by its name: its level, in points or percent, and where it closed
    ("The Pellingham Composite shed 1.9%, or 212.4 points, to finish at 10,904.22.", "1.9%", "index level"),
    ("The Pellingham Composite shed 1.9%, or 212.4 points, to finish at 10,904.22.", "10,904.22", "index level"),
    ("Across the region the Ostreva 250 advanced 0.6% on Thursday.", "0.6%", "index level"),
])
def test_metric_of_a_name_moving_on_a_market(nlp, text, figure, metric):
    found = claims_of(nlp, text)[figure]
    assert found.metric == metric
    assert found.frame.status == "market"


@pytest.mark.parametrize("text,figure", [
    # a party in a poll or a country moving is no share price
    ("In the latest poll the Civic Alliance rose 3% to 27%.", "3%"),
    ("Norway rose 4% on the year, the agency said.", "4%"),
])
def test_metric_of_a_move_outside_a_market_is_no_share_price(nlp, text, figure):
    assert claims_of(nlp, text)[figure].metric not in ("share price", "index level")


def test_metric_of_a_verb_of_moving_parsed_inside_the_subject(nlp):
    # the parser hangs "rose" on "benefits"; a verb of moving has no passive, so the subject's number rose
    found = claims_of(nlp, "The number of households living on disability benefits rose by 4,300 in the year to June.")
    assert "households" in (found["4,300"].metric or "")


def test_metric_of_a_participle_without_a_subject_is_its_clauses(nlp):
    # "slipping" has no subject: what held up is what slipped
    found = claims_of(nlp, "The Ravelston mid-cap gauge outperformed its peers, slipping just 0.3%.")
    assert "gauge" in (found["0.3%"].metric or "") or found["0.3%"].metric == "index level"


def test_metric_of_a_capitalised_measure_moving_is_no_share_price(nlp):
    # a first word the tagger calls a name but the text writes in lower case is a measure, not a company
    found = claims_of(nlp, "Subscriptions and other fees, which cover the club card, rose 8.4% to $96 million. "
                           "The club card had 3 million subscriptions by June.")
    assert found["8.4%"].metric not in ("share price", "index level")


def test_metric_of_money_a_body_gets_in_a_budget_story_is_its_budget(nlp):
    text = ("Fernhill council set its budget for next year on Monday. Street lighting receives $7.9 million, "
            "while Harbour Services gets $12.4 million.")
    found = claims_of(nlp, text)
    # (a line of the budget, a common noun, is named with it: session 41, metric._budget_line)
    assert found["$7.9 million"].metric == "Street lighting budget"
    assert found["$12.4 million"].metric == "budget"
    # a named giver makes it a grant, budget story or not
    found = claims_of(nlp, "Fernhill council set its budget on Monday. The gallery receives $0.8 million from a trust.")
    assert found["$0.8 million"].metric != "budget"


def test_metric_of_a_share_with_nothing_named_after_a_share_is_that_share(nlp):
    found = claims_of(nlp, "Harlow Online now makes up 35% of group sales, against roughly a fifth in 2019.")
    assert found["roughly a fifth"].metric == found["35%"].metric == "share of group sales"


def test_metric_of_worth_hung_on_the_verb_is_the_noun_before_the_comma(nlp):
    found = claims_of(nlp, "Half of the money arrives through the capital fund set up by the regional assembly, "
                           "worth €3.2 billion this year.")
    assert "fund" in (found["€3.2 billion"].metric or "")


def test_metric_of_a_verb_two_clauses_from_its_subject(nlp):
    found = claims_of(nlp, "Parking fees stay the town's second source of income, forecast to bring in $21 million next year.")
    assert "Parking fees" in (found["$21 million"].metric or "")


def test_metric_of_a_headline_whose_verb_was_read_as_a_noun(nlp):
    found = claims_of(nlp, "Morvale tram ridership climbs past 30 million as new line opens")
    assert (found["30 million"].metric or "").endswith("tram ridership")
    # a plural change noun with its figure after "of" stays a noun
    assert claims_of(nlp, "Brokers expect price gains of 6% next year.")["6%"].metric != "price"


@pytest.mark.parametrize("text,figure,metric", [
    ("The index for apparel fell 0.6% in June.", "0.6%", "index for apparel"),
    ("The index for used vehicles rose 1.1% last month.", "1.1%", "index for used vehicles"),
])
def test_metric_of_a_statistics_sub_index_is_that_index(nlp, text, figure, metric):
    assert claims_of(nlp, text)[figure].metric == metric


def test_metric_stops_at_a_dash_that_opens_an_aside(nlp):
    text = ("With maths included, just 47.3 per cent made the grade - albeit a far better share than in the "
            "neighbouring county.")
    assert claims_of(nlp, text)["47.3 per cent"].metric == "share who made the grade"


@pytest.mark.parametrize("text,figure,metric", [
    ("Patients in richer areas are 27% more likely to be prescribed the new drugs than others.", "27%",
     "likelihood of being prescribed the new drugs"),
    ("Smokers were 40 per cent less likely to survive the operation, the study found.", "40 per cent",
     "likelihood of surviving the operation"),
    ("Women are twice as likely as men to develop the condition.", "twice", "likelihood of developing the condition"),
])
def test_metric_of_a_relative_risk_is_the_likelihood_of_what_follows(nlp, text, figure, metric):
    assert claims_of(nlp, text)[figure].metric == metric


@pytest.mark.parametrize("text,figure,metric", [
    # the tokenizer splits "£28m" into "£", "28", "m": the scale word is part of the figure, never its measure
    ("More than £14m has been set aside by the council for repairing Dunford's sea wall.", "More than £14m", None),
    ("About £6m has been earmarked for resurfacing the town's roads.", "About £6m", "funding"),
    ("Roughly £3m was spent on the new library last year.", "Roughly £3m", "spending on new library"),
    # nor is another figure's scale word the noun a list item hangs from
    ("The plan includes £4m for the harbour wall and £3m for the Kelby Road scheme (£11m over five years).",
     "£11m", "Kelby Road scheme"),
])
def test_metric_is_never_a_figures_own_scale_word(nlp, text, figure, metric):
    assert claims_of(nlp, text)[figure].metric == metric


@pytest.mark.parametrize("text,figure,metric", [
    # a figure of a "when" clause after a day is that day's, not the month's
    ("The port's busiest day of June was Sunday 8 June, when 14,200 passengers boarded ferries.", "14,200",
     "passengers on busiest day of June"),
    ("The busiest day was Friday, when 61,000 people visited the show.", "61,000", "people on busiest day"),
])
def test_metric_of_a_when_clause_after_a_day_names_the_day(nlp, text, figure, metric):
    assert claims_of(nlp, text)[figure].metric == metric


def test_metric_of_a_figure_analysts_forecast_is_their_forecast_of_the_clauses_measure(nlp):
    found = claims_of(nlp, "Harwick results\n\nRevenue came in at $2.1 billion, below the $2.2 billion analysts had forecast.")
    assert found["$2.2 billion"].metric.lower() == "analysts' forecast of revenue"


def test_metric_of_a_margin_clear_of_the_rest_is_a_lead(nlp):
    found = claims_of(nlp, "Morrow moved three points clear of Dunscar with a win on Sunday.")
    assert found["three"].metric == "lead"
    # a length clear of something is no lead
    found = claims_of(nlp, "The path was 3 metres clear of the water.")
    assert found["3 metres"].metric != "lead"


def test_metric_of_an_economy_that_grows_is_its_output(nlp):
    found = claims_of(nlp, "The economy shrank 0.2% in the spring, the statistics office said.")
    assert found["0.2%"].metric == "gdp"


def test_metric_of_a_bare_count_an_economy_adds_is_not_its_output(nlp):
    """"the economy added just 157,000": a count of something the economy did (jobs), never GDP."""
    found = claims_of(nlp, "Payrolls were revised. The government now says the economy added just 157,000 in July.")
    assert (found["157,000"].metric or "").lower() != "gdp"


def test_metric_of_a_measure_the_tagger_dates_is_that_measure(nlp):
    """"workweek" is tagged a date, but a length of hours it rose to is the average workweek's."""
    found = claims_of(nlp, "In manufacturing, the average workweek held steady at 40.1 hours in May.")
    assert found["40.1 hours"].metric == "average workweek"


def test_metric_of_a_share_a_money_verb_takes_is_not_funding(nlp):
    """"got 7.91 per cent": `amount_verb_metrics` measure only sums of money; a party that got a share is no metric either."""
    found = claims_of(nlp, "Its alliance partner Harlow First got 7.91 per cent, while Labour registered 29.67 per cent.")
    assert (found["7.91 per cent"].metric or "") not in ("funding", "alliance partner"), found["7.91 per cent"].metric
    money = claims_of(nlp, "The school got $2.4 million from the state.")
    assert money["$2.4 million"].metric.startswith("funding"), money["$2.4 million"].metric


def test_metric_of_a_noun_before_there_is_that_noun(nlp):
    # the parse takes "there" for the subject and "Turnout" for an adverb
    found = claims_of(nlp, "The county also voted on Thursday. Turnout there was 31.6%.")
    assert found["31.6%"].metric == "Turnout"


@pytest.mark.parametrize("text,figure,metric", [
    # "YoY", "QoQ": the basis of a change, never what changed; the verb's subject is
    ("Branwell Foods said its net profit grew 18 per cent YoY to Rs 240 crore.", "18 per cent", "net profit"),
    ("Branwell Foods said its net profit grew 18 per cent YoY to Rs 240 crore.", "Rs 240 crore", "net profit"),
    ("Export volumes fell 4 per cent y/y in March.", "4 per cent", "Export volumes"),
])
def test_metric_of_a_change_written_yoy_is_what_changed(nlp, text, figure, metric):
    assert claims_of(nlp, text)[figure].metric == metric


@pytest.mark.parametrize("text,figure,metric", [
    # a noun a figure stands "at" with no verb between them is what is at that level
    ("Operating profit at Rs 612 crore against Rs 540 crore, up 13 per cent.", "Rs 612 crore", "Operating profit"),
    ("Operating profit at Rs 612 crore against Rs 540 crore, up 13 per cent.", "Rs 540 crore", "Operating profit"),
    ("Operating profit at Rs 612 crore against Rs 540 crore, up 13 per cent.", "13 per cent", "Operating profit growth"),
    ("Bond yields climbed, with unemployment at 5.1% and inflation at 2.7%.", "5.1%", "unemployment"),
    ("Bond yields climbed, with unemployment at 5.1% and inflation at 2.7%.", "2.7%", "inflation"),
])
def test_metric_of_a_noun_at_a_figure_without_a_verb(nlp, text, figure, metric):
    assert claims_of(nlp, text)[figure].metric == metric


@pytest.mark.parametrize("text,figure,metric", [
    # a change written straight after the noun that changed, with no verb, as headlines and lists write it
    ("Kestrel Media reports $2B profit, revenue up eight per cent from a year ago", "eight per cent", "revenue growth"),
    ("Cider sales grew by 4.1% in the period, with perry up 6.2%.", "6.2%", "perry growth"),
    # a headline's capitals, when the body writes the word in lower case
    ("Harbour Freight Volumes Down 3.5 Pct In 2024\n\nFreight volumes at the harbour fell again.", "3.5 Pct",
     "Harbour Freight Volumes fall"),
])
def test_metric_of_a_noun_up_a_figure_is_its_change(nlp, text, figure, metric):
    assert claims_of(nlp, text)[figure].metric == metric


def test_metric_of_a_company_up_a_figure_is_still_its_share_price(nlp):
    found = claims_of(nlp, "Stocks rose in London, with Tesco up 2% and Unilever down 1.1%.")
    assert found["2%"].metric == "share price"


@pytest.mark.parametrize("text,figure,metric", [
    # a currency that moves against another: its exchange rate against that one, the change and the level alike
    ("The krona rose 0.45% against the US dollar to 10.82, while versus the euro it slipped 0.2% to 11.61.",
     "0.45%", "exchange rate against the US dollar"),
    ("The krona rose 0.45% against the US dollar to 10.82, while versus the euro it slipped 0.2% to 11.61.",
     "0.2%", "exchange rate against the euro"),
    ("The krona rose 0.45% against the US dollar to 10.82, while versus the euro it slipped 0.2% to 11.61.",
     "11.61", "exchange rate against the euro"),
    ("The Swiss currency fell 0.3% versus the yen on Monday.", "0.3%", "exchange rate against the yen"),
])
def test_metric_of_a_currency_moving_against_another_is_its_exchange_rate(nlp, text, figure, metric):
    assert claims_of(nlp, text)[figure].metric == metric


@pytest.mark.parametrize("text,figure,metric", [
    # modifiers joined by "and" between a count and its noun stay with the noun
    ("The study looked at 9,210 white and Hispanic participants who were 40 to 60 years old.", "9,210",
     "white and Hispanic participants"),
    ("The garage sold 318 new and used vans last year.", "318", "new and used vans"),
])
def test_metric_of_a_count_with_joined_modifiers_is_the_noun_it_counts(nlp, text, figure, metric):
    assert claims_of(nlp, text)[figure].metric == metric


@pytest.mark.parametrize("text,figure,metric", [
    # "the scrip" is a stock (Indian market copy); "a piece", "apiece" say per share, never what is measured
    ("At 11:20 am, the scrip was trading 4.35 per cent higher at Rs 912 a piece on the NSE.", "4.35 per cent",
     "share price"),
    ("At 11:20 am, the scrip was trading 4.35 per cent higher at Rs 912 a piece on the NSE.", "Rs 912", "share price"),
])
def test_metric_of_a_scrip_trading_a_piece_is_its_share_price(nlp, text, figure, metric):
    assert claims_of(nlp, text)[figure].metric == metric


@pytest.mark.parametrize("text,figure,metric", [
    # one unit of a commodity as the subject: the commodity's price per that unit, not the unit
    ("By the close, a barrel of Brent crude was trading at 74.10 US dollars, up 1.9%.", "74.10 US dollars",
     "oil price per barrel"),
    ("An ounce of gold climbed 0.8% to $2,015 on Thursday.", "0.8%", "gold price per ounce"),
])
def test_metric_of_a_unit_of_a_commodity_is_its_price_per_unit(nlp, text, figure, metric):
    assert claims_of(nlp, text)[figure].metric == metric


@pytest.mark.parametrize("text,figure,metric", [
    # a bracketed figure between a count and its noun is an aside: the count counts the noun after it
    ("The Green Party fought in three seats and secured just 48,310 (1.2 %) votes.", "48,310", "votes"),
    # (the alliance's own votes: "of the total votes polled" is the whole its share is of, so the count measures
    # "votes", as session 54's vote tallies read a count with its share in brackets)
    ("The alliance secured 2,41,902 (18.4%) of the total votes polled.", "2,41,902", "votes"),
])
def test_metric_of_a_count_before_a_bracketed_figure_is_the_noun_after_it(nlp, text, figure, metric):
    assert claims_of(nlp, text)[figure].metric == metric


@pytest.mark.parametrize("text,figure,metric", [
    # a measure's own short form in brackets is no name beside it: the subject still says what is measured
    # (session 54: "gross domestic product" is written short, as every gold metric writes it: rules/frame.json
    # `metric_short_forms`; it was "Gross domestic product (GDP)")
    ("Gross domestic product (GDP) grew 0.4% in the quarter.", "0.4%", "GDP"),
    ("Net interest income (NII) rose 9 per cent to Rs 3,150 crore.", "Rs 3,150 crore", "Net interest income (NII)"),
])
def test_metric_of_a_subject_with_its_short_form_in_brackets(nlp, text, figure, metric):
    assert claims_of(nlp, text)[figure].metric == metric


def test_metric_of_a_change_in_brackets_after_its_noun(nlp):
    found = claims_of(nlp, "There were also rises in the numbers of recorded thefts (up 12%), fraud offences (up 8%) "
                           "and arson (up 3%).")
    assert found["12%"].metric == "recorded thefts growth"
    assert found["8%"].metric == "fraud offences growth"


def test_metric_of_a_list_lines_subjectless_infinitive_is_its_noun(nlp):
    # a forecast written as lists and headlines write it, "NOUN to fall X% to Y": the noun moves
    found = claims_of(nlp, "Crop forecasts include:\n\n• Oat production to decrease by 10% to 1.1 million tonnes\n\n"
                           "• Rye production to fall 7% to around 0.3 million tonnes")
    assert found["10%"].metric == "Oat production"
    assert found["around 0.3 million tonnes"].metric == "Rye production"


def test_metric_of_a_market_report_list_of_movers_is_the_share_price(nlp):
    # "The biggest risers ... were NAME up Xp, or Y%, to Zp": each name's share price; the ", or" figure restates
    # the change in per cent (same direction, same subject) and the "to" figure is the price it closed at
    found = claims_of(nlp, "The biggest risers on the FTSE 100 were Brindle up 47p, or 4.1%, to 1,207p, and Corvan Land "
                           "up 17.40p, or 3%, to 606p.")
    for figure in ("47p", "4.1%", "1,207p", "17.40p", "3%", "606p"):
        assert found[figure].metric == "share price", figure
    assert found["4.1%"].direction == "up"
    assert found["1,207p"].direction is None
    found = claims_of(nlp, "The biggest fallers on the FTSE 250 were Marlow Group down 56p, or 7%, to 746.4p, and "
                           "Tenby Energy down 37p, or 5.9%, to 587.6p.")
    for figure in ("56p", "7%", "746.4p", "37p", "5.9%", "587.6p"):
        assert found[figure].metric == "share price", figure
    assert found["7%"].direction == "down"
    assert found["5.9%"].subject == found["37p"].subject


def test_metric_of_a_capitalised_category_up_a_percentage_is_no_share_price(nlp):
    found = claims_of(nlp, "The largest increases were in Transport, which was up 18.9%, and Clothing & Footwear up 7.1%.")
    assert found["7.1%"].metric != "share price"


@pytest.mark.parametrize("text,figure,metric", [
    # a figure with a noun or a rate of its own after ", or" is no restatement
    ("The firm cut 300 jobs, or 5% of its staff.", "5%", "share of staff"),
    ("Net income came to $684 million, or $1.49 per diluted share.", "$1.49", "diluted earnings per share"),
])
def test_metric_of_a_figure_after_or_with_its_own_noun_is_its_own(nlp, text, figure, metric):
    assert claims_of(nlp, text)[figure].metric == metric
