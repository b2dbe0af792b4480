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


def alternation(words, *, boundary: bool = True) -> str:
    """A regex alternation of `words`, longest first, escaped; word-bounded where a word starts/ends."""
    parts = []
    for w in sorted(set(words), key=len, reverse=True):
        p = re.escape(w).replace(r"\ ", r"\s+")
        if boundary and w[:1].isalnum():
            p = r"\b" + p
        if boundary and w[-1:].isalnum():
            p = p + r"\b"
        parts.append(p)
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
