"""The Ray engine: articles as a Ray Dataset, mapped by a pool of actors that each load the pipeline once.

`extract(ds)` and `check(ds)` take any Ray Dataset whose rows have `text` (and optionally `id`,
`published`, `title`, `url`, `path`) and return a Dataset of flat rows in `claimx.rows.ENGINE_SCHEMA`:
the rows every tabular output writes (`claimx.rows.SCHEMA`, all nullable) plus `problem`, with one
failure row per article that could not be processed.
`results()` is the engine the run path (`claimx.batch.run`) calls with articles read by
`claimx.reader`: each article's records come back to the driver and go to the same sinks as a local
run's, so `--engine ray --format parquet` writes the file `--format parquet` writes.
`connect()` joins the cluster at $RAY_ADDRESS, or starts a local Ray that downloads nothing.
"""
from __future__ import annotations

import logging
import math
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

import pyarrow as pa

from claimx import rows as flat
from claimx.engines import INSTALL_RAY, Task, Worker, article_row, row_article
from claimx.errors import MissingExtra
from claimx.records import Article, ExtractionResult, Failure
from claimx.reference import default_pack_path, load_pack

try:
    import ray
    import ray.data
except ImportError:
    raise MissingExtra(f"the ray engine needs Ray Data, which is not installed: {INSTALL_RAY}") from None

DEFAULT_BATCH_SIZE = 64  # articles per actor call: ~2-4 s of parsing, small against the call overhead


RESULT_SCHEMA = pa.schema([pa.field("result", pa.string()), pa.field("path", pa.string()),
                           pa.field(flat.PROBLEM, pa.string())])


def _items(worker: Worker, batch: pa.Table) -> list[ExtractionResult | Failure]:
    """The worker's results for a batch of input rows, with a Failure for each row that is no article."""
    items: list[ExtractionResult | Failure] = []
    articles: list[Article] = []
    for row in batch.to_pylist():
        try:
            articles.append(row_article(row))
        except ValueError as e:  # pydantic's ValidationError is a ValueError too
            where = row.get("path") or row.get("id") or "a row without path or id"
            items.append(Failure(path=str(where), problem=str(e).splitlines()[0]))
    items.extend(worker.results(articles))
    return items


class ClaimMapper:
    """The callable class `map_batches` runs on each actor for `extract`/`check`: the pipeline is
    loaded in `__init__`, so once per actor, and every batch of input rows becomes flat claim rows
    and failure rows (`claimx.rows.ENGINE_SCHEMA`).

    task (Task): what to run (its reference pack travels pickled with it).
    """

    def __init__(self, task: Task):
        self.worker = Worker(task)

    def __call__(self, batch: pa.Table) -> pa.Table:
        out: list[dict] = []
        for item in _items(self.worker, batch):
            if isinstance(item, Failure):
                out.append(flat.failure_row(item))
            else:
                out.extend({**flat.claim_row(c), flat.PROBLEM: None} for c in item.claims)
        return flat.table(out, flat.ENGINE_SCHEMA)


class ResultMapper:
    """The callable class for the run path: each article's whole result (claims and entities) as
    JSON, or its failure, so that the driver writes it with the same sinks as a local run."""

    def __init__(self, task: Task):
        self.worker = Worker(task)

    def __call__(self, batch: pa.Table) -> pa.Table:
        out = [{"result": None, "path": item.path, flat.PROBLEM: item.problem} if isinstance(item, Failure)
               else {"result": item.model_dump_json(), "path": None, flat.PROBLEM: None}
               for item in _items(self.worker, batch)]
        return pa.Table.from_pylist(out, schema=RESULT_SCHEMA)


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


def _map(ds: ray.data.Dataset, task: Task, batch_size: int, concurrency: int | None,
         mapper: type = ClaimMapper) -> ray.data.Dataset:
    # The pool starts with one actor and grows: actors holding every CPU would starve the tasks
    # that read the input (read_json, read_parquet…) and the run would wait forever.
    pool = ray.data.ActorPoolStrategy(min_size=1, max_size=_actors(concurrency))
    return ds.map_batches(mapper, fn_constructor_kwargs={"task": task}, batch_size=batch_size,
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


def results(task: Task, articles: Iterable[Article], *, jobs: int = 1, batch_size: int | None = None,
            concurrency: int | None = None) -> Iterator[ExtractionResult | Failure]:
    """Run `task` over `articles` on Ray and stream each article's result back (in no particular order).

    task (Task): what to run.
    articles (Iterable[Article]): the articles; read into the driver before the run starts.
    jobs (int): unused (the local engine's processes); Ray's parallelism is `concurrency`.
    batch_size (int | None): articles per actor call; None for DEFAULT_BATCH_SIZE.
    concurrency (int | None): the most actors; None for one per CPU.
    RETURNS (Iterator[ExtractionResult | Failure]): one item per article.
    """
    items = [article_row(article) for article in articles]
    if not items:
        return
    connect(num_cpus=concurrency)
    # The CLI reports failures and counts itself: Ray Data's progress bars and logs would only interleave.
    logging.getLogger("ray.data").setLevel(logging.ERROR)
    ray.data.DataContext.get_current().enable_progress_bars = False
    # Smaller batches when there are few articles, so that every actor gets some.
    batch_size = min(batch_size or DEFAULT_BATCH_SIZE, math.ceil(len(items) / _actors(concurrency)))
    ds = ray.data.from_items(items, override_num_blocks=math.ceil(len(items) / batch_size))
    for table in _map(ds, task, batch_size, concurrency, ResultMapper).iter_batches(batch_format="pyarrow",
                                                                                   batch_size=None):
        for row in table.to_pylist():
            if row[flat.PROBLEM] is not None:
                yield Failure(path=row["path"], problem=row[flat.PROBLEM])
            else:
                yield ExtractionResult.model_validate_json(row["result"])
