"""Figure shapes met reading real pages from many beats and countries (session 32). Sentences are invented."""
from __future__ import annotations

import datetime as dt

from fixtures_claims import claims_reader


claims_of = claims_reader(dt.date(2024, 5, 2))


def test_a_price_gained_or_lost_to_a_new_level_is_a_move(nlp):
    found = claims_of(nlp, "Harbour Power gained 10 cents to $2.82 and Kestrel Foods lost $1.20 to $45.10 on Thursday. "
                           "The club lost $3 million to fraud. The council raised $2 million to 2030.")
    assert (found["10 cents"].direction, found["10 cents"].kind) == ("up", "change")
    assert (found["$1.20"].direction, found["$1.20"].kind) == ("down", "change")
    assert found["$2.82"].direction is None and found["$45.10"].direction is None  # the levels reached
    assert found["$3 million"].direction is None  # what was lost, not a price's move
    assert found["$2 million"].direction is None  # what was raised: "to 2030" is no level


def test_a_plus_between_two_figures_adds_them_and_is_no_hedge(quantities_nlp):
    doc = quantities_nlp("The fee was €100m + €46m in bonuses, and the arena holds 10,000+ fans.")
    found = {span.text: span._.quantity for span in doc.spans["quantities"]}
    assert found["€100m"]["qualifier"] == "exact" and found["€46m"]["qualifier"] == "exact"
    assert found["10,000+"]["qualifier"] == "lower_bound"
