"""Session 59 lead: the one reading of a period label's years, and of a period written in the figure's sentence."""
from __future__ import annotations

import pytest

from claimx.frame.period import PeriodChoice
from claimx.periods import label_years
from claimx.records import WRITTEN_REASONS, PeriodFrame


@pytest.mark.parametrize("label, years", [
    ("1995-2004", (1995, 2004)),
    ("Q3 FY2025", (2025, 2025)),
    ("2024-25", (2024, 2024)),
    ("2025-09", (2025, 2025)),
    ("FY2020-FY2026", (2020, 2026)),
    ("H1 2019", (2019, 2019)),
    (None, None),
    ("latest quarter", None),
    ("Q3 20251", None),  # five digits are no year
])
def test_label_years(label, years):
    assert label_years(label) == years


@pytest.mark.parametrize("reason", ["after the figure", "in the sentence", "paragraph", "article", "list", "none"])
def test_written_means_read_from_the_figures_sentence(reason):
    expected = reason in ("after the figure", "in the sentence")
    assert PeriodFrame(value="2025", reason=reason).written is expected
    assert PeriodChoice(None, "2025", None, reason).written is expected
    assert (reason in WRITTEN_REASONS) is expected


# --- figures read from fresh real pages (made-up sentences in the same shapes) ---------------------------------------

import datetime as dt  # noqa: E402

from claimx.pipeline import extract_articles, load_pipeline  # noqa: E402
from claimx.records import Article  # noqa: E402


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


def claims_of(nlp, text):
    article = Article(id="t", text=text, published=dt.date(2025, 11, 14))
    return [(c.text, c.value, c.unit) for c in next(iter(extract_articles([article], nlp))).claims]


@pytest.mark.parametrize("text, want", [
    # a glued "m" after a link, with what the clause counts before it: millions, not metres
    ("Total weekly hours worked in Calder climbed 1.1 per cent to 612.4m in the quarter.", ("612.4m", 612.4e6, "count")),
    ("Visitor numbers at the museum reached 2.3m last year.", ("2.3m", 2.3e6, "count")),
    # ... but a length stays a length
    ("The new runway at Kelmouth was extended to 3,200m long.", ("3,200m", 3200, "m")),
    ("The wave that hit the harbour reached 3m high.", ("3m", 3, "m")),
])
def test_glued_m_after_a_counted_noun(nlp, text, want):
    assert want in claims_of(nlp, text)


def test_glued_m_needs_the_counted_noun_in_its_clause(nlp):
    # the counted noun stands before a comma: the tower's height is no count of visitors
    got = claims_of(nlp, "The number of visitors to the tower, which rises to 120m, fell.")
    assert not any(value == 120e6 for _, value, _ in got)


@pytest.mark.parametrize("text, want", [
    ("Membership stood more than a half a million above its 2019 level.", ("more than a half a million", 5e5, "count")),
    ("Ridership remained a half million higher than a year ago.", ("a half million", 5e5, "count")),
    ("Organisers said a half-million people marched through the capital.", ("a half-million", 5e5, "count")),
    ("A half billion dollars was set aside for roads.", ("A half billion dollars", 5e8, "USD")),
    # "and a half" after a number is that number's
    ("Two and a half million people voted, and a half of them by post.", ("Two and a half million", 2.5e6, "count")),
])
def test_a_half_million(nlp, text, want):
    assert want in claims_of(nlp, text)


@pytest.mark.parametrize("text", [
    "Unemployment among 16-24 year olds in Eiremar fell by 12,000.",
    "Unemployment among 18-24-year-olds in Eiremar fell by 12,000.",
    "The jobless rate for 25-to-34-year-olds in Eiremar fell by 12,000.",
])
def test_an_age_band_is_no_claim(nlp, text):
    assert [t for t, _, _ in claims_of(nlp, text)] == ["12,000"]


def subjects_of(nlp, text):
    article = Article(id="t", text=text, published=dt.date(2025, 11, 14))
    return [(c.text, c.subject) for c in next(iter(extract_articles([article], nlp))).claims]


@pytest.mark.parametrize("text", [
    # a heading line in Title Case names what a section is about in common words, no organisation
    "Falling Crime\n\nThe rise in crime was halted in 2024. Total serious crime declined by 15% compared with 2023.",
    "Budget Highlights\n\nExpenditure: the government proposes to spend 4.6% more next year.",
    "Measles cases on the rise\n\nIn Summary\n  \u2022 According to agency data, in 2018 more than one in 10 children missed "
    "out on vaccines.\n\nThe number of measles cases reported in the country has gone up from 63 in 2017 to 822 cases in "
    "2018, according to data released on Friday.",
])
def test_a_heading_word_is_no_subject(nlp, text):
    heading = text.split("\n")[0].split()
    assert all(subject not in heading for _, subject in subjects_of(nlp, text))


def test_a_name_in_a_heading_line_keeps_its_words(nlp):
    from spacy.tokens import Doc
    from claimx.frame.dictionary import heading_common_noun
    words = ["Budget", "Highlights", "\n\n", "National", "Association", "of", "Harbourmasters", "\n\n", "Membership", "rose", "4", "%", "."]
    spaces = [True, False, False, True, True, True, False, False, True, True, False, False, False]
    doc = Doc(nlp.vocab, words=words, spaces=spaces)  # no entities: the test reads the words alone
    found = {t.text: heading_common_noun(t, doc.text) for t in doc if t.is_title}
    assert found["Budget"] is True and found["Highlights"] is True
    assert not found["National"] and not found["Association"] and not found["Harbourmasters"]  # a name's line
    assert not found["Membership"]  # a sentence, no heading


@pytest.mark.parametrize("text, want", [
    # a candidate's votes against a rival's are two counts, no tally of a council's vote
    ("In early voting Reid had 5,717 votes to 4,582 for Hale.", ["5,717", "4,582"]),
    ("The motion passed by 21 votes to 11.", []),
    # a bare number before a percentage close above it, after a change verb: one range, its unit written once
    ("The airline expects capacity to rise 13 to 14 percent in the second quarter.", ["13 to 14 percent"]),
    # ... but a change with its own unit and the level it reached stay two figures
    ("Sales fell 1,400 to 31,200 in March.", ["1,400", "31,200"]),
])
def test_votes_and_percentage_ranges(nlp, text, want):
    assert [t for t, _, _ in claims_of(nlp, text)] == want


@pytest.mark.parametrize("text, want", [
    ("Ridership rose half a percent in September, the agency said.", ("half a percent", 0.5, "percent")),
    ("The bank cut its rate by half a percentage point in May.", ("half a percentage point", 0.5, "percentage_point")),
    ("Prices rose by half a per cent over the year.", ("half a per cent", 0.5, "percent")),
])
def test_half_a_percent(nlp, text, want):
    assert want in claims_of(nlp, text)


def checked(nlp, text, published=dt.date(2024, 9, 19)):
    from claimx.check import check_claims
    article = Article(id="t", text=text, published=published)
    claims = next(iter(extract_articles([article], nlp))).claims
    return {c.text: c for c in check_claims(claims, None, published=published, texts={"t": text})}


def test_an_analysts_bet_is_no_base_of_the_reported_change(nlp):
    found = checked(nlp, "Harwick results\n\nRevenues were down 4.3% to $5.17 billion, versus Wall Street's bets of "
                         "$5.32 billion, while same-store sales dropped 3.5%.")
    assert found["$5.32 billion"].frame.status == "estimate"
    assert found["4.3%"].verdict != "contradicted"


def test_a_base_after_another_change_is_that_changes(nlp):
    text = ("Home sales\n\nTotal housing inventory at the end of August was 1.35 million units, up 0.7% from July and "
            "22.7% from one year ago (1.1 million).")
    assert checked(nlp, text)["0.7%"].verdict != "contradicted"
    # each change with its own base still checks: the base right after it is its own
    found = checked(nlp, "Prices\n\nThe median price was $412,500, down 1.8% from $420,000 in September but up 4.6% "
                         "from $394,400 a year earlier.")
    assert found["1.8%"].verdict == "supported" and found["4.6%"].verdict == "supported"



@pytest.mark.parametrize("text, word, written", [
    ("Shares of Target rose.", "Target", True),       # after a word in lower case: a name
    ("Plummeting Crime\n\nCrime fell.", "Crime", False),  # after a capitalised word or a line break: no sign
    ("It was, Crime said, low.", "Crime", True),       # a comma may stand between
    ("The Co-op said so", "Co-op", False),              # a word that is no run of word characters is searched for
    ("shares of Co-op rose", "Co-op", True),
])
def test_text_index_after_lower_word(text, word, written):
    from claimx.frame.dictionary import TextIndex
    assert TextIndex(text).after_lower_word(word) is written
