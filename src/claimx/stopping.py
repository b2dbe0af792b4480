"""A stop asked for by a signal (SIGTERM), raised where the run can unwind cleanly.

The console script turns SIGTERM into `Terminated`, which unwinds like KeyboardInterrupt: sinks abort and drop their
unfinished files, worker pools shut down, the exit code is 143. Python ignores an exception raised inside some
callbacks (the lock release that runs in the parent right after a worker process is forked, say) and only prints
it, and the run would then go on to the end. Code that forks wraps the fork in `deferred()`: a signal that arrives
there is held and raised when the block ends.
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager


class Terminated(BaseException):
    """SIGTERM arrived: unwinds like KeyboardInterrupt, so sinks abort and temporary files go."""


_deferring = 0  # how many `deferred()` blocks are open
_pending = False  # a signal arrived inside one


def on_sigterm(signum, frame) -> None:
    """The SIGTERM handler: raise `Terminated`, or hold it until the open `deferred()` block ends."""
    global _pending
    if _deferring:
        _pending = True
        return
    raise Terminated


@contextmanager
def deferred() -> Iterator[None]:
    """Hold a stop signal that arrives inside the block (a fork) and raise it when the block ends."""
    global _deferring, _pending
    _deferring += 1
    try:
        yield
    finally:
        _deferring -= 1
    if not _deferring and _pending:
        _pending = False
        raise Terminated
