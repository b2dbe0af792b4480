"""Subject shapes met reading real health, statistics and economy copy from many publishers (session 32). Sentences
are invented for these tests."""
from __future__ import annotations


OUTBREAK = ("Dengue cases hit five-year high in Valdoria\n\n"
            "Dengue cases have hit a five-year high in Valdoria during the peak dengue season, the health agency said. "
            "A total of 4,210 dengue cases have been reported this year, and 38 dengue clusters are active. Most dengue "
            "clusters are in the east, and dengue deaths rose to 12.\n")


def test_a_word_in_lower_case_never_leads_whatever_its_tag(nlp):
    """The parser sometimes tags a common word in lower case a proper noun ("the peak dengue season"); written often,
    it led the article and became every figure's fallback subject. A name has a capital."""
    doc = nlp(OUTBREAK)
    finder = nlp.get_pipe("claimx_claims")
    for tok in doc:
        if tok.text == "dengue":
            tok.pos_ = "PROPN"  # what the parser did to the word in a real page
    finder._text, finder._common_words = doc.text, {}
    doc.user_data.pop("claimx_lead", None)
    assert finder._lead(doc) == "Valdoria"


def test_a_currency_in_lower_case_may_still_lead(nlp):
    """A currency report leads with its currency, written in lower case ("the rand firmed"): the exception."""
    doc = nlp("Rand firms to two-week high\n\nThe rand firmed 0.8% to 18.10 against the dollar on Tuesday, and the rand "
              "was the best performer among emerging currencies. The rand has gained 3% this month.\n")
    finder = nlp.get_pipe("claimx_claims")
    for tok in doc:
        if tok.text == "rand":
            tok.pos_ = "PROPN"
    finder._text, finder._common_words = doc.text, {}
    doc.user_data.pop("claimx_lead", None)
    assert finder._lead(doc) == "rand"


BUDGET = ("Interim Budget 2025: Valdoria To Miss Deficit Goal For 2024-25\n\n"
          "The fiscal deficit this financial year would be 4.1 per cent of gross domestic product, above the targeted "
          "3.8 per cent, finance minister Ann Reid said on Friday while presenting an interim budget.\n\n"
          "The deficit was widely expected to be higher than targeted.\n")


def test_a_title_case_headline_cut_at_its_colon_offers_no_lead_the_body_never_writes(nlp):
    """The segmenter cuts a Title Case headline at its colon into two sentences; words of the second part the body
    never writes ("Miss Deficit Goal") are no name there either, and no lead for the figures below."""
    import datetime as dt

    from test_frame_s27 import claims_of
    found = claims_of(nlp, BUDGET, dt.date(2025, 2, 1))
    assert found["4.1 per cent"].subject != "Miss Deficit Goal"
    assert found["3.8 per cent"].subject != "Miss Deficit Goal"


SIGNING = ("MLB Free Agency: Marco Lenz Back To Harlow After Agreeing To One-year, $18 Million Deal\n\n"
           "The Harlow Hawks finally reached a deal with veteran outfielder Marco Lenz after two months in free agency.\n\n"
           "Lenz's new deal also has a club option after the 2026 season. However, it is not the contract the veteran "
           "wanted. He was reportedly looking for a minimum of four years.\n")


def test_a_title_case_headline_name_the_body_never_writes_is_no_entity(nlp):
    """The tagger ran a player's name over the next words of a Title Case headline ("Marco Lenz Back To Harlow"); in the
    entity table that run took the body's "Marco Lenz" as its short form, so the surname "Lenz" stayed a one-word
    name of its own (read as a company) and "He" found no person. Such a run is no entity."""
    import datetime as dt

    from test_frame_s27 import claims_of
    found = claims_of(nlp, SIGNING, dt.date(2026, 1, 20))
    assert found["a minimum of four years"].subject == "Marco Lenz"
