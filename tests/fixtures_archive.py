"""A synthetic newsroom archive for the review app at scale: 1,000 articles, ~40,000 claims.

The figures are random but shaped like a real archive's: most claims unverifiable, a few
contradicted per article, a long tail of odd metric phrases the pipeline writes (".", "April",
"-mile project") among a few common ones, and some review decisions already recorded.
"""
from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from claimx.records import Article, Claim, Evidence, ReferenceValue
from claimx.store import ClaimStore

COMMON_METRICS = ["revenue", "profit", "sales", "jobs", "emissions", "budget", "spending", "population",
                  "share of sales", "growth", "capacity", "debt"]
ODD_METRICS = [".", "-mile project", "April", "the", "%", "Q3", "of it", "per cent", "2025", "a year"]
ENTITIES = [f"company-{n:03d}" for n in range(120)]
SUBJECTS = [f"Company {n}" for n in range(300)]


def build_archive(path: Path, *, articles: int = 1000, claims_per_article: int = 40, seed: int = 14) -> Path:
    """Write a store of `articles` articles with about `claims_per_article` claims each.

    path (Path): the db file to create.
    RETURNS (Path): the path.
    """
    rng = random.Random(seed)
    with ClaimStore(path) as store:
        for index in range(articles):
            sentences = []
            claims: list[Claim] = []
            text = ""
            count = max(1, int(rng.gauss(claims_per_article, 8)))
            article_id = f"archive/{2020 + index % 6}/story-{index:04d}.txt"
            for number in range(count):
                figure = f"${rng.randint(1, 999)}.{rng.randint(0, 9)} million"
                sentence = f"Company {number} reported {figure} in sales last year. "
                start = len(text) + sentence.index("$")
                text += sentence
                sentences.append(sentence)
                roll = rng.random()
                verdict = "contradicted" if roll < 0.05 else "unverifiable" if roll < 0.65 else "supported"
                odd = rng.random() < 0.08
                metric = rng.choice(ODD_METRICS) if odd else rng.choice(COMMON_METRICS)
                if rng.random() < 0.01:
                    metric = f"rare metric {rng.randint(0, 100000)}"
                entity = rng.choice(ENTITIES) if verdict != "unverifiable" else None
                evidence = (
                    Evidence(rule="none", note="no reference figure")
                    if verdict == "unverifiable"
                    else Evidence(
                        rule="direct",
                        reference=[ReferenceValue(entity=entity, metric=metric, period="FY2025", value=1e6, unit="USD",
                                                  source="annual report")],
                        expected=1e6, deviation=0.1, tolerance=0.01, tolerance_reason="stated to ±0.05e6",
                    )
                )
                claims.append(Claim(
                    id=f"{article_id}:{start}-{start + len(figure)}", article=article_id, text=figure, start=start,
                    end=start + len(figure), sentence=sentence.strip(), value=1e6, unit="USD", kind="amount",
                    subject=rng.choice(SUBJECTS), entity_id=entity, metric=metric, period="FY2025",
                    verdict=verdict, evidence=evidence,
                ))
            article = Article(id=article_id, text=text, title=f"Story {index}: business news of the day",
                              published=dt.date(2020 + index % 6, 1 + index % 12, 1 + index % 28))
            store.add_result(article, claims)
            if index % 4 == 0:
                for claim in rng.sample(claims, min(3, len(claims))):
                    store.add_decision(claim.id, rng.choice(["confirm", "reject"]), reviewer="ana")
    return path
