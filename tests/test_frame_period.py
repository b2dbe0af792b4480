"""The period of a claim chosen by scoring candidates (claimx.frame.period), with weights as data, and the
paragraph carry-forward rules. Sentences are invented for these tests."""
from __future__ import annotations

import datetime as dt
import json
import re

import pytest

from claimx.frame import article as article_model
from claimx.frame import period as frame_period
from claimx.frame.scoring import FEATURES, load_weights, parse
from claimx.periods import find_periods
from fixtures_claims import claims_reader

PUBLISHED = dt.date(2025, 10, 15)


def figures_of(sentence: str, *texts: str) -> list[tuple[int, int]]:
    spans = []
    for text in texts:
        at = sentence.index(text)
        spans.append((at, at + len(text)))
    return spans


def pick(sentence: str, figure: str, *others: str, carried: str | None = None, reason: str = "paragraph",
         fiscal: bool = False, change: bool = False, weights=None) -> frame_period.PeriodChoice:
    texts = sorted((figure, *others), key=sentence.index)
    spans = figures_of(sentence, *texts)
    mentions = find_periods(sentence, PUBLISHED)
    return frame_period.choose(sentence, texts.index(figure), spans, mentions, carried, reason, fiscal, change,
                               weights=weights)


def test_frame_period_written_after_the_figure_wins_over_a_nearer_one():
    s = "In 2023 the Dorran mill made 812 tonnes, and 947 tonnes in 2024."
    assert pick(s, "947 tonnes", "812 tonnes").value == "2024"
    assert pick(s, "947 tonnes", "812 tonnes").reason == "after the figure"


def test_frame_period_base_figure_takes_only_its_own_period():
    s = "Ferry crossings reached 31,400 in 2024, up from 28,900 in 2022."
    assert pick(s, "31,400", "28,900").value == "2024"
    assert pick(s, "28,900", "31,400").value == "2022"
    bare = "Ferry crossings reached 31,400 in 2024, up from 28,900."
    bare_choice = pick(bare, "28,900", "31,400", carried="2025")  # not the sentence's, not carried: the year before
    assert (bare_choice.value, bare_choice.reason) == ("2023", "base of the change")
    relative = "Ferry crossings reached 31,400 in 2024, up from 28,900 a year earlier."
    assert pick(relative, "28,900", "31,400").value == "2023"


def test_frame_period_comparison_base_is_not_the_claims_period():
    s = "Tolls collected rose 6.2% on 2023, the authority said."
    choice = pick(s, "6.2%", carried="2024", change=True)
    assert (choice.value, choice.base, choice.reason) == ("2024", "2023", "paragraph")


def test_frame_period_relative_mention_counts_back_from_the_sentence():
    s = "Lodge bookings hit 5,310 in March, against 4,870 a year earlier."
    assert pick(s, "5,310", "4,870").value == "2025-03"
    assert pick(s, "4,870", "5,310").value == "2024-03"


def test_frame_period_an_opening_relative_period_counts_back_from_the_carried_one():
    s = "A year ago, the jobless rate in Dorran was 4.4%."
    choice = pick(s, "4.4%", carried="2025-09")
    assert (choice.value, choice.reason) == ("2024-09", "in the sentence")
    later = "The jobless rate in Dorran was 4.4%, a year ago."  # not an opening: the figure's own relative period
    assert pick(later, "4.4%", carried="2025-09").value == "2024-09"


def test_frame_period_an_opening_relative_period_with_no_comma_counts_back_too():
    # a weekly report's "A year ago the total was ...": no comma before the clause's subject
    s = "A year ago the Brenholt sale drew 2,840 head of calves, 512 head of cows and 96 head of bulls."
    for figure, *others in (("2,840", "512", "96"), ("512", "2,840", "96"), ("96", "2,840", "512")):
        choice = pick(s, figure, *others, carried="2025-09")
        assert (choice.value, choice.reason) == ("2024-09", "in the sentence")
    earlier = "Two years earlier there were 41 wardens on the Tarrow estate."
    assert pick(earlier, "41", carried="2025").value == "2023"
    # a later clause set "now" is not the opening period's
    now = "A year ago the rate stood at 3.1%, but now it is 4.2%."
    assert pick(now, "4.2%", "3.1%", carried="2025-09").value == "2025-09"


def test_frame_period_a_line_label_dates_both_sides_of_vs():
    # a forecasts table: each line opens with the year, then the new forecast "vs" the one it revises
    s = "* 2026/27 1.75 per cent vs 2.25 per cent."
    for figure, other in (("1.75 per cent", "2.25 per cent"), ("2.25 per cent", "1.75 per cent")):
        assert pick(s, figure, other, carried="2025").value == "2026-27"
    # the old side with a period of its own keeps it; a period that does not open the line is no label
    own = "* 2026/27 1.75 per cent vs 2.25 per cent in 2025."
    assert pick(own, "2.25 per cent", "1.75 per cent").value == "2025"
    later = "Growth of 1.75 per cent in 2026 vs 2.25 per cent."
    assert pick(later, "2.25 per cent", "1.75 per cent").value != "2026"


def test_frame_period_from_after_a_verb_of_origin_is_no_old_side():
    # "resulted from" says where a rise came from: the figure is of the period carried, not a comparison's old side
    s = "The board said this resulted from 41,000 new permits being issued during the year."
    assert pick(s, "41,000", carried="2025").value == "2025"
    came = "Most of the money came from 1,200 small donors."
    assert pick(came, "1,200", carried="2025").value == "2025"
    assert frame_period.base_figures("Fees rose to 9,400 from 7,100.", figures_of("Fees rose to 9,400 from 7,100.",
                                                                                 "9,400", "7,100")) == {1}


def test_frame_period_carried_when_the_sentence_names_none():
    s = "Lodge bookings hit 5,310, the board said."
    assert (pick(s, "5,310", carried="2025-03").value, pick(s, "5,310", carried="2025-03").reason) == \
        ("2025-03", "paragraph")
    assert pick(s, "5,310").reason == "none"


def test_frame_period_features_are_named_and_weighted():
    weights = load_weights()
    assert set(weights.of("period")) == set(FEATURES["period"])
    s = "In 2023 the Dorran mill made 812 tonnes, and 947 tonnes in 2024."
    found = frame_period.candidates(s, 1, figures_of(s, "812 tonnes", "947 tonnes"), find_periods(s, PUBLISHED),
                                    "2025", "paragraph", False, False)
    by_value = {c.value.value: c.features for c in found}
    assert by_value["2024"]["after_figure"] == 1.0 and by_value["2023"].get("after_figure") == 0.0
    assert by_value["2025"]["paragraph"] == 1.0


def test_frame_period_ablating_a_feature_changes_the_choice():
    s = "In 2023 the Dorran mill made 812 tonnes, and 947 tonnes in 2024."
    weights = load_weights()
    assert pick(s, "947 tonnes", "812 tonnes", weights=weights).value == "2024"
    # without the sentence's own mentions, the carried period is all there is
    off = weights.without("period", "after_figure").without("period", "in_sentence")
    assert pick(s, "947 tonnes", "812 tonnes", carried="2025", weights=off).value == "2025"


def test_frame_period_weights_checked_on_load():
    data = json.loads(json.dumps(load_weights().to_dict()))
    data["period"]["after_figure_typo"] = 1.0
    with pytest.raises(ValueError, match="unknown feature 'after_figure_typo'"):
        parse(data, "weights.json")
    del data["period"]["after_figure_typo"]
    del data["period"]["paragraph"]
    with pytest.raises(ValueError, match="missing feature 'paragraph'"):
        parse(data, "weights.json")


def test_frame_period_sentence_anchor_skips_bases_and_spans():
    """What a sentence sets for the sentences after it: its own written period, not a base or a span."""
    def anchor(s: str, *figs: str) -> str | None:
        m = frame_period.sentence_anchor(s, find_periods(s, PUBLISHED), figures_of(s, *figs))
        return m.period if m else None
    assert anchor("Hostel beds fell to 640 in June.", "640") == "2025-06"
    assert anchor("Hostel beds fell to 640, from 700 in 2019.", "640", "700") is None
    assert anchor("Hostel beds fell by 60 between 2019 and 2024.", "60") is None
    assert anchor("Hostel beds fell 4% on the previous year.", "4%") is None
    assert re.fullmatch(r"\d{4}", anchor("Hostel beds fell to 640 last year.", "640") or "")


# ------------------------------------------------------------------ what a carried period goes to

def _carry(tense: str, status: str = "reported", duration: bool = False, carried: str = "2024",
           published: dt.date = PUBLISHED, fiscal: bool = False):
    from claimx.frame.article import ArticleModel
    model = ArticleModel(published=published, fiscal=fiscal)
    s = "Mooring fees came to 4,410, the harbour board said."
    return frame_period.choose(
        s, 0, figures_of(s, "4,410"), find_periods(s, published), carried, "article", fiscal, False,
        carry=frame_period.carry_features(carried, tense, status, duration, model))


def test_frame_period_carry_goes_to_reported_figures_and_to_present_ones_of_a_period_in_progress():
    assert _carry("past").value == "2024"
    assert _carry("present").value is None          # a state now is not a state in 2024
    assert _carry("present", carried="2025-26").value == "2025-26"   # "the trust runs 1,180 beds" this year
    assert _carry("present", carried="FY2025", fiscal=True).value == "FY2025"   # a results story's period


def test_frame_period_carry_skips_durations_market_moves_and_forecasts_of_past_periods():
    assert _carry("past", duration=True).value is None
    assert _carry("past", status="market").value is None        # shares "rose 4.2% in early trading"
    # not even in a results story, whose fiscal period every reported figure shares: a share move is on the day
    assert _carry("past", status="market", carried="FY2024", fiscal=True).value is None
    assert _carry("future", status="forecast").value is None    # a forecast is not for a period already over
    assert _carry("future", status="forecast", carried="2025-26").value == "2025-26"  # the season in progress
    assert _carry("future", status="forecast", carried="FY2025", fiscal=True).value == "FY2025"


@pytest.mark.parametrize("text,month", [
    ("The retailer, whose fiscal year ends in January, reported ...", 1),
    ("For the full year ending Aug. 31, the group expects ...", 8),
    ("Capital spending peaked in FYE March 2023.", 3),
    ("Sales rose in the year to March.", None),          # a rolling year, not a fiscal calendar
])
def test_frame_period_fiscal_year_end_read_from_the_article(text, month):
    from claimx.periods import fiscal_year_end
    assert fiscal_year_end(text) == month


def test_frame_period_bare_quarter_and_this_year_follow_the_stated_fiscal_year():
    published = dt.date(2025, 11, 25)
    found = {m.text: m.period for m in find_periods(
        "Third-quarter sales rose and it will open 40 stores this year, for the full year ending Jan. 31.",
        published, None, 1)}
    assert found == {"Third-quarter": "Q3 FY2026", "this year": "FY2026", "year ending Jan. 31": "FY2026"}
    # without a stated year end, the latest calendar quarter
    assert [m.period for m in find_periods("Third-quarter sales rose.", published)] == ["Q3 2025"]


def test_frame_period_an_account_of_results_reads_bare_years_as_fiscal_years():
    from claimx.frame import article
    results = ("Tarvik's hosting arm carries the group\n\nTarvik said its hosting arm grew 12% last year.\n\n"
               "Operating profit rose to €310 million and the board raised the dividend.")
    model = article.build(results, dt.date(2026, 2, 20), 60)
    assert model.fiscal
    [last_year] = [m for m in find_periods(results, model.published) if m.kind == "relative_year"]
    assert article.label(last_year, model.fiscal) == "FY2025"
    ridership = ("Ferry use climbs\n\nFerries carried 2.1 million people last year.\n\n"
                 "Fare revenue rose to €14 million.")
    assert not article.build(ridership, dt.date(2026, 2, 20), 40).fiscal
    # other results than an organisation's accounts: an election's, a match's, an exam's
    election = ("Dunmore council vote\n\nThe results for this year show that the Greens won 9 seats, two more "
                "than in 2021.\n\nTurnout fell to 41%.")
    assert not article.build(election, dt.date(2026, 5, 8), 40).fiscal
    interim = "Tarvik interim results\n\nTarvik's interim results show sales of €1.2 billion in the first half."
    assert article.build(interim, dt.date(2026, 8, 8), 40).fiscal
    # a person's or a household's earnings are pay, not a company's: a labour release, a player's prize money
    pay = ("Pay growth slows\n\nAverage weekly earnings rose 5.1% in the three months to June, the statistics office "
           "said.\n\nUnemployment rose to 4.4% last year.")
    assert not article.build(pay, dt.date(2026, 8, 12), 120).fiscal
    prize = "Rowe wins in Dunmore\n\nRowe won the final on Sunday, taking her career earnings past $9 million."
    assert not article.build(prize, dt.date(2026, 7, 13), 100).fiscal
    company = "Tarvik beats forecasts\n\nTarvik posted higher quarterly earnings on Tuesday."
    assert article.build(company, dt.date(2026, 7, 28), 80).fiscal


def test_frame_period_a_mention_in_another_clause_yields_to_the_carried_period():
    s = "The ferry carried 8,200 passengers, which was the most since it entered service in 2019."
    choice = pick(s, "8,200 passengers", carried="2025")
    assert (choice.value, choice.reason) == ("2025", "paragraph")
    # in the figure's own clause the mention wins
    assert pick("The ferry carried 8,200 passengers in 2019.", "8,200 passengers", carried="2025").value == "2019"


def test_frame_period_a_budget_year_written_with_both_years_keeps_that_form():
    text = ("Harwick adopts $41.2 million budget\n\nHarwick City Council adopted the fiscal year 2025-26 budget on "
            "Tuesday.\n\nThe FY 2025-26 budget includes $12.1 million for roads.")
    model = article_model.build(text, dt.date(2025, 8, 20), len(text))
    assert model.fiscal and model.fiscal_year == 2026          # still the fiscal year ending in 2026
    assert article_model.label(model.period, model.fiscal) == "2025-26"   # labelled as the story writes it


def test_frame_period_a_results_lead_reports_its_quarter_not_a_launch_later_this_year():
    text = ("Harlow revenue rises 6%\n\nHarlow reported a 6% rise in quarterly revenue on Tuesday, ahead of a handset "
            "launch later this year. Handset sales rose 3% to 12.1 million in the third quarter ended July 2.")
    model = article_model.build(text, dt.date(2025, 8, 5), len(text))
    assert model.year_end == 9  # a third quarter to July 2 closes June, of a year of 52 weeks to September (session 51)
    assert article_model.label(model.period, model.fiscal) == "Q3 FY2025"


def test_frame_period_a_span_from_now_to_a_year_is_no_sentences_anchor():
    s = "Between now and 2030 the trust will spend £40 million, and it spent £6 million last year."
    mentions = find_periods(s, PUBLISHED)
    assert [m.kind for m in mentions] == ["now_to_year", "relative_year"]
    anchor = frame_period.sentence_anchor(s, mentions, figures_of(s, "£40 million", "£6 million"))
    assert anchor is not None and anchor.period == "2024"      # the span still to come sets no period for what follows


def test_frame_period_a_budget_storys_year_to_a_month_sets_its_fiscal_calendar():
    from claimx.frame import article
    text = ("Harbour trust budget\n\nThe trust's budget rises 4% as it plans a deficit.\n\n"
            "Visits reached 81,000 in the year to March 2025. Spending on locums fell last year.")
    model = article.build(text, dt.date(2025, 11, 12), 50)
    assert model.year_end == 3
    [last_year] = [m for m in find_periods(text, model.published, model.fiscal_year, model.year_end)
                   if m.kind == "relative_year"]
    assert last_year.period == "FY2025"   # April 2024 to March 2025, the last year ended
    stats = "Prices rose 2.4% in the year to August, the statistics office said."
    assert article.build(stats, dt.date(2025, 9, 17), 40).year_end is None   # not a results or budget story


def test_frame_period_carried_value_written_in_the_sentence_is_reported_as_written():
    """When the carried period wins but the sentence writes the same period, the frame points at the words."""
    s = "Boardings reached 3.1 million in 2025, the board said, as ridership jumped 9%."
    choice = pick(s, "9%", "3.1 million", carried="2025", reason="article")
    assert (choice.value, choice.reason, choice.mention.text) == ("2025", "in the sentence", "2025")


def test_frame_period_a_headlines_present_tense_reports_the_past():
    s = "Harlow port traffic slips to 4,410 sailings"
    model = article_model.build(s + "\n\nHARLOW (Wire) - Sailings fell in 2024.", PUBLISHED, len(s))
    assert model.headline_end == len(s)
    carry = frame_period.carry_features("2024", "present", "reported", False, model, headline=True)
    choice = frame_period.choose(s, 0, figures_of(s, "4,410"), [], "2024", "article", False, False, carry=carry)
    assert choice.value == "2024"
    not_headline = frame_period.carry_features("2024", "present", "reported", False, model)
    assert frame_period.choose(s, 0, figures_of(s, "4,410"), [], "2024", "article", False, False,
                               carry=not_headline).value is None


@pytest.mark.parametrize("text,end", [
    ("Harlow port traffic slips\n\nBody text.", 25),
    ("Harlow port traffic slipped in 2024 as ferries were laid up.\nMore.", 0),   # a sentence, not a headline
    ("One paragraph only, no line break", 0),
])
def test_frame_period_headline_end(text, end):
    assert article_model.headline_end(text) == end


def test_frame_period_a_period_written_as_owner_of_the_figure_is_its_own():
    s = "The ferry line carried 14,200 cars, up 9% on last season's 13,030."
    assert pick(s, "13,030", "14,200", "9%").value == "2024-25"
    s = "Crews will relay 88 km of track, almost double last year's 46 km."
    assert pick(s, "46 km", "88 km", "almost double", carried="2025").value == "2024"
    assert pick(s, "almost double", "88 km", "46 km", carried="2025").value == "2025"


def test_frame_period_a_records_since_is_not_the_figures_period():
    s = "Dunlow Freight rose 5.3% to $61.20, its best day since April."
    assert pick(s, "5.3%", "$61.20", carried="2025").value == "2025"
    assert pick(s, "5.3%", "$61.20").value is None


@pytest.mark.parametrize("sentence,old,new,carried,expected", [
    ("Trading profit rose to €41 million from €37 million.", "€37 million", "€41 million", "FY2025", "FY2024"),
    ("Yield slipped to 6.1% from 6.4%, the board said.", "6.4%", "6.1%", "Q2 FY2026", "Q2 FY2025"),
    ("Away attendance climbed to 3,900 from 3,150.", "3,150", "3,900", "2024-25", "2023-24"),
    ("Claims fell to 2,210 from 2,480.", "2,480", "2,210", "2025-09", None),         # a month: maybe the month before
    ("The fee will go up from $40 to $44.", "$40", "$44", "2025", None),             # the old side first: a change to come
    ("Lakes now cover 9 km², up from 2 km² in the 1980s.", "2 km²", "9 km²", "2025", None),  # a period of its own
])
def test_frame_period_the_old_side_of_a_change_is_the_year_before(sentence, old, new, carried, expected):
    choice = pick(sentence, old, new, carried=carried, reason="article", change=False)
    assert choice.value == expected
    assert choice.reason == ("base of the change" if expected else "none")
    assert pick(sentence, new, old, carried=carried, reason="article").value == carried


def test_frame_period_a_mention_in_another_clause_is_never_the_figures_own():
    s = "The depot holds 230 trams, and it plans to retire 40 of them next year."
    assert pick(s, "230 trams", "40").value is None      # nothing carried: none rather than the other clause's
    assert pick(s, "230 trams", "40", carried="2025").value == "2025"


def test_frame_period_the_end_of_december_in_a_results_story_is_the_year_end():
    [mention] = find_periods("The group had 9,300 staff at the end of December.", PUBLISHED)
    assert article_model.label(mention, fiscal=True) == "FY2024"
    assert article_model.label(mention, fiscal=False) == "2024-12"     # a statistics story keeps the month
    [june] = find_periods("The group had 9,300 staff at the end of June.", PUBLISHED)
    assert article_model.label(june, fiscal=True) == "2025-06"


def test_frame_period_a_study_leads_span_is_the_articles_period():
    text = ("Otter numbers up by half on the Lune, survey finds\n\nKELD (Wire) - Otters on the River Lune rose by about "
            "half between 2009 and 2024, a survey found. Counts in 2009 found 61 holts.\n\nMore text.")
    model = article_model.build(text, PUBLISHED, text.index("More text."))
    assert model.period is not None and model.period.period == "2009-2024"
    results = ("Dorran Mills profit up\n\nDorran Mills said annual results showed net profit rose between 2023 and 2024, "
               "and operating profit rose 4% in 2024.\n\nMore text.")
    model = article_model.build(results, PUBLISHED, results.index("More text."))
    assert model.fiscal and model.period is not None and model.period.period == "2024"   # a results story: its year


@pytest.mark.parametrize("sentence,figure,expected", [
    ("Coach Ilsa Marr, who joined in March 2023, was handed a 12% raise.", "12%", None),   # a relative clause
    ("The tunnel, which opened in June, cost 84 million.", "84 million", None),
    ("He signed a four-year deal that runs until May 2029.", "four-year", None),           # the end of a term
    ("Ridership reached 9,100 in June.", "9,100", "2025-06"),
])
def test_frame_period_a_period_dating_an_aside_does_not_set_the_paragraphs(sentence, figure, expected):
    m = frame_period.sentence_anchor(sentence, find_periods(sentence, PUBLISHED), figures_of(sentence, figure))
    assert (m.period if m else None) == expected


def test_frame_period_a_mention_in_an_aside_is_not_the_figures_period_outside_it():
    s = "Mayor Ida Renn, who took office in March, praised the 4,100 volunteers."
    assert pick(s, "4,100", carried="2025").value == "2025"
    inside = "The tunnel, which carried 3,900 cars in June, reopened."
    assert pick(inside, "3,900", carried="2025").value == "2025-06"   # the aside's own figure keeps it


def test_frame_period_a_later_figures_comparison_base_is_not_the_changes():
    s = "Bookings fell by 2,100 to 40,300 in the three months to June, and are now a tenth below their level a year earlier."
    assert pick(s, "2,100", "40,300", "a tenth", change=True).base is None
    own = "Bookings fell by 2,100 to 40,300 from a year earlier."
    assert pick(own, "2,100", "40,300", carried="2025-06", change=True).base == "2024-06"


def test_frame_period_the_month_before_counts_back_from_the_sentences_month():
    s = "Output fell 0.6% between May and June, after a 0.9% rise the month before."
    assert pick(s, "0.9%", "0.6%").value == "2025-05"
    assert pick(s, "0.6%", "0.9%").value == "2025-06"


def test_frame_period_last_year_after_an_old_figure_is_the_same_quarter_a_year_back():
    s = "Sales reached $8.1 billion, up from $7.4 billion last year."
    assert pick(s, "$7.4 billion", "$8.1 billion", carried="Q2 2025").value == "Q2 2024"
    assert pick(s, "$7.4 billion", "$8.1 billion", carried="2025-08").value == "2024-08"
    # a yearly claim keeps the plain year; a level that is no old figure keeps "last year"
    assert pick(s, "$7.4 billion", "$8.1 billion", carried="2025").value == "2024"
    assert pick("The mill spent $3 million last year.", "$3 million", carried="Q2 2025").value == "2024"


def test_frame_period_a_span_still_to_come_takes_no_carried_period():
    s = "The sponsor will pay at least £9 million over the next four seasons."
    assert pick(s, "at least £9 million", carried="2024-25").value is None
    s = "The board raised the dividend to 80 cents, up from 72 cents, and will buy back $1bn over the next 12 months."
    assert pick(s, "80 cents", "72 cents", "$1bn", carried="FY2025", fiscal=True).value == "FY2025"
    assert pick(s, "$1bn", "80 cents", "72 cents", carried="FY2025", fiscal=True).value == "FY2026"  # the coming year, a fiscal one here



def test_frame_period_a_year_ago_period_after_restated_figures_and_a_comma():
    s = "That topped $388 million, or 47 cents a share, in the year-ago quarter."
    assert pick(s, "$388 million", "47 cents", carried="Q3 2025").value == "Q3 2024"
    # an absolute period after a comma stays unattached: the carried one wins
    s = "That topped $388 million, in a quarter of 2023."
    assert pick(s, "$388 million", carried="Q3 2025").reason != "after the figure"


def test_frame_period_a_relative_period_after_restated_figures_dates_each_of_them():
    s = "Profit was $212 million in the quarter, compared with $164 million, or 58 cents a share, a year earlier."
    for figure in ("$164 million", "58 cents"):
        choice = pick(s, figure, *[f for f in ("$212 million", "$164 million", "58 cents") if f != figure],
                      carried="Q2 2025")
        assert (choice.value, choice.reason) == ("Q2 2024", "after the figure")


def test_frame_period_an_old_figure_with_a_describing_word_keeps_its_own_period():
    s = "Ticket sales reached £96 million, up 11% on the previous £86.5 million taken in the 2023/24 season."
    assert pick(s, "11%", "£96 million", "£86.5 million", carried="2024-25", change=True).value == "2024-25"
    assert pick(s, "£86.5 million", "£96 million", "11%", carried="2024-25").value == "2023-24"
    # "with a further" adds a figure, it does not compare with one
    s = "The mill shed 140 jobs in 2024, with a further 60 cut in May."
    assert frame_period.base_figures(s, figures_of(s, "140 jobs", "60")) == set()


def test_frame_period_a_later_figures_own_period_past_a_comma_is_not_the_figures():
    s = "Harbour dues total £41 million, short of the £47 million peak in the financial year ending March 2021."
    choice = pick(s, "£41 million", "£47 million", carried="FY2026", fiscal=True)
    assert (choice.value, choice.reason) == ("FY2026", "paragraph")
    assert pick(s, "£47 million", "£41 million", carried="FY2026", fiscal=True).value == "FY2021"
    # the new side of the same change, with no comma between, shares it
    s = "Harbour dues rose 6% to £41 million in 2024."
    assert pick(s, "6%", "£41 million", carried="2025", change=True).value == "2024"


def test_frame_period_the_previous_three_months_count_back_from_the_claims_rolling_quarter():
    s = "The jobless rate rose to 5.2% in the three months to July, up from 4.9% in the previous three months."
    assert pick(s, "5.2%", "4.9%").value == "2025-07"
    assert pick(s, "4.9%", "5.2%").value == "2025-04"
    s = "Vacancies stood at 812,000, down from 850,000 three months earlier."
    assert pick(s, "850,000", "812,000", carried="2025-08").value == "2025-05"


def test_frame_period_a_period_opening_the_sentence_dates_its_subordinate_clauses_too():
    s = "In March 2024, arrivals at the port fell by 1,300 from February, although the occupancy rate held at 71%."
    assert pick(s, "71%", "1,300", carried="2024-02").value == "2024-03"
    # not when it opens an aside of its own further on
    s = "Arrivals fell by 1,300, although in March 2024, a quieter month, occupancy held at 71%."
    assert pick(s, "1,300", "71%", carried="2024-02").value == "2024-02"


def test_frame_period_a_quarterly_lead_takes_the_first_numbered_quarter_of_the_story():
    text = ("Norvik profit jumps\n\nNorvik posted a 21% rise in quarterly profit on Tuesday.\n\n"
            "It earned $310 million in the quarter.\n\nSales in the period, which ended Nov. 30 and was the third "
            "quarter of the company's fiscal 2026, rose 8%.\n\nIn the fourth quarter it expects sales to rise again.")
    model = article_model.build(text, dt.date(2025, 12, 18), text.index("It earned"))
    assert model.period is not None and model.period.period == "Q3 FY2026"
    assert model.year_end is None or model.year_end == 2
    # a lead that names no quarter at all keeps no period
    plain = "Norvik profit jumps\n\nNorvik posted a 21% rise in profit.\n\nSales in the third quarter of fiscal 2026 rose."
    assert article_model.build(plain, dt.date(2025, 12, 18), plain.index("Sales")).period is None


def test_frame_period_a_change_written_before_its_two_dated_sides_spans_them():
    s = "Hedgehog sightings fell by 41%, from about 5,200 in 2004 to roughly 3,100 in 2023, the survey found."
    choice = pick(s, "41%", "about 5,200", "roughly 3,100", carried="2025", change=True)
    assert (choice.value, choice.reason) == ("2004-2023", "in the sentence")
    assert pick(s, "about 5,200", "41%", "roughly 3,100", carried="2025").value == "2004"
    # months name no span: the change is the new side's month
    s = "The jobless rate fell by 0.4 points, from 5.6% in January to 5.2% in June."
    assert pick(s, "0.4 points", "5.6%", "5.2%", carried="2025-03", change=True).value == "2025-06"


def test_frame_period_a_figure_after_a_bare_with_is_no_old_figure():
    s = "The grocer ended the quarter with 1,912 shops."
    assert pick(s, "1,912 shops", carried="Q2 FY2026", fiscal=True).value == "Q2 FY2026"
    s = "Rainfall in August was the highest on record, with 212 mm."
    assert pick(s, "212 mm").value == "2025-08"
    s = "Rents rose to £1,210, compared with £1,150 in 2024."
    assert frame_period.base_figures(s, figures_of(s, "£1,210", "£1,150")) == {1}


_claims = claims_reader(dt.date(2025, 10, 15))


def test_frame_period_a_participle_reports_in_the_tense_of_the_verb_it_hangs_from(nlp):
    text = ("Kelby jobless count climbs\n\nThe jobless count in Kelby rose in August.\n\n"
            "Numbers rose by 1,400 in Kelby, pushing the town's jobless rate up to 6.1%.\n\n"
            "Shares in Rendle Mining fell 3.2% by noon, giving the miner a market value of about £2 billion.")
    claims = _claims(nlp, text)
    assert claims["6.1%"].period == "2025-08"       # the past rise it results from: the paragraph's month
    assert claims["about £2 billion"].period is None  # the value on the day of a share move: no period


def test_frame_period_a_definite_things_present_state_takes_the_storys_period(nlp):
    text = ("Pelham ambulance calls rise\n\nAmbulance calls in Pelham rose in July, figures showed.\n\n"
            "Calls climbed to 3,870, the service said. The service operates 212 ambulances across the county. "
            "A typical crew covers 140 miles a shift. Each station has 6 paramedics on call. "
            "Volunteers visit 40 care homes every August.")
    claims = _claims(nlp, text)
    assert claims["3,870"].period == "2025-07"
    assert claims["212"].period == "2025-07"        # "the service operates": its state in the month reported
    assert claims["140 miles"].period is None       # an indefinite subject: a rule, not a state in July
    assert claims["6"].period is None               # "each station": a rule
    assert claims["40"].period is None              # a habit ("every August")


def test_frame_period_present_state_needs_a_definite_subject_and_no_direct_speech(nlp):
    doc = nlp("The depot operates 90 buses. Each depot operates 90 buses. \"The depot operates 90 buses.\"")
    verbs = [next(t for t in s if t.lemma_ == "operate") for s in doc.sents]
    assert [frame_period.present_state(v, s.text) for v, s in zip(verbs, doc.sents)] == [True, False, False]


def test_frame_period_a_participle_clause_of_time_keeps_its_period():
    s = "Tolland's rate dropped to 7.2% after climbing to 9.4% in July."
    assert pick(s, "7.2%", "9.4%", carried="2025-08").value == "2025-08"   # July dates the climb
    assert pick(s, "9.4%", "7.2%", carried="2025-08").value == "2025-07"
    s = "Tolland's rate dropped to 7.2% in August after climbing to 9.4%."
    assert pick(s, "7.2%", "9.4%", carried="2025-09").value == "2025-08"


def test_frame_period_a_forecast_of_a_yearless_quarter_or_half_is_the_coming_one(nlp):
    # published in late April: the second quarter and the second half still to come are this year's; the
    # first quarter just reported is too, and a past one stays past
    text = ("Harwick expects revenue of about $1.2 billion for the second quarter. It reported revenue of "
            "$1.1 billion in the first quarter. Harwick now expects second-half sales to rise 4%.")
    claims = _claims(nlp, text, published=dt.date(2013, 4, 29))
    assert claims["about $1.2 billion"].period == "Q2 2013"
    assert claims["$1.1 billion"].period == "Q1 2013"
    assert claims["4%"].period == "H2 2013"


def test_frame_period_a_fiscal_quarter_over_before_publication_is_not_in_progress():
    from claimx.frame.article import ArticleModel
    from claimx.periods import not_over
    late_november = dt.date(2025, 11, 25)
    # a year ending in January: Q3 FY2026 ran August to October 2025, Q4 FY2026 runs to January 2026
    assert not not_over("Q3 FY2026", late_november, 1)
    assert not_over("Q4 FY2026", late_november, 1)
    assert not_over("H1 FY2026", dt.date(2025, 9, 1), 3)     # April to September, still running
    # a share move in a results story about a quarter already over takes no carried period
    model = ArticleModel(published=late_november, fiscal=True, year_end=1)
    s = "Shares in Tarrow Outfitters rose 5.1% in early trading."
    choice = frame_period.choose(s, 0, figures_of(s, "5.1%"), find_periods(s, late_november), "Q3 FY2026", "article",
                                 True, True, carry=frame_period.carry_features("Q3 FY2026", "past", "market", False, model))
    assert choice.value is None


def test_frame_period_a_since_span_ends_at_the_latest_year_its_sentence_reports():
    s = "Otters on the Carran estuary numbered 310 in 2024, up by a third since 2011."
    published = dt.date(2026, 2, 10)
    spans = figures_of(s, "310", "a third")
    choice = frame_period.choose(s, 1, spans, find_periods(s, published), None, "article", False, True)
    assert choice.value == "2011-2024"       # the count it compares is 2024's, not the publication year's
    s = "Otters on the Carran estuary are up by a third since 2011."
    choice = frame_period.choose(s, 0, figures_of(s, "a third"), find_periods(s, published), None, "article", False, True)
    assert choice.value == "2011-2026"       # nothing later written: up to publication


def test_frame_period_a_thing_described_by_its_size_takes_no_carried_period(nlp):
    text = ("Brevick otter count climbs\n\nOtters on the Brevick estuary rose to 310 in 2024, a survey found.\n\n"
            "Rangers counted 58 holts along the river. The survey was paid for by a £40,000 grant from a wildlife trust "
            "and covered a 12-mile stretch of the bank. Holts fell by 4, a 6% drop.")
    claims = _claims(nlp, text, published=dt.date(2025, 3, 4))
    assert claims["58"].period == "2024"            # a count the story reports: its year
    assert claims["£40,000"].period is None         # what the grant was worth: no period
    assert claims["12-mile"].period is None         # the length of the stretch: no period
    assert claims["6%"].period == "2024"            # "a 6% drop" is a change, not a thing


def test_frame_period_a_results_storys_period_goes_to_described_things_too():
    from claimx.frame.article import ArticleModel
    s = "The group booked a €38.5 million charge."
    fiscal = ArticleModel(published=PUBLISHED, fiscal=True)
    carry = frame_period.carry_features("FY2025", "past", "reported", False, fiscal, described=True)
    choice = frame_period.choose(s, 0, figures_of(s, "€38.5 million"), [], "FY2025", "article", True, False, carry=carry)
    assert choice.value == "FY2025"
    carry = frame_period.carry_features("2025", "past", "reported", False, ArticleModel(published=PUBLISHED), described=True)
    assert frame_period.choose(s, 0, figures_of(s, "€38.5 million"), [], "2025", "article", False, False, carry=carry).value is None


def test_frame_period_a_share_move_takes_no_period_of_what_moved_it():
    from claimx.frame.article import ArticleModel
    model = ArticleModel(published=PUBLISHED)
    market = frame_period.carry_features("2025-10", "past", "market", False, model)

    def move(s, figure, *others):
        texts = sorted((figure, *others), key=s.index)
        return frame_period.choose(s, texts.index(figure), figures_of(s, *texts), find_periods(s, PUBLISHED), "2025-10",
                                   "article", False, True, carry=market).value
    assert move("Dorran Foods slid 4.2% after the baker said sales fell in the third quarter.", "4.2%") is None
    assert move("Dorran Foods has gained 18% in 2025.", "18%") == "2025"          # written for the move itself
    assert move("In September, Dorran Foods lost 9%.", "9%") == "2025-09"         # a period opening the sentence


def test_frame_period_a_target_year_does_not_set_the_paragraphs_period(nlp):
    text = ("Marlow recycling rate edges up\n\nMarlow recycled 41% of household waste in 2024, the council said.\n\n"
            "The council wants to reach 60% by 2030. Landfill still took 35% of the rest, officials said.")
    claims = _claims(nlp, text, published=dt.date(2025, 3, 4))
    assert claims["60%"].period == "2030"
    assert claims["35%"].period == "2024"     # the story's year, not the target's


def test_frame_period_a_studys_sample_size_has_no_period(nlp):
    text = ("Tenby commuters sour on trams\n\nTram ridership in Tenby fell 4% in 2024, the operator said.\n\n"
            "Complaints rose to 1,310, and a survey of 1,800 passengers found that 41% rated the service poor. "
            "Third-quarter fares rose 3%, according to a poll of 12 analysts.")
    claims = _claims(nlp, text, published=dt.date(2025, 3, 4))
    assert claims["1,310"].period == "2024"
    assert claims["1,800"].period is None           # how many the survey asked
    assert claims["41%"].period == "2024"           # what it found
    assert claims["12"].period is None              # the poll's size, not the quarter's


def test_frame_period_a_period_singled_out_with_alone_does_not_set_the_paragraphs():
    s = "In September alone, hostel beds fell by 60."
    assert frame_period.sentence_anchor(s, find_periods(s, PUBLISHED), figures_of(s, "60")) is None
    assert pick(s, "60", carried="2025").value == "2025-09"      # it still dates its own sentence
    s = "In September, hostel beds fell by 60."
    assert frame_period.sentence_anchor(s, find_periods(s, PUBLISHED), figures_of(s, "60")).period == "2025-09"


def test_frame_period_a_days_event_takes_no_carried_period(nlp):
    text = ("Fenwick Athletic edge closer to the title\n\nFENWICK, 10 March 2025 - Fenwick Athletic beat Morley Vale 2-0 "
            "and stayed top of the Tarrow League in the 2024/25 season.\n\n"
            "Striker Ana Kobel scored twice on Saturday. A crowd of 18,400 watched on Sunday at the Mill Lane ground. "
            "The club's membership rose to 9,100, its finance director said on Friday. "
            "Fenwick paid £6 million for Kobel on Monday. Figures published on Tuesday show the club's revenue rose 12%.")
    claims = _claims(nlp, text, published=dt.date(2025, 3, 10))
    assert claims["twice"].period is None            # the day's goals: no label names a day
    assert claims["18,400"].period is None           # the day's crowd
    assert claims["9,100"].period == "2024-25"       # the day dates only the saying of it
    assert claims["£6 million"].period == "2024-25"  # a sum paid on a day is the season's
    assert claims["12%"].period == "2024-25"         # the day the figures were published


def test_frame_period_a_day_in_a_results_story_leaves_its_fiscal_period(nlp):
    text = ("Corbel Foods profit rises\n\nCorbel Foods on Tuesday reported net income of $41 million for fiscal 2025, "
            "and its operating profit rose 6%. The company sold 310 stores on Tuesday.")
    claims = _claims(nlp, text, published=dt.date(2025, 11, 4))
    assert claims["310"].period == "FY2025"



def test_frame_period_a_summer_is_the_season_it_starts_in_a_story_of_seasons(nlp):
    text = ("Tolland City sign Marek Dvorak\n\nTOLLAND, 28 August 2025 - Tolland City, who finished third in the "
            "2024/25 season, have signed Marek Dvorak from Brno Lions.\n\n"
            "Tolland paid £14 million for Dvorak, and they have spent about £60 million this summer. "
            "Their captain cost £9 million last summer.")
    claims = _claims(nlp, text, published=dt.date(2025, 8, 28))
    assert claims["about £60 million"].period == "2025-26"   # this summer's window: the season it starts
    assert claims["£9 million"].period == "2024-25"          # last summer's
    text = ("Harrow pools close\n\nHarrow council will close three of its nine pools this summer, officials said "
            "on 4 March 2026. The council's budget for 2026 is £41 million.")
    claims = _claims(nlp, text, published=dt.date(2026, 3, 4))
    assert claims["three"].period == "2026"                   # no seasons here: the year


def test_frame_period_a_summer_does_not_set_the_paragraphs_period(nlp):
    text = ("Pelham budget adopted\n\nPelham adopted a $310 million budget for fiscal 2027 on Tuesday.\n\n"
            "Parks will close two pools this summer. The library keeps its $12.1 million budget.")
    claims = _claims(nlp, text, published=dt.date(2026, 6, 17))
    assert claims["$12.1 million"].period == "FY2027"        # the story's fiscal year, not the summer's


def test_frame_period_year_on_year_is_the_comparison_not_the_figures_year(nlp):
    # "rose 5.4% year-on-year" compares with a year before: the figure is for the period the sentence names
    text = ("Marlow wages rise\n\nAverage weekly pay in Marlow for the June-August 2025 period rose 4.7% "
            "year-on-year, official figures showed.\n\nRetail sales in Marlow rose 2.9% year-on-year in August.")
    claims = _claims(nlp, text)
    assert claims["4.7%"].period == "2025-08"
    assert claims["2.9%"].period == "2025-08"


def test_periods_year_on_year_before_a_month_is_a_base_then_the_month():
    found = find_periods("Retail sales rose 2.9% year-on-year in August.", dt.date(2025, 10, 15))
    assert [(m.text, m.period, m.base) for m in found] == [("year-on-year", None, True), ("in August", "2025-08", False)]


def test_frame_period_a_forecast_of_a_month_well_before_publication_is_the_coming_one(nlp):
    text = ("Dorran rates outlook\n\nEconomists expect inflation in Dorran to ease to 2.3% in December. "
            "Analysts expect the central bank to cut its rate to 3.25% at its January meeting. "
            "Prices rose 4.4% in March. Economists had expected the October rate to edge up to 4.6%.")
    claims = _claims(nlp, text, published=dt.date(2025, 11, 20))
    assert claims["2.3%"].period == "2025-12"     # still to come, not December 2024
    assert claims["3.25%"].period == "2026-01"    # the coming January meeting
    assert claims["4.4%"].period == "2025-03"     # a reported month stays past


def test_frame_period_a_share_moves_year_is_the_calendar_year_in_a_fiscal_story(nlp):
    text = ("Tarrow Outfitters quarterly profit rises\n\nTarrow Outfitters, whose fiscal year ends in January, said "
            "third-quarter net income rose 8% to $410 million and operating profit rose 6%. Shares in Tarrow have "
            "gained about 12% this year. Tarrow expects net income to rise 5% this year.")
    claims = _claims(nlp, text, published=dt.date(2025, 11, 20))
    assert claims["about 12%"].period == "2025"    # a share price counts calendar years
    assert claims["5%"].period == "FY2026"         # the company's own forecast keeps its fiscal year


def test_frame_period_a_calendar_year_companys_quarters_are_calendar_quarters(nlp):
    text = ("Brannock profit climbs\n\nBrannock Group said on Tuesday that its net income rose 9% last year and "
            "operating profit grew 6%.\n\nIn the fourth quarter alone, revenue rose 4% to €2.1 billion.")
    claims = _claims(nlp, text, published=dt.date(2026, 2, 17))
    assert claims["9%"].period == "2025"
    assert claims["4%"].period == "Q4 2025"   # a quarter of the year reported, labelled as its bare years are (calendar books)
    monthly = ("Handset shipments slip in October\n\nTessaly Research said net income at vendors rose 3% and "
               "operating profit 2% in October.\n\nIn the third quarter, shipments fell 4%.")
    assert _claims(nlp, monthly, published=dt.date(2025, 11, 20))["4%"].period == "Q3 2025"  # not a year's results


def test_frame_period_a_comments_own_period_is_not_the_figures(nlp):
    text = ("Dorran jobless rate rises in August\n\nThe jobless rate in Dorran rose to 5.1% in August.\n\n"
            "Retail sales rose 2.2%, the office said in September.\n\nThe figures were broadly as expected. "
            "Economists were not surprised.\n\nExports fell 1.4% in September, the office said.")
    claims = _claims(nlp, text, published=dt.date(2025, 10, 15))
    assert claims["2.2%"].period == "2025-08"   # September dates the comment: the story's month
    assert claims["1.4%"].period == "2025-09"   # the figure's own month


def test_frame_period_an_infinitive_reports_in_the_tense_of_the_verb_it_completes(nlp):
    text = ("Dorran jobless rate rises in August\n\nThe jobless rate in Dorran rose to 5.1% in August.\n\n"
            "Economists had expected the rate to edge up only to 4.9%. The rate is expected to climb to 5.4%.")
    claims = _claims(nlp, text, published=dt.date(2025, 9, 17))
    assert claims["4.9%"].period == "2025-08"   # what was expected of the month reported: a past estimate
    assert claims["5.4%"].period is None        # still to come: not the month already over


def test_frame_period_a_span_since_a_month_takes_no_period():
    s = "Pump prices in Dorran have risen 11% since March."
    assert pick(s, "11%", carried="2025-09").value is None          # not March, not the story's month
    s = "The clinic has doubled its places to 240 since April, and plans 30 more in December."
    assert pick(s, "240", "30 more", carried="2025-09").value is None  # the span written after it, not December
    s = "Pump prices in Dorran rose 2% in September."
    assert pick(s, "2%", carried="2025-09").value == "2025-09"


def test_article_period_a_release_named_by_its_month_out_reports_the_months_its_lead_names():
    # (a rolling three months at no calendar quarter's bounds: "July to September 2025" is Q3 2025, test_periods_s38)
    text = ("Labour market in Valdoria: November 2025\n\nMain points for June to August 2025\n\n"
            "The employment rate was estimated at 71.2%. More text.")
    model = article_model.build(text, dt.date(2025, 11, 11), text.index("More text."))
    assert model.period.period == "2025-08"
    alone = "Labour market in Valdoria: November 2025\n\nThe employment rate was 71.2%. More text."
    assert article_model.build(alone, dt.date(2025, 11, 11), alone.index("More text.")).period.period == "2025-11"


def test_frame_period_a_restated_year_after_an_old_figure_is_that_figures(nlp):
    text = ("Tolland budget for 2027 approved\n\nTolland council approved a $450 million budget for fiscal 2027. "
            "The city's fiscal year ends in June.\n\n"
            "At $18 million larger than the $432 million budget for the current year, FY2026, it is the biggest yet.")
    claims = _claims(nlp, text, published=dt.date(2025, 8, 10))
    assert claims["$432 million"].period == "FY2026"
    assert claims["$18 million"].frame.period.reason == "article"   # not the old figure's restated year


def test_frame_period_a_period_dating_an_aside_is_not_what_an_old_figure_counts_back_from():
    s = "The board proposed a dividend of €2.10 per share, up from €1.90, and a buyback to run until the end of 2027."
    choice = pick(s, "€1.90", "€2.10", carried="FY2025", fiscal=True, change=True)
    assert (choice.value, choice.reason) == ("FY2024", "base of the change")   # not the year before 2027


def test_frame_period_a_present_change_against_a_year_ago_takes_the_carried_period():
    from claimx.frame.article import ArticleModel
    model = ArticleModel(published=PUBLISHED)

    def carried(s: str, figure: str, change: bool = True) -> str | None:
        return frame_period.choose(s, 0, figures_of(s, figure), find_periods(s, PUBLISHED), "2025-08", "paragraph", False,
                                   change, carry=frame_period.carry_features("2025-08", "present", "reported", False,
                                                                             model)).value
    assert carried("Rents are 4.1% higher than a year ago.", "4.1%") == "2025-08"       # measured in the month reported
    assert carried("Rents are 4.1% higher than the month before.", "4.1%") == "2025-08"
    assert carried("Rents are 4.1% higher in the capital.", "4.1%") is None             # no comparison: a state now
    assert carried("Rents are 4.1% higher than in 2019.", "4.1%") is None               # a written base: not relative


@pytest.mark.parametrize("sentence,new,old", [
    ("In Harlby, 62.7 per cent of pupils passed, in comparison to 62 per cent last year.", "62.7 per cent", "62 per cent"),
    ("The pass rate rose to 71%, up from 68% last year.", "71%", "68%"),
    ("Some 54.8 per cent got the grades, compared with 52 per cent on the same day last year.", "Some 54.8 per cent",
     "52 per cent"),
])
def test_frame_period_last_year_after_a_comparisons_old_side_dates_that_side(sentence, new, old):
    # "last year" is the old side's; the new side is the year after it (published 2025), not last year too
    assert pick(sentence, old, new).value == "2024"
    assert pick(sentence, new, old).value == "2025"
    assert pick(sentence, new, old, carried="2025-06").value == "2025-06"  # a period the paragraph set is nearer


def test_frame_period_a_month_after_from_is_not_the_old_sides():
    # "fell to 2.1% from 2.3% in May": wire copy dates the new figure so; no base is read into the month
    [may] = find_periods("Inflation fell to 2.1% from 2.3% in May.", PUBLISHED)
    assert may.period == "2025-05" and not may.base


def test_frame_period_a_fiscal_year_is_written_as_the_lead_writes_the_reporting_year():
    lead = "Vaccine uptake falls\n\nUptake fell for a third year in 2024-25, the health agency said."
    model = article_model.build(lead, PUBLISHED, len(lead))
    assert article_model.as_written("FY2025", model) == "2024-25"     # "in the financial year to March 2025"
    assert article_model.as_written("FY2024", model) == "2023-24"     # "a year earlier"
    assert article_model.as_written("2025-03", model) == "2025-03"    # not a fiscal year
    fy = lead + "\n\nCapital spending peaked in FYE March 2023."
    model = article_model.build(fy, PUBLISHED, len(lead))
    assert article_model.as_written("FY2023", model) == "FY2023"      # the text writes FY years the FY way
    season = "Rovers promoted\n\nRovers scored 80 goals in 2024-25, the club said."
    model = article_model.build(season, PUBLISHED, len(season))
    assert article_model.as_written("FY2025", model) == "2024-25"
    results = "Harlow profit rises\n\nHarlow's profit rose 8% in fiscal 2025."
    model = article_model.build(results, PUBLISHED, len(results))
    assert article_model.as_written("FY2025", model) == "FY2025"      # a lead written the FY way


def test_frame_period_a_statistics_releases_year_ending_a_named_month_is_that_month():
    release = ("Burglaries fall in Kelby\n\nPolice in Kelby recorded 8,200 burglaries in the year ending March 2025, "
               "down 4% on the previous 12 months, the statistics office said.")
    model = article_model.build(release, PUBLISHED, len(release))
    assert not model.fiscal and article_model.label(model.period, model.fiscal) == "2025-03"
    accounts = ("Kelby trust posts deficit\n\nThe trust treated 8,200 patients in the year to March 2025 and set a "
                "budget of £1.1 billion.")
    model = article_model.build(accounts, PUBLISHED, len(accounts))
    assert model.fiscal and article_model.label(model.period, model.fiscal) == "FY2025"   # an organisation's year
    charity = ("Kelby shelter busier\n\nThe Kelby shelter housed 8,200 people in the year to March 2025, "
               "up 4% on the previous year.")
    model = article_model.build(charity, PUBLISHED, len(charity))
    assert model.fiscal and article_model.label(model.period, model.fiscal) == "FY2025"   # "year to": its own year


def test_frame_period_a_statistics_offices_year_to_a_named_month_is_that_month():
    # "year to" / "year ended" in a story quoting a statistics office: the release's rolling year, not a fiscal year
    office = ("Prices up 5.2% in Dorvale\n\nConsumer prices rose by 5.2% in the year to June 2025, the Dorvale Statistics "
              "Office said, up from 4.9% in the year to May 2025.")
    model = article_model.build(office, PUBLISHED, len(office))
    assert not model.fiscal and article_model.label(model.period, model.fiscal) == "2025-06"
    migration = ("Net migration eases\n\nNet migration was 41,300 in the year ended February 2025, Stats Dorvale reports.")
    model = article_model.build(migration, PUBLISHED, len(migration))
    assert not model.fiscal and article_model.label(model.period, model.fiscal) == "2025-02"
    # two years to different months: no organisation's fiscal years, whoever reports them
    series = ("Rents climb\n\nRents rose 3.1% in the year to April 2025, after 2.8% in the year to March 2025.")
    model = article_model.build(series, PUBLISHED, len(series))
    assert not model.fiscal and article_model.label(model.period, model.fiscal) == "2025-04"
    charity = ("Kelby shelter busier\n\nThe Kelby shelter housed 8,200 people in the year to March 2025, "
               "up 4% on the previous year, and 7,900 in the year to March 2024.")
    model = article_model.build(charity, PUBLISHED, len(charity))
    assert model.fiscal and article_model.label(model.period, model.fiscal) == "FY2025"   # one month: its own year


def test_frame_period_on_a_figure_is_its_old_side_only_after_a_change():
    # sports copy writes a standing with "on": a level, not the old side of a comparison
    s = "Harrowgate, who sit third on 47 points, travel to Linby next week."
    assert frame_period.base_figures(s, figures_of(s, "47 points")) == frozenset()
    s = "Linby finished the season on 71 points, their best total."
    assert frame_period.base_figures(s, figures_of(s, "71 points")) == frozenset()
    s = "Transfer spending reached £900 million, up 12% on the record £800 million of 2023."
    assert frame_period.base_figures(s, figures_of(s, "£900 million", "12%", "£800 million")) == frozenset({2})
    s = "The harvest showed an increase on the 4,100 tonnes gathered in the spring."
    assert frame_period.base_figures(s, figures_of(s, "4,100 tonnes")) == frozenset({0})


def test_frame_period_a_comment_verb_with_a_figure_for_its_object_is_no_comment(nlp):
    text = ("Dorran glaciers shrink\n\nBetween 1990 and 2020, the glaciers added 14.2 mm to sea level, the survey found."
            "\n\nThe rate rose to 2.2%, the office added in September.")
    claims = _claims(nlp, text, published=dt.date(2025, 10, 15))
    assert claims["14.2 mm"].period == "1990-2020"   # "added" has the figure: a verb of the measure, not a comment
    assert claims["2.2%"].period != "2025-09"        # "added in September": the comment's month


def test_frame_period_a_bare_old_figure_in_a_rolling_year_release_is_the_year_before():
    from claimx.frame.article import ArticleModel
    model = ArticleModel(published=PUBLISHED)
    s = "Kelby recorded 4,100 burglaries, down from 4,600."
    figures = figures_of(s, "4,100", "4,600")

    def old(rolling: bool) -> str | None:
        return frame_period.choose(s, 1, figures, find_periods(s, PUBLISHED), "2025-03", "article", False, False,
                                   carry=frame_period.carry_features("2025-03", "past", "reported", False, model,
                                                                     rolling=rolling)).value
    assert old(True) == "2024-03"     # the year ending March 2025 against the year ending March 2024
    assert old(False) is None         # a month's figure may be compared with the month before: no guess


def test_frame_period_a_physical_figure_of_stocks_is_no_market_move(nlp):
    text = ("Wheat harvest to grow\n\nWorld wheat output will reach 790 million tonnes in the 2025-26 season, the "
            "board said.\n\nGlobal wheat stocks are forecast at 270 million tonnes.")
    claims = _claims(nlp, text, published=dt.date(2025, 8, 14))
    assert claims["270 million tonnes"].frame.status != "market"   # a store of grain, not shares
    assert claims["270 million tonnes"].period == "2025-26"


def test_frame_period_over_the_period_restates_the_span_written_before():
    s = "That is about a third of all the rise recorded over the period."
    choice = frame_period.choose(s, 0, figures_of(s, "about a third"), find_periods(s, PUBLISHED), "2025", "article",
                                 False, False, prior_span="1990-2020")
    assert choice.value == "1990-2020"          # the span the sentence before wrote ("Between 1990 and 2020, ...")
    assert frame_period.choose(s, 0, figures_of(s, "about a third"), find_periods(s, PUBLISHED), "2025", "article",
                               False, False).value == "2025"     # no span written before: the carried period
    s = "Its area fell from 30 km² in 1990 to 24 km² in 2020, and its front retreated 2.4 km over the same period, an average of about 80 metres a year."
    assert pick(s, "about 80 metres", "30 km²", "24 km²", "2.4 km").value == "1990-2020"   # an average over it, after it
    s = "Over the same period, costs rose 8%."
    assert frame_period.choose(s, 0, figures_of(s, "8%"), find_periods(s, PUBLISHED), None, "article", False, True,
                               prior_span="2019-2024").value == "2019-2024"


def test_frame_period_since_a_year_ends_at_the_year_the_story_reports():
    s = "The glacier has shrunk by a fifth since 1990."
    assert pick(s, "a fifth", carried="2025", reason="article", change=True).value == "1990-2025"  # published 2025
    early = frame_period.choose(s, 0, figures_of(s, "a fifth"), find_periods(s, dt.date(2026, 3, 5)), "2025", "article",
                                False, True)
    assert early.value == "1990-2025"    # a study of 2025 published in 2026: not to 2026


def test_frame_period_a_possessive_period_after_the_figure_is_the_other_sides():
    s = "The forecast is still 1.6% above last season's harvest."
    assert pick(s, "1.6%", carried="2025-26", reason="article", change=True).value == "2025-26"   # not 2024-25
    s = "Receipts reached £2.2 billion, up 18% on last season's £1.9 billion."
    assert pick(s, "£1.9 billion", "£2.2 billion", "18%").value == "2024-25"   # the figure it owns


@pytest.mark.parametrize("lead,fiscal", [
    # a trade body's or a watchdog's annual report counts calendar years: no company accounts
    ("World airport passenger traffic rose 6.4% in 2015, the airports' trade body said in its annual report.", False),
    ("The regulator's annual report found complaints rose 12% in 2024.", False),
    # a company's annual results do
    ("Harlow Mills said annual revenue rose 6.4% in 2025.", True),
])
def test_frame_period_an_annual_report_is_no_results_story(lead, fiscal):
    s = "Passenger numbers up 6.4%"
    model = article_model.build(f"{s}\n\n{lead}", dt.date(2026, 3, 1), len(s) + 2 + len(lead))
    assert model.fiscal is fiscal


def test_frame_period_a_month_to_come_is_the_next_one_and_no_period_the_article_reports():
    """"will be paying £1,514.70 from April" in February: the April to come; the lead reports no month by it."""
    published = dt.date(2019, 2, 9)
    said = "Band D owners will be paying £1,514.70 to the county council from April, up £70.75 on last year."
    assert [(m.text, m.period) for m in find_periods(said, published) if m.kind == "month"] == [("from April", "2019-04")]
    # a change measured from a month is still against the last one
    assert [m.period for m in find_periods("Fares rose 5% from April.", published)] == ["2018-04"]
    head = "Council tax is going up"
    model = article_model.build(f"{head}\n\nHarlow Council agreed to raise council tax. {said}", published, 200)
    assert model.period is None or model.period.period != "2019-04"


@pytest.mark.parametrize("published,year_end,label", [
    (dt.date(2023, 8, 29), 10, "Q3 FY2023"),   # third quarter out in late August: May to July, a year ending in October
    (dt.date(2017, 10, 26), 12, "Q3 FY2017"),  # third quarter out in October: the calendar quarter, a calendar year
    (dt.date(2019, 8, 7), 7, "Q4 FY2019"),     # fourth quarter out in early August: a year ending in July
])
def test_frame_period_a_results_leads_yearless_quarter_fixes_the_year_end(published, year_end, label):
    """A results story naming neither a fiscal year nor its year end: the quarter its lead reports ended shortly
    before publication, which fixes the year end, and its quarters are the company's fiscal ones."""
    text = ("Harlow Bank profit climbs\n\nHarlow Bank on Tuesday reported a rise in third-quarter net profit, as net "
            "income increased to $1.4 billion, or $1.90 a share.\n\nRevenue rose to $7.9 billion. Its net profit "
            "margin widened in the quarter and the dividend was held.")
    if label.startswith("Q4"):
        text = text.replace("third-quarter", "fourth-quarter")
    model = article_model.build(text, published, 160)
    assert model.fiscal and model.year_end == year_end
    assert find_periods("profit in the third quarter" if label.startswith("Q3") else "profit in the fourth quarter",
                        published, model.fiscal_year, model.year_end)[0].period == label


def test_frame_period_a_yearless_quarter_outside_a_results_story_keeps_calendar_quarters():
    text = "Output slows\n\nFactory output grew 0.3% in the third quarter, the statistics office said on Tuesday."
    model = article_model.build(text, dt.date(2023, 11, 14), len(text))
    assert not model.fiscal and model.year_end is None
