"""The frame's word lists (src/claimx/rules/frame.json), checked when loaded.

A missing key, an unknown key or a value that is not a list of strings is a `ValueError` naming the
file and the key, so a typo in a user's copy of the file fails at load time, not as silently worse
subjects.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, fields
from functools import lru_cache

from claimx.lexicon import alternation, models_dir, read_rules_json, string_lists

KEYS = ("source_verbs", "source_nouns", "source_people", "source_prepositions", "not_subjects",
        "forecast_verbs", "measured_verbs", "estimate_nouns", "forecast_nouns", "market_nouns", "pronouns", "metric_heads",
        "generic_subjects", "part_heads", "actors", "reporting_verbs", "unit_heads", "verb_metrics",
        "rise_nouns", "fall_nouns", "container_nouns", "container_modifiers", "not_metrics", "subject_metrics", "per_share_heads",
        "unit_dimensions", "dimension_words", "description_heads", "place_heads", "place_measures",
        "relational_nouns", "collective_nouns", "vague_nouns", "unit_verb_metrics", "distance_words",
        "per_share_verbs", "frequency_words", "remaining_words", "price_verbs", "holder_verb_metrics",
        "move_verbs", "market_verbs", "index_name_words", "aggregate_nouns", "period_modifiers",
        "statistic_index_words", "stock_index_words", "research_groups", "valuing_verbs", "pay_verbs", "public_bodies", "sample_nouns",
        "move_particles", "currencies",
        "publishing_verbs", "person_pronouns", "partitive_pronouns", "owner_pronouns", "governing_body_words", "comment_verbs",
        "list_joins", "governing_body_qualifiers", "role_heads", "funding_verbs", "market_wide_words", "market_volume_phrases", "market_scopes", "transfer_verbs", "transfer_nouns", "player_nouns",
        "contribution_verbs", "world_scopes", "local_place_heads", "standing_nouns", "sector_words", "restating_nouns", "study_nouns", "comparative_words", "comparison_prepositions", "compared_with_words", "compared_side_words", "compared_side_figure_words", "cause_side_words", "clause_joins", "clause_relative_openers", "clause_report_words", "record_words", "extreme_nouns", "cost_nouns", "lead_words", "margin_verbs", "day_nouns", "name_connectives", "venue_verbs", "journal_words", "election_nouns", "change_nouns", "named_changes", "amount_verb_metrics", "contract_nouns", "local_bodies", "match_verbs", "match_nouns", "deal_verbs", "deal_nouns", "deal_terms", "average_nouns", "statistics_bodies", "statistics_short_forms", "demonyms", "national_measures", "seat_nouns", "signing_verbs", "career_words",
         "statistics_name_words", "body_name_words", "governed_areas", "government_words", "spending_verbs",
         "clock_units", "time_of_day_words", "time_of_day_prepositions",
         "difference_nouns", "expectation_nouns", "agent_verbs", "march_year_money", "crore_year_ends",
         "stated_as_nouns", "cause_verbs", "counting_words",
         "study_people", "place_parts",
         "budget_story_words", "public_year_ends", "origin_verbs", "sequence_prepositions",
         "national_scopes", "currency_countries",
         "death_words", "injury_words", "media_words", "reading_dimensions", "reading_stand_ins", "toll_verbs", "displacement_words", "life_nouns", "lives_lost_verbs", "people_nouns", "count_comparatives", "likelihood_words",
         "likelihood_links", "day_report_verbs", "close_words", "close_today_words", "perfect_auxiliaries", "commodity_markets", "comparison_openings", "concessive_openers", "disaster_nouns", "generic_place_names", "policy_rate_words", "rate_decision_verbs",
         "personal_earnings_words", "results_words", "not_results_after", "budget_words", "financial_year_words", "quarter_results_words",
         "quarter_result_nouns", "accounts_measures", "rolling_year_words", "release_year_words", "year_to_words",
         "statistics_words", "not_quarter_after", "result_nouns", "year_results_words", "not_year_results_after",
         "whole_year_words", "part_of_year_words", "first_half_words", "not_part_of_year_nouns", "not_event_day_before",
         "event_day_words", "report_day_words", "night_before_words", "present_count_phrases", "past_count_phrases", "previous_close_words", "previous_session_phrases", "future_words",
         "market_day_words", "deal_lead_verbs", "not_deal_before", "profit_words", "not_score_after",
         "clause_break_words", "than_clause_verbs", "clause_participle_words", "participle_words", "base_words",
         "described_base_words", "not_describing_words", "ranging_verbs", "when_clause_words", "now_words",
         "owned_gap_hedges", "aside_words", "until_words", "opening_prepositions", "period_part_words",
         "relative_period_ends", "old_side_words", "generic_determiners", "from_hedges", "to_hedges",
         "making_verbs", "showing_verbs", "amount_scales", "share_name_prefixes",
         "list_glue", "budget_prefixes", "times_compared_words", "unit_words", "own_noun_words", "against_words",
         "time_prepositions", "period_nouns",
         "passing_prepositions", "qualifier_prepositions", "qualifier_marks", "multiple_words",
         "multiple_count_words", "vote_words", "poll_words", "poll_side_words", "rain_words", "level_on_words", "period_adjectives", "joined_place_prepositions", "period_determiners", "season_words", "not_phrase_words", "habit_determiners",
         "fee_nouns", "alone_words",
         "byline_openers", "byline_joins",
         "played_nouns",
         "year_time_words", "name_year_after", "preposition_nouns",
         "name_modifier_participles", "penalty_verbs", "price_nouns", "effective_day_cues", "scheduled_words",
         "equivalence_adjectives",
         "levy_words", "currency_move_verbs", "rank_verbs", "rank_words", "budget_holders",
         "fiscal_label_words", "public_bank_words", "action_count_verbs", "passive_count_verbs", "electorate_measures",
         "trading_session_phrases", "measured_on_nouns", "academic_words", "market_story_words", "population_stock_words",
         "figure_base_words", "count_start_words", "office_roles", "destination_nouns", "scope_prepositions", "pointing_adverbs", "pointing_place_heads", "place_opening_prepositions",
         "voter_nouns", "benchmark_names", "benchmark_words", "country_names",
         "population_words", "population_verbs", "extent_dimensions", "bank_name_words", "target_prepositions",
         "measure_acronyms", "reporting_bodies", "body_report_verbs", "central_bank_places", "prize_verbs", "prize_words",
         "levy_payers", "levy_names", "state_words", "session_nouns", "session_day_openers", "filing_nouns",
         "filing_prepositions", "company_suffixes", "shared_trading_words", "earlier_poll_words", "forecaster_words",
         "earnings_tail_words", "measuring_verbs", "surface_measures", "surface_words", "company_year_ends", "second_half_words",
         "local_place_prepositions", "local_place_labels", "start_verbs", "bare_place_heads", "named_disaster_heads",
         "speaker_roles", "report_title_words", "survey_title_words",
         "match_result_nouns", "joint_subject_words", "career_record_words", "nickname_endings",
         "instance_nouns",
         "title_year_nouns",
         "bare_clause_break_words",
         "strike_verbs",
         "event_measure_words",
         "record_nouns",
         "strike_clause_openers",
         "placing_words",
         "event_reach_verbs",
         "ticker_exchanges",
         "commodity_contract_nouns",
         "trading_verbs",
         "economy_measures",
         "publisher_words", "source_body_words", "holding_fund_words", "recording_services",
         "trading_venue_words", "instrument_heads", "deciding_part_names",
         "revision_words",
         "scoring_units", "scoring_verbs", "delivery_nouns", "streak_nouns", "streak_season_words",
         "shot_nouns", "attempt_nouns", "shooting_ranges", "shot_verbs",
         "change_degree_words",
         "change_degree_nouns",
         "price_move_words",
         "share_of_nouns",
         "place_area_nouns",
         "amount_verbs",
         "portfolio_roles",
         "exam_nouns", "exam_lead_words", "exam_takers", "funding_round_words",
         "service_nouns",
         "initials_names",
         "committee_words",
         "gainer_nouns", "loser_nouns", "currency_standings", "currency_nicknames",
         "exam_event_nouns", "exam_outcome_words", "exam_taker_nouns",
         "vote_tally_measures", "vote_tally_metrics", "tally_for_words",
         "metric_short_forms", "forecast_value_nouns", "forecast_side_words", "growth_contribution_words", "growth_drag_words", "growth_words", "metric_period_phrases", "measure_synonyms", "rain_fall_verbs", "not_out_words", "unit_only_metrics", "count_measure_synonyms",
         "market_figure_verbs", "index_descriptions", "currency_value_nouns",
         "issued_nouns",
         "result_margin_units",
         "table_standing_after",
         "table_standing_before",
         "weekend_words",
         "match_ahead_words",
         "run_words",
         "not_measure_words", "declared_payout_nouns",
         "table_count_nouns", "run_result_nouns")
PAIRS = {"verb_metrics": "verb:noun", "subject_metrics": "noun:metric", "unit_dimensions": "unit:noun",
         "dimension_words": "adjective:noun",
         "unit_verb_metrics": "verb:noun", "price_verbs": "verb:noun",
         "holder_verb_metrics": "verb:noun", "period_modifiers": "modifier:adjective", "margin_verbs": "verb:noun",
         "statistics_bodies": "body:place", "statistics_short_forms": "short:place", "demonyms": "adjective:place", "governed_areas": "body:area",
         "crore_year_ends": "place:month", "public_year_ends": "money:month",
         "currency_countries": "code:country", "count_comparatives": "word:change",
         "benchmark_names": "name:benchmark", "country_names": "short:name", "measure_acronyms": "acronym:measure",
         "central_bank_places": "bank:place", "state_words": "adjective:measure",
         "surface_measures": "preposition:measure", "company_year_ends": "name:month",
         "currency_nicknames": "nickname:currency", "vote_tally_metrics": "unit:metric",
         "metric_short_forms": "long:short", "metric_period_phrases": "phrase:adjective", "measure_synonyms": "word:measure", "count_measure_synonyms": "word:measure",
         "not_measure_words": "word:class"}  # keys whose entries are pairs
CASED_VALUES = {"currency_nicknames", "statistics_bodies", "statistics_short_forms", "governed_areas", "currency_countries", "benchmark_names", "country_names",
                "measure_acronyms", "central_bank_places", "metric_short_forms"}  # pairs whose value is a name written as it should read ("ons:UK")
# lists whose words keep their case: a word in lower case matches with or without a capital, one written with a capital
# only so ("Stats", not "stats")
CASED_KEYS = {"statistics_words"}


def _initials_of(short: str, name: str) -> bool:
    """Whether `short` (lower case) is the initials of the words of `name` ("wti" of "west texas intermediate")."""
    parts = name.split()
    return len(parts) > 1 and " " not in short and short == "".join(p[0] for p in parts)


@dataclass(frozen=True)
class FrameWords:
    """The loaded lists, as frozensets of lower-case words."""

    source_verbs: frozenset[str]
    source_nouns: frozenset[str]
    source_people: frozenset[str]
    source_prepositions: frozenset[str]
    not_subjects: frozenset[str]
    forecast_verbs: frozenset[str]
    measured_verbs: frozenset[str]
    estimate_nouns: frozenset[str]
    forecast_nouns: frozenset[str]
    market_nouns: frozenset[str]
    pronouns: frozenset[str]
    metric_heads: frozenset[str]
    generic_subjects: frozenset[str]
    part_heads: frozenset[str]
    actors: frozenset[str]
    reporting_verbs: frozenset[str]
    unit_heads: frozenset[str]
    verb_metrics: frozenset[str]
    rise_nouns: frozenset[str]
    fall_nouns: frozenset[str]
    container_nouns: frozenset[str]
    container_modifiers: frozenset[str]  # "the equivalent figure", "the largest total": which figure, not what
    not_metrics: frozenset[str]
    subject_metrics: frozenset[str]
    per_share_heads: frozenset[str]
    unit_dimensions: frozenset[str]
    dimension_words: frozenset[str]
    description_heads: frozenset[str]
    place_heads: frozenset[str]
    place_measures: frozenset[str]
    relational_nouns: frozenset[str]
    collective_nouns: frozenset[str]
    vague_nouns: frozenset[str]
    unit_verb_metrics: frozenset[str]
    distance_words: frozenset[str]
    per_share_verbs: frozenset[str]
    frequency_words: frozenset[str]
    remaining_words: frozenset[str]
    price_verbs: frozenset[str]
    holder_verb_metrics: frozenset[str]
    move_verbs: frozenset[str]
    market_verbs: frozenset[str]
    index_name_words: frozenset[str]
    aggregate_nouns: frozenset[str]
    period_modifiers: frozenset[str]
    statistic_index_words: frozenset[str]
    stock_index_words: frozenset[str]
    research_groups: frozenset[str]
    valuing_verbs: frozenset[str]
    pay_verbs: frozenset[str]
    public_bodies: frozenset[str]
    sample_nouns: frozenset[str]
    move_particles: frozenset[str]
    currencies: frozenset[str]
    publishing_verbs: frozenset[str]
    person_pronouns: frozenset[str]
    partitive_pronouns: frozenset[str]
    owner_pronouns: frozenset[str]
    governing_body_words: frozenset[str]
    comment_verbs: frozenset[str]
    list_joins: frozenset[str]
    governing_body_qualifiers: frozenset[str]
    role_heads: frozenset[str]
    funding_verbs: frozenset[str]
    market_wide_words: frozenset[str]
    market_volume_phrases: frozenset[str]
    market_scopes: frozenset[str]
    transfer_verbs: frozenset[str]
    transfer_nouns: frozenset[str]
    player_nouns: frozenset[str]
    contribution_verbs: frozenset[str]
    world_scopes: frozenset[str]
    local_place_heads: frozenset[str]
    standing_nouns: frozenset[str]
    played_nouns: frozenset[str]
    sector_words: frozenset[str]
    study_nouns: frozenset[str]
    restating_nouns: frozenset[str]
    comparative_words: frozenset[str]
    comparison_prepositions: frozenset[str]
    compared_with_words: frozenset[str]
    compared_side_words: frozenset[str]
    compared_side_figure_words: frozenset[str]
    cause_side_words: frozenset[str]
    clause_joins: frozenset[str]
    clause_relative_openers: frozenset[str]
    clause_report_words: frozenset[str]
    record_words: frozenset[str]
    extreme_nouns: frozenset[str]
    cost_nouns: frozenset[str]
    lead_words: frozenset[str]
    margin_verbs: frozenset[str]
    day_nouns: frozenset[str]
    name_connectives: frozenset[str]
    venue_verbs: frozenset[str]
    journal_words: frozenset[str]
    election_nouns: frozenset[str]
    change_nouns: frozenset[str]
    named_changes: frozenset[str]
    amount_verb_metrics: frozenset[str]
    contract_nouns: frozenset[str]
    local_bodies: frozenset[str]
    match_verbs: frozenset[str]
    match_nouns: frozenset[str]
    deal_verbs: frozenset[str]
    deal_nouns: frozenset[str]
    deal_terms: frozenset[str]
    statistics_bodies: frozenset[str]
    statistics_short_forms: frozenset[str]
    average_nouns: frozenset[str]
    central_bank_places: frozenset[str]
    statistics_name_words: frozenset[str]
    body_name_words: frozenset[str]
    demonyms: frozenset[str]
    national_measures: frozenset[str]
    seat_nouns: frozenset[str]
    signing_verbs: frozenset[str]
    career_words: frozenset[str]
    governed_areas: frozenset[str]
    government_words: frozenset[str]
    spending_verbs: frozenset[str]
    clock_units: frozenset[str]
    time_of_day_words: frozenset[str]
    time_of_day_prepositions: frozenset[str]
    difference_nouns: frozenset[str]
    expectation_nouns: frozenset[str]
    agent_verbs: frozenset[str]
    march_year_money: frozenset[str]
    crore_year_ends: frozenset[str]
    stated_as_nouns: frozenset[str]
    cause_verbs: frozenset[str]
    counting_words: frozenset[str]
    study_people: frozenset[str]
    place_parts: frozenset[str]
    budget_story_words: frozenset[str]
    public_year_ends: frozenset[str]
    origin_verbs: frozenset[str]
    sequence_prepositions: frozenset[str]
    national_scopes: frozenset[str]
    currency_countries: frozenset[str]
    death_words: frozenset[str]
    injury_words: frozenset[str]
    displacement_words: frozenset[str]
    toll_verbs: frozenset[str]
    reading_dimensions: frozenset[str]
    media_words: frozenset[str]
    reading_stand_ins: frozenset[str]
    life_nouns: frozenset[str]
    lives_lost_verbs: frozenset[str]
    people_nouns: frozenset[str]
    count_comparatives: frozenset[str]
    likelihood_words: frozenset[str]
    likelihood_links: frozenset[str]
    day_report_verbs: frozenset[str]
    close_words: frozenset[str]
    close_today_words: frozenset[str]
    perfect_auxiliaries: frozenset[str]
    commodity_markets: frozenset[str]
    comparison_openings: frozenset[str]
    concessive_openers: frozenset[str]
    disaster_nouns: frozenset[str]
    generic_place_names: frozenset[str]
    policy_rate_words: frozenset[str]
    rate_decision_verbs: frozenset[str]
    personal_earnings_words: frozenset[str]
    results_words: frozenset[str]
    not_results_after: frozenset[str]
    budget_words: frozenset[str]
    financial_year_words: frozenset[str]
    quarter_results_words: frozenset[str]
    quarter_result_nouns: frozenset[str]
    accounts_measures: frozenset[str]
    rolling_year_words: frozenset[str]
    release_year_words: frozenset[str]
    year_to_words: frozenset[str]
    statistics_words: frozenset[str]
    not_quarter_after: frozenset[str]
    result_nouns: frozenset[str]
    year_results_words: frozenset[str]
    not_year_results_after: frozenset[str]
    whole_year_words: frozenset[str]
    part_of_year_words: frozenset[str]
    first_half_words: frozenset[str]
    not_part_of_year_nouns: frozenset[str]
    not_event_day_before: frozenset[str]
    event_day_words: frozenset[str]
    report_day_words: frozenset[str]
    night_before_words: frozenset[str]
    present_count_phrases: frozenset[str]
    past_count_phrases: frozenset[str]
    previous_close_words: frozenset[str]
    previous_session_phrases: frozenset[str]
    future_words: frozenset[str]
    market_day_words: frozenset[str]
    deal_lead_verbs: frozenset[str]
    not_deal_before: frozenset[str]
    profit_words: frozenset[str]
    not_score_after: frozenset[str]
    clause_break_words: frozenset[str]
    than_clause_verbs: frozenset[str]
    clause_participle_words: frozenset[str]
    participle_words: frozenset[str]
    base_words: frozenset[str]
    described_base_words: frozenset[str]
    not_describing_words: frozenset[str]
    ranging_verbs: frozenset[str]
    when_clause_words: frozenset[str]
    now_words: frozenset[str]
    owned_gap_hedges: frozenset[str]
    aside_words: frozenset[str]
    until_words: frozenset[str]
    opening_prepositions: frozenset[str]
    period_part_words: frozenset[str]
    relative_period_ends: frozenset[str]
    old_side_words: frozenset[str]
    generic_determiners: frozenset[str]
    from_hedges: frozenset[str]
    to_hedges: frozenset[str]
    making_verbs: frozenset[str]
    showing_verbs: frozenset[str]
    amount_scales: frozenset[str]
    share_name_prefixes: frozenset[str]
    list_glue: frozenset[str]
    budget_prefixes: frozenset[str]
    times_compared_words: frozenset[str]
    unit_words: frozenset[str]
    own_noun_words: frozenset[str]
    against_words: frozenset[str]
    time_prepositions: frozenset[str]
    period_nouns: frozenset[str]
    passing_prepositions: frozenset[str]
    qualifier_prepositions: frozenset[str]
    qualifier_marks: frozenset[str]
    multiple_words: frozenset[str]
    multiple_count_words: frozenset[str]
    vote_words: frozenset[str]
    poll_words: frozenset[str]
    poll_side_words: frozenset[str]
    rain_words: frozenset[str]
    level_on_words: frozenset[str]
    period_adjectives: frozenset[str]
    joined_place_prepositions: frozenset[str]
    period_determiners: frozenset[str]
    season_words: frozenset[str]
    not_phrase_words: frozenset[str]
    habit_determiners: frozenset[str]
    fee_nouns: frozenset[str]
    alone_words: frozenset[str]

    byline_openers: frozenset[str]
    byline_joins: frozenset[str]

    year_time_words: frozenset[str]
    name_year_after: frozenset[str]
    preposition_nouns: frozenset[str]  # the noun of a preposition of three words: "in front of", "on top of"
    name_modifier_participles: frozenset[str]  # "Ravi Menon-promoted", "state-owned" before a name
    penalty_verbs: frozenset[str]  # "fined Ms Harlan $30,000": the figure is imposed on the verb's object
    equivalence_adjectives: frozenset[str]  # "an efficacy equivalent to 88.4%": the noun the figure is equal to
    price_nouns: frozenset[str]
    effective_day_cues: frozenset[str]
    scheduled_words: frozenset[str]

    levy_words: frozenset[str]
    currency_move_verbs: frozenset[str]
    rank_verbs: frozenset[str]
    rank_words: frozenset[str]
    budget_holders: frozenset[str]
    fiscal_label_words: frozenset[str]
    public_bank_words: frozenset[str]
    action_count_verbs: frozenset[str]
    passive_count_verbs: frozenset[str]
    instance_nouns: frozenset[str]  # "thefts, of which 17,742 incidents were recorded": the incidents are thefts
    electorate_measures: frozenset[str]
    trading_session_phrases: frozenset[str]
    session_nouns: frozenset[str]  # "Thursday's session", "Wednesday's trade": the session a market report reports
    session_day_openers: frozenset[str]  # "on", "during", "closed" before such a day
    filing_nouns: frozenset[str]  # "a statement to the Kestrel Exchange": whom a company files with is no subject
    filing_prepositions: frozenset[str]  # "to", "with"
    measured_on_nouns: frozenset[str]
    academic_words: frozenset[str]
    market_story_words: frozenset[str]
    population_stock_words: frozenset[str]
    figure_base_words: frozenset[str]
    count_start_words: frozenset[str]
    office_roles: frozenset[str]
    destination_nouns: frozenset[str]
    scope_prepositions: frozenset[str]
    pointing_adverbs: frozenset[str]
    pointing_place_heads: frozenset[str]
    place_opening_prepositions: frozenset[str]
    voter_nouns: frozenset[str]
    benchmark_names: frozenset[str]
    benchmark_words: frozenset[str]
    country_names: frozenset[str]
    population_words: frozenset[str]
    population_verbs: frozenset[str]
    extent_dimensions: frozenset[str]
    bank_name_words: frozenset[str]
    target_prepositions: frozenset[str]
    measure_acronyms: frozenset[str]
    reporting_bodies: frozenset[str]
    body_report_verbs: frozenset[str]
    prize_verbs: frozenset[str]
    prize_words: frozenset[str]
    levy_payers: frozenset[str]
    levy_names: frozenset[str]
    state_words: frozenset[str]
    company_suffixes: frozenset[str]
    shared_trading_words: frozenset[str]
    earlier_poll_words: frozenset[str]
    forecaster_words: frozenset[str]
    earnings_tail_words: frozenset[str]
    measuring_verbs: frozenset[str]
    surface_measures: frozenset[str]
    surface_words: frozenset[str]
    # "name:month" pairs: the month the fiscal year of a company often in the news ends in ("microsoft:6", "msft:6"), for
    # a results story about it that states no year end (see `company_year_end`); 12 for a company keeping its books to
    # December, which a story may lead with before naming one of the others
    company_year_ends: frozenset[str]
    second_half_words: frozenset[str]  # "second half", "H2": a results lead about a year's second half (see article)
    local_place_prepositions: frozenset[str]
    local_place_labels: frozenset[str]
    start_verbs: frozenset[str]
    bare_place_heads: frozenset[str]
    named_disaster_heads: frozenset[str]
    speaker_roles: frozenset[str]
    report_title_words: frozenset[str]
    survey_title_words: frozenset[str]
    match_result_nouns: frozenset[str]
    joint_subject_words: frozenset[str]
    career_record_words: frozenset[str]
    nickname_endings: frozenset[str]
    title_year_nouns: frozenset[str]
    bare_clause_break_words: frozenset[str]
    strike_verbs: frozenset[str]
    event_measure_words: frozenset[str]
    record_nouns: frozenset[str]
    strike_clause_openers: frozenset[str]
    placing_words: frozenset[str]
    event_reach_verbs: frozenset[str]
    # the stock exchanges a ticker in brackets is written with ("(ASX: SEK)"): see components/article_lead._reporter
    ticker_exchanges: frozenset[str]
    initials_names: frozenset[str]
    committee_words: frozenset[str]
    commodity_contract_nouns: frozenset[str]  # "the Brent contract rose 1%": the commodity's price
    trading_verbs: frozenset[str]  # "to settle at $22.41 on the Harlow Mercantile Exchange": where a price trades
    economy_measures: frozenset[str]
    publisher_words: frozenset[str]
    source_body_words: frozenset[str]  # "the Global Wool Council", "the Marine Wildlife Fund": bodies that publish figures
    trading_venue_words: frozenset[str]  # "Bursa Harlow Derivatives", "the Kestrel Commodity Exchange": where contracts trade
    deciding_part_names: frozenset[str]  # "the Committee", "Governing Council": a part that decides, written alone
    instrument_heads: frozenset[str]  # "futures": a headline's traded instrument ("Palm oil futures end higher")
    holding_fund_words: frozenset[str]  # "pension", "wealth": a fund that holds money and reports its own figures
    recording_services: frozenset[str]  # "police forces": services that record a place's figures, their source
    revision_words: frozenset[str]
    scoring_units: frozenset[str]  # "27 points", "113 runs": what a match report's side or player scores in
    scoring_verbs: frozenset[str]  # "scored 21 for Minnesota", "made 38": a bare count they take is the scoring unit
    delivery_nouns: frozenset[str]  # "82 from 70 balls", "91 runs from his 10 overs": what cricket's figures come off
    streak_nouns: frozenset[str]  # "a seven-game winning streak", "their 13-game skid": a run of results
    streak_season_words: frozenset[str]  # "the first all season": a streak's length is the season's
    shot_nouns: frozenset[str]  # "seven of his 17 attempts", "five of the Warriors' 11 three-pointers": a shooting line
    attempt_nouns: frozenset[str]  # "17 attempts", "14 shots": the tries of a line, whose part is the ones made
    shooting_ranges: frozenset[str]  # "range:made:attempts": "32 of 45 from the field" -> field goals made, attempts
    shot_verbs: frozenset[str]  # "knocked down five consecutive 3-point shots", "sank six": shots made, no fall
    change_degree_words: frozenset[str]  # "the greatest decline": how big a change was, no measure
    change_degree_nouns: frozenset[str]  # "the level of decline", "a slower rate of increase": the same
    price_move_words: frozenset[str]  # "paid more for pasta with an increase of 44.8%": a list of price moves
    share_of_nouns: frozenset[str]  # "gross NPAs as a percentage of gross advances": a share of a whole
    place_area_nouns: frozenset[str]  # "a decrease of 1.3% in English non-metropolitan areas": where, not what
    amount_verbs: frozenset[str]  # "It came in at $122M", "It totals $41.2 million": a verb that only states an amount
    portfolio_roles: frozenset[str]
    exam_nouns: frozenset[str]
    # "Some 67.8% of pupils passed last year's exams": an exam's results, of the exam's year
    exam_event_nouns: frozenset[str]
    exam_outcome_words: frozenset[str]
    exam_taker_nouns: frozenset[str]
    # "Sen. Ann Reid took 4,852 (43.7 percent)": a tally of votes, its count's measure and its share's
    vote_tally_measures: frozenset[str]
    vote_tally_metrics: frozenset[str]
    tally_for_words: frozenset[str]

    # "Over 57,000 students received their Leaving Cert results today": a lead of an exam's results, whose figures are
    # of the year the exam is sat (see claimx.frame.article._exam_lead)
    exam_lead_words: frozenset[str]
    exam_takers: frozenset[str]
    # "Lydia closed a $45 million series B round led by Tencent": a funding round raised now (claimx.frame.article)
    funding_round_words: frozenset[str]
    service_nouns: frozenset[str]
    # "Major Kestrel gainers were: Orlan Motors, up 4.1% at Rs.512.30; ...": a list of movers under a header
    gainer_nouns: frozenset[str]
    loser_nouns: frozenset[str]
    currency_nicknames: frozenset[str]  # "greenback:US dollar"
    currency_standings: frozenset[str]  # "Sterling was 0.4% lower versus the greenback": where a currency stands
    metric_short_forms: frozenset[str]  # "gross domestic product:GDP": a measure as a reader writes it down
    forecast_value_nouns: frozenset[str]  # "down from March's projection of 4.8%": a forecast of what is named before
    forecast_side_words: frozenset[str]  # "a previous estimate of 7.1%": which forecast
    growth_contribution_words: frozenset[str]  # "with inventories contributing 0.3 percentage points"
    growth_drag_words: frozenset[str]  # "which reduced GDP growth by 0.4 percentage points"
    growth_words: frozenset[str]  # what a total's growth is called ("growth", "expansion")
    metric_period_phrases: frozenset[str]  # "second quarter:quarterly": a period of two words written into a metric
    measure_synonyms: frozenset[str]  # "crowds:attendance": a word a story names a measure by, as a reader writes it
    rain_fall_verbs: frozenset[str]  # "Seventy-two millimetres has fallen at Harlow": rainfall
    not_out_words: frozenset[str]  # "unbeaten on 143", "not out 27": a batter's score standing
    unit_only_metrics: frozenset[str]  # "took 4,852 (43.7 percent)": a unit word read as the metric is none
    not_measure_words: frozenset[str]  # "high:extreme": a noun near a figure that names no measure, and its class
    declared_payout_nouns: frozenset[str]  # "dividend": a payout a results story declares for the period it reports
    count_measure_synonyms: frozenset[str]  # "unemployment:unemployed people": what a count of a measure's word counts

    market_figure_verbs: frozenset[str]  # "with Halvern closing 2.1p higher at 216.4p": a market figure's move or level
    index_descriptions: frozenset[str]  # "London's top flight closed 38.78 points lower": an index described, not named
    currency_value_nouns: frozenset[str]  # "The value of the pound increased 0.64% versus the dollar": the pound's move
    issued_nouns: frozenset[str]  # "The agency has two flood warnings in place": what a body issues, never owns
    table_standing_after: frozenset[str]  # "four points clear": a league table's standing (see claims._table_standing)
    table_standing_before: frozenset[str]
    weekend_words: frozenset[str]  # "at the weekend": the Saturday before publication (see article._match_day)
    match_ahead_words: frozenset[str]
    run_words: frozenset[str]  # "nine straight games": a run of games, as a streak (claims._run_of_games)
    table_count_nouns: frozenset[str]  # "74 points from 30 games": what a league table counts (claims._table_standing)
    run_result_nouns: frozenset[str]  # "five wins in a row": a run's games or results (claims._run_of_games)
    result_margin_units: frozenset[str]  # "a 65-run victory": a match's margin states its result (see article._Rules)

    def measure_named(self, metric: str, synonyms: bool = True, count: bool = False) -> str:
        """`metric` as a reader writes it down: a period of two words before another word as its adjective
        (`metric_period_phrases`: "second quarter growth" -> "quarterly growth"), and a metric whose head is a word a
        story names a measure by, or a change of it, as that measure (`measure_synonyms`: "Crowds" -> "attendance",
        "Average crowds" -> "Average attendance", "spectators growth" -> "attendance growth"; not with `synonyms`
        False, for a duration: "the rain" of "24 hours" is how long it lasted); with `count`, a figure that counts, also
        a word of `count_measure_synonyms` ("Unemployment rose 11,000 to 746,600" -> "unemployed people")."""
        pattern, table = _short_form_table(self.metric_period_phrases, following=True)
        if pattern is not None:
            metric = pattern.sub(lambda m: table[re.sub(r"\s+", " ", m.group(0).lower())], metric)
        level, change = metric, ""
        for ending in (" growth", " fall"):
            if metric.lower().endswith(ending):
                level, change = metric[:-len(ending)], ending
        before, _, head = level.rpartition(" ")
        if synonyms and ((measure := _paired(self.measure_synonyms, head.lower())) is not None
                         or count and (measure := _paired(self.count_measure_synonyms, head.lower())) is not None):
            return f"{before} {measure}".strip() + change
        return metric

    def short_forms(self, metric: str) -> str:
        """`metric` with each long form of `metric_short_forms` written short ("Gross domestic product growth" ->
        "GDP growth"), whatever its case, as a reader writes the measure down to look it up."""
        pattern, table = _short_form_table(self.metric_short_forms)
        if pattern is None:
            return metric
        short = pattern.sub(lambda m: table[re.sub(r"\s+", " ", m.group(0).lower())], metric)
        # "Gross domestic product (GDP)": the short form the text gives in brackets is not written twice
        return re.sub(r"\b([A-Z]{2,})\s*\(\s*\1\s*\)", r"\1", short) if short != metric else metric

    def population_stock(self, tok) -> bool:
        """Whether a noun "stock" or "stocks" is a living population, no shares: a word of `population_stock_words`
        modifies it ("Cod stocks fell 40%", "fish stocks", "the spawning stock"), in the singular or plural."""
        if tok.lemma_.lower() != "stock" and tok.lower_ not in ("stock", "stocks"):
            return False
        return any(c.dep_ in ("compound", "amod", "nmod") and (c.lower_ in self.population_stock_words
                                                               or c.lemma_.lower() in self.population_stock_words)
                   for c in tok.children)

    @property
    def scope_words(self) -> frozenset[str]:
        """The words that may stand for who or where a figure is about though the dictionary has them as nouns: a place
        or the world (`world_scopes`, `place_heads`), a body (`government_words`, `local_bodies`, `public_bodies`) and
        those that act (`actors`): "Government borrowing rose", "Council tax will rise"."""
        return self.world_scopes | self.place_heads | self.government_words | self.local_bodies | self.public_bodies \
            | self.actors

    def __hash__(self) -> int:
        """The hash of every list, worked out once: the frame's cached helpers are keyed by the words (`_rules(words)`,
        thousands of times an article), and hashing some two hundred lists on each lookup was a cost of its own. The
        lists never change once loaded (the dataclass is frozen), so the hash cannot go stale."""
        held = self.__dict__.get("_hash")
        if held is None:
            held = hash(tuple(getattr(self, f.name) for f in fields(self)))  # (what the dataclass's own __hash__ hashes)
            object.__setattr__(self, "_hash", held)
        return held

    def benchmark_name(self, name: str) -> str | None:
        """The name a market benchmark goes by, by the words the text gives it ("West Texas Intermediate crude futures",
        "U.S. West Texas Intermediate (WTI) crude" -> "West Texas Intermediate crude"; "WTI futures" -> "WTI crude";
        "Brent Oil Futures" -> "Brent crude") when `name` holds a name of `benchmark_names` (the longest first; its
        initials, "WTI", may stand beside it) and its other words are all of `benchmark_words`, and is more than a
        one-word name alone (a lone "Brent" may be a person or a place); None otherwise."""
        words = re.findall(r"[\w.&]+", name.lower())
        # (the longest name first: "U.S. West Texas Intermediate (WTI) crude" goes by the name the text spells out)
        for pair in sorted(self.benchmark_names, key=lambda p: (-len(p.partition(":")[0]), p)):
            key, _, benchmark = pair.partition(":")
            if key not in words and not (" " in key and key in " ".join(words)):
                continue
            rest = " ".join(words)
            for other in self.benchmark_names:  # the benchmark's other names ("WTI" beside "West Texas Intermediate")
                if other.partition(":")[2] == benchmark or _initials_of(other.partition(":")[0], key):
                    rest = re.sub(rf"(?<![\w.]){re.escape(other.partition(':')[0])}(?![\w])", " ", rest)
            rest_words = rest.split()
            if not all(w in self.benchmark_words for w in rest_words):
                continue
            if rest_words or " " in key or name.isupper():
                return benchmark
        return None

    def country_name(self, name: str | None) -> str | None:
        """The name a reader looks a country up by, for a short form written with its initials ("US", "U.S." ->
        "United States"; `country_names`), else `name` as it is."""
        if not name or name.islower():
            return name
        return _paired(self.country_names, name.lower()) or name

    def central_bank_place(self, name: str) -> str | None:
        """The place a central bank named without a word of `bank_name_words` is the bank of (`central_bank_places`:
        "the Fed", "the U.S. Federal Reserve" -> "United States"), read from the end of its name; None for any other."""
        words = name.lower().split()
        return next((place for i in range(len(words))
                     if (place := _paired(self.central_bank_places, " ".join(words[i:]))) is not None), None)

    def statistics_place(self, body: str, text: str = "") -> str | None:
        """The place a national statistics body's figures are about ("Stats NZ" -> "New Zealand"), or None. A body
        whose name several countries' offices share lists them with "|" ("central statistics office:Ireland|India"):
        the first that `text` names, by its name, its adjective of nationality (`demonyms`) or another statistics body
        of its own ("New Delhi (ANI): ... the Central Statistics Office (CSO), Ministry of Statistics and Programme
        Implementation"; a short form of `statistics_short_forms` only in brackets: "the Central Statistical Office
        (KSH)"), else the first."""
        value = _paired(self.statistics_bodies, body.lower())
        if value is None or "|" not in value:
            return value
        places = value.split("|")
        for place in places:
            words = [place] + [adjective for pair in self.demonyms for adjective, _, where in [pair.partition(":")]
                               if where.lower() == place.lower()] \
                + [other for pair in self.statistics_bodies for other, _, where in [pair.partition(":")]
                   if where == place and len(other) > 4]
            if any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", text, re.I) for w in words):
                return place
            # "the Central Statistical Office (KSH)": the body's own short form (`statistics_short_forms`) in brackets
            # says whose it is (a few letters written elsewhere may be any word: "KSh 2.7 billion")
            shorts = [other for pair in self.statistics_short_forms for other, _, where in [pair.partition(":")]
                      if where == place]
            if any(re.search(rf"\(\s*{re.escape(w)}\s*\)", text, re.I) for w in shorts):
                return place
        return places[0]

    def verb_metric(self, lemma: str) -> str | None:
        """The noun `verb_metrics` gives for a verb lemma ("spend" -> "spending"), or None."""
        return _paired(self.verb_metrics, lemma)

    def not_measure(self, word: str) -> str | None:
        """The class `not_measure_words` gives a noun that names no measure ("high" -> "extreme", "fy" -> "time"), or
        None for a noun that may name one."""
        return _paired(self.not_measure_words, word.lower())

    def vote_tally_metric(self, unit: str) -> str | None:
        """What a figure of a tally of votes in `unit` measures (`vote_tally_metrics`: "count" -> "votes", "percent" ->
        "vote share"), or None."""
        return _paired(self.vote_tally_metrics, unit)

    def subject_metric(self, word: str) -> str | None:
        """The metric `subject_metrics` gives for a subject noun ("shares" -> "share price"), or None."""
        return _paired(self.subject_metrics, word)

    def subject_metric_values(self) -> frozenset[str]:
        """Every metric `subject_metrics` gives ("share price", "oil price", "index level")."""
        return _pair_values(self.subject_metrics)

    def commodity(self, word: str) -> bool:
        """Whether `word` or, less a plural's "s", its singular is a noun of `subject_metrics` ("soybeans" ->
        "soybean price"): a commodity, whose figure is its price, though the dictionary has it as a noun."""
        return bool(self.subject_metric(word) or self.subject_metric(word[:-1]))

    def count_comparative(self, word: str) -> str | None:
        """The change `count_comparatives` gives for a comparative after a figure ("fewer" -> "fall"), or None."""
        return _paired(self.count_comparatives, word)

    def dimension(self, unit: str) -> str | None:
        """What `unit_dimensions` says a physical unit measures of a thing ("km" -> "length"), or None."""
        return _paired(self.unit_dimensions, unit.lower())

    def state_word(self, adjective: str) -> str | None:
        """The measure `state_words` gives for a word after a percentage ("contained" -> "containment"), or None."""
        return _paired(self.state_words, adjective)

    def surface_measure(self, preposition: str) -> str | None:
        """What a length set by `preposition` under or over a surface measures (`surface_measures`: "below" -> "depth"),
        or None."""
        return _paired(self.surface_measures, preposition)

    def dimension_word(self, adjective: str) -> str | None:
        """The noun `dimension_words` gives for an adjective after a figure ("tall" -> "height"), or None."""
        return _paired(self.dimension_words, adjective)

    def unit_verb_metric(self, lemma: str) -> str | None:
        """What a physical figure measures when its verb says so ("generate" -> "output", "cover" -> "area"), or None."""
        return _paired(self.unit_verb_metrics, lemma)

    def price_verb(self, lemma: str) -> str | None:
        """What a money figure "for" which the verb is done is ("sign" -> "transfer fee", "buy" -> "purchase price")."""
        return _paired(self.price_verbs, lemma)

    def holder_verb_metric(self, lemma: str) -> str | None:
        """What a money figure a department or agency (`unit_heads`) is the subject of the verb for is
        ("receive" -> "budget")."""
        return _paired(self.holder_verb_metrics, lemma)

    def margin_verb(self, lemma: str) -> str | None:
        """What the "by" figure of a verb of a contest measures ("win" -> "winning margin", "lead" -> "lead"), or None."""
        return _paired(self.margin_verbs, lemma)

    def period_modifier(self, word: str) -> str | None:
        """The plain adjective `period_modifiers` gives for a period written into a metric ("third-quarter" ->
        "quarterly", "full-year" -> "annual"), or None."""
        return _paired(self.period_modifiers, word)

    def demonym(self, adjective: str) -> str | None:
        """The country `demonyms` gives for an adjective of nationality ("turkish" -> "Turkey"), in title case, or None."""
        place = _paired(self.demonyms, adjective.lower())
        return place.title() if place else None

    def demonym_places(self) -> frozenset[str]:
        """The places `demonyms` names (its values, lower case: "new zealand", "turkey"): the countries an article may
        name. Built once per list."""
        return _pair_values(self.demonyms)

    def measure_acronym(self, word: str) -> str | None:
        """The measure an acronym of a company's accounts written in capitals stands for (`measure_acronyms`: "PAT" ->
        "profit after tax"), or None for any other word (a word in lower case or title case: "Pat" is a name)."""
        return _paired(self.measure_acronyms, word.lower()) if word.isupper() and len(word) > 1 else None

    def currency_country(self, code: str) -> str | None:
        """The one country whose currency a code is (`currency_countries`: "ZAR" -> "South Africa"), or None."""
        return _paired(self.currency_countries, code.lower())

    def governed_area(self, body: str) -> str | None:
        """The area `governed_areas` says a body governs ("school board" -> "school district"), or None."""
        return _paired(self.governed_areas, body.lower())

    def crore_year_end(self, text: str) -> int:
        """The month the fiscal year ends in of the country `text` names most among `crore_year_ends` (a story that
        writes money in crore and lakh: "pakistan" -> 6), March when it names none of them."""
        table = _pair_table(self.crore_year_ends)
        counts: dict[int, int] = {}
        for word in re.findall(r"[a-z]+", text.lower()):
            month = table.get(word)
            if isinstance(month, str):
                counts[int(month)] = counts.get(int(month), 0) + 1
        return max(counts, key=lambda month: (counts[month], month == 3)) if counts else 3

    def public_year_end(self, text: str) -> int | None:
        """The month the fiscal years of the public bodies whose money `text` writes end in (`public_year_ends`, "money:
        month": "£:3", the UK government's and councils' years to 31 March), by the money it writes most; None when it
        writes none of them. A sign is counted wherever it stands, a word ("pounds") only next to a figure."""
        counts: dict[int, int] = {}
        for money, month in _pair_table(self.public_year_ends).items():
            if not isinstance(month, str):
                continue
            if money.isalpha():
                found = len(re.findall(rf"\d\s*(?:m|bn|million|billion)?\s+{re.escape(money)}\b|\b{re.escape(money)}\s+\d",
                                       text, re.I))
            else:
                found = text.lower().count(money)
            if found:
                counts[int(month)] = counts.get(int(month), 0) + found
        return max(counts, key=counts.__getitem__) if counts else None

    def company_year_end(self, text: str, opening_end: int) -> int | None:
        """The month the fiscal year ends in of the company a results story is about, by `company_year_ends` ("name:
        month": "microsoft:6", "cba:6"), or None. The company is the one of the table the text names first, in its
        headline or first sentence (`text[:opening_end]`), written with a capital (a name, not "an apple"); the text
        names that company's year again (a name of it or of another company of the same year end, at least twice in
        all), and no other year end of the table more often: a story naming such a company only in passing (a supplier's
        results "on iPhone demand from Apple") is not about it."""
        pattern = _names_pattern(self.company_year_ends)
        if pattern is None:
            return None
        table = _pair_table(self.company_year_ends)
        found = [(m.start(), table.get(" ".join(m.group(0).lower().split()))) for m in pattern.finditer(text)
                 if m.group(0)[:1].isupper() or m.group(0)[:1].isdigit()]
        found = [(start, int(month)) for start, month in found if isinstance(month, str)]
        if not found or found[0][0] >= opening_end:
            return None
        counts: dict[int, int] = {}
        for _, month in found:
            counts[month] = counts.get(month, 0) + 1
        month = found[0][1]
        # (a company keeping its books to December, listed with 12, leads a story that names one of the table after it:
        # "Amazon has edged ahead of Walmart in annual revenue" says nothing of Amazon's year, which the text gives)
        return month if month != 12 and counts[month] >= 2 \
            and all(n < counts[month] for other, n in counts.items() if other != month) else None

    def budget_story(self, lead: str) -> bool:
        """Whether `lead` names a tax only a public body's budget sets (`budget_story_words`: "council tax", "the
        precept"): a budget story even when it does not say "budget"."""
        low = re.sub(r"\s+", " ", lead.lower())
        return any(re.search(rf"\b{re.escape(word)}\b", low) for word in self.budget_story_words)

    def opens_comparison(self, sentence: str) -> bool:
        """Whether `sentence` opens with a phrase of `comparison_openings` ("This compares with 9.4 per cent for the
        same period in 2008"): a sentence about the figures the last one is compared with."""
        low = re.sub(r"\s+", " ", sentence.strip().lower())
        return any(low.startswith(phrase + " ") for phrase in self.comparison_openings)

    def to_dict(self) -> dict[str, list[str]]:
        return {key: sorted(getattr(self, key)) for key in KEYS}


def alternatives(words, *, boundary: bool = True) -> str:
    """The regex alternation of a word list (`claimx.lexicon.alternation`: longest first, escaped, word-bounded, a space
    matching any run of white space); for an empty list, a pattern that never matches, so that emptying a list turns
    its rule off rather than making it match everywhere."""
    return alternation(words, boundary=boundary) if words else "(?!)"


@lru_cache(maxsize=4)
def _names_pattern(pairs: frozenset[str]) -> re.Pattern | None:
    """The pattern of the keys of "name:value" pairs (longest first, word-bounded, any run of white space for a
    space), matched without case; None for an empty list."""
    keys = {pair.partition(":")[0] for pair in pairs}
    return re.compile(alternation(keys), re.I) if keys else None


def _paired(pairs: frozenset[str], word: str) -> str | None:
    """The value of the "key:value" entry of `pairs` whose key is `word`, or None. Read from a table built once
    per list (a scan per call was a frame hot spot); a key listed twice is looked up by the scan, as before."""
    value = _pair_table(pairs).get(word)
    return _paired_scan(pairs, word) if value is _TWICE else value


_TWICE = object()


@lru_cache(maxsize=8)
def _short_form_table(pairs: frozenset[str], following: bool = False) -> tuple[re.Pattern | None, dict[str, str]]:
    """The pattern of the long forms of "long:short" pairs (`metric_short_forms`; word-bounded, any case, a space matching
    any run of white space; with `following`, only before another word) and the short form of each, built once per
    list."""
    table = {key: value for pair in pairs for key, _, value in [pair.partition(":")]}
    if not table:
        return None, table
    alternatives = "|".join(r"\s+".join(map(re.escape, key.split())) for key in sorted(table, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternatives})\b" + (r"(?=\s+\w)" if following else ""), re.IGNORECASE), table


@lru_cache(maxsize=64)
def _pair_table(pairs: frozenset[str]) -> dict[str, object]:
    table: dict[str, object] = {}
    for pair in pairs:
        key, _, value = pair.partition(":")
        table[key] = _TWICE if key in table else value
    return table


@lru_cache(maxsize=16)
def _pair_values(pairs: frozenset[str]) -> frozenset[str]:
    return frozenset(pair.split(":", 1)[1] for pair in pairs if ":" in pair)


def _paired_scan(pairs: frozenset[str], word: str) -> str | None:
    for pair in pairs:
        key, _, value = pair.partition(":")
        if key == word:
            return value
    return None


def parse(data: dict, where: str) -> FrameWords:
    """Check `data` (the JSON object of frame.json) and build the lists; `where` names it in errors."""
    lists = string_lists(data, KEYS, where)
    for key, pattern in PAIRS.items():
        if not all(w.count(":") == 1 for w in lists[key]):
            raise ValueError(f"{where}: {key!r} entries must be '{pattern}'")
    for key in ("crore_year_ends", "public_year_ends", "company_year_ends"):
        if not all(w.partition(":")[2].strip() in _MONTHS for w in lists[key]):
            raise ValueError(f"{where}: {key!r} months must be numbers from 1 to 12")
    return FrameWords(**{key: frozenset(_cased(w) if key in CASED_VALUES else w.strip() if key in CASED_KEYS
                                        else w.strip().lower() for w in value)
                         for key, value in lists.items()})


_MONTHS = {str(month) for month in range(1, 13)}


def _cased(pair: str) -> str:
    """A "key:value" pair whose key is read in lower case and whose value keeps its case ("ons:UK")."""
    key, _, value = pair.strip().partition(":")
    return f"{key.strip().lower()}:{value.strip()}"


def load_words(path: str | None = None) -> FrameWords:
    """The frame words at `path` (default: the packaged rules/frame.json, read once per process)."""
    return read_words(path) if path else _packaged()


@lru_cache(maxsize=1)
def _packaged() -> FrameWords:
    return read_words(str(models_dir() / "frame.json"))


def read_words(path: str) -> FrameWords:
    """Read and check the frame words in the file at `path` (never cached: a saved pipeline may change)."""
    return parse(*read_rules_json(path))
