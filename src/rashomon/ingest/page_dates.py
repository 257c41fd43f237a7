"""A page's publication date: its metadata, then its own date lines; never a teaser's or the text's.

1. Metadata, read by trafilatura (htmldate) from the page's `<head>`, JSON-LD and URL only:
   `article:published_time`, `datePublished`, `/2021/03/12/` in the URL, a date in the `<title>`;
   the published date is preferred to the modified one.
2. The page's date lines (`dates.date_line`) in the article: the `<article>` that holds the
   `<h1>`, else `<main>`, else `<body>`, leaving out asides, navigation, footers and blocks whose
   class or id says related, teaser, promo, recommended, sidebar, trending or comments. A
   "Published" line wins over a bare date, and both over an "Updated" line; a `<time datetime>`
   takes its kind from its parent's words ("Updated <time …>").

htmldate's search of the rest of the page is not used: it took the date of a related story's
teaser, or the update date, for the article's.
"""

from __future__ import annotations

import copy
import re
from typing import Any

import trafilatura

from rashomon.ingest.dates import DATE_LINE_KINDS, date_line, iso_date

_LEFT_OUT_TAGS = frozenset({"aside", "nav", "footer", "form", "script", "style", "noscript"})
_UNRELATED = re.compile(
    r"related|teaser|promo|recommend|sidebar|trending|comment|more-stories|newsletter",
    re.IGNORECASE,
)
_MAX_LINE_CHARS = 160
_JSON_LD = './/script[@type="application/ld+json"]'


def page_published(tree: Any, url: str | None) -> str | None:
    """The publication date (YYYY-MM-DD) of the page parsed as `tree` (an lxml tree), if any."""
    return metadata_date(tree, url) or date_line_date(tree)


def metadata_date(tree: Any, url: str | None) -> str | None:
    """The date the page's metadata gives: the `<head>`, JSON-LD and URL, not the body."""
    head_only = copy.deepcopy(tree)
    body = head_only.find("body")
    if body is not None:
        scripts = head_only.findall(_JSON_LD)
        for child in list(body):
            body.remove(child)
        body.text = None
        body.extend(scripts)
    document = trafilatura.extract_metadata(head_only, default_url=url, extensive=False)
    return iso_date(document.date) if document is not None else None


def date_line_date(tree: Any) -> str | None:
    """The date the article's own date lines give: published, else a bare date, else updated."""
    found: dict[str, str] = {}
    for kind, value in _date_lines(_article_zone(tree)):
        found.setdefault(kind, value)
        if kind == DATE_LINE_KINDS[0]:
            break
    return next((found[kind] for kind in DATE_LINE_KINDS if kind in found), None)


def _article_zone(tree: Any) -> Any:
    for article in tree.iter("article"):
        if article.find(".//h1") is not None:
            return article
    for path in (".//main", ".//body"):
        found = tree.find(path)
        if found is not None:
            return found
    return tree


def _date_lines(zone: Any) -> list[tuple[str, str]]:
    """Every date line in `zone`, in page order, outside the left-out blocks."""
    lines: list[tuple[str, str]] = []
    stack = [zone]
    while stack:
        element = stack.pop()
        if not isinstance(element.tag, str) or _left_out(element):
            continue
        text = _short_text(element)
        dated = date_line(text) if text else None
        if dated is None and element.tag == "time":
            dated = _time_element(element)
        if dated is not None:
            lines.append(dated)
        stack.extend(reversed(element))
    return lines


def _left_out(element: Any) -> bool:
    if element.tag in _LEFT_OUT_TAGS:
        return True
    names = f"{element.get('class') or ''} {element.get('id') or ''}"
    return _UNRELATED.search(names) is not None


def _time_element(element: Any) -> tuple[str, str] | None:
    """A `<time datetime>` whose text is no full date: its kind from its parent's words."""
    value = iso_date(element.get("datetime"))
    if value is None:
        return None
    parent = element.getparent()
    words = (_short_text(parent) or "").casefold() if parent is not None else ""
    published, date, updated = DATE_LINE_KINDS
    if "updated" in words or "modified" in words:
        return updated, value
    return (published if "published" in words or "posted" in words else date), value


def _short_text(element: Any) -> str | None:
    """The element's text with spaces collapsed, or None when longer than a date line."""
    pieces: list[str] = []
    size = 0
    for piece in element.itertext():
        size += len(piece)
        if size > _MAX_LINE_CHARS:
            return None
        pieces.append(piece)
    return " ".join(" ".join(pieces).split()) or None
