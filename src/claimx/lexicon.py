"""The rule assets (src/claimx/rules/lexicon.json) and the regular expressions built from them.

The word lists live in a data file so that a user can extend them for their beat without
touching code; this module loads the file once and compiles what the grammar needs.
"""
from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from claimx.resources import package_data

MODELS_ENV = "CLAIMX_MODELS"


def models_dir() -> Path:
    """Return the folder holding the rule assets: $CLAIMX_MODELS, else the packaged claimx/rules/ folder."""
    if os.environ.get(MODELS_ENV):
        return Path(os.environ[MODELS_ENV])
    return package_data("claimx", "rules")


def read_rules_json(path: str | Path) -> tuple[object, str]:
    """The JSON in a rules file and the name to give it in errors; not valid JSON is a `ValueError` naming the
    file and the line (the frame's words, its weights and the checker's words are read this way)."""
    file = Path(path)
    try:
        return json.loads(file.read_text(encoding="utf-8")), str(file)
    except json.JSONDecodeError as error:
        raise ValueError(f"{file}: not valid JSON ({error.msg} at line {error.lineno})") from None


def string_lists(data: object, keys: tuple[str, ...], where: str, *, also: tuple[str, ...] = ()) -> dict[str, list[str]]:
    """Check that `data` is a JSON object holding exactly `keys` (plus `also` and "_doc"), each a list of
    non-empty strings; a `ValueError` naming `where` and the key otherwise. RETURNS the lists by key."""
    if not isinstance(data, dict):
        raise ValueError(f"{where}: expected a JSON object")
    unknown = sorted(set(data) - set(keys) - set(also) - {"_doc"})
    if unknown:
        raise ValueError(f"{where}: unknown key {unknown[0]!r} (known: {', '.join((*keys, *also))})")
    lists = {}
    for key in keys:
        if key not in data:
            raise ValueError(f"{where}: missing key {key!r}")
        value = data[key]
        if not isinstance(value, list) or not all(isinstance(w, str) and w.strip() for w in value):
            raise ValueError(f"{where}: {key!r} must be a list of non-empty strings")
        lists[key] = value
    return lists


def alternation(words, *, boundary: bool = True) -> str:
    """A regex alternation of `words`, longest first, escaped; word-bounded where a word starts/ends.

    Neighbouring words with the same boundaries share them: `\b(?:revenue|sales)\b` rather than
    `\brevenue\b|\bsales\b`. Both match the same text in the same order of preference, but a
    pattern whose alternatives each start with `\b` makes `re` try every word at every word
    boundary; shared, it tries them only where the boundary holds (5x faster on the label words).
    Words of equal length are grouped by their boundaries (their order among themselves never
    mattered: no two of them can match at the same place).
    """
    def edges(w: str) -> tuple[bool, bool]:
        return boundary and w[:1].isalnum(), boundary and w[-1:].isalnum()

    ordered = sorted(set(words), key=lambda w: (-len(w), edges(w), w))
    runs: list[tuple[tuple[bool, bool], list[str]]] = []
    for w in ordered:
        if runs and runs[-1][0] == edges(w):
            runs[-1][1].append(w)
        else:
            runs.append((edges(w), [w]))
    parts = []
    for (start, end), run in runs:
        body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in run)
        parts.append((r"\b" if start else "") + "(?:" + body + ")" + (r"\b" if end else ""))
    return "(?:" + "|".join(parts) + ")"


@dataclass(frozen=True)
class Lexicon:
    """The loaded word lists plus compiled patterns; see src/claimx/rules/lexicon.json for each list."""

    data: dict

    def __getitem__(self, key: str):
        return self.data[key]

    def words(self, key: str) -> frozenset[str]:
        value = self.data[key]
        return frozenset(w.lower() for w in (value if isinstance(value, list) else value.keys()))


@lru_cache(maxsize=4)
def load_lexicon(path: str | None = None) -> Lexicon:
    """Load the lexicon at `path` (default src/claimx/rules/lexicon.json), cached per path.

    path (str | None): a lexicon JSON file.
    RETURNS (Lexicon): the word lists.
    """
    file = Path(path) if path else models_dir() / "lexicon.json"
    with open(file, encoding="utf-8") as fh:
        return Lexicon(json.load(fh))
