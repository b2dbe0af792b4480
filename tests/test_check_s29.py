"""Session 29's verdict rules (claimx.check): made-up sentences in the shape of real market and results copy."""
from __future__ import annotations

import pytest
from fixtures_check import article_claims

from claimx.check.internal import check_internal
from claimx.records import Claim


def _with_status(claim: Claim, status: str) -> Claim:
    return claim.model_copy(update={"frame": claim.frame.model_copy(update={"status": status})})


@pytest.mark.parametrize("stated,verdict", [(1.2, "supported"), (2.2, "contradicted")])
def test_a_market_move_is_checked_against_the_level_it_moved_to_whatever_its_status(stated, verdict) -> None:
    # the frame may call the move a market figure and the level it reached a reported one: both are what the index did
    article = f"The Corvex 50 index gained 120.5 points or {stated:g} per cent to 10,162.4 points in early trade."
    move, share, level = article_claims(
        article,
        ("120.5 points", 120.5, "index point", {"subject": "Corvex 50", "direction": "up", "kind": "change"}),
        (f"{stated:g} per cent", stated, "percent", {"subject": "Corvex 50", "direction": "up", "kind": "change"}),
        ("10,162.4 points", 10162.4, "index point", {"subject": "Corvex 50"}))
    claims = [_with_status(move, "market"), _with_status(share, "market"), _with_status(level, "reported")]
    found = check_internal(claims[1], claims)
    assert found is not None and found.verdict == verdict


def test_an_analysts_estimate_is_still_no_partner_of_a_reported_change() -> None:
    article = "Revenue rose 30% to $2.6 billion, against analysts' forecasts of $2.1 billion."
    change, level, estimate = article_claims(
        article,
        ("30%", 30.0, "percent", {"subject": "Brindle", "metric": "revenue", "direction": "up", "kind": "change"}),
        ("$2.6 billion", 2.6e9, "USD", {"subject": "Brindle", "metric": "revenue"}),
        ("$2.1 billion", 2.1e9, "USD", {"subject": "Brindle", "metric": "revenue"}))
    claims = [change, _with_status(level, "estimate"), _with_status(estimate, "estimate")]
    found = check_internal(claims[0], claims)
    assert found is None or found.verdict != "contradicted"


@pytest.mark.parametrize("sentence,value,verdict", [
    ("Halvorsen Rail and Halvorsen Road together booked revenue of $2.7 billion in fiscal 2025.", 2.7e9, "supported"),
    ("Halvorsen Rail and Halvorsen Road together booked revenue of $3.1 billion in fiscal 2025.", 3.1e9, "contradicted"),
    # no total word: the figure may be either one's, or something else
    ("Halvorsen Rail and Halvorsen Road booked revenue of $2.7 billion in fiscal 2025.", 2.7e9, "unverifiable"),
    # a comparison of the two is no sum
    ("Halvorsen Rail vs Halvorsen Road: a combined $2.7 billion of revenue in fiscal 2025.", 2.7e9, "unverifiable")])
def test_a_subject_joining_entities_with_a_total_word_states_their_sum(sentence, value, verdict) -> None:
    from fixtures_check import PACK, PUBLISHED, claim

    from claimx.check.direct import check_direct
    from claimx.reference import load_pack

    subject = sentence.split(" together")[0].split(" booked")[0].split(":")[0]
    text = f"${value / 1e9:g} billion"
    made = claim(text, value, subject=subject, metric="revenue", period="FY2025", sentence=sentence)
    found = check_direct(made, load_pack(PACK), PUBLISHED)
    assert found.verdict == verdict, found.evidence


@pytest.mark.parametrize("article,share,verdict", [
    ("Over his career Dalgren has won 312 of his 480 tour-level matches, about 65%.", 65.0, "supported"),
    ("Over his career Dalgren has won 312 of his 480 tour-level matches, about 75%.", 75.0, "contradicted"),
    ("He has won 12 of his 15 matches this year, a winning rate of 80%, the best of his career.", 80.0, "supported"),
    # a share followed by "of" is of what it names, not the count restated
    ("He has won 12 of his 15 matches this year, 50% of them on clay.", 50.0, None)])
def test_a_count_of_a_whole_restated_as_a_share_by_apposition(article, share, verdict) -> None:
    from claimx.check.internal import internal_share_restated

    part, whole = article.split(" of his ")[0].split()[-1], article.split(" of his ")[1].split()[0]
    text = article.split(", ")[1].split(" of them")[0].split(" a winning rate of ")[-1].rstrip(".")
    claims = article_claims(
        article,
        (part, float(part), "count", {"subject": "Dalgren", "metric": "matches won"}),
        (whole, float(whole), "count", {"subject": "Dalgren", "metric": "matches"}),
        (text, share, "percent", {"subject": "Dalgren", "qualifier": "approximate" if "about" in text else "exact"}))
    found = internal_share_restated(claims[2], claims)
    assert (found.verdict if found else None) == verdict


@pytest.mark.parametrize("multiple,value,verdict", [("nearly twice", 2.0, "supported"),
                                                    ("three times", 3.0, "contradicted")])
def test_a_multiple_linked_to_its_base_by_as_many_as(multiple, value, verdict) -> None:
    from claimx.check.internal import internal_multiple

    article = f"Marek served 9 aces but made 46 double faults, {multiple} as many as his opponent's 24."
    claims = article_claims(
        article,
        ("9", 9.0, "count", {"subject": "Marek", "metric": "aces"}),
        ("46", 46.0, "count", {"subject": "Marek", "metric": "double faults"}),
        (multiple, value, "ratio", {"subject": "Marek", "metric": "double faults", "kind": "multiple",
                                    "qualifier": "approximate" if "nearly" in multiple else "exact"}),
        ("24", 24.0, "count", {"subject": "Marek", "metric": "double faults"}))
    found = internal_multiple(claims[2], claims)
    assert found is not None and found.verdict == verdict


@pytest.mark.parametrize("article", [
    "Total revenue increased 16.4% year over year to $832.2 million from $714.7 million.",
    "Operating costs increased 11.2% from the prior-year period to $709.8 million from $638.2 million."])
def test_a_to_figure_is_the_new_level_whatever_base_cue_stands_before_it(article) -> None:
    from claimx.check.internal import internal_change

    texts = [w.rstrip(".") for w in article.split() if w[0] in "$" or w.endswith("%")]
    pct, new, old = texts[0], texts[1] + " million", texts[2] + " million"
    claims = article_claims(
        article,
        (pct, float(pct.rstrip("%")), "percent", {"subject": "Brindle", "direction": "up", "kind": "change"}),
        (new, float(new.split()[0].lstrip("$")) * 1e6, "USD", {"subject": "Brindle"}),
        (old, float(old.split()[0].lstrip("$")) * 1e6, "USD", {"subject": "Brindle"}))
    found = internal_change(claims[0], claims)
    assert found is not None and found.verdict == "supported", found
