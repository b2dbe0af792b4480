"""Fast start: commands that do not parse text never import spaCy, FastAPI, pyarrow or Ray."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

HEAVY = ("spacy", "thinc", "fastapi", "starlette", "uvicorn", "pyarrow", "ray", "quantulum3", "inflect")
PACK = Path(__file__).resolve().parents[1] / "src" / "claimx" / "reference" / "bundled"
# Runs the console-script entry point with the given arguments, then reports which heavy modules it imported.
PROBE = """
import json, sys
watched = set(json.loads(sys.argv[2]))
sys.argv = ["claimx", *json.loads(sys.argv[1])]
from claimx.cli import main
try:
    main()
except SystemExit as done:
    code = done.code
else:
    code = 0
heavy = sorted({name.split(".")[0] for name in sys.modules} & watched)
print(json.dumps({"code": code, "heavy": heavy}), file=sys.stderr)
"""


def _imports(*args: str) -> dict:
    done = subprocess.run([sys.executable, "-c", PROBE, json.dumps(args), json.dumps(HEAVY)],
                          capture_output=True, text=True, timeout=120)
    return json.loads(done.stderr.strip().splitlines()[-1])


@pytest.mark.parametrize("args", [
    ("--help",),
    ("extract", "--help"),
    ("check", "--help"),
    ("review", "--help"),
    ("export", "--help"),
    ("bench", "--help"),
    ("reference", "validate", str(PACK)),
])
def test_startup_light_commands_import_no_heavy_library(args):
    outcome = _imports(*args)
    assert outcome["code"] in (0, None)
    assert outcome["heavy"] == []


def test_startup_the_probe_sees_heavy_imports():
    # The same probe on a command that parses text does report spaCy: the test above can fail.
    outcome = _imports("extract", "-", "--format", "jsonl")
    assert "spacy" in outcome["heavy"]


@pytest.mark.parametrize("fmt", ["jsonl", "table"])
def test_startup_extract_without_tabular_output_never_imports_pyarrow(tmp_path, fmt):
    # pyarrow (0.1-0.3 s to import) is for the flat rows of csv and parquet only; the probe sees spaCy here.
    article = tmp_path / "short.txt"
    article.write_text("Revenue rose 4.2% to $3.1 billion in the third quarter, the company said.\n", encoding="utf-8")
    outcome = _imports("extract", str(article), "--format", fmt, "-o", str(tmp_path / "out.txt"))
    assert outcome["code"] in (0, None)
    assert "spacy" in outcome["heavy"]
    assert "pyarrow" not in outcome["heavy"]
