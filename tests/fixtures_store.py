"""Hand-made articles, checked claims and entities for the store and review-app tests.

The companies and figures are invented. Offsets are computed from the text, so the records
are consistent the way the pipeline's are: `article.text[claim.start:claim.end] == claim.text`.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from claimx.records import Article, Claim, Entity, Evidence, Mention, ReferenceValue

# The origin the review-app tests' client poses as (the CLI's default address).
REVIEW_ORIGIN = "http://127.0.0.1:8000"

NORTHWIND_TEXT = (
    "Northwind Foods reported revenue of $41.2 billion for fiscal 2025, up 12% from a year earlier.\n\n"
    "Its frozen division brought in $9.8 billion, about a quarter of the total, the company said. "
    "Northwind now runs 4,600 stores across the country.\n\n"
    "Analysts expect margins near 7% next year."
)
CONTOSO_TEXT = (
    "Contoso Energy said output rose to 1,250 MW in 2025.\n\n"
    "The utility spent $3.1 billion on new lines, it said on Tuesday."
)
HOSTILE_TEXT = (
    "Fabrikam <script>alert(1)</script> said sales reached $2 billion & more.\n\n"
    'A <img src=x onerror="alert(2)"> tag and </article> should show as text.'
)


def sentence_of(text: str, start: int, end: int) -> str:
    """Return the sentence around text[start:end], cut at '. ' or a blank line."""
    stop = text.rfind(". ", 0, start)
    left = max(stop + 2 if stop != -1 else 0, text.rfind("\n", 0, start) + 1)
    stops = [i for i in (text.find(". ", end), text.find("\n", end)) if i != -1]
    right = min(stops) + 1 if stops else len(text)
    return text[left:right].strip()


def claim_in(article: Article, quote: str, **fields: Any) -> Claim:
    """Build a claim on the first occurrence of `quote` in the article.

    article (Article): the article the claim is in.
    quote (str): the quantity as written.
    fields: the remaining Claim fields (value, unit, kind, verdict, evidence...).
    RETURNS (Claim): the claim with id, offsets and sentence filled in.
    """
    start = article.text.index(quote)
    end = start + len(quote)
    return Claim(
        id=f"{article.id}:{start}-{end}",
        article=article.id,
        text=quote,
        start=start,
        end=end,
        sentence=sentence_of(article.text, start, end),
        **fields,
    )


def evidence(expected: float, deviation: float, *, source: str = "Northwind 10-K FY2025", **fields: Any) -> Evidence:
    """Build direct-rule evidence against one reference figure."""
    return Evidence(
        rule="direct",
        reference=[
            ReferenceValue(
                entity=fields.pop("entity", "northwind"),
                metric=fields.pop("metric", "revenue"),
                period=fields.pop("period", "FY2025"),
                value=expected,
                unit=fields.pop("unit", "USD"),
                source=source,
            )
        ],
        computation=fields.pop("computation", None),
        expected=expected,
        deviation=deviation,
        tolerance=fields.pop("tolerance", 0.01),
        tolerance_reason=fields.pop("tolerance_reason", "exact figure: 1% for rounding"),
        **fields,
    )


def northwind() -> tuple[Article, list[Claim], list[Entity]]:
    """An article with one contradicted, two supported and two unverifiable claims."""
    article = Article(
        id="business/northwind-fy2025.txt",
        text=NORTHWIND_TEXT,
        path="archive/business/northwind-fy2025.txt",
        title="Northwind Foods posts record year",
        published=dt.date(2025, 11, 3),
    )
    claims = [
        claim_in(
            article,
            "$41.2 billion",
            value=41.2e9,
            unit="USD",
            kind="amount",
            subject="Northwind Foods",
            entity_id="northwind",
            metric="revenue",
            period="FY2025",
            verdict="contradicted",
            evidence=evidence(38.9e9, 0.0591, computation="41.2e9 / 38.9e9 - 1 = 0.059"),
        ),
        claim_in(
            article,
            "12%",
            value=12.0,
            unit="percent",
            kind="change",
            direction="up",
            subject="Northwind Foods",
            entity_id="northwind",
            metric="revenue",
            period="FY2025",
            verdict="supported",
            evidence=evidence(
                12.1, 0.008, unit="percent", computation="38.9e9 / 34.7e9 - 1 = 0.121", tolerance=0.05
            ),
        ),
        claim_in(
            article,
            "$9.8 billion",
            value=9.8e9,
            unit="USD",
            kind="amount",
            subject="frozen division",
            entity_id="northwind-frozen",
            metric="revenue",
            period="FY2025",
            verdict="supported",
            evidence=evidence(9.79e9, 0.001, entity="northwind-frozen"),
        ),
        claim_in(
            article,
            "4,600",
            value=4600.0,
            unit="count",
            kind="count",
            subject="Northwind Foods",
            entity_id="northwind",
            metric="stores",
            verdict="unverifiable",
            evidence=Evidence(rule="none", note="no reference figure for stores"),
        ),
        claim_in(
            article,
            "7%",
            value=7.0,
            unit="percent",
            kind="percentage",
            qualifier="approximate",
            lower=6.5,
            upper=7.5,
            subject="Northwind Foods",
            metric="margin",
            period="FY2026",
            verdict="unverifiable",
        ),
    ]
    entities = [
        Entity(
            id=f"{article.id}:ORG:Northwind Foods",
            article=article.id,
            name="Northwind Foods",
            label="ORG",
            mentions=[Mention(start=0, end=15, text="Northwind Foods")],
            claims=[claims[0].id, claims[1].id],
        )
    ]
    return article, claims, entities


def contoso() -> tuple[Article, list[Claim], list[Entity]]:
    """An article whose claims are all supported."""
    article = Article(
        id="energy/contoso.txt",
        text=CONTOSO_TEXT,
        title="Contoso Energy expands",
        published=dt.date(2025, 6, 1),
    )
    claims = [
        claim_in(
            article,
            "1,250 MW",
            value=1250.0,
            unit="megawatt",
            kind="physical",
            subject="Contoso Energy",
            entity_id="contoso",
            metric="capacity",
            period="2025",
            verdict="supported",
            evidence=evidence(1250.0, 0.0, entity="contoso", metric="capacity", unit="megawatt", source="Contoso annual report"),
        ),
        claim_in(
            article,
            "$3.1 billion",
            value=3.1e9,
            unit="USD",
            kind="amount",
            subject="Contoso Energy",
            entity_id="contoso",
            metric="capital expenditure",
            period="2025",
            verdict="supported",
            evidence=evidence(3.1e9, 0.0, entity="contoso", metric="capex", source="Contoso annual report"),
        ),
    ]
    return article, claims, []


def hostile() -> tuple[Article, list[Claim], list[Entity]]:
    """An article whose text, title and evidence carry HTML that must show as text."""
    article = Article(
        id="odd/<script>.txt",
        text=HOSTILE_TEXT,
        title="<script>alert('title')</script>",
        published=dt.date(2024, 1, 5),
        url="javascript:alert(3)",
    )
    claims = [
        claim_in(
            article,
            "$2 billion",
            value=2e9,
            unit="USD",
            kind="amount",
            subject="<b>Fabrikam</b>",
            metric="sales <i>total</i>",
            period="2023",
            verdict="contradicted",
            evidence=evidence(
                1.5e9,
                0.333,
                entity="fabrikam",
                source='<img src=x onerror="alert(4)">',
                computation="2e9 / 1.5e9 - 1 = <b>0.333</b>",
            ),
        )
    ]
    return article, claims, []


def sample_results() -> list[tuple[Article, list[Claim], list[Entity]]]:
    """The three sample articles, as the pipeline would hand them to the store."""
    return [northwind(), contoso(), hostile()]
