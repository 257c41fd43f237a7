"""A page's headline and site name from its `<title>`, `og:title` and `<h1>`.

Titles carry the site and often a date: "Germany funds its ports | DW | 12.03.2021", "Germany
funds its ports - DW - 12.03.2021", "Ferry strike | Kulu Media". The headline is the page's
`<h1>` when the title opens with it; otherwise the title without the segments (split at " | ",
" - ", " – ", " — ", " :: ", " · ") at either end that are a date or name the site. A segment
names the site when it is the site name, the host ("dw" for www.dw.com) or their initials
("Deutsche Welle" for "DW"), compared in lower case without spaces or punctuation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import urlsplit

from rashomon.ingest.dates import is_date_line

_SEPARATOR = re.compile(r"\s+(?:\||-|–|—|::|·)\s+")
_MAX_SITE_WORDS = 5
_HOST_PREFIXES = ("www.", "m.", "amp.", "edition.", "news.")


def key(text: str) -> str:
    """Lower-case letters and digits only: "Kulu Media" and "kulu-media" both give "kulumedia"."""
    return "".join(char for char in text.casefold() if char.isalnum())


def site_keys(sitename: str | None, url: str | None) -> set[str]:
    """The keys that name the site: its name, its host's first label, and their initials."""
    keys = set()
    if sitename:
        keys.update({key(sitename), _initials(sitename)})
    host = (urlsplit(url).hostname or "") if url and "://" in url else ""
    for prefix in _HOST_PREFIXES:
        host = host.removeprefix(prefix)
    if host:
        keys.add(key(host.split(".")[0]))
    return {item for item in keys if len(item) > 1}


def names_site(text: str, keys: set[str]) -> bool:
    """Whether `text` is the site's name in some form: "Deutsche Welle" when DW is the site."""
    return key(text) in keys or (len(text.split()) > 1 and _initials(text) in keys)


def headline(titles: Iterable[str], headings: Iterable[str], keys: set[str]) -> str | None:
    """The page's headline: an `<h1>` that opens a title, else the first title without its site
    and date segments."""
    found = [" ".join(title.split()) for title in titles if title and title.strip()]
    for heading in (" ".join(text.split()) for text in headings):
        if heading and any(_opens(title, heading) for title in found):
            return heading
    return next((_trimmed(title, keys) for title in found), None)


def site_in_title(titles: Iterable[str], headline: str | None) -> str | None:
    """The site name a title gives after the headline: "Ferry strike | Kulu Media" gives "Kulu
    Media" (a date segment is passed over)."""
    if not headline:
        return None
    for title in titles:
        title = " ".join(title.split())
        if not _opens(title, headline):
            continue
        parts = [part for part in _SEPARATOR.split(title[len(headline) :]) if part]
        names = [part for part in parts if not is_date_line(part)]
        if names and len(names[0].split()) <= _MAX_SITE_WORDS:
            return names[0]
    return None


def _opens(title: str, heading: str) -> bool:
    """Whether `title` is `heading`, or `heading` and then a separator."""
    if title.casefold() == heading.casefold():
        return True
    rest = title[len(heading) :]
    return title.casefold().startswith(heading.casefold()) and _SEPARATOR.match(rest) is not None


def _trimmed(title: str, keys: set[str]) -> str:
    """`title` without the date and site segments at its ends (never all of it)."""
    parts = _SEPARATOR.split(title)
    separators = _SEPARATOR.findall(title)
    while len(parts) > 1 and (is_date_line(parts[-1]) or names_site(parts[-1], keys)):
        parts.pop()
        separators.pop()
    while len(parts) > 1 and names_site(parts[0], keys):
        parts.pop(0)
        separators.pop(0)
    text = parts[0]
    for separator, part in zip(separators, parts[1:], strict=True):
        text += separator + part
    return text


def _initials(text: str) -> str:
    return "".join(word[0] for word in re.findall(r"\w+", text.casefold()))
