"""Specifications of the article-text highlighter and the value formatting filters."""
from __future__ import annotations

import datetime as dt

import pytest
from bs4 import BeautifulSoup
from hypothesis import given
from hypothesis import strategies as st

from claimx.review.format import number, quantity, relative, when
from claimx.review.highlight import Span, highlight


def marks(html: str) -> list[tuple[str, str, str]]:
    """(text, verdict class, linked anchor) of every highlight."""
    soup = BeautifulSoup(html, "html.parser")
    return [
        (a.get_text(), next(c for c in a["class"] if c.startswith("v-")), a["href"]) for a in soup.select("a.hl")
    ]


def span(start: int, end: int, anchor: str, verdict: str | None = "supported") -> Span:
    return Span(start, end, anchor, verdict, f"{verdict}: claim {anchor}")


@pytest.mark.parametrize(
    "text,spans,expected",
    [
        ("Revenue was $5 billion.", [span(12, 22, "c0", "contradicted")], [("$5 billion", "v-contradicted", "#c0")]),
        (
            "Up 12% to $5 billion.",
            [span(3, 6, "c0"), span(10, 20, "c1", "unverifiable")],
            [("12%", "v-supported", "#c0"), ("$5 billion", "v-unverifiable", "#c1")],
        ),
        ("No verdict yet: 40%.", [span(16, 19, "c0", None)], [("40%", "v-unchecked", "#c0")]),
        # Overlapping claims: the shared piece takes the most severe verdict.
        (
            "between $5 and $6 billion",
            [span(8, 25, "c0", "supported"), span(15, 25, "c1", "contradicted")],
            [("$5 and ", "v-supported", "#c0"), ("$6 billion", "v-contradicted", "#c1")],
        ),
        # Offsets outside the text or empty spans are left out rather than breaking the page.
        ("Short.", [span(3, 40, "c0"), span(4, 4, "c1"), span(-1, 2, "c2")], []),
    ],
)
def test_review_highlight_wraps_each_claim(text, spans, expected):
    html = highlight(text, spans)
    assert marks(html) == expected
    assert BeautifulSoup(html, "html.parser").get_text() == text


def test_review_highlight_escapes_every_segment():
    text = '<script>alert(1)</script> cost $5 & "more" <b>'
    html = str(highlight(text, [span(31, 33, "c0", "contradicted")]))
    assert "<script>" not in html and "<b>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    soup = BeautifulSoup(html, "html.parser")
    assert soup.find("script") is None
    assert soup.get_text() == text
    assert marks(html) == [("$5", "v-contradicted", "#c0")]


def test_review_highlight_escapes_anchors_and_labels():
    hostile = Span(0, 3, 'c0" onmouseover="alert(1)', "supported", '"><script>alert(2)</script>')
    soup = BeautifulSoup(str(highlight("abc def", [hostile])), "html.parser")
    (mark,) = soup.select("a.hl")
    assert "onmouseover" not in mark.attrs
    assert mark["title"] == '"><script>alert(2)</script>'
    assert soup.find("script") is None


def test_review_highlight_puts_one_anchor_where_each_claim_starts():
    html = highlight("a 1% b 2% c", [span(2, 4, "c0"), span(2, 9, "c1"), span(7, 9, "c2")])
    soup = BeautifulSoup(html, "html.parser")
    assert [a["id"] for a in soup.select("span.anchor")] == ["m-c1", "m-c0", "m-c2"]


def test_review_highlight_keeps_newlines_for_pre_wrap():
    html = highlight("First 5%.\n\nSecond.", [span(6, 8, "c0")])
    assert "\n\nSecond." in html


@given(
    st.text(max_size=80),
    st.lists(st.tuples(st.integers(-5, 90), st.integers(-5, 90), st.sampled_from(["supported", "contradicted", None]))),
)
def test_review_highlight_never_loses_or_injects_text(text, raw_spans):
    spans = [span(a, b, f"c{i}", v) for i, (a, b, v) in enumerate(raw_spans)]
    html = str(highlight(text, spans))
    soup = BeautifulSoup(html, "html.parser")
    # the text between the tags, unescaped, is the article's text (read with the standard library's parser:
    # BeautifulSoup turns a document that is only whitespace, such as "\t", into " ")
    assert _text_of(html) == text
    assert {tag.name for tag in soup.find_all()} <= {"a", "span"}


def _text_of(html: str) -> str:
    from html.parser import HTMLParser

    class Text(HTMLParser):
        def __init__(self):
            super().__init__(convert_charrefs=True)
            self.parts: list[str] = []

        def handle_data(self, data: str) -> None:
            self.parts.append(data)

    parser = Text()
    parser.feed(html)
    parser.close()
    return "".join(parser.parts)


@pytest.mark.parametrize(
    "value,unit,expected",
    [
        (41.2e9, "USD", "41.2 billion USD"),
        (1.5e12, "USD", "1.5 trillion USD"),
        (3_400_000.0, "EUR", "3.4 million EUR"),
        (4600.0, "count", "4,600"),
        (12.0, "percent", "12%"),
        (3.5, "percentage_point", "3.5 pp"),
        (0.25, "ratio", "25%"),
        (2.5, "ratio", "2.5×"),
        (1250.0, "megawatt", "1,250 megawatt"),
        (-2.5e9, "USD", "-2.5 billion USD"),
        (None, "USD", "—"),
    ],
)
def test_review_format_quantity(value, unit, expected):
    assert quantity(value, unit) == expected


@pytest.mark.parametrize(
    "value,expected", [(0.0591, "5.91%"), (0.01, "1%"), (0.0, "0%"), (None, "—")]
)
def test_review_format_relative(value, expected):
    assert relative(value) == expected


@pytest.mark.parametrize("value,expected", [(0.0, "0"), (0.00123, "0.00123"), (999_999.0, "999,999")])
def test_review_format_number(value, expected):
    assert number(value) == expected


def test_review_format_when_shows_utc_to_the_minute():
    moment = dt.datetime(2025, 11, 25, 15, 2, 59, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    assert when(moment) == "2025-11-25 14:02 UTC"
