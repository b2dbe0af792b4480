"""`claimx reference validate` and `claimx reference import-sec`."""
from __future__ import annotations

import shutil
from pathlib import Path

from typer.testing import CliRunner

from claimx.cli import app
from fixtures_check import PACK

SEC = Path(__file__).parent / "data" / "sec" / "companyfacts-northwind.json"
runner = CliRunner()


def test_cli_reference_validate_good_pack_prints_a_summary() -> None:
    result = runner.invoke(app, ["reference", "validate", str(PACK)])
    assert result.exit_code == 0
    assert result.output == "ok: 4 entities, 5 metrics, 15 facts\n"


def test_cli_reference_validate_prints_every_problem_and_exits_4(tmp_path: Path) -> None:
    pack = Path(shutil.copytree(PACK, tmp_path / "pack"))
    with (pack / "facts.csv").open("a") as handle:
        handle.write("halvorsen,revenue,FY2023,2022-04-01,2023-03-31,n/a,USD,x\n")
        handle.write("halvorsen,revenue,FY2025,2024-04-01,2025-03-31,1,USD,x\n")
    result = runner.invoke(app, ["reference", "validate", str(pack)])
    assert result.exit_code == 4
    assert result.output == (f"{pack}/facts.csv line 17: value 'n/a' is not a number\n"
                             f"{pack}/facts.csv line 18: duplicates the fact on line 4 (halvorsen, revenue, FY2025)\n")


def test_cli_reference_validate_missing_folder(tmp_path: Path) -> None:
    result = runner.invoke(app, ["reference", "validate", str(tmp_path / "nope")])
    assert result.exit_code == 4
    assert result.output == f"{tmp_path / 'nope'}: reference pack folder does not exist\n"


def test_cli_reference_import_sec_writes_a_valid_pack(tmp_path: Path) -> None:
    out = tmp_path / "northwind"
    result = runner.invoke(app, ["reference", "import-sec", str(SEC), "-o", str(out)])
    assert result.exit_code == 0
    assert result.output == f"wrote {out}: 1 entity, 4 metrics, 12 facts\n"
    assert runner.invoke(app, ["reference", "validate", str(out)]).output == "ok: 1 entities, 4 metrics, 12 facts\n"


def test_cli_reference_import_sec_malformed_json_is_one_line_exit_4(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"cik": ')
    result = runner.invoke(app, ["reference", "import-sec", str(bad), "-o", str(tmp_path / "out")])
    assert result.exit_code == 4
    assert result.output == f"claimx: error: {bad}: not valid JSON (line 1 column 9: Expecting value)\n"
    assert "Traceback" not in result.output
