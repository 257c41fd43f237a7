"""Sources: one card per article, with its metadata and a link when its URL is safe to follow."""

from __future__ import annotations

from dataclasses import dataclass

from rashomon.records import Article
from rashomon.report.context import ReportContext
from rashomon.report.section import Section


@dataclass(frozen=True, slots=True)
class Card:
    """One article card; `link` is set only for an http(s) URL."""

    label: str
    article: Article
    link: str | None
    duplicate_of: str | None


@dataclass(frozen=True, slots=True)
class SourcesView:
    """Every article, duplicates included, in input order."""

    cards: tuple[Card, ...]


def build(context: ReportContext) -> SourcesView:
    """Return a card for every article."""
    return SourcesView(
        tuple(
            Card(
                label=entry.label,
                article=entry.article,
                link=_web_link(entry.article.url),
                duplicate_of=entry.duplicate_of,
            )
            for entry in context.articles
        )
    )


def _web_link(url: str | None) -> str | None:
    """Only http(s) URLs become links, so a `javascript:` URL can never run."""
    if url and url.lower().startswith(("http://", "https://")):
        return url
    return None


SECTION = Section(anchor="sources", label="Sources", template="section_sources.html", build=build)
