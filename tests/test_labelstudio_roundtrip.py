"""Specifications of the Label Studio round trip: export tasks, edit them as an annotator would,
import them with `claimx corpus import-labelstudio`, get corpus gold files back."""
from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path

import pytest
from fixtures_store import claim_in, sample_results
from typer.testing import CliRunner

from claimx.cli import app
from claimx.errors import ExitCode
from claimx.records import Article
from claimx.store import ClaimStore

EMOJI = Article(
    id="sport/rovers.txt",
    text="Fans 🎉 packed the ground: 31,000 came on Saturday. The stand holds 31,000 seats, up 5% on 2024.",
    published=dt.date(2025, 5, 26),
)


@pytest.fixture
def roundtrip_db(db_path: Path) -> Path:
    """The three sample articles plus one with an emoji before its claims."""
    with ClaimStore(db_path) as store:
        for article, claims, entities in sample_results():
            store.add_result(article, claims, entities)
        crowd = claim_in(EMOJI, "31,000", value=31000.0, unit="count", kind="count", subject="Rovers",
                         metric="attendance", verdict="unverifiable")
        store.add_result(EMOJI, [crowd])
    return db_path


def exported(db: Path, folder: Path) -> list[dict]:
    """Run `claimx export --format labelstudio` and return the tasks."""
    result = CliRunner().invoke(app, ["export", "--db", str(db), "--format", "labelstudio", "-o", str(folder / "tasks.json")])
    assert result.exit_code == 0, result.output
    assert (folder / "tasks.config.xml").exists()
    return json.loads((folder / "tasks.json").read_text(encoding="utf-8"))


def annotate(task: dict) -> list[dict]:
    """Start an annotation from the task's prediction, as Label Studio does when accepting it."""
    result = copy.deepcopy(task["predictions"][0]["result"])
    for item in result:
        item.pop("origin", None)
    task["annotations"] = [{"id": 1, "was_cancelled": False, "updated_at": "2026-01-10T09:00:00Z", "result": result}]
    return result


def region(rid: str, text: str, quote: str, nth: int = 1, **labels: str) -> list[dict]:
    """Result items for a span an annotator draws, offsets in UTF-16 code units."""
    index = -1
    for _ in range(nth):
        index = text.index(quote, index + 1)
    start = len(text[:index].encode("utf-16-le")) // 2
    span = {"start": start, "end": start + len(quote.encode("utf-16-le")) // 2, "text": quote}
    return [{"id": rid, "from_name": name, "to_name": "text", "type": "labels", "value": {**span, "labels": [label]}}
            for name, label in labels.items()]


def relabel(result: list[dict], quote: str, name: str, label: str) -> None:
    """Change the `name` label of the region whose text is `quote`."""
    item = next(r for r in result if r["from_name"] == name and r["value"]["text"] == quote)
    item["value"]["labels"] = [label]


def import_gold(export: Path, gold: Path, *extra: str):
    return CliRunner().invoke(app, ["corpus", "import-labelstudio", str(export), "-o", str(gold), *extra])


def test_labelstudio_roundtrip_gives_corpus_gold(roundtrip_db, tmp_path):
    tasks = exported(roundtrip_db, tmp_path)
    by_article = {t["data"]["article"]: t for t in tasks}
    northwind = by_article["business/northwind-fy2025.txt"]
    result = annotate(northwind)
    text = northwind["data"]["text"]
    deleted = next(r["id"] for r in result if r["value"]["text"] == "4,600")
    result[:] = [r for r in result if r["id"] != deleted]  # deleted: not a claim
    result += region("new1", text, "about a quarter", kind="ratio", verdict="supported")  # added
    relabel(result, "12%", "verdict", "contradicted")  # relabelled
    relabel(result, "7%", "kind", "change")
    rovers = by_article["sport/rovers.txt"]
    rovers_result = annotate(rovers)
    rovers_result += region("new2", rovers["data"]["text"], "31,000", nth=2, kind="count", verdict="unverifiable")
    rovers_result += region("new3", rovers["data"]["text"], "5%", kind="change")
    rovers_result.append({"id": "new3", "from_name": "value", "to_name": "text", "type": "textarea",
                          "value": {"text": ["5.0"]}})  # a typed value, carried by the region id only
    by_article["energy/contoso.txt"]["annotations"] = [{"id": 2, "was_cancelled": True, "result": []}]
    (tmp_path / "edited.json").write_text(json.dumps(tasks), encoding="utf-8")

    outcome = import_gold(tmp_path / "edited.json", tmp_path / "gold", "--articles", str(tmp_path / "articles"))

    assert outcome.exit_code == 0, outcome.output
    assert "2 task(s) without an annotation skipped" in outcome.output
    assert outcome.output.endswith(f"2 gold file(s), 8 claim(s) written to {tmp_path / 'gold'}\n")
    gold = json.loads((tmp_path / "gold" / "business" / "northwind-fy2025.json").read_text(encoding="utf-8"))
    assert gold["article"] == "business/northwind-fy2025.txt"
    assert gold["published"] == "2025-11-03"
    claims = {c["text"]: c for c in gold["claims"]}
    assert list(claims) == ["$41.2 billion", "12%", "$9.8 billion", "about a quarter", "7%"]
    assert claims["$41.2 billion"] == {
        "text": "$41.2 billion", "value": 41.2e9, "unit": "USD", "qualifier": "exact", "kind": "amount",
        "subject": "Northwind Foods", "metric": "revenue", "period": "FY2025", "verdict": "contradicted",
        "basis": "direct: 41.2e9 / 38.9e9 - 1 = 0.059"}
    assert claims["about a quarter"] == {"text": "about a quarter", "value": 0.25, "unit": "ratio",
                                         "qualifier": "approximate", "kind": "ratio", "verdict": "supported"}
    assert claims["12%"]["verdict"] == "contradicted"
    assert claims["7%"]["kind"] == "change"
    assert gold["not_claims"] == ["4,600 (predicted by claimx, removed by the annotator)"]
    rovers_gold = json.loads((tmp_path / "gold" / "sport" / "rovers.json").read_text(encoding="utf-8"))
    assert [(c["text"], c.get("nth"), c["value"], c["unit"]) for c in rovers_gold["claims"]] == [
        ("31,000", None, 31000.0, "count"), ("31,000", 2, 31000.0, "count"), ("5%", None, 5.0, "percent")]
    assert (tmp_path / "articles" / "sport" / "rovers.txt").read_text(encoding="utf-8") == EMOJI.text
    assert not (tmp_path / "gold" / "energy").exists()


def test_labelstudio_roundtrip_unedited_tasks_keep_every_claim(roundtrip_db, tmp_path):
    tasks = exported(roundtrip_db, tmp_path)
    for task in tasks:
        annotate(task)
    (tmp_path / "accepted.json").write_text(json.dumps(tasks), encoding="utf-8")
    assert import_gold(tmp_path / "accepted.json", tmp_path / "gold").exit_code == 0
    with ClaimStore(roundtrip_db, create=False) as store:
        for row in store.claims():
            claim = row.claim
            gold = json.loads((tmp_path / "gold" / Path(claim.article).with_suffix(".json")).read_text(encoding="utf-8"))
            match = [c for c in gold["claims"] if c["text"] == claim.text]
            assert any((c["value"], c["kind"], c.get("verdict")) == (claim.value, claim.kind, claim.verdict)
                       for c in match), claim.id
            # Units are re-read by the grammar, which writes physical units as symbols ("MW").
            assert any(c["unit"] == claim.unit for c in match) or claim.kind == "physical", claim.id
            assert gold["not_claims"] == []


def write(tmp_path: Path, content) -> Path:
    path = tmp_path / "export.json"
    path.write_text(content if isinstance(content, str) else json.dumps(content), encoding="utf-8")
    return path


TEXT = "Sales rose 12% to $4 billion."


def task_with(*result: dict, **data) -> list[dict]:
    return [{"data": {"text": TEXT, "article": "a.txt", **data}, "annotations": [{"result": list(result)}]}]


def span(start: int, end: int, **extra) -> dict:
    return {"id": "r", "from_name": "kind", "to_name": "text", "type": "labels",
            "value": {"start": start, "end": end, "text": TEXT[start:end], "labels": ["change"], **extra}}


@pytest.mark.parametrize(
    "content,problem",
    [
        ("{not json", "not JSON (Expecting property name enclosed in double quotes at line 1)"),
        ({"tasks": []}, "expected a JSON list of tasks (Label Studio's JSON export)"),
        ([{"annotations": []}], "task 1: not a task object with 'data'"),
        ([{"data": {"article": "a.txt"}, "annotations": []}], "task 1: data.text (the article text) is missing"),
        (task_with(span(11, 14, labels=["rumour"])),
         "task 1: result 1: unknown kind 'rumour'; expected one of amount, percentage, percentage_points, count, ratio, multiple, change, physical"),
        (task_with(span(11, 99)), "task 1: result 1: span 11-99 is not inside the article text"),
        (task_with(span(11, 14, text="13%")), "task 1: result 1: span 11-14 holds '12%' but the annotation says '13%'"),
        (task_with(span(11, 14), article="../../etc/x.txt"), "task 1: article name '../../etc/x.txt' is not a relative file name"),
        (task_with(span(0, 5)), "task 1: region 0-5: no quantity in 'Sales'; type its value and unit in the region's fields"),
        (task_with({"id": "r", "from_name": "kind", "type": "labels"}), "task 1: result 1: not a result object with 'value'"),
    ],
)
def test_labelstudio_roundtrip_malformed_export_is_a_one_line_error(tmp_path, content, problem):
    path = write(tmp_path, content)
    outcome = import_gold(path, tmp_path / "gold")
    assert outcome.exit_code == ExitCode.NO_INPUT
    assert outcome.output == f"claimx: error: {path}: {problem}\n"
    assert not (tmp_path / "gold").exists()


def test_labelstudio_roundtrip_missing_export_is_a_one_line_error(tmp_path):
    outcome = import_gold(tmp_path / "nope.json", tmp_path / "gold")
    assert outcome.exit_code == ExitCode.NO_INPUT
    assert outcome.output == f"claimx: error: {tmp_path / 'nope.json'}: no such file\n"
