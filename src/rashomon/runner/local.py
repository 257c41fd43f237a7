"""The local runner: annotate articles in this process or in worker processes on this machine.

Articles go out in batches of `Settings.batch_size`; each worker process loads the pipeline once
and sends back `ArticleAnnotation` records, which this process saves to the store as they come
and returns in article order. An annotation depends only on its own article, so the result is
the same for any number of workers. Workers are used only when there are more batches than one
and no pipeline was handed in; at most one per batch.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from contextlib import nullcontext
from dataclasses import dataclass
from multiprocessing import get_context
from typing import TYPE_CHECKING

from rashomon.annotate import Annotated, annotate_batch, iter_annotations, load_nlp
from rashomon.errors import Errors, RashomonError, WorkerError
from rashomon.records import Article, ArticleAnnotation, Rejected
from rashomon.runner.progress import Tick
from rashomon.runner.store import AnnotationStore, ShardWriter
from rashomon.settings import Settings

if TYPE_CHECKING:
    from spacy.language import Language

# Batches waiting per worker: enough to keep each busy, few enough to bound memory.
PENDING_PER_WORKER = 2

_WORKER_NLP: Language | None = None
_WORKER_ERROR: RashomonError | None = None


@dataclass(frozen=True, slots=True)
class AnnotationRun:
    """The annotations of the articles, in article order, and the articles that failed."""

    annotations: tuple[ArticleAnnotation, ...]
    rejected: tuple[Rejected, ...]


def annotate_articles(
    articles: Sequence[Article],
    settings: Settings,
    nlp: Language | None = None,
    store: AnnotationStore | None = None,
    tick: Tick | None = None,
) -> AnnotationRun:
    """Annotate the articles the store lacks, saving each as it is made.

    `nlp`, when given, is used in this process (it must be what `load_nlp(settings)` builds).
    An article that cannot be annotated is rejected (and tried again by a resumed run).
    """
    wanted = {article.id for article in articles}
    done = {} if store is None else store.load()
    done = {article_id: item for article_id, item in done.items() if article_id in wanted}
    if tick is not None:
        for article_id in done:
            tick(article_id)
    todo = [article for article in articles if article.id not in done]
    failed: dict[str, Rejected] = {}
    sources = {article.source: article.id for article in todo}
    writer: ShardWriter | nullcontext[None] = nullcontext() if store is None else store.writer()
    with writer as shard:
        for item in _annotate(todo, settings, nlp):
            if isinstance(item, Rejected):
                article_id = sources[item.input]
                failed[article_id] = item
            else:
                article_id = item.article_id
                done[article_id] = item
                if shard is not None:
                    shard.add(item)
            if tick is not None:
                tick(article_id)
    return AnnotationRun(
        tuple(done[article.id] for article in articles if article.id in done),
        tuple(failed[article.id] for article in articles if article.id in failed),
    )


def worker_count(articles: int, settings: Settings, nlp: Language | None) -> int:
    """How many processes annotate `articles` articles: 1 in-process, or up to one per batch."""
    if nlp is not None:
        return 1
    return max(1, min(settings.worker_count(), math.ceil(articles / settings.batch_size)))


def _annotate(
    articles: list[Article], settings: Settings, nlp: Language | None
) -> Iterator[Annotated]:
    if not articles:
        return
    workers = worker_count(len(articles), settings, nlp)
    if workers == 1:
        pipeline = nlp if nlp is not None else load_nlp(settings)
        yield from iter_annotations(articles, pipeline, settings.batch_size, settings.piece_chars)
    else:
        yield from _in_processes(articles, settings, workers)


def _in_processes(articles: list[Article], settings: Settings, workers: int) -> Iterator[Annotated]:
    """Annotate batches in `workers` spawned processes, yielding records as batches finish."""
    size = settings.batch_size
    batches = (articles[start : start + size] for start in range(0, len(articles), size))
    context = get_context("spawn")
    with ProcessPoolExecutor(
        workers, mp_context=context, initializer=_start_worker, initargs=(settings,)
    ) as pool:
        pending: set[Future[list[Annotated]]] = set()
        try:
            for batch in batches:
                pending.add(pool.submit(_annotate_batch, batch, settings))
                if len(pending) >= workers * PENDING_PER_WORKER:
                    finished, pending = wait(pending, return_when=FIRST_COMPLETED)
                    for future in finished:
                        yield from future.result()
            while pending:
                finished, pending = wait(pending, return_when=FIRST_COMPLETED)
                for future in finished:
                    yield from future.result()
        except BrokenProcessPool as error:
            raise WorkerError(Errors.E006) from error
        except BaseException:
            pool.shutdown(wait=False, cancel_futures=True)
            raise


def _start_worker(settings: Settings) -> None:
    """Load the pipeline once in a worker process; a misuse error is kept to raise per batch
    (an initializer that raises only breaks the pool, and the reason would be lost)."""
    global _WORKER_NLP, _WORKER_ERROR
    try:
        _WORKER_NLP = load_nlp(settings)
    except RashomonError as error:
        _WORKER_ERROR = error


def _annotate_batch(batch: list[Article], settings: Settings) -> list[Annotated]:
    """Annotate one batch of articles in a worker process."""
    if _WORKER_ERROR is not None:
        raise _WORKER_ERROR
    assert _WORKER_NLP is not None, "worker started without its pipeline"
    return annotate_batch(batch, _WORKER_NLP, settings.batch_size, settings.piece_chars)
