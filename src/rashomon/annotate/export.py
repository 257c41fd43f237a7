"""The only bridge from spaCy `Doc`s to records: stand-off mentions with character offsets."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from rashomon.annotate.mentions import MENTIONS_ATTR, DocMention
from rashomon.records import ArticleAnnotation, MentionCandidate


def export_mentions(article_id: str, doc: Doc) -> ArticleAnnotation:
    """Convert `doc._.rashomon_mentions` into an `ArticleAnnotation` record."""
    found: list[DocMention] = getattr(doc._, MENTIONS_ATTR) or []
    return ArticleAnnotation(article_id, tuple(_candidate(mention) for mention in found))


def _candidate(mention: DocMention) -> MentionCandidate:
    span = mention.span
    sentence = span.sent
    return MentionCandidate(
        span=(span.start_char, span.end_char),
        text=span.text,
        sentence=(sentence.start_char, sentence.end_char),
        kind=mention.kind,
        name=mention.name,
        label=span.label_,
        country=mention.country,
        titles=mention.titles,
        affiliation=mention.affiliation,
        definite=_definite(span),
    )


def _definite(span: Span) -> bool:
    """Whether "the" opens or precedes the name ("the Senate"), as it never does a person's."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    return span[0].lower_ == "the" or (before is not None and before.lower_ == "the")
