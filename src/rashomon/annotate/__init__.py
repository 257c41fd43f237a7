"""Annotate: one spaCy pass per article, exported as one `ArticleAnnotation` record each.

spaCy objects never leave this package. A new per-article annotator is one module under
`components/` declaring a `Component` (factory, config, requires/assigns, exporter), its line in
`registry.COMPONENTS`, its name in `Settings.components`, and its field in `ArticleAnnotation`.

Headline lines in title case or capitals reach the model in sentence case (`casing`); the
records' texts are taken from the original again. The title is annotated like the text (its
records say `field="title"`); a text longer than
`piece_chars` is annotated in pieces (`pieces.cut_pieces`) whose records are moved back into the
whole text. One article that fails never costs the others: when a batch
fails, its articles are annotated one by one, and the one that still fails becomes a `Rejected`
(code `failed`) with the error in its reason.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence

from spacy.language import Language
from spacy.tokens import Doc

from rashomon.annotate.casing import CASING_KEY, Casing, article_casing, sentence_case
from rashomon.annotate.export import export_annotation, join_pieces, with_texts_of
from rashomon.annotate.nlp import headline_vocabulary, load_nlp, pipeline_fingerprint
from rashomon.annotate.pieces import cut_pieces
from rashomon.errors import InputError, Reason, first_line
from rashomon.records import Article, ArticleAnnotation, Rejected
from rashomon.settings import DEFAULT_PIECE_CHARS

__all__ = [
    "Annotated",
    "annotate",
    "annotate_batch",
    "iter_annotations",
    "load_nlp",
    "pipeline_fingerprint",
]

logger = logging.getLogger(__name__)

Annotated = ArticleAnnotation | Rejected


def iter_annotations(
    articles: Sequence[Article],
    nlp: Language,
    batch_size: int = 16,
    piece_chars: int = DEFAULT_PIECE_CHARS,
) -> Iterator[Annotated]:
    """Annotate the articles batch by batch; yield each one's annotation (or reject), in order."""
    for start in range(0, len(articles), batch_size):
        yield from annotate_batch(
            articles[start : start + batch_size], nlp, batch_size, piece_chars
        )


def annotate_batch(
    articles: Sequence[Article],
    nlp: Language,
    batch_size: int = 16,
    piece_chars: int = DEFAULT_PIECE_CHARS,
) -> list[Annotated]:
    """The annotation of each article, or the reject of one that cannot be annotated."""
    try:
        return list(_annotate(articles, nlp, batch_size, piece_chars))
    except Exception as error:  # a component failing on one odd text must not stop the batch
        if len(articles) > 1:
            return [
                item
                for article in articles
                for item in annotate_batch([article], nlp, batch_size, piece_chars)
            ]
        logger.warning("could not annotate %s", articles[0].source, exc_info=True)
        reason = f"could not be annotated: {type(error).__name__}: {first_line(str(error))}"
        return [InputError(Reason.FAILED, reason).rejected(articles[0].source)]


def annotate(
    articles: Sequence[Article], nlp: Language, batch_size: int = 16
) -> list[ArticleAnnotation]:
    """The annotations of every article, in input order; raises if one cannot be annotated."""
    found = []
    for item in iter_annotations(articles, nlp, batch_size):
        if isinstance(item, Rejected):
            raise RuntimeError(f"{item.input}: {item.reason}")
        found.append(item)
    return found


def _annotate(
    articles: Sequence[Article], nlp: Language, batch_size: int, piece_chars: int
) -> Iterator[ArticleAnnotation]:
    """Run `nlp` over every title and every piece of every text; join each article's pieces.

    A piece of the title has offset None: its records point into the title.
    """
    units: list[tuple[int, int | None, str]] = []
    for index, article in enumerate(articles):
        title = article.title or ""
        if title.strip() and len(title) <= piece_chars:
            units.append((index, None, title))
        units.extend(
            (index, offset, piece) for offset, piece in cut_pieces(article.text, piece_chars)
        )
    vocabulary = headline_vocabulary(nlp)
    casings = [article_casing(a.title, a.text, vocabulary) for a in articles]
    docs = nlp.pipe(
        (_prepared(nlp, piece, casings[index], offset is None) for index, offset, piece in units),
        batch_size=batch_size,
    )
    pieces: list[list[tuple[int | None, ArticleAnnotation]]] = [[] for _ in articles]
    for (index, offset, piece), doc in zip(units, docs, strict=True):
        annotation = export_annotation(articles[index].id, doc, nlp)
        pieces[index].append((offset, with_texts_of(annotation, piece)))
    for article, found in zip(articles, pieces, strict=True):
        yield join_pieces(article.id, found)


def _prepared(nlp: Language, piece: str, casing: Casing, title: bool) -> Doc:
    """The piece tokenised in sentence case, carrying its article's casing for the components."""
    doc = nlp.make_doc(sentence_case(piece, casing, title))
    doc.user_data[CASING_KEY] = casing
    return doc
