"""A page's headline and site name from its `<title>`, `og:title` and `<h1>`.

Titles carry the site and often a date: "Germany funds its ports | DW | 12.03.2021", "Germany
funds its ports - DW - 12.03.2021", "Ferry strike | Kulu Media". The headline is the page's
`<h1>` when the title opens with it; otherwise the title without the segments (split at " | ",
" - ", " – ", " — ", " :: ", " · ") at either end that are a date or name the site. A segment
names the site as `Site.named_by` says: its name, its host, an acronym of either ("KM" for Kulu
Media, "Deutsche Welle" for DW), compared in lower case without spaces or punctuation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urlsplit

from rashomon.ingest.dates import is_date_line

_SEPARATOR = re.compile(r"\s+(?:\||-|–|—|::|·)\s+")
_MAX_SITE_WORDS = 5
_HOST_PREFIXES = ("www.", "m.", "amp.", "edition.", "news.")


def key(text: str) -> str:
    """Lower-case letters and digits only: "Kulu Media" and "kulu-media" both give "kulumedia"."""
    return "".join(char for char in text.casefold() if char.isalnum())


@dataclass(frozen=True, slots=True)
class Site:
    """The keys that name a site: its name and host ("dw" for www.dw.com), and its name's
    acronym ("km" for Kulu Media), which only a one-word segment such as "KM" can match."""

    names: frozenset[str]
    acronym: str | None = None

    @classmethod
    def of(cls, sitename: str | None, url: str | None) -> Site:
        """The site of a page named `sitename` (og:site_name), at `url`."""
        names = {key(sitename)} if sitename else set()
        host = (urlsplit(url).hostname or "") if url and "://" in url else ""
        for prefix in _HOST_PREFIXES:
            host = host.removeprefix(prefix)
        if host:
            names.add(key(host.split(".")[0]))
        acronym = _initials(sitename) if sitename and len(sitename.split()) > 1 else None
        return cls(frozenset(name for name in names if len(name) > 1), acronym)

    def named_by(self, text: str) -> bool:
        """Whether `text` names the site: "DW", "Deutsche Welle" (when the site is DW), "KM".

        Only a site of two to four letters is spelled out, so that "Karl Mayer" does not name
        Kulu Media; a writer whose initials are a short site's name would be taken for it.
        """
        if key(text) in self.names:
            return True
        words = text.split()
        if len(words) == 1:
            return self.acronym is not None and key(text) == self.acronym
        initials = _initials(text)
        return 2 <= len(initials) <= 4 and initials in self.names


def headline(titles: Iterable[str], headings: Iterable[str], site: Site) -> str | None:
    """The page's headline: an `<h1>` that opens a title, else the first title without its site
    and date segments."""
    found = [" ".join(title.split()) for title in titles if title and title.strip()]
    for heading in (" ".join(text.split()) for text in headings):
        if heading and any(_opens(title, heading) for title in found):
            return heading
    return next((_trimmed(title, site) for title in found), None)


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


def _trimmed(title: str, site: Site) -> str:
    """`title` without the date and site segments at its ends (never all of it)."""
    parts = _SEPARATOR.split(title)
    separators = _SEPARATOR.findall(title)
    while len(parts) > 1 and (is_date_line(parts[-1]) or site.named_by(parts[-1])):
        parts.pop()
        separators.pop()
    while len(parts) > 1 and site.named_by(parts[0]):
        parts.pop(0)
        separators.pop(0)
    text = parts[0]
    for separator, part in zip(separators, parts[1:], strict=True):
        text += separator + part
    return text


def _initials(text: str) -> str:
    return "".join(word[0] for word in re.findall(r"\w+", text.casefold()))
