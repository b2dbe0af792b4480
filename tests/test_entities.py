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
