"""Checks met reading real pages (session 32); the sentences are made up. Points of a market index told from
percentage points by the level the move goes to (grammar/scanner.py _POINTS_TO_LEVEL) and the percentage of such a
move checked against that level; a change stated twice sharing its support; a share of votes checked against the
total the article states elsewhere."""
import pytest

from claimx.check.internal import check_internal
from claimx.pipeline import extract_articles
from claimx.records import Article


@pytest.mark.parametrize("sentence, points, unit", [
    ("The Harlow sharemarket closed up 40 points or 1.5% on Thursday to 2740 on turnover of $109 million.",
     "40 points", "index point"),
    ("The Valdorian share market closed higher, rising by 85.2 points, or 2.31%, to 3780.5.", "85.2 points", "index point"),
    ("The Kestrel Composite lost 41 points at 6,212.", "41 points", "index point"),
    # a rate or a share in points moves to a level under 100 written as a percentage: percentage points
    ("The unemployment rate rose 0.4 points to 5.1%.", "0.4 points", "percentage_point"),
    ("The party's share of the vote fell 6 points to 28%.", "6 points", "percentage_point"),
])
def test_points_moving_to_a_level_of_hundreds_are_index_points(nlp, sentence, points, unit):
    found = {q.text: q._.quantity["unit"] for q in nlp(sentence).spans["quantities"]}
    assert found[points] == unit


def test_the_percentage_of_a_move_in_index_points_is_checked_against_the_level_it_reached(nlp):
    text = ("Harlow shares rally\n\nThe Harlow sharemarket closed up 40 points or 1.5% on Thursday to 2740 on "
            "turnover of $109 million.")
    [result] = extract_articles([Article(id="a", text=text)], nlp)
    claims = result.claims
    [change] = [c for c in claims if c.text == "1.5%"]
    finding = check_internal(change, claims)
    assert finding is not None and finding.verdict == "supported"  # 40 / (2740 - 40) = 1.48%


def test_a_headline_change_restated_in_the_body_shares_its_support(nlp):
    text = ("Harwick profit falls 20% as fuel sales slide\n\n"
            "Harwick Stores reported a 20% drop in annual profit on Wednesday, to £825 million from £1.03 billion.\n\n"
            "Sales rose 2% to £57.9 billion.")
    [result] = extract_articles([Article(id="a", text=text)], nlp)
    claims = result.claims
    headline = next(c for c in claims if c.text == "20%" and c.start < 50)
    finding = check_internal(headline, claims)
    assert finding is not None and finding.verdict == "supported"
    assert finding.evidence.rule == "internal_restated_change"


ELECTION = ("Osei wins Harlow seat\n\n"
            "Amara Osei of the Civic Alliance won the Harlow seat on Friday, securing 48,210 votes making 52.31%.\n\n"
            "Her nearest rival, Tom Reyes, polled 39,870 votes.\n\n"
            "Turnout was 61.2% and a total of 92,160 valid votes were cast.")


@pytest.mark.parametrize("total, verdict", [("92,160", "supported"),  # 48,210 / 92,160 = 52.31%
                                            ("95,000", None)])  # 50.7%: no support, and never a contradiction
def test_a_share_of_votes_is_checked_against_the_total_the_article_states_elsewhere(nlp, total, verdict):
    [result] = extract_articles([Article(id="a", text=ELECTION.replace("92,160", total))], nlp)
    claims = result.claims
    share = next(c for c in claims if c.text == "52.31%")
    finding = check_internal(share, claims)
    assert (finding.verdict if finding else None) == verdict


def test_a_total_of_other_things_is_no_whole_of_the_votes(nlp):
    text = ELECTION.replace("92,160 valid votes were cast", "92,160 ballot papers were printed")
    [result] = extract_articles([Article(id="a", text=text)], nlp)
    share = next(c for c in result.claims if c.text == "52.31%")
    assert check_internal(share, result.claims) is None


@pytest.mark.parametrize("sentence, figure", [
    # a month and its year is no index name ("the FTSE 100"), and "compared to" sets a base, not a closing level
    ("A total of 2,64,06,660 passengers travelled in August 2025 as compared to 2,65,48,845 in the same month of 2024.",
     "2,65,48,845"),
    ("Passenger numbers in August 2025 rose to 41,200, the airport said.", "41,200"),
])
def test_a_count_after_a_month_and_year_is_no_index_level(nlp, sentence, figure):
    found = {q.text: q._.quantity["unit"] for q in nlp(sentence).spans["quantities"]}
    assert found[figure] != "index point"


def test_an_average_in_an_aside_is_no_new_level_of_a_change(nlp):
    # "336 people - an average of 28 a month - ... compared to 215": the change is 336 over 215, not 28 over 215
    text = ("Dengue deaths rise\n\nA total of 336 people - an average of 28 a month - died from dengue in Harlow last "
            "year compared to 215 in 2014, a rise of 56.3 percent.")
    [result] = extract_articles([Article(id="a", text=text)], nlp)
    change = next(c for c in result.claims if c.text == "56.3 percent")
    finding = check_internal(change, result.claims)
    assert finding is not None and finding.verdict == "supported"


def _checked_against_bundled_pack(nlp, text, published):
    from claimx.check.checker import check_claims
    from claimx.reference.loading import load_pack
    from claimx.reference.pack import default_pack_path

    [result] = extract_articles([Article(id="a", text=text, published=published)], nlp)
    return {c.text: c for c in check_claims(result.claims, load_pack(default_pack_path()), published=published)}


def test_with_no_publication_date_a_quarter_without_its_year_is_never_contradicted(nlp):
    # "the second quarter" of an undated story may be 2014's: the pack's newest second quarter is no answer
    text = "Amazon's cloud grows\n\nAmazon's sales increased from $1bn in the second quarter to $1.8bn this year."
    found = _checked_against_bundled_pack(nlp, text, None)
    assert found["$1bn"].verdict != "contradicted"


def test_with_no_publication_date_a_period_written_with_its_year_still_decides(nlp):
    text = "Amazon results\n\nAmazon reported net sales of $500 billion for 2024."
    found = _checked_against_bundled_pack(nlp, text, None)
    assert found["$500 billion"].verdict == "contradicted"  # the pack's 2024 net sales: $638.0 billion
