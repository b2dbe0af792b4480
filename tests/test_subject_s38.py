"""Session 38: names that are no topic of an article's lead (claims.py `_lead`): a sum written as one word, the label
that opens a line before a colon (a quote headline's speaker, a dateline), the words a name owns after its possessive;
and a short form of a name the lead writes in full. Sentences are invented for these tests, in the shapes real pages
write."""
from __future__ import annotations

import datetime as dt

from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2025, 10, 23))


def test_a_sum_written_as_one_word_is_no_topic(nlp):
    text = ("Schools take biggest slice of Sh9.8b spending plan\n\n"
            "The ward assembly approved the 2025-2026 budget three weeks behind schedule.\n\n"
            "Members voted through the Sh9.8 billion budget, first tabled in May.\n")
    found = claims_of(nlp, text)
    assert "9.8" not in (found["Sh9.8 billion"].subject or "")


def _claims_component(nlp):
    return next(pipe for _, pipe in nlp.pipeline if hasattr(pipe, "_line_label"))


def test_a_quote_headlines_speaker_is_a_label_of_its_line(nlp):
    text = ("Marwick: We will keep a close eye on prices\n\n"
            "Valdoria Reserve Bank Governor Alana Marwick said on Thursday the bank held its rate at 4.25%.\n")
    doc = nlp(text)
    component = _claims_component(nlp)
    assert component._line_label(doc[0])  # "Marwick" before the headline's colon: who is quoted
    assert not any(component._line_label(t) for t in doc[2:])  # no other word opens a line before a colon


def test_a_place_opening_a_headline_before_a_colon_is_no_label(nlp):
    doc = nlp("Canada: Inflation eases to 2.1 per cent\n\nConsumer prices rose 2.1 per cent in September.\n")
    assert not _claims_component(nlp)._line_label(doc[0])


def test_a_dateline_written_with_a_colon_is_no_topic(nlp):
    text = ("Canada's annual inflation climbs to 4.1 per cent\n\n"
            "Ottawa: Canada's consumer price index rose 4.1 per cent in the 12 months to September, the national "
            "statistics agency said on Tuesday.\n\n"
            "Food prices were up 3.2 per cent over the year.\n")
    found = claims_of(nlp, text)
    assert found["3.2 per cent"].subject != "Ottawa"
    assert found["4.1 per cent"].subject != "Ottawa"


def test_a_possessive_ends_the_name_that_owns_the_words_after_it(nlp):
    doc = nlp("The Orla League's Annual Revenue for 2024 was €48.2 million, up on a revenue of €45 million in 2023.\n")
    names = [t for t in doc if t.text in ("Orla", "League", "Annual", "Revenue")]
    assert [t.text for t in _claims_component(nlp)._before_owned(names)] == ["Orla", "League"]
    kept = [t for t in doc if t.text in ("Orla", "League")]
    assert _claims_component(nlp)._before_owned(kept) == kept


def test_a_short_form_of_a_name_the_lead_writes_in_full_is_reported_in_full(nlp):
    text = ("Air NV rides high as bookings soar\n\n"
            "Strong bookings and cheaper fuel have carried Air Novaland Vale to a record annual profit.\n\n"
            "The airline reported a net profit of $212 million, up 18 percent on a year ago.\n")
    found = claims_of(nlp, text)
    assert found["$212 million"].subject == "Air Novaland Vale"


def test_a_figure_with_no_subject_is_the_country_its_cited_body_is_named_after(nlp):
    text = ("Measles cases climb to 2,410\n\n"
            "Measles infected 2,410 children between January and April, the Kenya Centre for Disease Control has said.\n\n"
            "According to its monthly report, the cases were reported in 14 counties.\n")
    found = claims_of(nlp, text)
    assert found["2,410"].subject == "Kenya"


def test_a_cited_body_named_after_no_country_gives_none(nlp):
    text = ("Measles cases climb to 2,410\n\n"
            "Measles infected 2,410 children between January and April, the Centre for Disease Control has said.\n\n"
            "According to its monthly report, the cases were reported in 14 counties.\n")
    found = claims_of(nlp, text)
    assert found["2,410"].subject != "Kenya"


def test_a_cited_body_named_by_its_countrys_adjective_gives_the_country(nlp):
    text = ("Rates on hold as prices ease\n\n"
            "Prices are set to rise by 3.9% this year, the Kenyan Bureau of Economic Research said on Monday.\n\n"
            "It expects 4.1% next year.\n")
    found = claims_of(nlp, text)
    assert found["3.9%"].subject == "Kenya"


def test_a_short_form_written_as_a_figures_subject_is_the_name_the_lead_writes_in_full(nlp):
    text = ("Air NV rides high as bookings soar\n\n"
            "Strong bookings and cheaper fuel have carried Air Novaland Vale to a record annual profit.\n\n"
            "Air NV's revenue rose 6 percent to $2.1 billion.\n")
    found = claims_of(nlp, text)
    assert found["6 percent"].subject == "Air Novaland Vale"
