"""Constants that `claimx --help` shows, in a module that imports nothing.

The command modules read their option defaults and choices from here, so that building the
help imports neither the record models nor spaCy, pyarrow or FastAPI (docs/architecture.md,
"Start-up"). The modules that use them re-export them under their old names.
"""

MAX_BYTES = 1_000_000  # the size limit for one article (claimx.reader)
OUTPUT_FORMATS = ("table", "jsonl", "json", "csv")  # written by claimx.output
EXPORT_FORMATS = ("jsonl", "csv", "parquet", "claimreview", "labelstudio")  # written by claimx.export
BENCH_LENGTHS = (5_000, 2_000_000)  # the 5 kB vs 2 MB article (claimx.bench)
BENCH_ARTICLES = 60  # distinct articles in the bench's throughput runs
BENCH_STARTUP_ROUNDS = 3  # fresh-process start-up timings, the fastest kept
