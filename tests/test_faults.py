"""Fault injection (issue 13): one bad article, a full disk, a wrong -o or a read-only store never
costs the rest of the run, never leaves a half-written file and never prints a traceback.

A full disk is a file object that raises ENOSPC part-way through a write; read-only media are an
sqlite3.connect that refuses every URI but a read-only one (the tests run as root, for whom
permissions are no obstacle); /dev/full, /proc/version and closed descriptors are the real thing.
"""
from __future__ import annotations

import errno
import io
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

import claimx
from claimx.cli import app
from claimx.errors import ExitCode, OutputError, StoreError
from claimx.records import Article
from claimx.safe_output import TextOutput
from claimx.sinks import ParquetSink, WriterSink
from claimx.store import ClaimStore

cli = CliRunner()
GOOD = "Acme Corp said revenue rose 12% to $19 million in 2024, and it cut costs by a third.\n"
DUPLICATE = "Sales were 2625/22 units.\n"
SRC = str(Path(__file__).resolve().parents[1] / "src")


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    folder = tmp_path / "archive"
    folder.mkdir()
    (folder / "a-good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "b-dup.txt").write_text(DUPLICATE, encoding="utf-8")
    (folder / "c-good.txt").write_text(GOOD.replace("Acme", "Bolt").replace("12%", "14%"), encoding="utf-8")
    return folder


def one_line_error(result, *needles: str) -> None:
    """The run's stderr ends with exactly one error line holding every needle, and no traceback."""
    assert "Traceback" not in result.output
    errors = [line for line in result.stderr.splitlines() if line.startswith("claimx: error:")]
    assert len(errors) == 1, result.stderr
    for needle in needles:
        assert needle in errors[0], errors[0]


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def claimx_process(args: list[str], **kwargs) -> subprocess.CompletedProcess:
    """`claimx` as a user runs it, in a fresh process (for real descriptors: /dev/full, closed fds)."""
    env = {**os.environ, "PYTHONPATH": SRC}
    code = "import sys; from claimx.cli import main; sys.argv = ['claimx'] + sys.argv[1:]; main()"
    kwargs.setdefault("stdout", subprocess.PIPE)
    kwargs.setdefault("stderr", subprocess.PIPE)
    return subprocess.run([sys.executable, "-c", code, *args], text=True, env=env, timeout=300, **kwargs)


# --- one article never kills the batch --------------------------------------------------------


def test_faults_duplicate_span_gives_unique_ids(archive: Path):
    result = cli.invoke(app, ["extract", str(archive / "b-dup.txt"), "-f", "jsonl"])
    assert result.exit_code == ExitCode.OK, result.output
    ids = [json.loads(line)["id"] for line in result.stdout.splitlines()]
    assert ids and len(ids) == len(set(ids))


def test_faults_unique_claims_keeps_different_claims_on_one_span():
    from claimx.pipeline import unique_claims
    from claimx.records import Claim

    first = Claim(id="a:0-2", article="a", text="22", start=0, end=2, sentence="22", value=22, unit="count", kind="count")
    other = first.model_copy(update={"kind": "physical", "unit": "inch"})
    assert [c.id for c in unique_claims([first, first, other, other])] == ["a:0-2", "a:0-2#2"]


def test_faults_check_db_runs_on_past_the_duplicate(archive: Path, tmp_path: Path):
    db = tmp_path / "claims.db"
    result = cli.invoke(app, ["check", str(archive), "--db", str(db), "-f", "jsonl"])
    assert result.exit_code == ExitCode.OK, result.output
    with ClaimStore(db, create=False) as store:
        assert {s.id for s in store.articles()} == {"a-good.txt", "b-dup.txt", "c-good.txt"}


def test_faults_store_error_fails_that_article_only(archive: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    original = ClaimStore.add_result

    def refuse_b(self, article, claims, entities=()):
        if article.id == "b-dup.txt":
            raise StoreError(f"{self.path}: UNIQUE constraint failed: claims.id")
        return original(self, article, claims, entities)

    monkeypatch.setattr(ClaimStore, "add_result", refuse_b)
    db = tmp_path / "claims.db"
    result = cli.invoke(app, ["check", str(archive), "--db", str(db), "-f", "jsonl"])
    assert result.exit_code == ExitCode.PARTIAL
    assert f"claimx: skipped {archive / 'b-dup.txt'}: not stored in {db}: UNIQUE constraint failed: claims.id" in result.stderr
    assert "1 input(s) failed, 2 article(s) written" in result.stderr
    assert {json.loads(line)["article"] for line in result.stdout.splitlines()} == {"a-good.txt", "c-good.txt"}
    with ClaimStore(db, create=False) as store:
        assert {s.id for s in store.articles()} == {"a-good.txt", "c-good.txt"}


def test_faults_pipeline_error_fails_that_article_only(archive: Path, monkeypatch: pytest.MonkeyPatch):
    import claimx.pipeline as pipeline

    original = pipeline.doc_claims

    def explode_on_bolt(doc, article, offset=0):
        if "Bolt" in article.text:
            raise RecursionError("maximum recursion depth exceeded")
        return original(doc, article, offset)

    monkeypatch.setattr(pipeline, "doc_claims", explode_on_bolt)
    result = cli.invoke(app, ["extract", str(archive), "-f", "jsonl"])
    assert result.exit_code == ExitCode.PARTIAL
    assert f"skipped {archive / 'c-good.txt'}: could not extract claims: RecursionError" in result.stderr
    assert {json.loads(line)["article"] for line in result.stdout.splitlines()} == {"a-good.txt", "b-dup.txt"}


def test_faults_checker_error_fails_that_article_only(archive: Path, monkeypatch: pytest.MonkeyPatch):
    import claimx.check as check

    original = check.check_claims

    def explode_on_bolt(claims, pack, *, published, **given):  # (given: the articles' texts, `texts=`)
        if any("Bolt" in c.sentence for c in claims):
            raise ZeroDivisionError("float division by zero")
        return original(claims, pack, published=published, **given)

    monkeypatch.setattr(check, "check_claims", explode_on_bolt)
    result = cli.invoke(app, ["check", str(archive), "-f", "jsonl"])
    assert result.exit_code == ExitCode.PARTIAL
    assert "could not check claims: ZeroDivisionError: float division by zero" in result.stderr
    assert {json.loads(line)["article"] for line in result.stdout.splitlines()} == {"a-good.txt", "b-dup.txt"}


def test_faults_dead_worker_process_costs_only_its_article(monkeypatch: pytest.MonkeyPatch):
    """A worker process killed on one article (out of memory, say): the others come back, in order."""
    import claimx.engines.local as local
    from claimx.engines import Worker

    original = Worker.results

    def die_on_kill(self, articles):
        articles = list(articles)
        if any(a.id == "kill" for a in articles):
            os._exit(137)  # in a forked worker process, which inherits this patch
        return original(self, articles)

    monkeypatch.setattr(Worker, "results", die_on_kill)
    ids = ["a", "b", "kill", "c", "d", "e"]
    articles = [Article(id=i, text=GOOD) for i in ids]
    got = list(local.results(claimx.Task(), articles, jobs=2, batch_size=2))
    assert sorted(item.article.id if hasattr(item, "article") else item.path for item in got) == sorted(ids)
    failed = [item for item in got if not hasattr(item, "article")]
    assert [(f.path, f.problem) for f in failed] == [("kill", "the worker process died on this article (out of memory?)")]


# --- bad inputs -------------------------------------------------------------------------------


def test_faults_deeply_nested_json_fails_alone(tmp_path: Path):
    (tmp_path / "deep.json").write_text("[" * 100_000 + "]" * 100_000)
    (tmp_path / "good.txt").write_text(GOOD)
    result = cli.invoke(app, ["extract", str(tmp_path), "-f", "jsonl"])
    assert result.exit_code == ExitCode.PARTIAL
    assert f"skipped {tmp_path / 'deep.json'}: not valid JSON for claimx (nested too deeply)" in result.stderr
    assert {json.loads(line)["article"] for line in result.stdout.splitlines()} == {"good.txt"}


def test_faults_mixed_encodings_are_decoded_per_line(tmp_path: Path):
    path = tmp_path / "mixed.txt"
    path.write_bytes("Veltrana’s revenue was €9.07 billion in 2024.\n".encode("utf-8")
                     + "Costs rose to €2.1 billion – up 5%.\n".encode("cp1252"))
    result = cli.invoke(app, ["extract", str(path), "-f", "jsonl"])
    assert result.exit_code == ExitCode.OK, result.output
    claims = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(c["text"], c["unit"]) for c in claims][:2] == [("€9.07 billion", "EUR"), ("€2.1 billion", "EUR")]
    assert (f"claimx: note: {path}: mixed encodings: decoded as UTF-8 except 1 line(s) in cp1252 (line 2)"
            in result.stderr)


def test_faults_nul_byte_is_stripped_and_said(tmp_path: Path):
    path = tmp_path / "nul.txt"
    path.write_bytes(b"Profit was $4 million\x00 in 2024.")
    result = cli.invoke(app, ["extract", str(path), "-f", "jsonl"])
    assert result.exit_code == ExitCode.OK
    assert json.loads(result.stdout.splitlines()[0])["text"] == "$4 million"
    assert f"claimx: note: {path}: removed 1 NUL byte(s)" in result.stderr


def test_faults_symlink_loop_is_named(tmp_path: Path):
    loop = tmp_path / "loop.txt"
    os.symlink(loop.name, loop)
    result = cli.invoke(app, ["extract", str(loop)])
    assert result.exit_code == ExitCode.NO_INPUT
    assert result.stderr.startswith(f"claimx: skipped {loop}: symbolic link loop\n")


def test_faults_json_control_character_message(tmp_path: Path):
    path = tmp_path / "ctrl.jsonl"
    path.write_text('{"text": "Sales rose\x01 5%"}\n')
    result = cli.invoke(app, ["extract", str(path)])
    assert f"skipped {path}: line 1: not valid JSON (Invalid control character at column 21)" in result.stderr
    assert "at at" not in result.stderr


def test_faults_score_is_no_length(tmp_path: Path):
    path = tmp_path / "score.txt"
    path.write_text("The score was 3/22 in 2024.")
    result = cli.invoke(app, ["extract", str(path), "-f", "jsonl"])  # --all-quantities adds quantulum3's own reading
    claims = [json.loads(line) for line in result.stdout.splitlines()]
    assert claims and all(c["unit"] != "inch" and c["text"] != "3/22 in" for c in claims)


def test_faults_closed_stdin_is_one_line():
    result = claimx_process(["extract", "-"], stdin=subprocess.DEVNULL, preexec_fn=lambda: os.close(0))
    assert result.returncode == ExitCode.NO_INPUT
    assert result.stderr == "claimx: skipped -: stdin is closed\n"


def test_faults_long_article_is_parsed_in_small_chunks(monkeypatch: pytest.MonkeyPatch):
    """Memory per article is bounded by the chunk size: no text longer than CHUNK_CHARS reaches spaCy."""
    import claimx.pipeline as pipeline
    from claimx.engines import Worker

    worker = Worker(claimx.Task())
    seen: list[int] = []
    original = type(worker.nlp).pipe

    def spy(self, texts, *args, **kwargs):
        def recorded():
            for item in texts:
                seen.append(len(getattr(item[0], "text", item[0])))
                yield item
        return original(self, recorded(), *args, **kwargs)

    monkeypatch.setattr(type(worker.nlp), "pipe", spy)
    text = "\n\n".join([GOOD.strip()] * 700)  # ~60,000 characters
    [result] = list(worker.results([Article(id="long", text=text)]))
    assert pipeline.CHUNK_CHARS <= 20_000
    assert len(seen) >= 3 and max(seen) <= pipeline.CHUNK_CHARS
    assert len(result.claims) >= 700 * 3


# --- output -----------------------------------------------------------------------------------


def test_faults_output_into_missing_folder(archive: Path, tmp_path: Path):
    target = tmp_path / "nope" / "out.jsonl"
    result = cli.invoke(app, ["extract", str(archive), "-f", "jsonl", "-o", str(target)])
    assert result.exit_code == ExitCode.OUTPUT
    one_line_error(result, str(target), "no such folder")


def test_faults_output_onto_proc(archive: Path):
    result = cli.invoke(app, ["extract", str(archive), "-f", "jsonl", "-o", "/proc/version"])
    assert result.exit_code == ExitCode.OUTPUT
    one_line_error(result, "/proc/version", "does not allow new files")


def test_faults_output_onto_read_only_media(archive: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    import claimx.safe_output as safe

    def read_only(*args, **kwargs):
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(safe.tempfile, "mkstemp", read_only)
    target = tmp_path / "out.csv"
    result = cli.invoke(app, ["extract", str(archive), "-f", "csv", "-o", str(target)])
    assert result.exit_code == ExitCode.OUTPUT
    one_line_error(result, str(target), "read-only file system")
    assert not target.exists()


class FullDisk(io.RawIOBase):
    """A file that takes `room` bytes and then fails with ENOSPC, having written part of the buffer."""

    def __init__(self, path: Path, room: int):
        self.fh = open(path, "wb")
        self.room = room

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:
        data = bytes(data)
        if len(data) > self.room:
            self.fh.write(data[: self.room])  # a short write, as a full disk gives
            self.fh.flush()
            self.room = 0
            raise OSError(errno.ENOSPC, "No space left on device")
        self.room -= len(data)
        self.fh.write(data)
        self.fh.flush()
        return len(data)

    def fileno(self) -> int:
        return self.fh.fileno()

    def close(self) -> None:
        self.fh.close()
        super().close()


def test_faults_full_disk_with_output_file(archive: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    import claimx.safe_output as safe

    target = tmp_path / "out" / "claims.jsonl"
    target.parent.mkdir()
    target.write_text("previous run\n")
    real_fdopen = os.fdopen

    def full(fd, mode="r", *args, **kwargs):
        os.close(fd)
        return FullDisk(Path(safe._last_temp), 700)

    real_make_temp = safe.make_temp

    def remember(path):
        fd, name = real_make_temp(path)
        safe._last_temp = name
        return fd, name

    monkeypatch.setattr(safe, "make_temp", remember)
    monkeypatch.setattr(safe.os, "fdopen", full)
    result = cli.invoke(app, ["extract", str(archive), "-f", "jsonl", "-o", str(target)])
    monkeypatch.setattr(safe.os, "fdopen", real_fdopen)
    assert result.exit_code == ExitCode.OUTPUT
    one_line_error(result, str(target), "no space left on device")
    assert target.read_text() == "previous run\n"  # the old output stays, whole
    assert leftovers(target.parent) == []  # and no temporary file is left


def test_faults_full_disk_on_redirected_stdout_leaves_whole_lines(archive: Path, tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch):
    """stdout redirected to a file on a full disk: the file is cut back to the last whole article."""
    path = tmp_path / "stdout.jsonl"
    raw = FullDisk(path, 2500)  # room for the first two articles' records, not the third's
    stdout = io.TextIOWrapper(io.BufferedWriter(raw, buffer_size=64), encoding="utf-8")
    monkeypatch.setattr(sys, "stdout", stdout)
    with pytest.raises(OutputError, match="stdout: cannot write: no space left on device"):
        claimx.run([str(archive)], claimx.Task(), WriterSink("jsonl"))
    monkeypatch.undo()
    written = path.read_text(encoding="utf-8")
    assert written and written.endswith("\n")
    assert all(json.loads(line)["id"] for line in written.splitlines())


def test_faults_full_disk_on_real_stdout(tmp_path: Path):
    (tmp_path / "good.txt").write_text(GOOD)
    with open("/dev/full", "w") as full:
        result = claimx_process(["extract", str(tmp_path / "good.txt"), "-f", "jsonl"], stdout=full,
                                stderr=subprocess.PIPE)
    assert result.returncode == ExitCode.OUTPUT
    assert result.stderr == "claimx: error: stdout: cannot write: no space left on device\n"


def test_faults_closed_stdout(tmp_path: Path):
    (tmp_path / "good.txt").write_text(GOOD)
    result = subprocess.run(
        [sys.executable, "-c", "import sys; from claimx.cli import main; sys.argv = ['claimx', 'extract', sys.argv[1], "
         "'-f', 'jsonl']; main()", str(tmp_path / "good.txt")],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, preexec_fn=lambda: os.close(1),
        env={**os.environ, "PYTHONPATH": SRC}, timeout=300)
    assert result.returncode == ExitCode.OUTPUT
    assert result.stderr == "claimx: error: stdout: cannot write: closed\n"


def test_faults_interrupted_parquet_leaves_nothing(tmp_path: Path):
    target = tmp_path / "claims.parquet"
    sink = ParquetSink(target)

    class Stop(Exception):
        pass

    def stop(_result):
        raise Stop

    (tmp_path / "a.txt").write_text(GOOD)
    with pytest.raises(Stop):
        claimx.run([str(tmp_path / "a.txt")], claimx.Task(), sink, on_article=stop)
    assert not target.exists() and leftovers(tmp_path) == []


def test_faults_text_output_commits_whole_units(tmp_path: Path):
    target = tmp_path / "out.jsonl"
    out = TextOutput(target)
    out.write('{"a": 1}\n')
    out.flush()
    out.write('{"b": ')
    out.abort()
    assert not target.exists() and leftovers(tmp_path) == []


def test_faults_output_to_dev_null_is_written_in_place(archive: Path):
    result = cli.invoke(app, ["extract", str(archive / "a-good.txt"), "-f", "jsonl", "-o", os.devnull])
    assert result.exit_code == ExitCode.OK
    assert Path(os.devnull).exists() and not Path(os.devnull).is_file()


# --- stores on read-only media ------------------------------------------------------------------


@pytest.fixture
def read_only_media(monkeypatch: pytest.MonkeyPatch):
    """sqlite3.connect as on read-only media: only read-only URIs open; `immutable` is needed too
    when `strict` (a WAL database whose -shm file cannot be made)."""
    real = sqlite3.connect
    opened: list[str] = []

    def connect(database, *args, **kwargs):
        if isinstance(database, str) and database.startswith("file:"):
            opened.append(database)
            if "mode=ro" not in database:
                raise sqlite3.OperationalError("attempt to write a readonly database")
            if "immutable=1" not in database:
                raise sqlite3.OperationalError("unable to open database file")
        return real(database, *args, **kwargs)

    monkeypatch.setattr("claimx.store.sqlite3.connect", connect)
    return opened


@pytest.fixture
def stored(archive: Path, tmp_path: Path) -> Path:
    db = tmp_path / "claims.db"
    result = cli.invoke(app, ["check", str(archive / "a-good.txt"), "--db", str(db), "-f", "jsonl"])
    assert result.exit_code == ExitCode.OK, result.output
    return db


def test_faults_export_reads_a_read_only_store(stored: Path, read_only_media: list[str]):
    result = cli.invoke(app, ["export", "--db", str(stored), "-f", "jsonl"])
    assert result.exit_code == ExitCode.OK, result.output
    assert len(result.stdout.splitlines()) >= 3
    assert all("mode=ro" in uri for uri in read_only_media)


def test_faults_review_browses_a_read_only_store(stored: Path, read_only_media: list[str],
                                                monkeypatch: pytest.MonkeyPatch):
    served = []
    # claimx.cli.review imports serve when the command runs (FastAPI stays out of --help): patch it at the source
    monkeypatch.setattr("claimx.review.serve", lambda store, **kw: served.append(len(store.claims())))
    result = cli.invoke(app, ["review", "--db", str(stored), "--no-browser"])
    assert result.exit_code == ExitCode.OK, result.output
    assert served and served[0] >= 3
    assert f"{stored} is read-only: reviewing without saving decisions" in result.stderr


def test_faults_read_only_store_refuses_writes(stored: Path):
    with ClaimStore(stored, create=False, read_only=True) as store:
        claim = store.claims()[0].claim
        with pytest.raises(StoreError, match="readonly"):
            store.add_decision(claim.id, "confirm", reviewer="ana")


# --- CSV formula injection ---------------------------------------------------------------------


@pytest.mark.parametrize("cell,escaped", [("=HYPERLINK(\"x\")", "'=HYPERLINK(\"x\")"), ("+5%", "'+5%"),
                                         ("-3%", "'-3%"), ("@SUM(A1)", "'@SUM(A1)"), ("5%", "5%"), (-3.0, -3.0)])
def test_faults_csv_formula_cells_are_escaped(cell, escaped):
    from claimx.output import escape_formula

    assert escape_formula(cell) == escaped


def test_faults_csv_escaping_in_extract_and_its_flag(tmp_path: Path):
    import csv

    path = tmp_path / "formula.txt"
    path.write_text("=cmd|' /C calc'!A0 Sales rose 5% in 2024.\n")
    escaped = list(csv.DictReader(io.StringIO(cli.invoke(app, ["extract", str(path), "-f", "csv"]).stdout)))
    raw = list(csv.DictReader(io.StringIO(cli.invoke(app, ["extract", str(path), "-f", "csv",
                                                           "--no-escape-formulas"]).stdout)))
    assert escaped[0]["sentence"].startswith("'=cmd")
    assert raw[0]["sentence"].startswith("=cmd")


# --- check scales: bounded read-ahead, in input order ---------------------------------------------


def test_faults_workers_read_ahead_a_bounded_number_of_articles():
    import claimx.engines.local as local

    read = 0

    def articles():
        nonlocal read
        for n in range(60):
            read += 1
            yield Article(id=f"a{n}", text=GOOD)

    results = local.results(claimx.Task(), articles(), jobs=2, batch_size=2)
    first = next(results)
    assert first.article.id == "a0"
    assert read <= (local.IN_FLIGHT * 2 + 1) * 2  # never the whole archive
    rest = [r.article.id for r in results]
    assert rest == [f"a{n}" for n in range(1, 60)]


# --- the other commands' outputs -----------------------------------------------------------------


def test_faults_eval_report_is_written_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    from claimx.safe_output import write_text

    target = tmp_path / "report.md"
    target.write_text("old report\n")

    def no_space(self, *args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(Path, "write_text", no_space)
    with pytest.raises(OutputError, match="report.md: cannot write: no space left on device"):
        write_text(target, "new report\n")
    monkeypatch.undo()
    assert target.read_text() == "old report\n" and leftovers(tmp_path) == []


def test_faults_import_sec_into_a_file_is_one_line(tmp_path: Path):
    source = Path(__file__).resolve().parent / "data" / "sec" / "companyfacts-northwind.json"
    blocker = tmp_path / "file"
    blocker.write_text("")
    result = cli.invoke(app, ["reference", "import-sec", str(source), "-o", str(blocker / "pack")])
    assert result.exit_code == ExitCode.OUTPUT, result.output
    one_line_error(result, "cannot write")


def test_faults_sigterm_removes_the_unfinished_output_and_the_workers(archive: Path, tmp_path: Path):
    """A killed run (SIGTERM) leaves no temporary file and no orphaned worker process."""
    import signal
    import time

    for n in range(80):  # enough work that the run is still going when the signal comes
        (archive / f"more-{n:02d}.txt").write_text(GOOD.replace("12%", f"{n + 1}%") * 6)
    target = tmp_path / "out.jsonl"
    env = {**os.environ, "PYTHONPATH": SRC}
    code = "import sys; from claimx.cli import main; sys.argv = ['claimx'] + sys.argv[1:]; main()"
    proc = subprocess.Popen([sys.executable, "-c", code, "check", str(archive), "-j", "2", "-f", "jsonl", "-o", str(target)],
                            env=env, stderr=subprocess.PIPE, text=True)
    deadline = time.time() + 120
    workers: list[int] = []
    while time.time() < deadline and not workers:
        time.sleep(0.5)
        try:
            workers = [int(x) for x in Path(f"/proc/{proc.pid}/task/{proc.pid}/children").read_text().split()]
        except OSError:
            break
    assert workers, "no worker processes started"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".out.jsonl.")]  # being written
    proc.send_signal(signal.SIGTERM)
    code_, stderr = proc.wait(timeout=60), proc.stderr.read()
    assert code_ == 143, stderr
    assert "Traceback" not in stderr
    assert not target.exists() and leftovers(tmp_path) == []
    time.sleep(2)
    alive = [pid for pid in workers if Path(f"/proc/{pid}").exists()
             and "Z" not in Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]]
    assert alive == []


@pytest.mark.parametrize("text, unit", [("a 3/4 mile stretch of road", "mile"), ("a 1/2 litre bottle", "litre"),
                                        ("the 2025/26 season", None), ("rated 7/10 by critics", None)])
def test_a_unit_after_a_fraction_starts_the_word_after_its_denominator(text, unit):
    from claimx.grammar.scanner import _physical_unit

    number, after = text.split("/")[0].split()[-1], "/" + text.split("/", 1)[1]
    reading = _physical_unit(after, number, frozenset({"in", "league", "barn"}))
    assert (reading and reading[0]) == unit
