"""Session 58 (vs): verdicts the pack settles but the checker left unverifiable. The frame now records where the
sentence before the claim's starts in its paragraph (`Frame.previous_sentence_start`, from spaCy's sentence
boundaries), so the checker reads a figureless topic sentence by offsets and keeps no sentence splitter of its own.
Made-up text; each test fails on the session-start code unless its docstring says it is a guard."""
from __future__ import annotations

import datetime as dt

import pytest

from claimx.check import check_claims
from claimx.pipeline import extract_articles
from claimx.records import Article
from claimx.reference import load_pack

PUBLISHED = dt.date(2031, 3, 4)


def _claims(nlp, text: str):
    [result] = list(extract_articles([Article(id="t", text=text, published=PUBLISHED)], nlp))
    return {claim.text: claim for claim in result.claims}


def test_the_frame_records_the_start_of_the_sentence_before_in_its_paragraph(nlp):
    """"Dr. Olsen runs the ferry service. The service carried 41,000 passengers": the sentence before starts at "Dr."
    (spaCy's boundary, not a full stop's); a claim opening its paragraph, or the article, has none."""
    text = ("Ferry numbers climb\n\n"
            "Brackwater ferries carried 12,000 cars in 2030.\n\n"
            "Dr. Olsen runs the ferry service. The service carried 41,000 passengers in 2030, officials said.\n")
    claims = _claims(nlp, text)
    inside = claims["41,000"].frame
    assert inside.previous_sentence_start == text.index("Dr. Olsen")
    assert text[inside.previous_sentence_start:inside.sentence_start].strip() == "Dr. Olsen runs the ferry service."
    assert claims["12,000"].frame.previous_sentence_start is None


ENTITIES = """id,name,aliases,parent,kind,fiscal_year_end
brannock-airport,Brannock Airport,Brannock|the airport,,airport,
skylark-air,Skylark Air,Skylark|the airline,,airline,
brannock,Brannock,the town,,town,
"""
METRICS = """id,unit,synonyms
passengers,count,passengers|carried|handled
population,count,population|residents|people
"""
FACTS = """entity,metric,period,start,end,value,unit,source
brannock-airport,passengers,2031-02,2031-02-01,2031-02-28,930000,count,FICTIONAL (test)
brannock-airport,passengers,2030,2030-01-01,2030-12-31,11200000,count,FICTIONAL (test)
brannock,population,2030,2030-01-01,2030-12-31,121000,count,FICTIONAL (test)
"""

WHOLE_STORY = ("Brannock traffic climbs\n\n"
               "BRANNOCK, March 4 - Skylark, all of whose flights use Brannock, said it carried 540,000 passengers in "
               "February, {share} of the airport's total.\n\n"
               "The airline will hold a parade on Saturday. Organisers expect as many as 40,000 people to line the "
               "route, {crowd} of the town's population.\n")


@pytest.fixture(scope="module")
def whole_pack(tmp_path_factory):
    where = tmp_path_factory.mktemp("brannock")
    for name, body in (("entities.csv", ENTITIES), ("metrics.csv", METRICS), ("facts.csv", FACTS)):
        (where / name).write_text(body, encoding="utf-8")
    return load_pack(where)


def _verdicts(nlp, pack, text: str) -> dict[str, str]:
    [result] = list(extract_articles([Article(id="w", text=text, published=PUBLISHED)], nlp))
    return {claim.text: claim.verdict for claim in check_claims(result.claims, pack, published=PUBLISHED,
                                                                texts={"w": text})}


def test_a_fraction_of_a_named_whole_is_the_sentences_figure_over_the_packs(nlp, whole_pack):
    """"carried 540,000 passengers in February, nearly three in five of the airport's total": 540,000 over the
    airport's 930,000 February passengers is 0.58; "roughly one in three of the town's population": 40,000 over the
    town's latest population, 121,000, is 0.33 (both were unverifiable: the subject's entity holds no such share)."""
    found = _verdicts(nlp, whole_pack, WHOLE_STORY.format(share="nearly three in five", crowd="roughly one in three"))
    assert found["nearly three in five"] == "supported"
    assert found["roughly one in three"] == "supported"


def test_a_fraction_of_a_named_whole_that_does_not_fit_is_never_contradicted(nlp, whole_pack):
    """Guard (its verdicts are the start code's too; there it fails only on the `texts=` argument the start code's
    check_claims lacks): the pairing is read from the sentence's shape, so a fraction that does not fit it stays
    unverifiable, never contradicted."""
    found = _verdicts(nlp, whole_pack, WHOLE_STORY.format(share="about a tenth", crowd="roughly one in ten"))
    assert found["about a tenth"] == "unverifiable"
    assert found["roughly one in ten"] == "unverifiable"


PART_ENTITIES = """id,name,aliases,parent,kind,fiscal_year_end
halvik,Halvik Group,Halvik,,company,12-31
halvik-cloud,Halvik Cloud,cloud division,halvik,segment,12-31
"""
PART_METRICS = """id,unit,synonyms
revenue_eur,EUR,revenue|sales
operating_income_eur,EUR,operating income|operating profit
"""
PART_FACTS = """entity,metric,period,start,end,value,unit,source
halvik,revenue_eur,FY2030,2030-01-01,2030-12-31,9000000000,EUR,FICTIONAL (test)
halvik,operating_income_eur,FY2030,2030-01-01,2030-12-31,900000000,EUR,FICTIONAL (test)
halvik,revenue_eur,FY2029,2029-01-01,2029-12-31,8500000000,EUR,FICTIONAL (test)
halvik,operating_income_eur,FY2029,2029-01-01,2029-12-31,800000000,EUR,FICTIONAL (test)
halvik-cloud,revenue_eur,FY2030,2030-01-01,2030-12-31,2400000000,EUR,FICTIONAL (test)
halvik-cloud,operating_income_eur,FY2030,2030-01-01,2030-12-31,600000000,EUR,FICTIONAL (test)
halvik-cloud,revenue_eur,FY2029,2029-01-01,2029-12-31,2000000000,EUR,FICTIONAL (test)
halvik-cloud,operating_income_eur,FY2029,2029-01-01,2029-12-31,400000000,EUR,FICTIONAL (test)
"""
PART_STORY = ("Halvik cloud arm outgrows the group\n\n"
              "OSLO, Feb 20 (Claimx Wire) - Halvik Group said on Thursday that its cloud division kept growing last "
              "year.\n\n"
              "Halvik Cloud lifted revenue to €2.4 billion in 2030 from €2.0 billion in 2029. The unit's operating "
              "profit rose to €600 million, giving it a margin of {margin}, up 5 percentage points on the year.\n")


@pytest.fixture(scope="module")
def part_pack(tmp_path_factory):
    where = tmp_path_factory.mktemp("halvik")
    for name, body in (("entities.csv", PART_ENTITIES), ("metrics.csv", PART_METRICS), ("facts.csv", PART_FACTS)):
        (where / name).write_text(body, encoding="utf-8")
    return load_pack(where)


def _part_verdicts(nlp, pack, text: str) -> dict[str, str]:
    published = dt.date(2031, 2, 20)
    [result] = list(extract_articles([Article(id="h", text=text, published=published)], nlp))
    return {claim.text: claim.verdict for claim in check_claims(result.claims, pack, published=published,
                                                                texts={"h": text})}


def test_a_derived_figure_of_the_part_the_sentence_goes_on_about_is_supported(nlp, part_pack):
    """"Halvik Cloud lifted revenue ... The unit's operating profit rose to €600 million, giving it a margin of 25%,
    up 5 percentage points": the cloud division's margin (600 / 2,400 = 25%) and its rise (25% - 20%), which were
    unverifiable (the subject fell back on the group, whose margin is 10%)."""
    found = _part_verdicts(nlp, part_pack, PART_STORY.format(margin="25%"))
    assert found["25%"] == "supported"
    assert found["5 percentage points"] == "supported"


def test_a_part_the_sentence_goes_on_about_never_contradicts(nlp, part_pack):
    """Guard (its verdict is the start code's too; there it fails only on the `texts=` argument the start code's
    check_claims lacks): the part is inferred, so a margin that is neither the part's nor the whole's stays
    unverifiable."""
    found = _part_verdicts(nlp, part_pack, PART_STORY.format(margin="31%"))
    assert found["31%"] == "unverifiable"


VOTE_ENTITIES = """id,name,aliases,parent,kind,fiscal_year_end
dorrow,Dorrow,Dorrow Borough Council,,borough,
dorrow-harbour,Harbour Party,the Harbour Party,dorrow,party,
dorrow-civic,Civic League,the Civic League,dorrow,party,
"""
VOTE_METRICS = """id,unit,synonyms
council_seats,count,seats|seats won|won
vote_share,percent,share of the vote|vote share|of the vote|share
"""
VOTE_FACTS = """entity,metric,period,start,end,value,unit,source
dorrow-harbour,council_seats,2031,2031-05-01,2031-05-01,9,count,FICTIONAL (test)
dorrow-harbour,council_seats,2027,2027-05-06,2027-05-06,5,count,FICTIONAL (test)
dorrow-harbour,vote_share,2031,2031-05-01,2031-05-01,21.0,percent,FICTIONAL (test)
dorrow-harbour,vote_share,2027,2027-05-06,2027-05-06,15.2,percent,FICTIONAL (test)
dorrow-civic,vote_share,2031,2031-05-01,2031-05-01,30.2,percent,FICTIONAL (test)
dorrow-civic,vote_share,2027,2027-05-06,2027-05-06,41.5,percent,FICTIONAL (test)
"""
VOTE_STORY = ("Civic League loses ground in Dorrow\n\n"
              "DORROW, 2 May 2031 (Dorrow Post) - The Harbour Party won nine seats on Dorrow Borough Council in "
              "Thursday's election, up from five.\n\n"
              "The Civic League's share fell to 30.2% from 41.5%, and the Harbour Party rose by almost six points "
              "to 21.0%.\n")


def test_a_change_on_the_previous_election_is_measured_from_the_figure_counted_before(nlp, tmp_path):
    """"won nine seats ..., up from five"; "fell to 30.2% from 41.5%"; "rose by almost six points to 21.0%": figures
    counted on one day (an election's) are compared with those counted on the day before in the series, four years
    earlier (the "from" figures and the change were unverifiable: the pack has no figure a year before)."""
    for name, body in (("entities.csv", VOTE_ENTITIES), ("metrics.csv", VOTE_METRICS), ("facts.csv", VOTE_FACTS)):
        (tmp_path / name).write_text(body, encoding="utf-8")
    pack = load_pack(tmp_path)
    published = dt.date(2031, 5, 2)
    [result] = list(extract_articles([Article(id="d", text=VOTE_STORY, published=published)], nlp))
    found = {claim.text: claim.verdict for claim in check_claims(result.claims, pack, published=published)}
    assert found["five"] == "supported"
    assert found["41.5%"] == "supported"
    assert found["almost six points"] == "supported"


COLONY_ENTITIES = """id,name,aliases,parent,kind,fiscal_year_end
corran-isle,Corran Isle,the isle,,island,
corran-puffins,Corran Isle puffin colony,puffins|the colony,corran-isle,seabird_colony,
"""
COLONY_METRICS = """id,unit,synonyms
breeding_pairs,count,breeding pairs|pairs
sea_temperature,degree celsius,sea temperature
"""
COLONY_FACTS = """entity,metric,period,start,end,value,unit,source
corran-puffins,breeding_pairs,2015,2015-01-01,2015-12-31,5100,count,FICTIONAL (test)
corran-puffins,breeding_pairs,2030,2030-01-01,2030-12-31,2400,count,FICTIONAL (test)
"""
COLONY_STORY = ("Corran Isle puffins in steep decline, survey finds\n\n"
                "MALLIN, Feb 18 (Claimx Wire) - The number of puffins nesting on Corran Isle has more than halved since "
                "2015, a study found.\n\n"
                "The isle's puffins now make up {share} of the country's puffin population, which a national survey put "
                "at 40,000 pairs.\n")


def test_a_share_of_the_level_its_sentence_states_takes_its_part_from_the_pack(nlp, tmp_path):
    """"The isle's puffins now make up about 6% of the country's puffin population, which a national survey put at
    40,000 pairs": the colony's latest count (2,400 pairs) over the 40,000 the sentence states (it was unverifiable:
    the share's words name no measure of the part)."""
    for name, body in (("entities.csv", COLONY_ENTITIES), ("metrics.csv", COLONY_METRICS), ("facts.csv", COLONY_FACTS)):
        (tmp_path / name).write_text(body, encoding="utf-8")
    pack = load_pack(tmp_path)
    published = dt.date(2031, 2, 18)
    found = {}
    for share in ("about 6%", "about 9%"):
        text = COLONY_STORY.format(share=share)
        [result] = list(extract_articles([Article(id="c", text=text, published=published)], nlp))
        found.update({claim.text: claim.verdict for claim in check_claims(result.claims, pack, published=published)})
    assert found["about 6%"] == "supported"
    assert found["about 9%"] == "unverifiable"  # (inferred: never a contradiction)


FARE_ENTITIES = """id,name,aliases,parent,kind,fiscal_year_end
dunvale,Dunvale,,,city,
dunvale-ferries,Dunvale Ferry Service,the ferry service|the service,,transit_agency,
"""
FARE_METRICS = """id,unit,synonyms
ferry_fare,USD,ferry fare|single fare
"""
FARE_FACTS = """entity,metric,period,start,end,value,unit,source
dunvale-ferries,ferry_fare,2029,2029-01-01,2029-12-31,2.5,USD,FICTIONAL (test)
dunvale-ferries,ferry_fare,2030,2030-01-01,2030-12-31,2.75,USD,FICTIONAL (test)
"""
FARE_STORY = ("Dunvale ferry fares to rise\n\n"
              "DUNVALE, March 4 - The Dunvale ferry fare will rise by {rise} to $3.15 in June, the first increase "
              "in two years.\n")


def test_a_change_to_a_level_its_sentence_states_is_measured_from_the_packs_level_before(nlp, tmp_path):
    """"The Dunvale ferry fare will rise by 40 cents to $3.15": $3.15 against the pack's latest fare, $2.75 (it was
    unverifiable: the pack holds no fare for the new period); "by 60 cents" does not fit and stays unverifiable, the
    pairing being inferred."""
    for name, body in (("entities.csv", FARE_ENTITIES), ("metrics.csv", FARE_METRICS), ("facts.csv", FARE_FACTS)):
        (tmp_path / name).write_text(body, encoding="utf-8")
    pack = load_pack(tmp_path)
    published = dt.date(2031, 3, 4)
    found = {}
    for rise in ("40 cents", "60 cents"):
        text = FARE_STORY.format(rise=rise)
        [result] = list(extract_articles([Article(id="f", text=text, published=published)], nlp))
        found.update({claim.text: claim.verdict for claim in check_claims(result.claims, pack, published=published)})
    assert found["40 cents"] == "supported"
    assert found["60 cents"] == "unverifiable"


HOUSE_ENTITIES = """id,name,aliases,parent,kind,fiscal_year_end
farland,Farland,,,country,
upper-farland,Upper Farland,,farland,region,
"""
HOUSE_METRICS = """id,unit,synonyms
average_house_price,GBP,average price|average house price|average home
"""
HOUSE_FACTS = """entity,metric,period,start,end,value,unit,source
upper-farland,average_house_price,2030-09,2030-09-01,2030-09-30,150000,GBP,FICTIONAL (test)
upper-farland,average_house_price,2031-09,2031-09-01,2031-09-30,156900,GBP,FICTIONAL (test)
"""
HOUSE_STORY = ("Farland house prices edge up\n\n"
               "MALLOW, 15 November 2031 (Claimx Wire) - Growth was strongest in Upper Farland, where prices climbed "
               "{rise} in the year to September, official figures show.\n")


def test_a_metric_word_that_heads_the_one_measure_in_view_reads_that_measure(nlp, tmp_path):
    """"in Upper Farland, where prices climbed 4.6 per cent in the year to September": the region holds one measure
    headed by "price" (its average price, 150,000 -> 156,900 = +4.6%), which the bare "prices" names no synonym of (it
    was unverifiable); a rise that does not fit stays unverifiable, the measure being a guess."""
    for name, body in (("entities.csv", HOUSE_ENTITIES), ("metrics.csv", HOUSE_METRICS), ("facts.csv", HOUSE_FACTS)):
        (tmp_path / name).write_text(body, encoding="utf-8")
    pack = load_pack(tmp_path)
    published = dt.date(2031, 11, 15)
    found = {}
    for rise in ("4.6 per cent", "7.9 per cent"):
        text = HOUSE_STORY.format(rise=rise)
        [result] = list(extract_articles([Article(id="p", text=text, published=published)], nlp))
        found.update({claim.text: claim.verdict for claim in check_claims(result.claims, pack, published=published)})
    assert found["4.6 per cent"] == "supported"
    assert found["7.9 per cent"] == "unverifiable"
