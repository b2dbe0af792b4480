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


def alternation(words, *, boundary: bool = True, space: str = r"\s+") -> str:
    """A regex alternation of `words`, longest first, escaped; word-bounded where a word starts/ends.

    Neighbouring words with the same boundaries share them: `\b(?:revenue|sales)\b` rather than
    `\brevenue\b|\bsales\b`. Both match the same text in the same order of preference, but a
    pattern whose alternatives each start with `\b` makes `re` try every word at every word
    boundary; shared, it tries them only where the boundary holds (5x faster on the label words).
    Words of equal length are grouped by their boundaries (their order among themselves never
    mattered: no two of them can match at the same place). A space in a phrase matches `space`
    (any run of whitespace unless told otherwise).
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
        body = "|".join(re.escape(w).replace(r"\ ", space) for w in run)
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


# The lexicon's keys and what each holds: "list" (of strings), "map" (a JSON object of single values:
# numbers or strings), "lists" (an object of lists) or "object" (an object whose own keys are listed here).
SHAPES = {
    "scales": "map", "currency_symbols": "map", "currency_words": "map", "money_nouns": "list",
    "percentage_point_words": "list", "basis_point_words": "list", "denominators": "map", "multiples": "map",
    "vague_magnitudes": "lists", "vague_multipliers": "lists", "hedges": "lists", "hedges_after": "lists",
    "threshold_verbs": "list", "threshold_nouns": "list", "change_up": "list", "change_down": "list",
    "time_units": "map", "period_framing_before": "list", "period_framing_after": "list", "streak_words": "list",
    "label_words": "list", "street_suffixes": "list", "phone_cues": "list", "rank_words": "list",
    "score_cues": "list", "clock_time_cues": "list", "time_zones": "list", "subunit_move_words": "list",
    "determiners_not_counts": "list", "count_idioms": "list",
    "label_words_capitalized": "list", "year_lookalike_followers": "list", "subunit_currency_words": "map",
    "extra_units": "map", "scaled_units": "lists", "unit_symbols": "map", "half_not_before": "list", "half_year_determiners": "list", "service_number_nouns": "list",
    "scale_words": "list", "currency_symbols_need_money_shape": "object", "exchange_rate_quotes": "object",
    "base_cues_before": "list", "currency_symbol_context": "lists",
    "name_patterns": "object", "metre_event_words": "list", "performance_duration_units": "list",
    "performance_duration_cues": "list", "direction": "object", "subunit_currency": "map", "subunit_context_words": "map", "index_words": "list",
    "statistic_labels_after": "list", "rate_units": "object", "ambiguous_unit_surfaces": "object",
    "over_span": "object", "season_words": "object", "calendar_season_words": "object", "month_contract_words": "object", "maturity_year_words": "object", "surpassed_year_words": "object", "counted_run_words": "list",
    "record_base_verbs": "object", "local_dollar_places": "lists", "local_dollar_regions": "lists", "subunit_currency_adjectives": "map",
    "time_units_in_years": "map", "duration_windows": "object",
    "compound_scales": "object", "cent_currencies": "object", "cricket_tallies": "object", "match_scores": "object", "millage_context": "object",
    "inch_mark_context": "object",
    "index_levels": "object", "listed_counts": "object", "casualty_one": "object", "time_only_metric": "object", "now_words": "object",
    "preposition_hedges": "object", "points_context": "object", "record_before": "object", "from_range_words": "object",
    "duration_adjectives": "object", "subunit_moves": "object", "count_modifiers": "object", "spaced_scales": "object", "scale_word_names": "object", "quake_magnitudes": "object",
    "pounds_context": "object", "temperature_cues": "object", "ratio_cues": "object", "multiple_contexts": "object",
    "duration_contexts": "object", "scanner_cues": "object", "glued_m": "object", "sign_words": "object",
    "denominator_before": "object", "age_before": "object", "direction_cues": "object",
    "exclusion_cues": "object", "vague_heads": "object", "claim_cues": "object",
    "money_adjectives": "object", "cents_per_litre": "object", "per_share_cents": "object", "scale_abbreviations": "object",
    "dollar_money_words": "object", "up_to_levels": "object", "half_of_spans": "object",
    "year_in_progress_cues": "object", "glued_subunits": "object", "bare_sums": "object", "priced_cents": "object", "comparison_base_hedges": "object",
    "measure_start_words": "object", "source_from_nouns": "object", "percentage_levels": "object", "named_counts": "object", "counted_describers": "object", "double_digits": "object", "a_durations": "object",
}
# The keys of each "object" section: a list of strings each, but for those named in OBJECT_MAPS.
OBJECTS = {
    "currency_symbols_need_money_shape": ("symbols", "decimal_or_scale"), "exchange_rate_quotes": ("against", "bases", "levels", "base_quoted", "quote_words"),
    "name_patterns": ("patterns",), "rate_units": ("units",),
    "ambiguous_unit_surfaces": ("surfaces", "exact_case_prefixes"), "over_span": ("not_words", "not_nouns"),
    "season_words": ("words", "context"), "calendar_season_words": ("words",), "month_contract_words": ("words", "goods", "for_words"), "maturity_year_words": ("before", "after"), "surpassed_year_words": ("before", "after"), "record_base_verbs": ("words",), "source_from_nouns": ("words",),
    "percentage_levels": ("nouns", "links", "followers", "joins"), "named_counts": ("nouns",), "counted_describers": ("words",), "double_digits": ("phrases", "rate_words"), "a_durations": ("units", "not_after"),
    "duration_windows": ("ends",), "compound_scales": ("words",), "cent_currencies": ("codes", "marked_codes"), "priced_cents": ("level_before", "level_after", "max_words"), "comparison_base_hedges": ("after_change_nouns", "after_figure"), "glued_subunits": ("codes", "letters"), "bare_sums": ("nouns", "links", "followers"), "cricket_tallies": ("context",), "match_scores": ("context", "followers", "not_before"), "millage_context": ("words", "level_nouns"), "inch_mark_context": ("words",),
    "index_levels": ("bound_verbs", "crossed_verbs", "bound_after", "record_words", "record_ends", "record_qualifiers", "day_range_words", "level_after",
                     "base_before", "peer_nouns"),
    "listed_counts": ("joiners", "after", "small_counts"),
    "casualty_one": ("nouns", "auxiliaries", "states", "not_after"),
    "time_only_metric": ("relative", "units", "ordinals", "parts", "months"), "now_words": ("words",),
    "preposition_hedges": ("prepositions", "noun_phrase_starts"),
    "points_context": ("bare_points", "rate_words", "pp_words", "share_words", "share_not_before", "share_not_after", "score_verbs", "pp_short"),
    "record_before": ("words",), "from_range_words": ("words", "nouns_after"), "duration_adjectives": ("words",),
    "subunit_moves": ("fillers", "not_before"), "count_modifiers": ("not_words", "side_words", "side_nouns", "gap_nouns"),
    "spaced_scales": ("not_before",), "scale_word_names": ("words", "names_after"),
    "quake_magnitudes": ("context", "cues_before", "scales_after"),
    "pounds_context": ("money_words", "money_prefixes", "weight_words", "weight_prefixes", "pence_words"),
    "temperature_cues": ("words", "fahrenheit", "celsius"), "ratio_cues": ("words", "links", "hedges", "per_words"),
    "multiple_contexts": ("twice_before", "verb_before", "fraction_comparatives", "fold_aspect_nouns"),
    "duration_contexts": ("comparatives", "remaining", "remaining_before", "owners", "window_words", "in_not_before",
                          "average_words", "clock_before", "match_events", "accumulation_units", "change_window_ends"),
    "scanner_cues": ("determiners", "conversion_hedges", "range_ends"), "up_to_levels": ("verbs", "object_verbs", "return_words", "return_not_after"),
    "half_of_spans": ("words",), "year_in_progress_cues": ("words", "first_before"), "measure_start_words": ("words",),
    "glued_m": ("length_after", "verbs_after", "nouns_after", "counted_before", "counted_links", "metre_text_words"), "sign_words": ("minus", "negative", "plus", "margin"),
    "denominator_before": ("words",), "age_before": ("words", "bounds", "people", "people_bounds"),
    "direction_cues": ("level_before", "level_fillers", "share_determiners", "share_hedges", "more", "less", "above", "below",
                       "gap_stops", "headline_particles", "particle_stops", "surfaces", "market_value_holders",
                       "market_value_context", "ranging_verbs", "extra", "time_links", "time_links_next", "compared_links", "measure_up_nouns", "measure_down_nouns"),
    "exclusion_cues": ("tally_words", "tally_adverbs", "index_size_nouns", "week_label_before", "label_numbers", "decade_owners", "age_group_bounds", "record_after", "decade_bands", "shooting_after", "decade_modifiers", "clock_cues", "not_year_after", "idioms", "value_label_words"),
    "vague_heads": ("of_heads", "scale_heads", "followers"),
    "claim_cues": ("or_more", "stock_nouns", "issue_states", "volume_nouns", "not_comment_time"),
    "money_adjectives": ("currencies", "multi_currencies"), "cents_per_litre": ("slash_units", "per_words", "litre_words"), "per_share_cents": ("cues", "after", "glued"),
    "scale_abbreviations": ("glued", "spaced"), "dollar_money_words": ("scales", "currencies"),
    "direction": ("up_verbs", "down_verbs", "up_nouns", "down_nouns", "up_particles", "down_particles", "phrasal",
                  "object_not_change", "amount_object_verbs", "change_carriers", "level_verbs", "percent_units", "level_prepositions", "irregular", "average_nouns",
                  "level_hedges", "level_stops", "fillers", "comparison_bases"),
}
OBJECT_MAPS = {("direction", "phrasal"), ("direction", "irregular")}


def check_lexicon(data: object, where: str) -> dict:
    """`data` when it is a lexicon with exactly the keys of SHAPES, each of its shape; else a `ValueError`
    naming `where` and the first key that is unknown, missing or of the wrong shape (a typo in a key fails
    when the rules are loaded, not as silently different extractions)."""
    if not isinstance(data, dict):
        raise ValueError(f"{where}: expected a JSON object")
    for section, keys, known in [(None, data, SHAPES), *((name, data.get(name), OBJECTS[name]) for name in OBJECTS)]:
        prefix = f"{section}." if section else ""
        if not isinstance(keys, dict):
            raise ValueError(f"{where}: {section!r} must be a JSON object")
        unknown = sorted(set(keys) - set(known) - {"_doc"})
        if unknown:
            raise ValueError(f"{where}: unknown key {prefix + unknown[0]!r} (known: {', '.join(known)})")
        missing = [key for key in known if key not in keys]
        if missing:
            raise ValueError(f"{where}: missing key {prefix + missing[0]!r}")
        for key in known:
            shape = SHAPES[key] if section is None else "map" if (section, key) in OBJECT_MAPS else "list"
            if not _has_shape(keys[key], shape):
                raise ValueError(f"{where}: {prefix + key!r} must be {_SHAPE_WORDS[shape]}")
    return data


_SHAPE_WORDS = {"list": "a list of non-empty strings", "map": "a JSON object of numbers, strings or nulls",
                "lists": "a JSON object of lists", "object": "a JSON object"}


def _has_shape(value: object, shape: str) -> bool:
    if shape == "list":
        return isinstance(value, list) and all(isinstance(w, str) and w.strip() for w in value)
    if not isinstance(value, dict):
        return False
    inner = [v for k, v in value.items() if k != "_doc"]
    if shape == "map":
        return all(v is None or (isinstance(v, (str, int, float)) and not isinstance(v, bool)) for v in inner)
    if shape == "lists":
        return all(isinstance(v, (list, dict)) for v in inner)
    return True


@lru_cache(maxsize=4)
def load_lexicon(path: str | None = None) -> Lexicon:
    """Load the lexicon at `path` (default src/claimx/rules/lexicon.json), cached per path.

    path (str | None): a lexicon JSON file.
    RETURNS (Lexicon): the word lists.
    RAISES (ValueError): the file is not valid JSON, or a key is unknown, missing or of the wrong shape.
    """
    data, where = read_rules_json(Path(path) if path else models_dir() / "lexicon.json")
    return Lexicon(check_lexicon(data, where))
