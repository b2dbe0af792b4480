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
  followed by ordinary words, and that spells out no number, never loads it;
- quantulum3's unit and entity tables, which it builds from its JSON files in every process, are
  pickled beside the index (`tables_file`, named by the quantulum3, claimx and Python versions) and
  read back into quantulum3's own caches (`_load_tables`);
- quantulum3's units regex (150,000 characters, ~0.35 s to compile, a third of quantulum3's
  first use) is compiled once and its compiled program cached beside the index
  (`compile_cached`), keyed by the Python and quantulum3 versions and the pattern's characters.
  quantulum3 builds the pattern from sets, so with hash randomisation each process writes its
  alternatives in another order (and in rare cases matches differently: the operators " " and
  " times " trade places); the cache keeps the order of the process that wrote it, so every
  process now reads units alike.
"""
from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import json
import marshal
import os
import pickle
import re
import sys
import tempfile
import warnings
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from types import ModuleType

CACHE_FORMAT = 1  # bump when the cached index's content changes
CACHED_REGEX_CHARS = 10_000  # patterns at least this long are compiled through the disk cache


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
    _defer_num2words()
    with warnings.catch_warnings():  # quantulum3 warns that its optional classifier is absent
        warnings.simplefilter("ignore")
        from quantulum3 import parser
        from quantulum3 import regex

        _load_tables()
        _build_with_cached_compile(regex, lambda: regex.units_regex("en_US"))  # quantulum3 keeps it
        from quantulum3 import no_classifier

        no_classifier.disambiguate_no_classifier = _Disambiguation(no_classifier.disambiguate_no_classifier)
    return parser


def _load_tables(lang: str = "en_US") -> None:
    """Put quantulum3's unit and entity tables for `lang` in its own caches, read from `tables_file()`
    when a usable copy is there, else built by quantulum3 and written there.

    quantulum3 builds them from its JSON files on first use in every process, pluralising every unit
    name with inflect (about 0.1-0.2 s); unpickled, they take about 0.02 s. A file that cannot be
    read or unpickled (torn, from another version) is rebuilt; one that cannot be written is only slower.
    Tables already built in this process, or custom units or entities added to quantulum3, are left
    to quantulum3.
    """
    from quantulum3 import load

    if load._CACHED_UNITS or load._CACHED_ENTITIES or load.CUSTOM_UNITS or load.CUSTOM_ENTITIES \
            or load.ADDITIONAL_UNITS or load.ADDITIONAL_ENTITIES:
        return
    # quantulum3's own keys for the tables of `lang` under its current settings (load.units, load.entities)
    units_key = hash((lang, load.USE_GENERAL_UNITS, load.USE_LANGUAGE_UNITS, load.USE_ADDITIONAL_UNITS,
                      load.USE_CUSTOM_UNITS))
    entities_key = hash((lang, load.USE_GENERAL_ENTITIES, load.USE_LANGUAGE_ENTITIES, load.USE_ADDITIONAL_ENTITIES,
                         load.USE_CUSTOM_ENTITIES))
    path = tables_file(lang)
    try:
        saved = pickle.loads(path.read_bytes())
        if isinstance(saved.get("units"), load.Units) and isinstance(saved.get("entities"), load.Entities):
            load._CACHED_ENTITIES[entities_key] = saved["entities"]
            load._CACHED_UNITS[units_key] = saved["units"]
            return
    except Exception:  # noqa: BLE001  (no file, a torn one, or one pickled by another quantulum3: build anew)
        pass
    built = {"units": load.units(lang), "entities": load.entities(lang)}
    _write_atomically(path, pickle.dumps(built, protocol=pickle.HIGHEST_PROTOCOL))


class _Disambiguation:
    """quantulum3's `disambiguate_no_classifier`, with its training set indexed once per language.

    quantulum3 picks among units (or entities) sharing a surface by the share of each one's
    training-set words that occur in the text: per call it walks the whole training set (thousands of
    examples) and splits the text of each example of each candidate again, 3 ms a call. Here the
    examples are grouped by unit once, and a unit's words are counted the first time it is a candidate
    (word -> times it occurs in its examples, and the length of those examples), so a call tests each
    distinct word once: the same counts and totals, candidates in the same order, the same choice
    (tests/test_units_disambiguation.py compares the two).
    """

    def __init__(self, original):
        self.original = original
        self._examples: dict[str, tuple[object, dict[str, list[str]]]] = {}
        self._words: dict[tuple[str, str], tuple[dict[str, int], int]] = {}

    def _unit_words(self, lang: str, unit: str) -> tuple[dict[str, int], int]:
        from quantulum3 import load

        examples = load.training_set(lang)
        held = self._examples.get(lang)
        if held is None or held[0] is not examples:
            by_unit: dict[str, list[str]] = {}
            for example in examples:
                by_unit.setdefault(example["unit"], []).append(example["text"])
            held = self._examples[lang] = (examples, by_unit)
            self._words = {key: value for key, value in self._words.items() if key[0] != lang}
        counted = self._words.get((lang, unit))
        if counted is None:
            texts = held[1].get(unit, ())
            total = sum(map(len, texts))
            # each example's words, as text.split(" ") gives them, counted over all examples (joined by one
            # space, the examples split into exactly their own words, in one pass in C)
            words: dict[str, int] = dict(Counter(" ".join(texts).split(" "))) if texts else {}
            counted = self._words[(lang, unit)] = (words, total)
        return counted

    def __call__(self, entities, text, lang="en_US"):
        max_entity, max_count, max_relative = None, 0, 0
        for entity in entities:
            words, total = self._unit_words(lang, entity.name)
            count = sum(n for word, n in words.items() if word in text)
            try:
                relative = count / total
            except ZeroDivisionError:
                relative = 0
            if relative > max_relative or (relative == max_relative and count > max_count):
                max_entity, max_count, max_relative = entity, count, relative
        return max_entity


class _CachingRe:
    """The `re` module as a module built with `_build_with_cached_compile` sees it: long patterns
    compile through `compile_cached`."""

    def __getattr__(self, name: str):
        return getattr(re, name)

    @staticmethod
    def compile(pattern, flags=0):
        if isinstance(pattern, str) and len(pattern) >= CACHED_REGEX_CHARS:
            return compile_cached(pattern, flags, key=_quantulum_version() + sorted_characters(pattern))
        return re.compile(pattern, flags)


def _build_with_cached_compile(module: ModuleType, build) -> None:
    """Call `build()` while `module` (which did `import re`) compiles long patterns with `compile_cached`."""
    try:
        module.re = _CachingRe()
        build()
    except Exception:  # noqa: BLE001  (a quantulum3 that changed: it builds its own regex when first asked)
        pass
    finally:
        module.re = re


def compile_cached(pattern: str, flags: int = 0, *, key: str | None = None) -> re.Pattern:
    """`re.compile(pattern, flags)`, with the compiled program cached under `cache_dir()`.

    key (str | None): what identifies the pattern in the cache; None for the pattern itself. With a
        key, a cached pattern written for the same key (and its program) is used instead of `pattern`:
        the caller vouches that they match alike (see the module's docstring).

    Python compiles a regex in pure Python, about 2 µs per pattern character; `_sre.compile`
    rebuilds the same Pattern from its program in milliseconds. The file name carries the Python
    version, the regex engine's version and a hash of the pattern and flags, so a cache is only
    ever read by the Python that wrote it; the program is checked by `_sre` when loaded, and any
    failure (no cache, a torn file, a Python whose `re` internals differ) compiles the pattern the
    ordinary way.
    """
    flags = int(flags)
    try:
        import _sre
        from re import _compiler, _parser

        digest = hashlib.sha256(repr((sys.version, _sre.MAGIC, _sre.CODESIZE, flags, pattern if key is None else key))
                                .encode("utf-8", "surrogatepass")).hexdigest()
        path = cache_dir() / f"regex-{digest[:32]}.marshal"
        # marshal reads the program five times faster than JSON did; a JSON file of an earlier claimx is
        # read once and rewritten, so the pattern order it holds is kept (see the module's docstring)
        for older, read in ((False, lambda: marshal.loads(path.read_bytes())),
                            (True, lambda: json.loads(path.with_suffix(".json").read_text(encoding="utf-8")))):
            try:
                saved = read()
                compiled = _sre.compile(saved["pattern"], saved["flags"], saved["code"], saved["groups"],
                                        saved["groupindex"], tuple(saved["indexgroup"]))
            except (OSError, EOFError, ValueError, KeyError, TypeError, RuntimeError):
                continue
            if older:
                _write_atomically(path, marshal.dumps(saved))
            return compiled
        parsed = _parser.parse(pattern, flags)
        code = _compiler._code(parsed, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        saved = {"pattern": pattern, "flags": int(flags | parsed.state.flags), "code": [int(c) for c in code],
                 "groups": parsed.state.groups - 1,
                 "groupindex": groupindex, "indexgroup": indexgroup}
        compiled = _sre.compile(pattern, saved["flags"], saved["code"], saved["groups"], saved["groupindex"],
                                tuple(indexgroup))
    except Exception:  # noqa: BLE001  (re's internals are not a public interface)
        return re.compile(pattern, flags)
    _write_atomically(path, marshal.dumps(saved))
    return compiled


def sorted_characters(text: str) -> str:
    """`"".join(sorted(text))`, counted rather than sorted (a tenth of the time on quantulum3's 150,000
    characters): what identifies a pattern whatever the order of its alternatives."""
    return "".join(c * text.count(c) for c in sorted(set(text)))


def _defer_num2words() -> None:
    """Let quantulum3 import num2words without reading it: a stand-in takes its place in `sys.modules`
    and imports the real module the first time one of its names is used.

    quantulum3 imports num2words (number spellers for fifty languages, 0.04-0.09 s of every first use)
    only to say quantities aloud (`Quantity.to_spoken`), which claimx never asks. (The standard
    library's `importlib.util.LazyLoader` does not help here: on Python 3.11 the `import` statement
    itself reads the module's `__spec__`, which loads it.)
    """
    if "num2words" in sys.modules or importlib.util.find_spec("num2words") is None:
        return  # already read, or missing: quantulum3 then reports its own missing dependency
    sys.modules["num2words"] = _Deferred("num2words")


class _Deferred(ModuleType):
    """A module imported on first use of one of its names (see `_defer_num2words`)."""

    def __init__(self, name: str):
        super().__init__(name)
        self.__spec__ = None  # what the import statement reads: found without importing the module

    def __getattr__(self, attribute: str):
        name = self.__name__
        if sys.modules.get(name) is self:
            del sys.modules[name]
        try:
            real = importlib.import_module(name)
        except ImportError:
            sys.modules.setdefault(name, self)
            raise
        return getattr(real, attribute)


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

    def unchecked(target=None, **_options):
        return target if target is not None else (lambda function: function)

    typeguard = sys.modules.get("typeguard")
    if typeguard is None:
        # inflect takes only `typechecked` from typeguard: a stand-in module holding the no-op spares
        # importing typeguard itself (0.06 s: it imports unittest and asyncio). It is removed right
        # after, so that whoever imports typeguard later gets the real one.
        stand_in = ModuleType("typeguard")
        stand_in.typechecked = unchecked
        sys.modules["typeguard"] = stand_in
        try:
            import inflect  # noqa: F401
        finally:
            if sys.modules.get("typeguard") is stand_in:
                del sys.modules["typeguard"]
        return
    checked = typeguard.typechecked
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

    return cache_dir() / f"unit-index-q3-{_quantulum_version()}-claimx-{__version__}-v{CACHE_FORMAT}.json"


def tables_file(lang: str = "en_US") -> Path:
    """The pickled quantulum3 tables' path; its name carries the quantulum3, claimx and Python versions."""
    from claimx import __version__

    python = ".".join(map(str, sys.version_info[:3]))
    return cache_dir() / f"tables-{lang}-q3-{_quantulum_version()}-claimx-{__version__}-py{python}-v{CACHE_FORMAT}.pickle"


def _quantulum_version() -> str:
    try:
        return metadata.version("quantulum3")
    except metadata.PackageNotFoundError:
        return "unknown"


def _to_json(index: UnitIndex) -> dict:
    return {"words": sorted(index.words), "symbols": sorted(index.symbols), "prefixes": list(index.prefixes)}


def _from_json(data: dict) -> UnitIndex:
    return UnitIndex(frozenset(data["words"]), frozenset(data["symbols"]), tuple(data["prefixes"]))


def _write_atomically(path: Path, text: str | bytes) -> None:
    """Write `text` to a temporary file beside `path` and rename it into place; give up quietly on OSError."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=path.name + ".", suffix=".tmp")
    except OSError:
        return
    try:
        with (os.fdopen(handle, "wb") if isinstance(text, bytes) else os.fdopen(handle, "w", encoding="utf-8")) as out:
            out.write(text)
        os.replace(temporary, path)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
