"""ingest → annotate → resolve: turn inputs into one `Analysis`.

This is the library entry point the CLI (and later the web app) call; it prints nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from rashomon.annotate import ArticleAnnotation, iter_annotations
from rashomon.annotate.checkpoint import AnnotationCheckpoint, pipeline_fingerprint
from rashomon.annotate.nlp import load_nlp
from rashomon.ingest import ingest
from rashomon.records import Analysis, Article
from rashomon.resolve import resolve_actors
from rashomon.settings import Settings

if TYPE_CHECKING:
    from spacy.language import Language


class Progress(Protocol):
    """Receives progress from the long stages; the CLI implements it with rich."""

    def start(self, stage: str, total: int | None) -> Callable[[str], None]:
        """Begin `stage` with `total` items (None when unknown); return the per-item callback."""
        ...


def analyze(
    inputs: Sequence[str],
    settings: Settings,
    progress: Progress | None = None,
    nlp: Language | None = None,
    checkpoint: Path | None = None,
) -> Analysis:
    """Analyse `inputs` (paths, folders, URLs) and return the analysis.

    Rejected inputs are listed in `Analysis.rejected`; duplicates are listed with `duplicate_of`
    and not annotated again. `nlp` may be passed in to reuse a loaded pipeline across calls.
    With `checkpoint` (a file path), annotated articles are saved there as they are made and
    those already saved by an interrupted run are not annotated again (`write_outputs` deletes
    the file once the run is complete).
    """
    ingested = ingest(inputs, settings, _tick(progress, "Reading", None))
    canonical = [article for article in ingested.articles if article.duplicate_of is None]
    analysis = Analysis(articles=tuple(ingested.articles), rejected=tuple(ingested.rejected))
    if not canonical:
        return analysis
    pipeline = nlp if nlp is not None else load_nlp(settings)
    saved = None
    if checkpoint is not None:
        saved = AnnotationCheckpoint(checkpoint, pipeline_fingerprint(pipeline))
    tick = _tick(progress, "Annotating", len(canonical))
    annotated = _annotate(canonical, pipeline, settings.batch_size, saved, tick)
    resolved = resolve_actors(canonical, annotated)
    return replace(
        analysis, actors=resolved.actors, mentions=resolved.mentions, coverage=resolved.coverage
    )


def _annotate(
    articles: list[Article],
    nlp: Language,
    batch_size: int,
    checkpoint: AnnotationCheckpoint | None,
    tick: Callable[[str], None] | None,
) -> list[ArticleAnnotation]:
    """Annotate the articles the checkpoint lacks, saving each; return all in article order."""
    wanted = {article.id for article in articles}
    done = {} if checkpoint is None else checkpoint.load()
    done = {article_id: item for article_id, item in done.items() if article_id in wanted}
    if tick is not None:
        for article_id in done:
            tick(article_id)
    todo = [article for article in articles if article.id not in done]
    try:
        for item in iter_annotations(todo, nlp, batch_size):
            if checkpoint is not None:
                checkpoint.add(item)
            done[item.article_id] = item
            if tick is not None:
                tick(item.article_id)
    finally:
        if checkpoint is not None:
            checkpoint.close()
    return [done[article.id] for article in articles]


def _tick(progress: Progress | None, stage: str, total: int | None) -> Callable[[str], None] | None:
    return None if progress is None else progress.start(stage, total)
