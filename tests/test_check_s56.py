"""Session 56 (lead): a pairing of figures that no wording links to a percentage (`check/internal._percentage_as_share`,
`_pair_in_sentence`) supports it only when the figures agree with it to the last digit written, trailing zeros
counted: a round "10 per cent" is not read as "somewhere from 5 to 15" there. Made-up text; the first test fails on
the merged code before the fix (the round rate was supported by 14 / 98 = 14.3%)."""
from __future__ import annotations

import datetime as dt

from fixtures_claims import all_checked

ROUND = ("Harrowgate hold off Penmore\n\nThe Harrowgate Hawks beat the Penmore Pilots 118-104 on Saturday night. "
         "The Hawks went 14 of 98 from the field (10 per cent) and nine of 21 from three-point range.\n")


def _verdict(found, text):
    return next(claim for claim in found if claim.text == text).verdict


def test_a_round_rate_far_from_its_part_over_whole_is_not_supported(nlp):
    """14 / 98 is 14.3%: a bracketed "10 per cent" no wording calls a share is not supported by it (nor contradicted:
    the pairing may only ever support)."""
    found = all_checked(nlp, ROUND, dt.date(2021, 3, 7))
    assert _verdict(found, "10 per cent") == "unverifiable"


def test_a_round_rate_its_part_over_whole_bears_out_is_supported(nlp):
    """Guard (passes before the fix too): 10 of 100 is 10%, to the digit written."""
    found = all_checked(nlp, ROUND.replace("14 of 98", "10 of 100"), dt.date(2021, 3, 7))
    assert _verdict(found, "10 per cent") == "supported"
