"""The `claimx` command: a thin typer layer over the library.

Each command lives in a module of this package named after it and registers itself on
`app`; the modules only parse options, call one library function and turn claimx errors
into a one-line message and a documented exit code (`claimx.errors.ExitCode`).
"""
from claimx.cli.app import app, main  # noqa: F401

# Importing a command module registers its commands on `app`.
from claimx.cli import check  # noqa: E402,F401
from claimx.cli import extract  # noqa: E402,F401
from claimx.cli import review  # noqa: E402,F401
from claimx.cli import reference  # noqa: E402,F401
from claimx.cli import evaluate  # noqa: E402,F401
from claimx.cli import bench  # noqa: E402,F401
from claimx.cli import export  # noqa: E402,F401
from claimx.cli import corpus  # noqa: E402,F401
