"""Session 42, the lead's later changes. Made-up figures; each test fails on the code before the change.

- a word hyphened to the next with no space ("One-third of ...") is never split into sentences at the hyphen
  (components/paragraphs.py): the parser ended a sentence after "One" of a fraction opening a paragraph, and the
  fraction lost what it is a share of.
"""
from __future__ import annotations

import datetime as dt

from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2016, 2, 17))


def test_a_fraction_opening_a_paragraph_keeps_its_of_phrase(nlp):
    text = ("Trials unpublished\n\nOne-third of clinical trials conducted at 51 universities and hospitals were never "
            "published in a peer-reviewed journal.\n")
    assert claims_of(nlp, text)["One-third"].metric == "share of clinical trials"


def test_no_sentence_starts_inside_a_hyphened_word(nlp):
    doc = nlp("Trials unpublished\n\nOne-third of clinical trials conducted at 51 universities and hospitals were never "
              "published in a peer-reviewed journal.\n")
    starts = [t.text for t in doc if t.is_sent_start]
    assert "-" not in starts and "third" not in starts
