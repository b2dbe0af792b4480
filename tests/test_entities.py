"""The article's entity table: short forms join their full name, one label per entity, the lead."""
from __future__ import annotations

from claimx.frame.entities import ArticleEntities
from claimx.frame.words import load_words

TEXT = ("Microsoft shares rise after cloud sales jump\n\n"
        "SEATTLE, Jan 28 (Claimx Wire) - Microsoft Corporation said on Tuesday that quarterly revenue rose 12%, "
        "according to figures from the research firm Gartner.\n\n"
        "Microsoft also said its Azure cloud grew 31%. Analysts at Gartner expect more growth.\n")


def test_entities_group_short_forms_and_find_the_lead(nlp):
    doc = nlp(TEXT)
    first = [s for s in doc.sents if s.text.strip()]
    table = ArticleEntities(doc, load_words(), first[2].end_char)
    company = table.get("Microsoft")
    assert company is not None and company is table.get("Microsoft Corporation")  # the short form joins the full name
    assert company.mentions >= 3 and company.headline
    assert table.get("SEATTLE") is None  # a dateline is not a name
    gartner = table.get("Gartner")
    assert gartner is None or gartner.sources >= 1
    assert table.lead() in ("Microsoft", "Microsoft Corporation")
    assert table.salience("Microsoft") > table.salience("Gartner")


def test_a_headline_mention_does_not_decide_a_label(nlp):
    """The small tagger often takes a person in a title-case headline for an organisation; with one full mention
    there and one in the body the tie went to the organisation. The body's mentions decide the label."""
    from spacy.tokens import Span
    text = ("Harlow City sign Tomas Ekwueme\n\nHarlow City has signed Tomas Ekwueme on a four-year deal, the club "
            "said on Friday.\n")
    doc = nlp(text)
    spans = []
    for start in (m.start() for m in __import__("re").finditer("Tomas Ekwueme", text)):
        span = doc.char_span(start, start + len("Tomas Ekwueme"))
        spans.append(Span(doc, span.start, span.end, label="ORG" if start < text.index("\n") else "PERSON"))
    doc.ents = spans  # the headline's mention tagged an organisation, the body's a person
    first = [s for s in doc.sents if s.text.strip()]
    table = ArticleEntities(doc, load_words(), first[1].end_char)
    assert table.get("Tomas Ekwueme").label == "PERSON"
