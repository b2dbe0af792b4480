"""The Ray engine: articles as a Ray Dataset, mapped by a pool of actors that each load the pipeline once.

`extract(ds)` and `check(ds)` take any Ray Dataset whose rows have `text` (and optionally `id`,
`published`, `title`, `url`, `path`) and return a Dataset of rows in the schema of
`claimx.engines.SCHEMA`: claim rows, and one failure row per article that could not be processed.
`rows()` and `write_parquet()` are what the CLI calls with articles read by `claimx.reader`.
`connect()` joins the cluster at $RAY_ADDRESS, or starts a local Ray that downloads nothing.
"""
from __future__ import annotations

import logging
import math
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

import pyarrow as pa
import pyarrow.dataset as pads

from claimx.engines import INSTALL_RAY, PROBLEM, SCHEMA, Task, Worker, article_row, failure_row, row_article, row_failure
from claimx.errors import MissingExtra
from claimx.records import Article, Failure
from claimx.reference import default_pack_path, load_pack

try:
    import ray
    import ray.data
except ImportError:
    raise MissingExtra(f"the ray engine needs Ray Data, which is not installed: {INSTALL_RAY}") from None

DEFAULT_BATCH_SIZE = 64  # articles per actor call: ~2-4 s of parsing, small against the call overhead


class ClaimMapper:
    """The callable class `map_batches` runs on each actor: the pipeline is loaded in `__init__`,
    so once per actor, and every batch of input rows becomes claim rows and failure rows.

    task (Task): what to run (its reference pack travels pickled with it).
    """

    def __init__(self, task: Task):
        self.worker = Worker(task)

    def __call__(self, batch: pa.Table) -> pa.Table:
        rows: list[dict] = []
        articles: list[Article] = []
        for row in batch.to_pylist():
            try:
                articles.append(row_article(row))
            except ValueError as e:  # pydantic's ValidationError is a ValueError too
                where = row.get("path") or row.get("id") or "a row without path or id"
                rows.append(failure_row(Failure(path=str(where), problem=str(e).splitlines()[0])))
        rows.extend(self.worker.rows(articles))
        return pa.Table.from_pylist(rows, schema=SCHEMA)


def connect(num_cpus: int | None = None) -> None:
    """Join the Ray cluster named by $RAY_ADDRESS, else start a local Ray; nothing when already connected.

    A local Ray gets no dashboard and sends no usage statistics, so a run downloads and uploads nothing.
    num_cpus (int | None): CPUs for a local Ray; None for all of this machine's cores.
    """
    if ray.is_initialized():
        return
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    if os.environ.get("RAY_ADDRESS"):
        ray.init(log_to_driver=False, logging_level=logging.WARNING)
    else:
        ray.init(num_cpus=num_cpus, include_dashboard=False, log_to_driver=False, logging_level=logging.WARNING)


def _actors(concurrency: int | None) -> int:
    """The most actors to run: `concurrency`, else one per CPU of the cluster."""
    connect()
    return concurrency or max(1, int(ray.cluster_resources().get("CPU", 1)))


def _map(ds: ray.data.Dataset, task: Task, batch_size: int, concurrency: int | None) -> ray.data.Dataset:
    # The pool starts with one actor and grows: actors holding every CPU would starve the tasks
    # that read the input (read_json, read_parquet…) and the run would wait forever.
    pool = ray.data.ActorPoolStrategy(min_size=1, max_size=_actors(concurrency))
    return ds.map_batches(ClaimMapper, fn_constructor_kwargs={"task": task}, batch_size=batch_size,
                          batch_format="pyarrow", compute=pool, num_cpus=1)


def extract(ds: ray.data.Dataset, *, model: str | None = None, all_quantities: bool = False,
            batch_size: int = DEFAULT_BATCH_SIZE, concurrency: int | None = None) -> ray.data.Dataset:
    """Extract the claims of every article in `ds`.

    Example: claimx.engines.ray.extract(ray.data.read_json("archive/*.jsonl")).write_parquet("out/")
    ds (Dataset): rows with `text`, and optionally `id`, `published`, `title`, `url`, `path`.
    model (str | None): the spaCy pipeline, installed on every node; None for the default.
    all_quantities (bool): keep every quantity, not only claim-like ones.
    batch_size (int): articles per actor call.
    concurrency (int | None): the most actors (one CPU each); None for one per CPU of the cluster.
    RETURNS (Dataset): claim rows and failure rows (see `claimx.engines`), lazily computed.
    """
    return _map(ds, Task(model=model, all_quantities=all_quantities), batch_size, concurrency)


def check(ds: ray.data.Dataset, *, reference: str | Path | None = None, no_reference: bool = False,
          model: str | None = None, batch_size: int = DEFAULT_BATCH_SIZE,
          concurrency: int | None = None) -> ray.data.Dataset:
    """Extract the claims of every article in `ds` and give each a verdict with evidence.

    The pack is loaded (and validated) here, on the driver, and shipped to the actors with the
    task, so the workers need not see its folder.
    ds (Dataset): rows with `text`, and optionally `id`, `published`, `title`, `url`, `path`.
    reference (str | Path | None): the reference pack folder; None for the bundled pack.
    no_reference (bool): check articles only against themselves.
    model (str | None): the spaCy pipeline, installed on every node; None for the default.
    batch_size (int): articles per actor call.
    concurrency (int | None): the most actors (one CPU each); None for one per CPU of the cluster.
    RETURNS (Dataset): checked claim rows and failure rows, lazily computed.
    RAISES (ReferencePackError): the pack is malformed.
    """
    pack = None if no_reference else load_pack(reference or default_pack_path())
    return _map(ds, Task(check=True, model=model, pack=pack), batch_size, concurrency)


def _dataset(task: Task, articles: Iterable[Article], batch_size: int | None,
             concurrency: int | None) -> ray.data.Dataset | None:
    """The task mapped over a Dataset of `articles` (one block per batch), or None when there are none."""
    items = [article_row(article) for article in articles]
    if not items:
        return None
    connect(num_cpus=concurrency)
    # The CLI reports failures and counts itself: Ray Data's progress bars and logs would only interleave.
    logging.getLogger("ray.data").setLevel(logging.ERROR)
    ray.data.DataContext.get_current().enable_progress_bars = False
    # Smaller batches when there are few articles, so that every actor gets some.
    batch_size = min(batch_size or DEFAULT_BATCH_SIZE, math.ceil(len(items) / _actors(concurrency)))
    ds = ray.data.from_items(items, override_num_blocks=math.ceil(len(items) / batch_size))
    return _map(ds, task, batch_size, concurrency)


def rows(task: Task, articles: Iterable[Article], *, jobs: int = 1, batch_size: int | None = None,
         concurrency: int | None = None) -> Iterator[dict]:
    """Run `task` over `articles` on Ray and stream the rows back (in no particular order).

    task (Task): what to run.
    articles (Iterable[Article]): the articles; read into the driver before the run starts.
    jobs (int): unused (the local engine's processes); Ray's parallelism is `concurrency`.
    batch_size (int | None): articles per actor call; None for DEFAULT_BATCH_SIZE.
    concurrency (int | None): the most actors; None for one per CPU.
    RETURNS (Iterator[dict]): claim rows and failure rows.
    """
    ds = _dataset(task, articles, batch_size, concurrency)
    if ds is None:
        return
    for table in ds.iter_batches(batch_format="pyarrow", batch_size=None):
        yield from table.to_pylist()


def write_parquet(task: Task, articles: Iterable[Article], output: Path, *, jobs: int = 1,
                  batch_size: int | None = None, concurrency: int | None = None) -> tuple[int, list[Failure]]:
    """Run `task` over `articles` on Ray and write the rows as Parquet part files, one per block.

    Failure rows are written too (their `problem` column is set), and read back to be reported.
    task (Task): what to run.
    articles (Iterable[Article]): the articles.
    output (Path): the folder to create.
    jobs (int): unused (the local engine's processes).
    batch_size (int | None): articles per actor call; None for DEFAULT_BATCH_SIZE.
    concurrency (int | None): the most actors; None for one per CPU.
    RETURNS (tuple[int, list[Failure]]): the number of claim rows written, and the failed articles.
    """
    ds = _dataset(task, articles, batch_size, concurrency)
    if ds is None:
        return 0, []
    ds.write_parquet(str(output))
    if not output.is_dir():  # no block held a row
        return 0, []
    written = pads.dataset(output, format="parquet").to_table(columns=["article", PROBLEM])
    failures = [row_failure(row) for row in written.filter(pads.field(PROBLEM).is_valid()).to_pylist()]
    return written.num_rows - len(failures), failures
