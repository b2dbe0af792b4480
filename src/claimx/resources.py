"""Where claimx's packaged data files are: found with importlib.resources, so a wheel install finds them.

The data (rule assets in claimx/rules/, the bundled reference pack in claimx/reference/bundled/,
the JSON Schemas, the review app's templates and static files) is package data: it travels in
the wheel next to the modules. claimx must be installed as files (pip's normal install), not
imported from a zip archive: spaCy, Jinja2 and the CSV reader open these files by path.
"""
from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def package_data(package: str, *parts: str) -> Path:
    """The file or folder `parts` inside the installed `package`, as a filesystem path.

    package (str): a dotted package name, e.g. "claimx.rules".
    parts (str): path components below the package folder.
    RETURNS (Path): the path; it is not checked to exist.
    RAISES (RuntimeError): the package is imported from a zip archive.
    """
    found = files(package)
    for part in parts:
        found = found / part
    if not isinstance(found, Path):
        raise RuntimeError(f"claimx's data {found} is inside an archive: install claimx with pip, unzipped")
    return found
