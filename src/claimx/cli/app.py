"""The typer application every command module registers on, and its error handling."""
from __future__ import annotations

import sys

import typer
from rich.console import Console

from claimx.errors import ClaimxError

app = typer.Typer(
    name="claimx",
    help="Extract quantitative claims from news articles and cross-check them.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
err = Console(stderr=True, highlight=False, soft_wrap=True)


@app.callback()
def claimx() -> None:
    """Extract quantitative claims from news articles and cross-check them."""
    # A callback keeps `claimx <command>` working while only one command is registered
    # (typer otherwise runs a lone command as the whole program).


def fail(error: ClaimxError) -> typer.Exit:
    """Print `error` as one line on stderr and return the Exit to raise with its code."""
    if not getattr(error, "quiet", False):
        err.print(f"claimx: error: {error}", markup=False)
    return typer.Exit(error.exit_code)


def warn(message: str) -> None:
    """Print a one-line warning on stderr (a failed article in a batch, say)."""
    err.print(f"claimx: {message}", markup=False)


def main() -> None:
    """Console-script entry point. SIGTERM is handled like Ctrl+C: the run stops, an unfinished
    output file is removed and the exit code is 143 (130 for Ctrl+C)."""
    import signal

    from claimx.stopping import Terminated, on_sigterm

    try:
        signal.signal(signal.SIGTERM, on_sigterm)
    except ValueError:  # not the main thread
        pass
    try:
        app()
    except KeyboardInterrupt:
        sys.exit(130)
    except Terminated:
        sys.exit(143)
