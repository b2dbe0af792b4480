"""Session 57 (lead): a metric that keeps the words after a vague or counted noun ("people who took shelter ...",
"patients treated at ...") keeps them only up to a whole phrase. Those words are capped at eight; a cap that fell
inside a phrase left a metric ending in the middle of it, or of a hyphenated word ("people who took shelter in more
than 400 state"). Made-up text; the tests fail on the code before the change."""
from __future__ import annotations

import datetime as dt

from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2032, 11, 21))


def test_a_relative_clause_cut_by_the_cap_ends_before_its_unfinished_phrase(nlp):
    """A phrase the cap cuts ("in more than 260 state-run relief camps") is left out whole, not cut mid-word."""
    found = claims_of(nlp, "Storm leaves thousands in camps\n\nNearly 54,000 people who took shelter in more than 260 "
                           "state-run relief camps were still there on Sunday, officials in Harlow said.\n")
    assert found["Nearly 54,000"].metric == "people who took shelter"


def test_a_participle_cut_by_the_cap_ends_before_its_unfinished_phrase(nlp):
    """"patients treated at the nation's almost 3,100 non-federal hospitals" -> "patients treated"."""
    found = claims_of(nlp, "Hospital study\n\nThe Valdoria study looked at about 37 million patients treated at the "
                           "nation's almost 3,100 non-federal hospitals.\n")
    assert found["about 37 million"].metric == "patients treated"


def test_a_short_state_is_kept_whole(nlp):
    """Guard (passes before the change too): words the cap does not cut stay as they are."""
    found = claims_of(nlp, "Waiting lists\n\nSome 3,400 patients who were waiting for surgery were moved.\n")
    assert found["Some 3,400"].metric == "patients waiting for surgery"
