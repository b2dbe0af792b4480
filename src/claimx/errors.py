"""claimx's exceptions and the exit codes the CLI maps them to.

Every error a user can cause carries a one-line message naming the file and the problem;
the CLI prints that line on stderr and exits with the code below, never with a traceback.
"""


class ExitCode:
    """Documented exit codes of the `claimx` command (see README, "Exit codes")."""

    OK = 0
    PARTIAL = 1  # some inputs failed; the others' results were written
    USAGE = 2  # bad command-line usage (click's own code)
    NO_INPUT = 3  # nothing could be read: every input failed, or none was given
    BAD_REFERENCE = 4  # the reference pack is malformed
    BELOW_THRESHOLD = 5  # `claimx eval` scores under --min-recall / --min-precision
    STORE = 6  # the SQLite store could not be opened or written
    MISSING_DEPENDENCY = 7  # an optional extra (ray, matplotlib) or a spaCy model is not installed
    OUTPUT = 8  # the output could not be written (missing folder, read-only, full disk, closed stdout)


class ClaimxError(Exception):
    """Base class: a problem a user can fix, with a one-line message."""

    exit_code = ExitCode.NO_INPUT


class InputError(ClaimxError):
    """An article file could not be read: missing, empty, binary, mis-encoded or too large."""

    def __init__(self, path: str, problem: str):
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


class ModelNotFound(ClaimxError):
    """The spaCy pipeline asked for is not installed."""

    exit_code = ExitCode.MISSING_DEPENDENCY


class MissingExtra(ClaimxError):
    """An optional dependency is needed for this command."""

    exit_code = ExitCode.MISSING_DEPENDENCY


class ReferencePackError(ClaimxError):
    """A reference pack is malformed: names the file, the line and the problem."""

    exit_code = ExitCode.BAD_REFERENCE


class OutputError(ClaimxError):
    """The output (a file or stdout) could not be written; nothing half-written is left.

    quiet (bool): say nothing (stdout's reader went away, as `| head` does), only exit with the code.
    """

    exit_code = ExitCode.OUTPUT
    quiet = False


class StoreError(ClaimxError):
    """The SQLite store could not be opened or written."""

    exit_code = ExitCode.STORE
