"""Session 29's verdict rules (claimx.check): made-up sentences in the shape of real market and results copy."""
from __future__ import annotations

import pytest
from fixtures_check import article_claims

from claimx.records import Claim


def _with_status(claim: Claim, status: str) -> Claim:
    return claim.model_copy(update={"frame": claim.frame.model_copy(update={"status": status})})


def test_another_days_move_takes_no_partner_of_another_status() -> None:
    # the frame calls today's move a market figure and "Friday's one per cent rally" a reported one: letting the
    # two statuses pair (tried this session) read the rally against today's 30.20 points and level, a false alarm
    from claimx.check.internal import check_internal

    article = ("The Corvex 50 closed up 30.20 points, or 0.5 per cent, at 5,753.85, extending Friday's one per cent "
               "rally.")
    move, share, level, rally = article_claims(
        article,
        ("30.20 points", 30.2, "index point", {"subject": "Corvex 50", "direction": "up", "kind": "change"}),
        ("0.5 per cent", 0.5, "percent", {"subject": "Corvex 50", "direction": "up", "kind": "change"}),
        ("5,753.85", 5753.85, "index point", {"subject": "Corvex 50"}),
        ("one per cent", 1.0, "percent", {"subject": "Corvex 50", "direction": "up", "kind": "change"}))
    claims = [_with_status(move, "market"), _with_status(share, "market"), _with_status(level, "market"), rally]
    found = check_internal(claims[3], claims)
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


@pytest.mark.parametrize("stated,verdict", [(1.16, "supported"), (2.16, "contradicted")])
def test_a_percentage_restated_as_the_amount_after_it(stated, verdict) -> None:
    from claimx.check.internal import check_internal

    article = f"The Corvex 50 closed up {stated:g}%, or 75.72 points, at 6,631 in London."
    claims = article_claims(
        article,
        (f"{stated:g}%", stated, "percent", {"subject": "Corvex 50", "direction": "up", "kind": "change"}),
        ("75.72 points", 75.72, "index point", {"subject": "Corvex 50", "direction": "up", "kind": "change"}),
        ("6,631", 6631.0, "index point", {"subject": "Corvex 50"}))
    found = check_internal(claims[0], claims)
    assert found is not None and found.verdict == verdict


def test_in_a_list_of_moves_a_percentage_takes_the_amount_it_restates_not_the_item_before() -> None:
    from claimx.check.internal import check_internal

    article = "Brindle rose 4.1%, or 47p, to 1,207p, and Corvan rose 3%, or 17.40p, to 606p."
    claims = article_claims(
        article,
        ("4.1%", 4.1, "percent", {"subject": "Brindle", "direction": "up", "kind": "change"}),
        ("47p", 0.47, "GBP", {"subject": "Brindle", "direction": "up", "kind": "change"}),
        ("1,207p", 12.07, "GBP", {"subject": "Brindle"}),
        ("3%", 3.0, "percent", {"subject": "Corvan", "direction": "up", "kind": "change"}),
        ("17.40p", 0.174, "GBP", {"subject": "Corvan", "direction": "up", "kind": "change"}),
        ("606p", 6.06, "GBP", {"subject": "Corvan"}))
    found = check_internal(claims[3], claims)
    assert found is not None and found.verdict == "supported" and found.evidence.computation.startswith("0.174 / (6.06")


def test_a_count_of_what_holds_a_share_is_no_part_of_the_whole() -> None:
    from claimx.check.internal import internal_share

    article = ("Veldra recorded an estimated 41 million cases in 2024. "
               "Twelve regions accounted for 88 percent of the cases, the report said.")
    claims = article_claims(
        article,
        ("an estimated 41 million", 41e6, "count", {"subject": "Veldra", "metric": "cases", "period": "2024"}),
        ("Twelve", 12.0, "count", {"subject": "Veldra", "metric": "regions", "period": "2024"}),
        ("88 percent", 88.0, "percent", {"subject": "Veldra", "metric": "share of cases", "period": "2024"}))
    found = internal_share(claims[2], claims)
    assert found is None or found.verdict != "contradicted"


def test_an_amount_before_a_share_of_spending_is_still_its_part() -> None:
    from claimx.check.internal import internal_share

    article = ("Day-to-day spending totals £24.6 billion. "
               "The schools budget rises 2.1% to £3.62 billion, leaving schools with 12% of day-to-day spending.")
    claims = article_claims(
        article,
        ("£24.6 billion", 24.6e9, "GBP", {"subject": "Ardmore", "metric": "day-to-day spending"}),
        ("2.1%", 2.1, "percent", {"subject": "Ardmore", "metric": "budget", "direction": "up", "kind": "change"}),
        ("£3.62 billion", 3.62e9, "GBP", {"subject": "Ardmore", "metric": "budget"}),
        ("12%", 12.0, "percent", {"subject": "Ardmore", "metric": "share of day-to-day spending"}))
    found = internal_share(claims[3], claims)
    assert found is not None and found.verdict == "contradicted"
