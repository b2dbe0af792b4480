"""The claims component on the full pipeline: what is a claim, and what each claim is about."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimx.pipeline import extract_articles
from claimx.records import Article
from fixtures_claims import doc_claims_of


claims_of = doc_claims_of


def one(nlp, text, published=None):
    found = claims_of(nlp, text, published)
    assert len(found) == 1, [(c.text, c.value) for c in found]
    return found[0]


@pytest.mark.parametrize("text", [
    "For the first time, the two giants met in the fourth quarter of 2025.",
    "The Boeing 737 returned to service at Gate 12 on 3 March.",
    "Over the past two decades the town has changed.",
    "The 45-year-old coach joined in 2019.",
    "Third-party sellers opened at 9 a.m. on Monday.",
    "Call (555) 014-2200 or visit 4410 Lowell Avenue.",
])
def test_claims_not_claims(nlp, text):
    assert claims_of(nlp, text) == []


@pytest.mark.parametrize("text,direction,kind", [
    ("Revenue rose 12% to $19 million last year.", "up", "change"),
    ("Library funding fell by roughly one-tenth.", "down", "change"),
    ("The parks budget was cut by $2.5 million.", "down", "change"),
    ("Ridership was down 3 percent in March.", "down", "change"),
])
def test_claims_direction_of_changes(nlp, text, direction, kind):
    first = claims_of(nlp, text)[0]
    assert first.direction == direction
    assert first.kind == kind


def test_claims_level_after_to_has_no_direction(nlp):
    found = claims_of(nlp, "Revenue rose 12% to $19 million.")
    level = next(c for c in found if c.unit == "USD")
    assert level.direction is None and level.kind == "amount"


@pytest.mark.parametrize("text,subject,metric", [
    ("Acme Corp reported roughly $716.9 billion in annual sales.", "Acme Corp", "annual sales"),
    ("Nordbank's 1,200 branches will stay open.", "Nordbank", "branches"),
    ("The council approved a $2.5 million budget for Westfield Library.", None, "budget"),
    ("Cloudify contributes close to one-fifth of group sales.", "Cloudify", "share of group sales"),
])
def test_claims_subject_and_metric(nlp, text, subject, metric):
    claim = one(nlp, text)
    if subject:
        assert claim.subject == subject
    assert claim.metric == metric


def test_claims_pronoun_subject_follows_the_topic(nlp):
    text = ("Harlow Motors opened a new plant in Ohio. Its 4,000 workers will build vans, "
            "and it expects sales of $3 billion.")
    found = claims_of(nlp, text)
    assert {c.subject for c in found} == {"Harlow Motors"}


@pytest.mark.parametrize("text,period", [
    ("Revenue was $5 billion in fiscal 2025.", "FY2025"),
    ("Sales rose 8% in the third quarter of 2024.", "Q3 2024"),
    ("It earned $2 million last year.", "2025"),
    ("Net income for its latest fiscal year was $40 million.", "latest fiscal year"),
])
def test_claims_period_resolved_against_publication_date(nlp, text, period):
    claim = claims_of(nlp, text, published=dt.date(2026, 2, 20))[0]
    assert claim.period == period


def test_claims_threshold_defining_a_group_is_not_a_claim(nlp):
    text = "The number of people waiting more than 52 weeks fell to 1,920."
    assert [c.text for c in claims_of(nlp, text)] == ["1,920"]


@pytest.mark.parametrize("text,claims", [
    ("Some 58.2 per cent of pupils achieved five or more good grades.", ["Some 58.2 per cent"]),
    ("Nineteen of the town's 31 schools have at least 60% of pupils gaining five or more good grades.",
     ["Nineteen", "31"]),
    ("Police recorded five or more thefts in the town.", ["five or more"]),  # no counted group: a figure
    ("The firm holds more than 10% of the market.", ["more than 10%"]),
])
def test_claims_a_bound_a_counted_group_reached_is_a_threshold(nlp, text, claims):
    assert [c.text for c in claims_of(nlp, text)] == claims


@pytest.mark.parametrize("text,claims", [
    ("The hosts secured a bonus point with 12 minutes to go.", []),  # a time in the match
    ("They have won nine of their last 10 matches.", ["nine"]),  # 10 is the window the count is out of
    ("Fly-half Orrin Tate kicked 11 points.", ["11"]),  # "half" of a position's name is no fraction
    ("He has two years left on his contract.", ["two years"]),
])
def test_claims_sports_times_windows_and_positions(nlp, text, claims):
    assert [c.text for c in claims_of(nlp, text)] == claims


def test_claims_offsets_true_to_text_in_long_articles(nlp):
    paragraph = "Revenue rose 12% to $19 million, while costs fell by a third.\n\n"
    text = paragraph * 2200  # over claimx's chunk size: parsed in paragraph chunks
    [result] = extract_articles([Article(id="long", text=text)], nlp)
    assert len(result.claims) == 3 * 2200
    for claim in result.claims:
        assert text[claim.start:claim.end] == claim.text


@pytest.mark.parametrize("text,figure,direction", [
    ("The services unit now makes up almost a fifth of group sales.", "almost a fifth", None),
    ("The agency credited the gains partly to the 6.4 km extension of the line.", "6.4 km", None),
    ("Public Works gets $94.7 million, a 22% increase driven by road repairs.", "$94.7 million", None),
    ("Public Works gets $94.7 million, a 22% increase driven by road repairs.", "22%", "up"),
])
def test_claims_direction_belongs_to_its_own_figure(nlp, text, figure, direction):
    found = {c.text: c for c in claims_of(nlp, text)}
    assert found[figure].direction == direction


def test_claims_figure_in_a_relative_clause_is_about_the_named_subject(nlp):
    text = "Ostrava Steel is a partner. Kessler, which booked 1.2 trillion yen in sales last year, holds a 49% stake."
    found = {c.text: c for c in claims_of(nlp, text)}
    assert found["1.2 trillion yen"].subject == "Kessler"


@pytest.mark.parametrize("text,figure,period", [
    ("Attendances reached 212,400 in the year to March 2025, up 12% on the previous year.", "212,400", "FY2025"),
    ("Attendances reached 212,400 in the year to March 2025, up 12% on the previous year.", "12%", "FY2025"),
    ("The station averaged 5.8°C in 2015-2024, up 2.4°C from the 1991-2000 average.", "2.4°C", "2015-2024"),
    ("The glacier lost 1.9 billion tonnes of ice a year between 2015 and 2024.", "1.9 billion tonnes", "2015-2024"),
    ("Its area fell from 268 square kilometres in 1985 to 212 square kilometres in 2025, and its front "
     "retreated 4.8 km over the same period.", "4.8 km", "1985-2025"),
])
def test_claims_period_spans_fiscal_years_and_comparison_bases(nlp, text, figure, period):
    found = {c.text: c for c in claims_of(nlp, text)}
    assert found[figure].period == period


def test_claims_the_unit_is_the_part_named_before(nlp):
    text = ("The Services division, which maintains machines, grew fastest. Its revenue rose 35% to €1.12 billion, "
            "and the unit now makes up almost a fifth of group sales.")
    found = {c.text: c for c in claims_of(nlp, text)}
    assert "Services division" in found["almost a fifth"].subject


def test_claims_share_of_it_is_a_share_of_the_figure_before(nlp):
    text = "All-funds spending totals $2.91 billion, and the general fund accounts for more than half of it."
    found = {c.text: c for c in claims_of(nlp, text)}
    assert found["$2.91 billion"].metric == "All-funds spending"
    assert found["more than half"].metric == "general fund share of All-funds spending"


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400))
def test_claims_full_pipeline_never_crashes_on_any_text(nlp, text):
    [result] = list(extract_articles([Article(id="any", text=text)], nlp))
    for claim in getattr(result, "claims", []):
        assert text[claim.start:claim.end] == claim.text


def test_claims_level_reached_at_the_end_of_a_span_is_for_its_last_year(nlp):
    text = "Reported cases nearly tripled between 2019 and 2024, to 18,640, police figures show."
    found = {c.text: c for c in claims_of(nlp, text)}
    assert (found["nearly tripled"].period, found["18,640"].period) == ("2019-2024", "2024")
