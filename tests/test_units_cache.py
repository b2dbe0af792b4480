"""quantulum3's unit index: built once, cached under the user cache dir, rebuilt when stale or broken."""
from __future__ import annotations

import json
import os
import pickle
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
    index_files = [p.name for p in (cache_home / "claimx").iterdir() if p.name.startswith("unit-index")]
    assert index_files == [units.cache_file().name]  # no temporary left


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
    assert len([p for p in (cache_home / "claimx").iterdir() if p.name.startswith("unit-index")]) == 1


def _probe(code: str) -> str:
    """What `code` prints, run in a fresh interpreter (which modules a first use imports)."""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_units_quantulum_is_not_loaded_for_text_without_units_or_spelled_numbers(cache_home: Path):
    units.unit_index()  # the cache exists, as after a first run
    probe = ("import sys\n"
             "from claimx.grammar.scanner import Grammar\n"
             "from claimx.lexicon import load_lexicon\n"
             "found = Grammar(load_lexicon()).scan('Revenue rose 12% to $19 million last year.')\n"
             "assert [f.value for f in found] == [12.0, 19e6], found\n"
             "print(sorted(m for m in ('quantulum3', 'inflect') if m in sys.modules))\n")
    assert _probe(probe).strip() == "[]"


def test_units_inflect_still_pluralises():
    units.quantulum()
    import inflect

    assert inflect.engine().plural("kilometre") == "kilometres"


def test_units_num2words_is_read_only_when_quantulum3_speaks(cache_home: Path):
    units.unit_index()
    probe = ("import sys\n"
             "from claimx.grammar.units import quantulum\n"
             "parser = quantulum()\n"
             "assert parser.parse('7 km')[0].unit.name == 'kilometre'\n"
             "print('num2words.base' in sys.modules)\n"
             "print(parser.parse('$3')[0].to_spoken())\n"
             "print('num2words.base' in sys.modules)\n")
    assert _probe(probe).split("\n")[:3] == ["False", "three dollars, zero cents", "True"]


def test_units_deferred_module_imports_the_real_one_on_first_use(monkeypatch):
    monkeypatch.delitem(sys.modules, "colorsys", raising=False)
    stand_in = units._Deferred("colorsys")
    monkeypatch.setitem(sys.modules, "colorsys", stand_in)
    import colorsys  # the import statement takes the stand-in as it is

    assert colorsys is stand_in
    assert colorsys.rgb_to_hsv(1.0, 0.0, 0.0) == (0.0, 1.0, 1.0)
    assert sys.modules["colorsys"] is not stand_in and sys.modules["colorsys"].__spec__ is not None


# a long invented pattern with named groups, alternatives and flags, as quantulum3's units regex has
LONG = (r"(?P<value>\d+(?:[.,]\d+)?)\s?(?P<unit>" + "|".join(f"zorb{n}|qu{n}x" for n in range(1200))
        + r"|widget|gizmo)(?!\w)")


def test_units_compile_cached_equals_re_compile_on_a_miss_and_on_a_hit(cache_home: Path):
    import re

    expected = re.compile(LONG, re.I | re.X)
    first = units.compile_cached(LONG, re.I | re.X)
    assert first == expected and first.groupindex == expected.groupindex
    assert len(list((cache_home / "claimx").glob("regex-*.marshal"))) == 1
    again = units.compile_cached(LONG, re.I | re.X)  # read back: no parsing
    assert again == expected and again.groups == expected.groups
    m = again.search("a stack of 12.5 ZORB117 and 3 gizmos")
    assert m.group("value", "unit") == ("12.5", "ZORB117")
    assert again.search("3 gizmos") is None  # (?!\w): not a unit glued to more letters


def test_units_compile_cached_a_torn_file_compiles_again(cache_home: Path):
    import re

    units.compile_cached(LONG)
    [path] = (cache_home / "claimx").glob("regex-*.marshal")
    path.write_bytes(path.read_bytes()[:5000])
    assert units.compile_cached(LONG) == re.compile(LONG)


def test_units_compile_cached_reads_a_json_cache_of_an_earlier_claimx_once_keeping_its_order(cache_home: Path):
    """A program cached as JSON (claimx before marshal) is read, rewritten as marshal, and its pattern kept."""
    import json

    reordered = LONG.replace("|widget|gizmo)", "|gizmo|widget)")
    key = units.sorted_characters(LONG)
    units.compile_cached(reordered, key=key)
    [path] = (cache_home / "claimx").glob("regex-*.marshal")
    import marshal

    path.with_suffix(".json").write_text(json.dumps(marshal.loads(path.read_bytes())), encoding="utf-8")
    path.unlink()
    assert units.compile_cached(LONG, key=key).pattern == reordered  # the order the earlier process wrote
    assert path.exists()
    assert units.compile_cached(LONG, key=key).pattern == reordered


def test_units_sorted_characters_is_sorted_join():
    for text in (LONG, "", "ba\u00e9 a\n\t(?:x|y)", "zzzaaa"):
        assert units.sorted_characters(text) == "".join(sorted(text))


def test_units_compile_cached_with_a_key_reads_the_pattern_written_for_it(cache_home: Path):
    import re

    reordered = LONG.replace("|widget|gizmo)", "|gizmo|widget)")
    key = units.sorted_characters(LONG)
    assert key == "".join(sorted(reordered)) == units.sorted_characters(reordered)
    assert units.compile_cached(LONG, key=key) == re.compile(LONG)
    assert units.compile_cached(reordered, key=key) == re.compile(LONG)  # the first process's order


def test_units_quantulum_reads_its_units_regex_alike_in_every_process(cache_home: Path, monkeypatch):
    """quantulum3 orders its units regex by set order, which differs between processes; from the cache,
    every process gets the regex the first one compiled."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache_home))
    probe = ("import hashlib\n"
             "from claimx.grammar.units import quantulum\n"
             "parser = quantulum()\n"
             "from quantulum3 import regex\n"
             "print(hashlib.sha256(regex.units_regex('en_US').pattern.encode()).hexdigest(),"
             " [str(q.unit.name) for q in parser.parse('a 12 km road and a 3.5 MW turbine')])\n")
    outputs = []
    for seed in ("1", "2"):
        done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120,
                              env={**os.environ, "PYTHONHASHSEED": seed})
        assert done.returncode == 0, done.stderr
        outputs.append(done.stdout.strip())
    assert outputs[0] == outputs[1] and "'kilometre', 'megawatt'" in outputs[0]
    assert len(list((cache_home / "claimx").glob("regex-*.marshal"))) == 1


# quantulum3's unit and entity tables, pickled under the cache dir (each probe is a fresh process: the tables
# live in quantulum3's module-level caches)
TABLES_PROBE = ("from claimx.grammar import units\n"
                "units._import_inflect_unchecked()\n"
                "from quantulum3 import load\n"
                "builds = []\n"
                "build = load.Units.__init__\n"
                "load.Units.__init__ = lambda self, *a, **k: (builds.append(1), build(self, *a, **k))[1]\n"
                "parser = units.quantulum()\n"
                "print(len(builds), [(q.unit.name, q.unit.entity.name) for q in\n"
                "                    parser.parse('a 12 km road, 40 mph winds and a 3.5 MW turbine')])\n")


def _tables_probe(cache_home: Path) -> tuple[int, str]:
    done = subprocess.run([sys.executable, "-c", TABLES_PROBE], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "XDG_CACHE_HOME": str(cache_home)})
    assert done.returncode == 0, done.stderr
    builds, parsed = done.stdout.strip().split(" ", 1)
    assert "('kilometre', 'length')" in parsed and "('megawatt', 'power')" in parsed, parsed
    return int(builds), parsed


def test_units_tables_are_built_once_then_read_from_the_cache(cache_home: Path):
    assert _tables_probe(cache_home)[0] == 1
    assert [p.name for p in (cache_home / "claimx").glob("tables-*")] == [units.tables_file().name]  # no temporary
    builds, parsed = _tables_probe(cache_home)
    assert builds == 0 and parsed == _tables_probe(cache_home)[1]


def test_units_tables_file_is_named_by_quantulum3_claimx_and_python_versions(cache_home: Path, monkeypatch):
    name = units.tables_file().name
    python = ".".join(map(str, sys.version_info[:3]))
    assert metadata.version("quantulum3") in name and claimx.__version__ in name and f"py{python}" in name
    monkeypatch.setattr(claimx, "__version__", claimx.__version__ + ".post1")
    assert units.tables_file().name != name  # an upgraded claimx never reads the tables of the older one


@pytest.mark.parametrize("content", [b"\x80\x05\x95 torn mid-write", b"", pickle.dumps({"units": 1, "entities": 2})])
def test_units_tables_a_broken_or_foreign_file_is_rebuilt_silently(cache_home: Path, content: bytes):
    path = units.tables_file()
    path.parent.mkdir(parents=True)
    path.write_bytes(content)
    assert _tables_probe(cache_home)[0] == 1
    assert _tables_probe(cache_home)[0] == 0  # rewritten whole


def test_units_tables_unwritable_cache_builds_them(tmp_path: Path):
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")  # a file, so claimx/ cannot be made under it
    assert _tables_probe(blocker)[0] == 1
    assert _tables_probe(blocker)[0] == 1
