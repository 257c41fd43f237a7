"""Stable content-hash identifiers: the same content always gets the same id."""

from __future__ import annotations

import hashlib


def content_id(prefix: str, *parts: str, length: int = 16) -> str:
    """Return `prefix` + the first `length` hex digits of the SHA-256 of `parts`.

    Parts are joined with a unit separator so that ("ab", "c") and ("a", "bc") differ.
    """
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
    return f"{prefix}{digest[:length]}"


def article_id(text: str) -> str:
    """Id of an article: a hash of its cleaned body text, so re-ingesting it is idempotent."""
    return content_id("a_", " ".join(text.split()))


def actor_id(kind: str, name: str) -> str:
    """Id of an actor: a hash of its kind and canonical name."""
    return content_id("r_", kind, name.casefold())
