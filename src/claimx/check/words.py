"""The checker's cue words (src/claimx/rules/check.json), checked when loaded.

The checker reads a claim's sentence only around its figure, placed by the frame's offsets
(`claimx.check.around`), and only through these lists: which marks and words end the figure's stretch
or clause, which words say a figure was moved out of or into a measure, is last year's, is a rate, a
part or a plan. A missing or unknown key, or a value of the wrong shape, is a `ValueError` naming the
file and the key, so a typo fails at load time rather than as silently different verdicts.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from claimx.lexicon import models_dir, read_rules_json, string_lists
from claimx.resources import package_data

Phrase = tuple[str, ...]

LISTS = ("head_nouns", "per_head_words", "stretch_marks", "stretch_and_before", "clause_marks", "clause_words", "clause_words_after_comma",
         "moved_out", "moved_in", "earlier_from", "earlier_before", "earlier_end", "earlier_after", "years", "ago",
         "year_ago", "since", "present_words", "rate_words", "average_words", "part_words", "basis_words", "plan_words", "sequential",
         "share_cues", "stock_share_after", "of_whole", "determiners", "growth_cues", "change_nouns", "difference_cues", "multiple_words",
         "multiple_stems", "multiple_links", "multiple_endings", "total_cues", "total_before", "part_cues", "forward_words",
         "time_units",
         "articles", "per_year", "measure_nouns", "whole_span", "per_day", "per_week", "per_month",
         "per_unit_words", "share_nouns", "share_lead", "before_cues", "after_cues",
         "to_words", "new_level_words", "measure_rewrites", "from_words", "statement_after_comma", "comma_marks", "pair_joiners", "sum_joiners", "joins", "compared_cues", "restated_comparatives",
         "portion_links", "stops", "before_stops",
         "tight_stops", "month_base", "counted_out_of", "target_words", "rank_words", "range_cues", "month_base_skips",
         "scale_letters")
WINDOWS = ("moved", "earlier_before", "earlier_after", "rate", "rate_of", "share_of", "restated_base",
           "partner_sentences")
REACH = ("before", "after", "total_before", "own_end", "to_from", "from_base")


@dataclass(frozen=True)
class CheckWords:
    """The loaded lists, each as a tuple of phrases (a phrase is a tuple of lower-case words), and the
    windows (how many words around the figure a cue may stand)."""

    lists: dict[str, tuple[Phrase, ...]]
    windows: dict[str, int]
    reach: dict[str, int]
    derived: dict[str, tuple[str, str]]
    derived_bare: dict[str, str]

    def phrases(self, key: str) -> tuple[Phrase, ...]:
        """The phrases of list `key`."""
        return self.lists[key]

    def words(self, key: str) -> frozenset[str]:
        """The one-word entries of list `key`."""
        return frozenset(phrase[0] for phrase in self.lists[key] if len(phrase) == 1)


def parse(data: dict, where: str) -> CheckWords:
    """Check `data` (the JSON object of check.json) and build the lists; `where` names it in errors."""
    lists = {key: tuple(tuple(w.strip().lower().split()) for w in value)
             for key, value in string_lists(data, LISTS, where, also=("windows", "reach", "derived",
                                                                      "derived_bare")).items()}
    windows = _counts(data, "windows", WINDOWS, "words", where)
    reach = _counts(data, "reach", REACH, "characters", where)
    derived = data.get("derived")
    if not isinstance(derived, dict) or not all(
            isinstance(parts, list) and len(parts) == 2 and all(isinstance(p, str) and p.strip() for p in parts)
            for parts in derived.values()):
        raise ValueError(f"{where}: 'derived' must map a ratio's name to [measure above, measure below]")
    bare = data.get("derived_bare")
    if not isinstance(bare, dict) or not all(isinstance(v, str) and v in derived for v in bare.values()):
        raise ValueError(f"{where}: 'derived_bare' must map a word to a ratio named in 'derived'")
    return CheckWords(lists, windows, reach,
                      {name.strip().lower(): (parts[0], parts[1]) for name, parts in derived.items()},
                      {word.strip().lower(): name.strip().lower() for word, name in bare.items()})


def _counts(data: dict, key: str, keys: tuple[str, ...], what: str, where: str) -> dict[str, int]:
    """The object `key` of `data`: exactly `keys`, each a whole number (0 or more) of `what`."""
    counts = data.get(key)
    if not isinstance(counts, dict):
        raise ValueError(f"{where}: missing key {key!r} (an object of {what} counts)")
    wrong = sorted(set(counts) ^ set(keys))
    if wrong:
        raise ValueError(f"{where}: {key!r} has {'unknown' if wrong[0] in counts else 'no'} key {wrong[0]!r} "
                         f"(known: {', '.join(keys)})")
    if not all(isinstance(n, int) and not isinstance(n, bool) and n >= 0 for n in counts.values()):
        raise ValueError(f"{where}: {key!r} values must be whole numbers of {what} (0 or more)")
    return dict(counts)


def read_words(path: str) -> CheckWords:
    """Read and check the checker's words in the file at `path`."""
    return parse(*read_rules_json(path))


@lru_cache(maxsize=1)
def check_words() -> CheckWords:
    """check.json in the rule assets folder ($CLAIMX_MODELS, else the packaged rules/; a folder of
    one's own without the file uses the packaged one), read once per process."""
    path = models_dir() / "check.json"
    return read_words(str(path if path.is_file() else package_data("claimx", "rules") / "check.json"))
