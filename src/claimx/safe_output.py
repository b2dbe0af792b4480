"""Writing output so that a failed write never leaves a half-written result.

- A file (`-o`) is written to a temporary file in the same folder and renamed into place only
  when the run is complete; on any error the temporary file is removed and the target is left
  as it was. A target that exists and is not a regular file (/dev/null, a FIFO) is written
  directly, since renaming over it would replace the device.
- stdout is written one unit at a time (one article's records); when a write fails (full disk,
  closed stdout, a reader that went away) and stdout is a regular file, the file is cut back to
  the end of the last complete unit, so no partial JSON line is left.

Every failure becomes an `OutputError`: one line naming the file (or stdout) and the problem,
exit code 8 (`ExitCode.OUTPUT`).
"""
from __future__ import annotations

import errno
import os
import stat
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Optional

from claimx.errors import OutputError

STDOUT = "stdout"
_PROBLEMS = {
    errno.ENOSPC: "no space left on device",
    errno.EDQUOT: "disk quota exceeded",
    errno.EROFS: "read-only file system",
    errno.EACCES: "permission denied",
    errno.EPERM: "operation not permitted",
    errno.ENOENT: "no such folder",
    errno.ENOTDIR: "a part of the path is not a folder",
    errno.EISDIR: "is a folder",
    errno.EPIPE: "the reader went away (broken pipe)",
    errno.EBADF: "closed",
    errno.EIO: "input/output error",
    errno.EFBIG: "file too large",
}


def problem(error: OSError) -> str:
    """A short lower-case description of an OSError."""
    return _PROBLEMS.get(error.errno) or (error.strerror or str(error) or type(error).__name__).lower()


def output_error(where: str | Path, error: OSError) -> OutputError:
    """The OutputError for a failed write to `where`."""
    return OutputError(f"{where}: cannot write: {problem(error)}")


def _writes_in_place(path: Path) -> bool:
    try:
        return not stat.S_ISREG(path.stat().st_mode) and not path.is_dir()
    except OSError:
        return False


def check_writable(path: Path) -> None:
    """Fail early, before any article is read, when `path` can clearly not be written."""
    if path.is_dir():
        raise OutputError(f"{path}: cannot write: is a folder")
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise OutputError(f"{path}: cannot write: {'no such folder' if not folder.exists() else 'a part of the path is not a folder'}")


def make_temp(path: Path) -> tuple[int, str]:
    """A new temporary file next to `path` (same folder, so the rename is atomic): (fd, name)."""
    try:
        return tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    except OSError as error:
        if error.errno == errno.ENOENT and path.parent.is_dir():  # /proc, /sys: no new files there
            raise OutputError(f"{path}: cannot write: {path.parent} does not allow new files") from None
        raise output_error(path, error) from None


class AtomicFile:
    """A temporary path next to `path`; `commit` renames it onto `path`, `discard` removes it.

    A target that exists and is not a regular file is written in place (`temp` is `path`).
    RAISES (OutputError): the temporary file cannot be made.
    """

    def __init__(self, path: Path):
        self.path = Path(path)
        check_writable(self.path)
        self.in_place = _writes_in_place(self.path)
        if self.in_place:
            self.temp = self.path
            return
        fd, temp = make_temp(self.path)
        os.close(fd)
        self.temp = Path(temp)

    def commit(self) -> None:
        if self.in_place:
            return
        try:
            os.replace(self.temp, self.path)
        except OSError as error:
            self.discard()
            raise output_error(self.path, error) from None

    def discard(self) -> None:
        if not self.in_place:
            _remove(str(self.temp))


@contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """A temporary path to write `path`'s content to; renamed onto `path` when the block ends
    without error, removed otherwise. OSErrors become OutputError naming `path`."""
    target = AtomicFile(path)
    try:
        yield target.temp
    except OSError as error:
        target.discard()
        raise output_error(target.path, error) from None
    except BaseException:
        target.discard()
        raise
    target.commit()


def _remove(temp: str) -> None:
    try:
        os.unlink(temp)
    except OSError:
        pass


class TextOutput:
    """A text stream that commits whole units: to stdout, or atomically to a file.

    Writers call `write` as they go and `flush` at the end of each unit (one article); `close`
    completes the output (renames the file into place); `abort` drops an unfinished file.

    path (Path | None): the file; None for stdout.
    bom (bool): start a file with a UTF-8 byte-order mark (CSV for Excel).
    stream (IO[str] | None): the stdout to use (default: sys.stdout, as it is when writing).
    """

    encoding = "utf-8"

    def __init__(self, path: Optional[Path] = None, *, bom: bool = False, stream: Optional[IO[str]] = None):
        self.path = Path(path) if path is not None else None
        self.where = str(self.path) if self.path is not None else STDOUT
        self._pending: list[str] = []
        self._closed = False
        self._temp: Optional[str] = None
        self._fh: Optional[IO[bytes]] = None
        self._stream = stream
        if self.path is not None:
            check_writable(self.path)
            try:
                if _writes_in_place(self.path):
                    self._fh = open(self.path, "wb")
                else:
                    fd, self._temp = make_temp(self.path)
                    self._fh = os.fdopen(fd, "wb")
            except OSError as error:
                raise output_error(self.path, error) from None
            if bom:
                self._pending.append("\ufeff")

    # --- the text-stream interface writers use -------------------------------------------------

    def write(self, text: str) -> int:
        self._pending.append(text)
        return len(text)

    def flush(self) -> None:
        """Commit what was written since the last flush as one unit."""
        if not self._pending or self._closed:
            return
        text = "".join(self._pending)
        self._pending.clear()
        if self._fh is not None:
            try:
                self._fh.write(text.encode("utf-8"))
                self._fh.flush()
            except OSError as error:
                self.abort()
                raise output_error(self.where, error) from None
        else:
            self._to_stdout(text)

    def isatty(self) -> bool:
        stream = self._stdout()
        try:
            return self._fh is None and stream is not None and stream.isatty()
        except (ValueError, OSError):
            return False

    def fileno(self) -> int:  # rich asks; pretend there is none so it does not write around us
        raise OSError(errno.EBADF, "no file descriptor")

    # --- completing ----------------------------------------------------------------------------

    def close(self) -> None:
        """Commit the last unit and, for a file, rename it into place."""
        if self._closed:
            return
        self.flush()
        self._closed = True
        if self._fh is not None:
            try:
                self._fh.close()
                if self._temp is not None:
                    os.replace(self._temp, self.path)
                    self._temp = None
            except OSError as error:
                self._drop_temp()
                raise output_error(self.where, error) from None

    def abort(self) -> None:
        """Give up: an unfinished file is removed and the target left as it was."""
        self._pending.clear()
        if self._closed:
            return
        self._closed = True
        if self._fh is not None:
            try:
                self._fh.close()
            except OSError:
                pass
        self._drop_temp()

    def _drop_temp(self) -> None:
        if self._temp is not None:
            _remove(self._temp)
            self._temp = None

    def _stdout(self) -> Optional[IO[str]]:
        return self._stream if self._stream is not None else sys.stdout

    def _to_stdout(self, text: str) -> None:
        stream = self._stdout()
        if stream is None:
            raise OutputError(f"{STDOUT}: cannot write: closed")
        start = _position(stream)
        try:
            stream.write(text)
            stream.flush()
        except OSError as error:
            self._closed = True
            _cut_back(stream, start)
            problem_ = output_error(STDOUT, error)
            if error.errno == errno.EPIPE:  # `claimx ... | head`: the reader has what it wanted
                _silence(stream)
                problem_.quiet = True
            raise problem_ from None
        except ValueError:  # "I/O operation on closed file"
            self._closed = True
            raise OutputError(f"{STDOUT}: cannot write: closed") from None


def _position(stream: IO[str]) -> Optional[int]:
    """Where a regular-file stdout ends now (after flushing what came before), else None."""
    try:
        fd = stream.fileno()
        if stat.S_ISREG(os.fstat(fd).st_mode):
            return os.lseek(fd, 0, os.SEEK_CUR)
    except (OSError, ValueError, AttributeError):
        pass
    return None


def _cut_back(stream: IO[str], position: Optional[int]) -> None:
    """Drop what the failed unit left in a regular-file stdout, and what is still buffered."""
    if position is None:
        return
    try:
        fd = stream.fileno()
        os.ftruncate(fd, position)
        _silence(stream)  # what is still buffered in `stream` now goes nowhere
    except (OSError, ValueError, AttributeError):
        pass


def _silence(stream: IO[str]) -> None:
    """Point the broken stdout at /dev/null so that Python's exit-time flush does not complain."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, stream.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass


def write_text(path: Path, text: str, *, encoding: str = "utf-8") -> None:
    """Write a whole small file atomically."""
    with atomic_path(path) as temp:
        Path(temp).write_text(text, encoding=encoding)


__all__ = ["AtomicFile", "OutputError", "TextOutput", "atomic_path", "check_writable", "output_error", "write_text"]
