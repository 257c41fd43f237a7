"""Texts: every article's body, with each mention of an actor marked; a paragraph that another
section links to (a quote, a fact) carries its anchor."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass

from rashomon.records import Mention
from rashomon.report.anchors import paragraph_anchor
from rashomon.report.context import KIND_LABELS, ArticleEntry, ReportContext
from rashomon.report.highlight import Segment, highlight
from rashomon.report.section import Section
from rashomon.report.sections import facts, voices


@dataclass(frozen=True, slots=True)
class Text:
    """One article's body as paragraphs of segments; a duplicate has none (it is not analysed)."""

    entry: ArticleEntry
    paragraphs: list[list[Segment]]
    anchors: tuple[str | None, ...] = ()
    """Per paragraph, its id when a section links to it."""


@dataclass(frozen=True, slots=True)
class TextsView:
    """The colour legend of actor kinds, then every article in input order."""

    legend: Mapping[str, str]
    texts: tuple[Text, ...]


def build(context: ReportContext) -> TextsView:
    """Return every article's marked paragraphs (the mentions in its text, not its title)."""
    by_article: defaultdict[str, list[Mention]] = defaultdict(list)
    for mention in context.analysis.mentions:
        if mention.field == "text":
            by_article[mention.article_id].append(mention)
    linked = voices.linked(context) | facts.linked(context)
    texts = []
    for entry in context.articles:
        if entry.article.duplicate_of:
            texts.append(Text(entry, []))
            continue
        paragraphs = highlight(
            entry.article.text, by_article[entry.article.id], context.actors_by_id, context.keys
        )
        anchors = tuple(
            anchor if (anchor := paragraph_anchor(entry.label, index)) in linked else None
            for index in range(len(paragraphs))
        )
        texts.append(Text(entry, paragraphs, anchors))
    return TextsView(legend=KIND_LABELS, texts=tuple(texts))


SECTION = Section(anchor="texts", label="Texts", template="section_texts.html", build=build)
