"""Session 57 (vp): verdicts the pack settles but the checker left unverifiable. A topic sentence with no figure names
the part of an entity (a department, a division) that the next sentence goes on about ("The harbour department is the
big loser. Its budget falls to $12.4 million"): that sentence holds no claim, so the checker never read it, and a
figure in the next one matched only a part "no word of the claim names". The checker now reads it from the article's
text (`check_claims(texts=...)`), and an entity named only after the figure, in a later clause, no longer keeps the
carried part out. Such a part may support the claim, never contradict it, and
the whole's figure does not contradict a figure it may be about. Made-up text and a made-up pack; each test
fails on the session-start code unless its docstring says it is a guard."""
from __future__ import annotations

import datetime as dt

import pytest

from claimx.check import check_claims
from claimx.pipeline import extract_articles
from claimx.records import Article
from claimx.reference import load_pack

ENTITIES = """id,name,aliases,parent,kind,fiscal_year_end
velmont,City of Velmont,Velmont|the city|the council,,city,06-30
velmont-harbour,Velmont Harbour Department,harbour department|harbour services|harbour,velmont,department,06-30
velmont-roads,Velmont Roads Department,roads department|roads,velmont,department,06-30
"""
METRICS = """id,unit,synonyms
budget,USD,budget|spending plan
population,count,population|residents
"""
FACTS = """entity,metric,period,start,end,value,unit,source
velmont,budget,FY2031,2030-07-01,2031-06-30,512000000,USD,FICTIONAL (test)
velmont-harbour,budget,FY2031,2030-07-01,2031-06-30,12400000,USD,FICTIONAL (test)
velmont-harbour,budget,FY2030,2029-07-01,2030-06-30,13900000,USD,FICTIONAL (test)
velmont-roads,budget,FY2031,2030-07-01,2031-06-30,40100000,USD,FICTIONAL (test)
velmont-roads,budget,FY2030,2029-07-01,2030-06-30,38700000,USD,FICTIONAL (test)
velmont,population,2029,2029-06-30,2029-06-30,332000,count,FICTIONAL (test)
"""

PUBLISHED = dt.date(2030, 6, 2)

STORY = ("Velmont adopts leaner budget\n\n"
         "VELMONT, June 2 - The City of Velmont adopted a $512 million budget for the 2031 fiscal year on Monday.\n\n"
         "The roads department's budget rises to $40.1 million, enough to resurface 30 miles of streets. "
         "Harbour services take the deepest cut. Their budget falls to {figure}, and the city will sell one of its "
         "two tugboats.\n")


@pytest.fixture(scope="module")
def pack(tmp_path_factory):
    where = tmp_path_factory.mktemp("velmont")
    for name, body in (("entities.csv", ENTITIES), ("metrics.csv", METRICS), ("facts.csv", FACTS)):
        (where / name).write_text(body, encoding="utf-8")
    return load_pack(where)


def _checked(nlp, pack, text: str, *, with_text: bool = True) -> dict[str, str]:
    [result] = list(extract_articles([Article(id="v", text=text, published=PUBLISHED)], nlp))
    if not with_text:  # (as records read back from a file are checked)
        return {claim.text: claim.verdict for claim in check_claims(result.claims, pack, published=PUBLISHED)}
    texts = {"v": text}
    return {claim.text: claim.verdict for claim in check_claims(result.claims, pack, published=PUBLISHED, texts=texts)}


def test_a_part_named_by_a_figureless_sentence_before_supports_the_next_sentences_figure(nlp, pack):
    """"Harbour services take the deepest cut. Their budget falls to $12.4 million, and the city will sell ...": the
    harbour department's FY2031 budget is $12.4 million (it was left unverifiable: the topic sentence holds no figure,
    and "the city" after the figure kept the roads department, the part of the sentence before, as the carried one)."""
    found = _checked(nlp, pack, STORY.format(figure="$12.4 million"))
    assert found["$12.4 million"] == "supported"


def test_a_figure_the_part_named_before_may_be_about_is_not_contradicted_by_the_whole(nlp, pack):
    """"Harbour services take the deepest cut. Their budget falls to $9.8 million": the subject fell back on the city,
    whose FY2031 budget ($512 million) is no ground to contradict a figure the sentence before says is a department's
    (it was contradicted); nor does the part's own $12.4 million contradict it, a carried part never does."""
    found = _checked(nlp, pack, STORY.format(figure="$9.8 million"))
    assert found["$9.8 million"] == "unverifiable"


def test_without_the_article_text_the_checker_reads_only_the_claims_sentences(nlp, pack):
    """Guard (passes on the start code too): called without the article's text (records read back from a file), the
    checker cannot see the figureless sentence, and the figure matching only an unnamed part is no support."""
    found = _checked(nlp, pack, STORY.format(figure="$12.4 million"), with_text=False)
    assert found["$12.4 million"] == "unverifiable"


def test_lead_in_is_the_sentence_just_before_in_the_paragraph():
    """A new helper: the sentence before the claim's in its paragraph, read from the text by the offsets the frame keeps
    (`previous_sentence_start`, session 58); none when the claim opens its paragraph."""
    from fixtures_check import claim

    from claimx.check.readings import lead_in

    text = "Head\n\nFirst one here. The harbour is the loser. Its budget falls to $3 million.\n\nNew paragraph $4 million."
    sentence = "Its budget falls to $3 million."
    figure = claim("$3 million", 3e6, sentence=sentence, start=text.index("$3 million"),
                   sentence_start=text.index(sentence))
    figure = figure.model_copy(update={"frame": figure.frame.model_copy(
        update={"previous_sentence_start": text.index("The harbour")})})
    assert lead_in(figure, text) == "The harbour is the loser."
    sentence = "New paragraph $4 million."
    opener = claim("$4 million", 4e6, sentence=sentence, start=text.index("$4 million"),
                   sentence_start=text.index(sentence))
    assert lead_in(opener, text) is None
    assert lead_in(figure, None) is None


PER_HEAD = ("Velmont adopts leaner budget\n\n"
            "VELMONT, June 2 - The City of Velmont adopted its budget for the 2031 fiscal year on Monday. "
            "The budget works out at {figure} for every resident, officials said.\n")


def test_an_amount_per_head_is_supported_by_the_packs_amount_over_its_population(nlp, pack):
    """"The budget works out at about $1,540 for every resident": the city's FY2031 budget over its population counted
    in 2029, 512e6 / 332,000 = $1,542 a head (it was left unverifiable: no pack measure is per head)."""
    found = _checked(nlp, pack, PER_HEAD.format(figure="about $1,540"))
    assert found["about $1,540"] == "supported"


def test_an_amount_per_head_the_pack_does_not_bear_out_is_not_contradicted(nlp, pack):
    """Guard (passes on the start code too): $2,900 a head is far from 512e6 / 332,000, but the pairing of an amount
    with a head count is inferred: it may support a figure, never contradict it."""
    found = _checked(nlp, pack, PER_HEAD.format(figure="about $2,900"), with_text=False)
    assert found["about $2,900"] != "contradicted"


def test_per_head_reads_the_words_right_after_the_figure():
    """A new helper: "per head", "for every resident" make a figure per head; "for every branch" does not."""
    from fixtures_check import claim

    from claimx.check.perhead import per_head

    for sentence, expected in (("It spends $310 per head.", True), ("It spends $310 for every resident.", True),
                               ("It spends $310 for every branch.", False), ("It spends $310 on roads.", False)):
        assert per_head(claim("$310", 310, sentence=sentence)) is expected, sentence
