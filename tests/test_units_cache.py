"""quantulum3's unit index: built once, cached under the user cache dir, rebuilt when stale or broken."""
from __future__ import annotations

import json
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from importlib import metadata
from pathlib import Path

import pytest

import claimx
from claimx.grammar import units


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    units.unit_index.cache_clear()
    yield tmp_path / "cache"
    units.unit_index.cache_clear()


def test_units_cache_lives_under_xdg_cache_home_named_by_versions(cache_home: Path):
    path = units.cache_file()
    assert path.parent == cache_home / "claimx"
    assert metadata.version("quantulum3") in path.name and claimx.__version__ in path.name


def test_units_cache_home_defaults_to_dot_cache(monkeypatch, tmp_path: Path):
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    assert units.cache_dir() == tmp_path / ".cache" / "claimx"


def test_units_cache_is_written_once_and_read_back(cache_home: Path):
    built = units.unit_index()
    cached = json.loads(units.cache_file().read_text(encoding="utf-8"))
    assert {"square", "metre"} <= set(cached["words"]) and {"km", "MW"} <= set(cached["symbols"])
    units.unit_index.cache_clear()
    assert units.unit_index() == built == units.build_unit_index()
    assert [p.name for p in (cache_home / "claimx").iterdir()] == [units.cache_file().name]  # no temporary left


def test_units_cache_a_broken_file_is_rebuilt(cache_home: Path):
    path = units.cache_file()
    path.parent.mkdir(parents=True)
    path.write_text('{"words": ["km"', encoding="utf-8")  # torn by a crash mid-write
    assert "square" in units.unit_index().words
    assert json.loads(path.read_text(encoding="utf-8"))["words"]


def test_units_cache_unwritable_is_not_an_error(tmp_path: Path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))  # a file, so claimx/ cannot be made under it
    units.unit_index.cache_clear()
    try:
        assert "km" in units.unit_index().symbols
    finally:
        units.unit_index.cache_clear()


def test_units_cache_concurrent_writers_leave_one_whole_file(cache_home: Path):
    index = units.build_unit_index()
    text = json.dumps(units._to_json(index))
    with ThreadPoolExecutor(8) as pool:
        list(pool.map(lambda _: units._write_atomically(units.cache_file(), text), range(32)))
    assert units._from_json(json.loads(units.cache_file().read_text(encoding="utf-8"))) == index
    assert len(list((cache_home / "claimx").iterdir())) == 1


def test_units_quantulum_is_not_loaded_for_text_without_units_or_spelled_numbers(cache_home: Path):
    units.unit_index()  # the cache exists, as after a first run
    probe = ("import sys\n"
             "from claimx.grammar.scanner import Grammar\n"
             "from claimx.lexicon import load_lexicon\n"
             "found = Grammar(load_lexicon()).scan('Revenue rose 12% to $19 million last year.')\n"
             "assert [f.value for f in found] == [12.0, 19e6], found\n"
             "print(sorted(m for m in ('quantulum3', 'inflect') if m in sys.modules))\n")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_units_inflect_still_pluralises():
    units.quantulum()
    import inflect

    assert inflect.engine().plural("kilometre") == "kilometres"
