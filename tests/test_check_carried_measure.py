"""A change whose measure the frame carried from the sentence before is not contradicted by that sentence's levels."""
from __future__ import annotations

import datetime as dt

from fixtures_claims import checked_reader, claims_reader

claims_of = claims_reader(dt.date(2025, 5, 10))
_checked = checked_reader(dt.date(2025, 5, 10), claims_of)

TEXT = ("Harbour Radio returns to surplus\n\n"
        "Harbour Radio recorded a surplus of €6.8m in 2024, up from €2.3m in 2023, as the broadcaster said it was "
        "building on its recovery.\n\n"
        "In its annual report, the broadcaster said that its commercial revenues for the year were strong in most "
        "areas, resulting in an increase of €21.5m. Advertising accounted for €15.3m of this growth.")


def test_a_change_with_a_carried_measure_is_not_contradicted_by_the_levels_it_was_carried_from(nlp):
    found = _checked(nlp, TEXT)
    assert found["€21.5m"].frame.metric.start is None  # the measure was not read in the change's sentence
    assert found["€21.5m"].verdict != "contradicted"


def test_a_change_that_names_its_measure_is_still_checked_against_the_levels_before(nlp):
    text = TEXT.replace("its commercial revenues for the year were strong in most areas, resulting in an increase of "
                        "€21.5m", "its surplus rose by €21.5m")
    assert _checked(nlp, text)["€21.5m"].verdict == "contradicted"  # 6.8m - 2.3m is 4.5m
