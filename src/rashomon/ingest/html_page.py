"""HTML page to body text and metadata, with trafilatura (boilerplate-free main content)."""

from __future__ import annotations

import re
from dataclasses import dataclass

import trafilatura
from trafilatura.settings import Document

from rashomon.errors import InputError, Reason
from rashomon.ingest.records import Meta

_FULL_PAGE = re.compile(r"<(?:html|body)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Page:
    """Main text of a page (paragraphs separated by blank lines), its metadata and genre hints."""

    text: str
    meta: Meta
    hints: tuple[str, ...]


def extract_page(markup: str, url: str | None = None) -> Page:
    """Return the main text and metadata of an HTML page (or fragment, as feeds and JSONL give).

    Raises InputError (no_text) when the page has no extractable article text.
    """
    if _FULL_PAGE.search(markup) is None:
        markup = f"<html><body><article>{markup}</article></body></html>"
    document = trafilatura.bare_extraction(markup, url=url, with_metadata=True)
    text = document.text or "" if isinstance(document, Document) else ""
    if not text.strip() or not isinstance(document, Document):
        raise InputError(Reason.NO_TEXT, "no article text found in the HTML")
    paragraphs = [line.strip() for line in text.splitlines() if line.strip()]
    title = document.title
    if title and paragraphs and paragraphs[0] == title.strip() and len(paragraphs) > 1:
        paragraphs = paragraphs[1:]
    meta = Meta(
        title=title,
        outlet=document.sitename,
        author=document.author,
        published=document.date,
        url=document.url or url,
    )
    hints = tuple(
        str(item)
        for item in (*(document.categories or ()), *(document.tags or ()), document.pagetype, url)
        if item
    )
    return Page(text="\n\n".join(paragraphs), meta=meta, hints=hints)
