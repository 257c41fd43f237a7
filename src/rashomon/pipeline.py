"""ingest → annotate → resolve: turn inputs into one `Analysis`.

This is the library entry point the CLI (and later the web app) call; it prints nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Protocol

from rashomon.annotate import annotate
from rashomon.annotate.nlp import load_nlp
from rashomon.ingest import ingest
from rashomon.resolve import resolve_actors
from rashomon.schema import Analysis
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
) -> Analysis:
    """Analyse `inputs` (paths, folders, URLs) and return the analysis.

    Rejected inputs are listed in `Analysis.rejected`; duplicates are listed with `duplicate_of`
    and not annotated again. `nlp` may be passed in to reuse a loaded pipeline across calls.
    """
    ingested = ingest(inputs, settings, _tick(progress, "Reading", None))
    canonical = [article for article in ingested.articles if article.duplicate_of is None]
    analysis = Analysis(articles=list(ingested.articles), rejected=list(ingested.rejected))
    if not canonical:
        return analysis
    pipeline = nlp if nlp is not None else load_nlp(settings)
    annotated = annotate(
        canonical, pipeline, settings.batch_size, _tick(progress, "Annotating", len(canonical))
    )
    analysis.actors, analysis.mentions = resolve_actors(canonical, annotated)
    return analysis


def _tick(progress: Progress | None, stage: str, total: int | None) -> Callable[[str], None] | None:
    return None if progress is None else progress.start(stage, total)
