"""Session 44, the lead's changes to which figures are found and in what money. Made-up figures; each test but the
ones that keep an old behaviour fails on the code before the change.

- wire copy's own marks for other dollars and for the franc ("Aus$53.55", "Can$2 billion", "SFr 3.1 billion") and the
  Gulf papers' dirham ("Dh2.9 billion", "Dhs 4.5 million") are currencies (rules/lexicon.json currency_symbols); an
  article that writes "Aus$" writes a plain "$" for the US dollar, as it does after "A$";
- a statistics office's release titled with its place after a comma ("International Trade in Goods and Services,
  Australia") writes a plain "$" for that place's dollar (grammar.scanner local_dollar_currency, _release_of);
- a count in a passive's "by" phrase ("results achieved by more than 30,000 candidates") is who did it, not a
  threshold that picks out a group (components.quantities._defines_group);
- an extent the counted things reached together ("Six wildfires have scorched over 141,000 acres") is their total,
  not a bar each passed (components.claims._is_threshold);
- money in brackets right after a noun ("the same expenditure (Rs 12,19,892 crore)") says what the noun comes to: no
  accounting negative (components.quantities._glossed).
"""
from __future__ import annotations

import datetime as dt

from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2025, 8, 7))


def test_wire_marks_for_other_dollars_and_the_franc(nlp):
    text = ("Miner's profit falls\n\nSYDNEY: The Anglo-Valdorian miner, which reports in US dollars, said net profit was "
            "$806 million in the six months to June 30. Its shares closed at Aus$53.55. Rival Quorvel earned Can$2 "
            "billion and Tessin Group SFr 3.1 billion.\n")
    found = claims_of(nlp, text)
    assert (found["Aus$53.55"].value, found["Aus$53.55"].unit) == (53.55, "AUD")
    assert found["Can$2 billion"].unit == "CAD"
    assert found["SFr 3.1 billion"].unit == "CHF"
    assert found["$806 million"].unit == "USD"  # the article writes its own dollar "Aus$"


def test_the_gulf_dirham(nlp):
    text = ("Villa prices climb\n\nThe villa in Harlow Creek sold for Dhs 4.5 million, against Dh3,200,000 a year "
            "ago, and the developer's profit reached Dh2.9 billion.\n")
    found = claims_of(nlp, text)
    assert {(found[t].value, found[t].unit) for t in ("Dhs 4.5 million", "Dh3,200,000", "Dh2.9 billion")} == {
        (4.5e6, "AED"), (3.2e6, "AED"), (2.9e9, "AED")}


def test_a_release_titled_with_its_place_writes_its_own_dollar(nlp):
    text = ("International Trade in Goods and Services, Australia\n\nGoods and services credits rose 15% to $42,417m "
            "seasonally adjusted.\n\nThe balance on goods and services was a surplus of $10,602m in March.\n")
    found = claims_of(nlp, text)
    assert found["$42,417m"].unit == "AUD"
    assert found["$10,602m"].unit == "AUD"


def test_a_headline_naming_a_place_otherwise_leaves_the_dollar_alone(nlp):
    text = "Wages rise, Texas\n\nAverage weekly pay rose 3% to $1,200 in March.\n"
    assert claims_of(nlp, text)["$1,200"].unit == "USD"


def test_a_count_in_a_passive_by_phrase_is_reported(nlp):
    text = ("Exam results out\n\nProvisional results achieved by more than 30,000 candidates from 476 schools were "
            "released today.\n")
    found = claims_of(nlp, text)
    assert found["more than 30,000"].value == 30000


def test_a_group_picked_out_by_a_bound_stays_a_threshold(nlp):
    text = "Levy widened\n\nFirms employing more than 500 people will pay the levy from April, the council said.\n"
    assert "more than 500" not in claims_of(nlp, text)


def test_an_extent_counted_things_reached_together_is_reported(nlp):
    text = "Fires spread\n\nSix major wildfires have scorched over 141,000 acres across the region this week.\n"
    found = claims_of(nlp, text)
    assert found["over 141,000 acres"].value == 141000


def test_a_duration_counted_people_spent_stays_a_threshold(nlp):
    text = "Long waits\n\nLast month 3,480 patients spent more than 12 hours in the emergency department.\n"
    assert "more than 12 hours" not in claims_of(nlp, text)


def test_money_in_brackets_after_a_noun_is_no_negative(nlp):
    text = ("Budget sums\n\nThe minister has set aside roughly the same expenditure (Rs 12,19,892 crore) as the "
            "interim budget.\n")
    assert claims_of(nlp, text)["Rs 12,19,892 crore"].value == 12198920000000


def test_money_in_brackets_after_a_verb_stays_a_loss(nlp):
    text = "Sale done\n\nThe company lost ($99.99) on the sale.\n"
    assert claims_of(nlp, text)["$99.99"].value == -99.99
