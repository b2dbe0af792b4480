"""Session 41: who a figure is about, in shapes of real wire and sport copy. Made-up names and figures; each test
fails on the code before the change it names.

- a dateline in capitals with its credit in brackets ("SYDNEY (AAP) - Corvel Mining Ltd, the miner, reported ...")
  that the parse makes the sentence's subject, with the name after the dash in apposition to it, is no subject: the
  name after the dash is (claims._past_dateline);
- a company the tagger takes for a person, that says "its" ("Corvani Motors said its sales rose 8%"), owns the
  figure when no mention writes it as a person's (claims._reported_by), while a person introduced by a role still
  does not ("Chief executive Ann Reid said its margin rose");
- "his" owning a clause's subject continues the sentence subject before, not a person in a phrase of it ("He has
  the most goals, surpassing Tommy Varn's 38. His 52 goals are a record": not Varn's), and a person the tagger
  calls an organisation but the text introduces by a role ("striker Erling Valdsen") is a person "he" can refer to
  (claims._person_before);
- an employer and a role the tagger takes into a person's name ("Kestrel Dortmund striker Erling Valdsen") are no
  part of the name (entities.after_role);
- a full name the tagger leaves untagged after a role ("Borussia Dortmund striker Erling Haalvik"), whose surname it
  takes for an organisation, is a person's: the surname joins it and "he" means it (entities._untagged_people);
- a figure in a "with" phrase set after a clause's subject ("Brannock, with a 2,310-strong workforce covering three
  hospitals, has ...", "Co Ardlow fares best, with 596 nurses per 100,000 people") is the subject's, not the county
  the story leads with; a "with" on a name elsewhere ("six points behind Ashcombe Albion, with 15 matches left") is
  no such phrase (claims._with_holder);
- a sum a person introduced by a public office ("treasurer Dominic Varro", "Mayor Joel Hart": `office_roles`) sets
  aside or announces is the government's place's, the one the text is about, while what the person earns stays
  theirs (claims._office_holder);
- a measure's "for" phrase names its owner ("Net profit for Valdoria's top ten lenders rises by 10.8pc": Valdoria,
  as the lenders' own figures are; claims._owner_for); an organisation the tagger cuts at the hyphen of its first word
  ("Co-operative Bank" tagged "Bank") is named whole, not taken for the lead ending in the same word
  (claims._hyphen_start); a place in title case opening its line with a colon ("Perth: Mining giant Corvel Minerals
  Thursday reported ...") is a dateline, no subject (claims._past_dateline);
- a bare figure of a tally with a person's "by" right after it ("beating the 37 by Tomas Reyes in 2017-18") is that
  person's, however the parse hangs the "by" (claims._agent_owner).
"""
from __future__ import annotations

import datetime as dt

from fixtures_claims import claims_reader

from spacy.tokens import Doc

from claimx.components.claims import ClaimFinder
from claimx.frame.entities import after_role
from claimx.frame.words import load_words
from claimx.pipeline import extract_articles
from claimx.records import Article

claims_of = claims_reader(dt.date(2025, 7, 14))


def test_a_dateline_in_capitals_is_no_subject(nlp):
    # the parse the small model gives "SYDNEY (AAP) - Corvel Mining Ltd, the miner, reported a 9 per cent fall": the
    # dateline's place the subject of "reported", the company in apposition to it
    words = ["SYDNEY", "(", "AAP", ")", "-", "Corvel", "Mining", "Ltd", ",", "the", "miner", ",", "reported", "a", "fall"]
    heads = [12, 2, 0, 2, 7, 7, 7, 0, 7, 10, 7, 7, 12, 14, 12]
    deps = ["nsubj", "punct", "appos", "punct", "punct", "compound", "compound", "appos", "punct", "det", "appos",
            "punct", "ROOT", "det", "dobj"]
    pos = ["NOUN", "PUNCT", "PROPN", "PUNCT", "PUNCT", "PROPN", "PROPN", "PROPN", "PUNCT", "DET", "NOUN", "PUNCT",
           "VERB", "DET", "NOUN"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, sent_starts=[True] + [False] * 14)
    assert ClaimFinder._past_dateline(doc, doc[0]).text == "Ltd"
    assert ClaimFinder._past_dateline(doc, doc[10]).text == "miner"  # no dateline: the subject itself


def test_a_company_tagged_a_person_owns_its_its(nlp):
    text = ("Carmakers report higher sales\n\nTorvane Motors, the carmaker, said sales rose 12% in June.\n\n"
            "Maruti Suzuki said its sales rose 8% in June.\n")
    claims = claims_of(nlp, text)
    assert claims["8%"].subject == "Maruti Suzuki"
    assert claims["12%"].subject == "Torvane Motors"


def test_a_person_introduced_by_a_role_still_does_not_own_its(nlp):
    text = ("Torvane profit climbs\n\nTorvane Motors said sales rose 12% in June.\n\nChief executive Ann Reid said its "
            "margin rose 2% in the quarter.\n")
    assert claims_of(nlp, text)["2%"].subject == "Torvane Motors"


def test_his_continues_the_subject_before(nlp):
    text = ("Valdsen breaks club record\n\nAt just 22, Kestrel City striker Erling Valdsen has established himself as "
            "the league's best scorer.\n\nValdsen was joining a team already stacked with attacking talent.\n\nHe has "
            "scored 52 goals in 50 games in all competitions so far.\n\nHe has the most goals in a season for the club, "
            "surpassing Tommy Varn's 38 from 1929. His 52 goals are also the most scored by any player in the league.\n")
    [result] = list(extract_articles([Article(id="a", text=text, published=dt.date(2023, 5, 22))], nlp))
    goals = [c for c in result.claims if c.text.startswith("52")]
    assert len(goals) == 2
    assert [c.subject for c in goals] == ["Erling Valdsen", "Erling Valdsen"]


def test_an_employer_and_role_are_no_part_of_a_name():
    words = load_words()
    assert after_role("Kestrel Dortmund striker Erling Valdsen", words) == "Erling Valdsen"
    assert after_role("Torvane chief executive Ann Reid", words) == "Ann Reid"
    assert after_role("Bank of America", words) == "Bank of America"
    assert after_role("Harlow Research Institute", words) == "Harlow Research Institute"


def test_a_company_that_says_its_results_owns_them(nlp):
    # (claims._reports_own_results: a bare results noun in what a company says is the company's; a public body's
    # "retail sales" are not the body's)
    text = ("Carmakers report mixed sales\n\nTorvane Motors said total sales rose 12% to 45,000 units in July.\n\n"
            "Mahindra said on Tuesday that domestic sales fell 3%.\n\nThe Commerce Department said retail sales rose "
            "0.4%.\n")
    claims = claims_of(nlp, text, dt.date(2017, 8, 1))
    assert claims["3%"].subject == "Mahindra"
    assert claims["12%"].subject == "Torvane Motors"
    assert claims["0.4%"].subject != "Commerce Department"


def test_an_untagged_name_after_a_role_is_a_person(nlp):
    # the small model tags neither "Erling Haalvik" nor "Haalvik" as a person: the lead falls on the league
    text = ("Rovers' goal machine\n\nA year ago, Kestrel Rovers announced a new signing that would boost their Premier "
            "League title bid for the 2022-23 season.\n\nAt just 21, Borussia Dortmund striker Erling Haalvik \u2013 who "
            "joined for a fee of around \u00a351 million \u2013 had already established himself as a prolific scorer.\n\n"
            "Haalvik was joining a team who were already stacked with talent. Could he adapt to the Premier League?\n\n"
            "Haalvik\u2019s numbers have been extraordinary.\n\nHe has scored 41 goals in 44 games in all competitions so "
            "far \u2013 31 in the Premier League and 10 in the Champions League.\n")
    claims = claims_of(nlp, text, dt.date(2023, 5, 22))
    assert claims["41"].subject == "Erling Haalvik"
    assert claims["31"].subject == "Erling Haalvik"


def test_a_with_phrase_after_the_subject_is_the_subjects(nlp):
    text = ("How many nurses are in your county?\n\nCo Kelmore has just 412 nurses for every 100,000 people.\n\n"
            "Co Ardlow fares best, with 596 nurses per 100,000 people, while at the bottom of the table is Co Kelmore "
            "with less than half that number.\n\nBrannock, with a 2,310-strong workforce covering three hospitals, has "
            "524 nurses per 100,000 population.\n\nDunlow, with 1,200 nurses, has 330 per 100,000 people.\n")
    claims = claims_of(nlp, text, dt.date(2023, 8, 12))
    assert claims["596"].subject == "Co Ardlow"
    assert claims["less than half"].subject == "Co Kelmore"
    assert claims["2,310"].subject == "Brannock"
    assert claims["three"].subject == "Brannock"
    assert claims["1,200"].subject == "Dunlow"


def test_an_office_holders_sum_is_the_governments(nlp):
    text = ("Budget: Valdmere props up nation\n\nValdmere has posted a massive $3.1 billion budget surplus, splashing "
            "out on roads and schools.\n\nThe healthy result for 2024/25 was thanks to the state's property market.\n\n"
            "With the state's books in the black for the next four years, treasurer Dominic Varro set aside $52.4 "
            "billion for state infrastructure.\n\nMr Varro described a new $150 rebate for school-aged children to "
            "spend on sport as the soul of the budget.\n")
    claims = claims_of(nlp, text, dt.date(2025, 6, 20))
    assert claims["$52.4 billion"].subject == "Valdmere"
    assert claims["$150"].subject == "Valdmere"


def test_what_an_office_holder_earns_stays_theirs(nlp):
    text = ("Harlow council budget\n\nHarlow council has approved a $40 million budget for 2025.\n\nMayor Joel Hart, "
            "who earns $150,000 a year, said the budget was balanced.\n\nMayor Joel Hart set aside $2 million for "
            "parks.\n")
    claims = claims_of(nlp, text, dt.date(2025, 6, 20))
    assert claims["$150,000"].subject == "Joel Hart"
    assert claims["$2 million"].subject == "Harlow"


def test_a_measures_for_phrase_names_its_owner(nlp):
    text = ("Net profit for Valdoria's top ten lenders rises by 10.8pc to $93.81 billion\n\nValdoria's top 10 lenders "
            "registered a 10.8 per cent growth in net earnings to $93.81 billion for the year ended December 31, 2016.\n\n"
            "Harlen Bank and Co-operative Bank remained the top two most profitable lenders.\n")
    claims = claims_of(nlp, text, dt.date(2017, 4, 3))
    assert claims["10.8pc"].subject == "Valdoria"


def test_an_organisation_cut_at_its_hyphen_is_named_whole(nlp):
    text = ("Lenders report profit\n\nHarlen Bank and Co-operative Bank remained the top two most profitable lenders.\n\n"
            "At the same time, Co-operative Bank registered a 24.6 per cent growth in profit to $13.05 billion.\n")
    claims = claims_of(nlp, text, dt.date(2017, 4, 3))
    assert claims["24.6 per cent"].subject == "Co-operative Bank"
    assert claims["$13.05 billion"].subject == "Co-operative Bank"


def test_a_place_opening_its_line_with_a_colon_is_a_dateline(nlp):
    text = ("Mining giant Corvel Minerals half-year net profit falls 62%\n\nPerth: Mining giant Corvel Minerals Thursday "
            "reported a 62 per cent drop in its first-half net profit as a supply glut sent iron ore prices plunging.\n")
    claims = claims_of(nlp, text, dt.date(2017, 8, 2))
    assert claims["62 per cent"].subject == "Corvel Minerals"


def test_a_persons_by_after_a_tally_owns_it(nlp):
    text = ("Varga breaks club record\n\nStriker Joel Varga has scored 41 goals in all competitions this season.\n\n"
            "His 41 goals are a club record, beating the 37 by Tomas Reyes in 2017-18.\n")
    claims = claims_of(nlp, text, dt.date(2023, 5, 22))
    assert claims["37"].subject == "Tomas Reyes"
