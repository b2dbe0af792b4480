"""Who a figure is about, session 33: shapes read on real pages of statistics offices, tax agencies, central
banks, local government and science news (every sentence here is invented, in the same shape)."""
from __future__ import annotations

from fixtures_claims import subject_of


def test_a_headline_name_keeps_its_first_word_when_the_text_writes_that_word_in_lower_case(nlp):
    # "New" opens the headline's name and "new" is written in lower case in the body: the lead is still the whole
    # name the tagger read, not the name without its first word
    text = ("New Harwell Town Council adopts 2025-26 budget\n"
            "Council adopted the town's budget on Tuesday, with a rate above the no-new-revenue rate.\n"
            "The budget sets out $84.2 million in revenues and $91.5 million in spending.")
    assert subject_of(nlp, text, "$84.2 million") == "New Harwell Town Council"


def test_a_short_form_in_capitals_is_the_full_name_the_text_spells_out_before_it(nlp):
    # a tax agency named in full once with its initials in brackets, then by its initials alone
    text = ("Tax office beats its collection goal\n"
            "The Norland Inland Revenue Board (NIRB) said on Monday it collected 4.2 trillion crowns in the year.\n"
            "On excise duty, the NIRB collected 310 billion crowns, against 275 billion crowns a year earlier.")
    assert subject_of(nlp, text, "310 billion crowns") == "Norland Inland Revenue Board"


def test_initials_that_do_not_open_the_name_before_them_stand_for_nothing(nlp):
    # "(ICB)" after a name that starts with another letter is no short form of it: the subject stays as before
    text = ("Harvest outlook\n"
            "Corrin Grain Traders (ICB) bought 42,000 tonnes of wheat in March.\n"
            "The ICB bought 18,000 tonnes of barley in April.")
    assert subject_of(nlp, text, "18,000 tonnes") != "Corrin Grain Traders"


STUDY = ("Study finds a quarter of frog species shrinking\n"
         "Ecologists at the Harlow Freshwater Centre found that about 24 percent of all frog species have shrinking "
         "ranges.\n"
         "The researchers mapped 3,100 species -- a sample covering nearly a third of known amphibian species -- and "
         "found that 12 percent of tree frogs had lost half their habitat.\n"
         "The centre's team said more than 40 percent of salamanders were also declining.")


def test_a_share_of_a_group_of_living_things_in_a_study_is_the_groups(nlp):
    assert subject_of(nlp, STUDY, "about 24 percent") == "frog species"
    assert subject_of(nlp, STUDY, "12 percent") == "tree frogs"
    assert subject_of(nlp, STUDY, "more than 40 percent") == "salamanders"


def test_a_share_in_a_participle_describing_a_sample_stays_the_studys(nlp):
    assert subject_of(nlp, STUDY, "nearly a third") != "amphibian species"


def test_a_share_of_a_group_outside_a_study_keeps_its_owner(nlp):
    # no researchers are named: the hospital trust's figure stays the trust's
    text = ("Wexcombe trust misses its waiting target\n"
            "Wexcombe Hospitals Trust said 71 percent of outpatients were seen within four hours in May.")
    assert subject_of(nlp, text, "71 percent") != "outpatients"


def test_he_after_a_surname_the_tagger_took_for_a_place_is_that_person(nlp):
    # the full name is a person's; a later surname alone is tagged as a place, then "He" continues it, not the
    # team-mate named last as a person
    text = ("Our ten best forwards of the season\n7. Jermaine Delfoe (Castlebury)\n"
            "Castlebury's relegation was confirmed on April 29; that it took so long is down to Jermaine Delfoe.\n"
            "Only six players have scored a league goal for the Reds. Victor Halloran and Sam Ruddle, a full-back who "
            "left in January, are joint-second with three goals.\n"
            "That odd state of affairs leaves Delfoe, who is nine goals ahead of his closest team-mate on 12. He has "
            "scored or set up 55% of their league goals this season.")
    assert subject_of(nlp, text, "55%") == "Jermaine Delfoe"


def test_a_part_of_a_place_as_the_verbs_subject_makes_the_figure_that_places(nlp):
    # a weather story about one county: a figure for parts of another place is that place's, not the county's
    text = ("Warmest January on record - but not so much in Fenwick\n"
            "The Met Office said January was the warmest since records began.\n"
            "Fenwick was one area that escaped much of the heavy rainfall seen in other parts of Norland - rainfall in the "
            "region was at around 1.4x the average for January, while parts of western Valdoria were experiencing three "
            "times the average.")
    assert subject_of(nlp, text, "three times") == "Valdoria"
    assert subject_of(nlp, text, "around 1.4") == "Fenwick"


def test_a_school_board_in_a_story_that_names_no_place_is_the_district_the_text_writes(nlp):
    # the page names its board only as "The School Board" and the district only in lower case: no place to give
    text = ("School Board backs draft budget\n"
            "The School Board approved a draft operating budget of $184.2 million on Tuesday.\n"
            "The tax rate of 7.25 mills is the highest the district has levied since 2004.")
    assert subject_of(nlp, text, "$184.2 million") == "school district"


def test_a_statistics_offices_indices_in_the_plural_are_a_measure_of_its_country(nlp):
    # "Consumer Price Indices" is the release's measure, not a name: the figure is the country's
    text = ("Eiremar inflation rises in March\n"
            "The inflation rate for March rose to 4.2 percent from 3.9 percent in February, according to figures released "
            "by the Eiremar National Bureau of Statistics (ENBS).\n"
            "The Consumer Price Indices (CPI) increased by 0.8 percent from 181.20 in February to 182.65 in March.")
    assert subject_of(nlp, text, "0.8 percent") == "Eiremar"
