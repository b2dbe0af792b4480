"""Wire datelines (claimx.frame.entities, the claims component): a dateline the tagger takes into the name after it
is no part of the name, and a local body named without its place is the dateline's town. Text invented for these
tests."""
from __future__ import annotations

import datetime as dt

import pytest

from fixtures_claims import claims_reader


claims_of = claims_reader(dt.date(2025, 5, 1))


@pytest.mark.parametrize("written,name", [
    ("CLEVELAND - Goodyear Tire & Rubber Co.", "Goodyear Tire & Rubber Co."),
    ("NEW DELHI (Reuters) \u2014 Infosys", "Infosys"),
    ("LONDON, Oct 3 (Reuters) - BP", "BP"),
    ("ST. LOUIS, Mo. - Anheuser-Busch", "Anheuser-Busch"),
    ("AT&T", "AT&T"),
    ("Rolls-Royce", "Rolls-Royce"),
])
def test_a_dateline_is_no_part_of_a_name(nlp, written, name):
    from claimx.frame.entities import clean_name
    assert clean_name(written) == name


def test_a_subject_read_from_the_lead_drops_its_dateline(nlp):
    text = ("Tyre maker's profit jumps\n\n"
            "CLEVELAND - Halvorsen Tire & Rubber Co.'s third-quarter profit rose 51 per cent, the company said.\n")
    subject = claims_of(nlp, text)["51 per cent"].subject or ""
    assert "CLEVELAND" not in subject and "Halvorsen" in subject


def test_a_body_named_without_its_place_is_the_dateline_town(nlp):
    text = ("Alderford council backs fire station bond\n\n"
            "ALDERFORD - The Town Council voted 5-2 on Tuesday to borrow $12.4 million for a new fire station.\n")
    assert claims_of(nlp, text)["$12.4 million"].subject == "Alderford"
