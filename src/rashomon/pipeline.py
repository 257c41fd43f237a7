"""ingest → annotate → resolve: turn inputs into one `Analysis`, and one run into its files.

`analyze` is the library entry point the CLI (and later the web app) call; it prints nothing.
`run` is the CLI's whole job: analyse with the annotations saved under the output folder, so that
an interrupted run resumes, write the outputs, then drop the saved annotations.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import fields, replace
from pathlib import Path
from typing import TYPE_CHECKING

from rashomon.annotate import pipeline_fingerprint
from rashomon.ingest import ingest
from rashomon.outputs import OutputPaths, write_outputs
from rashomon.records import Analysis
from rashomon.resolve import Products, check_order, run_steps, steps_named
from rashomon.resolve.keys import ANALYSED, ANNOTATIONS
from rashomon.runner import (
    AnnotationStore,
    Progress,
    annotate_articles,
    discard_annotations,
    ticker,
)
from rashomon.settings import Settings

if TYPE_CHECKING:
    from spacy.language import Language

# Lists of the document that the pipeline fills itself; every other one comes from a step.
_FROM_INGEST = frozenset({"schema", "articles", "rejected"})


def analyze(
    inputs: Sequence[str | os.PathLike[str]],
    settings: Settings,
    progress: Progress | None = None,
    nlp: Language | None = None,
    annotations: Path | None = None,
    exclude: Sequence[str | os.PathLike[str]] = (),
) -> Analysis:
    """Analyse `inputs` (paths, folders, URLs) and return the analysis.

    Rejected inputs are listed in `Analysis.rejected`; duplicates are listed with `duplicate_of`
    and not annotated again. `nlp` may be passed in to reuse a loaded pipeline across calls (it
    must be what `load_nlp(settings)` builds; annotation then runs in this process). With
    `annotations` (a folder), annotated articles are saved there as they are made, and those
    already saved by an interrupted run are not annotated again. Paths in `exclude` are never
    read (a run's output folder).
    """
    steps = steps_named(settings.steps)
    check_order(steps, {ANALYSED.name, ANNOTATIONS.name})
    ingested = ingest(inputs, settings, ticker(progress, "Reading", None), exclude)
    document = Analysis(articles=tuple(ingested.articles), rejected=tuple(ingested.rejected))
    analysed = tuple(article for article in ingested.articles if article.duplicate_of is None)
    if not analysed:
        return document
    store = None
    if annotations is not None:
        store = AnnotationStore(annotations, pipeline_fingerprint(settings))
    tick = ticker(progress, "Annotating", len(analysed))
    annotated = annotate_articles(analysed, settings, nlp, store, tick)
    if annotated.rejected:
        failed = {item.input for item in annotated.rejected}
        analysed = tuple(article for article in analysed if article.source not in failed)
        document = replace(
            document,
            articles=tuple(
                article for article in document.articles if article.source not in failed
            ),
            rejected=document.rejected + annotated.rejected,
        )
    products = run_steps(steps, Products({ANALYSED: analysed, ANNOTATIONS: annotated.annotations}))
    return assemble(document, products)


def assemble(document: Analysis, products: Products) -> Analysis:
    """The document with every list that a product of the same name provides."""
    lists = {item.name for item in fields(Analysis)} - _FROM_INGEST
    return replace(document, **{name: products.by_name(name) for name in lists & products.names()})


def run(
    inputs: Sequence[str | os.PathLike[str]],
    settings: Settings,
    paths: OutputPaths,
    progress: Progress | None = None,
) -> Analysis:
    """Analyse `inputs` into `paths` (resuming from annotations saved there, never reading the
    output folder as input), write every output, then delete the saved annotations."""
    analysis = analyze(
        inputs, settings, progress, annotations=paths.annotations, exclude=paths.written()
    )
    write_outputs(analysis, paths)
    discard_annotations(paths.annotations)
    return analysis
