"""Session 43: who a figure is about, in shapes of real wire, market and statistics copy. Made-up names and figures;
each test fails on the code before the change it names.

- a dateline written in title case with its date and a bracketed credit ("Port Vella, Mar 4 (PTI): Retail sales in
  Orvania rose ..."), which the parse makes the first sentence's subject with the subject's noun in apposition, is
  no subject, nor is its credit: the noun after the credit is (claims._past_credit; frame.subject.is_dateline of
  the date and the credit between a title-case place and the credit's closing bracket).
- a weekly oil report's figures that the U.S. Energy Information Administration (now one of `statistics_bodies`)
  publishes are the United States'; a commodity noun opening its sentence once before "stocks" ("Gasoline stocks fell
  by 900,000 barrels") is no company the tagger missed (claims._untagged_company).
- in a poll story, a share in the clause of a party's voters ("Among Harlow Party voters there is backing by a margin
  of 61 per cent to 24 per cent", "58 per cent of Unity Alliance voters") is that group's, not what the poll asks
  about (claims._voter_group, rules/frame.json `voter_nouns`).
- a dateline of a place in title case before a colon ("Port Vella: The Harlow Party, which won 19 seats, got 22 per
  cent", "New Delhi: ...") is no subject: not when the parse makes it a second subject of the verb
  (claims._colon_place), nor the name it hangs in apposition on it (claims._apposed_name; frame.subject.is_dateline
  of a GPE so written, `_colon_dateline`), whose finite verb the parse made a clause of the name is the name's
  (claims._find_verb_subject).
- a place labelling a list's line before a colon that the parser calls a common noun ("England: 171.4 mm in 1994")
  is the line's name, as a proper noun is (claims._list_line_label).
- an oil benchmark written with its market's words ("West Texas Intermediate crude futures", "Brent Oil Futures") is
  the benchmark by the name it goes by, "WTI crude", "Brent crude" (rules/frame.json `benchmark_names`,
  `benchmark_words`; frame.words.FrameWords.benchmark_name); a lone "Brent" is kept.
- a capitalised noun of the dictionary a release quotes alone as a category ("'Transport' rose from 128.5 to 129.4"),
  written so once, is no name, though the tagger calls it an organisation: neither the subject of its figures nor
  what the sentences after it are about (frame.subject.is_name, quoted_word; claims._read_subject_phrase).
- in a poll story, a share that "would vote for" a name, or says it would ("with 12% saying they would vote for the
  Green Party"), is that name's poll support (claims._voted_for).
"""
from __future__ import annotations

import datetime as dt

from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2026, 3, 4))


def test_a_title_case_dateline_with_a_credit_is_no_subject(nlp):
    text = ("Orvania retail sales climb\n\n"
            "Port Vella, Mar 4 (PTI): Retail sales in Orvania stood at 4.2 percent in February, down from 4.6 percent "
            "in January.\n\n"
            "Port Vella, Feb 12 (ANI): Consumer Price Index (CPI) inflation for the month of January stood at 3.07 "
            "percent, down from 3.21 percent in December.\n")
    claims = claims_of(nlp, text)
    for figure in ("4.2 percent", "4.6 percent", "3.07 percent", "3.21 percent"):
        assert claims[figure].subject == "Orvania", figure


def test_an_energy_agencys_stock_figures_are_the_countrys(nlp):
    text = ("Oil slips as stockpiles shrink less than forecast\n\n"
            "Oil prices fell on Wednesday after government data showed a smaller drop in crude inventories than traders "
            "had expected.\n\n"
            "Figures released by the U.S. Energy Information Administration showed commercial crude inventories fell by "
            "1.2 million barrels last week.\n\n"
            "Gasoline stocks fell by 900,000 barrels. The EIA data showed distillate stockpiles declined by 150,000 "
            "barrels, against forecasts for a 400,000-barrel fall.\n")
    claims = claims_of(nlp, text)
    for figure in ("1.2 million barrels", "900,000 barrels", "150,000 barrels", "400,000-barrel"):
        assert claims[figure].subject == "United States", figure
    claims = claims_of(nlp, "Retailers slip\n\nTarget shares fell 3% on Tuesday after the retailer cut its forecast.\n")
    assert claims["3%"].subject == "Target"  # a company's shares, though its name is a noun of the dictionary


def test_a_polls_share_among_a_partys_voters_is_the_groups(nlp):
    text = ("Poll shows backing for harbour plan\n\n"
            "Support for the Marlow harbour plan has grown, according to a new Harlow Courier poll.\n\n"
            "The poll shows that 52 per cent would now vote Yes, while 31 per cent say they would vote No.\n\n"
            "Among Harlow Party voters there is strong backing by a margin of 61 per cent to 24 per cent. Some 58 per "
            "cent of Unity Alliance voters are against the plan.\n")
    claims = claims_of(nlp, text)
    assert claims["61 per cent"].subject == "Harlow Party voters"
    assert claims["24 per cent"].subject == "Harlow Party voters"
    assert claims["Some 58 per cent"].subject == "Unity Alliance voters"


def test_a_colon_dateline_in_title_case_is_no_subject(nlp):
    text = ("Council results: smaller parties gain vote share\n\n"
            "Port Vella: The Harlow Party, which won only 19 seats out of 64 in the council elections, got over 22 per "
            "cent of the total votes.\n\n"
            "Its rival Unity Alliance, which won 31 seats, got 28.4 per cent of the votes.\n")
    claims = claims_of(nlp, text)
    assert claims["over 22 per cent"].subject == "Harlow Party"
    text = ("Council results: smaller parties gain vote share\n\n"
            "New Delhi: The HPP, which won only 19 seats out of total 64 seats in the council elections, got over 22 per "
            "cent of the total votes, becoming the second largest party.\n\n"
            "Its rival Unity Alliance, which won 31 seats, got 28.4 per cent of the votes.\n")
    claims = claims_of(nlp, text)
    assert claims["64"].subject == "HPP"


def test_a_place_the_parser_calls_a_noun_labels_its_list_line(nlp):
    text = ("Valdoria has its wettest June on record\n\n"
            "This June was the wettest since records began, the weather service said.\n\n"
            "Current or previous wettest Junes on record are:\n\n"
            "Valdoria: (Previous) 137.8 mm in 2007\n\n"
            "England: 171.4 mm in 1994\n\n"
            "Wales: (Previous) 162.9 mm in 1987\n\n"
            "Scotland: 149.5 mm in 1931\n")
    claims = claims_of(nlp, text, dt.date(2026, 7, 2))
    assert claims["171.4 mm"].subject == "England"
    assert claims["149.5 mm"].subject == "Scotland"


def test_an_oil_benchmark_goes_by_its_usual_name(nlp):
    text = ("Oil steadies after losses\n\n"
            "Oil prices were steady on Thursday after two days of losses.\n\n"
            "West Texas Intermediate crude futures were up 14 cents at $61.20 a barrel by 0400 GMT, having fallen 2.1% "
            "on Wednesday.\n\n"
            "Brent Oil Futures rose 0.3 percent to $66.05 a barrel.\n")
    claims = claims_of(nlp, text, dt.date(2026, 3, 5))
    # (since session 52 a benchmark spelled out goes by the words the text gives it, as real annotators write it)
    for figure in ("14 cents", "$61.20", "2.1%"):
        assert claims[figure].subject == "West Texas Intermediate crude", figure
    for figure in ("0.3 percent", "$66.05"):
        assert claims[figure].subject == "Brent crude", figure


def test_a_lone_benchmark_word_is_no_benchmark(nlp):
    from claimx.frame.words import load_words
    words = load_words()
    assert words.benchmark_name("Brent") is None
    assert words.benchmark_name("Brent Harlow") is None
    assert words.benchmark_name("U.S. West Texas Intermediate WTI crude") == "West Texas Intermediate crude"


def test_a_quoted_category_is_no_name(nlp):
    text = ("Valdoria retail inflation eases to 3.2%\n\n"
            "Port Vella, Mar 12 (PTI): Retail inflation in Valdoria eased to 3.2 percent in February. The index of "
            "'Housing and rent' fell from 151.3 to 150.6, 'Transport' rose from 128.5 to 129.4, and that of 'Clothing' "
            "remained unchanged at 122.8. Meanwhile, the general index stood at 141.6, which is 4.3 percent higher "
            "than a year earlier.\n")
    claims = claims_of(nlp, text, dt.date(2026, 3, 12))
    for figure in ("129.4", "141.6", "4.3 percent"):
        assert claims[figure].subject == "Valdoria", figure


def test_a_share_voting_for_a_name_is_the_names(nlp):
    text = ("Poll puts Unity Alliance ahead\n\n"
            "The Unity Alliance is on 29%, just one percentage point ahead of the Harlow Party on 28%, according to a "
            "Harlow Courier poll.\n\n"
            "In July, a Harlow Courier poll said 38% of people would vote for the Harlow Party, with 12% saying they "
            "would vote for the Green Party. The Unity Alliance was on 26%.\n")
    claims = claims_of(nlp, text, dt.date(2026, 2, 1))
    assert claims["38%"].subject == "Harlow Party"
    assert claims["12%"].subject == "Green Party"
