"""Errors raised on misuse, and reason codes for rejected inputs.

Bad *input data* is never raised to the caller: it becomes a `Rejected` record with one of the
`Reason` codes below. Misuse of the library or CLI raises a `RashomonError` subclass whose message
starts with a stable code (E001 ...), as spaCy does.
"""

from __future__ import annotations

from enum import StrEnum


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


class RashomonError(Exception):
    """Base class for misuse errors; the message starts with a code such as E001."""


class ConfigError(RashomonError):
    """A setting or a settings file is invalid."""


class ModelError(RashomonError):
    """The spaCy model could not be loaded."""


class OutputError(RashomonError):
    """An output location cannot be written."""
