"""A run never reads its own output: an output file inside an input folder is skipped, with a note."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimx.cli import app
from claimx.reader import OwnOutput

runner = CliRunner()
TEXT = "Acme Corp said revenue rose 12% to $19 million.\n"


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    folder = tmp_path / "archive"
    folder.mkdir()
    (folder / "acme.txt").write_text(TEXT, encoding="utf-8")
    return folder


def _articles(jsonl: str) -> set[str]:
    return {json.loads(line)["article"] for line in jsonl.splitlines() if line.strip()}


def test_cli_own_output_the_o_file_in_the_input_folder_is_not_read(archive):
    out = archive / "out.jsonl"
    # Left over from an earlier run: records have a `text` field, so they read as articles.
    out.write_text(json.dumps({"id": "old", "text": "Old Corp earned $5 million."}) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(archive), "--format", "jsonl", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert f"claimx: skipped {out}: it is this run's output" in result.stderr.splitlines()
    assert _articles(out.read_text(encoding="utf-8")) == {"acme.txt"}


def test_cli_own_output_check_skips_its_o_file_too(archive):
    out = archive / "checked.json"
    out.write_text(json.dumps({"text": "Old Corp earned $5 million."}), encoding="utf-8")
    result = runner.invoke(app, ["check", str(archive), "--no-reference", "--format", "jsonl", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert f"claimx: skipped {out}: it is this run's output" in result.stderr.splitlines()
    assert _articles(out.read_text(encoding="utf-8")) == {"acme.txt"}


def test_cli_own_output_a_redirected_stdout_in_the_input_folder_is_not_read(archive):
    out = archive / "out.jsonl"
    with open(out, "w", encoding="utf-8") as stdout:  # as `claimx extract archive/ --format jsonl > archive/out.jsonl`
        done = subprocess.run([sys.executable, "-c", "from claimx.cli import main; main()",
                               "extract", str(archive), "--format", "jsonl"],
                              stdout=stdout, stderr=subprocess.PIPE, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert f"claimx: skipped {out}: it is this run's output" in done.stderr.splitlines()
    assert _articles(out.read_text(encoding="utf-8")) == {"acme.txt"}


def test_cli_own_output_other_files_are_read(tmp_path):
    other, mine = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    other.write_text("", encoding="utf-8")
    mine.write_text("", encoding="utf-8")
    with open(mine, "w", encoding="utf-8") as stdout:
        own = OwnOutput.of(None, stdout)
    assert mine in own and other not in own
    assert (tmp_path / "new.jsonl") in OwnOutput.of(tmp_path / "new.jsonl")  # -o not created yet
    assert mine not in OwnOutput.of(None, None)
