"""Session 40: a player's contract agreed "with" him is his, as a contract agreed by him and the club together is
(claims component, `_contracted_person`). Made-up names; the test fails on the code before the change."""
from __future__ import annotations

import datetime as dt

import pytest

from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2025, 10, 14))


@pytest.mark.parametrize("sentence,figure", [
    ("The Kestrel Rapids have agreed a four-year, $180 million contract extension with guard Tomas Reyes, his agent "
     "said on Tuesday.", "$180 million"),
    ("Ardmore Rovers have agreed a three-year contract worth £12 million with striker Ade Bello.", "£12 million"),
])
def test_a_contract_agreed_with_a_player_is_his(nlp, sentence, figure):
    text = f"Club keeps its star\n\n{sentence}\n"
    assert claims_of(nlp, text)[figure].subject in ("Tomas Reyes", "Ade Bello")


def test_a_figure_rising_after_a_comma_restates_the_figure_before(nlp):
    text = ("Ardmore sign winger\n\nArdmore Rovers have signed winger Ade Bello from Corvale for a club-record fee of "
            "£48 million, rising to £55 million with add-ons.\n")
    claims = claims_of(nlp, text)
    assert claims["£55 million"].metric == claims["£48 million"].metric == "fee"
