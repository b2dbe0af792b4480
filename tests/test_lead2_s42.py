"""Session 42, the lead's later changes. Made-up figures; each test fails on the code before the change.

- a word hyphened to the next with no space ("One-third of ...") is never split into sentences at the hyphen
  (components/paragraphs.py): the parser ended a sentence after "One" of a fraction opening a paragraph, and the
  fraction lost what it is a share of;
- a university whose researchers report a finding ("cut their risk by 62%, the researchers from the University of
  Kelby found") is a source, no subject, as a funder or a journal is (claims._entity_candidate); a university's own
  figures stay its own;
- a duration of a verb of going somewhere is how long, not how far ("walked briskly for 30 minutes a day" -> "walk
  time", not "distance") (frame.metric._read);
- a participle of `venue_verbs` after a study's sample ("a study of 78,430 adults published in JAMA Neurology") says
  where the study appeared, no state of the people counted (frame.metric._vague_tail, state_tail).
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


STUDY = "Daily walk cuts dementia risk\n\n"


def test_a_university_reporting_a_finding_is_no_subject(nlp):
    text = STUDY + ("Those who walked briskly every day cut their risk by 62%, the researchers from the University of "
                    "Kelby found.\n\nThe University of Kelby said its research income rose 12% to £41 million.\n")
    claims = claims_of(nlp, text)
    assert claims["62%"].subject != "University of Kelby"
    assert claims["£41 million"].subject == "University of Kelby"


def test_a_duration_of_walking_is_walk_time(nlp):
    text = STUDY + "Those who walked briskly for 30 minutes a day cut their risk by 62%.\n"
    assert claims_of(nlp, text)["30 minutes"].metric == "walk time"


def test_where_a_study_appeared_is_no_state_of_its_sample(nlp):
    text = STUDY + ("Walking 9,800 steps a day was linked to a lower risk of dementia, according to a study of 78,430 "
                    "adults published in the Kelby Journal of Medicine.\n")
    assert claims_of(nlp, text)["78,430"].metric == "adults"
