"""claimx: quantitative claims from news articles, extracted and cross-checked.

`claimx.run(paths, task, sink, engine=...)` is the run path the CLI uses (see `claimx.batch`);
`claimx.Task` says what to run. Both are imported on first use, so `import claimx` stays light.
"""
__version__ = "0.1.0"

__all__ = ["Task", "run"]


def __getattr__(name: str):
    if name == "run":
        from claimx.batch import run

        return run
    if name == "Task":
        from claimx.engines import Task

        return Task
    raise AttributeError(f"module 'claimx' has no attribute {name!r}")
