"""Loading and validating reference packs: every problem named by file, line and cause."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from fixtures_check import PACK

from claimx.errors import ExitCode, ReferencePackError
from claimx.reference import default_pack_path, load_pack, validate_pack

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture
def pack(tmp_path: Path) -> Path:
    """A writable copy of the test pack."""
    return Path(shutil.copytree(PACK, tmp_path / "pack"))


def append(path: Path, line: str) -> None:
    with path.open("a", encoding="utf-8") as handle:
        handle.write(line + "\n")


def test_reference_loading_reads_entities_metrics_and_facts() -> None:
    loaded = load_pack(PACK)
    assert set(loaded.entities) == {"halvorsen", "halvorsen-rail", "halvorsen-road", "brightwater"}
    assert loaded.entities["halvorsen-rail"].aliases == ("rail division", "rail freight")
    assert loaded.entities["halvorsen-rail"].parent == "halvorsen"
    assert loaded.metrics["revenue"].unit == "USD"
    assert [f.period for f in loaded.facts_for("halvorsen-rail", "revenue")] == ["FY2024", "FY2025"]
    assert loaded.lineage("halvorsen-road") == ["halvorsen-road", "halvorsen"]


@pytest.mark.parametrize("edit,problem", [
    (lambda p: append(p / "facts.csv", "halvorsen,revenue,FY2023,2022-04-01,2023-03-31,n/a,USD,x"),
     "facts.csv line 17: value 'n/a' is not a number"),
    (lambda p: append(p / "facts.csv", "acme,revenue,FY2023,2022-04-01,2023-03-31,1,USD,x"),
     "facts.csv line 17: entity 'acme' is not in entities.csv"),
    (lambda p: append(p / "facts.csv", "halvorsen,profit,FY2023,2022-04-01,2023-03-31,1,USD,x"),
     "facts.csv line 17: metric 'profit' is not in metrics.csv"),
    (lambda p: append(p / "facts.csv", "halvorsen,revenue,FY2025,2024-04-01,2025-03-31,1,USD,x"),
     "facts.csv line 17: duplicates the fact on line 4 (halvorsen, revenue, FY2025)"),
    (lambda p: append(p / "facts.csv", "halvorsen,revenue,FY2023,2022-04-31,2023-03-31,1,USD,x"),
     "facts.csv line 17: start '2022-04-31' is not a date (YYYY-MM-DD)"),
    (lambda p: append(p / "facts.csv", "halvorsen,revenue,FY2023,2023-03-31,2022-04-01,1,USD,x"),
     "facts.csv line 17: start 2023-03-31 is after end 2022-04-01"),
    (lambda p: append(p / "facts.csv", "halvorsen,revenue,FY2023,2022-04-01,2023-03-31,1,EUR,x"),
     "facts.csv line 17: unit 'EUR' differs from metric revenue's unit 'USD'"),
    (lambda p: append(p / "entities.csv", "acme-rail,Acme Rail,,acme,segment"),
     "entities.csv line 6: parent 'acme' is not an entity id"),
    (lambda p: append(p / "metrics.csv", "revenue,USD,sales"),
     "metrics.csv line 7: id 'revenue' already defined on line 2"),
    (lambda p: (p / "facts.csv").write_text("entity,metric,period,start,end,unit,source\n"),
     "facts.csv: missing column 'value' (header is entity,metric,period,start,end,unit,source)"),
    (lambda p: (p / "metrics.csv").write_text(""), "metrics.csv: file is empty"),
    (lambda p: (p / "metrics.csv").write_text("id,unit,synonyms\n"), "metrics.csv: no rows after the header"),
    (lambda p: (p / "entities.csv").write_bytes(b"id,name,aliases,parent,kind\nx,Caf\xe9,,,\n"),
     "entities.csv: not UTF-8 text (byte 0xe9 at offset 33)"),
    (lambda p: (p / "entities.csv").unlink(), "entities.csv: file is missing"),
])
def test_reference_loading_names_file_line_and_problem(pack: Path, edit, problem: str) -> None:
    edit(pack)
    with pytest.raises(ReferencePackError) as raised:
        load_pack(pack)
    assert str(raised.value) == f"{pack}/{problem}"
    assert raised.value.exit_code == ExitCode.BAD_REFERENCE
    assert "\n" not in str(raised.value)


def test_reference_loading_validate_lists_every_problem(pack: Path) -> None:
    append(pack / "facts.csv", "halvorsen,revenue,FY2023,2022-04-01,2023-03-31,n/a,USD,x")
    append(pack / "facts.csv", "acme,revenue,FY2022,2021-04-01,2022-03-31,1,USD,x")
    assert validate_pack(pack) == [f"{pack}/facts.csv line 17: value 'n/a' is not a number",
                                   f"{pack}/facts.csv line 18: entity 'acme' is not in entities.csv"]


@pytest.mark.parametrize("target,problem", [
    ("missing", "reference pack folder does not exist"),
    ("facts.csv", "a reference pack is a folder of CSV files, not a file"),
])
def test_reference_loading_rejects_a_path_that_is_not_a_pack(pack: Path, target: str, problem: str) -> None:
    assert validate_pack(pack / target) == [f"{pack / target}: {problem}"]


def test_reference_loading_validate_is_empty_for_a_good_pack() -> None:
    assert validate_pack(PACK) == []


@pytest.mark.parametrize("folder", ["src/claimx/reference/bundled", "corpus/packs/newsdesk"])
def test_reference_loading_corpus_packs_are_valid(folder: str) -> None:
    assert validate_pack(REPO / folder) == []


def test_reference_loading_default_pack_is_the_bundled_package_data(monkeypatch) -> None:
    monkeypatch.delenv("CLAIMX_REFERENCE", raising=False)
    import claimx

    assert default_pack_path() == Path(claimx.__file__).parent / "reference" / "bundled"
    assert load_pack(default_pack_path()).facts


def test_reference_loading_default_pack_is_what_the_seed_gold_uses() -> None:
    # The corpus has no copy of the bundled pack: the seed article's gold names no pack, so it is checked against
    # the packaged default
    gold = json.loads((REPO / "corpus" / "gold" / "amazon-walmart-revenue.json").read_text(encoding="utf-8"))
    assert gold.get("reference") is None
    assert not (REPO / "corpus" / "reference").exists()


def test_reference_loading_default_pack_holds_only_real_reported_figures() -> None:
    # companies invented for the corpus live in its own packs (corpus/packs/), never in the pack users get
    pack = load_pack(default_pack_path())
    assert pack.facts and not [f for f in pack.facts if "FICTIONAL" in f.source.upper()]
    assert not [f for f in pack.facts if f.entity.startswith(("veltrana", "kuroda"))]


def test_reference_loading_default_pack_is_overridden_by_the_environment(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv("CLAIMX_REFERENCE", str(tmp_path))
    assert default_pack_path() == tmp_path
