"""Run the annotate stage: batching, progress, persistence and parallelism.

`annotate_articles` is the boundary: articles in, one `ArticleAnnotation` each out, saved in
`AnnotationStore` shards as they are made. `local` runs on this machine (in-process or in worker
processes); a distributed runner (Ray over WARC/JSONL shards) plugs in at the same boundary.
"""

from __future__ import annotations

from rashomon.runner.local import AnnotationRun, annotate_articles, worker_count
from rashomon.runner.progress import Progress, Tick, ticker
from rashomon.runner.store import AnnotationStore, discard_annotations

__all__ = [
    "AnnotationRun",
    "AnnotationStore",
    "Progress",
    "Tick",
    "annotate_articles",
    "discard_annotations",
    "ticker",
    "worker_count",
]
