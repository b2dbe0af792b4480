"""Benchmark claimx against bare spaCy on the same texts: start-up, throughput, scaling with jobs, memory, length.

Every measurement runs in a fresh process (spawned, so nothing is shared or warm), loads its
pipeline, parses the texts once and reports: model load time, seconds, tokens, and peak resident
memory of the process that parsed (itself for one job; the largest of spaCy's worker processes,
which are its children, otherwise). "spaCy" is `spacy.load(model)` minus the components claimx
excludes (src/claimx/rules/pipeline.cfg) run with `nlp.pipe`; "claimx" is `load_pipeline` + the
local engine (`claimx.engines.local`, what `claimx extract --jobs N` runs), records included. There is
no warm-up: first-use costs (claimx loads quantulum3 at the first unit word) count, as they do for a user. The texts are `articles` distinct articles, the corpus articles
in turn with every digit perturbed and the paragraphs shuffled, so neither spaCy's nor claimx's
caches see a text twice.

Start-up is timed as a user meets it, in fresh interpreters: `python -c "import spacy;
spacy.load(model)"`, `claimx --help`, and `claimx extract` on the shortest corpus article, each the
fastest of a few rounds taken in turn.

The cost-vs-length measurement times single synthetic articles of given sizes made from perturbed
corpus paragraphs; both engines parse long ones in the same paragraph chunks (`CHUNK_CHARS`).
"""
from __future__ import annotations

import multiprocessing as mp
import os
import random
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from claimx import defaults
from claimx.errors import InputError, MissingExtra, ModelNotFound
from claimx.reader import paragraph_chunks, read_inputs
from claimx.records import Article, Failure

ENGINES = ("spacy", "claimx")
LENGTHS = defaults.BENCH_LENGTHS
SHORT_VARIANTS = 5  # short articles are timed several times (median): one takes milliseconds
ARTICLES = defaults.BENCH_ARTICLES
STARTUP_ROUNDS = defaults.BENCH_STARTUP_ROUNDS
TARGET_RATIO = 0.8  # claimx at jobs 1 vs bare spaCy, model load included
TARGET_SCALING = 0.85  # jobs N vs jobs 1: at least 0.85 x min(N, cores), so 1.7x for 2 jobs on 2 cores
TARGET_HELP = 0.4  # `claimx --help` under this times a bare spacy.load
TARGET_SHORT = 1.5  # one short article end to end at most this times a bare spacy.load
TARGET_RSS_MB = 1024.0
TARGET_LINEARITY = 1.25  # long/short seconds at most this times the size ratio


@dataclass(frozen=True)
class Run:
    """One throughput measurement.

    engine (str): "spacy" or "claimx"; jobs (int): worker processes.
    load_seconds (float): loading the pipeline; seconds (float): parsing all texts.
    tokens (int): tokens in the texts; rss_mb (float): peak RSS of a process that parsed.
    cpu_seconds (float): CPU time (user + system) of the load and the parse, its worker processes included;
        steadier than wall-clock time on a shared machine, whose neighbours slow both engines unevenly.
    """

    engine: str
    jobs: int
    load_seconds: float
    seconds: float
    tokens: int
    rss_mb: float
    cpu_seconds: float = 0.0

    @property
    def tokens_per_second(self) -> float:
        """Parsing throughput, the load left out."""
        return self.tokens / self.seconds if self.seconds else 0.0

    @property
    def tokens_per_second_with_load(self) -> float:
        """Throughput of the whole run a user waits for: load plus parse."""
        total = self.load_seconds + self.seconds
        return self.tokens / total if total else 0.0


@dataclass(frozen=True)
class Startup:
    """Wall-clock seconds of fresh processes, each the fastest of its rounds.

    spacy_load (float): `python -c "import spacy; spacy.load(model)"`.
    help (float): `claimx --help`.
    short_article (float): `claimx extract` on one short article, `chars` characters, records written.
    """

    spacy_load: float
    help: float
    short_article: float
    chars: int


@dataclass(frozen=True)
class LengthRun:
    """Seconds one engine took for one article of `chars` characters (median over variants)."""

    engine: str
    chars: int
    seconds: float


@dataclass(frozen=True)
class Target:
    """One of the issue's targets: what was measured against what was asked."""

    name: str
    value: float
    goal: str
    met: bool


@dataclass
class BenchReport:
    """Everything one `claimx bench` run measured.

    model (str): the base spaCy pipeline; cores (int): CPUs available.
    load_average (float): the 1-minute load average when the run started (other work on the machine).
    texts (int), chars (int): the throughput texts.
    runs (list[Run]): one per engine and jobs; lengths (list[LengthRun]): cost vs length.
    startup (Startup | None): start-up times, when measured.
    """

    model: str
    cores: int
    load_average: float
    texts: int
    chars: int
    runs: list[Run] = field(default_factory=list)
    lengths: list[LengthRun] = field(default_factory=list)
    startup: Startup | None = None

    def run(self, engine: str, jobs: int) -> Run:
        return next(r for r in self.runs if r.engine == engine and r.jobs == jobs)

    @property
    def jobs(self) -> list[int]:
        return sorted({r.jobs for r in self.runs})

    def ratio(self, jobs: int) -> float:
        """claimx's throughput over bare spaCy's at `jobs`, model load included."""
        return self.run("claimx", jobs).tokens_per_second_with_load / self.run("spacy", jobs).tokens_per_second_with_load

    def cpu_ratio(self, jobs: int) -> float | None:
        """bare spaCy's CPU seconds over claimx's for the same texts at `jobs`, load included: the throughput
        ratio the two would have with the machine to themselves; None when CPU time was not measured."""
        claimx, spacy = self.run("claimx", jobs).cpu_seconds, self.run("spacy", jobs).cpu_seconds
        return spacy / claimx if claimx and spacy else None

    def speedup(self, engine: str, jobs: int) -> float:
        """An engine's throughput at `jobs` over its throughput at one job."""
        return self.run(engine, jobs).tokens_per_second / self.run(engine, 1).tokens_per_second

    def length_cost(self, engine: str) -> tuple[float, float] | None:
        """(seconds ratio, size ratio) of the longest over the shortest article; None with fewer than two sizes."""
        mine = sorted((r for r in self.lengths if r.engine == engine), key=lambda r: r.chars)
        if len(mine) < 2 or not mine[0].seconds:
            return None
        return mine[-1].seconds / mine[0].seconds, mine[-1].chars / mine[0].chars

    def targets(self) -> list[Target]:
        """The issue's targets, each with the measured value and whether it is met."""
        found = []
        if self.startup:
            s = self.startup
            found.append(Target("claimx --help / spacy.load", s.help / s.spacy_load, f"< {TARGET_HELP}",
                                s.help / s.spacy_load < TARGET_HELP))
            found.append(Target(f"one {s.chars:,}-character article end to end / spacy.load",
                                s.short_article / s.spacy_load, f"<= {TARGET_SHORT}",
                                s.short_article / s.spacy_load <= TARGET_SHORT))
        found.append(Target("claimx / spaCy throughput, jobs 1, load included", self.ratio(1), f">= {TARGET_RATIO}",
                            self.ratio(1) >= TARGET_RATIO))
        if (cpu := self.cpu_ratio(1)) is not None:
            found.append(Target("the same in CPU seconds (spaCy CPU / claimx CPU)", cpu, f">= {TARGET_RATIO}",
                                cpu >= TARGET_RATIO))
        for jobs in self.jobs[1:]:
            goal = TARGET_SCALING * min(jobs, self.cores)
            found.append(Target(f"claimx jobs {jobs} / jobs 1 (parse)", self.speedup("claimx", jobs), f">= {goal:.2f}",
                                self.speedup("claimx", jobs) >= goal))
        worst = max(r.rss_mb for r in self.runs if r.engine == "claimx")
        found.append(Target("claimx peak RSS per worker (MB)", worst, f"<= {TARGET_RSS_MB:.0f}", worst <= TARGET_RSS_MB))
        cost = self.length_cost("claimx")
        if cost:
            found.append(Target("claimx long / short article seconds", cost[0],
                                f"<= {TARGET_LINEARITY * cost[1]:.0f} (size x{cost[1]:.0f})",
                                cost[0] <= TARGET_LINEARITY * cost[1]))
        return found


# --- texts ----------------------------------------------------------------------------------


def corpus_texts(path: str | Path) -> list[str]:
    """The article texts under `path` (its articles/ folder when it has one), in file-name order.

    RAISES (InputError): an article cannot be read, or there is none.
    """
    path = Path(path)
    folder = path / "articles" if (path / "articles").is_dir() else path
    texts = []
    for item in read_inputs([str(folder)]):
        if isinstance(item, Failure):
            raise InputError(item.path, item.problem)
        texts.append(item.text)
    if not texts:
        raise InputError(str(folder), "no articles to benchmark")
    return texts


def perturb(text: str, rng: random.Random, *, shuffle: bool = True) -> str:
    """`text` with every digit replaced (a number's first digit stays non-zero) and its paragraphs shuffled."""
    def digits(m: re.Match) -> str:
        run = m.group(0)
        return str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in run[1:])

    text = re.sub(r"\d+", digits, text)
    if not shuffle:
        return text
    paragraphs = paragraphs_of(text)
    rng.shuffle(paragraphs)
    return "\n\n".join(paragraphs) + "\n"


def paragraphs_of(text: str) -> list[str]:
    """The non-empty paragraphs (blank-line or line separated blocks) of `text`."""
    return [p.strip() for p in re.split(r"\n\s*\n|\n", text) if p.strip()]


def bench_texts(texts: Sequence[str], count: int, *, seed: int = 0) -> list[str]:
    """`count` distinct articles: perturbed copies of the texts, taken in turn."""
    rng = random.Random(seed)
    return [perturb(texts[n % len(texts)], rng) for n in range(count)]


def synthetic_article(texts: Sequence[str], chars: int, rng: random.Random) -> str:
    """An article of about `chars` characters: perturbed corpus paragraphs in random order."""
    pool = [p for text in texts for p in paragraphs_of(text)]
    out: list[str] = []
    size = 0
    while size < chars:
        paragraph = perturb(rng.choice(pool), rng, shuffle=False)
        if size + len(paragraph) > chars and out:
            break
        out.append(paragraph)
        size += len(paragraph) + 2
    return "\n\n".join(out) + "\n"


# --- measuring --------------------------------------------------------------------------------


def run_bench(texts: Sequence[str], *, model: str | None = None, jobs: Iterable[int] = (1, 2), articles: int = ARTICLES,
              rounds: int = 1, lengths: Sequence[int] = LENGTHS, startup_rounds: int = STARTUP_ROUNDS,
              seed: int = 0) -> BenchReport:
    """Measure bare spaCy and claimx on the same perturbed texts, each engine and jobs in a fresh process.

    With several rounds every engine and jobs is measured once per round, in turn, and the fastest
    parse counts (as `timeit` keeps the best): on a shared machine the slower ones measure the neighbours.

    texts (Sequence[str]): the corpus texts.
    model (str | None): the base spaCy pipeline; None for claimx's default.
    jobs (Iterable[int]): worker counts to measure; 1 is always measured.
    articles (int): distinct (perturbed) articles to parse.
    rounds (int): measurements of each engine and jobs; the fastest is kept.
    lengths (Sequence[int]): article sizes (characters) for the cost-vs-length measurement; empty to skip.
    startup_rounds (int): rounds of the start-up timings; 0 to skip them.
    seed (int): for the perturbations.
    RETURNS (BenchReport): the measurements.
    RAISES (ModelNotFound): the model is not installed.
    """
    from claimx.pipeline import default_model

    model = _installed(model or default_model())
    startup = measure_startup(model, min(texts, key=len), startup_rounds) if startup_rounds else None
    corpus = bench_texts(texts, articles, seed=seed)
    rng = random.Random(seed + 1)
    articles = {n: [synthetic_article(texts, n, rng) for _ in range(SHORT_VARIANTS if n <= 100_000 else 1)]
                for n in sorted(set(lengths))}
    report = BenchReport(model=model, cores=len(os.sched_getaffinity(0)),
                         load_average=os.getloadavg()[0], texts=len(corpus), chars=sum(map(len, corpus)),
                         startup=startup)
    best: dict[tuple[str, int], Run] = {}
    for round_ in range(rounds):
        for n in sorted({1, *jobs}):
            for engine in ENGINES:
                # Lengths are timed once: the 2 MB article alone takes minutes.
                run, timed = _in_fresh_process(engine, model, corpus, n, articles if n == 1 and round_ == 0 else {})
                best[engine, n] = _faster(best.get((engine, n)), run)
                report.lengths.extend(timed)
    report.runs = list(best.values())
    return report


def _faster(kept: Run | None, new: Run) -> Run:
    """The faster of two measurements of one engine and jobs, with the shorter load, the fewer CPU seconds and the
    higher memory peak."""
    if kept is None:
        return new
    fastest = min(kept, new, key=lambda r: r.seconds)
    return replace(fastest, load_seconds=min(kept.load_seconds, new.load_seconds), rss_mb=max(kept.rss_mb, new.rss_mb),
                   cpu_seconds=min(kept.cpu_seconds, new.cpu_seconds))


def _in_fresh_process(engine: str, model: str, texts: list[str], jobs: int,
                      articles: dict[int, list[str]]) -> tuple[Run, list[LengthRun]]:
    ctx = mp.get_context("spawn")
    receive, send = ctx.Pipe(duplex=False)
    process = ctx.Process(target=_measure, args=(send, engine, model, texts, jobs, articles))
    process.start()
    send.close()
    try:
        outcome = receive.recv()
    except EOFError:  # a bug, with its traceback on stderr
        process.join()
        raise RuntimeError(f"the {engine} measurement (jobs {jobs}) died with exit code {process.exitcode}") from None
    process.join()
    return outcome


def _measure(send, engine: str, model: str, texts: list[str], jobs: int, articles: dict[int, list[str]]) -> None:
    """Body of a measurement process: load, warm up, time the texts, then each article length."""
    started, cpu_started = time.perf_counter(), _cpu_seconds()
    nlp = _load(engine, model)
    load_seconds = time.perf_counter() - started
    parse = _claimx_parse if engine == "claimx" else _spacy_parse
    started = time.perf_counter()
    parse(nlp, texts, jobs)
    seconds = time.perf_counter() - started
    cpu_seconds = _cpu_seconds() - cpu_started
    tokens = sum(len(nlp.make_doc(t)) for t in texts)
    rss = _peak_rss_mb(resource.RUSAGE_CHILDREN if jobs > 1 else resource.RUSAGE_SELF)
    timed = []
    for chars, variants in articles.items():
        times = []
        for text in variants:
            started = time.perf_counter()
            parse(nlp, [text], 1)
            times.append(time.perf_counter() - started)
        timed.append(LengthRun(engine, chars, statistics.median(times)))
    send.send((Run(engine, jobs, load_seconds, seconds, tokens, rss, cpu_seconds), timed))
    send.close()


def _cpu_seconds() -> float:
    """User + system CPU seconds of this process and of its finished worker processes."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def measure_startup(model: str, text: str, rounds: int = STARTUP_ROUNDS) -> Startup:
    """Time bare spacy.load, `claimx --help` and `claimx extract` on `text`, each in fresh interpreters,
    in turn for `rounds` rounds; keep each one's fastest."""
    claimx = [sys.executable, "-c", "from claimx.cli import main; main()"]
    with tempfile.TemporaryDirectory(prefix="claimx-bench-") as folder:
        article = Path(folder, "short.txt")
        article.write_text(text, encoding="utf-8")
        commands = {
            "spacy_load": [sys.executable, "-c", f"import spacy; spacy.load({model!r})"],
            "help": [*claimx, "--help"],
            "short_article": [*claimx, "extract", str(article), "--model", model, "--format", "jsonl",
                              "-o", str(Path(folder, "out.jsonl"))],
        }
        best = {name: float("inf") for name in commands}
        for _ in range(rounds):
            for name, command in commands.items():
                started = time.perf_counter()
                done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
                elapsed = time.perf_counter() - started
                if done.returncode != 0:
                    raise RuntimeError(f"start-up timing of {name} failed: {done.stderr.strip()[-300:]}")
                best[name] = min(best[name], elapsed)
    return Startup(chars=len(text), **best)


def _installed(model: str) -> str:
    """`model` when spaCy can load it, checked here so a measurement process never fails on it."""
    import spacy

    if not (spacy.util.is_package(model) or Path(model).is_dir()):
        raise ModelNotFound(f"spaCy pipeline {model!r} is not installed")
    return model


def _load(engine: str, model: str):
    from claimx.pipeline import load_pipeline

    if engine == "claimx":
        return load_pipeline(model)
    import spacy
    from spacy.util import load_config

    from claimx.lexicon import models_dir

    return spacy.load(model, exclude=list(load_config(models_dir() / "pipeline.cfg")["base"]["exclude"]))


def _spacy_parse(nlp, texts: list[str], jobs: int) -> None:
    from claimx.pipeline import CHUNK_CHARS

    chunks = (chunk for text in texts for _, chunk in
              (paragraph_chunks(text, CHUNK_CHARS) if len(text) > CHUNK_CHARS else [(0, text)]))
    for _doc in nlp.pipe(chunks, n_process=jobs, batch_size=16):
        pass


def _claimx_parse(nlp, texts: list[str], jobs: int) -> None:
    from claimx.engines import Task, local

    # the local engine, as `claimx extract --jobs N` runs it (forked workers inherit the loaded pipeline)
    articles = (Article(id=f"bench-{n}", text=text) for n, text in enumerate(texts))
    for item in local.results(Task(model=nlp.meta["claimx"]["model"]), articles, jobs=jobs, nlp=nlp):
        if isinstance(item, Failure):
            raise RuntimeError(f"{item.path}: {item.problem}")


def _peak_rss_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # kilobytes on Linux


# --- output -----------------------------------------------------------------------------------

THROUGHPUT_COLUMNS = ("engine", "jobs", "load s", "parse s", "tokens/s", "tokens/s with load", "claimx/spaCy with load",
                      "vs jobs 1 (parse)", "CPU s with load", "peak RSS MB")
STARTUP_COLUMNS = ("process", "seconds", "x spacy.load")
LENGTH_COLUMNS = ("engine", "chars", "seconds", "x shortest time", "x shortest size")


def throughput_rows(report: BenchReport) -> list[list[str]]:
    """One row per engine and jobs, in THROUGHPUT_COLUMNS order."""
    rows = []
    for jobs in report.jobs:
        for engine in ENGINES:
            r = report.run(engine, jobs)
            rows.append([engine, str(jobs), f"{r.load_seconds:.2f}", f"{r.seconds:.2f}", f"{r.tokens_per_second:,.0f}",
                         f"{r.tokens_per_second_with_load:,.0f}",
                         f"{report.ratio(jobs):.2f}" if engine == "claimx" else "",
                         f"{report.speedup(engine, jobs):.2f}", f"{r.cpu_seconds:.2f}", f"{r.rss_mb:,.0f}"])
    return rows


def startup_rows(report: BenchReport) -> list[list[str]]:
    """One row per start-up timing, in STARTUP_COLUMNS order; none when start-up was not measured."""
    s = report.startup
    if s is None:
        return []
    return [[label, f"{seconds:.2f}", f"{seconds / s.spacy_load:.2f}"] for label, seconds in (
        ("python -c 'import spacy; spacy.load(model)'", s.spacy_load), ("claimx --help", s.help),
        (f"claimx extract (one {s.chars:,}-character article)", s.short_article))]


def length_rows(report: BenchReport) -> list[list[str]]:
    """One row per engine and article length, in LENGTH_COLUMNS order."""
    rows = []
    for engine in ENGINES:
        mine = sorted((r for r in report.lengths if r.engine == engine), key=lambda r: r.chars)
        for r in mine:
            rows.append([engine, f"{r.chars:,}", f"{r.seconds:.3f}", f"{r.seconds / mine[0].seconds:,.0f}",
                         f"{r.chars / mine[0].chars:,.0f}"])
    return rows


def target_rows(report: BenchReport) -> list[list[str]]:
    """One row per target: name, measured, goal, met."""
    return [[t.name, f"{t.value:,.2f}", t.goal, "yes" if t.met else "NO"] for t in report.targets()]


def write_plots(report: BenchReport, folder: str | Path) -> list[Path]:
    """Write throughput-vs-jobs and seconds-vs-length PNGs into `folder` (created if needed).

    RETURNS (list[Path]): the files written.
    RAISES (MissingExtra): matplotlib is not installed.
    """
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        raise MissingExtra("--plot needs matplotlib: pip install matplotlib") from None
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = []

    fig, ax = plt.subplots(figsize=(6, 4))
    for engine in ENGINES:
        ax.plot(report.jobs, [report.run(engine, j).tokens_per_second for j in report.jobs], marker="o", label=engine)
    ax.set(xlabel="jobs (worker processes)", ylabel="tokens per second", xticks=report.jobs,
           title=f"Throughput vs jobs ({report.model}, {report.cores} cores)")
    ax.set_ylim(bottom=0)
    ax.legend()
    written.append(_save(fig, folder / "throughput-vs-jobs.png"))

    if report.lengths:
        fig, ax = plt.subplots(figsize=(6, 4))
        for engine in ENGINES:
            mine = sorted((r for r in report.lengths if r.engine == engine), key=lambda r: r.chars)
            ax.plot([r.chars for r in mine], [r.seconds for r in mine], marker="o", label=engine)
        claimx = sorted((r for r in report.lengths if r.engine == "claimx"), key=lambda r: r.chars)
        linear = [claimx[0].seconds * r.chars / claimx[0].chars for r in claimx]
        ax.plot([r.chars for r in claimx], linear, linestyle="--", color="grey", label="linear from shortest")
        ax.set(xscale="log", yscale="log", xlabel="article length (characters)", ylabel="seconds",
               title="Cost vs article length (jobs 1)")
        ax.legend()
        written.append(_save(fig, folder / "seconds-vs-length.png"))
    return written


def _save(fig, path: Path) -> Path:
    import matplotlib.pyplot as plt

    fig.tight_layout()
    fig.savefig(path, dpi=100)
    plt.close(fig)
    return path
