"""Session 47 (business audit): the frame of figures in shapes wire results copy writes. A company's suffix written with
a full stop before its ticker in brackets ("Corvel Plc. (CRV.L) reported ...") does not end the sentence, and a
dateline's credit with a hyphen in it ("LONDON (Harlow-Wire) - ") is no subject. Made-up text; a test of each change
fails on the code before it."""
from __future__ import annotations

import datetime as dt

from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2021, 7, 30))


def test_a_suffix_with_a_full_stop_before_a_ticker_keeps_the_sentence(nlp):
    text = ("Corvel H1 Pre-tax Profit Rises\n\nCorvel Plc. (CRV.L) reported that its profit before tax for the half year "
            "rose 8.8 percent to 37.6 million pounds.\n")
    found = claims_of(nlp, text)
    assert found["8.8 percent"].subject == "Corvel Plc"


def test_a_hyphened_credit_after_a_dateline_is_no_subject(nlp):
    text = ("Corvel H1 Profit Rises\n\nLONDON (Harlow-Wire) - Corvel Plc (CRV.L) reported that its net income rose "
            "8.8 percent to $37.6 million.\n")
    found = claims_of(nlp, text)
    assert found["8.8 percent"].subject == "Corvel Plc"
