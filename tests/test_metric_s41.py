"""Session 41: what a figure measures, in shapes of real market, statistics and budget copy. Made-up names and
figures; each test fails on the code before the change it names.

- a market index named by one word of `index_name_words` in capitals that the tagger calls a common noun or a
  nationality ("Sensex sheds 310 points") moves its level, not a measure named after it (metric.index_word_name);
- a list of names each with a figure in brackets and no measure in the sentence ("Four districts got under 50%: Tarlow
  (49.5%), Dunmere (48.1%)") measures what a figure of its unit measured last in the paragraph or the one before
  (claims: a breakdown's item after `_bracketed_part`);
- a change noun a figure modifies that a verb's "by" takes ("the ground lost by the sharp 6.4 percentage point drop")
  is no margin of defeat; a "between" of two of one measure ("between the 2022 and 2021 pass rates") names what it
  changed (metric._between_two), with a noun the tagger reads as a verb in a compound ("pass") kept in the phrase
  (metric.chunk_text), and the "and" between two years it leaves out with them ("the 2020 and 2019 exam pass rates");
- a physical figure whose phrase is only a unit's name ("About 4,000 hectares ... have been flooded" -> "hectares")
  measures the unit's dimension, "area" (metric._unit_named);
- in a budget's text, a singular common noun that receives money ("Regional transport will receive $310 million") is a
  line of the budget, named with the budget, while a department that does is who (metric._budget_line);
- a figure of a threshold noun a verb takes ("rose 4.2% to smash the £2 billion barrier") measures what its clause
  measures; "performance" keeps its "of" phrase ("performance of island ferries", rules/frame.json relational_nouns);
- a change noun with a word of its surprise ("after a shock fall of 0.8 per cent") is a bare change: what changed is
  what the figure before it measured (rules/frame.json not_phrase_words);
- a count whose noun is written over "for every N things" or "per N things" ("142 officers for every 100,000 people")
  is a rate, its metric keeping the "per 100,000 people" (metric._per_number_of);
- a sum in brackets converting the sum before it into another currency ("a fee of around £40 million (US$52.1
  million)") measures what that one measures when nothing else says (claims: `converted`);
- an index "trading 118 points or 0.61 per cent higher at 19,480.50" moves its level, as one that "rose" does
  (metric._trading_moved).
"""
from __future__ import annotations

import datetime as dt

from fixtures_claims import claims_reader

from spacy.tokens import Doc

from claimx.frame.metric import index_word_name, metric_of
from claimx.frame.words import load_words

claims_of = claims_reader(dt.date(2025, 7, 14))


def test_a_one_word_index_tagged_a_common_noun_moves_its_level(nlp):
    text = ("Sensex sheds 310 points, Nifty below 14,500\n\nSensex closed 310.40 points or 0.6 per cent lower at 48,210 "
            "and Nifty slumped 95.10 points or 0.5 per cent to 14,402.80 today.\n")
    claims = claims_of(nlp, text)
    assert claims["310 points"].metric == "index level"
    assert claims["310.40 points"].metric == "index level"


def test_a_word_of_the_index_list_written_lower_is_no_index_name(nlp):
    words = load_words()
    doc = nlp("Index rose 4% and the index of wages rose 2%. Nikkei rose 1%.")
    assert not index_word_name(doc[0], words)
    assert index_word_name(next(t for t in doc if t.text == "Nikkei"), words)


EXAM_TEXT = ("Northvale exam results improve\n\nNorthvale's pass rate rose to 61.3% in 2024, the education department said "
             "on Thursday.\n\nThe improvement did not recover all the ground lost by the sharp 6.4 percentage point drop "
             "between the 2022 and 2021 pass rates.\n\nArnley, with an 81.2% pass rate, was the best district, followed "
             "by Brenna at 76.3%.\n\nFour districts got under 50%: Tarlow (49.5%), Dunmere (48.1%), Kelso (47.2%) and "
             "Ravensby (44.7%).\n")


def test_bracketed_items_of_a_list_measure_what_the_paragraph_before_did(nlp):
    claims = claims_of(nlp, EXAM_TEXT, dt.date(2025, 1, 10))
    for text in ("49.5%", "48.1%", "47.2%", "44.7%"):
        assert claims[text].metric == "pass rate", text


def test_a_change_noun_between_two_rates_is_no_margin(nlp):
    claims = claims_of(nlp, EXAM_TEXT, dt.date(2025, 1, 10))
    assert claims["6.4 percentage point"].metric == "pass rates fall"


def test_a_change_noun_taken_by_a_verbs_by_is_no_margin(nlp):
    # the parse the small model gives "the ground lost by the steep 6.4 point drop in turnout": the figure a modifier
    # of "drop", the object of the verb's "by"
    words = ["the", "ground", "lost", "by", "the", "steep", "6.4", "point", "drop", "in", "turnout", "."]
    heads = [1, 1, 1, 2, 8, 8, 8, 8, 3, 8, 9, 1]
    deps = ["det", "ROOT", "acl", "agent", "det", "amod", "nummod", "compound", "pobj", "prep", "pobj", "punct"]
    pos = ["DET", "NOUN", "VERB", "ADP", "DET", "ADJ", "NUM", "NOUN", "NOUN", "ADP", "NOUN", "PUNCT"]
    tags = ["DT", "NN", "VBN", "IN", "DT", "JJ", "CD", "NN", "NN", "IN", "NN", "."]
    lemmas = ["the", "ground", "lose", "by", "the", "steep", "6.4", "point", "drop", "in", "turnout", "."]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas,
              sent_starts=[True] + [False] * 11)
    q = {"kind": "percentage_points", "unit": "percentage_point", "meta": {}}
    assert metric_of(doc, doc[6:8], q, load_words(), frozenset(), doc[2]) == "turnout fall"


def test_two_years_joined_by_and_leave_no_and_in_the_phrase(nlp):
    text = ("Results\n\nWhile the scores did not recover all the ground lost by the drastic 5.2 percentage point drop "
            "between the 2020 and 2019 exam pass rates, it was at least a sign that things were improving.\n")
    assert claims_of(nlp, text)["5.2 percentage point"].metric == "exam pass rates fall"


def test_a_unit_name_is_no_measure_its_dimension_is(nlp):
    text = ("Floods damage rice crop in the delta\n\nAbout 4,000 hectares (9,880 acres) out of 2.1 million hectares under "
            "rice in Kerava, and 7,500 hectares out of 1.6 million hectares in Sollen have been flooded, the farm ministry "
            "said on Monday.\n")
    claims = claims_of(nlp, text)
    for figure in ("About 4,000 hectares", "9,880 acres", "7,500 hectares"):
        assert claims[figure].metric == "area", figure


def test_a_budget_line_that_receives_money_names_its_budget(nlp):
    text = ("Northland budget returns to surplus\n\nNorthland has posted a $1.2 billion budget surplus, treasurer Ann Reid "
            "said on Tuesday.\n\nRegional transport will receive $310 million over four years.\n\nThe health department "
            "receives $900 million.\n")
    claims = claims_of(nlp, text)
    assert claims["$310 million"].metric == "Regional transport budget"
    assert claims["$900 million"].metric == "budget"


FERRY_TEXT = ("Ferry numbers climb\n\nTicket revenues increased by 4.2% to smash the £2 billion barrier for the first time, "
              "the regulator said.\n\nAnd performance of island ferries improved by 1.2 percentage points to 88.1% arriving "
              "within five minutes of their scheduled time.\n")


def test_a_threshold_a_verb_passes_measures_what_its_clause_measures(nlp):
    assert claims_of(nlp, FERRY_TEXT)["£2 billion"].metric == "Ticket revenues"


def test_performance_keeps_what_it_is_of(nlp):
    claims = claims_of(nlp, FERRY_TEXT)
    assert claims["1.2 percentage points"].metric == "performance of island ferries"
    assert claims["88.1%"].metric == "performance of island ferries"


def test_a_surprise_change_is_a_change_of_the_measure_before(nlp):
    text = ("Valdoria retail sales rise\n\nEconomists had expected June retail sales to rise 2.1 per cent, after a shock "
            "fall of 0.8 per cent in May.\n")
    assert claims_of(nlp, text)["0.8 per cent"].metric == "June retail sales fall"


def test_a_count_for_every_so_many_people_is_a_rate(nlp):
    text = ("Police numbers vary\n\nCo Arden has just 142 gardaí for every 100,000 people.\n\nCork, with a large force, "
            "has 224 officers per 100,000 population.\n")
    claims = claims_of(nlp, text)
    assert claims["142"].metric == "gardaí per 100,000 people"
    assert claims["224"].metric == "officers per 100,000 population"


def test_a_converted_sum_measures_what_the_sum_before_does(nlp):
    text = ("Valdsen breaks club record\n\nAt just 22, Kestrel City striker Erling Valdsen – who joined for a fee of around "
            "£40 million (US$52.1 million) – has scored 41 goals this season.\n")
    assert claims_of(nlp, text, dt.date(2025, 5, 4))["US$52.1 million"].metric == "fee"


def test_an_index_trading_higher_moves_its_level(nlp):
    text = ("Stocks open higher\n\nAt 09:20, the 40-share Kestrel index was trading 118 points or 0.61 per cent higher at "
            "19,480.50, while the rupee opened firmer.\n")
    claims = claims_of(nlp, text)
    for figure in ("118 points", "0.61 per cent", "19,480.50"):
        assert claims[figure].metric == "index level", figure
