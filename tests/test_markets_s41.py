"""Session 41: market reports. Made-up companies and figures; each test fails on the code before the change.

- a list's later item whose name the parse hangs on the first item's name ("with BHP up 1.9% and Rio Tinto
  adding 1.2%") is about its own name, not the first's (claims._listed_subject); names that share one verb
  still share its figure;
- an exchange a share moves "on" that the tagger calls an organisation ("closed 1.4 per cent higher on the BSE") is
  where it trades, no subject (claims._trading_venue);
- a security's term hyphened before it ("the 10-year bond yield", "the two-year Treasury note", "the 30-year fixed
  mortgage rate") is part of the measure's name (rules/lexicon.json name_patterns), no claim, and stays in the
  metric; a bond issue's term ("a 20-year bond of $14 million") is still a claim.
"""
from __future__ import annotations

import datetime as dt

from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2025, 3, 4))


def test_a_later_list_item_is_about_its_own_name(nlp):
    text = ("Miners lift Valdorian shares\n\nValdorian shares rose on Tuesday, led by miners.\n\nThe benchmark Kestrel "
            "200 index closed up 0.6% at 7,812.4 points, with BHP up 1.9% and Rio Tinto adding 1.2%.\n")
    claims = claims_of(nlp, text)
    assert claims["1.2%"].subject == "Rio Tinto"
    assert claims["1.9%"].subject == "BHP"


def test_a_securitys_term_is_no_claim_and_names_the_measure(nlp):
    text = ("Yields climb\n\nThe 10-year bond yield rose 5 basis points to 4.32% on Tuesday.\n\nThe average 30-year "
            "fixed mortgage rate was 6.8%.\n")
    claims = claims_of(nlp, text)
    assert "10-year" not in claims and "30-year" not in claims
    assert claims["4.32%"].metric == "10-year bond yield"


def test_a_bond_issues_term_is_still_a_claim(nlp):
    text = "Council backs bond\n\nThe council approved a 20-year bond of $14 million for the new fire station.\n"
    assert "20-year" in claims_of(nlp, text)


def test_an_exchange_a_share_closes_on_is_no_subject(nlp):
    # (claims._trading_venue: an exchange the tagger calls an organisation, "on" it, as a place "in" it)
    text = ("Kestrel Steel profit jumps 12%\n\nMUMBAI: Kestrel Steel on Tuesday reported a 12 per cent rise in net profit "
            "to Rs 3,302 crore for the quarter ended September 30.\n\nShares of the company closed 1.4 per cent higher at "
            "Rs 152.30 on the BSE.\n")
    claims = claims_of(nlp, text, dt.date(2025, 11, 11))
    assert claims["1.4 per cent"].subject == "Kestrel Steel"
    assert claims["Rs 152.30"].subject == "Kestrel Steel"
