"""Tests for `claimx eval`: tables, the Markdown report, thresholds and errors."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimx.cli import app
from claimx.errors import ExitCode

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
BUNDLED = Path(__file__).resolve().parents[1] / "src" / "claimx" / "reference" / "bundled"  # the default pack
ARTICLE = "Harbourview Mall had 2,400 parking spaces in 2024.\n"
GOLD = {
    "article": "mall.txt",
    "published": "2025-03-01",
    "reference": "reference",
    "claims": [
        {"text": "2,400", "value": 2400, "unit": "count", "kind": "count", "subject": "Harbourview Mall",
         "metric": "parking spaces", "period": "2024", "verdict": "supported"},  # the pack cannot say so
        # Not a number at all: no extractor finds it, so recall is under 1 whatever the rules do.
        {"text": "Harbourview", "value": 1, "unit": "count", "verdict": "unverifiable"},
    ],
}


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A one-article corpus whose gold cannot be fully found."""
    for folder in ("articles", "gold"):
        (tmp_path / folder).mkdir()
    (tmp_path / "articles" / "mall.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "gold" / "mall.json").write_text(json.dumps(GOLD), encoding="utf-8")
    return tmp_path


def run(*args: str):
    return CliRunner().invoke(app, ["eval", *map(str, args)])


def test_cli_eval_prints_tables_and_writes_report(corpus: Path, tmp_path: Path):
    report = tmp_path / "eval.md"
    result = run(corpus / "gold", "--articles", corpus / "articles", "--reference", BUNDLED,
                 "--report", report)
    assert result.exit_code == ExitCode.OK, result.output
    assert "Extraction and verdicts" in result.output and "Field accuracy on matched claims" in result.output
    assert "mall" in result.output and "overall" in result.output
    text = report.read_text(encoding="utf-8")
    assert text.startswith("# claimx evaluation\n")
    assert "- **missed** `Harbourview`: 1 count" in text
    assert "| article | gold | found | missed | extra | recall | precision |" in text


@pytest.mark.parametrize("option,value,message", [
    ("--min-recall", "0.9", "recall 0.500 is under --min-recall 0.9"),
    ("--min-verdict", "0.5", "verdict accuracy 0.000 is under --min-verdict 0.5"),
])
def test_cli_eval_exits_5_under_threshold(corpus: Path, option: str, value: str, message: str):
    result = run(corpus, "--reference", BUNDLED, option, value)
    assert result.exit_code == ExitCode.BELOW_THRESHOLD
    assert message in result.output
    assert "Traceback" not in result.output


def test_cli_eval_passes_at_threshold(corpus: Path):
    result = run(corpus, "--reference", BUNDLED, "--min-recall", "0.5")
    assert result.exit_code == ExitCode.OK, result.output


@pytest.mark.parametrize("problem,code,message", [
    ("bad_gold", ExitCode.NO_INPUT, "not valid JSON"),
    ("no_source", ExitCode.NO_INPUT, "no such file or folder"),
    ("bad_reference", ExitCode.BAD_REFERENCE, "nowhere"),
])
def test_cli_eval_reports_bad_input_in_one_line(corpus: Path, problem: str, code: int, message: str):
    reference = BUNDLED
    if problem == "bad_gold":
        (corpus / "gold" / "mall.json").write_text("{oops", encoding="utf-8")
    source = corpus / "absent" if problem == "no_source" else corpus
    if problem == "bad_reference":
        reference = corpus / "nowhere"
    result = run(source, "--reference", reference)
    assert result.exit_code == code, result.output
    assert message in result.output
    assert "Traceback" not in result.output and len(result.output.strip().splitlines()) == 1


def test_cli_eval_corpus_meets_its_floor():
    result = run(CORPUS, "--min-recall", "0.97", "--min-precision", "0.97", "--min-verdict", "0.85")
    assert result.exit_code == ExitCode.OK, result.output
    assert "calder-bay-budget-2026" in result.output


def test_cli_eval_ablate_prints_what_each_feature_adds(corpus: Path):
    """`--ablate`: after the usual tables, one row with all features on and one per frame feature."""
    from claimx.frame.scoring import FEATURES

    result = run(corpus, "--reference", BUNDLED, "--ablate")
    assert result.exit_code == 0, result.output
    table = result.output[result.output.index("What each frame feature adds"):]
    assert "(all on)" in table
    for section, names in FEATURES.items():
        for name in names:
            assert name[:12] in table, name


def test_cli_eval_fit_weights_writes_a_weights_file(corpus: Path, tmp_path: Path):
    """`--fit-weights OUT`: a table of choices right before and after, and OUT a weights file the loader accepts."""
    from claimx.frame.scoring import FEATURES, read_weights

    out = tmp_path / "fitted.json"
    result = run(corpus, "--reference", BUNDLED, "--fit-weights", out)
    assert result.exit_code == 0, result.output
    assert "Fitted weights" in result.output
    fitted = read_weights(out)
    for section, names in FEATURES.items():
        assert set(fitted.of(section)) == set(names)
