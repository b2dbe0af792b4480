"""Specifications of the Label Studio export: tasks with span predictions, and the config."""
from __future__ import annotations

import io
import json
import xml.etree.ElementTree as ET

import pytest

from claimx import __version__
from claimx.export import ExportFilter, select
from claimx.export.labelstudio import KINDS, VERDICTS, labelling_config, python_index, utf16_offset, write_labelstudio


def tasks(store, selection: ExportFilter = ExportFilter()) -> list[dict]:
    """Write the Label Studio export of `store` and parse it back."""
    out = io.StringIO()
    write_labelstudio(select(store, selection), out)
    return json.loads(out.getvalue())


def test_labelstudio_one_task_per_article_with_its_text(sample_store):
    written = tasks(sample_store)
    assert [t["data"]["article"] for t in written] == ["business/northwind-fy2025.txt", "energy/contoso.txt", "odd/<script>.txt"]
    assert written[0]["data"]["text"] == sample_store.article("business/northwind-fy2025.txt").text
    assert written[0]["predictions"][0]["model_version"] == f"claimx {__version__}"


def test_labelstudio_predictions_are_spans_labelled_by_kind_and_verdict(sample_store):
    task = tasks(sample_store, ExportFilter(article="business/northwind-fy2025.txt"))[0]
    text = task["data"]["text"]
    result = task["predictions"][0]["result"]
    kinds = [r for r in result if r["from_name"] == "kind"]
    verdicts = {r["id"]: r["value"]["labels"][0] for r in result if r["from_name"] == "verdict"}
    assert [r["value"]["text"] for r in kinds] == ["$41.2 billion", "12%", "$9.8 billion", "4,600", "7%"]
    for region in kinds:
        value = region["value"]
        assert region["to_name"] == "text" and region["type"] == "labels"
        assert text[value["start"]:value["end"]] == value["text"]
        assert value["labels"][0] in KINDS
    assert verdicts[kinds[0]["id"]] == "contradicted"
    subject = next(r for r in result if r["from_name"] == "subject" and r["id"] == kinds[0]["id"])
    assert subject["type"] == "textarea" and subject["value"]["text"] == ["Northwind Foods"]


def test_labelstudio_predicted_verdict_is_the_final_one(sample_store):
    claim = sample_store.claims(article="business/northwind-fy2025.txt")[0].claim
    sample_store.add_decision(claim.id, "reject", reviewer="ana")
    result = tasks(sample_store, ExportFilter(article=claim.article))[0]["predictions"][0]["result"]
    assert [r["value"]["labels"] for r in result if r["from_name"] == "verdict"][0] == ["unverifiable"]


def test_labelstudio_config_names_every_label_the_tasks_use(sample_store):
    root = ET.fromstring(labelling_config())
    labels = {c.get("name"): [l.get("value") for l in c] for c in root.iter("Labels")}
    assert labels == {"kind": list(KINDS), "verdict": list(VERDICTS)}
    assert [t.get("name") for t in root.iter("Text")] == ["text"]
    areas = {a.get("name") for a in root.iter("TextArea")}
    for task in tasks(sample_store):
        for region in task["predictions"][0]["result"]:
            assert region["to_name"] == "text"
            if region["type"] == "labels":
                assert region["value"]["labels"][0] in labels[region["from_name"]]
            else:
                assert region["from_name"] in areas


@pytest.mark.parametrize(
    "text,index,offset",
    [("abc", 2, 2), ("a😀b", 1, 1), ("a😀b", 2, 3), ("a😀b", 3, 4), ("😀😀x", 2, 4), ("é€", 2, 2)],
)
def test_labelstudio_offsets_count_utf16_code_units(text, index, offset):
    assert utf16_offset(text, index) == offset
    assert python_index(text, offset) == index


def test_labelstudio_offset_inside_a_surrogate_pair_is_refused():
    assert python_index("a😀b", 2) is None
    assert python_index("abc", 4) is None
