"""The evidence panel's lead sentence: one table row per verdict rule (the evidence records are
shaped as `claimx.check` writes them today)."""
from __future__ import annotations

import pytest

from claimx.records import Claim, Evidence, ReferenceValue
from claimx.review.explain import explain, figure, readable

SENTENCE = "Veltrana said Services made €1.12 billion in 2025, almost a fifth of its sales."


def claim(text: str, value: float, unit: str, *, verdict: str = "contradicted", evidence: Evidence | None = None,
          start: int = 0, **fields) -> Claim:
    return Claim(id=f"a.txt:{start}-{start + len(text)}", article="a.txt", text=text, start=start,
                 end=start + len(text), sentence=fields.pop("sentence", SENTENCE), value=value, unit=unit,
                 kind=fields.pop("kind", "amount"), verdict=verdict, evidence=evidence, **fields)


def ref(entity: str, metric: str, period: str, value: float, unit: str, source: str = "Veltrana annual report 2025"):
    return ReferenceValue(entity=entity, metric=metric, period=period, value=value, unit=unit, source=source)


def ev(rule: str, expected: float, *, deviation: float = 0.15, tolerance: float = 0.01, refs=(), related=(),
       reason: str = "stated to ±0.005e9 (0.45%); margin 0.5%", note: str | None = None) -> Evidence:
    return Evidence(rule=rule, reference=list(refs), expected=expected, deviation=deviation, tolerance=tolerance,
                    tolerance_reason=reason, related_claims=list(related), note=note, computation="x")


# Partners that internal checks name by id.
A = claim("$2.1 billion", 2.1e9, "USD", verdict="supported", start=100)
B = claim("$1.4 billion", 1.4e9, "USD", verdict="supported", start=200)
C = claim("$0.5 billion", 0.5e9, "USD", verdict="supported", start=300)
KM = claim("4.8 km", 4.8, "kilometre", kind="physical", verdict="supported", start=400)
HA = claim("2,000 hectares", 2000.0, "hectare", kind="physical", verdict="supported", start=500)
PCT = claim("25%", 25.0, "percent", kind="percentage", verdict="supported", start=600)
RELATED = {c.id: c for c in (A, B, C, KM, HA, PCT)}

CASES = [
    (
        "direct",
        claim("€1.12 billion", 1.12e9, "EUR", subject="Services", metric="revenue", period="2025", entity_id="veltrana-services",
              evidence=ev("direct", 1.31e9, refs=[ref("veltrana-services", "revenue_eur", "FY2025", 1.31e9, "EUR")])),
        "Contradicted: the article puts Services' revenue for 2025 at “€1.12 billion”; Veltrana annual report 2025 gives "
        "€1.31 billion, 17% more — beyond the ±1% that the figure as written allows.",
    ),
    (
        "direct, supported with hedged wording",
        claim("about $41 billion", 41e9, "USD", subject="Northwind Foods", metric="revenue", period="FY2025",
              entity_id="northwind", verdict="supported", qualifier="approximate",
              evidence=ev("direct", 41.4e9, deviation=0.0097, tolerance=0.06, reason="stated to ±0.5e9 (1.22%); hedged wording ±5%; margin 0.5%",
                          refs=[ref("northwind", "revenue", "FY2025", 41.4e9, "USD", "Northwind 10-K")])),
        "Supported: the article puts Northwind Foods' revenue for FY2025 at “about $41 billion”; Northwind 10-K gives "
        "$41.4 billion, 0.98% more — within the ±6% that its hedged wording allows.",
    ),
    (
        "growth",
        claim("12%", 12.0, "percent", kind="change", direction="up", subject="Northwind Foods", metric="revenue",
              entity_id="northwind", verdict="supported",
              evidence=ev("growth", 12.1, deviation=0.008, tolerance=0.05, reason="stated to ±0.5 (4.17%); margin 0.5%",
                          refs=[ref("northwind", "revenue", "FY2024", 34.7e9, "USD", "10-K"), ref("northwind", "revenue", "FY2025", 38.9e9, "USD", "10-K")])),
        "Supported: the article puts Northwind Foods' revenue at “12%”; 10-K gives $34.7 billion for FY2024 and "
        "$38.9 billion for FY2025, a change of 12.1% — within the ±5% "
        "that the figure as written allows.",
    ),
    (
        "share",
        claim("almost a fifth", 0.2, "ratio", kind="ratio", qualifier="upper_bound", upper=0.2, subject="Services",
              metric="share of sales", entity_id="veltrana-services",
              evidence=ev("share", 0.1235, deviation=0.38, tolerance=0.1, reason="the wording sets bounds: the figure must be at most 0.2 (±10%)",
                          refs=[ref("veltrana-services", "revenue_eur", "FY2025", 1.12e9, "EUR"), ref("veltrana", "revenue_eur", "FY2025", 9.07e9, "EUR")])),
        "Contradicted: the article puts Services' share of sales at “almost a fifth”; Veltrana annual report 2025 gives "
        "€1.12 billion (Services revenue, FY2025) out of €9.07 billion (veltrana revenue, FY2025), a share of 12% "
        "— outside what its wording allows: at most 20%.",
    ),
    (
        "difference",
        claim("a gap of $4 billion", 4e9, "USD", subject="Amazon vs Walmart", metric="revenue gap", period="FY2025",
              evidence=ev("difference", 6.2e9, deviation=0.35, tolerance=0.13, reason="a number in words is coarse (±12%); margin 0.5%",
                          refs=[ref("amazon", "revenue", "FY2025", 716.9e9, "USD", "SEC"), ref("walmart", "revenue", "FY2025", 710.7e9, "USD", "SEC")])),
        "Contradicted: the article puts Amazon vs Walmart's revenue gap for FY2025 at “a gap of $4 billion”; SEC gives "
        "$717 billion for amazon and $711 billion for walmart, a gap of $6.2 billion (55% more than the article's "
        "figure) — beyond the ±13% that a figure written in words allows.",
    ),
    (
        "multiple",
        claim("three times", 3.0, "ratio", kind="multiple", subject="Amazon", metric="sales", period="FY2025",
              verdict="supported",
              evidence=ev("multiple", 2.95, deviation=0.017, tolerance=0.13, reason="a number in words is coarse (±12%); margin 0.5%",
                          refs=[ref("walmart", "sales", "FY2025", 240e9, "USD", "SEC"), ref("amazon", "sales", "FY2025", 708e9, "USD", "SEC")])),
        "Supported: the article puts Amazon's sales for FY2025 at “three times”; SEC gives $708 billion (amazon sales, FY2025) "
        "against $240 billion (walmart sales, FY2025), 2.95 times (1.7% less than the article's figure) — within the ±13% that a figure written in words allows.",
    ),
    (
        "rate",
        claim("£310 per resident", 310.0, "GBP", subject="Leeds", metric="spending per resident", period="2025",
              entity_id="leeds",
              evidence=ev("rate", 258.0, deviation=0.2, tolerance=0.02, reason="stated to ±0.5 (0.16%); margin 0.5%",
                          refs=[ref("leeds", "spending", "2025", 211e6, "GBP", "council budget"), ref("leeds", "population", "2025", 818000, "count", "ONS")])),
        "Contradicted: the article puts Leeds' spending per resident for 2025 at “£310 per resident”; council budget and ONS "
        "give £211 million (Leeds spending, 2025) over 818,000 (Leeds population, 2025), which is £258 (17% less than the "
        "article's figure) — beyond the ±2% that the figure as written allows.",
    ),
    (
        "internal_difference",
        claim("$0.9 billion", 0.9e9, "USD", metric="gap", evidence=ev("internal_difference", 0.7e9, related=[B.id, A.id],
                                                                       reason="stated to ±0.05e9 (5.56%); margin 0.5%; inputs rounded ±0.1e9")),
        "Contradicted: the article's own figures “$1.4 billion” and “$2.1 billion” differ by $0.7 billion, and it gives "
        "the gap as “$0.9 billion” (22% less than the article's figure) — beyond the ±1% that the figure as written "
        "allows, with the rounding of the figures it is computed from.",
    ),
    (
        "internal_change",
        claim("50%", 50.0, "percent", kind="change", direction="up", evidence=ev("internal_change", 50.0, deviation=0.0, tolerance=0.02,
                                                                                 related=[A.id, B.id], reason="stated to ±0.5 (1%); margin 0.5%; inputs rounded ±3.6"),
              verdict="supported"),
        "Supported: the article's own figures go from “$1.4 billion” to “$2.1 billion”, a change of 50%, and it says “50%” "
        "— within the ±2% that the figure as written allows, with the rounding of the figures it is computed from.",
    ),
    (
        "internal_scale_slip",
        claim("$1.75 trillion", 1.75e12, "USD", evidence=ev("internal_scale_slip", 1.75e9, deviation=999.0, tolerance=0.01,
                                                          related=[PCT.id, B.id], reason="stated to ±0.005e12 (0.29%); margin 0.2%")),
        "Contradicted: the article's change “25%”, with “$1.4 billion”, gives $1.8 billion for this figure, and it says "
        "“$1.75 trillion”: its scale word looks slipped (100% less than the article's figure) — beyond the ±1% that the "
        "figure as written allows.",
    ),
    (
        "internal_restated",
        claim("$2 billion", 2.0e9, "USD", verdict="supported",
              evidence=ev("internal_restated", 2.1e9, deviation=0.048, tolerance=0.26, related=[A.id],
                          reason="stated to ±0.5e9 (25%); margin 0.5%")),
        "Supported: the article states the same measure for the same period as “$2.1 billion”, more precisely, and it "
        "says “$2 billion” (5% more than the article's figure) — within the ±26% that the figure as written allows.",
    ),
    (
        "internal_restated_change",
        claim("20%", 20.0, "percent", verdict="supported",
              evidence=ev("internal_restated_change", 20.0, deviation=0.0, tolerance=0.025, related=[A.id],
                          reason="stated to ±0.5 (2.5%)")),
        "Supported: the article states the same change elsewhere, “$2.1 billion”, which its own figures bear out, and it "
        "says “20%” — within the ±2.5% that the figure as written allows.",
    ),
    (
        "internal_total",
        claim("$3.1 billion", 3.1e9, "USD", metric="total", evidence=ev("internal_total", 4.0e9, related=[A.id, B.id, C.id],
                                                                        reason="stated to ±0.05e9 (1.61%); margin 0.5%; parts rounded ±0.15e9")),
        "Contradicted: the parts the article lists (“$2.1 billion”, “$1.4 billion”, “$0.5 billion”) add up to $4.0 billion, "
        "and it gives the total as “$3.1 billion” (29% more than the article's figure) — beyond the ±1% that the figure "
        "as written allows, with the rounding of the figures it is computed from.",
    ),
    (
        "internal_share",
        claim("two-thirds", 66.7, "percent", kind="percentage", metric="share of spending",
              evidence=ev("internal_share", 66.7, deviation=0.0, tolerance=0.12, related=[B.id, A.id]), verdict="supported"),
        "Supported: “$1.4 billion” out of “$2.1 billion”, both in the article, is 67%, and it says “two-thirds” — within "
        "the ±12% that the figure as written allows.",
    ),
    (
        "internal_multiple",
        claim("three times", 3.0, "ratio", kind="multiple", evidence=ev("internal_multiple", 4.2, deviation=0.29, tolerance=0.13,
                                                                         related=[A.id, C.id])),
        "Contradicted: “$2.1 billion” is 4.2 times “$0.5 billion” in the article's own figures, and it says “three times” "
        "(40% more than the article's figure) — beyond the ±13% that the figure as written allows.",
    ),
    (
        "internal_portion",
        claim("$0.6 billion", 0.6e9, "USD", evidence=ev("internal_portion", 0.525e9, deviation=0.14, tolerance=0.09,
                                                         related=[PCT.id, A.id])),
        "Contradicted: “25%” of “$2.1 billion”, both in the article, is $0.53 billion, and it says “$0.6 billion” "
        "(12% less than the article's figure) — beyond the ±9% that the figure as written allows.",
    ),
    (
        "internal_per_unit",
        claim("7.5 tonnes a hectare", 7.5, "tonne", kind="physical", verdict="supported",
              evidence=ev("internal_per_unit", 7.4, deviation=0.013, tolerance=0.07, related=[KM.id, HA.id])),
        "Supported: “4.8 km” over “2,000 hectares”, both in the article, is 7.4 tonnes a hectare, and it says “7.5 tonnes a hectare” "
        "(1.3% less than the article's figure) — within the ±7% that the figure as written allows.",
    ),
    (
        "internal_rate",
        claim("300 metres a year", 300.0, "metre", kind="physical", verdict="supported",
              evidence=Evidence(rule="internal_rate", expected=320.0, deviation=0.0625, tolerance=0.07,
                                tolerance_reason="stated to ±50 (16.7%); total rounded ±6.67 a year",
                                computation="4.8 kilometre / 15 years = 320 metre a year", related_claims=[KM.id])),
        "Supported: the article's total “4.8 km” over 15 years comes to 320 metres a year, and it says “300 metres a year” "
        "(6.7% more than the article's figure) — within the ±7% that the figure as written allows, with the rounding "
        "of the figures it is computed from.",
    ),
    (
        "none",
        claim("4,600", 4600.0, "count", kind="count", verdict="unverifiable",
              evidence=Evidence(rule="none", note="no entity in the pack matches the subject 'Northwind'")),
        "Unverifiable: no entity in the pack matches the subject 'Northwind'.",
    ),
    (
        "guarded: a contradiction downgraded to unverifiable",
        claim("$41.2 billion", 41.2e9, "USD", subject="Northwind", metric="online revenue", verdict="unverifiable",
              evidence=ev("direct", 38.9e9, deviation=0.059, refs=[ref("northwind", "revenue", "FY2025", 38.9e9, "USD", "10-K")],
                          note="the pack's figure differs, but the claim's words (online) suggest it measures something the pack's metric does not")),
        "Unverifiable: the article puts Northwind's online revenue at “$41.2 billion”; 10-K gives $38.9 billion, 5.6% less "
        "— beyond the ±1% that the figure as written allows; not counted as a contradiction, because the claim's words "
        "(online) suggest it measures something the pack's metric does not.",
    ),
]


@pytest.mark.parametrize("case,record,expected", CASES, ids=[case[0] for case in CASES])
def test_review_explain_leads_with_one_plain_sentence(case, record, expected):
    sentence = explain(record, RELATED)
    assert sentence == expected
    # No rule names, pack-id notation or e-notation reach the journalist.
    assert "e9" not in sentence and "_" not in sentence and "·" not in sentence


def test_review_explain_covers_every_rule_the_checker_writes():
    import re
    from pathlib import Path

    import claimx.check as check

    written = set()
    for module in Path(check.__file__).parent.glob("*.py"):
        written |= set(re.findall(r'"((?:internal_)?[a-z_]+)"', module.read_text()))
    rules = {"direct", "growth", "share", "difference", "multiple", "rate"} | {r for r in written if r.startswith("internal_")}
    covered = {case[1].evidence.rule for case in CASES}
    assert rules <= covered, rules - covered


@pytest.mark.parametrize(
    "value,unit,like,expected",
    [
        (38.9e9, "USD", claim("$41.2 billion", 41.2e9, "USD"), "$38.9 billion"),
        (1.31e9, "EUR", claim("€1.12bn", 1.12e9, "EUR"), "€1.31bn"),
        (41.24e9, "USD", claim("$41.2 billion", 41.2e9, "USD"), "$41.24 billion"),
        (211.111111e6, "tonne", claim("200 million tonnes", 200e6, "tonne", kind="physical"), "211 million tonnes"),
        (12.1, "percent", claim("12%", 12.0, "percent"), "12.1%"),
        (0.1235, "ratio", claim("almost a fifth", 0.2, "ratio"), "12%"),
        (4612.0, "count", claim("4,600", 4600.0, "count"), "4,612"),
        (300e6, "count", claim("hundreds of millions", 3e8, "count"), "300 million"),
        (2.31, "ratio", claim("more than doubling", 2.0, "ratio", kind="multiple"), "2.3 times"),
    ],
)
def test_review_figures_are_written_like_the_article(value, unit, like, expected):
    assert figure(value, unit, like) == expected


def test_review_computations_lose_their_e_notation():
    assert readable("1.12e9 / 9.07e9 = 0.123") == "1.12 billion / 9.07 billion = 0.123"
    assert readable("211.111111e6 tonne a year") == "211.1 million tonne a year"
