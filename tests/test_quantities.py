"""The quantity grammar as a specification: phrase -> value, unit, qualifier, bounds.

Every row is a phrase a news article could contain; the expected record is what a
fact-checker would write down for it. Built on a blank pipeline: no trained model needed.
"""
from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st


def quantities(nlp, text):
    doc = nlp(text)
    return [span._.quantity for span in doc.spans["quantities"]]


def only(nlp, text):
    found = quantities(nlp, text)
    assert len(found) == 1, f"{text!r}: {[(q['value'], q['unit']) for q in found]}"
    return found[0]


def close(a, b):
    return (a is None and b is None) or (a is not None and b is not None and math.isclose(a, b, rel_tol=1e-6))


# text, value, unit, qualifier, lower, upper
MONEY = [
    ("It reported $716.9 billion in sales.", 716.9e9, "USD", "exact", None, None),
    ("The fund raised €3.2m last spring.", 3.2e6, "EUR", "exact", None, None),
    ("He was paid £450,000 in bonuses.", 450_000, "GBP", "exact", None, None),
    ("Profit reached 1.2 trillion yen.", 1.2e12, "JPY", "exact", None, None),
    ("The deal was worth US$5bn.", 5e9, "USD", "exact", None, None),
    ("It is now a multibillion-dollar business.", 2e9, "USD", "lower_bound", 2e9, None),
    ("a multimillion-pound refit", 2e6, "GBP", "lower_bound", 2e6, None),
    ("They spent roughly $2.5 million on it.", 2.5e6, "USD", "approximate", None, None),
    ("The gap was just under $4 billion.", 4e9, "USD", "upper_bound", None, 4e9),
    ("Fares rose by 25 cents this year.", 0.25, "USD", "exact", None, None),
    ("Tickets cost between $10 and $12 billion to build.", 11e9, "USD", "range", 10e9, 12e9),
    ("spending plans reaching into the hundreds of billions of dollars", 1e11, "USD", "range", 1e11, 1e12),
    ("The company lost ($99.99) on the sale.", -99.99, "USD", "exact", None, None),
]
PERCENT = [
    ("Sales rose 27% in the quarter.", 27, "percent", "exact", None, None),
    ("Turnout was 12 percent lower.", 12, "percent", "exact", None, None),
    ("The miner reported a 9.4-percent fall in profit.", 9.4, "percent", "exact", None, None),
    ("The council approved a 3.5-cent cut in the tax rate.", 0.035, "USD", "exact", None, None),
    ("It posted a 12-per-cent rise in sales.", 12, "percent", "exact", None, None),
    ("The rate fell 3.5 percentage points.", 3.5, "percentage_point", "exact", None, None),
    ("Yields rose 25 basis points.", 0.25, "percentage_point", "exact", None, None),
    ("Support is at least 75% among members.", 75, "percent", "lower_bound", 75, None),
    ("Inflation is forecast between 3% and 4% next year.", 3.5, "percent", "range", 3, 4),
    ("Up to 40% of the stock was sold.", 40, "percent", "upper_bound", None, 40),
    # after "by", "2 to 3 million" is a range when the first number takes the second's scale
    ("Traders say losses are underestimated by 2 to 3 million tonnes.", 2.5e6, "tonne", "range", 2e6, 3e6),
    # "one" alone is a pronoun or an article ("one of the", "one day"); before a percent word it is a figure
    ("The council says it was a one per cent increase on last year.", 1, "percent", "exact", None, None),
    ("The gap to national schools shrank to just one percent.", 1, "percent", "exact", None, None),
    ("The base rate was raised by one percentage point.", 1, "percentage_point", "exact", None, None),
]
FRACTIONS = [
    ("It accounts for roughly a quarter of total revenue.", 0.25, "ratio", "approximate", None, None),
    ("Cloud brings in close to one-fifth of sales.", 0.2, "ratio", "approximate", None, None),
    ("Two-thirds of voters agreed.", 2 / 3, "ratio", "exact", None, None),
    ("More than half of the homes flooded.", 0.5, "ratio", "lower_bound", 0.5, None),
    ("Spending was cut by a third.", 1 / 3, "ratio", "exact", None, None),
    ("One in five adults smokes.", 0.2, "ratio", "exact", None, None),
    ("Nine out of ten doctors agreed.", 0.9, "ratio", "exact", None, None),
    ("Revenue is more than doubling.", 2.0, "ratio", "lower_bound", 2.0, None),
    ("Output tripled in a decade.", 3.0, "ratio", "exact", None, None),
    ("There are three times as many buses.", 3.0, "ratio", "exact", None, None),
    ("The budget was halved.", 0.5, "ratio", "exact", None, None),
]
COUNTS = [
    ("It has more than 4,600 U.S. stores.", 4600, "count", "lower_bound", 4600, None),
    ("There are approximately 600 Sam's Club locations.", 600, "count", "approximate", None, None),
    ("Growth lasted 15 consecutive quarters.", 15, "count", "exact", None, None),
    ("It has been used by hundreds of millions of customers.", 1e8, "count", "range", 1e8, 1e9),
    ("Tens of thousands of people marched.", 1e4, "count", "range", 1e4, 1e5),
    ("The city hired 1.5 million workers.", 1.5e6, "count", "exact", None, None),
    ("Some 3,480 patients waited.", 3480, "count", "approximate", None, None),
    ("Four or five players are injured.", 4.5, "count", "range", 4, 5),
    ("Net arrivals were down 1700 on the year before.", 1700, "count", "exact", None, None),  # a move, not a year
]
PHYSICAL = [
    ("The line is 19 km long.", 19, "km", "exact", None, None),
    ("The glacier lost 1.9 billion tonnes of ice.", 1.9e9, "tonne", "exact", None, None),
    ("The ice sheet lost 71 Gt a year.", 71, "gigatonne", "exact", None, None),  # one name however written
    ("The ice sheet lost 150 gigatons a year.", 150, "gigatonne", "exact", None, None),
    ("Emissions fell to 41 Mt last year.", 41, "megatonne", "exact", None, None),
    ("The farm has a capacity of 1,500 MW.", 1500, "MW", "exact", None, None),
    ("It will generate about 1,900 GWh a year.", 1900, "GWh", "approximate", None, None),
    ("Temperatures can fall to minus 25°C.", -25, "degree celsius", "exact", None, None),
    ("The dose was 44 mg to 50 mg.", 47, "mg", "range", 44, 50),
    # a dash with spaces joins a bare number to the percentage or amount after it
    ("Just 5 - 10 percent were considered low risk.", 7.5, "percent", "range", 5, 10),
    ("Fares rose 5 – 10% last year.", 7.5, "percent", "range", 5, 10),
    ("The deal is worth $2 - 3 billion.", 2.5e9, "USD", "range", 2e9, 3e9),
    ("The hearing lasted four hours.", 4, "hour", "exact", None, None),
    ("She has tracked the ice sheets for two decades.", 20, "year", "exact", None, None),  # decades in years
    ("The records span more than two centuries.", 200, "year", "lower_bound", 200, None),
    ("It sailed roughly 90 nautical miles.", 90, "nautical mile", "approximate", None, None),
]


@pytest.mark.parametrize("text,value,unit,qualifier,lower,upper", MONEY + PERCENT + FRACTIONS + COUNTS + PHYSICAL)
def test_quantities_phrase_table(quantities_nlp, text, value, unit, qualifier, lower, upper):
    q = only(quantities_nlp, text)
    assert math.isclose(q["value"], value, rel_tol=1e-6), q
    assert q["unit"] == unit
    assert q["qualifier"] == qualifier
    assert close(q["lower"], lower) and close(q["upper"], upper), q


@pytest.mark.parametrize("text,surface", [
    ("Amazon reported roughly $716.9 billion in annual sales.", "roughly $716.9 billion"),
    ("a gap of just under $4 billion", "just under $4 billion"),
    ("with revenue more than doubling over two decades", "more than doubling"),
])
def test_quantities_span_includes_hedge(quantities_nlp, text, surface):
    doc = quantities_nlp(text)
    q = doc.spans["quantities"][0]._.quantity
    assert text[q["start"]:q["end"]] == surface


@pytest.mark.parametrize("text", [
    "The meeting is at 7:30 p.m. on Tuesday.",
    "It opened on February 20, 2026.",
    "Call the office on (212) 555-0199 for details.",
    "The offices are at 1600 Pennsylvania Avenue.",
    "See page 12 and Section 4.2 of the report.",
    "The Airbus A320 and the F-35 were grounded.",
    "COVID-19 cases fell in Ward 7B.",
    "Route 66 reopened in 1985.",
    "They won the final 3-1 after extra time.",
    "A late try put Harlby 17-3 ahead at half-time.",
    "They were 2-1 behind after an hour.",
    "They won the final 3 - 1 after extra time.",
    "Harlow went down 3-0 away to Brenton.",
    "The Falcons fell 98-91 to Ridgeway on Sunday.",
    "They were beaten 4-2 by the visitors.",
    "A 2-1 home win lifted Carlow to fourth.",
    "The bill passed on a 7-2 vote.",
    "The budget passed with a vote tally of 21 to 11.",
    "The board voted 5 to 2 to approve the plan.",
    "The motion was carried by 14 votes to 9.",
    "The fourth quarter was strong; third-party sellers agreed.",
    "First-half trading was strong and second-half orders held up.",
    "Mayor Jane Smith, 52, said so.",
    "Call 311 or the 911 line.",
    "It is open 24 hours a day.",
    "One of the strikers scored one point in the shoot-out.",
    "The paper appears in volume 71, issue 2, pages 145 to 168.",
])
def test_quantities_not_quantities(quantities_nlp, text):
    assert quantities(quantities_nlp, text) == []


def test_quantities_quantulum_misreading_avoided(quantities_nlp):
    # quantulum3 alone reads "4,600 U" as 4,600 atomic mass units
    q = only(quantities_nlp, "Its more than 4,600 U.S. stores provide a network.")
    assert q["unit"] == "count" and q["value"] == 4600


@pytest.mark.parametrize("text, written, qualifier", [
    ("The starter threw 104 pitches over eight innings.", "eight", "exact"),
    ("Moreno scored 15 goals over 20 games.", "20", "exact"),
    ("The fair drew over 60,000 visitors.", "over 60,000", "lower_bound"),
    ("Revenue rose 5% to over $300 million.", "over $300 million", "lower_bound"),
    ("The chain has 40 stores, over 12 of them in Ohio.", "over 12", "lower_bound"),
])
def test_quantities_over_after_a_counted_figure_spans_it(quantities_nlp, text, written, qualifier):
    # "over" after another figure and its plural noun is "across", not "more than"
    found = {text[q["start"]:q["end"]]: q for q in quantities(quantities_nlp, text)}
    assert found[written]["qualifier"] == qualifier


@pytest.mark.parametrize("text, value", [
    ("Harlow City have won 46 league matches since the manager arrived.", 46),
    ("The viaduct crosses the valley on 14 spans.", 14),
    ("The estate includes 12 barns and a dairy.", 12),
])
def test_quantities_unit_names_that_are_ordinary_nouns_are_counts(quantities_nlp, text, value):
    # quantulum3 alone reads these as leagues (4.8 km), spans (23 cm) and barns (10^-28 m^2)
    q = only(quantities_nlp, text)
    assert q["unit"] == "count" and q["value"] == value


@pytest.mark.parametrize("text", ["the two giants", "both companies had three options"])
def test_quantities_small_counts_after_determiners_are_not_claim_like(quantities_nlp, text):
    found = quantities(quantities_nlp, text)
    assert found and not any(q["claim_like"] for q in found if q["value"] <= 2)


@pytest.mark.parametrize("text", ["less than the three percent increase the minister set", "the two per cent target"])
def test_quantities_a_spelled_percentage_after_a_determiner_stays_claim_like(quantities_nlp, text):
    q = only(quantities_nlp, text)
    assert q["unit"] == "percent" and q["claim_like"]


def test_claims_a_bound_in_a_gerund_that_picks_out_what_is_counted_is_a_threshold(nlp):
    """"wins after trailing by 20 or more": the bound says which wins are counted; the count is the claim."""
    from claimx.pipeline import extract_articles
    from claimx.records import Article
    text = "The old record for wins after trailing by 20 or more in a game was 30, set last season."
    [result] = list(extract_articles([Article(id="a", text=text)], nlp))
    assert [c.text for c in result.claims] == ["30"]


@pytest.mark.parametrize("text", ["Over the prior 12 months, wages kept pace with prices.",
                                  "In the preceding three years the plant stood idle.",
                                  "Over the past 12 months, wages kept pace with prices."])
def test_quantities_a_duration_that_places_figures_in_time_is_no_claim(quantities_nlp, text):
    """"the prior 12 months", "the preceding three years" frame a period like "the past 12 months"."""
    [found] = quantities(quantities_nlp, text)
    assert not found["claim_like"] and found["note"] == "period", found


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300))
def test_quantities_never_crash_on_any_text(quantities_nlp, text):
    for q in quantities(quantities_nlp, text):
        assert 0 <= q["start"] <= q["end"] <= len(text)
        assert math.isfinite(q["value"])


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["$", "€", "1", "2,5", ",000", " million", "%", " to ", "-", " between ", "a",
                                 " quarter", " of", " more than ", "half", " km", "bn", " and ", ".", "\n", "°C"]),
                max_size=30))
def test_quantities_never_crash_on_number_soup(quantities_nlp, parts):
    text = "".join(parts)
    for q in quantities(quantities_nlp, text):
        assert 0 <= q["start"] <= q["end"] <= len(text)


def test_quantities_one_number_word_valued_as_quantulum3_values_it():
    # claimx values a lone number word itself (no quantulum3 to load); it must agree with quantulum3.
    from claimx.grammar.scanner import ONE_WORD, WORD_NUMBERS
    from claimx.grammar.units import quantulum

    assert set(ONE_WORD) == set(WORD_NUMBERS) - {"dozen"}
    theirs = {w: [float(v["new_surface"]) for v in quantulum().extract_spellout_values(w)] for w in ONE_WORD}
    assert theirs == {w: [value] for w, value in ONE_WORD.items()}


@pytest.mark.parametrize("text,written", [
    ("Okafor shot 45% from the field and scored 24 points.", "24"),
    ("Rates fell 2%. Participants scoring between 3.75 and 4.25 points did better.", "between 3.75 and 4.25"),
])
def test_quantities_points_scored_are_no_percentage_points(quantities_nlp, text, written):
    found = {text[q["start"]:q["end"]]: q for q in quantities(quantities_nlp, text)}
    assert found[written]["unit"] == "count", found


def test_quantities_points_near_a_rate_stay_percentage_points(quantities_nlp):
    text = "The jobless rate rose 0.3 points to 4.1%."
    found = {text[q["start"]:q["end"]]: q for q in quantities(quantities_nlp, text)}
    assert found["0.3 points"]["unit"] == "percentage_point"


@pytest.mark.parametrize("text,value,claim_like", [
    ("Ayew ended a five-game goal drought with the winner.", 5, True),
    ("The defender was handed a three-match ban.", 3, True),
    ("They bought a three-bedroom house.", 3, False),  # describes the house
    ("She is a two-time champion.", 2, True),  # a count of titles, as "a six-time All-Star"
])
def test_quantities_a_small_count_of_games_before_a_hyphen_is_a_figure(quantities_nlp, text, value, claim_like):
    # "five-game", "three-match" count games (rules/lexicon.json counted_run_words); "three-bedroom" only describes
    q = only(quantities_nlp, text)
    assert q["value"] == value and q["claim_like"] is claim_like


def test_quantities_a_one_time_charge_is_no_count_of_titles(quantities_nlp):
    assert quantities(quantities_nlp, "He took a one-time charge.") == []


def test_quantities_a_list_of_counts_after_names_keeps_every_item(nlp):
    """"Kilmarra has 131, Brennock 50, ...": the verb is left out after the first item; each count is a figure, not a
    name's number ("Boeing 737"). A list that starts with a name's number is no list of counts."""
    doc = nlp("New cases were reported across the region. Kilmarra has 131, Brennock 50, Tolland Vale 9 and Westerleigh 1.")
    assert [q._.quantity["value"] for q in doc.spans["quantities"]] == [131, 50, 9, 1]
    doc = nlp("Reviewers tested the Kestrel 11, Pixon 6 and Galaxy 21 in the lab.")
    assert [q._.quantity["value"] for q in doc.spans["quantities"]] == []
