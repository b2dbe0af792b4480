"""Internal checks must pair a figure only with the figures it is computed from: an exchange rate is no
quotient, one figure is never both total and divisor, a list's introduction is no part of it, a joining word
ends a base phrase, and another item's figures in a list of moves cannot contradict a change
(claimx.check.internal). Each sentence once raised a false contradiction."""
from __future__ import annotations

from fixtures_check import internal_verdict as verdict_of


def test_an_exchange_rate_per_dollar_is_no_quotient_of_earlier_figures() -> None:
    article = ("The rupee had settled at 84.15 against the dollar on Friday. "
               "It opened at Rs 84.20 on Monday and closed at Rs 84.12 per dollar.")
    assert verdict_of(article, 2, ("84.15", 84.15, "count", {"metric": "dollar"}),
                      ("Rs 84.20", 84.20, "INR", {"metric": "rupee"}),
                      ("Rs 84.12", 84.12, "INR", {"metric": "rupee"})) is None


def test_one_figure_is_not_both_the_total_and_what_it_is_shared_over() -> None:
    # the only count of clubs is also the only figure above the claim: it cannot be divided by itself
    article = "The league's 24 clubs may register about 12 per club."
    assert verdict_of(article, 1, ("24", 24.0, "count", {"metric": "clubs"}),
                      ("12", 12.0, "count", {"metric": "players", "qualifier": "approximate"})) is None


def test_a_figure_introducing_a_list_is_not_one_of_its_parts() -> None:
    article = ("The board took four votes: 0.748 mills for operating costs, 5.324 mills for local effort, "
               "1.50 mills for capital outlay and a total millage of 7.572.")
    specs = [("four", 4.0, "count", {"metric": "votes"}), ("0.748", 0.748, "count", {"metric": "millage"}),
             ("5.324", 5.324, "count", {"metric": "millage"}), ("1.50", 1.5, "count", {"metric": "millage"}),
             ("7.572", 7.572, "count", {"metric": "total millage"})]
    assert verdict_of(article, 4, *specs) == "supported"


def test_a_joining_word_after_a_base_cue_opens_another_item() -> None:
    article = "The census counted 36,169 elephants – 12% more than in 2014 – and 34,240 giraffes."
    assert verdict_of(article, 1, ("36,169", 36169.0, "count", {"metric": "elephants"}),
                      ("12%", 12.0, "percent", {"metric": "elephants", "direction": "up", "kind": "change"}),
                      ("34,240", 34240.0, "count", {"metric": "giraffes"})) is None


def test_another_items_figures_in_a_list_of_moves_never_contradict_a_change() -> None:
    article = "Brindle fell 37 cents to $35.65 and Corvan was more than 3% lower at $10.59."
    specs = [("37 cents", 0.37, "USD", {"subject": "Brindle", "direction": "down", "kind": "change"}),
             ("$35.65", 35.65, "USD", {"subject": "Brindle"}),
             ("more than 3%", 3.0, "percent", {"subject": "Corvan", "direction": "down", "kind": "change",
                                               "qualifier": "lower_bound", "lower": 3.0}),
             ("$10.59", 10.59, "USD", {"subject": "Corvan"})]
    assert verdict_of(article, 2, *specs) != "contradicted"
