"""Every command is documented: help text, and a mention in the README."""
from __future__ import annotations

from pathlib import Path

import pytest
import typer.main

from claimx.cli import app

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def _commands(group, prefix=()):
    for name, command in group.commands.items():
        path = prefix + (name,)
        if hasattr(command, "commands"):
            yield from _commands(command, path)
        else:
            yield " ".join(path), command


COMMANDS = sorted(_commands(typer.main.get_command(app)))


@pytest.mark.parametrize("name,command", COMMANDS, ids=[n for n, _ in COMMANDS])
def test_docs_command_has_help(name, command):
    assert command.help and command.help.strip(), name


@pytest.mark.parametrize("name", [n for n, _ in COMMANDS])
def test_docs_command_in_readme(name):
    assert f"claimx {name}" in README, f"README.md does not show `claimx {name}`"


def test_docs_readme_has_exactly_two_setup_lines():
    block = README.split("## Set up", 1)[1].split("```")[1]
    assert [line for line in block.splitlines() if line.strip()] == ['pip install -e ".[dev]"', "pytest"]
