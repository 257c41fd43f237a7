"""Ingest: bytes in, `Article` or `Rejected` out.

Reads files, folders, URLs, RSS/Atom feeds, WARC archives and JSON Lines; decodes and repairs the
text, removes boilerplate, fills metadata, keeps English articles and marks duplicates. Bad input
never raises: it becomes a `Rejected` with a one-line reason and a `Reason` code.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from rashomon.errors import InputError, Reason
from rashomon.ingest.article import build_article
from rashomon.ingest.dedup import mark_duplicates
from rashomon.ingest.fetch import Fetcher
from rashomon.ingest.sources import SourceReader
from rashomon.records import Article, Rejected
from rashomon.settings import Settings

__all__ = ["IngestResult", "ingest"]

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class IngestResult:
    """Articles in input order (duplicates included, marked `duplicate_of`) and the rejects."""

    articles: list[Article]
    rejected: list[Rejected]


def ingest(
    inputs: Sequence[str | os.PathLike[str]],
    settings: Settings,
    progress: Callable[[str], None] | None = None,
    exclude: Iterable[str | os.PathLike[str]] = (),
) -> IngestResult:
    """Read `inputs` (paths, folders, URLs) into articles and rejects.

    `progress(label)` is called once per item finished (an article or a reject). `exclude` names
    files and folders that are never read, such as the run's output folder: walking `.` with
    `exclude=["out"]` passes over `out/` (as over a hidden folder), and an input that names a
    path inside it (`out/analysis.json`) is rejected as `unsupported`. Paths are compared once
    resolved, so a symbolic link into an excluded folder is excluded too.
    """
    articles: list[Article] = []
    rejected: list[Rejected] = []
    with Fetcher(settings) as fetcher:
        for item in SourceReader(settings, fetcher, exclude).read(inputs):
            if isinstance(item, Rejected):
                rejected.append(item)
            else:
                try:
                    articles.append(build_article(item, settings))
                except InputError as problem:
                    rejected.append(problem.rejected(item.source))
                except Exception:  # a library failing on odd input must not stop the batch
                    logger.warning("could not process %s", item.source, exc_info=True)
                    reason = "could not be processed: an unexpected failure, logged in full"
                    rejected.append(InputError(Reason.MALFORMED, reason).rejected(item.source))
            if progress is not None:
                progress(item.input if isinstance(item, Rejected) else item.source)
    marked = mark_duplicates(articles, settings.near_duplicate_threshold, settings.deduplicate)
    return IngestResult(articles=marked, rejected=rejected)
