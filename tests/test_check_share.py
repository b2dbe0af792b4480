"""Share rule: a part's share of a whole, between a segment and its parent or between two measures."""
from __future__ import annotations

import datetime as dt

import pytest
from fixtures_check import PACK, PUBLISHED, article_claims, claim

from claimx.check.share import check_share, check_share_of_stated, split_share
from claimx.reference import load_pack

pack = load_pack(PACK)


@pytest.mark.parametrize("metric,parts", [
    ("share of total revenue", ("", "total revenue")),
    ("wage bill as a share of revenue", ("wage bill", "revenue")),
    ("electric share of the bus fleet", ("electric", "the bus fleet")),
    ("revenue", ("", "revenue")),
])
def test_check_share_splits_part_and_whole_words(metric: str, parts: tuple[str, str]) -> None:
    assert split_share(metric) == parts


@pytest.mark.parametrize("text,value,unit,qualifier,verdict", [
    ("two-fifths", 0.4, "ratio", "exact", "supported"),
    ("roughly 40%", 40.0, "percent", "approximate", "supported"),
    ("about a third", 0.3333, "ratio", "approximate", "contradicted"),
    ("more than a third", 0.3333, "ratio", "lower_bound", "supported"),
])
def test_check_share_segment_of_its_parent(text: str, value: float, unit: str, qualifier: str, verdict: str) -> None:
    share = claim(text, value, unit, qualifier=qualifier, lower=value if qualifier == "lower_bound" else None,
                  subject="Halvorsen Rail", metric="share of group revenue", period="FY2025")
    found = check_share(share, pack, PUBLISHED)
    assert found.verdict == verdict
    assert found.evidence.computation == "1.08e9 / 2.7e9 = 0.400"
    assert [r.entity for r in found.evidence.reference] == ["halvorsen-rail", "halvorsen"]


def test_check_share_between_two_measures_of_one_entity() -> None:
    margin = claim("12%", 12.0, "percent", subject="Halvorsen", metric="operating profit as a share of revenue")
    found = check_share(margin, pack, PUBLISHED)
    assert (found.verdict, found.evidence.computation) == ("supported", "324e6 / 2.7e9 = 0.120")


def test_check_share_of_another_named_entity() -> None:
    share = claim("about 60%", 60.0, "percent", qualifier="approximate", subject="Halvorsen Road",
                  metric="share of Halvorsen's revenue")
    assert check_share(share, pack, PUBLISHED).verdict == "supported"


def test_check_share_declines_without_a_whole() -> None:
    assert check_share(claim("a quarter", 0.25, "ratio", subject="Brightwater", metric="share of revenue"),
                       pack, PUBLISHED) is None


def test_check_share_of_a_whole_stated_in_the_sentence() -> None:
    text = "Group-wide costs came to $9 billion, and operating profit accounts for more than half of them."
    costs, half = article_claims(text, ("$9 billion", 9e9, "USD", {"subject": "Halvorsen", "metric": "group-wide costs"}),
                                 ("more than half", 0.5, "ratio", {"subject": "Halvorsen", "qualifier": "lower_bound",
                                                                   "lower": 0.5, "metric": "operating profit's share of group-wide costs"}))
    found = check_share_of_stated(half, pack, PUBLISHED, [costs, half])
    assert (found.verdict, found.evidence.computation) == ("contradicted", "324e6 / 9e9 = 0.036")
    assert found.evidence.related_claims == [costs.id]


@pytest.mark.parametrize("written,value,verdict", [("roughly 12%", 12.0, "supported"), ("roughly 20%", 20.0, "contradicted")])
def test_check_share_part_named_before_the_figure(written: str, value: float, verdict: str) -> None:
    # "share of revenue" names no part; the sentence's operating profit, just before it, is the part.
    text = f"Halvorsen's operating profit was $324 million, equivalent to {written} of its revenue."
    share = claim(written, value, "percent", qualifier="approximate", subject="Halvorsen", metric="share of revenue",
                  sentence=text)
    found = check_share(share, pack, PUBLISHED)
    assert (found.verdict, found.evidence.computation) == (verdict, "324e6 / 2.7e9 = 0.120")


@pytest.mark.parametrize("written,value,verdict", [("37.5%", 37.5, "supported"), ("40%", 40.0, "supported"),
                                                   ("45%", 45.0, "contradicted")])
def test_check_share_with_no_period_may_mean_the_year_under_way(written: str, value: float, verdict: str) -> None:
    # Published in February 2025: FY2024 (0.9 / 2.4) has ended, FY2025 (1.08 / 2.7) is under way.
    share = claim(written, value, "percent", subject="Halvorsen Rail", metric="share of group revenue")
    assert check_share(share, pack, dt.date(2025, 2, 1)).verdict == verdict


def test_check_share_an_average_is_no_whole() -> None:
    from claimx.check.context import is_average

    sentence = "Members spent £960 million in all, an average of about £48 million per club, and Tarrow's share was 5%."
    total = claim("£960 million", 960e6, "GBP", metric="spending", sentence=sentence)
    average = claim("about £48 million", 48e6, "GBP", metric="spending", sentence=sentence)
    stated = claim("about £48 million", 48e6, "GBP", metric="average spending", sentence="Spending averaged about £48 million.")
    assert [is_average(c) for c in (total, average, stated)] == [False, True, True]


@pytest.mark.parametrize("text,value,verdict", [("two-fifths", 0.4, "supported"), ("three-quarters", 0.75, "unverifiable")])
def test_check_share_of_the_total_takes_the_one_measure_part_and_whole_share(text: str, value: float, verdict: str) -> None:
    # "of the total" names no measure: Halvorsen Rail and Halvorsen share only revenue, so that is the
    # measure; inferred, it may support the share, never contradict it.
    share = claim(text, value, "ratio", subject="Halvorsen Rail", metric="share of total", period="FY2025")
    found = check_share(share, pack, PUBLISHED)
    assert (found.verdict, found.evidence.computation) == (verdict, "1.08e9 / 2.7e9 = 0.400")


@pytest.mark.parametrize("written,value,verdict", [("40%", 40.0, "supported"), ("55%", 55.0, "contradicted")])
def test_check_share_part_named_in_the_clause_under_the_groups_name(written: str, value: float, verdict: str):
    # the frame gives the group as subject; the clause names the one segment whose share it is
    sentence = f"Rail freight now makes up {written} of group revenue, the company said."
    c = claim(written, value, "percent", subject="Halvorsen", metric="share of group revenue", period="FY2025",
              sentence=sentence, start=sentence.index(written))
    found = check_share(c, pack, PUBLISHED)
    assert (found.verdict, found.evidence.computation) == (verdict, "1.08e9 / 2.7e9 = 0.400")


@pytest.mark.parametrize("written,value,verdict", [("two-fifths", 0.4, "supported"), ("three-quarters", 0.75, "contradicted")])
def test_check_share_part_named_right_after_the_figure(written: str, value: float, verdict: str) -> None:
    # "of it from the rail division": the one part of the subject named after the figure, before the comma
    sentence = f"Halvorsen booked revenue of $2.7 billion, {written} of it from the rail division, in fiscal 2025."
    c = claim(written, value, "ratio", subject="Halvorsen", metric="share of revenue", period="FY2025",
              sentence=sentence, start=sentence.index(written))
    found = check_share(c, pack, PUBLISHED)
    assert (found.verdict, found.evidence.computation) == (verdict, "1.08e9 / 2.7e9 = 0.400")


@pytest.mark.parametrize("written,value,verdict", [("two-fifths", 0.4, "supported"), ("three-quarters", 0.75, None)])
def test_check_share_with_a_carried_period_the_pack_lacks_may_only_support_in_the_latest(
        written: str, value: float, verdict: str) -> None:
    # the period "2025-05" came from elsewhere in the article: FY2025 (ended March 2025) may support, not contradict
    from claimx.records import PeriodFrame

    sentence = f"Rail freight makes up {written} of group revenue."
    c = claim(written, value, "ratio", subject="Halvorsen Rail", metric="share of group revenue", period="2025-05",
              sentence=sentence, start=sentence.index(written))
    c = c.model_copy(update={"frame": c.frame.model_copy(update={"period": PeriodFrame(value="2025-05", reason="article")})})
    found = check_share(c, pack, PUBLISHED)
    assert (found.verdict if found else None) == verdict



def test_check_share_below_one_never_takes_a_part_bigger_than_its_whole(tmp_path) -> None:
    # "share of matches won" read literally has "matches won" as the whole: 16 played / 14 won is no 87.5%
    from claimx.check import check_claims
    (tmp_path / "entities.csv").write_text("id,name,aliases,parent,kind\norla-venn,Orla Venn,Venn,,person\n")
    (tmp_path / "metrics.csv").write_text("id,unit,synonyms\nmatches_won,count,won|matches won|wins\n"
                                          "matches_played,count,matches|matches played\n")
    (tmp_path / "facts.csv").write_text(
        "entity,metric,period,start,end,value,unit,source\n"
        "orla-venn,matches_won,2026,2026-01-01,2026-02-15,14,count,test\n"
        "orla-venn,matches_played,2026,2026-01-01,2026-02-15,16,count,test\n")
    article = "Orla Venn has now won 14 of her 16 matches this year, a winning rate of 87.5%."
    claims = article_claims(article, ("14", 14.0, "count", {"subject": "Orla Venn", "metric": "matches won", "period": "2026"}),
                            ("16", 16.0, "count", {"subject": "Orla Venn", "metric": "matches played", "period": "2026"}),
                            ("87.5%", 87.5, "percent", {"subject": "Orla Venn", "metric": "share of matches won",
                                                         "period": "2026"}))
    checked = check_claims(claims, load_pack(tmp_path), published=dt.date(2026, 2, 16))
    assert checked[2].verdict != "contradicted", checked[2].evidence
