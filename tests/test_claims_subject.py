"""Who a figure is about, on the full pipeline: rules found by reading claimx's output on real copy
(the sentences here are invented, in the same shapes)."""
from __future__ import annotations

import pytest

from fixtures_claims import doc_claims_of, subject_of

claims_of = doc_claims_of


LIST = ("Worst hospital trusts for waiting times named\n\n"
        "Patients at Brackenford General waited longest last month. It was followed by Tulloch Vale "
        "Hospitals NHS Trust (44 per cent), Ormsby Community Health Trust (41 per cent) and Fenmore "
        "Infirmary (39 per cent).")


@pytest.mark.parametrize("figure,subject", [
    ("44 per cent", "Tulloch Vale Hospitals NHS Trust"),
    ("41 per cent", "Ormsby Community Health Trust"),
    ("39 per cent", "Fenmore Infirmary"),
])
def test_a_figure_in_brackets_after_a_name_is_that_names(nlp, figure, subject):
    assert subject_of(nlp, LIST, figure) == subject


def test_a_bracketed_move_after_a_name_in_a_market_list(nlp):
    text = ("Shares slide in Harrowgate\n\nThe biggest fallers were Quenby Mutual (down 5.8%) and "
            "Larchmont Holdings (-3.6%), while the wider market was flat.")
    assert subject_of(nlp, text, "5.8%") == "Quenby Mutual"
    assert subject_of(nlp, text, "-3.6%") == "Larchmont Holdings"


def test_a_conversion_in_brackets_is_not_owned_by_the_figure_before(nlp):
    text = ("Tarnwell Foods lifts profit\n\nTarnwell Foods earned 8.2 billion yuan (US$1.1 billion) in "
            "the year, the grocer said.")
    assert subject_of(nlp, text, "US$1.1 billion") == "Tarnwell Foods"


def test_a_one_word_name_tagged_as_a_person_is_the_organisation_a_description_means(nlp):
    # the small model takes unfamiliar one-word company names for people; one never written as a full
    # name, standing as a clause's subject, is what "the utility" refers back to
    text = ("Tarrick Bay offshore array reaches full power\n\n"
            "Orlenva's Tarrick Bay array, the biggest off the west coast, started full operation on Friday.\n\n"
            "The move comes as Orlenva speeds its exit from coal. The utility generated 9,300 GWh last year. "
            "Its target is 60% by 2030.")
    assert subject_of(nlp, text, "9,300 GWh") == "Orlenva"
    assert subject_of(nlp, text, "60%") == "Orlenva"  # the company the paragraph is about, not the array


def test_a_surname_of_a_person_named_in_full_is_no_organisation(nlp):
    text = ("Corran Ports expands\n\nCorran Ports opened a second terminal in May.\n\n"
            "Chief executive Moira Delacey said the port would hire staff. Delacey joined in 2019. "
            "The company handled 4.1 million tonnes of cargo.")
    assert subject_of(nlp, text, "4.1 million tonnes") == "Corran Ports"


def test_a_commodity_moving_in_a_company_story_is_the_commoditys(nlp):
    text = ("Pellam Foods slides as grain costs bite\n\nPellam Foods fell 3.1% on Thursday. Gold rose 0.7% "
            "to $2,941 an ounce. Copper slipped 0.4%.")
    assert subject_of(nlp, text, "3.1%") == "Pellam Foods"
    assert subject_of(nlp, text, "0.7%") == "gold"
    assert subject_of(nlp, text, "$2,941") == "gold"
    assert subject_of(nlp, text, "0.4%") == "copper"


def test_a_company_that_owns_the_commodity_measure_keeps_it(nlp):
    text = "Tarvik Mining digs deeper\n\nTarvik Mining's copper output rose 6% in the quarter."
    assert subject_of(nlp, text, "6%") == "Tarvik Mining"


def test_a_headlines_first_word_never_written_again_is_not_what_the_article_leads_with(nlp):
    # a headline's first word is capitalised whatever it is; the tagger may take it for a name
    text = ("Chart ranks the slowest ambulance services in the region\n\n"
            "Crews at Dunlow Valley Ambulance Service took longest to reach emergencies last month. "
            "Fewer than 60% of the most urgent calls were reached within 15 minutes.")
    found = [c for c in claims_of(nlp, text) if c.text == "Fewer than 60%"]
    assert found and found[0].subject == "Dunlow Valley Ambulance Service"


def test_a_name_a_description_is_said_to_be_carries_to_the_next_sentence(nlp):
    text = ("Regional ambulance times published\n\n"
            "Dunlow Valley Ambulance Service was slowest overall. The second slowest service was the Arnby "
            "Coast Ambulance Trust. Response times for heart attacks rose 12% to 51 minutes.")
    found = [c for c in claims_of(nlp, text) if c.text == "12%"]
    assert found and found[0].subject == "Arnby Coast Ambulance Trust"


def test_it_in_a_clause_an_organisation_reports_is_that_organisation(nlp):
    text = ("Shares edge higher in Harrowgate\n\nShares in Harrowgate rose on Tuesday.\n\n"
            "Elsewhere, Corvane Homes said that it had seen an 18% drop in orders in the half year.")
    assert subject_of(nlp, text, "18%") == "Corvane Homes"


def test_its_in_a_clause_a_person_reports_is_not_the_person(nlp):
    text = ("Tarnwell Foods lifts profit\n\nTarnwell Foods had a strong year.\n\n"
            "Chief executive Moira Delacey said its profit rose 11% as costs eased.")
    assert subject_of(nlp, text, "11%") == "Tarnwell Foods"


def test_a_ticker_in_brackets_is_no_candidate_of_its_own(nlp):
    text = ("Harrowgate stocks mixed\n\nShares in Harrowgate were mixed on Monday.\n\n"
            "Grocer Tarnwell Foods (TWF) announced plans to close upwards of 40 stores by 2027.")
    assert subject_of(nlp, text, "upwards of 40") == "Tarnwell Foods"  # the name, without "Grocer"


@pytest.mark.parametrize("listing", ["(NYSE:HRW)", "(NASDAQ: HRW)", "(LSE:HRW)"])
def test_an_exchange_listing_in_brackets_stands_for_the_name_before_it(nlp, listing):
    # wire copy names the exchange and ticker after the company: neither is what the figures are about
    text = (f"Harwell Stores results beat\n\nHarwell Stores {listing} reports total revenue was up 2.1% in the "
            "quarter to $41.6 billion.")
    assert subject_of(nlp, text, "2.1%") == "Harwell Stores"


def test_a_description_before_a_bracketed_owner_is_left_out(nlp):
    text = "Harrowgate fallers\n\nThe biggest fallers were miner Quenby Mutual (down 5.8%) and Larchmont Holdings (-3.6%)."
    assert subject_of(nlp, text, "5.8%") == "Quenby Mutual"


def test_a_lower_case_description_before_a_name_is_left_out(nlp):
    text = ("Quorvane beats forecasts\n\nSoftware giant Quorvane reported revenue of $14.2 billion for the "
            "quarter.")
    assert subject_of(nlp, text, "$14.2 billion") == "Quorvane"


def test_a_capitalised_word_of_a_name_is_no_description(nlp):
    text = ("Tarrow budget passes\n\nThe Tarrow City Council on Monday approved a $412 million budget for the "
            "coming year. The Council will meet again in June.")
    assert "Council" != subject_of(nlp, text, "$412 million")


def test_a_commodity_is_named_without_its_common_modifiers(nlp):
    text = ("Pellam Foods slides\n\nPellam Foods fell 3.1% on Thursday. In commodities, benchmark Gulf crude settled down 1.2% "
            "at $64.10 a barrel.")
    assert subject_of(nlp, text, "1.2%") == "Gulf crude"


def test_a_figure_after_a_name_in_a_list_with_no_verb_is_that_names(nlp):
    text = ("Harwick drags stocks lower\n\nHarwick fell 3% on Tuesday. Elsewhere at the close: Tollmark 40 -0.8%; "
            "Vesper 300 +1.1%; Kallio City Composite -2.2%.")
    assert subject_of(nlp, text, "3%") == "Harwick"
    assert subject_of(nlp, text, "-0.8%") == "Tollmark 40"
    assert subject_of(nlp, text, "+1.1%") == "Vesper 300"
    assert subject_of(nlp, text, "-2.2%") == "Kallio City Composite"  # "City" is part of the name here


def test_a_one_line_text_has_no_headline_to_drop_its_first_name(nlp):
    assert subject_of(nlp, "Corrandale's 340 depots will stay open.", "340") == "Corrandale"


def test_a_definite_description_is_the_named_thing_it_refers_back_to(nlp):
    text = ("Tramways add riders\n\nThe city of Pellington said ridership grew 4% last year. Much of the growth came "
            "from the extension of the Amber Line to Oakfield, which opened in May. The extension cost $96 million "
            "to build.\n\nOfficials also pointed to the Gorsey Hill depot. The depot employs 240 people.\n\n"
            "A new depot is planned. The depot will cost $30 million.")
    assert subject_of(nlp, text, "$96 million") == "Amber Line"  # "the extension of the Amber Line"
    assert subject_of(nlp, text, "240") == "Gorsey Hill"  # "the Gorsey Hill depot"
    assert subject_of(nlp, text, "$30 million") != "Gorsey Hill"  # another paragraph, and an unnamed depot


def test_it_after_a_definite_description_is_the_named_thing(nlp):
    text = ("Tramways add riders\n\nThe city of Pellington said ridership grew 4% last year. Much of the growth came "
            "from the extension of the Amber Line to Oakfield, which opened in May. The extension cost $96 million. "
            "It now carries 2,100 riders a day.")
    assert subject_of(nlp, text, "2,100") == "Amber Line"


def test_a_clause_joined_by_and_goes_on_about_the_named_subject_before(nlp):
    text = ("Ferries speed up\n\nThe port of Tandry said crossings were busier in 2025. Line 7, the longest crossing, "
            "now sails every 20 minutes, and journeys across the estuary take about 6 minutes less than before.")
    assert subject_of(nlp, text, "about 6 minutes") == "Line 7"


ROUNDUP = ("Gales leave trail of damage\n\nDORRINGTON (Claimx Wire) - Officials across Wenlow Shire tallied the damage "
           "from Saturday's gales on Sunday.\n\nBarley County\n\nAt least 25 barns lost their roofs, the fire service "
           "said.\n\nQuarry Vale County\n\nLinemen restored power to about 1,800 homes by Sunday night.\n\n"
           "What comes next\n\nEngineers will inspect 60 bridges this week.")


def test_a_section_heading_naming_a_place_is_what_its_section_is_about(nlp):
    assert subject_of(nlp, ROUNDUP, "At least 25") == "Barley County"
    assert subject_of(nlp, ROUNDUP, "about 1,800") == "Quarry Vale County"


def test_a_heading_that_names_nothing_ends_the_section_above(nlp):
    # "What comes next" names no one, but the bridges are no longer Quarry Vale County's
    assert subject_of(nlp, ROUNDUP, "60") != "Quarry Vale County"


def test_a_single_named_line_is_no_section_heading(nlp):
    text = ("Gales leave trail of damage\n\nWenlow Council tallied the damage on Sunday. Wenlow Council said "
            "roads were open again. Crews worked through the night.\n\nGetty Images\n\nAt least 25 barns lost "
            "their roofs, the fire service said.")
    assert subject_of(nlp, text, "At least 25") == "Wenlow Council"


@pytest.mark.parametrize("text,figure,subject", [
    # a place's measure that a public body reports is the place's, not the body's
    ("Shoppers spend more\n\nWASHINGTON (Claimx Wire) - U.S. retail sales rose 0.6% in May, the Commerce "
     "Department said on Tuesday.", "0.6%", "United States"),
    ("UK inflation fell to 2.3% in April, the Office for National Statistics said.", "2.3%", "United Kingdom"),
    # a company reporting its own sales in a country keeps them
    ("Walmart beats forecasts\n\nWalmart said on Thursday that quarterly profit rose. U.S. comparable sales rose "
     "4.5% in the quarter, Walmart said.", "4.5%", "Walmart"),
])
def test_a_place_measure_reported_by_a_public_body_is_the_places(nlp, text, figure, subject):
    assert subject_of(nlp, text, figure) == subject


STUDY = ("Lake Orrin has shrunk by a third since 1990, study finds\n\n"
         "Lake Orrin, the largest lake in the Felwick basin, has lost about a third of its surface area since "
         "1990, according to a report published on Monday.\n\n"
         "Scientists at the Harlow Freshwater Centre combined 900 aerial photographs with field surveys.\n\n"
         "The team drilled 38 sediment cores in the lake bed in 2022.\n\n"
         "The centre plans to place 20 water sensors in the lake next spring.")


@pytest.mark.parametrize("figure", ["38", "20"])
def test_a_bare_description_is_the_body_named_before_that_it_fits(nlp, figure):
    # "the centre" repeats the last word of "the Harlow Freshwater Centre"; "the team" are the scientists
    # said to be at it: the body, not the lake the story leads with
    assert subject_of(nlp, STUDY, figure) == "Harlow Freshwater Centre"


def test_a_bare_description_names_the_nearest_body_it_fits(nlp):
    text = ("Board approves hospital plan\n\n"
            "Marlow Health Board backed the plan on Monday, after Tenby Valley NHS Trust and Askern Community "
            "Trust submitted bids.\n\n"
            "The trust employs 4,300 staff.")
    assert subject_of(nlp, text, "4,300") == "Askern Community Trust"


def test_the_team_with_no_research_body_named_stays_the_topic(nlp):
    text = ("Wexby Albion win the cup\n\n"
            "Wexby Albion beat Norham Town 2-1 at Carrow Road on Saturday.\n\n"
            "The team scored 41 goals in the league this season.")
    assert subject_of(nlp, text, "41") == "Wexby Albion"


@pytest.mark.parametrize("sentence", [
    "Holmbury paid £36 million for winger Tomas Krall two years ago.",
    "The fee tops the £36 million Holmbury paid for winger Tomas Krall two years ago.",
])
def test_a_sum_paid_for_a_named_player_is_the_players(nlp, sentence):
    text = "Holmbury break transfer record\n\nHolmbury City have agreed a new deal with their manager.\n\n" + sentence
    assert subject_of(nlp, text, "£36 million") == "Tomas Krall"


def test_a_sum_paid_for_no_name_stays_the_payers(nlp):
    text = "Holmbury buy land\n\nHolmbury City paid £12 million for a plot next to the ground."
    assert subject_of(nlp, text, "£12 million") == "Holmbury City"


def test_a_bare_description_that_owns_the_figure_is_the_body_it_stands_for(nlp):
    text = ("Hospital trust misses target\n\n"
            "Patients at Tenby Valley NHS Trust waited longer in March, according to NHS figures.\n\n"
            "Outpatient visits at Carrow Clinic rose 4%, and Ambulance crews across the trust's five hospitals "
            "logged 8,200 handovers.")
    assert subject_of(nlp, text, "five") == "Tenby Valley NHS Trust"


PLAYER_LED = ("Tobias Lund joins Brackwell from Fernlow in £37m deal\n\n"
              "Forward Tobias Lund has joined Brackwell Rovers from Fernlow Athletic for £37 million.\n\n"
              "Lund, 22, scored 17 goals last season. He played 2,900 minutes.\n\n"
              "For Brackwell, which plays at the 41,000-seat Quarry Lane, the deal shows new ambition. The club "
              "reported revenue of £228 million last season, and its wage bill is set to pass £140 million.\n\n"
              "Fernlow, who have now sold five players this summer, said they would reinvest. The club has "
              "lined up three replacements.")


@pytest.mark.parametrize("figure,subject", [
    ("£228 million", "Brackwell"),   # "the club" is never the player the story leads with
    ("£140 million", "Brackwell"),   # nor is "its"
    ("three", "Fernlow"),            # the club named last in the paragraph, untagged and speaking
    ("17", "Tobias Lund"),           # the player's own figures stay his
])
def test_an_organisation_word_in_a_story_led_by_a_person_is_the_organisation_named_before(nlp, figure, subject):
    assert subject_of(nlp, PLAYER_LED, figure) == subject


def test_a_speaker_is_the_subject_of_its_own_relative_clause(nlp):
    assert subject_of(nlp, PLAYER_LED, "five") == "Fernlow"


def test_the_company_keeps_an_organisation_topic(nlp):
    text = ("Harlan Foods lifts sales\n\nHarlan Foods reported higher sales on Tuesday.\n\n"
            "Chief executive Mira Tolland, 51, said demand was strong. The company sold 4,100 tonnes of flour.")
    assert subject_of(nlp, text, "4,100 tonnes") == "Harlan Foods"


@pytest.mark.parametrize("sentence,figure,subject", [
    ("Utilities fell 1.8%, the worst among the Corvale 250's 11 sectors.", "11", "Corvale 250"),
    ("Line 6's 24 stations will close for a week.", "24", "Line 6"),
])
def test_a_name_the_tagger_missed_owns_the_figure_after_its_possessive(nlp, sentence, figure, subject):
    text = ("Renholt Group cuts outlook\n\nRenholt Group shares fell 6% on Tuesday after it cut its outlook.\n\n"
            + sentence)
    assert subject_of(nlp, text, figure) == subject


MARKET = ("Harrowgate stocks slip\n\n"
          "HARROWGATE, May 6 (Claimx Wire) - The Tarrant 150 index slipped on Wednesday as industrial stocks fell.\n\n"
          "Shares in Renholt Group sank 11% after the maker of lifts cut its outlook. A weak forecast from "
          "Corley Mills weighed too, dragging the Tarrant 150 down 0.8% to 6,140 points.")


@pytest.mark.parametrize("figure,subject", [
    ("11%", "Renholt Group"),     # "shares in" a company, as British copy writes "shares of"
    ("0.8%", "Tarrant 150"),      # the object a verb moves by the figure, not the verb's subject
    ("6,140 points", "Tarrant 150"),
])
def test_market_report_moves_belong_to_what_moved(nlp, figure, subject):
    assert subject_of(nlp, MARKET, figure) == subject


def test_a_currency_that_moves_is_the_subject_not_the_company_of_the_report(nlp):
    text = ("Renholt shares slide\n\nRenholt Group fell 6% on Tuesday after it cut its outlook.\n\n"
            "The euro slipped 0.3% against the dollar. The pound rose 0.2% to $1.31.")
    assert subject_of(nlp, text, "0.3%") == "euro"
    assert subject_of(nlp, text, "0.2%") == "pound"


def test_subject_a_clause_hung_on_a_reporting_verb_by_with_is_not_the_reporters(nlp):
    # "X said, with the number ... falling by N": the office reports the figure; the place the release is about owns it
    text = ("UK jobless rate falls\n\nThe UK jobless rate fell to 4.2% in the three months to August.\n\n"
            "At the same time, however, employment also saw a surprise decline, the ONS said, with the number of "
            "people in employment falling by 3,400 between June and August.")
    assert subject_of(nlp, text, "3,400") == "United Kingdom"


def test_a_capitalised_first_word_written_in_lower_case_elsewhere_is_no_name(nlp):
    # the tagger takes a sentence's capitalised first word for a name ("Turnout" as a person); a word the text
    # writes in lower case and never capitalises inside a sentence is a common word, and the figure goes to the place
    text = ("Low turnout in Harlby mayoral vote\n\n"
            "Voters in Harlby chose a new mayor on Thursday. Turnout was 38%, the lowest turnout since 2004.")
    assert subject_of(nlp, text, "38%") == "Harlby"


def test_a_name_that_is_also_a_word_keeps_its_capital_mid_sentence(nlp):
    text = ("Target lifts outlook\n\n"
            "Shares of Target rose on Wednesday after sales beat the company's own target. "
            "Target said comparable sales grew 4.2% in the quarter.")
    assert subject_of(nlp, text, "4.2%") == "Target"


def test_the_unit_after_a_part_named_after_its_owner(nlp):
    text = ("Velmont Group profit rises\n\nVelmont Group lifted profit by 8% last year.\n\n"
            "Revenue at Velmont Marine, which builds ferries, fell 4.1% to $1.2 billion, and the unit posted "
            "an operating margin of 6.3%.")
    assert subject_of(nlp, text, "6.3%") == "Velmont Marine"


def test_he_and_his_are_the_person_named_before(nlp):
    text = ("Harfield Town beat Dunmere 3-1\n\n"
            "Harfield Town beat Dunmere 3-1 on Saturday to move second in the table.\n\n"
            "Striker Marco Lenz scored twice in the first half. He has now scored 14 league goals this season, "
            "and his 31 appearances lead the squad.")
    assert subject_of(nlp, text, "14") == "Marco Lenz"
    assert subject_of(nlp, text, "31") == "Marco Lenz"


def test_a_pronoun_that_speaks_is_no_person_a_figure_is_about(nlp):
    text = ("Corvane Foods lifts sales\n\nCorvane Foods said quarterly sales rose 6%.\n\n"
            "Chief executive Ruth Ambler spoke to analysts on Tuesday. She expects revenue of $2.4 billion next year.")
    assert subject_of(nlp, text, "$2.4 billion") == "Corvane Foods"


def test_of_these_carries_the_subject_of_the_figure_before(nlp):
    text = ("Bramwell Council backs lake plan\n\n"
            "BRAMWELL, May 2 - Bramwell Council approved a plan for the uplands on Tuesday.\n\n"
            "Lake Orrin, the largest lake in the uplands, has 44 islands. Of these, 12 are wooded, and five are "
            "open to visitors.")
    assert subject_of(nlp, text, "44") == "Lake Orrin"
    assert subject_of(nlp, text, "12") == "Lake Orrin"  # not the council the article leads with
    assert subject_of(nlp, text, "five") == "Lake Orrin"


def test_of_these_does_not_reach_past_the_sentence_before(nlp):
    text = ("Bramwell lakes shrinking\n\n"
            "The Tarn Water Institute sampled 44 ponds in the uplands.\n\n"
            "Bramwell council said the uplands drew many visitors. Of these, 3,000 came from abroad.")
    assert subject_of(nlp, text, "3,000") != "Tarn Water Institute"


MARKETS = ("Stocks slip as tech shares retreat\n\n"
           "NEW YORK, June 3 (Claimx Wire) - The Tarrant Industrial Average fell 0.8% to 31,400.\n\n"
           "Microsoft rose 2%, Alphabet 1.5% and Oracle 0.7%.\n\n"
           "Bank stocks led gains, with JPMorgan up 2.1% and Citigroup up 3%.\n\n"
           "Among the biggest fallers were Nvidia, down 4.2%, and Intel, which lost 3.1%.")


@pytest.mark.parametrize("figure,subject", [
    ("1.5%", "Alphabet"), ("0.7%", "Oracle"), ("3%", "Citigroup"), ("4.2%", "Nvidia"),
])
def test_a_company_in_a_market_reports_list_owns_the_figure_next_to_it(nlp, figure, subject):
    assert subject_of(nlp, MARKETS, figure) == subject


def test_a_market_index_named_before_its_head_word(nlp):
    text = ("Stocks climb\n\nLONDON, May 4 (Claimx Wire) - The Harwood industrial average jumped 175 points, or 1%, "
            "to 17,896. The Corran 250 index rose 18 points.")
    assert subject_of(nlp, text, "175 points") == "Harwood industrial average"  # not the dateline's place
    assert subject_of(nlp, text, "18 points") == "Corran 250 index"


def test_the_index_is_the_index_named_before(nlp):
    text = ("Shares in Pellam Foods climb\n\nShares in Pellam Foods rose 4% on Tuesday.\n\n"
            "The Corran 250 rose 47 points to 4,696. The index is now within 0.4% of its record high.")
    assert subject_of(nlp, text, "0.4%") == "Corran 250"


def test_a_month_the_tagger_takes_for_a_name_is_no_subject(nlp):
    text = ("Labour market in Valdoria: November 2025\n\nMain points for July to September 2025\n\n"
            "July to September figures show the jobless rate rising while employment fell.\n\n"
            "The Valdorian employment rate was estimated at 71.2%, 0.4 percentage points lower than a year earlier.")
    assert subject_of(nlp, text, "71.2%") != "July"
    assert all(c.subject not in ("July", "September") for c in claims_of(nlp, text))


def test_a_council_named_without_its_place_votes_the_places_budget(nlp):
    text = ("Harlby adopts two-year budget\n\n"
            "HARLBY, June 19 - Harlby's spending plan won final approval on Wednesday night.\n\n"
            "The City Council voted 4-1 to adopt a $40.9 million operating budget for the fiscal year that begins "
            "July 1. Council members also approved $9.9 million for capital projects.")
    assert subject_of(nlp, text, "$40.9 million") == "Harlby"
    assert subject_of(nlp, text, "$9.9 million") == "Harlby"


def test_a_council_named_with_its_place_keeps_its_name(nlp):
    text = ("Harlby adopts budget\n\nThe Harlby City Council on Tuesday approved a $40.9 million budget.")
    assert subject_of(nlp, text, "$40.9 million") == "Harlby City Council"


def test_a_headline_company_the_parser_calls_a_noun_is_the_lead(nlp):
    # the small model parses "Apple" opening a headline as a common noun while tagging it an organisation
    text = ("Apple increases profit and sales in second quarter\n\n"
            "In a statement, the company said that its net income for the quarter was $21.4 billion. Sales rose in "
            "every region.\n\nApple will publish its annual report in the autumn.")
    assert subject_of(nlp, text, "$21.4 billion") == "Apple"


def test_a_statistics_offices_short_form_is_a_source_and_the_rate_the_places(nlp):
    text = ("Jobless rate rises as pay growth slows\n\n"
            "The rate of Norland unemployment increased in the three months to June, new figures show.\n\n"
            "The Office for Norland Statistics (ONS) said the unemployment rate hit 4.6% in the quarter.")
    assert subject_of(nlp, text, "4.6%") == "Norland"


def test_a_figure_his_or_her_owns_is_the_persons(nlp):
    text = ("Harfield Town beat Dunmere 3-1\n\n"
            "Harfield Town beat Dunmere 3-1 on Saturday.\n\n"
            "Manager Anna Reyes took charge in March. The club has won 12 of her 20 matches in charge.")
    assert subject_of(nlp, text, "20") == "Anna Reyes"


def test_a_name_that_is_also_a_word_opening_a_sentence_is_its_verbs_subject(nlp):
    # the parser reads "Pike" opening a sentence as an interjection, leaving "scored" without a subject
    text = ("Wexham Athletic win the league\n\nWexham Athletic won the league on Saturday.\n\n"
            "Striker Jonah Pike, signed from Lyon last summer, scored 23 goals this season. Pike scored twice in the "
            "first half on Saturday before being substituted.")
    assert "Pike" in subject_of(nlp, text, "twice")


def test_which_in_a_reported_relative_clause_is_the_noun_it_hangs_on(nlp):
    text = ("Phone shipments slide\n\nQuenby Mobile fell 3.4% on Tuesday.\n\n"
            "Its rival Corvane Electronics, which Tessaly Research said shipped 57.9 million phones, gained 1.1%.")
    assert "Corvane Electronics" in subject_of(nlp, text, "57.9 million")


def test_it_later_in_a_sentence_is_the_named_subject_of_an_earlier_clause(nlp):
    text = ("Stocks slip\n\nPellam Foods fell 2% on Tuesday.\n\n"
            "The Corran 250 is still up about 9% for the year, and strategists at Marrow Bay Capital expect it to "
            "end the year at 5,100.")
    assert subject_of(nlp, text, "5,100") == "Corran 250"


def test_an_opening_it_after_a_name_the_tagger_missed(nlp):
    text = ("Stocks slip\n\nPellam Foods fell 2% on Tuesday.\n\n"
            "The Brenmoor 40 lost 47 points on the day. It has gained 9% this year.")
    assert subject_of(nlp, text, "9%") == "Brenmoor 40"


def test_the_role_that_introduced_a_person_refers_back_to_them(nlp):
    text = ("Redmarsh United sign Varn\n\n"
            "Redmarsh United have signed striker Elias Varn from Ashgrove for a fee of 40 million pounds.\n\n"
            "The striker also won 12 caps for his country.")
    assert subject_of(nlp, text, "12") == "Elias Varn"


def test_a_place_the_tagger_calls_a_person_is_the_place(nlp):
    # the small model takes "County Durham"-like names for people in some contexts; its own place word says otherwise
    from spacy.tokens import Span

    text = ("Strong exam results for county pupils\n\nPupils across County Harlby have beaten the national trend "
            "with another rise in exam results. 64.2 per cent of pupils passed five subjects.")
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if name == "claimx_claims":
            start = next(t.i for t in doc if t.text == "County")
            doc.ents = [e for e in doc.ents if not (e.start <= start + 1 and start < e.end)] + [
                Span(doc, start, start + 2, label="PERSON")]
        doc = proc(doc)
    assert [(e.text, e.label_) for e in doc.ents if e.text == "County Harlby"] == [("County Harlby", "GPE")]
    assert {s._.claim["subject"] for s in doc.spans["claims"]} == {"County Harlby"}


@pytest.mark.parametrize("opening", ["Education chiefs have claimed", "Health bosses say"])
def test_a_sector_before_its_people_is_no_subject_and_a_language_no_lead(nlp, opening):
    # "Education chiefs": a one-word sector the tagger may call an organisation; "English" (a school subject) is a
    # language; the figures are the county's
    text = (f"Exam passes rise again\n\n{opening} results across Harlbyshire are improving.\n"
            "The figures showed 56.4 per cent of pupils passed five subjects, not counting maths and English, and "
            "English results alone rose too.")
    assert subject_of(nlp, text, "56.4 per cent") == "Harlbyshire"


def test_a_company_before_its_people_named_again_stays_the_subject(nlp):
    text = ("Tarnwell profit rises\n\nTarnwell bosses said on Tuesday that profit rose to £41 million. "
            "Tarnwell also raised its dividend by 4%.")
    assert subject_of(nlp, text, "£41 million") == "Tarnwell"


def test_a_named_owner_of_a_verbs_subject_that_is_no_measure_owns_the_figure(nlp):
    text = ("Ice losses speed up, satellite survey shows\n\n"
            "Norvika's ice cap lost an average of 210 gigatons of ice a year, and Sellmark's ice sheet lost an "
            "average of 95 gigatons of ice a year, the survey found.")
    assert subject_of(nlp, text, "210 gigatons") == "Norvika"
    assert subject_of(nlp, text, "95 gigatons") == "Sellmark"


@pytest.mark.parametrize("text,figure,subject", [
    ("Thefts rise in the Borders\n\nThefts rose in most districts last year. Harnley had a rise of 31 per cent, "
     "and Bellcraig 22 per cent.", "22 per cent", "Bellcraig"),
    ("Rents climb\n\nRents rose again in the year to June. In Carrow it was 5.2%, in Dunford 4.4% and in "
     "Elsham 3.9%.", "4.4%", "Dunford"),
    ("Rents climb\n\nRents rose again in the year to June. In Carrow it was 5.2%, in Dunford 4.4% and in "
     "Elsham 3.9%.", "3.9%", "Elsham"),
    ("Maize outlook\n\nNorvia's harvest is forecast at 31.2 million tonnes, down 4% on last year, and Calvera's at "
     "7.9 million tonnes, a record.", "7.9 million tonnes", "Calvera"),
])
def test_a_gapped_list_item_is_the_name_before_its_figure(nlp, text, figure, subject):
    assert subject_of(nlp, text, figure) == subject



def test_a_dateline_in_capitals_is_no_subject(nlp):
    text = ("Rovers go up\n\nWEXHAM, 26 May 2025 (Claimx Wire) - Wexham Rovers won promotion on Saturday, finishing on "
            "86 points.")
    assert subject_of(nlp, text, "86") == "Wexham Rovers"


def test_a_speakers_employer_cut_at_its_commas_is_no_lead(nlp):
    # the tagger cuts "the National Heart, Kidney, and Blood Institute" at its commas; the last piece is still
    # the employer of the person quoted, a source, not what the studies' figures are about
    text = ("Heart deaths far lower without major risk factors, studies show\n\n"
            "Data from two long-term studies show that adults with the best levels of three major risk factors had "
            "far lower death rates from heart attack and stroke.\n\n"
            "\"A nearly 70 percent lower rate of heart deaths among low-risk adults is a striking difference,\" said "
            "Dr. Paul Verano, Director of the National Heart, Kidney, and Blood Institute. \"Only a small share of "
            "adults is at low risk.\"\n\n"
            "Of the 341,200 people who took part in the two studies, just 4 to 9 percent were at low risk.")
    assert subject_of(nlp, text, "341,200") != "Blood Institute"
    assert subject_of(nlp, text, "4 to 9 percent") != "Blood Institute"


def test_who_funded_a_study_is_no_subject_of_its_figures(nlp):
    text = ("Sleep study links late nights to weight gain\n\n"
            "Adults who slept less than six hours a night gained more weight, according to a study published on "
            "Monday.\n\nThe study, funded by the Carrowmere Health Foundation, followed 4,200 adults for eight years.")
    assert subject_of(nlp, text, "4,200") != "Carrowmere Health Foundation"


def test_an_acronym_the_tagger_missed_is_its_verbs_subject(nlp):
    text = ("Kelso Institute reviews heart studies\n\nThe Kelso Institute reviewed two studies of adults.\n\n"
            "CORVAN also studied two groups of men in 17 cities.")
    assert subject_of(nlp, text, "17") == "CORVAN"


def test_a_figure_in_an_apposition_is_the_named_things(nlp):
    text = ("Kelso Institute reviews heart studies\n\nThe Kelso Institute reviewed two studies of adults.\n\n"
            "The Tarrow Heart Cohort, a 15-year study of 9,300 men, found lower death rates among non-smokers.")
    assert subject_of(nlp, text, "9,300") == "Tarrow Heart Cohort"


MARKET_WIDE = ("Stocks slip as chipmakers slide; Pellam Foods jumps\n\n"
          "Pellam Foods rose 4.6% on Tuesday after raising its forecast. The Corran 500 index ended down 1.3%.\n\n"
          "Technology shares fell 2.4%, and decliners outnumbered advancers by nearly two to one.\n\n"
          "About 11.8 billion shares changed hands, below the 20-day average of 12.4 billion. Volume on the Nasdaq "
          "was 1.6 billion shares.\n\n"
          "Quenby Mobile lost 2.2% after it took 14% of a global market that grew 3% to about 290 million handsets.")


@pytest.mark.parametrize("figure,subject", [
    ("2.4%", "technology sector"),
    ("nearly two to one", "stock market"),
    ("About 11.8 billion", "stock market"),
    ("12.4 billion", "stock market"),
    ("1.6 billion", "Nasdaq"),
    ("3%", "global market"),
])
def test_market_wide_figures_are_the_markets_not_the_lead_companys(nlp, figure, subject):
    assert subject_of(nlp, MARKET_WIDE, figure) == subject


def test_a_companys_volume_is_no_markets(nlp):
    text = ("Tarnwell Foods sales rise\n\nTarnwell Foods said underlying sales rose 3.1% in the quarter. Volume rose "
            "1.5%, and turnover rose 5% to 3.2 billion euros.")
    assert subject_of(nlp, text, "1.5%") == "Tarnwell Foods"
    assert subject_of(nlp, text, "5%") == "Tarnwell Foods"


def test_a_name_has_a_capital(nlp):
    # the tagger may take a lower-case phrase for a person ("a display of quick feet"); "he" then means the player
    from spacy.tokens import Span

    text = ("Orla Venn scores again\n\nOrla Venn's strike, a display of quick feet, was her side's seventh. "
            "She has now scored 14 goals this season.")
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if name == "claimx_claims":
            start = next(t.i for t in doc if t.text == "quick")
            doc.ents = [e for e in doc.ents if not (e.start <= start + 1 and start < e.end)] + [
                Span(doc, start, start + 2, label="PERSON")]
        doc = proc(doc)
    assert {s.text: s._.claim["subject"] for s in doc.spans["claims"]}["14"] == "Orla Venn"


def test_a_bulleted_lists_heading_names_its_items(nlp):
    text = ("Burglary falls across the Vale\n\nPolice in the Vale of Harnley recorded 40,120 crimes last year.\n\n"
            "The picture by force:\n\nTarrow Constabulary\n- 8% fall in burglary\n- 15% rise in shoplifting\n\n"
            "Key figures\n- 3,100 burglaries\n\nHarnley Police\n- 12% fall in burglary\n")
    assert subject_of(nlp, text, "8%") == "Tarrow Constabulary"
    assert subject_of(nlp, text, "15%") == "Tarrow Constabulary"
    assert subject_of(nlp, text, "12%") == "Harnley Police"


def test_a_change_in_apposition_to_a_figure_takes_that_figures_subject(nlp):
    text = ("Crime rises in the north\n\nCrime rose in three of the four force areas last year, Harnley Police said. "
            "Oldmere was the exception, with 31,470 offences, a fall of 8 per cent.")
    assert subject_of(nlp, text, "31,470") == "Oldmere"
    assert subject_of(nlp, text, "8 per cent") == "Oldmere"


def test_a_world_scope_word_makes_the_figure_the_worlds(nlp):
    text = ("Kastrava harvest beats forecasts\n\nKastrava's farmers expect a record crop this year. World wheat "
            "production will reach 806 million tonnes this season, the board said. Global sales of electric cars "
            "rose 20% last year.")
    assert subject_of(nlp, text, "806 million tonnes") == "world"
    assert subject_of(nlp, text, "20%") == "world"


GRAIN = ("Valdoria crop shrinks\n\nFarmers in Kastrava and Valdoria are big growers, the Kastrava government said. "
         "The ICB cut its estimate for the Valdorian crop to 31.4 million tonnes. Kastravan exports rose 12% in May.")


def test_an_adjective_of_a_place_in_the_article_makes_the_figure_that_places(nlp):
    assert subject_of(nlp, GRAIN, "12%") == "Kastrava"


def test_an_agency_revising_its_own_estimate_is_the_source_not_the_subject(nlp):
    assert subject_of(nlp, GRAIN, "31.4 million tonnes") == "Valdoria"


def test_an_agency_revising_its_estimate_for_world_output_gives_the_world(nlp):
    text = ("Tarsania harvest grows\n\nTarsania's farmers expect a record crop. The board also raised its forecast "
            "for world maize production to about 1.27 billion tonnes, up 3% on last season.")
    assert subject_of(nlp, text, "about 1.27 billion tonnes") == "world"
    assert subject_of(nlp, text, "3%") == "world"


@pytest.mark.parametrize("text,figure", [
    # a statistics office that reports a clause publishes the figure; it is not what the figure is about
    ("Prices ease again\n\nThe annual rate of consumer price inflation fell to 2.4% in May from 2.7% in April, "
     "the Office for National Statistics reported.", "2.4%"),
    ("Prices ease again\n\nThe annual rate of consumer price inflation fell to 2.4% in May from 2.7% in April, "
     "the Office for National Statistics reported.", "2.7%"),
    # its acronym too, and also when it "said"
    ("Factory prices climb, OFS reveals\n\nFactory gate prices rose 6% in the year to May, the Office for Fiscal "
     "Statistics (OFS) said. The OFS said the rate of rent inflation rose to 3.3 per cent.", "3.3 per cent"),
    ("Factory prices climb, OFS reveals\n\nFactory gate prices rose 6% in the year to May, the Office for Fiscal "
     "Statistics (OFS) said. The OFS said the rate of rent inflation rose to 3.3 per cent.", "6%"),
    # a statistics office's index names a measure, not who it is about
    ("Inflation picks up\n\nThe rate of Consumer Prices Index inflation rose to 3.8 per cent in June.", "3.8 per cent"),
])
def test_a_statistics_office_and_its_index_are_no_subject(nlp, text, figure):
    subject = subject_of(nlp, text, figure) or ""
    assert "Office" not in subject and "OFS" not in subject and "Index" not in subject


def test_a_company_that_reports_a_clause_stays_its_subject(nlp):
    text = ("Harwick Stores beats forecasts\n\nHarwick Stores reported that its quarterly sales rose 4.1% to "
            "$2.2 billion.")
    assert subject_of(nlp, text, "4.1%") == "Harwick Stores"

def test_an_untagged_name_owning_the_subject_owns_the_figure(nlp):
    text = ("Wheat tender\n\nThe board raised its forecast again. Qarvesh's state grain agency bought 420,000 tonnes of "
            "wheat in a tender on Tuesday, most of it from Kastrava, traders said.")
    assert "Qarvesh" in subject_of(nlp, text, "420,000 tonnes")


def test_a_change_in_apposition_after_a_unit_the_parser_took_for_a_name(nlp):
    # "Gt" is parsed as a proper noun: the apposition describes the figure, not a name called "Gt"
    text = ("Ice loss speeds up\n\nWest Aurelan lost 142 Gt a year over the last decade, compared with 48 Gt a year "
            "in 1995-2004, a near tripling. The Tessel Glacier alone lost 58 Gt a year, about two-fifths of the ice "
            "sheet's total.")
    assert subject_of(nlp, text, "tripling") == "West Aurelan"
    assert subject_of(nlp, text, "about two-fifths") == "Tessel Glacier"


def test_a_figure_in_apposition_to_a_named_thing_is_that_things(nlp):
    # "Westgate" is read as an adjective: the line is still a named thing, the figures its own
    text = ("Bus ridership climbs\n\nRidership on Harlow buses rose 4% last year. The mayor said the next priority "
            "is the Westgate bus rapid transit line, a 9-mile project estimated at $240 million.")
    assert subject_of(nlp, text, "9-mile") == "Westgate bus rapid transit line"
    assert subject_of(nlp, text, "$240 million") == "Westgate bus rapid transit line"


def test_the_town_is_the_place_of_the_dateline(nlp):
    # the headline and the sentence before name the region: "the borough", "the town" are the dateline's place
    text = ("Prices rise fastest in Westmoor\n\nASHBY, 12 March 2025 (Ashby Courier) - The average home in Ashby sold "
            "for £231,400 in January, making the borough the fastest-rising market in Westmoor, official figures "
            "show.\n\nPrices in the borough rose 0.7 per cent between December and January alone. Prices in the town "
            "are now about 4 per cent below the average for Westmoor as a whole.")
    assert subject_of(nlp, text, "0.7 per cent") == "Ashby"
    assert subject_of(nlp, text, "about 4 per cent") == "Ashby"


@pytest.mark.parametrize("text,figure,subject", [
    # the company a story leads with keeps its shares even as a one-word name opening the sentence
    ("Tarnwell reports jump in profit\n\nTarnwell said profit rose 14%. Tarnwell shares were down 8.2 percent at "
     "3,030 rupees on the Kelmouth Stock Exchange.", "8.2 percent", "Tarnwell"),
    # a capitalised word before "shares" that is no sector is a company the tagger missed, not a sector
    ("Tarnwell reports jump in profit\n\nTarnwell said profit rose 14%. Vrelko shares were down 2.1 percent at "
     "400 rupees on the Kelmouth Stock Exchange.", "2.1 percent", "Vrelko"),
    # a sector stays a sector
    ("Tarnwell reports jump in profit\n\nTarnwell said profit rose 14%. Mining stocks rose 1.3%.", "1.3%",
     "mining sector"),
])
def test_shares_named_by_a_word_before_them(nlp, text, figure, subject):
    assert subject_of(nlp, text, figure) == subject


def test_shares_of_a_name_the_tagger_missed_are_that_names_not_the_exchanges(nlp):
    text = ("Profit rises at handset maker\n\nThe handset maker posted a rise in profit. Shares of Research in Motion "
            "dropped more than 5 percent, to $72.56, in after-hours trading on the Nasdaq.")
    assert subject_of(nlp, text, "more than 5 percent") == "Research in Motion"
def test_a_clause_opening_across_the_region_is_the_region_the_headline_names(nlp):
    text = ("Crime rises across North Westmoor as thefts climb\n\nHARBY, 2 June 2025 (Harby Post) - Police in North "
            "Westmoor recorded 81,200 crimes in the year to March. Harby Police logged 40,100 of them.\n\n"
            "Across the region there were 17 homicides, up from 12 a year earlier.")
    assert subject_of(nlp, text, "17") == "North Westmoor"


def test_a_transfer_fee_is_the_signed_players(nlp):
    text = ("Harlow sign Ekwueme and Okoro\n\nHARLOW, Aug 29 (Claimx Wire) - Harlow Athletic have signed striker Tom "
            "Ekwueme from Castlebury for £18 million. Ekwueme, 24, scored 19 goals last season. Harlow Athletic also "
            "completed the signing of defender Sam Okoro from Pellmouth in a £6 million deal.")
    assert "Ekwueme" in subject_of(nlp, text, "£18 million")
    assert subject_of(nlp, text, "£6 million") == "Sam Okoro"


def test_the_team_is_the_body_that_led_the_study_not_a_commenting_scientists(nlp):
    text = ("Ice sheets lose ice faster, study finds\n\nHALLSTROM, 22 January 2026 (EBC News) - The Isvardi ice sheet "
            "is losing 268 billion tonnes of ice a year, a study found. Its 64 authors, drawn from 19 institutions, "
            "were led by the Hallstrom Institute for Polar Research. Dr Jonas Aberg, a scientist at the University of "
            "Calder Bay who was not involved in the research, said the study was clear. The team will now continue "
            "its observations for a further five years, at a cost of €8.5 million.")
    assert subject_of(nlp, text, "€8.5 million") == "Hallstrom Institute for Polar Research"


def test_a_quantifier_opening_a_quote_is_no_name(nlp):
    text = ("Ashby prices rise\n\nASHBY, 12 March 2025 (Ashby Courier) - The average home in Ashby sold for £231,400 "
            "in January. \"Most are going for about 98 per cent of the asking price,\" said Priya Dhanda, an agent.")
    assert subject_of(nlp, text, "about 98 per cent") != "Most"




def test_a_headline_transfer_fee_is_the_players(nlp):
    text = ("Brackley Rovers sign Dunford from Ashby in £36m club-record deal\n\nBRACKLEY, Aug 29 (Claimx Wire) - "
            "Brackley Rovers have signed striker Leon Dunford from Ashby Town for £36 million.")
    assert "Dunford" in subject_of(nlp, text, "£36m")
    assert "sign" not in subject_of(nlp, text, "£36m")


def test_a_share_of_a_named_owners_whole_is_that_owners(nlp):
    text = ("Ice sheets shrink\n\nThe Varnholm and Oster ice sheets are shedding 410 billion tonnes of ice a year. In "
            "July 2025, melt was detected across more than 60 per cent of Varnholm's surface on at least one day.")
    assert subject_of(nlp, text, "more than 60 per cent") == "Varnholm"
    # a subject with an owner keeps the figure: the share is the colony's, not the country's
    text = ("Seabirds decline\n\nKittiwakes at Harlow Bay fell by a third. The bay's kittiwakes now make up about 4% of "
            "Norland's kittiwake population.")
    assert subject_of(nlp, text, "about 4%") != "Norland"


def test_a_gapped_list_item_that_is_a_named_thing(nlp):
    text = ("Transit ridership climbs\n\nRiders made 31.2 million trips on Harlow buses and trains last year. Buses "
            "carried 20.1 million of those trips and the Eastgate Line light rail 11.1 million.")
    assert subject_of(nlp, text, "11.1 million") == "Eastgate Line light rail"


def test_the_forecast_restating_the_figure_before_has_its_subject(nlp):
    text = ("Drought trims world maize outlook\n\nHALDEN, Aug 14 (Claimx Wire) - World maize production will reach 1.21 "
            "billion tonnes in the 2025-26 season, the Grain Council said on Thursday, as a record crop in Norvia offsets "
            "losses in Calvera.\n\nThe forecast, 6 million tonnes lower than the council's July estimate, is still 2.1% "
            "above last season's harvest, the council said.")
    assert subject_of(nlp, text, "2.1%") == "world"


def test_an_untagged_dateline_place_is_no_subject_of_the_leads_verb(nlp):
    text = ("Harlow beat Castlebury to go top\n\nHARLOW, 11 January 2026 (Harlow Herald) - Tom Ekwueme ran in three tries "
            "as Harlow Athletic beat Castlebury Rovers 31-17 at Mill Park on Saturday.")
    assert subject_of(nlp, text, "three") == "Tom Ekwueme"


def test_a_study_named_by_a_code_in_capitals_is_the_subject_of_its_findings(nlp):
    text = ("Daily pill cuts heart attacks, trial finds\n\n"
            "A once-daily pill cut heart attacks by about a fifth, according to results published on Monday.\n\n"
            "The HALCYON trial, led by researchers at the University of Tessaly, enrolled 9,420 people in 2018. "
            "By the end of follow-up, 2.1% of those on the pill had had a heart attack, compared with 2.6% on placebo.")
    assert subject_of(nlp, text, "9,420") == "HALCYON trial"
    assert subject_of(nlp, text, "2.1%") == "HALCYON trial"


def test_a_name_that_is_another_clauses_subject_does_not_own_the_measure(nlp):
    text = ("Harlow council passes budget\n\nHARLOW, June 11 (Claimx Wire) - The Harlow City Council on Tuesday approved "
            "a $640 million budget. The fire department's budget is cut by $1.5 million, and Fire Station 9 will lose "
            "its second engine company.")
    assert "Fire Station" not in subject_of(nlp, text, "$1.5 million")


def test_a_later_clauses_named_subject_is_no_candidate(nlp):
    text = ("Harlow council passes budget\n\nHARLOW, June 11 (Claimx Wire) - The Harlow City Council on Tuesday approved "
            "a $640 million budget. Parks and recreation receives $21.6 million, while Public Works gets $48.7 million, a "
            "12% increase.")
    assert subject_of(nlp, text, "$21.6 million") != "Public Works"


def test_a_league_named_by_its_initials_leads_a_story_about_it(nlp):
    """A name in capitals the tagger calls an organisation and the text repeats ("the NBA") may lead; an
    abbreviation spelt out in brackets ("the ... (MMR) vaccine") stands for what it spells out."""
    text = ("NBA scoring fell this season\n\nIt was the year of the comeback in the NBA, and scoring fell.\n\n"
            "Teams scored 280,960 points this season, or 114.2 per game.\n")
    found = {c.text: c.subject for c in claims_of(nlp, text)}
    assert found["280,960"] == "NBA", found
    spelt = ("MMR uptake falls again\n\nFewer children are getting the measles, mumps and rubella (MMR) vaccine, "
             "figures show.\n\nUptake fell to 88.2% last year, the health board said. MMR take-up has fallen for years.\n")
    assert {c.text: c.subject for c in claims_of(nlp, spelt)}["88.2%"] != "MMR"


@pytest.mark.parametrize("text,figure", [
    ("Fewer heart attacks on fish oil\n\nThe study, which tracked more than 8,400 adults, was published on Monday "
     "in the Annals of Carrow Medicine.", "more than 8,400"),
    ("Glacier loss speeds up\n\nThe survey, which covered 412 glaciers, appeared on Tuesday in Brennock Science.",
     "412"),
])
def test_a_journal_or_where_a_study_appeared_is_never_its_subject(nlp, text, figure):
    subject = subject_of(nlp, text, figure)
    assert subject not in ("Annals of Carrow Medicine", "Brennock Science")


def test_a_name_joined_to_a_lower_case_word_by_a_hyphen_describes_something_else(nlp):
    text = ("Tarnwell Foods lifts quarterly profit\n\nTarnwell Foods Inc. reported higher profit on Thursday.\n\n"
            "The Calder-based grocer's net income was $49 million, up from $41 million.")
    assert subject_of(nlp, text, "$49 million") in ("Tarnwell Foods Inc.", "Tarnwell Foods")
    assert subject_of(nlp, "Grocer's profit up\n\nProfit at the Calder-based grocer rose to $49 million in the year.",
                      "$49 million") != "Calder"


def test_a_company_that_says_its_own_figures_leads_the_story(nlp):
    text = ("Tarnwell Foods Inc. says its third-quarter revenue and profit were up slightly from a year earlier.\n\n"
            "The Calder-based grocer's net income was $49 million, up from $41 million.")
    assert subject_of(nlp, text, "$49 million") == "Tarnwell Foods Inc."


def test_a_speakers_employer_is_a_source(nlp):
    text = ("Statins cut heart risk\n\n\"These results together predict a 15% to 20% fall in heart attacks,\" "
            "Dr. Ann Reid, a cardiology chief at the Harlow Medical Center, told reporters.")
    assert subject_of(nlp, text, "15% to 20%") != "Harlow Medical Center"


def test_a_statistics_offices_index_is_the_place_the_release_is_about(nlp):
    text = ("Consumer price inflation, Valdoria: March 2026\n\n"
            "The Consumer Prices Index including owner occupiers' housing costs (CPIH) rose by 6.2% in the 12 months "
            "to March 2026.\n\nOn a monthly basis, CPIH rose by 0.9% in March 2026.")
    assert subject_of(nlp, text, "6.2%") == "Valdoria"
    assert subject_of(nlp, text, "0.9%") == "Valdoria"


def test_an_organisations_short_name_in_capitals_may_lead(nlp):
    text = ("Inside the EBL numbers: Lots of comebacks, scoring went down\n\n"
            "It was the year of the comeback in the EBL.\n\n"
            "Teams scored 280,960 points this season, or 114.2 per game.")
    assert subject_of(nlp, text, "280,960") == "EBL"


def test_a_persons_title_and_who_a_speaker_tells_are_no_lead(nlp):
    text = ("Bus ridership down slightly\n\n"
            "The city is projecting bus revenues will bring in $39.2 million next fiscal year, city Transportation "
            "Director Cheryl Soon told the Council Budget Committee yesterday.\n\n"
            "Soon showed charts reporting February ridership of 5.1 million trips.")
    assert subject_of(nlp, text, "5.1 million") not in ("Transportation Director", "Council Budget Committee")


def test_a_speakers_own_body_named_with_of_is_a_source(nlp):
    text = ("Taking health advice cuts death risk 34%\n\n"
            "HARLOW, March 29 (Claimx Wire) -- People who follow healthy lifestyle advice cut their risk of dying by "
            "34 percent, researchers say.\n\n"
            "Study leader Dr. Ann Reid of the School of Public Health at Harlow College said the researchers "
            "investigated the diet of nearly 380,000 people in nine countries.")
    assert "School of Public Health" not in (subject_of(nlp, text, "nearly 380,000") or "")


def test_the_price_of_a_company_bought_is_the_targets(nlp):
    text = ("Harwick to buy Tarnwell Foods for $13.7 billion\n\n"
            "Harwick said Friday it has agreed to buy Tarnwell Foods for $13.7 billion, a move to grow its grocery arm.")
    assert subject_of(nlp, text, "$13.7 billion") == "Tarnwell Foods"


@pytest.mark.parametrize("text,figure,subject", [
    ("Obesity rates vary by region, led by the South at 29.4 percent, followed by the Midwest at 28.7 percent, "
     "the Northeast at 24.9 percent, and the West at 24.1 percent, the report said.", "24.9 percent", "Northeast"),
    ("The region in England and Wales which experienced the greatest increase in its average property value over "
     "the last 12 months is London with a movement of 10.9 per cent.", "10.9 per cent", "London"),
])
def test_a_figure_in_an_at_or_with_phrase_of_a_place_is_that_places(nlp, text, figure, subject):
    assert subject_of(nlp, text, figure) == subject


@pytest.mark.parametrize("text,figure", [
    ("Clean power hits a record\n\nAll forms of clean energy accounted for a total of 38% of the world's electricity "
     "generated in 2025, the analysis by Harlow Energy found.", "38%"),
    ("Clean power hits a record\n\nIn 2015, when the Paris Agreement was signed, wind and solar generated just 4.6% of "
     "global electricity.", "4.6%"),
])
def test_a_share_of_the_worlds_whole_is_the_worlds(nlp, text, figure):
    assert subject_of(nlp, text, figure) == "world"


def test_a_figure_of_a_named_owners_measure_is_the_owners(nlp):
    text = ("Harwick to buy Greenway Foods\n\nHarwick will pay $42 per share in an all-cash deal, well above "
            "Greenway Foods' share price of $33.06 at Thursday's close.")
    assert subject_of(nlp, text, "$33.06") == "Greenway Foods"


def test_a_world_scope_in_the_subjects_compounds_with_an_apposition_over_the_figure(nlp):
    text = ("Global passenger numbers up 6.4 pct\n\nWorld airport passenger traffic increased by 6.4 percent in 2025, "
            "the strongest growth rate since 2020, ACI said in its annual report.")
    assert subject_of(nlp, text, "6.4 percent") == "world"


def test_the_length_of_a_signed_players_contract_is_the_players(nlp):
    text = ("Marcus Webb completes move to Manchester United\n\nManchester United have signed Belgium striker Marcus Webb "
            "from Everton on a five-year contract, the Premier League club said on Monday.\n\n"
            "Webb, who also attracted interest from Chelsea, scored 25 league goals in 37 matches for Everton.")
    assert subject_of(nlp, text, "five-year") == "Marcus Webb"


@pytest.mark.parametrize("text,figure,subject", [
    ("Parking charges to rise\n\nSavings of £3m would come from scrapping vacant council posts.\n\n"
     "The council said in a statement that it would protect frontline services.", "£3m", "council"),
    ("Board backs final budget\n\nThe budget includes $41 million in reserves. The district's general fund pays for "
     "most of it, and the district has said salaries will rise.", "$41 million", "district"),
])
def test_a_figure_with_no_name_in_a_story_about_a_described_local_body_is_the_bodys(nlp, text, figure, subject):
    assert subject_of(nlp, text, figure) == subject


def test_a_body_described_only_once_is_no_subject(nlp):
    text = ("Parking charges to rise\n\nSavings of £3m would come from scrapping vacant posts.\n\n"
            "The council said in a statement that it would protect frontline services.")
    assert subject_of(nlp, text, "£3m") is None


WORLD = ("Solar and wind set a record in 2025\n\n"
         "New power capacity reached a record last year, the Harlow Energy Agency said in a report.\n\n"
         "Some 210 gigawatts were added in 2025 globally, compared with 190 GW in 2024. More than half of the new "
         "capacity, 120 GW, was built in Asia. Renewables' share of global power capacity was 36 per cent.\n\n"
         "Between 2015 and 2025, the price of solar panels dropped 80%, and world output rose.")


@pytest.mark.parametrize("figure,subject", [
    ("Some 210 gigawatts", "world"),
    ("80%", "world"),
    ("120 GW", "Asia"),
])
def test_a_figure_of_a_world_story_is_the_worlds_unless_its_clause_names_a_region(nlp, figure, subject):
    assert subject_of(nlp, WORLD, figure) == subject


def test_a_countrys_story_is_no_world_story(nlp):
    text = ("Valdoria's wheat crop shrinks\n\nValdoria harvested less wheat this year as the global price fell. "
            "World stocks rose and global demand was flat.\n\nBetween 2015 and 2025, the price of seed dropped 80%.")
    assert subject_of(nlp, text, "80%") != "world"


EARNINGS_ROUNDUP = ("Earnings: Harwick posts record profit\n\n"
           "Harwick Stores posted a 5 percent rise in quarterly revenue yesterday.\n\n"
           "Harwick earned $2.1 billion in the quarter.\n\n"
           "Brackley Financial\n\n"
           "Brackley Financial Services Inc. said its net income grew 4 percent in the second quarter.\n\n"
           "That compares with net income of $410 million a year earlier.\n\n"
           "FirstLedger\n\n"
           "Leeds-based lender FirstLedger Corp. reported a large increase in profit in the second quarter.\n\n"
           "Profit rose to $58.5 million from $47.5 million a year earlier.")


@pytest.mark.parametrize("figure,subject", [
    ("$410 million", "Brackley Financial"),
    ("$58.5 million", "FirstLedger"),
])
def test_a_round_ups_company_heading_names_its_section_even_untagged(nlp, figure, subject):
    assert subject_of(nlp, EARNINGS_ROUNDUP, figure) == subject


RELEASE = ("Jobless rate edges down to 5.1 percent\n\n"
           "The unemployment rate fell to 5.1 percent in the June 2019 quarter, from 5.4 percent in the previous "
           "quarter, Statistics Canada said on Friday.\n\n"
           "The number of employed people rose 0.9 percent over the quarter.")


@pytest.mark.parametrize("figure", ["5.1 percent", "5.4 percent", "0.9 percent"])
def test_a_national_statistics_bodys_figures_are_its_countrys(nlp, figure):
    """The body that publishes a release is its source; what it measures is the country's (`statistics_bodies`)."""
    assert subject_of(nlp, RELEASE, figure) == "Canada"


@pytest.mark.parametrize("text,figure,subject", [
    ("Morvania economy grows 0.5% in third quarter\n\nMorvania's economy grew by 0.5% in the three months to September, "
     "the Morvania National Statistics Office (MNSO) said on Friday.\n\nThe MNSO also revised its estimate of growth in "
     "the second quarter to 0.4%, from a first estimate of 0.3%.", "0.4%", "Morvania"),
    ("Tarsland jobless rate falls\n\nTarsland's unemployment rate fell to 6.1% in March, Statistics Tarsland said on "
     "Monday.\n\nStatistics Tarsland also put the number of people in work at 2.4 million.", "2.4 million", "Tarsland"),
    ("South Africa's economy grew 0.3% in the second quarter, Statistics South Africa said on Tuesday.\n\nThe growth "
     "figure Statistics SA recorded for the first quarter was revised to 0.6%.", "0.6%", "South Africa"),
])
def test_a_statistics_body_named_after_its_country_measures_that_country(nlp, text, figure, subject):
    """A statistics body the word lists do not know is read from its name: the place left after its statistics and
    body words ("Morvania National Statistics Office", its short form "MNSO"; "Stats SA", the initials of a place)."""
    assert subject_of(nlp, text, figure) == subject


@pytest.mark.parametrize("text,figure", [
    ("Freight costs climb\n\nThe Bureau of Transportation Statistics said freight costs rose 3.2% in May.", "3.2%"),
])
def test_a_statistics_body_named_after_no_place_gives_none(nlp, text, figure):
    assert subject_of(nlp, text, figure) != "Transportation"


def test_a_company_story_citing_a_statistics_body_keeps_its_company(nlp):
    text = ("Harlow Foods sales climb\n\nHarlow Foods said sales rose 4.2% in the quarter, ahead of the 2.1% "
            "rise in food prices the ONS reported last month.")
    assert subject_of(nlp, text, "4.2%") == "Harlow Foods"


@pytest.mark.parametrize("figure", ["2.1 percent", "1.8 percent"])
def test_what_measured_a_figure_is_a_source(nlp, figure):
    """"as measured by the labour cost index (LCI)", "(as measured by the Monthly Employment Survey)": sources."""
    text = ("Wage growth holds steady\n\nAnnual wage inflation, as measured by the labour cost index (LCI), held at "
            "2.1 percent in the June 2019 quarter, Statistics Canada said.\n\nFilled jobs (as measured by the "
            "Monthly Employment Survey) rose 1.8 percent over the year.")
    assert subject_of(nlp, text, figure) == "Canada"


def test_a_bulleted_label_names_its_figure_without_the_bullet(nlp):
    text = ("Dunmore budget approved\n\nThe city's budget comes from three funds.\n\n"
            "- General fund: $415.2 million\n- Debt service fund: $78.4 million\n")
    metrics = {c.text: c.metric for c in claims_of(nlp, text)}
    assert metrics["$415.2 million"] == "General fund" and metrics["$78.4 million"] == "Debt service fund"
@pytest.mark.parametrize("text,figure,subject", [
    ("Norwegian economy grows 0.6%\n\nThe Norwegian economy grew 0.6% in the third quarter, the statistics office "
     "said on Tuesday. Household spending rose 1.1%.", "1.1%", "Norway"),
    ("Polish Statistical Office: retail sales fall\n\nRetail sales volume decreased by 2.4% compared with the same month "
     "of the previous year. Fuel sales fell by 3%.", "3%", "Poland"),
])
def test_a_statistics_release_that_names_its_country_by_its_adjective_is_that_countrys(nlp, text, figure, subject):
    assert subject_of(nlp, text, figure) == subject


def test_an_adjective_of_nationality_before_a_company_is_no_country(nlp):
    text = ("Smartphone sales slow\n\nChinese smartphone maker sales fell this year. Shipments dropped 4% to "
            "1.2 billion units in 2025.")
    assert subject_of(nlp, text, "4%") != "China"


@pytest.mark.parametrize("text,figure,subject", [
    ("Greens sweep Harlby\n\nThe Greens won 30 of the 52 seats on Harlby Borough Council, while Labour took 14.",
     "52", "Harlby Borough Council"),
    ("Assembly results\n\nIn Valdoria, where the Unity Party won a majority with 61 seats out of total 104, it got "
     "38.5 per cent of the vote.", "104", "Valdoria"),
])
def test_a_seat_total_after_a_partys_seats_is_the_elected_bodys(nlp, text, figure, subject):
    assert subject_of(nlp, text, figure) == subject


@pytest.mark.parametrize("text,figure,subject", [
    ("Ashgrove City sell Marcus Webb\n\nAshgrove City have sold striker Marcus Webb to Harlby Rovers after four "
     "seasons, Ashgrove City said on Monday.\n\nLocal media reported that the fee for the 24-year-old is about 60 "
     "million pounds.", "about 60 million pounds", "Marcus Webb"),
    ("Webb completes Harlby move\n\nHarlby Rovers have completed the signing of France striker Marcus Webb from Lyon "
     "for a club record fee on a five-year deal.", "five-year", "Marcus Webb"),
])
def test_a_fee_for_a_described_player_and_a_signing_deals_length_are_the_players(nlp, text, figure, subject):
    assert subject_of(nlp, text, figure) == subject


def test_a_sum_converted_in_brackets_takes_the_subject_of_the_sum_it_converts(nlp):
    text = ("Ashgrove City sell Marcus Webb\n\nAshgrove City have sold striker Marcus Webb to Harlby Rovers after four "
            "seasons, Ashgrove City said on Monday.\n\nLocal media reported that the fee for the 24-year-old is about 60 "
            "million pounds ($78 million).")
    assert subject_of(nlp, text, "$78 million") == "Marcus Webb"


def test_a_time_alone_is_no_metric(nlp):
    text = ("Rig count rises\n\nThe number of rigs drilling for crude rose by 4 to 871 this week. "
            "That is still short of the peak last month of more than 880.")
    metrics = {c.text: c.metric for c in claims_of(nlp, text)}
    assert metrics["more than 880"] is None or "month" not in metrics["more than 880"]
@pytest.mark.parametrize("figure,subject", [
    ("16.3", "Corvex Holdings"), ("201.8", "Corvex Holdings"), ("4.8", "Larchmont"), ("121.2", "Larchmont"),
])
def test_a_listed_move_and_the_level_it_reached_are_the_listed_names(nlp, figure, subject):
    text = ("Shares slip in Harrowgate\n\nThe Marlow 100 dropped 40 points.\n\n"
            "The biggest risers on the Marlow 100 were Quenby Mutual up 2.1p to 88.4p, Corvex Holdings up 16.3p to "
            "201.8p and Larchmont up 4.8p to 121.2p.")
    assert subject_of(nlp, text, figure) == subject


def test_a_leads_name_keeps_a_word_in_capitals_that_ends_it(nlp):
    # "Stats NZ reports": the lead is the whole name, not "Stats", so the statistics body's figures are its country's
    text = ("Arrivals keep climbing: Stats NZ\n\n"
            "Annual migrant arrivals were provisionally estimated at 141,300 in the year ended March 2024, "
            "Stats NZ reports.\n\n"
            "Provisional estimates of migrant departures were up 4,200 to 88,100.")
    assert subject_of(nlp, text, "141,300") == "New Zealand"
    assert subject_of(nlp, text, "88,100") == "New Zealand"


@pytest.mark.parametrize("figure,subject", [
    ("31.20", "Quenby"), ("4.6%", "Quenby"), ("709.5", "Quenby"),
    ("22", "corvaLink"), ("2.9%", "corvaLink"), ("780", "corvaLink"),
    ("15.10", "Larchmont Group"), ("3.3%", "Larchmont Group"), ("442.6", "Larchmont Group"),
])
def test_a_listed_move_written_again_in_another_unit_is_the_listed_names(nlp, figure, subject):
    # "up 31.20p, or 4.6%, to 709.5p": the move, the same move as a percentage and the level it reached; the name
    # before is a company whether or not the tagger knows it
    text = ("Oil slide weighs on shares\n\nThe Marlow 100 closed 12.4 points lower at 7,102.3.\n\n"
            "The biggest risers on the Marlow 100 were Quenby up 31.20p, or 4.6%, to 709.5p, corvaLink up 22p, or "
            "2.9%, to 780p, and Larchmont Group up 15.10p, or 3.3%, to 442.6p.")
    assert subject_of(nlp, text, figure) == subject


def test_a_place_owning_a_name_is_left_out_of_the_subject(nlp):
    # "South Africa's Tessbank": the place is the bank's country, written before a first mention, not part of its name
    text = ("South Africa’s Tessbank annual profit rises on fee growth\n\n"
            "JOHANNESBURG (Reuters) - South Africa’s Tessbank Group reported a 9% rise in its full-year headline "
            "earnings on Tuesday, supported by strong fee growth.\n\n"
            "For the year ended December 31, the bank’s headline earnings grew to 12.4 billion rand from 11.3 billion "
            "rand a year earlier.")
    assert subject_of(nlp, text, "12.4 billion rand") == "Tessbank"
    text = ("Shares slip in London\n\nThe Marlow 100 closed 12.4 points lower at 7,102.3.\n\n"
            "France’s Cac was up 0.2% while Germany’s Dax rose 0.5%.")
    assert subject_of(nlp, text, "0.2%") == "Cac"
    assert subject_of(nlp, text, "0.5%") == "Dax"


def test_a_level_a_verb_sets_for_a_named_owners_object_is_the_owners(nlp):
    # "Mr Hale raised Corvex's target to ...": the chief executive acts, the target and its range are the company's
    text = ("Corvex beats forecasts\n\nCorvex Systems Inc reported a better-than-expected quarterly profit on Tuesday.\n\n"
            "Mr Hale also raised Corvex's long-term revenue growth target to between 9 per cent and 12 per cent "
            "year-on-year, from a previous range of 6 per cent to 10 per cent.")
    assert subject_of(nlp, text, "between 9 per cent and 12 per cent") == "Corvex"
    assert subject_of(nlp, text, "6 per cent to 10 per cent") == "Corvex"


def test_a_short_form_of_a_measure_is_no_subject(nlp):
    # "non-interest revenue (NIR)": the short form stands for a measure, so "The NIR increased" is the bank's figure
    text = ("Tessbank annual profit rises on fee growth\n\nJOHANNESBURG (Reuters) - Tessbank Group reported a 9% rise in "
            "its full-year headline earnings on Tuesday, supported by strong non-interest revenue (NIR) growth.\n\n"
            "The NIR increased by 12% to 28.1 billion rand, driven by strong growth in commission and fees, the bank said.")
    assert subject_of(nlp, text, "12%") == "Tessbank Group"
    assert subject_of(nlp, text, "28.1 billion rand") == "Tessbank Group"


def test_a_headline_about_the_world_makes_a_world_story(nlp):
    # "World passes ...": the headline's subject says the story is about the world, though it writes "world" only twice
    text = ("World passes 900GW of wind power: OER\n\nOrvane Energy Research (OER) data indicate that the world has "
            "passed 900 gigawatts (GW) of installed wind capacity.\n\nTotal installed capacity has grown 12-fold since "
            "2005. As recently as 2006, there was just 74GW of wind capacity installed.")
    assert subject_of(nlp, text, "12-fold") == "world"
    assert subject_of(nlp, text, "74GW") == "world"


@pytest.mark.parametrize("text,figure,subject", [
    ("Tarnwell Foods beats forecasts\n\nTarnwell Foods Inc. (TSX:TWF) shares rose 6 per cent after results.\n\nThe "
     "Guelph, Ont.-based company reported US$42 million in net income for its second quarter.", "US$42 million",
     "Tarnwell Foods Inc."),
    ("Orla Systems lifts outlook\n\nShares of Orla Systems (NASDAQ: ORLA) climbed in early trading.\n\nThe "
     "Austin-based company said revenue rose 11% to $310 million.", "$310 million", "Orla Systems"),
])
def test_a_description_refers_back_to_the_company_not_its_listing(nlp, text, figure, subject):
    """"the Guelph-based company" after "Tarnwell Foods Inc. (TSX:TWF)": the exchange in brackets is no antecedent."""
    assert subject_of(nlp, text, figure) == subject


@pytest.mark.parametrize("text,figure,subject", [
    ("Redmarsh sign Varga\n\nRedmarsh have beaten off competition from Ashgrove and Dunmore to sign the teenage "
     "striker Joel Varga from Castlebury Town in an initial £8.1m transfer.", "£8.1m", "Joel Varga"),
    ("Harlow City sign Ekwueme\n\nHarlow City has signed the midfielder Tom Ekwueme from Ashgrove on a four-year "
     "deal, the club said on Friday.\n\nThe club did not disclose the fee but local media said it paid 12.5 million "
     "pounds for the Under-21 international.", "12.5 million pounds", "Tom Ekwueme"),
])
def test_a_fee_for_a_player_named_by_apposition_or_description_is_the_players(nlp, text, figure, subject):
    """"sign the teenage striker Joel Varga ... in an £8.1m transfer": the name in apposition to the player noun;
    "paid 12.5 million pounds for the Under-21 international": the player named before (`player_nouns`)."""
    assert subject_of(nlp, text, figure) == subject


@pytest.mark.parametrize("text,figure,subject", [
    ("Harwick Foods estimate cut\n\nBanc of Harlow today lowered its earnings estimate on Harwick Foods to 2 cents per "
     "share after the company warned on sales.", "2 cents", "Harwick Foods"),
    ("Broker trims target\n\nTessaly Research cut its price target for Orla Systems to $48 from $55 on Monday.",
     "$48", "Orla Systems"),
])
def test_a_banks_revised_estimate_for_a_company_is_the_companys(nlp, text, figure, subject):
    """"lowered its earnings estimate on Corvex to 2 cents": the bank is the source, the figure the company's."""
    assert subject_of(nlp, text, figure) == subject


def test_a_part_the_organisation_owns_does_not_become_what_the_company_means(nlp):
    # "Its shopping assistant Lumo" is Harwick's; "The company" two sentences on is still Harwick, not the assistant
    text = ("Harwick overtakes Corvane in online sales\n\n"
            "Harwick Stores reported online sales of $41.2 billion for the year. Harwick is investing heavily in "
            "artificial intelligence. Its shopping assistant Lumo, built into its app, has been used by 40 million "
            "customers. The company is also committing heavy capital to data centres, with spending plans reaching "
            "$9 billion over the coming years.")
    assert subject_of(nlp, text, "40 million") == "Lumo"
    assert subject_of(nlp, text, "$9 billion") in ("Harwick", "Harwick Stores")


def test_the_owner_pronouns_are_rule_words(nlp):
    """The possessives an organisation owns a part by are the rule words `owner_pronouns`: without "its" among them,
    "Its shopping assistant Lumo" is no owned part, and "The company" after it means the assistant again."""
    import dataclasses

    text = ("Harwick overtakes Corvane in online sales\n\n"
            "Harwick Stores reported online sales of $41.2 billion for the year. Harwick is investing heavily in "
            "artificial intelligence. Its shopping assistant Lumo, built into its app, has been used by 40 million "
            "customers. The company is also committing heavy capital to data centres, with spending plans reaching "
            "$9 billion over the coming years.")
    component = nlp.get_pipe("claimx_claims")
    assert component.words.owner_pronouns == {"its", "their"}
    kept = component.words
    try:
        component.words = dataclasses.replace(kept, owner_pronouns=frozenset({"their"}))
        without_its = subject_of(nlp, text, "$9 billion")
    finally:
        component.words = kept
    assert without_its == "Lumo"
    assert subject_of(nlp, text, "$9 billion") in ("Harwick", "Harwick Stores")
