"""HTML page to body text and metadata, with trafilatura (boilerplate-free main content).

trafilatura extracts; around it, the page's own structure corrects what real news pages get
wrong: the headline without the site's suffixes (`page_title`), the publication date from
metadata and the article's date lines rather than a teaser's (`page_dates`), the body without the
labels, link lists and footers at its edges (`page_edges`), and the named writer rather than the
site as author. When the author trafilatura finds names the site ("Kulu Media" on Kulu Media, or
"Deutsche Welle" on DW), trafilatura looks again with that name barred, which finds the byline.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import trafilatura
from trafilatura.settings import Document

from rashomon.errors import InputError, Reason
from rashomon.ingest.dates import is_date_line
from rashomon.ingest.page_dates import page_published
from rashomon.ingest.page_edges import trim_edges
from rashomon.ingest.page_title import Site, headline, key, site_in_title
from rashomon.ingest.records import Meta

_FULL_PAGE = re.compile(r"<(?:html|body)\b", re.IGNORECASE)
_MAX_LINK_WORDS = 25
_TITLE_PATHS = (
    './/meta[@property="og:title"]/@content',
    './/meta[@name="twitter:title"]/@content',
    ".//title//text()",
)


@dataclass(frozen=True, slots=True)
class Page:
    """Main text of a page (paragraphs separated by blank lines), its metadata and genre hints.

    `removed` keeps the paragraphs taken off the edges of the text (labels, link lists, footers).
    """

    text: str
    meta: Meta
    hints: tuple[str, ...]
    removed: tuple[str, ...] = ()


def extract_page(markup: str, url: str | None = None) -> Page:
    """Return the main text and metadata of an HTML page (or fragment, as feeds and JSONL give).

    Raises InputError (no_text) when the page has no extractable article text.
    """
    if _FULL_PAGE.search(markup) is None:
        markup = f"<html><body><article>{markup}</article></body></html>"
    document = trafilatura.bare_extraction(markup, url=url, with_metadata=True)
    text = document.text or "" if isinstance(document, Document) else ""
    tree = trafilatura.load_html(markup)
    if not text.strip() or not isinstance(document, Document) or tree is None:
        raise InputError(Reason.NO_TEXT, "no article text found in the HTML")
    page_url = document.url or url
    sitename = None if is_date_line(document.sitename or "") else document.sitename
    site = Site.of(sitename, page_url)
    titles = [title for title in (document.title, *_raw_titles(tree)) if title]
    title = headline(titles, _texts(tree, ".//h1"), site)
    edges = trim_edges(
        [line.strip() for line in text.splitlines() if line.strip()], title, _link_keys(tree)
    )
    meta = Meta(
        title=title,
        outlet=sitename or site_in_title(titles, title),
        author=_author(markup, document.author, site, url),
        published=page_published(tree, page_url),
        url=page_url,
    )
    hints = tuple(
        str(item)
        for item in (
            *(document.categories or ()),
            *(document.tags or ()),
            document.pagetype,
            url,
            *(label.lower() for label in edges.head),
        )
        if item
    )
    return Page(
        text="\n\n".join(edges.body), meta=meta, hints=hints, removed=edges.head + edges.tail
    )


def _author(markup: str, author: str | None, site: Site, url: str | None) -> str | None:
    """The page's writer: trafilatura's author, unless that names the site."""
    if not author or not site.named_by(author):
        return author
    again = trafilatura.extract_metadata(markup, default_url=url, author_blacklist={author})
    found = again.author if again is not None else None
    return None if not found or site.named_by(found) else str(found)


def _raw_titles(tree: Any) -> list[str]:
    return [str(value) for path in _TITLE_PATHS for value in tree.xpath(path)[:1]]


def _texts(tree: Any, path: str) -> list[str]:
    return [" ".join(" ".join(element.itertext()).split()) for element in tree.iterfind(path)]


def _link_keys(tree: Any) -> set[str]:
    """The `key` of the text of every link on the page (menus and related headlines)."""
    texts = (text for text in _texts(tree, ".//a") if len(text.split()) <= _MAX_LINK_WORDS)
    return {item for item in map(key, texts) if item}
