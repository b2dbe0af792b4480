"""Figure shapes met reading real pages of many publishers (session 34): figures claimx missed or misread, and
numbers it took for claims. Sentences are invented."""
from __future__ import annotations

from fixtures_claims import quantities_by_text as _quantities


def _read(nlp, text: str) -> dict[str, tuple[float, str]]:
    return {written: (round(q["value"], 6), q["unit"]) for written, q in _quantities(nlp, text).items()}


def test_a_currency_letters_number_before_any_scale_of_the_lexicon_is_money(quantities_nlp):
    found = _read(quantities_nlp, "Visitors spent Sh35 bln last year and Sh900 mln in March.")
    assert found["Sh35 bln"] == (35e9, "KES")
    assert found["Sh900 mln"] == (900e6, "KES")
    assert "5" not in _read(quantities_nlp, "The console maker sold a PS5 bundle.")  # still a model's name


def test_a_glued_m_before_a_capitalised_or_bracketed_currency_word_is_millions_of_it(quantities_nlp):
    found = _read(quantities_nlp, "Lisbon paid a club-record 84m Euros for the striker, which could rise to 96m (euros).")
    assert found["84m Euros"] == (84e6, "EUR")
    assert found["96m (euros)"] == (96e6, "EUR")


def test_a_move_in_a_subunit_never_joins_the_rate_it_reached_into_a_range(quantities_nlp):
    found = _read(quantities_nlp, "The rupee appreciated 12 paise to 82.95 against the US dollar on Tuesday.")
    assert found["12 paise"] == (0.12, "INR")
    assert found["82.95"] == (82.95, "INR")  # the rate it reached, no range from 0.12 to 82.95


def test_a_rate_quoted_against_the_american_currency_is_an_exchange_rate(quantities_nlp):
    found = _read(quantities_nlp, "The rupee slipped on Monday. The local unit opened at 82.91 and settled lower by 4 paise at 82.95 "
                                  "against the American currency.")
    assert found["82.95"] == (82.95, "INR")


def test_cents_a_litre_are_cents_of_the_texts_money(quantities_nlp):
    text = ("Petrol will fall by R1.12 a litre in June, and the fuel levy will drop by 14.50 c/l, from 70.25 c/l "
            "to 55.75 c/l, helped by a firmer rand against the US dollar. Paraffin will rise by 31 cents a litre.")
    found = _quantities(quantities_nlp, text)
    assert (round(found["14.50 c/l"]["value"], 4), found["14.50 c/l"]["unit"]) == (0.145, "ZAR")
    assert found["14.50 c/l"]["meta"]["per"] == "litre"
    assert (round(found["55.75 c/l"]["value"], 4), found["55.75 c/l"]["unit"]) == (0.5575, "ZAR")
    # the dollar named only as what the rand moved against writes no money in dollars: the cents are rand
    assert found["31 cents"]["unit"] == "ZAR"


def test_a_bound_on_the_level_an_index_closed_at_is_in_index_points(quantities_nlp):
    found = _read(quantities_nlp, "Bovespa closes above 130,000 for the first time\n\nThe ASX200 ended at below 6,500 level "
                                  "last month. Shops closed above 500 for the week.")
    assert found["above 130,000"] == (130000, "index point")
    assert found["below 6,500"] == (6500, "index point")
    assert found["above 500"] == (500, "count")  # no index in its sentence


def test_points_cut_short_and_points_far_from_the_index_name_are_index_points(quantities_nlp):
    found = _read(quantities_nlp, "The benchmark KSE-100 index rose 812 points, closing at 41,220pts on Friday. "
                                  "The benchmark has gained 3,100 points or 8 percent in the fiscal year so far, while the "
                                  "calendar year to date has seen a cumulative increase of over 5,400 points.")
    assert found["41,220pts"] == (41220, "index point")
    assert found["over 5,400 points"] == (5400, "index point")


def test_bracketed_figures_with_a_glued_m_after_names_count_millions_like_the_figure_before(quantities_nlp):
    text = ("The league drew a total of more than 8.2 million fans last season.\n\n"
            "Only Italy's Serie A (10.4m) and France's Ligue 1 (9.6m) drew bigger crowds.")
    found = _read(quantities_nlp, text)
    assert found["10.4m"] == (10.4e6, "count")
    assert found["9.6m"] == (9.6e6, "count")
    # a figure of another order than the millions counted before is no million of them
    assert _read(quantities_nlp, "The city has 2.1 million residents. The Shard (309.6m) stands tall.").get("309.6m") is None


def test_a_decade_of_peoples_ages_and_an_age_bound_are_no_claims(quantities_nlp):
    found = _quantities(quantities_nlp, "Three of those who died were in their 60s, two in their late 70s and four "
                                        "were aged over 90.")
    assert not any(q["claim_like"] for written, q in found.items() if written not in ("Three", "two", "four"))
    assert "60" not in found and "70" not in found


def test_a_list_of_capitalised_number_words_after_a_label_names_things(quantities_nlp):
    found = _read(quantities_nlp, "Clubs in League One and Two sold 4,000 tickets; Formula Two races follow.")
    assert "Two" not in found and "4,000" in found


def test_the_digits_of_a_twenty_foot_equivalent_unit_are_no_figure(quantities_nlp):
    found = _read(quantities_nlp, "The port handled 31 million 20-foot equivalent units last year.")
    assert found == {"31 million": (31e6, "count")}


def test_a_spelled_one_ending_a_list_of_counts_is_a_count(quantities_nlp):
    found = _read(quantities_nlp, "Of the deaths, three were from the north, two from the coast, and one each from "
                                  "the east and the west. Prices rose 5%, and one analyst said so.")
    assert found["one"] == (1, "count")
    assert list(found).count("one") == 1  # "one analyst" after a percentage is no item of a list of counts


def test_a_top_n_is_a_ranking_group_no_figure(quantities_nlp):
    found = _read(quantities_nlp, "The port is one of nine of the world's top 20 container ports, and the top-10 firms hold 40%.")
    assert "20" not in found and "10" not in found and found["40%"] == (40, "percent")


def test_a_hyphenated_compound_scale_is_the_compound(quantities_nlp):
    found = _read(quantities_nlp, "Collections stayed above the Rs 1.5-lakh-crore mark for a ninth month.")
    assert found["Rs 1.5-lakh-crore"] == (1.5e12, "INR")


def test_a_quarter_written_digit_then_q_is_no_quantity(quantities_nlp):
    found = _read(quantities_nlp, "Harbourline 3Q profit jumps 31 percent.")
    assert found == {"31 percent": (31, "percent")}


def test_a_level_a_market_crossed_is_in_index_points(quantities_nlp):
    found = _quantities(quantities_nlp, "Sensex crosses 90,000 for the first time. The Nikkei topped 52,000 on Friday. "
                                        "The index crossed the 3,000 mark. Claims on average topped 210,000. "
                                        "Sales topped 5,000 units.")
    assert [found[w]["unit"] for w in ("90,000", "52,000", "3,000")] == ["index point"] * 3
    assert found["210,000"]["unit"] == "count"  # "average" alone names no index
    assert found["5,000"]["unit"] == "count"
    # nor does "benchmark" alone, which names a crude or a yield as well
    assert _quantities(quantities_nlp, "Benchmark Brent crude closed above 100 for the first time.")["above 100"]["unit"] == "count"


def test_the_rate_a_currencys_move_reached_is_its_exchange_rate(quantities_nlp):
    found = _read(quantities_nlp, "The rupee appreciated by 6 paise to 82.71 in early trade. The rupee gained 0.3% to "
                                  "82.64 by noon. The shilling traded at 131.4 to the dollar, and the cedi slid to 11.9 "
                                  "against the greenback.")
    assert found["82.71"] == (82.71, "INR") and found["82.64"] == (82.64, "INR")
    assert found["131.4"] == (131.4, "KES") and found["11.9"] == (11.9, "GHS")
    # an index's level after a percentage is no rate, even with a currency named before it in the sentence
    assert _read(quantities_nlp, "As the rupee firmed, the Sensex gained 2% to 72,000.")["72,000"][1] == "index point"


def test_cents_glued_before_a_litre_are_cents_a_litre(quantities_nlp):
    found = _quantities(quantities_nlp, "Petrol will cost R22.40 a litre after a 38c a litre increase; diesel drops by 9c/L in June.")
    assert (round(found["38c a litre"]["value"], 4), found["38c a litre"]["unit"]) == (0.38, "ZAR")
    assert (round(found["9c/L"]["value"], 4), found["9c/L"]["unit"]) == (0.09, "ZAR")


def test_the_half_of_a_results_story_is_its_half_year_not_a_ratio(quantities_nlp):
    for text in ("Spending in the half stood at $12.5 billion.", "Net profit for the half rose 9% to $310 million.",
                 "Sales in the previous half were flat at $2.1 billion."):
        assert "half" not in _read(quantities_nlp, text), text
    assert _read(quantities_nlp, "Nearly half of the loans were repaid.")["Nearly half"] == (0.5, "ratio")  # still a share
    assert _read(quantities_nlp, "The board sold the half of its stake it still held.")["half"] == (0.5, "ratio")
