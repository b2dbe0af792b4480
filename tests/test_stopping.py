"""A stop signal that arrives while a worker process is being forked is held, then raised where the run can unwind
(claimx.stopping): Python would otherwise ignore the exception raised inside the fork's lock-release callback."""
from __future__ import annotations

import pytest

from claimx import stopping


def test_a_signal_outside_a_deferred_block_stops_at_once():
    with pytest.raises(stopping.Terminated):
        stopping.on_sigterm(15, None)


def test_a_signal_inside_a_deferred_block_is_raised_when_the_block_ends():
    reached = []
    with pytest.raises(stopping.Terminated):
        with stopping.deferred():
            stopping.on_sigterm(15, None)  # as inside a callback whose exceptions Python ignores: held
            reached.append("rest of the block")
    assert reached == ["rest of the block"]
    # the held signal is spent: a later block ends normally
    with stopping.deferred():
        pass


def test_nested_blocks_raise_once_the_outermost_ends():
    with pytest.raises(stopping.Terminated):
        with stopping.deferred():
            with stopping.deferred():
                stopping.on_sigterm(15, None)
            # the inner block ended inside the outer one: still held
            assert stopping._pending
