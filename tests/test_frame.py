"""The claim frame: offsets true to the article, sources never subjects, periods carried by rule,
and the frame's word lists checked on load."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from claimx.frame import article as article_model
from claimx.frame.words import KEYS, load_words, parse
from fixtures_claims import claims_reader


claims_of = claims_reader(dt.date(2025, 10, 15))


ARTICLE = ("Linmouth home sales slump\n\n"
           "LINMOUTH, 15 October 2025 - Some 4,860 homes changed hands in the 12 months to the end of September, "
           "down from 6,120 a year earlier, according to the Linmouth Housing Observatory.\n\n"
           "The average sale price slipped 1.8% to £287,500, the Observatory said.")


def test_frame_offsets_are_true_to_the_article(nlp):
    for claim in claims_of(nlp, ARTICLE).values():
        frame = claim.frame
        assert ARTICLE[frame.sentence_start:frame.sentence_end].strip() == claim.sentence
        for part in (frame.subject, frame.metric, frame.period):
            if part.start is not None:
                assert ARTICLE[part.start:part.end] == part.text


def test_frame_source_is_not_the_subject(nlp):
    found = claims_of(nlp, ARTICLE)
    for text in ("Some 4,860", "6,120", "1.8%", "£287,500"):
        assert "Observatory" not in (found[text].subject or ""), text


def test_frame_period_written_after_the_figure_and_relative_to_the_sentence(nlp):
    found = claims_of(nlp, ARTICLE)
    assert found["Some 4,860"].period == "2025-09"
    assert found["6,120"].period == "2024-09"  # "a year earlier" than the sentence's own period
    assert found["6,120"].frame.period.reason == "after the figure"


def test_frame_period_carried_from_the_articles_reporting_period(nlp):
    found = claims_of(nlp, ARTICLE)
    assert found["£287,500"].period == "2025-09"
    assert found["£287,500"].frame.period.reason == "article"


def test_frame_forecast_takes_no_carried_period(nlp):
    text = ("Harlow sales rise\n\nHARLOW - Harlow sold 4,200 homes in 2024, the agency said.\n\n"
            "Prices will rise by about 3% as supply tightens.")
    found = claims_of(nlp, text)
    assert found["4,200"].period == "2024"
    assert found["about 3%"].period is None


def test_frame_durations_take_no_carried_period(nlp):
    text = "Ridership rose in 2024.\n\nThe trip takes 12 minutes on the new line, which carried 9,500 riders."
    found = claims_of(nlp, text)
    assert found["12 minutes"].period is None


def test_frame_subject_reason_is_recorded(nlp):
    found = claims_of(nlp, "Walmart's $713.2 billion in sales topped the list.")
    assert (found["$713.2 billion"].subject, found["$713.2 billion"].frame.subject.reason) == ("Walmart", "possessive")


def test_frame_words_load_and_reject_typos(tmp_path):
    words = load_words()
    assert "say" in words.source_verbs and "according" in words.source_verbs
    data = words.to_dict()
    with pytest.raises(ValueError, match="unknown key 'source_verb'"):
        parse({**data, "source_verb": ["say"]}, "frame.json")
    missing = {k: v for k, v in data.items() if k != "not_subjects"}
    with pytest.raises(ValueError, match="missing key 'not_subjects'"):
        parse(missing, "frame.json")
    with pytest.raises(ValueError, match="must be a list"):
        parse({**data, "source_nouns": "figures"}, "frame.json")
    bad = tmp_path / "frame.json"
    bad.write_text("{", encoding="utf-8")
    with pytest.raises(ValueError, match="not valid JSON"):
        load_words(str(bad))
    assert set(KEYS) == set(json.loads(json.dumps(data)))


@pytest.mark.parametrize("text,figure,status", [
    ("Analysts polled by Parkline had forecast earnings of $1.38 per share.", "$1.38", "estimate"),
    ("Analysts expected Harwick to report earnings of $1.81 per share.", "$1.81", "estimate"),
    ("Shares of Harwick rose 6.4% in morning trading.", "6.4%", "market"),
    ("Quillon Mobile fell 3.4% in Tokyo.", "3.4%", "market"),
    # a statistics office's index is a reported measure, not a market price
    ("The Consumer Price Index rose 0.4% in March.", "0.4%", "reported"),
    ("The food index rose 2.1% over the last 12 months.", "2.1%", "reported"),
    ("The Harlow 100 index fell 1.3% on Friday.", "1.3%", "market"),
    # a statistics release names a sub-index by what it prices; a time after "for" or a named index is no such index
    ("The index for apparel fell 0.6% in June.", "0.6%", "reported"),
    ("The index for used vehicles rose 1.1% last month.", "1.1%", "reported"),
    ("The index for the week fell 2%.", "2%", "market"),
    ("The Marlow 250 index for mining stocks rose 2%.", "2%", "market"),
    # a statistic measured: "was estimated at" in the past passive reports it
    ("The unemployment rate was estimated at 4.5% in the three months to August.", "4.5%", "reported"),
    ("Revenue is estimated at $5 billion next year.", "$5 billion", "forecast"),
    # what a place or company saw happened; what it sees is ahead
    ("Dorset, Hampshire and Surrey all saw rises of more than ten per cent.", "more than ten per cent", "reported"),
    ("Wiltshire has seen a 29% rise in thefts.", "29%", "reported"),
    ("Harwick sees revenue of $5 billion next year.", "$5 billion", "forecast"),
    ("Analysts estimated revenue at $4 billion.", "$4 billion", "estimate"),
    ("The chain will open about 90 stores next year.", "about 90", "forecast"),
    ("Harwick now expects comparable sales growth of 4% for the year.", "4%", "forecast"),
    ("Harwick's revenue rose 5.8% to $27.6 billion.", "$27.6 billion", "reported"),
    ("Tessaly estimated that the phone maker shipped 48.2 million smartphones.", "48.2 million", "reported"),
    # the counted noun is what happened, not a forecast: goals scored, targets met
    ("Okafor scored 17 league goals for Brenton last season.", "17", "reported"),
    ("The agency met four targets out of nine in 2024.", "four", "reported"),
    ("Ferris ended the season with 21 goals in 30 games for the club.", "30", "reported"),
    ("His 19 goals for the club earned him the golden boot.", "19", "reported"),
    ("The move left the club paying a cost per goal of £2.1 million.", "£2.1 million", "reported"),
    ("The council set a goal of 2,000 new homes by 2030.", "2,000", "forecast"),
    ("Brenton Water has a 35% leakage target for 2028.", "35%", "forecast"),
    ("It reaffirmed an outlook that called for sales growth of 3% to 4%.", "3% to 4%", "forecast"),
    ("The new guidance calls for revenue of $2.1 billion.", "$2.1 billion", "forecast"),
    ("The consensus put earnings at $1.12 a share.", "$1.12", "estimate"),
    # an amount right before an estimate noun is the estimate's value, not a count of estimates
    ("Harwick topped its $1.01 estimate and grew earnings 4.0%.", "$1.01", "estimate"),
    # the subject is a part of a forecast or an estimate
    ("The midpoint of Harwick's guidance is a healthy 19.5%.", "19.5%", "forecast"),
    ("The average of analysts' estimates was $2.41 a share.", "$2.41", "estimate"),
    # a figure owned by a period already over is measured, even in a clause about the future
    ("A record crop would reverse last year's poor harvest of 98.3 million tonnes.", "98.3 million tonnes", "reported"),
    ("The club hopes to beat last season's average attendance of 24,600.", "24,600", "reported"),
    ("The club hopes to reach an average attendance of 26,000.", "26,000", "forecast"),
    # a statistics office's estimates that show a figure report it; analysts' estimates stay theirs
    ("Year-on-year estimates show a 0.6 per cent rise in sales volumes.", "0.6 per cent", "reported"),
    ("Analysts' estimates suggest revenue of $5 billion.", "$5 billion", "estimate"),
    # a forecast noun or a forecast verb's participle right after the figure says what it is
    ("Harwick beat the 52 cents a share profit forecast of analysts.", "52 cents", "estimate"),
    ("Revenue was short of the $3.43 billion expected.", "$3.43 billion", "estimate"),
    ("Revenue came in at $2.1 billion, below the $2.2 billion analysts had forecast.", "$2.2 billion", "estimate"),
    ("Revenue came in at $2.1 billion, below the $2.2 billion analysts had forecast.", "$2.1 billion", "reported"),
    # a forecast verb six steps up the parse still governs the second figure of its object
    ("For the second quarter, it expects earnings of 94 cents to $1.03 a share on revenue of $3.45 billion to "
     "$3.7 billion.", "$3.45 billion to $3.7 billion", "forecast"),
])
def test_frame_status_tells_forecasts_estimates_and_markets_from_reported_figures(nlp, text, figure, status):
    assert claims_of(nlp, text)[figure].frame.status == status


def test_frame_rules_travel_with_the_pipeline(nlp, tmp_path):
    """nlp.to_disk() saves the grammar's lexicon and the frame's words; a changed word list comes back."""
    import spacy

    import claimx.components  # noqa: F401  (registers the factories)

    nlp.to_disk(tmp_path / "pipe")
    saved = tmp_path / "pipe" / "claimx_claims" / "frame.json"
    assert (tmp_path / "pipe" / "claimx_quantities" / "lexicon.json").is_file()
    data = json.loads(saved.read_text(encoding="utf-8"))
    data["not_subjects"].append("harlow motors")
    saved.write_text(json.dumps(data), encoding="utf-8")
    loaded = spacy.load(tmp_path / "pipe")
    assert "harlow motors" in loaded.get_pipe("claimx_claims").words.not_subjects
    doc = loaded("Harlow Motors sold 4,000 cars in 2024.")
    assert [s.text for s in doc.spans["claims"]] == ["4,000"]
    data["not_subject"] = data.pop("not_subjects")
    saved.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ValueError, match="unknown key 'not_subject'"):
        spacy.load(tmp_path / "pipe")


@pytest.mark.parametrize("text,figure,metric", [
    ("The Executive will spend £24.6 billion on public services.", "£24.6 billion", "spending on public services"),
    ("The club paid a fee and will earn £3 million.", "£3 million", "earnings"),
])
def test_frame_metric_named_by_the_verb_alone(nlp, text, figure, metric):
    assert claims_of(nlp, text)[figure].metric == metric


def test_frame_words_verb_metrics_must_be_pairs():
    data = load_words().to_dict()
    with pytest.raises(ValueError, match="'verb:noun'"):
        parse({**data, "verb_metrics": ["spend"]}, "frame.json")


def test_frame_titles_and_identifiers_are_not_names(nlp):
    from spacy.tokens import Span

    from claimx.frame.subject import is_name

    doc = nlp("Governor Alvarez said flight SK482 and Terminal 5 handled 4,000 passengers for Norvik Air.")
    words = load_words()
    span = lambda text: next(Span(doc, t.i, t.i + len(text.split())) for t in doc if doc.text[t.idx:].startswith(text))
    assert not is_name(span("Governor"), words)
    assert not is_name(span("SK482"), words)  # a code
    assert is_name(span("Terminal 5"), words)  # a named place with a number, like "Route 14" or "FTSE 100"
    assert is_name(span("Norvik Air"), words)


@pytest.mark.parametrize("text,starts", [
    ("Head\n\nPara one.\nPara two.\nPara three.", [0, 6, 16, 26]),  # one paragraph a line under the headline
    ("Head\n\nP1.\n\nP2 line\nwrapped.\n\nP3", [0, 6, 11, 29]),  # blank lines: a line break only wraps
    ("One line only.", [0]),
])
def test_paragraphs_are_blank_lines_or_the_lines_of_a_text_with_none(text, starts):
    assert article_model.paragraph_starts(text) == starts


def test_a_period_is_not_carried_past_a_line_break_in_text_with_no_blank_lines(nlp):
    # a results story with one paragraph a line: the guidance line's quarter stays on its line
    text = ("Harwick results\n\nHarwick Stores posted a 12% rise in profit in the first quarter of fiscal 2026.\n"
            "For the second quarter, it expects revenue of $3.5 billion.\n"
            "Its shares fell 4% to $72.50.\n")
    assert claims_of(nlp, text)["4%"].period != "Q2 FY2026"


def test_shares_of_is_no_part_of_a_name():
    from claimx.frame.entities import clean_name
    assert clean_name("Shares of Research") == "Research" and clean_name("Shares") == "Shares"
