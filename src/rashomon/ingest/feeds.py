"""RSS and Atom feeds (feedparser): each entry's page is fetched and becomes one article.

The entry's title, author and date are fallback metadata, used where the page gives none. An
entry without an http(s) link but with inline content is read from that content (`feed#N`); an
Atom entry's `urn:` id, which feedparser offers as its link, is no page to fetch. Entities are
never expanded: feedparser's XML parser neither resolves external entities (XXE) nor expands
nested ones (billion laughs).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from typing import Any

import feedparser

from rashomon.errors import InputError, Reason
from rashomon.ingest.records import Draft, Meta
from rashomon.records import Rejected

PageReader = Callable[[str, Meta], Draft]


def looks_like_feed(data: bytes) -> bool:
    """Return whether `data` starts like an RSS, RDF or Atom document."""
    head = data[:1024].lstrip().lower()
    if head.startswith(b"<?xml"):
        head = head[head.find(b"?>") + 2 :].lstrip()
        while head.startswith((b"<!--", b"<?")):
            head = head[head.find(b">") + 1 :].lstrip()
    return head.startswith((b"<rss", b"<feed", b"<rdf:rdf"))


def read_feed(data: bytes, source: str, read_page: PageReader) -> Iterator[Draft | Rejected]:
    """Yield a draft (or a reject) per feed entry; `read_page(url, fallback)` fetches a page."""
    parsed: Any = feedparser.parse(data)
    entries = list(parsed.entries)
    if not entries:
        if parsed.bozo and not parsed.feed:
            yield InputError(Reason.MALFORMED, "not a valid RSS or Atom feed").rejected(source)
        else:
            yield InputError(Reason.EMPTY, "the feed has no entries").rejected(source)
        return
    for number, entry in enumerate(entries, start=1):
        link = _page_link(entry)
        item = link or f"{source}#{number}"
        try:
            yield _entry_draft(entry, item, read_page)
        except InputError as problem:
            yield problem.rejected(item)


def _entry_draft(entry: Any, item: str, read_page: PageReader) -> Draft:
    link = _page_link(entry)
    fallback = Meta(
        title=entry.get("title"),
        author=entry.get("author"),
        published=_entry_date(entry),
        url=link,
    )
    if link:
        return read_page(link, fallback)
    contents = entry.get("content") or []
    inline = contents[0].get("value") if contents else entry.get("summary")
    if not inline:
        other = entry.get("link")
        raise InputError(
            Reason.MALFORMED,
            f"feed entry has no content, and its link {other} is no http(s) page"
            if other
            else "feed entry has neither a link nor content",
        )
    return Draft(source=item, content=str(inline), markup=True, fallback=fallback)


def _page_link(entry: Any) -> str | None:
    """The entry's link when it is an http(s) URL, the only pages fetched."""
    link = str(entry.get("link") or "")
    return link if link.lower().startswith(("http://", "https://")) else None


def _entry_date(entry: Any) -> str | None:
    for key in ("published_parsed", "updated_parsed"):
        value = entry.get(key)
        if value:
            return time.strftime("%Y-%m-%d", value)
    return None
