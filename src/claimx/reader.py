"""Read articles from files, folders and stdin into `Article` records.

Formats: .txt and .md (text as written), .html/.htm (visible text), .json (an object with
a "text" field, or a list of them) and .jsonl (one object a line). Bytes are decoded from
UTF-8 first (byte-order marks honoured), then cp1252 if the text reads as Western prose,
then whatever charset-normalizer detects; newlines become "\\n" before anything else so offsets mean the same on every platform.
A bad input never stops a batch: `read_inputs` yields a `Failure` for it and carries on.
Reading knows nothing of spaCy; `paragraph_chunks` only helps the pipeline cut very long
texts at natural boundaries without losing offsets.
"""
from __future__ import annotations

import codecs
import datetime as dt
import errno
import json
import os
import re
import stat
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, BinaryIO, Optional, TextIO

from charset_normalizer import from_bytes

from claimx import defaults
from claimx.errors import InputError
from claimx.records import Article, Failure

MAX_BYTES = defaults.MAX_BYTES
SUFFIXES = (".txt", ".md", ".html", ".htm", ".json", ".jsonl")
STDIN = "-"
STDIN_ID = "stdin"

_BOMS = (  # UTF-32 first: its little-endian mark starts with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# C0 controls other than tab, newlines, form feed and escape never occur in prose.
_CONTROL_BYTES = frozenset(range(0x20)) - {0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1B} | {0x7F}
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f\ufffd]")
_MAX_CONTROL_SHARE = 0.05
_BINARY = "binary file (not text)"


class _Problem(Exception):
    """Why one input (or one record in it) cannot become an Article."""


@dataclass(frozen=True)
class OwnOutput:
    """The files a run writes to, which it must not read as input: records look like articles
    (they have a `text` field), so a run reading its own growing output would never end.

    paths (frozenset[Path]): resolved output paths (`-o`), matched by name: the file may not exist yet.
    files (frozenset[tuple[int, int]]): (st_dev, st_ino) of output files that exist (a redirected stdout).
    """

    paths: frozenset[Path] = frozenset()
    files: frozenset[tuple[int, int]] = frozenset()

    @classmethod
    def of(cls, output: Optional[Path], stdout: Optional[TextIO] = None) -> "OwnOutput":
        """The run's output: the `-o` file if given, else `stdout` when it is redirected to a regular file."""
        paths, files = set(), set()
        if output is not None:
            paths.add(Path(output).resolve())
            if os.path.exists(output):
                st = os.stat(output)
                files.add((st.st_dev, st.st_ino))
        elif stdout is not None:
            try:
                st = os.fstat(stdout.fileno())
            except (AttributeError, OSError, ValueError):  # not a real file (a test's capture buffer)
                st = None
            if st is not None and stat.S_ISREG(st.st_mode):
                files.add((st.st_dev, st.st_ino))
        return cls(frozenset(paths), frozenset(files))

    def __contains__(self, path: Path) -> bool:
        if not (self.paths or self.files):
            return False
        if self.files:
            try:
                st = os.stat(path)
            except OSError:
                st = None
            if st is not None and (st.st_dev, st.st_ino) in self.files:
                return True
        return Path(path).resolve() in self.paths


@dataclass(frozen=True)
class Note:
    """Something the reader changed or guessed about an input that was read anyway (said on stderr).

    path (str): the input; message (str): what was done ("removed 1 NUL byte").
    """

    path: str
    message: str


def read_inputs(
    paths: Sequence[str], *, stdin: Optional[BinaryIO] = None, max_bytes: int = MAX_BYTES,
    skip_file: Optional[Callable[[Path], bool]] = None,
    on_note: Optional[Callable[[Note], None]] = None,
) -> Iterator[Article | Failure]:
    """Read every article in `paths`, yielding a Failure for each bad input instead of raising.

    paths (Sequence[str]): files, folders (read recursively in sorted order, skipping hidden
        entries and unsupported file types) or "-" for stdin.
    stdin (BinaryIO | None): where "-" reads from; sys.stdin.buffer when None.
    max_bytes (int): the size limit for one article (a file, or a line of a .jsonl file).
    skip_file (Callable | None): files for which this returns True are not read (the run's own output).
    on_note (Callable | None): told of each `Note` (mixed encodings decoded line by line, NUL
        bytes removed); notes are dropped when None.
    RETURNS (Iterator[Article | Failure]): articles with ids unique within this call, and
        failures naming the path and the problem, in input order.
    """
    seen: dict[str, int] = {}
    for given in paths:
        if given == STDIN:
            items = _read_stdin(stdin if stdin is not None else sys.stdin.buffer, max_bytes)
        elif os.path.isdir(given):
            items = _read_folder(Path(given), max_bytes, skip_file)
        elif skip_file and skip_file(Path(given)):
            continue
        else:
            items = _read_path(Path(given), given, Path(given).name, max_bytes)
        for item in items:
            if isinstance(item, Note):
                if on_note is not None:
                    on_note(item)
                continue
            yield _unique(item, seen) if isinstance(item, Article) else item


def read_file(path: str | Path, *, root: str | Path | None = None, max_bytes: int = MAX_BYTES) -> list[Article]:
    """Read the articles in one file, raising on the first problem.

    path (str | Path): a .txt, .md, .html, .htm, .json or .jsonl file.
    root (str | Path | None): the folder ids are relative to; the file name is the id when None.
    max_bytes (int): the size limit for one article.
    RETURNS (list[Article]): one article, or one per record of a .json list or .jsonl file.
    RAISES (InputError): the file, or any record in it, cannot be read.
    """
    path = Path(path)
    file_id = path.relative_to(root).as_posix() if root is not None else path.name
    seen: dict[str, int] = {}
    articles = []
    for item in _read_path(path, str(path), file_id, max_bytes):
        if isinstance(item, Note):
            continue
        if isinstance(item, Failure):
            raise InputError(item.path, item.problem)
        articles.append(_unique(item, seen))
    return articles


def paragraph_chunks(text: str, max_chars: int) -> list[tuple[int, str]]:
    """Cut `text` into pieces of at most `max_chars`, at the most natural boundary available.

    Boundaries are tried in order: blank lines, line ends, sentence ends, whitespace; a hard cut
    only when a window has none. The boundary stays at the end of the earlier chunk.
    text (str): the text to cut.
    max_chars (int): the longest chunk allowed (at least 1).
    RETURNS (list[tuple[int, str]]): (offset, chunk) pairs in order, with
        text[offset:offset + len(chunk)] == chunk and the chunks together making up `text`.
    """
    if max_chars < 1:
        raise ValueError(f"max_chars must be at least 1, got {max_chars}")
    chunks = []
    start = 0
    while len(text) - start > max_chars:
        window = text[start : start + max_chars]
        cut = max_chars
        for boundary in _BOUNDARIES:
            end = _last_boundary(boundary, window)
            if end:
                cut = end
                break
        chunks.append((start, window[:cut]))
        start += cut
    if start < len(text):
        chunks.append((start, text[start:]))
    return chunks


_BOUNDARIES = (
    re.compile(r"\n[^\S\n]*\n\s*"),
    re.compile(r"\n"),
    re.compile(r"[.!?][\"'’”)\]]*\s+"),
    re.compile(r"\s+"),
)


def _last_boundary(boundary: re.Pattern[str], window: str) -> int:
    """The end of the last match of `boundary` in `window`, or 0 when there is none."""
    end = 0
    for match in boundary.finditer(window):
        end = match.end()
    return end


def _unique(article: Article, seen: dict[str, int]) -> Article:
    """`article`, renamed "<id>#2", "#3"… if its id was already used in this call."""
    if article.id not in seen:
        seen[article.id] = 1
        return article
    n = seen[article.id] + 1
    while f"{article.id}#{n}" in seen:
        n += 1
    new_id = f"{article.id}#{n}"
    seen[article.id] = n
    seen[new_id] = 1
    return article.model_copy(update={"id": new_id})


# --- files and folders ---------------------------------------------------------------------


def _read_folder(folder: Path, max_bytes: int,
                 skip_file: Optional[Callable[[Path], bool]] = None) -> Iterator[Article | Failure]:
    """Every supported, non-hidden file under `folder` (but those `skip_file` refuses), sorted by path,
    with ids relative to it."""
    found: list[tuple[str, Path | Failure]] = []

    def unreadable(error: OSError) -> None:
        where = str(error.filename or folder)
        found.append((where, Failure(path=where, problem=_os_problem(error))))

    for dirpath, dirnames, filenames in os.walk(folder, onerror=unreadable):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        for name in filenames:
            if not name.startswith(".") and Path(name).suffix.lower() in SUFFIXES:
                path = Path(dirpath, name)
                found.append((path.relative_to(folder).as_posix(), path))
    if not found:
        yield Failure(path=str(folder), problem=f"no article files in this folder (looked for {', '.join(SUFFIXES)})")
    for article_id, entry in sorted(found, key=lambda pair: pair[0]):
        if isinstance(entry, Failure):
            yield entry
        elif not (skip_file and skip_file(entry)):
            yield from _read_path(entry, str(entry), article_id, max_bytes)


def _read_path(path: Path, shown: str, file_id: str, max_bytes: int) -> Iterator[Article | Failure]:
    """The articles in one file (or failures), `shown` naming it in messages."""
    suffix = path.suffix.lower()
    notes: list[str] = []
    try:
        if not path.exists():
            raise _Problem(_missing(path))
        if path.is_dir():
            raise _Problem("is a directory")
        if suffix not in SUFFIXES:
            raise _Problem(f"unsupported file type {suffix or '(no extension)'!r} (claimx reads {', '.join(SUFFIXES)})")
        if suffix == ".jsonl":
            yield from _read_jsonl_file(path, shown, file_id, max_bytes)
            return
        text, encoding = _decode(_read_bytes(path, max_bytes), notes)
    except _Problem as problem:
        yield Failure(path=shown, problem=str(problem))
        return
    except OSError as error:
        yield Failure(path=shown, problem=_os_problem(error))
        return
    for note in notes:
        yield Note(shown, note)
    yield from _parse(text, suffix, shown, file_id, encoding)


def _missing(path: Path) -> str:
    """Why a path that does not exist cannot be read: missing, a broken link or a link loop."""
    if path.is_symlink():
        try:
            os.stat(path)
        except OSError as error:
            if error.errno == errno.ELOOP:
                return "symbolic link loop"
        return "broken symbolic link (its target does not exist)"
    try:
        os.stat(path)
    except OSError as error:
        if error.errno == errno.ELOOP:
            return "symbolic link loop"
    return "no such file or directory"


def _parse(text: str, kind: str, shown: str, file_id: str, encoding: str) -> Iterator[Article | Failure]:
    """Turn decoded text of the given kind (a file suffix) into articles."""
    if kind == ".json":
        yield from _json_articles(text, shown, file_id, encoding)
        return
    try:
        if kind in (".html", ".htm"):
            body, title, published = _html_text(text)
        else:
            body, title, published = text, _markdown_title(text) if kind == ".md" else None, _header_date(text)
    except _Problem as problem:
        yield Failure(path=shown, problem=str(problem))
        return
    yield Article(id=file_id, text=body, path=shown, title=title, published=published, encoding=encoding)


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    """The bytes of a regular file no larger than `max_bytes`."""
    info = path.stat()
    if not stat.S_ISREG(info.st_mode):
        raise _Problem("not a regular file")
    _check_size(info.st_size, max_bytes, "file")
    with path.open("rb") as stream:
        data = stream.read(max_bytes + 1)  # the file may have grown since stat
    _check_size(len(data), max_bytes, "file")
    return data


def _check_size(size: int, max_bytes: int, noun: str) -> None:
    if size > max_bytes:
        shown, limit = _human_size(size), _human_size(max_bytes)
        if shown == limit:
            shown, limit = f"{size:,} bytes", f"{max_bytes:,}-byte"
        raise _Problem(f"{noun} is {shown}, over the {limit} limit for one article (raise it with --max-bytes)")


def _human_size(size: int) -> str:
    return f"{size} bytes" if size < 1000 else f"{size / 1000:.1f} KB" if size < 1_000_000 else f"{size / 1_000_000:.1f} MB"


_OS_PROBLEMS = {FileNotFoundError: "no such file or directory", PermissionError: "permission denied",
                IsADirectoryError: "is a directory"}


def _os_problem(error: OSError) -> str:
    return _OS_PROBLEMS.get(type(error)) or (error.strerror or str(error)).lower()


def _read_stdin(stream: BinaryIO, max_bytes: int) -> Iterator[Article | Failure]:
    """Articles piped in: JSON or JSONL if the text parses as such, HTML if it opens as an HTML
    document, plain text otherwise."""
    notes: list[str] = []
    try:
        data = stream.read()
        text, encoding = _decode(data, notes)
    except _Problem as problem:
        yield Failure(path=STDIN, problem=str(problem))
        return
    except (OSError, ValueError) as error:  # ValueError: a closed stream
        yield Failure(path=STDIN, problem=_os_problem(error) if isinstance(error, OSError) else "stdin is closed")
        return
    for note in notes:
        yield Note(STDIN, note)
    kind = _sniff(text)
    if kind == ".jsonl":
        lines = ((n, line, len(line.encode("utf-8")), encoding) for n, line in enumerate(text.split("\n"), 1))
        yield from _jsonl_articles(lines, STDIN, STDIN_ID, max_bytes)
        return
    try:
        _check_size(len(data), max_bytes, "input")
    except _Problem as problem:
        yield Failure(path=STDIN, problem=str(problem))
        return
    yield from _parse(text, kind, STDIN, STDIN_ID, encoding)


def _sniff(text: str) -> str:
    """The format of piped-in text, as a file suffix."""
    try:
        if isinstance(json.loads(text), (dict, list)):
            return ".json"
    except ValueError:
        pass
    except RecursionError:
        return ".json"  # nested too deeply: the JSON reader says so
    first = next((line for line in text.split("\n") if line.strip()), "")
    try:
        if isinstance(json.loads(first), dict):
            return ".jsonl"
    except (ValueError, RecursionError):
        pass
    return ".html" if re.match(r"\s*<(?:!doctype html|html)[\s>]", text, re.I) else ".txt"


# --- decoding ------------------------------------------------------------------------------


def _decode(data: bytes, notes: Optional[list[str]] = None) -> tuple[str, str]:
    """Text and encoding name for `data`, newlines normalised; raises _Problem for non-text.

    A few NUL bytes (at most one in a thousand) are removed; UTF-8 text with some lines in a
    legacy encoding is decoded line by line. Both are said in `notes`.
    """
    notes = notes if notes is not None else []
    if not data.strip():
        raise _Problem("file is empty")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(_normalise_newlines(data[len(bom) :].decode(codec.removesuffix("-sig"))), codec)
            except UnicodeDecodeError:
                raise _Problem(f"cannot decode text (it starts with a {codec} byte-order mark but is not {codec})") from None
    nuls = data.count(b"\x00")
    if nuls and nuls <= max(1, len(data) // 1000):
        data = data.replace(b"\x00", b"")
        notes.append(f"removed {nuls} NUL byte(s)")
    sample = data[:8192]
    if b"\x00" in data or sum(byte in _CONTROL_BYTES for byte in sample) > _MAX_CONTROL_SHARE * len(sample):
        raise _Problem(_BINARY)
    try:
        return _checked(_normalise_newlines(data.decode("utf-8")), "utf-8")
    except UnicodeDecodeError:
        pass
    mixed = _mixed(data, notes)
    if mixed is not None:
        return mixed
    encoding = _detect(data)
    if encoding is None:
        raise _Problem("cannot decode text (tried utf-8; no other encoding fits)")
    try:
        return _checked(_normalise_newlines(data.decode(encoding)), encoding)
    except UnicodeDecodeError:
        raise _Problem(f"cannot decode text (tried utf-8, detected {encoding})") from None


def _mixed(data: bytes, notes: list[str]) -> Optional[tuple[str, str]]:
    """UTF-8 text with some lines in a legacy encoding (a pasted cp1252 paragraph), decoded line by
    line; None when no line holds UTF-8 beyond ASCII (then the whole file is one legacy encoding)."""
    lines = data.split(b"\n")
    utf8 = bad = 0
    for line in lines:
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
            utf8 += 1
        except UnicodeDecodeError:
            bad += 1
    if not utf8 or not bad:
        return None
    legacy = _detect(b"\n".join(line for line in lines if not _is_utf8(line))) or "cp1252"
    decoded, legacy_lines = [], []
    for n, line in enumerate(lines, 1):
        if _is_utf8(line):
            decoded.append(line.decode("utf-8"))
        else:
            decoded.append(line.decode(legacy, errors="replace"))
            legacy_lines.append(n)
    shown = ", ".join(map(str, legacy_lines[:5])) + (", …" if len(legacy_lines) > 5 else "")
    notes.append(f"mixed encodings: decoded as UTF-8 except {len(legacy_lines)} line(s) in {legacy} (line {shown})")
    return _checked(_normalise_newlines("\n".join(decoded)), f"utf-8+{legacy}")


def _is_utf8(line: bytes) -> bool:
    try:
        line.decode("utf-8")
        return True
    except UnicodeDecodeError:
        return False


def _detect(data: bytes) -> Optional[str]:
    """The most plausible legacy encoding of `data`: cp1252 when it reads as Western prose,
    else charset-normalizer's pick.

    cp1252 (a superset of latin-1's printable range) is by far the most common legacy encoding
    in news, and charset-normalizer often misnames short Western text (cp1250, cp864…).
    """
    if _reads_as_western(data):
        return "cp1252"
    match = from_bytes(data).best()
    return codecs.lookup(match.encoding).name if match else None


# Symbols that sit between letters in real Western text: apostrophes, dashes, middle dot, soft hyphen.
_WORD_JOINERS = frozenset("’‘–—·­")
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def _reads_as_western(data: bytes) -> bool:
    """Whether `data` decodes as cp1252 into text that looks like a Western language.

    Other 8-bit encodings read as cp1252 give runs of accented letters ("Âûðó÷êà" for Russian)
    or symbols inside words ("wzros³y" for Polish); Western text gives neither.
    """
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return False
    odd = total = 0
    for match in _NON_ASCII.finditer(text):
        run = match.group()
        total += len(run)
        if sum(c.isalpha() for c in run) > 3:
            odd += len(run)
            continue
        padded = text[match.start() - 1 : match.start()].rjust(1) + run + text[match.end() : match.end() + 1].ljust(1)
        odd += sum(
            1
            for before, c, after in zip(padded, padded[1:], padded[2:])
            if not c.isalpha() and c not in _WORD_JOINERS and before.isalpha() and after.isalpha()
        )
    return odd <= 0.1 * total


def _checked(text: str, encoding: str) -> tuple[str, str]:
    """`text` and its encoding, unless the decoded text is mostly control characters."""
    if not text.strip():
        raise _Problem("file is empty")
    sample = text[:8192]
    if len(_CONTROL_CHARS.findall(sample)) > _MAX_CONTROL_SHARE * len(sample):
        raise _Problem(f"cannot decode text (tried utf-8, detected {encoding})")
    return text, encoding


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


# --- JSON and JSONL ------------------------------------------------------------------------


def _json_articles(text: str, shown: str, file_id: str, encoding: str) -> Iterator[Article | Failure]:
    """Articles from a JSON object or list of objects; a bad item fails alone."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        yield Failure(path=shown, problem=f"not valid JSON ({_json_msg(error)} at line {error.lineno} column {error.colno})")
        return
    except RecursionError:
        yield Failure(path=shown, problem="not valid JSON for claimx (nested too deeply)")
        return
    if not isinstance(data, list):
        try:
            yield _record_article(data, file_id, shown, encoding)
        except _Problem as problem:
            yield Failure(path=shown, problem=str(problem))
        return
    if not data:
        yield Failure(path=shown, problem="file holds an empty list")
    for n, item in enumerate(data, 1):
        try:
            yield _record_article(item, f"{file_id}#{n}", shown, encoding)
        except _Problem as problem:
            yield Failure(path=shown, problem=f"item {n}: {problem}")


def _json_msg(error: json.JSONDecodeError) -> str:
    """The decoder's message without a dangling "at" ("Invalid control character at")."""
    return error.msg.removesuffix(" at").strip()


def _read_jsonl_file(path: Path, shown: str, file_id: str, max_bytes: int) -> Iterator[Article | Failure]:
    """Articles from a .jsonl file, read a line at a time so each line has the size limit."""
    if not stat.S_ISREG(path.stat().st_mode):
        raise _Problem("not a regular file")
    with path.open("rb") as stream:
        yield from _jsonl_articles(_raw_lines(stream, max_bytes), shown, file_id, max_bytes)


def _raw_lines(stream: BinaryIO, max_bytes: int) -> Iterator[tuple[int, str | _Problem, int, str]]:
    """(line number, decoded text or why not, size in bytes, encoding) for each line of `stream`,
    never holding more than `max_bytes` of one line in memory."""
    for n, raw in enumerate(iter(lambda: stream.readline(max_bytes + 1), b""), 1):
        size = len(raw.rstrip(b"\r\n"))
        while raw and not raw.endswith(b"\n") and size > max_bytes:  # skip the rest of a huge line
            raw = stream.readline(1 << 20)
            size += len(raw.rstrip(b"\r\n"))
        if size > max_bytes or not raw.strip():
            yield n, "", size, ""
            continue
        try:
            text, encoding = _decode(raw.removeprefix(codecs.BOM_UTF8) if n == 1 else raw)
        except _Problem as problem:
            if str(problem) == _BINARY:  # one failure for a binary file, not one per "line"
                raise
            yield n, problem, size, ""
            continue
        yield n, text, size, encoding


def _jsonl_articles(
    lines: Iterable[tuple[int, str | _Problem, int, str]], shown: str, file_id: str, max_bytes: int
) -> Iterator[Article | Failure]:
    """Articles from (line number, text, size, encoding) tuples; a bad line fails alone."""
    any_line = False
    for n, line, size, encoding in lines:
        try:
            _check_size(size, max_bytes, "record")
            if isinstance(line, _Problem):
                raise line
            if not line.strip():
                continue
            any_line = True
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                raise _Problem(f"not valid JSON ({_json_msg(error)} at column {error.colno})") from None
            except RecursionError:
                raise _Problem("not valid JSON for claimx (nested too deeply)") from None
            yield _record_article(record, f"{file_id}#{n}", shown, encoding)
        except _Problem as problem:
            any_line = True
            yield Failure(path=shown, problem=f"line {n}: {problem}")
    if not any_line:
        yield Failure(path=shown, problem="file is empty")


def _record_article(record: Any, default_id: str, shown: str, encoding: str) -> Article:
    """An Article from one JSON record: `text` required; `id`, `title`, `published`, `url` optional."""
    if not isinstance(record, dict):
        raise _Problem(f'expected an object with a "text" field, got {type(record).__name__}')
    text = record.get("text")
    if not isinstance(text, str):
        raise _Problem('no "text" field' if text is None else '"text" is not a string')
    if not text.strip():
        raise _Problem('"text" is empty')
    text = _normalise_newlines(text)
    raw_id = record.get("id")
    if isinstance(raw_id, bool) or not isinstance(raw_id, (str, int, type(None))) or raw_id == "":
        raise _Problem(f'"id" must be a non-empty string or a number, got {raw_id!r}')
    fields = {key: record.get(key) for key in ("title", "url", "published")}
    for key, value in fields.items():
        if value is not None and not isinstance(value, str):
            raise _Problem(f'"{key}" is not a string')
    published = _header_date(text)
    if fields["published"]:
        published = parse_date(fields["published"])
        if published is None:
            raise _Problem(f'"published" is not a date: {fields["published"]!r}')
    return Article(
        id=default_id if raw_id is None else str(raw_id),
        text=text,
        path=shown,
        title=fields["title"],
        published=published,
        url=fields["url"],
        encoding=encoding,
    )


# --- dates and titles ----------------------------------------------------------------------

_MONTHS = {
    name: number
    for number, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
         ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"),
         ("november", "nov"), ("december", "dec")],
        1,
    )
    for name in names
}
_MONTH = "(" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DATE_FORMS = (  # (pattern, group order as year, month, day)
    (re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)"), (1, 2, 3)),
    (re.compile(r"(\d{4})/(\d{1,2})/(\d{1,2})(?!\d)"), (1, 2, 3)),
    (re.compile(rf"(\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH},?\s+(\d{{4}})(?!\d)", re.I), (3, 2, 1)),
    (re.compile(rf"{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})(?!\d)", re.I), (3, 1, 2)),
)
_WEEKDAY = re.compile(r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+", re.I)
# A wire-style dateline opening the story: "DUNMORE, 3 September 2025 (Claimx Wire) - ..."
_DATELINE = re.compile(r"[A-Z][A-Z .'’&/-]*(?:, [A-Z][A-Za-z .]*)?, ([^()\n]{6,40}?)\s*(?:\([^)\n]*\)\s*)?[-–—]")
_HEADER_LINE = re.compile(
    r"[\s*_>#-]*(?:(?:first\s+)?published(?: on)?|publication date|date|posted(?: on)?|pubdate|publish-date"
    r"|(?:last\s+)?updated(?: on)?)[\s*_]*[:=]?[\s*_]*(.+)",
    re.I,
)
# A time of day before the date of a header line: "Posted at 4:01 PM, Dec 15, 2012", "Updated 10:05 GMT, 3 March 2024"
_CLOCK_FIRST = re.compile(r"^(?:at\s+)?\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}\b)?\s*(?:on\s+|,\s*|\|\s*)?", re.I)
# A publisher's date line under the headline is a short line that opens with a date, or with a time and then the date
# ("August 31, 2018 18:26 IST", "Tue, Feb 18, 2020 - 6:05 PM", "31 October 2017, The Nation (Nairobi)", "7:37 pm on 30
# April 2009", "10:05 GMT, 3 March 2024"): _DATE_LINE_CHARS at most, read with _CLOCK_FIRST
_DATE_LINE_CHARS = 100
# A byline under the headline, which may end with the date the story was published ("By Ann Reid Friday, October 5, 2018")
_BYLINE = re.compile(r"\s*(?:By|BY)\s+[A-Z]")
# A time of day after the date of such a line: "By Ann Reid, March 3, 2024 10:05 GMT", "... 3 March 2024, 6:05 PM"
_CLOCK_LAST = re.compile(r"[\s,|-]*(?:at\s+)?\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}\b)?$", re.I)


def parse_date(value: str) -> Optional[dt.date]:
    """The date `value` starts with: ISO ("2026-02-20", a datetime too), "2026/02/20",
    "20 February 2026" or "Feb. 20, 2026", optionally after a weekday; None otherwise.

    value (str): the text to read.
    RETURNS (date | None): the date, or None when the text does not start with one.
    """
    value = _WEEKDAY.sub("", value.strip(), count=1)
    for pattern, (year, month, day) in _DATE_FORMS:
        match = pattern.match(value)
        if match:
            parts = match.groups()
            month_part = parts[month - 1]
            month_number = int(month_part) if month_part.isdigit() else _MONTHS[month_part.lower()]
            try:
                return dt.date(int(parts[year - 1]), month_number, int(parts[day - 1]))
            except ValueError:
                return None
    return None


def _header_date(text: str) -> Optional[dt.date]:
    """A publication date from the head of an article's text, which is left unchanged: a
    "Published: …" / "Date: …" / "Updated: …" line, YAML front matter, a dateline with a year, or a short line
    among the first that opens with a date (a publisher's date line: "August 31, 2018 18:26 IST",
    "7:37 pm on 30 April 2009")."""
    lines = text.split("\n")
    if lines[0].strip() == "---":
        header = lines[1:]
        header = header[: header.index("---")] if "---" in header else header[:20]
    else:
        header = [line for line in lines[:20] if line.strip()][:5]
    for line in header:
        match = _HEADER_LINE.fullmatch(line) or _DATELINE.match(line)
        date = parse_date(_CLOCK_FIRST.sub("", match.group(1).strip("*_ "), count=1)) if match else None
        if date is None and len(line.strip()) <= _DATE_LINE_CHARS:
            date = parse_date(_CLOCK_FIRST.sub("", line.strip(" \t*_>|-"), count=1))
        if date is None and len(line.strip()) <= _DATE_LINE_CHARS and _BYLINE.match(line):
            date = _byline_date(line)
        if date is not None:
            return date
    return None


def _byline_date(line: str) -> Optional[dt.date]:
    """The date a byline line ends with, maybe after a weekday and before a time of day ("By Ann Reid and Tom Hale
    Friday, October 5, 2018", "By Sports Desk May 29, 2023", "By Ann Reid | 3 March 2024 10:05 GMT"); None otherwise."""
    tail = _CLOCK_LAST.sub("", line.rstrip(" \t*_|")).rstrip(" \t,*_|-")
    for pattern, (year, month, day) in _DATE_FORMS[2:]:
        found = None
        for found in pattern.finditer(tail):
            pass
        if found is not None and found.end() == len(tail):
            return parse_date(found.group(0))
    return None


def _markdown_title(text: str) -> Optional[str]:
    """The text of a level-one heading among the first lines of a Markdown file."""
    for line in text.split("\n")[:20]:
        if line.startswith("# "):
            return line[2:].strip().strip("#").strip() or None
    return None


# --- HTML ----------------------------------------------------------------------------------

_SKIPPED = frozenset({"script", "style", "noscript", "template"})
_HEAD_ONLY = frozenset({"title", "meta", "link", "style", "script", "base", "noscript", "template"})
_BLOCKS = frozenset(
    "address article aside blockquote caption dd details dialog div dl dt fieldset figcaption figure "
    "footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main nav ol p pre section summary table ul".split()
)
_LINES = frozenset({"br", "tr"})
_CELLS = frozenset({"td", "th"})
_DATE_META = {("property", "article:published_time"): 0, ("itemprop", "datepublished"): 1, ("name", "date"): 1,
              ("name", "pubdate"): 1, ("name", "publish-date"): 1}
_TIME_RANK = 2
_SPACES = re.compile(r"[ \t\n\f]+")


class _Preformatted(str):
    """Text from inside <pre>, whose whitespace is kept."""


class _VisibleText(HTMLParser):
    """Collects what a browser would show, plus the <title> and a publication date."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.pieces: list[str | int] = []  # text, or a break of 1 (line) or 2 (paragraph) newlines
        self.title: list[str] = []
        self.dates: list[tuple[int, dt.date]] = []
        self.skipping = {tag: 0 for tag in _SKIPPED}
        self.in_head = self.in_title = False
        self.pre_depth = 0
        self.pre_opened = False  # browsers drop a newline right after <pre>

    def handle_starttag(self, tag: str, attrs: list[tuple[str, Optional[str]]]) -> None:
        if self.in_head and (tag == "body" or tag not in _HEAD_ONLY):
            self.in_head = False
        if tag == "head":
            self.in_head = True
        elif tag == "title":
            self.in_title = True
        elif tag in _SKIPPED:
            self.skipping[tag] += 1
        elif tag == "meta":
            self._meta(dict(attrs))
        elif tag == "time":
            date = parse_date(dict(attrs).get("datetime") or "")
            if date is not None:
                self.dates.append((_TIME_RANK, date))
        self._break(tag)
        if tag == "pre":
            self.pre_depth += 1
            self.pre_opened = True

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, Optional[str]]]) -> None:
        if tag not in _SKIPPED:  # "<script/>" opens nothing
            self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag == "head":
            self.in_head = False
        elif tag == "title":
            self.in_title = False
        elif tag in _SKIPPED and self.skipping[tag]:
            self.skipping[tag] -= 1
        elif tag == "pre" and self.pre_depth:
            self.pre_depth -= 1
        if tag not in _LINES:  # one line break per <br> or table row, however they are closed
            self._break(tag)

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title.append(data)
        elif not self.in_head and not any(self.skipping.values()):
            if self.pre_depth:
                self.pieces.append(_Preformatted(data.removeprefix("\n") if self.pre_opened else data))
            else:
                self.pieces.append(_SPACES.sub(" ", data))
        self.pre_opened = False

    def parse_marked_section(self, i: int, report: int = 1) -> int:
        # "<![…]>" outside foreign content is a bogus comment in HTML5; the base class asserts
        # on malformed ones instead, which would make some pages unreadable.
        end = self.rawdata.find(">", i + 3)
        return -1 if end < 0 else end + 1

    def _meta(self, attrs: dict[str, Optional[str]]) -> None:
        for key in ("property", "name", "itemprop"):
            rank = _DATE_META.get((key, (attrs.get(key) or "").lower()))
            date = parse_date(attrs.get("content") or "") if rank is not None else None
            if date is not None:
                self.dates.append((rank, date))

    def _break(self, tag: str) -> None:
        if tag in _BLOCKS:
            self.pieces.append(2)
        elif tag in _LINES:
            self.pieces.append(1)
        elif tag in _CELLS:
            self.pieces.append(" ")

    def text(self) -> str:
        """The collected text: whitespace collapsed outside <pre>, blocks separated by blank lines."""
        out: list[str] = []
        pending = 0
        for piece in self.pieces:
            if isinstance(piece, int):
                pending = min(2, pending + piece) if piece == 1 else 2
                continue
            line_start = not out or pending > 0
            if not isinstance(piece, _Preformatted) and (line_start or out[-1].endswith((" ", "\n"))):
                piece = piece.lstrip(" ")
            if not piece:
                continue
            if pending and out:
                out[-1] = out[-1].rstrip(" ")
                out.append("\n" * pending)
            pending = 0
            out.append(piece)
        return "".join(out).rstrip()


def _html_text(source: str) -> tuple[str, Optional[str], Optional[dt.date]]:
    """The visible text, title and publication date of an HTML document."""
    parser = _VisibleText()
    parser.feed(source)
    parser.close()
    text = parser.text()
    if not text.strip():
        raise _Problem("no visible text in the HTML")
    title = _SPACES.sub(" ", "".join(parser.title)).strip() or None
    published = min(parser.dates, key=lambda ranked: ranked[0])[1] if parser.dates else _header_date(text)
    return text, title, published
