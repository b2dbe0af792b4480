"""Each module of the frame and components packages imports on its own, first, in a fresh interpreter.

The frame's readers and the spaCy components import each other's helpers; importing `claimx.components` runs its
`__init__`, which imports the claims component, which imports the frame. A frame module that imports from the
components package at its top then fails when it is the first one imported ("partially initialized module"), as
tests/test_entities.py did when run alone. Shared helpers live outside both packages (claimx/doctext.py,
claimx/marks.py).
"""
from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

import claimx

_ROOT = Path(claimx.__file__).parent
MODULES = [f"claimx.{package}.{info.name}" for package in ("frame", "components")
           for info in pkgutil.iter_modules([str(_ROOT / package)])]


def test_the_packages_have_modules():
    assert "claimx.frame.entities" in MODULES and "claimx.components.claims" in MODULES


@pytest.mark.slow
@pytest.mark.parametrize("module", MODULES)
def test_module_imports_first(module):
    done = subprocess.run([sys.executable, "-c", f"import {module}"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr.strip().splitlines()[-1:]
