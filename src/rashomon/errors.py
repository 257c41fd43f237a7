"""Every error message in one place: misuse codes (E001 ...) and reasons for rejected inputs.

Bad *input data* is never raised to the caller: it becomes a `Rejected` record with one of the
`Reason` codes below and a one-line reason (`InputError` carries it inside ingest). Misuse of the
library or CLI raises a `RashomonError` subclass whose message is one of `Errors`, starting with
its stable code, as spaCy does.
"""

from __future__ import annotations

from enum import StrEnum

from rashomon.records import Rejected

MAX_REASON = 200


class Errors:
    """Misuse messages; fill the named fields with `str.format`."""

    E001 = "E001 {detail}"  # settings: an unreadable file, an unknown key, an invalid value
    E002 = "E002 cannot load spaCy model {model!r}: {reason}"
    E003 = "E003 cannot write {target}: {reason}"
    E004 = "E004 unknown {kind} {name!r}; known: {known}"
    E005 = "E005 step {step!r} needs {need!r}, which no earlier step provides"
    E006 = (
        "E006 a worker process ended abruptly (killed, out of memory, or started from a script "
        'without an `if __name__ == "__main__":` guard); --workers 1 annotates in this process'
    )


class Reason(StrEnum):
    """Why an input was not analysed. The value is the stable code written to `rejected[].code`."""

    NOT_FOUND = "not_found"
    UNREADABLE = "unreadable"
    EMPTY = "empty"
    BINARY = "binary"
    UNDECODABLE = "undecodable"
    TOO_LARGE = "too_large"
    NOT_ENGLISH = "not_english"
    UNREACHABLE = "unreachable"
    BLOCKED_ADDRESS = "blocked_address"
    UNSUPPORTED = "unsupported"
    MALFORMED = "malformed"
    NO_TEXT = "no_text"
    FAILED = "failed"


class RashomonError(Exception):
    """Base class for misuse errors; the message starts with a code such as E001."""


class ConfigError(RashomonError):
    """A setting or a settings file is invalid."""


class ModelError(RashomonError):
    """The spaCy model could not be loaded."""


class OutputError(RashomonError):
    """An output location cannot be written."""


class WorkerError(RashomonError):
    """A worker process of the runner ended abruptly."""


def output_error(target: object, error: BaseException) -> OutputError:
    """The E003 error for `target`, with the first line of what went wrong."""
    reason = getattr(error, "strerror", None) or first_line(str(error)) or type(error).__name__
    return OutputError(Errors.E003.format(target=target, reason=reason))


class InputError(Exception):
    """Bad input data found inside a stage; it becomes a `Rejected`, never reaches the caller."""

    def __init__(self, code: Reason, reason: str) -> None:
        super().__init__(reason)
        self.code = code
        self.reason = reason

    def rejected(self, source: str) -> Rejected:
        """Return the `Rejected` record for `source`, with a one-line reason."""
        return Rejected(input=source, reason=one_line(self.reason), code=str(self.code))


def one_line(text: str) -> str:
    """Collapse `text` to one short line (reasons must not span lines or quote whole inputs)."""
    line = " ".join(text.split())
    return line if len(line) <= MAX_REASON else line[: MAX_REASON - 1] + "…"


def first_line(text: str) -> str:
    """The first non-blank line of `text`, stripped ("" when there is none)."""
    return next((line.strip() for line in text.splitlines() if line.strip()), "")
