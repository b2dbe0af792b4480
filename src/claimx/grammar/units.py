"""quantulum3, loaded only when a text needs it, and the index of its unit words, cached on disk.

The grammar asks quantulum3 about the words after a number only when the next word can start a
unit quantulum3 knows (`UnitIndex`). Building that index needs quantulum3's unit tables, and
loading those took 2-3 s of every start, most of it importing `inflect` (below). So:

- the index is built once and cached as JSON under the user cache directory
  (`$XDG_CACHE_HOME/claimx`, else `~/.cache/claimx`); its file name carries the quantulum3 and
  claimx versions, so an upgrade of either builds a new one. It is written to a temporary file
  and renamed into place, so concurrent writers (worker processes, parallel runs) never leave a
  torn file; a cache that cannot be written is not an error, only slower;
- quantulum3 itself is imported on first use (`quantulum()`): a text whose numbers are all
  followed by ordinary words, and that spells out no number, never loads it.
"""
from __future__ import annotations

import contextlib
import json
import os
import sys
import tempfile
import warnings
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from types import ModuleType

CACHE_FORMAT = 1  # bump when the cached index's content changes


@dataclass(frozen=True)
class UnitIndex:
    """What can start a unit quantulum3 knows.

    words (frozenset[str]): the first word of every unit surface, lower-cased ("square", "km").
    symbols (frozenset[str]): unit symbols, as written and lower-cased.
    prefixes (tuple[str, ...]): SI prefix symbols, longest first.
    """

    words: frozenset[str]
    symbols: frozenset[str]
    prefixes: tuple[str, ...]


@lru_cache(maxsize=1)
def quantulum() -> ModuleType:
    """quantulum3's parser module, imported on the first call."""
    _import_inflect_unchecked()
    with warnings.catch_warnings():  # quantulum3 warns that its optional classifier is absent
        warnings.simplefilter("ignore")
        from quantulum3 import parser

    return parser


def _import_inflect_unchecked() -> None:
    """Import inflect (quantulum3 pluralises unit names with it) without typeguard's instrumentation.

    inflect decorates its functions with typeguard's `@typechecked`, which re-reads and recompiles
    inflect's whole source once per decorated function: 2-3 s of import on this project's machines.
    With the decorator a no-op while inflect is imported (what typeguard itself does under
    `python -O`) the import takes about 0.1 s; inflect then skips only its runtime argument-type
    checks, and claimx passes it plain strings.
    """
    if "inflect" in sys.modules:
        return
    try:
        import typeguard
    except ImportError:
        return
    checked = typeguard.typechecked

    def unchecked(target=None, **_options):
        return target if target is not None else (lambda function: function)

    typeguard.typechecked = unchecked
    try:
        import inflect  # noqa: F401
    finally:
        typeguard.typechecked = checked


@lru_cache(maxsize=1)
def unit_index() -> UnitIndex:
    """The unit index: read from the cache when there, else built from quantulum3 and cached."""
    path = cache_file()
    try:
        return _from_json(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError, TypeError):
        pass
    index = build_unit_index()
    _write_atomically(path, json.dumps(_to_json(index)))
    return index


def build_unit_index() -> UnitIndex:
    """The unit index from quantulum3's tables (loads quantulum3)."""
    quantulum()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import load

        units = load.units("en_US")
    words = {surface.split()[0].lower() for surface in units.surfaces_all if surface.strip()}
    symbols = set(units.symbols_all) | {s.lower() for s in units.symbols_all}
    return UnitIndex(frozenset(words), frozenset(symbols), tuple(sorted(units.prefix_symbols, key=len, reverse=True)))


def cache_dir() -> Path:
    """claimx's folder in the user cache directory: $XDG_CACHE_HOME/claimx, else ~/.cache/claimx."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "claimx"


def cache_file() -> Path:
    """The cached index's path; its name carries the versions it was built with."""
    from claimx import __version__

    try:
        q3_version = metadata.version("quantulum3")
    except metadata.PackageNotFoundError:
        q3_version = "unknown"
    return cache_dir() / f"unit-index-q3-{q3_version}-claimx-{__version__}-v{CACHE_FORMAT}.json"


def _to_json(index: UnitIndex) -> dict:
    return {"words": sorted(index.words), "symbols": sorted(index.symbols), "prefixes": list(index.prefixes)}


def _from_json(data: dict) -> UnitIndex:
    return UnitIndex(frozenset(data["words"]), frozenset(data["symbols"]), tuple(data["prefixes"]))


def _write_atomically(path: Path, text: str) -> None:
    """Write `text` to a temporary file beside `path` and rename it into place; give up quietly on OSError."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=path.name + ".", suffix=".tmp")
    except OSError:
        return
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
        os.replace(temporary, path)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
