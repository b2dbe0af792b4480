"""Specification of the reader: files, folders and stdin in; Articles or Failures out."""
from __future__ import annotations

import datetime as dt
import io
import json
import os
import pathlib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimx.errors import InputError
from claimx.reader import MAX_BYTES, paragraph_chunks, parse_date, read_file, read_inputs
from claimx.records import Article, Failure

ARTICLE = "Acme's revenue rose 12% to $4.5 billion in 2025.\n\nIt employs 4,600 people."


def write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return path


def articles(items: list[Article | Failure]) -> list[Article]:
    return [item for item in items if isinstance(item, Article)]


def failures(items: list[Article | Failure]) -> list[Failure]:
    return [item for item in items if isinstance(item, Failure)]


# --- formats -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name,content,text,title,published",
    [
        ("a.txt", ARTICLE, ARTICLE, None, None),
        ("a.txt", "Published: 2026-02-20\n\n" + ARTICLE, "Published: 2026-02-20\n\n" + ARTICLE, None, dt.date(2026, 2, 20)),
        ("a.txt", "Headline\nDate: 20 February 2026\n" + ARTICLE, "Headline\nDate: 20 February 2026\n" + ARTICLE, None, dt.date(2026, 2, 20)),
        ("a.txt", "Posted on Friday, Feb. 20, 2026\n" + ARTICLE, "Posted on Friday, Feb. 20, 2026\n" + ARTICLE, None, dt.date(2026, 2, 20)),
        ("a.txt", "Headline\n\nDUNMORE, 3 September 2025 (Claimx Wire) - Up 5%.", "Headline\n\nDUNMORE, 3 September 2025 (Claimx Wire) - Up 5%.", None, dt.date(2025, 9, 3)),
        ("a.txt", "NEW YORK, Feb. 20, 2026 — Shares rose 5%.", "NEW YORK, Feb. 20, 2026 — Shares rose 5%.", None, dt.date(2026, 2, 20)),
        ("a.txt", "CALDER BAY, June 11 (Claimx Wire) - No year, no date.", "CALDER BAY, June 11 (Claimx Wire) - No year, no date.", None, None),
        ("a.txt", "Dates matter: 2026-02-20 was busy.\n" + ARTICLE, "Dates matter: 2026-02-20 was busy.\n" + ARTICLE, None, None),
        ("a.md", "# Acme grows\n\n**Published:** 2026-02-20\n\n" + ARTICLE, "# Acme grows\n\n**Published:** 2026-02-20\n\n" + ARTICLE, "Acme grows", dt.date(2026, 2, 20)),
        ("a.md", "---\ntitle: x\ndate: 2025-12-01\n---\n" + ARTICLE, "---\ntitle: x\ndate: 2025-12-01\n---\n" + ARTICLE, None, dt.date(2025, 12, 1)),
        ("a.MD", "Some *emphasis* and `code` kept.", "Some *emphasis* and `code` kept.", None, None),
        ("a.txt", "Line one\r\nLine two\r\n\r\nOld Mac\rline", "Line one\nLine two\n\nOld Mac\nline", None, None),
    ],
)
def test_reader_reads_text_and_markdown_as_written(tmp_path, name, content, text, title, published):
    [article] = read_file(write(tmp_path, name, content))
    assert (article.id, article.text, article.title, article.published) == (name, text, title, published)
    assert article.encoding == "utf-8"


@pytest.mark.parametrize(
    "head,published",
    [
        # a publisher's date line under the headline, with a time, a zone or the paper's name after it
        ("August 31, 2018 18:26 IST", dt.date(2018, 8, 31)),
        ("Tue, Feb 18, 2020 - 6:05 PM", dt.date(2020, 2, 18)),
        ("Tuesday, 7 December, 2010 - 10:12", dt.date(2010, 12, 7)),
        ("31 October 2017, The Valdoria Courier (Harlow). By Ann Reyes", dt.date(2017, 10, 31)),
        ("7:37 pm on 30 April 2009", dt.date(2009, 4, 30)),
        ("Updated: 3 March 2024", dt.date(2024, 3, 3)),
        ("Last updated on March 3, 2024 at 10:05", dt.date(2024, 3, 3)),
        ("First published on Thu 4 Jan 2024 09.00 GMT", dt.date(2024, 1, 4)),
        # not a date line: a sentence of the story that names a date, a date with no year
        ("Sales on March 3, 2024 were the highest the chain has recorded in a single day, the company said.", None),
        ("March 3 was busy", None),
    ],
)
def test_reader_finds_the_date_line_under_a_headline(tmp_path, head, published):
    [article] = read_file(write(tmp_path, "a.txt", "Harlow bus fares rise\n\n" + head + "\n\n" + ARTICLE))
    assert article.published == published


HTML_PAGE = """<!DOCTYPE html>
<html><head><title>Acme &amp; Co  grow</title>
<meta property="article:published_time" content="2026-02-20T08:00:00Z">
<style>p { color: red }</style><script>var s = "<p>Not shown 99%</p>";</script></head>
<body><h1>Acme   grows
 fast</h1><p>Revenue rose <b>12%</b> to &euro;4.5 billion.<br>Costs fell.</p>
<noscript>Enable JavaScript 100%</noscript><template><p>Hidden 5</p></template>
<pre>
&lt;script&gt;alert(1)&lt;/script&gt;
  two  spaces</pre>
<table><tr><th>Year</th><th>Sales</th></tr><tr><td>2025</td><td>4.5</td></tr></table>
<ul><li>one</li><li>two</li></ul><!-- a comment 7% --></body></html>"""
HTML_TEXT = (
    "Acme grows fast\n\nRevenue rose 12% to €4.5 billion.\nCosts fell.\n\n"
    "<script>alert(1)</script>\n  two  spaces\n\nYear Sales\n2025 4.5\n\none\n\ntwo"
)


@pytest.mark.parametrize("name", ["page.html", "page.htm", "PAGE.HTML"])
def test_reader_html_keeps_visible_text_only(tmp_path, name):
    [article] = read_file(write(tmp_path, name, HTML_PAGE))
    assert article.text == HTML_TEXT
    assert article.title == "Acme & Co grow"
    assert article.published == dt.date(2026, 2, 20)


@pytest.mark.parametrize(
    "head,published",
    [
        ('<meta name="date" content="2025-11-03">', dt.date(2025, 11, 3)),
        ('<meta name="pubdate" content="2025-11-03T10:00:00+01:00">', dt.date(2025, 11, 3)),
        ('<meta name="publish-date" content="3 November 2025">', dt.date(2025, 11, 3)),
        ('<meta itemprop="datePublished" content="2025-11-03">', dt.date(2025, 11, 3)),
        ('<meta name="date" content="soon">', None),
        ("</head><body><p>LONDON, 4 March 2026 (Wire) - Text", dt.date(2026, 3, 4)),
        ("", None),
    ],
)
def test_reader_html_publication_date_from_meta(tmp_path, head, published):
    [article] = read_file(write(tmp_path, "a.html", f"<head>{head}</head><body><p>Text 5%.</p></body>"))
    assert article.published == published


@pytest.mark.parametrize(
    "html,published",
    [
        ('<p>Posted <time datetime="2024-06-01T09:00">June 1</time>, then <time datetime="2024-07-01">later</time></p>', dt.date(2024, 6, 1)),
        ('<head><meta property="article:published_time" content="2024-05-05"></head><p><time datetime="2024-06-01">x</time></p>', dt.date(2024, 5, 5)),
    ],
)
def test_reader_html_date_meta_wins_over_first_time_element(tmp_path, html, published):
    [article] = read_file(write(tmp_path, "a.html", html))
    assert article.published == published


@pytest.mark.parametrize(
    "html,text",
    [
        ("<p>Write <code>&lt;script&gt;x&lt;/script&gt;</code> to run code.</p>", "Write <script>x</script> to run code."),
        ("<p>a</p><script>document.write('<p>b</p>')</script><p>c</p>", "a\n\nc"),
        ("<p>a<script/>b</p>", "ab"),
        ("<p>A&nbsp;B &lt; C &#8364;5 &#x24;6</p>", "A\xa0B < C €5 $6"),
        ("<div>one<div>two</div>three</div>", "one\n\ntwo\n\nthree"),
        ("<p>a<br><br>b</p>", "a\n\nb"),
        ("<p>a<![if !IE]>b<![endif]>c</p><p>d<![bogus]>e</p>", "abc\n\nde"),
        ("no tags at all, 3 apples", "no tags at all, 3 apples"),
    ],
)
def test_reader_html_text_cases(tmp_path, html, text):
    [article] = read_file(write(tmp_path, "a.html", html))
    assert article.text == text


def test_reader_html_without_visible_text_fails(tmp_path):
    with pytest.raises(InputError, match="no visible text"):
        read_file(write(tmp_path, "a.html", "<html><head><title>Only a title</title></head><body> </body></html>"))


@pytest.mark.parametrize(
    "content,expected",
    [
        ({"text": ARTICLE}, [("a.json", None, None, None)]),
        (
            {"id": "acme-1", "text": ARTICLE, "title": "Acme", "published": "2026-02-20", "url": "https://example.com/a"},
            [("acme-1", "Acme", dt.date(2026, 2, 20), "https://example.com/a")],
        ),
        ({"text": "Published: 1 May 2025\r\n" + ARTICLE}, [("a.json", None, dt.date(2025, 5, 1), None)]),
        ({"text": "Published: 1 May 2025\n" + ARTICLE, "published": "2025-05-02"}, [("a.json", None, dt.date(2025, 5, 2), None)]),
        ({"id": 42, "text": ARTICLE, "published": "2026-02-20T10:15:00Z", "author": "ignored"}, [("42", None, dt.date(2026, 2, 20), None)]),
        ([{"text": "First 1%."}, {"text": "Second 2%."}], [("a.json#1", None, None, None), ("a.json#2", None, None, None)]),
        ([{"id": "x", "text": "One."}, {"id": "x", "text": "Two."}], [("x", None, None, None), ("x#2", None, None, None)]),
    ],
)
def test_reader_reads_json(tmp_path, content, expected):
    found = read_file(write(tmp_path, "a.json", json.dumps(content)))
    assert [(a.id, a.title, a.published, a.url) for a in found] == expected


def test_reader_json_text_newlines_are_normalised(tmp_path):
    [article] = read_file(write(tmp_path, "a.json", json.dumps({"text": "a\r\nb\rc"})))
    assert article.text == "a\nb\nc"


def test_reader_jsonl_bad_lines_fail_alone(tmp_path):
    lines = [
        json.dumps({"id": "a", "text": "Revenue rose 5%."}),
        "",
        "{not json",
        json.dumps({"title": "no text"}),
        json.dumps([1, 2]),
        json.dumps({"text": "Unnamed 3%.", "published": "yesterday"}),
        json.dumps({"text": "Unnamed 4%."}),
        json.dumps({"id": "a", "text": "Same id 6%."}),
    ]
    items = list(read_inputs([str(write(tmp_path, "batch.jsonl", "\n".join(lines) + "\n"))]))
    assert [(a.id, a.text) for a in articles(items)] == [("a", "Revenue rose 5%."), ("batch.jsonl#7", "Unnamed 4%."), ("a#2", "Same id 6%.")]
    assert [f.problem.split(":")[0] for f in failures(items)] == ["line 3", "line 4", "line 5", "line 6"]
    assert all(f.path.endswith("batch.jsonl") for f in failures(items))
    assert 'no "text" field' in failures(items)[1].problem
    assert "not a date: 'yesterday'" in failures(items)[3].problem


def test_reader_read_file_raises_on_first_bad_jsonl_line(tmp_path):
    path = write(tmp_path, "batch.jsonl", '{"text": "ok 1%"}\n{"text": 5}\n')
    with pytest.raises(InputError, match=r'batch.jsonl: line 2: "text" is not a string'):
        read_file(path)


def test_reader_jsonl_limits_each_line_not_the_file(tmp_path):
    small = json.dumps({"text": "x" * 50})
    big = json.dumps({"text": "y" * 500})
    items = list(read_inputs([str(write(tmp_path, "b.jsonl", "\n".join([small, big, small, small])))], max_bytes=100))
    assert [a.id for a in articles(items)] == ["b.jsonl#1", "b.jsonl#3", "b.jsonl#4"]
    [failure] = failures(items)
    assert failure.problem == "line 2: record is 512 bytes, over the 100 bytes limit for one article (raise it with --max-bytes)"


# --- encodings -----------------------------------------------------------------------------

CURLY = "“Sales rose 12% to €4.5 million,” said Chloé Müller – a record."
LATIN = "Le café coûte 4,50 €? Non: à Zürich, 3½ francs, ¼ de plus."


@pytest.mark.parametrize(
    "data,text,encoding",
    [
        (CURLY.encode("utf-8"), CURLY, "utf-8"),
        (CURLY.encode("utf-8-sig"), CURLY, "utf-8-sig"),
        (CURLY.encode("utf-16"), CURLY, "utf-16-le"),
        (CURLY.encode("cp1252"), CURLY, "cp1252"),
        (LATIN.replace("€", "EUR").encode("latin-1"), LATIN.replace("€", "EUR"), "cp1252"),
        ("Über 50 Prozent der Bürger, sagte die Maßnahme-Chefin.".encode("latin-1"), "Über 50 Prozent der Bürger, sagte die Maßnahme-Chefin.", "cp1252"),
        ("Przychody wzrosły o 12% do 4,5 mld złotych.".encode("cp1250"), "Przychody wzrosły o 12% do 4,5 mld złotych.", "cp1250"),
        ("Выручка выросла на 12% до 4,5 млрд рублей в прошлом году.".encode("cp1251"), "Выручка выросла на 12% до 4,5 млрд рублей в прошлом году.", "cp1251"),
    ],
)
def test_reader_decodes_encodings(tmp_path, data, text, encoding):
    [article] = read_file(write(tmp_path, "a.txt", data))
    assert (article.text, article.encoding) == (text, encoding)


def test_reader_html_in_cp1252_with_windows_newlines(tmp_path):
    html = "<p>“Profit” rose\r\nto €3m.</p>\r\n<p>Next</p>".encode("cp1252")
    [article] = read_file(write(tmp_path, "a.html", html))
    assert (article.text, article.encoding) == ("“Profit” rose to €3m.\n\nNext", "cp1252")


# --- bad inputs ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name,content,problem",
    [
        ("empty.txt", b"", "file is empty"),
        ("blank.md", b"  \n\t\r\n ", "file is empty"),
        ("nul.txt", b"text\x00\x00with NULs" + b"\x00" * 8, "binary file (not text)"),  # one stray NUL is stripped (test_faults)
        ("image.html", bytes(range(256)) * 4, "binary file (not text)"),
        ("controls.txt", b"abc\x01\x02\x03\x04\x05\x06defgh", "binary file (not text)"),
        ("bad-bom.txt", b"\xef\xbb\xbfok \xff\xfe bad", "cannot decode text (it starts with a utf-8-sig byte-order mark but is not utf-8-sig)"),
        ("bad.json", b'{"text": ', "not valid JSON (Expecting value at line 1 column 10)"),
        ("list.json", b"[]", "file holds an empty list"),
        ("number.json", b"42", 'expected an object with a "text" field, got int'),
        ("blanks.jsonl", b"\n\n  \n", "file is empty"),
        ("binary.jsonl", b'{"text": "ok"}\n\x00\x01\x02\n', "binary file (not text)"),
        ("doc.pdf", b"%PDF-1.4", "unsupported file type '.pdf' (claimx reads .txt, .md, .html, .htm, .json, .jsonl)"),
        ("junk.txt", bytes(range(0x80, 0x100)) * 3, "cannot decode text (tried utf-8; no other encoding fits)"),
        ("README", b"plain", "unsupported file type '(no extension)' (claimx reads .txt, .md, .html, .htm, .json, .jsonl)"),
    ],
)
def test_reader_bad_file_yields_one_failure(tmp_path, name, content, problem):
    path = write(tmp_path, name, content)
    items = list(read_inputs([str(path)]))
    assert [(type(i), getattr(i, "path", None), getattr(i, "problem", None)) for i in items][-1] == (Failure, str(path), problem)
    assert len(failures(items)) == 1
    with pytest.raises(InputError) as raised:
        read_file(path)
    assert str(raised.value) == f"{path}: {problem}"


@pytest.mark.parametrize(
    "size,limit,problem",
    [
        (2_100_000, MAX_BYTES, "file is 2.1 MB, over the 1.0 MB limit for one article (raise it with --max-bytes)"),
        (1_000_001, MAX_BYTES, "file is 1,000,001 bytes, over the 1,000,000-byte limit for one article (raise it with --max-bytes)"),
        (5_000, 2_000, "file is 5.0 KB, over the 2.0 KB limit for one article (raise it with --max-bytes)"),
    ],
)
def test_reader_refuses_files_over_the_limit(tmp_path, size, limit, problem):
    path = write(tmp_path, "big.txt", b"word " * (size // 5) + b"x" * (size % 5))
    assert list(read_inputs([str(path)], max_bytes=limit)) == [Failure(path=str(path), problem=problem)]
    [article] = read_file(path, max_bytes=size)
    assert len(article.text) == size


def test_reader_missing_path_fails(tmp_path):
    missing = str(tmp_path / "nope.txt")
    assert list(read_inputs([missing])) == [Failure(path=missing, problem="no such file or directory")]
    with pytest.raises(InputError, match="nope.txt: no such file or directory"):
        read_file(missing)


def test_reader_unreadable_file_fails(tmp_path, monkeypatch):
    good = write(tmp_path, "good.txt", ARTICLE)
    locked = write(tmp_path, "locked.txt", ARTICLE)
    real_open = pathlib.Path.open

    def deny(self, *args, **kwargs):
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(pathlib.Path, "open", deny)
    items = list(read_inputs([str(locked), str(good)]))
    assert items[0] == Failure(path=str(locked), problem="permission denied")
    assert isinstance(items[1], Article)


def test_reader_unreadable_folder_fails_and_batch_continues(tmp_path, monkeypatch):
    write(tmp_path, "a.txt", ARTICLE)
    write(tmp_path, "secret/b.txt", ARTICLE)
    write(tmp_path, "z.txt", ARTICLE)
    real_scandir = os.scandir

    def deny(path):
        if Path(path).name == "secret":
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", deny)
    items = list(read_inputs([str(tmp_path)]))
    assert [a.id for a in articles(items)] == ["a.txt", "z.txt"]
    assert failures(items) == [Failure(path=str(tmp_path / "secret"), problem="permission denied")]


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads files without permission")
def test_reader_file_without_read_permission_fails(tmp_path):
    path = write(tmp_path, "locked.txt", ARTICLE)
    path.chmod(0)
    assert list(read_inputs([str(path)])) == [Failure(path=str(path), problem="permission denied")]


def test_reader_folder_batch_continues_past_bad_files(tmp_path):
    write(tmp_path, "a.txt", ARTICLE)
    write(tmp_path, "b-empty.txt", "")
    write(tmp_path, "c.html", "<p>Shares fell 3%.</p>")
    write(tmp_path, "d-binary.md", b"\x89PNG\r\n\x1a\n\x00\x00")
    write(tmp_path, "sub/e.json", json.dumps({"text": "Up 1%."}))
    write(tmp_path, "sub/deeper/f.jsonl", json.dumps({"text": "Down 2%."}) + "\n{oops\n")
    write(tmp_path, "sub/image.png", b"\x89PNG")
    write(tmp_path, ".hidden.txt", ARTICLE)
    write(tmp_path, ".git/config.txt", ARTICLE)
    items = list(read_inputs([str(tmp_path)]))
    assert [a.id for a in articles(items)] == ["a.txt", "c.html", "sub/deeper/f.jsonl#1", "sub/e.json"]
    assert [(Path(f.path).name, f.problem) for f in failures(items)] == [
        ("b-empty.txt", "file is empty"),
        ("d-binary.md", "binary file (not text)"),
        ("f.jsonl", "line 2: not valid JSON (Expecting property name enclosed in double quotes at column 2)"),
    ]
    assert articles(items)[1].path == str(tmp_path / "c.html")


def test_reader_folder_without_articles_fails(tmp_path):
    write(tmp_path, "notes.pdf", b"%PDF")
    assert [f.problem for f in read_inputs([str(tmp_path)])] == [
        "no article files in this folder (looked for .txt, .md, .html, .htm, .json, .jsonl)"
    ]


def test_reader_explicit_hidden_file_is_read(tmp_path):
    [article] = read_inputs([str(write(tmp_path, ".draft.txt", ARTICLE))])
    assert article.id == ".draft.txt"


def test_reader_ids_unique_across_one_call(tmp_path):
    one = write(tmp_path, "x/a.txt", "One 1%.")
    two = write(tmp_path, "y/a.txt", "Two 2%.")
    items = list(read_inputs([str(one), str(two), str(one)]))
    assert [a.id for a in articles(items)] == ["a.txt", "a.txt#2", "a.txt#3"]
    assert [a.id for a in read_inputs([str(tmp_path)])] == ["x/a.txt", "y/a.txt"]


def test_reader_read_file_id_relative_to_root(tmp_path):
    path = write(tmp_path, "2026/feb/a.txt", ARTICLE)
    assert read_file(path, root=tmp_path)[0].id == "2026/feb/a.txt"


# --- stdin ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "data,expected",
    [
        (ARTICLE.encode(), [("stdin", ARTICLE)]),
        ("Date: 2026-01-05\r\nCafé prices up 3%.".encode("cp1252"), [("stdin", "Date: 2026-01-05\nCafé prices up 3%.")]),
        (json.dumps({"id": "s1", "text": "Up 4%."}).encode(), [("s1", "Up 4%.")]),
        (json.dumps([{"text": "A 1%."}, {"text": "B 2%."}]).encode(), [("stdin#1", "A 1%."), ("stdin#2", "B 2%.")]),
        (b'{"text": "A 1%."}\n\n{"text": "B 2%."}\n', [("stdin#1", "A 1%."), ("stdin#3", "B 2%.")]),
        (b"[1] Reuters said profit rose 5%.", [("stdin", "[1] Reuters said profit rose 5%.")]),
        (b"<!DOCTYPE html><title>T</title><p>Up&nbsp;8%.<script>x()</script>", [("stdin", "Up\xa08%.")]),
        (b"<p>Fragments stay text.</p>", [("stdin", "<p>Fragments stay text.</p>")]),
    ],
)
def test_reader_reads_stdin(data, expected):
    items = list(read_inputs(["-"], stdin=io.BytesIO(data)))
    assert [(a.id, a.text) for a in items] == expected
    assert all(a.path == "-" for a in items)


@pytest.mark.parametrize(
    "data,problem",
    [
        (b"", "file is empty"),
        (b"\x00\x01binary", "binary file (not text)"),
        (b"x" * 200, "input is 200 bytes, over the 100 bytes limit for one article (raise it with --max-bytes)"),
    ],
)
def test_reader_bad_stdin_fails(data, problem):
    assert list(read_inputs(["-"], stdin=io.BytesIO(data), max_bytes=100)) == [Failure(path="-", problem=problem)]


def test_reader_stdin_defaults_to_sys_stdin(monkeypatch):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"Piped 7%.")))
    assert [a.text for a in read_inputs(["-"])] == ["Piped 7%."]


# --- dates ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value,expected",
    [
        ("2026-02-20", dt.date(2026, 2, 20)),
        ("2026-02-20T23:59:59-05:00", dt.date(2026, 2, 20)),
        ("2026/2/3", dt.date(2026, 2, 3)),
        ("20 February 2026", dt.date(2026, 2, 20)),
        ("3rd Sept. 2025 10:00 GMT", dt.date(2025, 9, 3)),
        ("Fri, 20 Feb 2026 08:00:00 GMT", dt.date(2026, 2, 20)),
        ("February 20, 2026", dt.date(2026, 2, 20)),
        ("2026-02-30", None),
        ("02/03/2026", None),
        ("last Tuesday", None),
        ("", None),
    ],
)
def test_reader_parse_date(value, expected):
    assert parse_date(value) == expected


# --- chunks --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,max_chars,chunks",
    [
        ("short", 10, ["short"]),
        ("", 10, []),
        ("One para.\n\nTwo para.\n\nThree.", 22, ["One para.\n\nTwo para.\n\n", "Three."]),
        ("Line one\nLine two\nLine three", 19, ["Line one\nLine two\n", "Line three"]),
        ("First sentence. Second one here. Third", 30, ["First sentence. ", "Second one here. Third"]),
        ("\u201cQuoted.\u201d Next words go", 15, ["\u201cQuoted.\u201d ", "Next words go"]),
        ("alpha beta gamma delta", 12, ["alpha beta ", "gamma delta"]),
        ("abcdefghij", 4, ["abcd", "efgh", "ij"]),
    ],
)
def test_reader_paragraph_chunks_prefer_natural_boundaries(text, max_chars, chunks):
    found = paragraph_chunks(text, max_chars)
    assert [chunk for _, chunk in found] == chunks
    assert all(text[offset : offset + len(chunk)] == chunk for offset, chunk in found)


def test_reader_paragraph_chunks_offsets_index_the_original(tmp_path):
    text = "\n\n".join(f"Paragraph {i} says revenue rose {i}% to ${i}.5 billion." for i in range(200))
    for offset, chunk in paragraph_chunks(text, 500):
        assert text[offset : offset + len(chunk)] == chunk
        assert len(chunk) <= 500
        assert chunk.endswith("\n\n") or offset + len(chunk) == len(text)


def test_reader_paragraph_chunks_rejects_zero_width():
    with pytest.raises(ValueError):
        paragraph_chunks("text", 0)


# --- properties ----------------------------------------------------------------------------

SUFFIX = st.sampled_from([".txt", ".md", ".html", ".htm", ".json", ".jsonl"])
HTMLISH = st.lists(st.sampled_from(list("<>/!-[]&#;=\"' \nabpx0123é€") + ["<![", "<script>", "</p>", "&amp;", "\x00", "\r\n"])).map("".join)


@settings(max_examples=300, deadline=None)
@given(data=st.binary(max_size=400) | HTMLISH.map(lambda s: s.encode("utf-8", "surrogatepass")), suffix=SUFFIX)
def test_reader_read_file_raises_only_input_error(tmp_path_factory, data, suffix):
    path = tmp_path_factory.mktemp("fuzz") / f"f{suffix}"
    path.write_bytes(data)
    try:
        found = read_file(path, max_bytes=300)
    except InputError as error:
        assert str(error).startswith(str(path))
    else:
        assert found and all(a.text.strip() for a in found)


@settings(max_examples=300, deadline=None)
@given(text=st.lists(st.characters(codec="utf-8") | st.sampled_from(["\n", "\n\n", ". ", " ", "word"])).map("".join), max_chars=st.integers(1, 60))
def test_reader_paragraph_chunks_reconstruct_any_text(text, max_chars):
    found = paragraph_chunks(text, max_chars)
    assert "".join(chunk for _, chunk in found) == text
    assert all(0 < len(chunk) <= max_chars for _, chunk in found)
    assert all(text[offset : offset + len(chunk)] == chunk for offset, chunk in found)


def test_reader_reads_a_posted_line_with_its_time_first(tmp_path):
    head = "Harlow council approves budget\n\nPosted at 4:01 PM, Dec 15, 2012\nand last updated 2012-12-15 18:01:18-05\n\n"
    [article] = read_file(write(tmp_path, "a.txt", head + ARTICLE))
    assert article.published == dt.date(2012, 12, 15)
