"""Session 45: what a figure measures, in shapes of real statistics, health and labour-market copy. Made-up names and
figures; each test fails on the code before the change it names.

- a bare container noun with the words after it that say who is counted ("The number waiting more than 18 weeks
  rose to 2,400", "the numbers on the housing lists stood at 8,649", "the number in work rose by 105,000") measures
  the container with those words, up to a place or a time they go on to name; not what a figure before it measured
  (frame.metric.modified_container).
- a bare change word written in the plural ("Three counties saw rises of more than 10 per cent", "falls of 6 per
  cent") is read as the singular is: a change of what the sentence or the one before says moved
  (claims.ClaimFinder, before the bare change words are read); only for a change, not the things a count or a sum is
  of ("38 movements an hour").
- "hike", "spike" and "leap" are change words of rising (rules/frame.json `rise_nouns`): "a 5% hike in fares" is
  fares growth, not a "hike".
"""
from __future__ import annotations

import datetime as dt

from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2026, 6, 1))


def test_a_container_says_what_it_counts_by_the_words_after_it(nlp):
    text = ("Harlow hospital waiting lists grow\n\n"
            "The number of patients waiting for hip operations in Harlow rose to 4,120 in May.\n\n"
            "The numbers waiting longer than one year increased from 280 to 903.\n\n"
            "The numbers on the housing lists in Harlow stood at 8,649 in May.\n\n"
            "The number in temporary accommodation reached 3,100.\n")
    claims = claims_of(nlp, text)
    for figure in ("280", "903"):
        assert claims[figure].metric == "numbers waiting longer than one year", figure
    assert claims["8,649"].metric == "numbers on the housing lists"
    assert claims["3,100"].metric == "number in temporary accommodation"


def test_a_container_in_a_place_or_a_time_says_nothing_of_its_own(nlp):
    text = ("Harlow jobless total falls\n\n"
            "The number of people claiming unemployment benefit in Harlow fell to 3,210 in May.\n\n"
            "The number in Harlow had been 3,799 in January.\n")
    claims = claims_of(nlp, text)
    assert claims["3,799"].metric != "number in Harlow"


def test_a_plural_change_word_is_a_change_of_what_moved(nlp):
    text = ("Harlow burglaries climb\n\n"
            "Burglaries in Harlow rose 12 per cent last year. Marlow, Tarrow and Easton all saw rises of more than ten "
            "per cent.\n")
    claims = claims_of(nlp, text)
    assert claims["more than ten per cent"].metric == "Burglaries growth"


def test_a_plural_change_word_a_count_is_of_stays(nlp):
    text = ("Harlow airport near its limit\n\n"
            "The airport's single runway is now operating close to its limit of 38 movements an hour at peak times.\n")
    claims = claims_of(nlp, text)
    assert "movement" in (claims["38"].metric or "")


def test_a_hike_or_a_spike_is_a_rise_of_what_follows_it(nlp):
    text = ("Harlow Rail raises fares\n\n"
            "Harlow Rail announced a 5% hike in fares on Monday. Police reported a 40% spike in burglaries.\n")
    claims = claims_of(nlp, text)
    assert claims["5%"].metric == "fares growth"
    assert claims["40%"].metric == "burglaries growth"
