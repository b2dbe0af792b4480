"""The frame's candidate scoring: weights as data, checked on load, carried by the pipeline, ablated by eval."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from claimx.frame.scoring import FEATURES, Candidate, best, load_weights, merge, parse
from claimx.pipeline import extract_articles
from claimx.records import Article

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def _subjects(nlp, text):
    [result] = list(extract_articles([Article(id="a", text=text, published=dt.date(2025, 6, 1))], nlp))
    return {c.text: (c.subject, c.frame.subject.reason) for c in result.claims}


def test_scoring_weights_file_names_every_feature():
    weights = load_weights()
    for section, names in FEATURES.items():
        assert set(weights.of(section)) == set(names)
        assert section in weights.minimum


@pytest.mark.parametrize("change,message", [
    (lambda d: d.update(colour={}), "unknown section 'colour'"),
    (lambda d: d["subject"].update(salinece=1.0), "subject: unknown feature 'salinece'"),
    (lambda d: d["subject"].pop("topic"), "subject: missing feature 'topic'"),
    (lambda d: d["subject"].update(topic="high"), "subject: 'topic' must be a number"),
    (lambda d: d["subject"].update(topic=True), "subject: 'topic' must be a number"),
    (lambda d: d.pop("subject"), "missing section 'subject'"),
])
def test_scoring_weights_reject_typos(change, message):
    data = load_weights().to_dict()
    change(data)
    with pytest.raises(ValueError, match=message):
        parse(data, "weights.json")


def test_scoring_best_takes_the_highest_score_over_the_minimum_and_the_first_on_ties():
    weights = parse({**load_weights().to_dict()}, "w")
    w = weights.of("subject")
    a = Candidate("Acme", "named_in_sentence", {"organisation": 1.0, "in_sentence": 1.0})
    b = Candidate("Bexley", "topic", {"topic": 1.0})
    assert a.score(w) == w["organisation"] + w["in_sentence"]
    assert best([a, b], weights, "subject").value == ("Bexley" if w["topic"] > a.score(w) else "Acme")
    assert best([a, a], weights, "subject") is not None
    assert best([Candidate("X", "r", {"source": 1.0})], weights, "subject") is None  # under the minimum


def test_scoring_merge_joins_the_same_name_keeping_the_largest_feature_values():
    merged = merge([Candidate("Acme", "grammatical_subject", {"grammatical_subject": 1.0}),
                    Candidate("ACME", "named_in_sentence", {"in_sentence": 1.0, "distance": 0.4}),
                    Candidate("Acme", "named_in_sentence", {"distance": 0.1})])
    assert len(merged) == 1
    assert merged[0].reason == "grammatical_subject"
    assert merged[0].features == {"grammatical_subject": 1.0, "in_sentence": 1.0, "distance": 0.4}


TWO_NAMES = ("Harlow Motors sells more cars\n\n"
             "Harlow Motors said on Monday that it sold 4,000 cars in May. "
             "Brennan Auto, a rival, sold 3,100 cars in the same month.\n\n"
             "The company also said exports reached 1,200 vehicles in May.")


def test_scoring_the_weights_decide_the_subject(nlp):
    """The same sentence, two sets of weights: the weights, not the order of rules, pick the subject."""
    claims = nlp.get_pipe("claimx_claims")
    before = _subjects(nlp, TWO_NAMES)
    assert before["3,100"][0] == "Brennan Auto"
    assert before["1,200"][0] == "Harlow Motors"
    saved = claims.weights
    try:
        # a topic worth more than anything written in the sentence takes every figure
        data = saved.to_dict()
        data["subject"]["topic"] = 1000.0
        claims.weights = parse(data, "test")
        after = _subjects(nlp, TWO_NAMES)
        assert after["3,100"] == ("Harlow Motors", "topic")
    finally:
        claims.weights = saved
    assert _subjects(nlp, TWO_NAMES) == before


def test_scoring_weights_travel_with_the_pipeline(nlp, tmp_path):
    import spacy

    import claimx.components  # noqa: F401  (registers the factories)

    nlp.to_disk(tmp_path / "pipe")
    saved = tmp_path / "pipe" / "claimx_claims" / "weights.json"
    data = json.loads(saved.read_text(encoding="utf-8"))
    data["subject"]["salience"] = 7.5
    saved.write_text(json.dumps(data), encoding="utf-8")
    loaded = spacy.load(tmp_path / "pipe")
    assert loaded.get_pipe("claimx_claims").weights.of("subject")["salience"] == 7.5
    data["subject"]["salinece"] = data["subject"].pop("salience")
    saved.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ValueError, match="unknown feature 'salinece'"):
        spacy.load(tmp_path / "pipe")


def test_scoring_ablation_scores_once_per_feature(nlp):
    """`claimx eval --ablate`: one row with all features, one per feature; switching off the topic costs
    subjects on an article whose later figures are about the company named at the start."""
    from claimx import ablation
    from claimx.evaluate import find_gold

    golds = [g for g in find_gold(CORPUS / "gold") if g.name == "veltrana-fy2025-results"]
    found = ablation.ablate(golds, nlp)
    assert [(a.section, a.feature) for a in found] == [("all", None)] + [
        (s, f) for s, names in FEATURES.items() for f in names]
    full = found[0].score.fields["subject"].rate
    no_topic = next(a for a in found if a.feature == "topic").score.fields["subject"].rate
    assert no_topic < full
    rows = ablation.rows(found)
    assert rows[0][1] == "(all on)" and "(" in rows[1][3]
    assert nlp.get_pipe("claimx_claims").weights.of("subject")["topic"] > 0  # restored


@pytest.mark.parametrize("text,figure,subject", [
    # a name that moves with the figure's own verb is not a speaker, whatever the verb ("add", "note")
    ("Markets close lower\n\nTorrel Brands added 3.2% after the cereal maker reported profit of $410 million.",
     "3.2%", "Torrel Brands"),
    # a description with a modifier refers back to the organisation named last, not to the article's topic
    ("Markets close lower\n\nHalvard Group fell 1.1%. Torrel Brands added 3.2% after the cereal maker "
     "reported profit of $410 million.", "$410 million", "Torrel Brands"),
    # a bare place noun refers back to the place named last
    ("Grid strain grows\n\nPower demand in Portugal rose sharply last winter, the operator said. "
     "The country now imports about 12% of its electricity.", "about 12%", "Portugal"),
    # "its" at the start of a sentence: the subject of the sentence before
    ("Retail roundup\n\nKessel Home reported quarterly revenue of $2.1 billion. Rival Dorrit Stores posted "
     "revenue of $1.4 billion in the same quarter. Its shares have fallen 6% this year.", "6%", "Dorrit Stores"),
    # a named thing that is not an entity: a proper-noun modifier or a number makes it one
    ("Transit figures\n\nCity buses carried 20 million riders. The Eastbank tram line carried 7.2 million "
     "riders last year.", "7.2 million", "Eastbank tram line"),
    ("Transit figures\n\nLine 9, the longest route, now runs every 6 minutes at rush hour.", "6 minutes", "Line 9"),
    # what a measured noun is "of" names its owner: the share price of the company, not the country
    ("Refiner rallies\n\nShares of Galloway Petroleum Corp. jumped 5 percent in Hong Kong after China's "
     "biggest refiner reported higher profits.", "5 percent", "Galloway Petroleum"),
])
def test_scoring_subject_candidates_in_real_shapes(nlp, text, figure, subject):
    found = _subjects(nlp, text)
    assert subject.lower() in (found[figure][0] or "").lower(), found[figure]


def test_scoring_a_blank_line_ends_a_sentence(nlp):
    """A headline has no full stop: the parser must not read it and the first line of the body as one
    sentence (the figure's verb and subject would come from the headline)."""
    text = ("Dorrit Stores sales climb as holiday season starts early\n\n"
            "Revenue at the Kessel Home chain rose 8% to $1.9 billion in the quarter.\n")
    doc = nlp(text)
    assert [s.text.strip() for s in doc.sents if s.text.strip()] == [
        "Dorrit Stores sales climb as holiday season starts early",
        "Revenue at the Kessel Home chain rose 8% to $1.9 billion in the quarter."]
    claims = {s.text: s._.claim for s in doc.spans["claims"]}
    assert claims["$1.9 billion"]["sentence"][0] == text.index("Revenue")


def test_scoring_datelines_and_credits_are_not_names(nlp):
    from spacy.tokens import Span

    from claimx.frame.subject import is_dateline

    text = "Results day\n\nAMSTERDAM, Feb 12 (Claimx Wire) - Halvard Group said revenue rose 4% in AMSTERDAM.\n"
    doc = nlp(text)
    span = lambda start, words: Span(doc, start, start + words)
    first = next(t.i for t in doc if t.text == "AMSTERDAM")
    last = max(t.i for t in doc if t.text == "AMSTERDAM")
    wire = next(t.i for t in doc if t.text == "Claimx")
    halvard = next(t.i for t in doc if t.text == "Halvard")
    assert is_dateline(span(first, 1))  # the dateline's place
    assert is_dateline(span(wire, 2))  # the credit
    assert not is_dateline(span(last, 1))  # the same word in the body
    assert not is_dateline(span(halvard, 2))


def test_scoring_a_statistics_release_is_about_its_country(nlp):
    """No organisation is the subject of a national statistics release: its figures are the country's, and
    the agency that publishes them is a source."""
    text = ("Canada's jobless rate rises to 6.8%\n\n"
            "The jobless rate rose by 0.2 percentage points to 6.8 percent in August, Statistics Canada said. "
            "Employment fell by 40,000 in the month.\n")
    found = _subjects(nlp, text)
    for figure in ("0.2 percentage points", "40,000"):
        assert found[figure][0] == "Canada", found


def test_scoring_a_measure_in_the_articles_place_is_the_places(nlp):
    """"Gas prices in Valdoria fell 8%" is Valdoria's figure (a measure of a place), even in a company's story;
    "online sales in Valdoria" there stay the company's."""
    text = ("Brannock Energy lifts output\n\n"
            "Brannock Energy reported higher quarterly output on Tuesday. The utility opened two plants. "
            "Its shares rose 2% in early trading.\n\n"
            "Wholesale gas prices in Valdoria fell 8% in the quarter, the company said. "
            "Online sales in Valdoria rose 14% in the quarter.\n")
    found = _subjects(nlp, text)
    assert found["8%"][0] == "Valdoria", found
    assert found["14%"][0] != "Valdoria", found


def test_scoring_the_lead_is_a_whole_name_and_never_a_credit(nlp):
    """A piece of a longer name ("Finance" of "the Tarrow Department of Finance") is not what the article
    leads with, nor is a wire credit; the lead body's subject is."""
    text = ("Tarrow to spend more on roads, factsheet shows\n\n"
            "MALLIN, March 3 (Claimx Wire) - The Tarrow Assembly will spend £1.2 billion on roads next year, "
            "according to a factsheet published by the Tarrow Department of Finance. "
            "The Finance Minister, Ada Quist, said the plan was affordable. The Department of Finance said "
            "repairs would come first, and Finance officials said tolls would not rise.\n\n"
            "Spending on bridges will come to £310 million.\n")
    found = _subjects(nlp, text)
    assert "Tarrow Assembly" in found["£310 million"][0], found


def test_scoring_a_persons_district_does_not_hold_the_clause(nlp):
    """"Shares of Brennan Mart rose 4%": the name holds the clause through the measure it is "of"; but in
    "Councillor Ivo Brandt of District 9 argued ..." District 9 only says where the councillor sits."""
    from spacy.tokens import Span

    from claimx.components.claims import ClaimFinder

    def holds(text, name):
        doc = nlp(text)
        start = next(t.i for t in doc if t.text == name.split()[0])
        ent = Span(doc, start, start + len(name.split()), label="ORG")
        return ClaimFinder._holds_clause(ent, doc[start].sent.root)

    assert holds("Shares of Brennan Mart rose 4% on Friday.", "Brennan Mart")
    assert not holds("Councillor Ivo Brandt of District 9 argued for a higher levy.", "District 9")


def test_scoring_a_name_before_a_measure_owns_it(nlp):
    """"Tarvik Mining shares fell 0.5%": the name written before the measure owns it, whatever the article
    leads with."""
    text = ("Ostrava Steel profit jumps\n\n"
            "Ostrava Steel reported a 12% rise in quarterly profit on Thursday.\n\n"
            "Tarvik Mining shares fell 0.5% to A$9.12 after its own results.\n")
    found = _subjects(nlp, text)
    assert found["0.5%"][0] == "Tarvik Mining", found


def test_scoring_the_lead_is_the_company_not_the_country_owning_its_description(nlp):
    """The company leads, not "Korea" of "Korea's biggest refiner" (a place owning a description of the
    company), even when the tagger misses the company's short name."""
    text = ("Lunaro shares rise on profit jump\n\n"
            "SEOUL (Claimx Wire) -- Shares of Lunaro Oil & Gas Corp. jumped 4 percent after Korea's biggest "
            "refiner reported a 30 percent jump in net profit. Lunaro earned 5.1 billion won in the quarter, "
            "up from 3.9 billion won a year ago.\n\n"
            "In a statement, the company said operating profit rose 21 percent.\n")
    found = _subjects(nlp, text)
    assert "Lunaro" in found["21 percent"][0], found


def test_scoring_a_title_case_headline_makes_no_names(nlp):
    """In a Title Case headline every word is capitalised, so the tagger's "names" there ("Water Rates",
    "Lakehurst Board Votes to") count only when the body writes them too."""
    body = ("Members of the local water board agreed on Monday to raise rates by 6 percent for households "
            "from April. The increase adds about $4 a month to a typical bill.\n")
    for headline in ("Board Agrees To Raise Water Rates By 6% Next Spring",
                     "Lakehurst Board Votes to Raise Water Rates by 6% After Long Debate"):
        found = _subjects(nlp, f"{headline}\n\n{body}")
        assert all(subject is None or subject in body for subject, _ in found.values()), found


def test_scoring_a_title_case_headline_name_running_into_the_blank_line_is_no_name(nlp):
    """The tagger's span of a headline's last words may take in the blank line after it ("Jobs Added\n\n"); it is
    still a headline's words, not a name the body writes."""
    text = ("Unemployment Climbs to 4.1% in May, 204,000 Jobs Added\n\n"
            "Employers in the United States added 204,000 workers to their payrolls in May, the Labor Department said "
            "on Friday. The unemployment rate climbed to 4.1 percent.\n")
    found = _subjects(nlp, text)
    assert all(subject is None or subject in text[text.index("\n"):] for subject, _ in found.values()), found


def test_scoring_a_measure_of_a_place_is_the_headlines_place(nlp):
    """In a statistics story whose headline names the place, "Inflation rose 0.4%" and "Fuel prices fell 2%"
    are the place's figures, not the index's or the office's that measures them."""
    texts = ["UK inflation edges up in March\n\n"
             "UK inflation rose last month on the back of dearer food, according to official figures.\n\n"
             "The Office for National Statistics (ONS) said Consumer Prices Index (CPI) inflation increased to "
             "0.4% in March from 0.3% in February.\n",
             "UK inflation creeps up to six-month high\n\n"
             "UK inflation reached a six-month high last month as falls in fuel prices eased, according to the "
             "latest ONS figures.\n\n"
             "Inflation rose 0.4% in the year to March, as measured by the Consumer Prices Index. "
             "Fuel prices fell 2% over the same period.\n"]
    for text in texts:
        found = _subjects(nlp, text)
        assert found["0.4%"][0] == "United Kingdom", found
        assert found.get("2%", found.get("0.3%"))[0] == "United Kingdom", found


def test_scoring_the_state_is_the_place_named_last(nlp):
    """"The state is home to nearly 9,000 lakes" after a sentence about Minnowa is Minnowa's figure, even
    when the headline leads with another place; the figure four words below its verb still reaches it."""
    text = ("Europe's lakes are warming fast, survey finds\n\n"
            "Lakes across Europe warmed faster than the air above them over the past 30 years, a survey found.\n\n"
            "Minnowa accounts for nearly a fifth of the lakes studied. The state is home to nearly 9,000 lakes, "
            "with parks like Lake Orrin State Park among the warmest.\n")
    found = _subjects(nlp, text)
    assert found["nearly 9,000"][0] == "Minnowa", found


def test_scoring_people_at_an_organisation_who_do_what_is_counted(nlp):
    """"Researchers at the Vell Marine Institute tagged 412 seals": the institute did what is counted; but
    researchers who report a figure ("found that ... fell 12%") are its source."""
    text = ("Grey seal numbers fall along the Orme coast\n\n"
            "Grey seal numbers on the Orme coast have fallen sharply, a long-running survey shows.\n\n"
            "Researchers at the Vell Marine Institute tagged 412 seals over four summers. "
            "Scientists at the Vell Marine Institute found that pup births fell 12% in the decade.\n")
    found = _subjects(nlp, text)
    assert found["412"][0] == "Vell Marine Institute", found
    assert found["12%"][0] != "Vell Marine Institute", found


def test_scoring_a_headlines_capitalised_common_word_is_not_the_lead(nlp):
    """"World's lakes warming fast": "World" is a common word the body writes in lower case, not a name."""
    text = ("World's lakes warming faster than the air, study finds\n\n"
            "Lakes around the world are warming faster than the air above them, a study by the Orrin Water "
            "Institute found. Surface water in the world's large lakes warmed by 0.34C a decade since 1985.\n")
    found = _subjects(nlp, text)
    assert all(subject != "World" for subject, _ in found.values()), found


def test_scoring_a_place_a_clause_opens_with_in_a_story_about_places(nlp):
    """In a local statistics story, "Across England and Wales, robberies rose by 9%" is England and Wales'
    figure, not the town's; "data from the Office for National Statistics shows" names a source."""
    text = ("Thefts in Harrowby rise faster than anywhere in the county\n\n"
            "Harrowby has one of the highest rates of theft in the region, police figures show.\n\n"
            "There were 640 thefts from vehicles in the year to June, data from the Office for National "
            "Statistics shows. Across England and Wales, robberies rose by 9%, to the highest level since 2010.\n")
    found = _subjects(nlp, text)
    assert found["640"][0] == "Harrowby", found
    assert found["9%"] == ("England and Wales", "place_scope"), found


def test_scoring_an_index_named_with_capitals_and_a_number(nlp):
    """"The S&P 500 index rose 26 points" is the index's move, not the article's topic's: capitals with a
    number name a thing ("S&P 500", "FTSE 100"), unlike a bare abbreviation ("GDP growth")."""
    text = ("Dow ends above 30,000 for the first time\n\n"
            "The Dow gained 410 points on Tuesday, helped by bank shares.\n\n"
            "The S&P 500 index rose 26.14 points, or 0.9 percent, to 3,802.56.\n")
    found = _subjects(nlp, text)
    assert found["26.14 points"][0] == "S&P 500 index", found


def test_scoring_the_carried_organisation_stops_at_a_paragraph(nlp):
    """The organisation named last carries to "the company" only within its paragraph; a new paragraph
    starts again from what the article leads with."""
    text = ("Brantley Foods profit rises on snack sales\n\n"
            "Brantley Foods said on Tuesday that quarterly profit rose 9% to $212 million. "
            "Rival Corvell Brands reported a smaller gain last week.\n\n"
            "The company's snack sales grew 14% in the quarter.\n")
    found = _subjects(nlp, text)
    assert found["14%"][0] == "Brantley Foods", found


def test_scoring_a_short_form_of_the_lead_is_the_lead(nlp):
    """"the Assembly" in an article led by "the Tarrow Assembly" is the Tarrow Assembly."""
    text = ("Tarrow to spend more on roads\n\n"
            "MALLIN, March 3 (Claimx Wire) - The Tarrow Assembly will spend £1.2 billion on roads next year, "
            "its budget shows.\n\n"
            "Last year the Assembly spent £980 million on roads, £40 million less than it had planned.\n")
    found = _subjects(nlp, text)
    assert found["£980 million"][0] == "Tarrow Assembly", found


def test_scoring_its_after_a_named_part_is_the_part(nlp):
    """"The Leisure division had a strong year. Its revenue rose 35%": "its" is the named part of the
    company the article is about, not the company as a whole."""
    text = ("Marwick Group profit climbs\n\n"
            "Marwick Group said annual profit rose 12% to £310 million.\n\n"
            "The Leisure division had a strong year. Its revenue rose 35% to £1.1 billion.\n")
    found = _subjects(nlp, text)
    assert "Leisure division" in found["35%"][0], found
