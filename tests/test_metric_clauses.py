"""The metric of a claim read through the shapes of real copy that the parse gets only half right: a change
written straight after another figure, a clause the parser split in two, a relative clause through a verb it
completes, a range after its noun, a qualified measure, an aggregate noun that holds another measure's figure,
a period written into the metric, a statistics index, a rate per unit. Sentences are invented for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from claimx.frame.words import load_words, parse
from fixtures_claims import claims_reader


claims_of = claims_reader(dt.date(2025, 10, 15))


def test_a_change_straight_after_a_figure_is_a_change_of_that_figure(nlp):
    found = claims_of(nlp, "Brandle Mills reported a net profit of $41 million for the half on sales of "
                           "$930 million, up 6% from a year earlier.")
    assert found["6%"].metric == "sales growth"
    assert found["$41 million"].metric == "net profit"
    # a change hung on the clause's own verb, with no figure just before it, is not moved
    found = claims_of(nlp, "Quarterly sales at Brandle Mills rose 6% on the year.")
    assert found["6%"].metric != "sales growth" or found["6%"].direction == "up"


def test_a_relative_clause_through_the_verb_it_completes_measures_its_noun(nlp):
    found = claims_of(nlp, "The signing-on bonus, which is thought to top £4 million, was not disclosed.")
    assert (found["£4 million"].metric or "").endswith("bonus")


def test_a_finite_verb_the_parser_hung_on_a_participle_takes_the_clause_subject(nlp):
    text = ("The agency said the total number of people classified as homeless increased from 41,200 in 2019 "
            "to 47,900 in 2024.")
    found = claims_of(nlp, text)
    for figure in ("41,200", "47,900"):
        assert found[figure].metric == "people classified as homeless"


def test_a_range_right_after_its_noun_measures_that_noun(nlp):
    found = claims_of(nlp, "Looking ahead, Corvale expects sales growth of 3% to 5% and an operating margin "
                           "between 9% and 10.5%.")
    assert found["between 9% and 10.5%"].metric == "operating margin"


@pytest.mark.parametrize("text,figure,metric", [
    ("Analysts expect Tormey Group to post earnings excluding one-off items of 88 cents per share.", "88 cents",
     "earnings per share"),
    # (the measure keeps its qualifier, which tells it from the same measure after tax: session 40)
    ("Pelham Stores reported profit before tax of £212 million for the year.", "£212 million", "profit before tax"),
])
def test_a_qualified_measure_is_the_measure_not_its_qualifier(nlp, text, figure, metric):
    assert claims_of(nlp, text)[figure].metric == metric


def test_an_aggregate_noun_holds_the_figure_of_what_the_clause_measures(nlp):
    found = claims_of(nlp, "Hospital spending totalled £810 million in 2025, below the £950 million peak of 2021.")
    assert found["£950 million"].metric == found["£810 million"].metric == "Hospital spending"
    # a measure the tagger read as a gerund is still the measure
    found = claims_of(nlp, "Spending on hospitals reached £810 million this year.")
    assert found["£810 million"].metric == "Spending"


def test_a_period_written_into_a_metric_is_a_plain_adjective(nlp):
    found = claims_of(nlp, "Ferrow Retail said fourth-quarter revenue rose 4.2% to $8.1 billion.")
    assert found["$8.1 billion"].metric == "quarterly revenue"
    found = claims_of(nlp, "Its full-year profit came in at $1.2 billion.")
    assert found["$1.2 billion"].metric == "annual profit"
    # also after "fiscal", as US results copy writes a company's own quarters
    found = claims_of(nlp, "Ferrow Retail reported fiscal third-quarter profit of $412 million.")
    assert found["$412 million"].metric == "quarterly profit"


def test_another_figure_is_no_part_of_a_metric(nlp):
    found = claims_of(nlp, "The striker agreed a four-year contract worth £9 million a season.")
    [money] = [c for c in found.values() if c.text.startswith("£9 million")]
    assert "contract" in (money.metric or "") and "four" not in money.metric


def test_period_modifiers_and_aggregate_nouns_are_checked_word_lists():
    data = load_words().to_dict()
    assert "peak" in data["aggregate_nouns"] and "third-quarter:quarterly" in data["period_modifiers"]
    data["period_modifiers"] = ["third-quarter"]  # not a 'modifier:adjective' pair
    with pytest.raises(ValueError, match="period_modifiers"):
        parse({k: v for k, v in data.items()}, "frame.json")


def test_a_statistics_index_measures_itself_and_is_no_market(nlp):
    found = claims_of(nlp, "The Producer Prices Index rose by 3.4% in the 12 months to June, the statistics "
                           "office said.")
    assert found["3.4%"].metric == "Producer Prices Index"
    # a market index keeps its level
    found = claims_of(nlp, "The Harlow Composite rose 1.2% to 8,410 points.")
    assert found["1.2%"].metric == "index level"


def test_a_rate_per_unit_keeps_both_sides(nlp):
    found = claims_of(nlp, "The board reported basic earnings per share of 41.2 cents for the half.")
    assert found["41.2 cents"].metric == "basic earnings per share"


def test_a_figure_of_a_period_is_of_the_noun_the_period_hangs_from(nlp):
    found = claims_of(nlp, "Tessock Brewing declared a special dividend for the year of 6.5p.")
    [dividend] = found.values()
    assert dividend.metric == "special dividend"


def test_a_change_in_a_relational_noun_keeps_what_it_is_of(nlp):
    found = claims_of(nlp, "Households saw a 4.1% rise in the cost of electricity over the winter.")
    assert found["4.1%"].metric == "cost of electricity growth"


def test_a_capitalised_measure_moving_is_no_share_price(nlp):
    found = claims_of(nlp, "Cargo also climbed at the terminal by 2.8% to 91,400 tonnes.")
    assert found["2.8%"].metric == "Cargo" and found["2.8%"].frame.status != "market"


def test_a_hyphened_word_after_a_count_is_one_word(nlp):
    found = claims_of(nlp, "The airfield handled 18,250 take-offs in the year.")
    assert found["18,250"].metric == "take-offs"


def test_the_sign_of_another_figure_is_no_part_of_a_metric(nlp):
    found = claims_of(nlp, "Visits rose by 9% to 2.3 million, while Portlee saw a 4.4% increase to 1.1 million.")
    assert "%" not in (found["1.1 million"].metric or "")


def test_an_amount_to_do_something_pays_for_doing_it(nlp):
    found = claims_of(nlp, "The plan sets aside $2.5 million to hire 40 officers and £300,000 to repair the library roof.")
    assert found["$2.5 million"].metric == "hiring officers"
    assert found["£300,000"].metric == "repairing library roof"
    # a verb that names the money keeps its own noun
    assert claims_of(nlp, "The council will spend $9 million to cut waiting times.")["$9 million"].metric != \
        "cutting waiting times"


def test_a_noun_after_and_is_not_what_a_figure_modifies(nlp):
    text = "Holmfirth now expects like-for-like sales growth of between 2% and 3% and earnings of $4.10 a share."
    assert "earnings" not in (claims_of(nlp, text)["between 2% and 3%"].metric or "")


def test_a_market_index_named_average_and_an_index_that_is_up(nlp):
    found = claims_of(nlp, "The Harlow Industrial Average fell 1.4%, or 512.3 points, to close at 36,210.8.")
    assert found["1.4%"].metric == "index level"
    found = claims_of(nlp, "For the year, the Broadmoor 250 is up 310.5 points, or 6.2%.")
    assert found["6.2%"].metric == "index level"


def test_the_level_a_change_reaches_is_a_level_of_what_changed(nlp):
    found = claims_of(nlp, "Wrenfield gained 1.1 percent after posting a 22.4 percent jump in quarterly sales to $2.2 billion.")
    assert found["$2.2 billion"].metric == "quarterly sales"
    assert found["22.4 percent"].metric == "quarterly sales growth"


def test_a_number_joined_by_a_hyphen_leaves_no_hyphen_behind(nlp):
    found = claims_of(nlp, "Volume was 4.1 billion shares, below the 30-day average of 4.6 billion.")
    assert "-" not in (found["4.6 billion"].metric or "")


def test_a_count_of_people_says_what_happened_to_them(nlp):
    found = claims_of(nlp, "At least six people died when the bridge collapsed, and about 1,500 people were "
                           "evacuated from the valley.")
    assert found["At least six"].metric == "deaths"  # what a reader writes down (session 34; was "people who died")
    assert found["about 1,500"].metric == "people evacuated from the valley"
    # a verb with an object of its own says nothing about them
    assert claims_of(nlp, "Some 420 people attended the hearing.")["Some 420"].metric == "people"


def test_of_two_subjects_the_one_next_to_the_verb_is_what_is_measured(nlp):
    text = "In Canada, where Tarrow invoices in dollars, the unit's bookings reached $1.4 billion, up 12%."
    found = claims_of(nlp, text)
    assert found["$1.4 billion"].metric == "bookings"
    assert found["12%"].metric == "bookings growth"


def test_a_share_with_its_whole_put_first_is_a_share_of_that_whole(nlp):
    found = claims_of(nlp, "Of the 530 tenants questioned, 71% said their rent had risen this year.")
    assert found["71%"].metric == "share of tenants"


@pytest.mark.parametrize("text,figure,metric", [
    ("The jobless rate was 5.1% in July. A year earlier it was 4.7%.", "4.7%", "jobless rate"),
    ("Net debt was $2.4 billion at the end of June. In March it had been $2.9 billion.", "$2.9 billion", "Net debt"),
])
def test_it_after_a_time_put_first_measures_what_the_sentence_before_did(nlp, text, figure, metric):
    assert claims_of(nlp, text)[figure].metric == metric


@pytest.mark.parametrize("text,figure", [
    ("The Brazilian forward moved to Lisbon for £38.7 million in 2019.", "£38.7 million"),
    ("He moved to Porto for €21 million in 2023.", "€21 million"),
    ("The 23-year-old completed his move to Rovers for an initial £16.4 million.", "£16.4 million"),
    ("The winger joined from Ashford in a deal worth £20 million.", "£20 million"),
    ("Caldwell sign Okafor from Norbury in £30m club-record deal", "£30m"),
    ("The midfielder's £45m switch to Everton was confirmed on Friday.", "£45m"),
    ("Caldwell paid £22 million for the defender.", "£22 million"),
])
def test_a_sum_a_player_moves_for_is_a_transfer_fee(nlp, text, figure):
    assert claims_of(nlp, text)[figure].metric == "transfer fee"


@pytest.mark.parametrize("text,figure,metric", [
    ("Tannery moved its headquarters to Leeds for £40 million.", "£40 million", "headquarters"),
    ("Acme signed a $500 million deal with Boeing.", "$500 million", "deal"),
    ("The group agreed to buy Orla in a deal worth $2.1 billion.", "$2.1 billion", "purchase price"),
])
def test_a_company_that_moves_or_signs_pays_no_transfer_fee(nlp, text, figure, metric):
    assert claims_of(nlp, text)[figure].metric == metric


def test_the_deal_after_a_price_is_worth_that_price(nlp):
    found = claims_of(nlp, "Caldwell signed the striker for £30m on Friday. The deal is worth up to £50 million "
                           "with add-ons.")
    assert found["up to £50 million"].metric == "transfer fee"
    assert claims_of(nlp, "The deal is worth up to £50 million.")["up to £50 million"].metric == "deal"


@pytest.mark.parametrize("text,figure,metric", [
    ("Some 3,400 patients who were waiting for surgery were moved to other hospitals.", "Some 3,400",
     "patients waiting for surgery"),
    ("The council said 1,200 homes built since 2020 were still empty.", "1,200", "homes built"),
    ("The agency counted 900 homes sold last year.", "900", "homes sold"),
    ("Inspectors found 312 vehicles that had failed their safety test.", "312",
     "vehicles that had failed their safety test"),
    ("Firefighters rescued 45 residents trapped in the flats.", "45", "residents trapped in the flats"),
])
def test_a_count_keeps_the_state_a_participle_or_relative_clause_gives_it(nlp, text, figure, metric):
    assert claims_of(nlp, text)[figure].metric == metric


def test_a_count_with_no_clause_after_it_is_its_noun(nlp):
    assert claims_of(nlp, "The chain runs 4,600 stores in the country.")["4,600"].metric == "stores"


def test_a_line_of_a_list_is_a_sentence_of_its_own(nlp):
    text = ("Figures by district, year to June:\n\nNorthgate Police\n- 14% fall in burglary\n- 9% rise in "
            "shoplifting\n\nEastfield Police\n- 3% rise in burglary\n")
    doc = nlp(text)
    lines = [s.text.strip() for s in doc.sents]
    assert "- 14% fall in burglary" in lines and "- 9% rise in shoplifting" in lines
    found = claims_of(nlp, text)
    assert found["14%"].metric == "burglary fall"
    assert found["9%"].metric == "shoplifting growth"  # a gerund the tagger may read as a verb is still what rose
    # a wrapped paragraph of prose is one sentence across its line breaks
    wrapped = ("The council said on Tuesday that the number of households in temporary accommodation rose\n"
               "by 12% over the year, the steepest increase since the current series of figures began.\n")
    assert len(list(nlp(wrapped).sents)) == 1


def test_a_label_line_under_a_list_intro_measures_what_the_intro_names(nlp):
    text = ("Average rents in Calder by flat size, August 2025:\n\nStudio: £940\nOne bedroom: £1,180\n"
            "Two or three bedrooms: £1,560\n\nBy council area, the share of homes let within a week was:\n\n"
            "Harrowgate: 61 per cent\nMillbrook: 48 per cent\n\nResults by division:\n\nRevenue: $4.1 billion\n")
    found = claims_of(nlp, text)
    for figure in ("£940", "£1,180", "£1,560"):
        assert found[figure].metric == "Average rents"
    assert found["61 per cent"].metric == found["48 per cent"].metric == "share of homes"
    assert found["$4.1 billion"].metric == "Revenue"  # a label that is a measure keeps it


def test_a_name_and_figure_line_without_a_colon_under_a_list_intro_measures_what_the_intro_names(nlp):
    text = ("Rents rose in most districts last month, the agency said.\n\n"
            "The changes in average weekly rents by district were:\n\n"
            "Eastmoor $512 (up $14 from July)\n\nHarrow Vale/Linton $468 (down $9)\n\nSouth Calder $430 (up $6).\n")
    found = claims_of(nlp, text)
    for figure in ("$512", "$14", "$468", "$9", "$430", "$6"):
        assert "rents" in (found[figure].metric or ""), figure
    # a line whose words before the figure are not all capitalised is a sentence, not a list item
    found = claims_of(nlp, "Figures for the month:\n\nSales rose to $41 million\n")
    assert "Figures" not in (found["$41 million"].metric or "")


def test_a_physical_quantity_of_stocks_is_stocks_held_not_a_share_price(nlp):
    found = claims_of(nlp, "Global wheat stocks are forecast at 268 million tonnes, down 3% from last season.")
    assert found["268 million tonnes"].metric == "Global wheat stocks"
    assert "share price" not in (found["3%"].metric or "")
    assert claims_of(nlp, "Stocks rose 2% on Tuesday.")["2%"].metric == "share prices"


def test_a_bare_rise_is_of_what_a_sentence_with_no_figure_said_moved(nlp):
    found = claims_of(nlp, "Thefts of bicycles from stations increased in every district. Northgate had a rise of "
                           "17 per cent, and Eastfield 9 per cent.")
    assert found["17 per cent"].metric == "Thefts growth"
    assert found["9 per cent"].metric == "Thefts growth"  # the gapped figure, not the unit of the first
    found = claims_of(nlp, "Northgate had a rise of 17 per cent, and Eastfield 9 per cent.")
    assert "cent" not in (found["9 per cent"].metric or "")


@pytest.mark.parametrize("text,figure,metric", [
    ("Between 2000 and 2020 the ice cap added 4.1 mm to global sea level.", "4.1 mm",
     "contribution to global sea level"),
    ("Greenland added 0.7 mm a year to global sea level.", "0.7 mm", "contribution to global sea level"),
    ("Melting glaciers contributed 18 mm to global sea-level rise.", "18 mm", "contribution to global sea-level rise"),
])
def test_a_physical_amount_added_to_something_is_a_contribution_to_it(nlp, text, figure, metric):
    assert claims_of(nlp, text)[figure].metric == metric


def test_a_thing_raised_by_an_amount_is_no_contribution_to_it(nlp):
    assert claims_of(nlp, "The council raised the flood wall by 2 metres.")["2 metres"].metric != \
        "contribution to flood wall"
    assert claims_of(nlp, "The Morven 250 index closed at 8,214.6, down 0.9%.")["8,214.6"].metric == "index level"


def test_a_verb_done_n_times_counts_what_the_verb_names(nlp):
    # (occasions: a count of goals since session 36, as "22 other times" is a count in the corpus)
    scored = claims_of(nlp, "The striker has scored 14 times in 20 appearances this season.")["14"]
    assert (scored.kind, scored.metric) == ("count", "goals")
    assert claims_of(nlp, "He has scored three times as many goals as last season.")["three times"].metric == "goals"
    assert claims_of(nlp, "The bank has cut rates four times this year.")["four times"].metric != "cut"


def test_a_figure_the_parser_made_the_root_measures_its_subject(nlp):
    found = claims_of(nlp, "The average temperature in July was 1.2C above the long-term mean.")
    assert found["1.2C"].metric == "average temperature"


def test_a_physical_rate_carries_its_whole_unit_and_keeps_its_denominator_in_the_metric(nlp):
    found = claims_of(nlp, "Barley yields averaged 6.2 tonnes a hectare across the plains this summer.")
    [rate] = found.values()
    assert rate.unit == "tonne per hectare"
    assert rate.metric.endswith("per hectare") and "tonne" not in rate.metric


def test_a_bare_change_is_of_what_a_reported_sentence_before_said_moved(nlp):
    # the moving clause is the complement of a reporting verb: "..., the office said", "Figures show that ..."
    found = claims_of(nlp, "Retail sales volumes rose in October, the statistics office said. "
                           "Food stores drove a 0.6 per cent increase, the strongest in a year.")
    assert found["0.6 per cent"].metric == "Retail sales volumes growth"
    found = claims_of(nlp, "Household borrowing fell in the spring, the central bank said. "
                           "It recorded a 2.1% decline, its first in a year.")
    assert found["2.1%"].metric == "Household borrowing fall"


def test_a_figure_in_apposition_compared_with_another_time_is_a_change_of_the_figure_before(nlp):
    found = claims_of(nlp, "The plant made 412,000 engines, 14% fewer than a year earlier.")
    assert found["14%"].metric == "engines fall"
    found = claims_of(nlp, "The trust now funds 3,412 nursing posts, 41 more than last year.")
    assert found["41"].metric == "nursing posts growth"
    # no comparison with "than": not a change of the figure before
    found = claims_of(nlp, "The plant made 412,000 engines, 14% of the national total.")
    assert found["14%"].metric != "engines fall"


def test_a_figure_set_against_another_measures_what_that_one_measures(nlp):
    found = claims_of(nlp, "Some 38% of pupils in the district met the standard, against 44% nationally.")
    assert found["44%"].metric == found["Some 38%"].metric == "share of pupils"
    # a figure with its own noun keeps it
    found = claims_of(nlp, "The club won 12 games at home, against 9 defeats away.")
    assert found["9"].metric != "games"


def test_parts_of_a_length_broken_down_after_a_colon_measure_what_the_total_measures(nlp):
    found = claims_of(nlp, "Between 2000 and 2020 the two glaciers added 12.4 mm to global sea level, the study found: "
                           "8.1 mm from Kessel and 4.3 mm from Brand.")
    assert found["8.1 mm"].metric == found["4.3 mm"].metric == "contribution to global sea level"
    # a distance broken down stays a distance of its own
    found = claims_of(nlp, "The buoy sits 22 km off the coast: 3 km from the reef.")
    assert found["3 km"].metric.startswith("distance from")


def test_a_clause_hung_on_another_figures_unit_does_not_make_the_unit_a_metric(nlp):
    found = claims_of(nlp, "In June, thaw was seen across more than 40 per cent of the plateau on at least one day, and the "
                           "weather mast at 1,800 metres recorded above-freezing temperatures for six hours.")
    assert found["six hours"].metric == "above-freezing temperatures"


def test_a_duration_in_a_record_is_the_time_since_the_last_such(nlp):
    found = claims_of(nlp, "Unemployment rose to 5.1% in August, its highest level in four years.")
    assert found["four years"].metric == "time since highest level"
    found = claims_of(nlp, "House prices posted the biggest monthly rise in two years.")
    assert found["two years"].metric == "time since biggest monthly rise"
    found = claims_of(nlp, "The number of patients waiting for planned treatment at the trust has fallen for the first "
                           "time in four years, figures show.")
    assert found["four years"].metric.startswith("time since patients")


def test_an_amount_after_worth_values_the_noun_before_it_when_the_parse_loses_worth(nlp):
    found = claims_of(nlp, "Police said jewellery worth about £40,000 was taken from the shop.")
    assert found["about £40,000"].metric == "jewellery"


def test_an_amount_a_verb_of_verb_metrics_takes_from_somewhere_keeps_where_from(nlp):
    found = claims_of(nlp, "The opposition said the government had drawn £240 million from its reserves over the past two years.")
    assert found["£240 million"].metric == "draw from reserves"
    found = claims_of(nlp, "The club earned £40 million from television rights last season.")
    assert found["£40 million"].metric == "earnings from television rights"
    # a level a change comes from is no source
    found = claims_of(nlp, "Spending rose to £3 billion from £2.8 billion.")
    assert "from" not in found["£3 billion"].metric


def test_an_amount_a_thing_adds_to_a_bill_is_its_cost(nlp):
    found = claims_of(nlp, "The new runway would add £2 billion to the cost of the airport.")
    assert found["£2 billion"].metric == "cost of new runway"
    # an actor adding money to a budget says nothing of a cost
    found = claims_of(nlp, "The council added £2 million to the budget.")
    assert found["£2 million"].metric != "cost of council"


def test_a_bare_change_to_a_count_is_a_change_of_what_the_count_counts(nlp):
    found = claims_of(nlp, "The region recorded a rise of 12 per cent to 4,300 burglaries.")
    assert found["12 per cent"].metric == "burglaries growth"
    found = claims_of(nlp, "Calder saw the sharpest fall, of 6 per cent to 2,900 thefts, the force said.")
    assert found["6 per cent"].metric == "thefts fall"


def test_a_bare_change_with_a_change_noun_before_to_is_a_change_of_the_level(nlp):
    found = claims_of(nlp, "Harrowgate Airport kept its top place with a 6.2 percent increase to 41.3 million passengers.")
    assert found["6.2 percent"].metric == "passengers growth"
    # a level with no noun of its own measures what changed
    found = claims_of(nlp, "Harrowgate Airport handled 41.3 million passengers. The surprise of the year was Marlow "
                           "Regional with an 11.4 percent jump to 9.6 million.")
    assert found["11.4 percent"].metric == "passengers growth"
    assert found["9.6 million"].metric == "passengers"


def test_a_bare_change_word_is_a_change_of_the_measure_before_it(nlp):
    found = claims_of(nlp, "Cargo volumes at the port were 2.3 million tonnes last year. Brenholt posted a growth of 4.1%.")
    assert found["4.1%"].metric == "Cargo volumes growth"
    # a fall after a rise of the same measure keeps its own way
    found = claims_of(nlp, "The ferry line carried 2.1 million passengers in 2024. Its northern route saw a rise of 14%, "
                           "and the island route recorded a fall of 3%.")
    assert found["14%"].metric == "passengers growth"
    assert found["3%"].metric == "passengers fall"


def test_a_neutral_change_word_takes_what_another_change_noun_of_the_sentence_changed(nlp):
    found = claims_of(nlp, "The district which experienced the greatest increase in its average rent over the year is "
                           "Tolworth with a movement of 9.2 per cent.")
    assert found["9.2 per cent"].metric == "change in average rent"
    found = claims_of(nlp, "The index showed a 3% change in retail sales volumes over the month.")
    assert found["3%"].metric == "change in retail sales volumes"


def test_a_change_word_that_names_a_measure_stays_bare(nlp):
    found = claims_of(nlp, "Ticket sales raised £2 million. Libraries are being asked to absorb a 10.8% cut.")
    assert found["10.8%"].metric == "cut"


def test_a_money_noun_of_a_verb_never_measures_a_share_or_a_count(nlp):
    found = claims_of(nlp, "The Greens got 1,204,551 votes across the state.")
    assert found["1,204,551"].metric == "votes"
    found = claims_of(nlp, "The Greens got 7.9 per cent in the state.")
    assert found["7.9 per cent"].metric != "funding"
    # a gerund the tagger read as a verb right before the figure is still the measure
    found = claims_of(nlp, "Household consumption rose 0.3% and government spending 0.6% in the quarter.")
    assert found["0.6%"].metric == "spending"
    # time a verb of spending takes is time spent
    found = claims_of(nlp, "The crew spends up to six weeks on the ice each spring.")
    assert found["up to six weeks"].metric.endswith("time spent")


def test_a_share_keeps_what_it_is_a_share_of_and_the_next_sentence_takes_it(nlp):
    found = claims_of(nlp, "The Reform Party took 41.2 per cent share of the votes, the commission said. Its alliance "
                           "partner Rural League got 7.9 per cent, while the Union Party registered 28.6 per cent.")
    assert found["41.2 per cent"].metric == "share of votes"
    assert found["7.9 per cent"].metric == "share of votes"
    assert found["28.6 per cent"].metric == "share of votes"
    # a figure with its own "of", or one that modifies a noun, takes no share from the sentence before
    found = claims_of(nlp, "About 60% of the price will be paid in cash. The founders own about 18% of the company.")
    assert found["about 18%"].metric != "share of price"


def test_a_statistics_index_goes_by_the_short_name_it_gives_itself_in_brackets(nlp):
    found = claims_of(nlp, "The Retail Prices Index including mortgage interest payments (RPIX) rose by 4.1% in the "
                           "12 months to May, up from 3.8% in April.")
    assert found["4.1%"].metric == "RPIX"
    found = claims_of(nlp, "The Consumer Prices Index rose by 2.9% in the year to May.")
    assert found["2.9%"].metric == "Consumer Prices Index"


def test_a_breakdown_by_a_noun_measures_what_the_clause_breaks_down(nlp):
    found = claims_of(nlp, "Smoking rates vary by region, led by the North East at 17.1 percent, followed by Wales at "
                           "15.8 percent, the Midlands at 13.2 percent, and the South at 11.3 percent, the survey said.")
    for figure in ("17.1 percent", "15.8 percent", "13.2 percent", "11.3 percent"):
        assert found[figure].metric == "Smoking rates"


def test_a_risk_of_doing_something_keeps_what_it_is_a_risk_of(nlp):
    found = claims_of(nlp, "The group had a 40 percent reduced chance of developing type 2 diabetes.")
    assert found["40 percent"].metric == "reduced chance of developing type 2 diabetes"
    # "by" the parser hung on the gerund still changes the risk the verb acts on
    found = claims_of(nlp, "People who walk daily cut their risk of dying from heart disease by 21 percent, the "
                           "researchers say.")
    assert found["21 percent"].metric == "risk of dying from heart disease"


def test_a_money_figure_per_share_after_a_verb_of_paying_is_the_price_per_share(nlp):
    found = claims_of(nlp, "Halvorsen said it had agreed to buy Brightmoor Foods for $2.1 billion. Halvorsen will pay "
                           "$18 per share in cash.")
    assert found["$18"].metric == "price per share"


def test_earnings_per_share_reach_a_figure_through_the_profit_subject_and_up_from(nlp):
    found = claims_of(nlp, "The company says the profit amounted to $1.12 per diluted share for the quarter.")
    assert found["$1.12"].metric == "diluted earnings per share"
    found = claims_of(nlp, "On an adjusted basis the company says it earned 71 cents per share, up from 64 cents per "
                           "share a year earlier.")
    assert found["64 cents"].metric == "earnings per share"
