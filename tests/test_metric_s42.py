"""Session 42: what a figure measures, in shapes of real sport, market and news copy. Made-up names and figures;
each test fails on the code before the change it names.

- a figure opening a line of a list of statistics, with a spaced dash after it ("58 – goals conceded by bottom club
  Easton Town", "31 – points total that would have kept Easton Town up"), measures the noun phrase after the dash
  (metric._stat_line); a line that goes on as a sentence ("13 – Kestrel striker Joel Hart led ...") is read as before;
- an "it" that moves on a market after a market index named as a subject earlier in its sentence ("The Kestrel 200
  index sat flat ... but a late push meant it closed 41.2 points higher") is that index (metric._index_before);
- a figure after "amount to" that the tagger reads as a noun after a plural ("the projected national transfers amount
  to Sh22.5 billion") measures the words before "amount" (metric._amount_to);
- a bare count after a count of people in its sentence counts people in the state its participle or verb says
  ("20 people were killed, and some 70,000 left homeless": people left homeless; "nine people were killed and 18 are
  missing": people missing; metric._elided_people), unless the verb names a measure ("12 were sold": sales); a bare
  count with a death word after it ("with two killed in the state of Carrow") counts deaths (metric._deaths);
- a market index named by a word of `index_name_words` and another name, in a "with" list with no verb ("with Nifty
  Smallcap up 0.01 per cent at 5,679"), moves its level in percent as well as in money (metric._name_up_figure), and
  the level it stands "at" right after the move, with no comma, is its level (metric._restated_or_reached); a category
  of a price list ("Transport up 18.9%") stays no market's;
- in a poll story, a share that would vote for a name, or says it would ("38% of people would vote for the Greens",
  "with 12% saying they would vote for Reform Valdoria"), is poll support, not a share of the people asked
  (metric._vote_share); outside a poll story it is read as before;
- a level a gerund of `cause_verbs` brings its object "to", when the parse hangs the "to" inside the object's phrase
  ("..., bringing the total number of persons unemployed to 151,200"), measures the object (metric._brought_to);
- a capitalised measure opening a sentence that the tagger takes for a person's name ("Rainfall was 48 per cent below
  average") is the common noun when the text writes it as a noun in lower case elsewhere ("The low rainfall added
  ..."; metric._noun_in_lower);
- a change written with no verb straight after its noun and set against another level by a word of
  `figure_base_words` or `comparative_words` ("with temperatures 6 to 12 degrees above average", "reserves 12% below
  target") measures the noun (metric._noun_before_compared).
"""
from __future__ import annotations

import datetime as dt

from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2025, 5, 20))


def test_a_statistics_line_measures_the_phrase_after_its_dash(nlp):
    text = ("Key numbers from another season at Harlow Park\n\n"
            "12 – consecutive wins for Harlow Rovers, a club record.\n\n"
            "58 – goals conceded by bottom club Easton Town, the most in the division.\n\n"
            "77 – yellow cards received by Carrow City.\n\n"
            "31 – points total that would have kept Easton Town up.\n")
    claims = claims_of(nlp, text)
    assert claims["12"].metric == "consecutive wins"
    assert claims["58"].metric == "goals conceded"
    assert claims["77"].metric == "yellow cards received"
    assert claims["31"].metric == "points"


def test_it_after_an_index_is_the_index(nlp):
    text = ("Miners lift Kestrel shares\n\nThe benchmark Kestrel 200 index sat flat for much of Monday but a push in "
            "the final hour of trade meant it closed 41.2 points, or 0.8 per cent, higher at 5210.4 points.\n")
    claims = claims_of(nlp, text)
    assert [claims[t].metric for t in ("41.2 points", "0.8 per cent", "5210.4 points")] == ["index level"] * 3


def test_a_plural_amount_to_names_what_the_figure_measures(nlp):
    text = ("Harlow county budget\n\nOut of the billions, the projected national transfers amount to Sh22.5 billion, "
            "while the projected own source revenues amount to Sh20.06 billion.\n\nGrants amount to $4 million this year.\n")
    claims = claims_of(nlp, text)
    assert claims["Sh22.5 billion"].metric == "projected national transfers"
    assert claims["Sh20.06 billion"].metric == "projected own source revenues"
    assert claims["$4 million"].metric == "Grants"


def test_a_bare_count_after_people_counts_people(nlp):
    text = ("Storms hit Harlow\n\nIn the northern state of Harlow, 20 people were killed, and some 70,000 left homeless "
            "as water rose to dangerous levels.\n\nStorms also hit the east, with two killed in the state of Carrow.\n\n"
            "Meanwhile, nine people were killed and 18 are missing after the storm swept into Valdoria.\n\n"
            "About 40 people attended and 12 were sold.\n")
    claims = claims_of(nlp, text)
    assert claims["some 70,000"].metric == "people left homeless"
    assert claims["18"].metric == "people missing"
    assert claims["two"].metric == "deaths"
    assert claims["12"].metric == "sales"


def test_an_index_in_a_with_list_moves_its_level(nlp):
    text = ("Markets close flat\n\nThe broader market indices closed flat with Nifty Smallcap up 0.01 per cent at "
            "5,679 while Nifty Midcap down 0.15 per cent at 16,852.\n")
    claims = claims_of(nlp, text)
    assert [claims[t].metric for t in ("0.01 per cent", "5,679", "0.15 per cent", "16,852")] == ["index level"] * 4


def test_a_share_that_would_vote_for_a_name_is_poll_support(nlp):
    text = ("Greens lead in latest opinion poll\n\nThe Greens are on 31%, the latest poll shows.\n\nIn July, a Harlow "
            "Herald poll said 38% of people would vote for the Greens, with 12% saying they would vote for Reform "
            "Valdoria.\n")
    claims = claims_of(nlp, text)
    assert claims["38%"].metric == "poll support"
    assert claims["12%"].metric == "poll support"
    text = "Greens lead in council\n\nIn July, 38% of people voted for the Greens in the council election.\n"
    assert claims_of(nlp, text)["38%"].metric == "share of people"


def test_bringing_an_object_to_a_level_measures_the_object(nlp):
    text = ("Jobless rate falls to 5.1pc\n\nUnemployment decreased by 23,300 or 11pc in the year to the second quarter "
            "2024 bringing the total number of persons unemployed to 151,200.\n")
    assert claims_of(nlp, text, dt.date(2024, 8, 27))["151,200"].metric == "persons unemployed"


def test_a_measure_tagged_a_person_is_a_common_noun_written_lower_elsewhere(nlp):
    text = ("Valdoria’s driest spring\n\nValdoria has endured its driest spring on record.\n\nThe low rainfall added to "
            "drought conditions, the bureau said.\n\nRainfall was 48 per cent below average, making the spring the "
            "driest since 1967, the bureau said.\n")
    assert claims_of(nlp, text, dt.date(2019, 12, 18))["48 per cent"].metric == "Rainfall"


def test_a_change_right_after_its_noun_and_compared_measures_the_noun(nlp):
    text = ("Hot week ahead\n\nNorthern Valdoria will swelter with temperatures 6 to 12 degrees above average.\n\n"
            "The city ended the year with reserves 12% below target.\n")
    claims = claims_of(nlp, text)
    assert claims["6 to 12 degrees"].metric == "temperatures"
    assert claims["12%"].metric == "reserves"
