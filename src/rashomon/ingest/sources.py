"""Expand the inputs (files, folders, URLs) and read each into drafts, dispatching by format.

Formats are chosen by file extension; for URLs by the response's media type, then the URL's
extension, then the first bytes. Folders are walked as `local_files.walk` says: hidden entries
and excluded paths are passed over silently, and so is a folder's own documentation in a type
that is not read (`README.md`, `LICENSE`); every other file is read or rejected (a file of an
unsupported type, such as `notes.md`, gets its own `unsupported` reject). An input that names an
excluded path, and a URL whose scheme is not http(s), is rejected. An input string named twice is
read once. The byte cap applies to each file, except to WARC archives and JSON Lines files that
exceed it: those are read record by record and line by line, each record and line capped.
"""

from __future__ import annotations

import io
import logging
import os
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from urllib.parse import urlsplit

from rashomon.errors import InputError, Reason
from rashomon.ingest.decode import check_text_bytes, declared_html_charset, decode_bytes
from rashomon.ingest.feeds import looks_like_feed, read_feed
from rashomon.ingest.fetch import Fetched, Fetcher
from rashomon.ingest.jsonl import read_jsonl, read_jsonl_lines
from rashomon.ingest.local_files import (
    Exclusions,
    file_size,
    is_folder_notes,
    open_regular,
    read_regular,
    walk,
)
from rashomon.ingest.records import Draft, Meta
from rashomon.ingest.warc import read_warc
from rashomon.records import Rejected
from rashomon.settings import Settings

logger = logging.getLogger(__name__)

Item = Draft | Rejected

_EXTENSIONS = {
    ".txt": "text",
    ".html": "html",
    ".htm": "html",
    ".jsonl": "jsonl",
    ".warc": "warc",
    ".warc.gz": "warc",
    ".rss": "feed",
    ".atom": "feed",
    ".xml": "feed",
}
_MEDIA_TYPES = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "text/plain": "text",
    "application/rss+xml": "feed",
    "application/atom+xml": "feed",
    "application/rdf+xml": "feed",
    "application/jsonl": "jsonl",
    "application/x-ndjson": "jsonl",
    "application/warc": "warc",
}
_XML_TYPES = ("application/xml", "text/xml")


def file_format(name: str) -> str | None:
    """Return the format ("text", "html", "jsonl", "warc", "feed") of a file name, or None."""
    lowered = name.lower()
    for suffix, kind in _EXTENSIONS.items():
        if lowered.endswith(suffix):
            return kind
    return None


def is_url(text: str) -> bool:
    """Return whether an input names an http(s) URL rather than a path."""
    return text.lower().startswith(("http://", "https://"))


def url_scheme(text: str) -> str | None:
    """The scheme of an input written as a URL ("ftp" for "ftp://host/file"), else None."""
    return (urlsplit(text).scheme or None) if "://" in text else None


class SourceReader:
    """Reads inputs into drafts and rejects, sharing one fetcher for every URL."""

    def __init__(
        self,
        settings: Settings,
        fetcher: Fetcher,
        exclude: Iterable[str | os.PathLike[str]] = (),
    ) -> None:
        """`exclude` lists paths (files or folders) that are never read, whatever names them."""
        self._settings = settings
        self._fetcher = fetcher
        self._exclusions = Exclusions(exclude)
        self._seen: set[str] = set()

    def read(self, inputs: Sequence[str | os.PathLike[str]]) -> Iterator[Item]:
        """Yield a draft or a reject for every item of every input, in input order."""
        for given in inputs:
            raw = os.fspath(given)
            if self._first_time(raw):
                yield from self._guarded(raw, self._read_input(raw))

    def _first_time(self, source: str) -> bool:
        if source in self._seen:
            logger.info("%s is named more than once; read once", source)
            return False
        self._seen.add(source)
        return True

    def _guarded(self, source: str, items: Iterator[Item]) -> Iterator[Item]:
        """Turn an InputError (or an unexpected library failure) into a reject of `source`."""
        try:
            yield from items
        except InputError as problem:
            yield problem.rejected(source)
        except Exception:  # a library failing on odd input must not stop the batch
            logger.warning("could not read %s", source, exc_info=True)
            reason = "could not be read: an unexpected failure, logged in full"
            yield InputError(Reason.MALFORMED, reason).rejected(source)

    def _read_input(self, raw: str) -> Iterator[Item]:
        if is_url(raw):
            yield from self._read_url(raw)
            return
        scheme = url_scheme(raw)
        if scheme is not None:
            raise InputError(
                Reason.UNSUPPORTED, f"unsupported URL scheme {scheme!r}; only http and https"
            )
        path = Path(raw)
        excluded = self._exclusions.covering(path)
        if excluded is not None:
            raise InputError(Reason.UNSUPPORTED, f"excluded: {excluded} is never read as input")
        if path.is_dir():
            files = list(walk(path, self._exclusions))
            if not files:
                raise InputError(Reason.EMPTY, "no files in the folder")
            for file in files:
                source = str(file)
                if file_format(file.name) is None and is_folder_notes(file):
                    logger.info("%s documents its folder; not read", source)
                elif self._first_time(source):
                    yield from self._guarded(source, self._read_file(file, source))
            return
        yield from self._read_file(path, raw)

    def _read_file(self, path: Path, source: str) -> Iterator[Item]:
        size = file_size(path)
        kind = file_format(path.name)
        if kind is None:
            suffix = "".join(path.suffixes) or "no extension"
            raise InputError(
                Reason.UNSUPPORTED,
                f"unsupported file type ({suffix}); use .txt, .html, .htm, .jsonl, .warc, "
                ".warc.gz, .rss, .atom or .xml",
            )
        limit = self._settings.max_bytes
        if kind == "warc":
            with open_regular(path) as stream:
                yield from read_warc(stream, source, limit)
            return
        if kind == "jsonl" and size > limit:
            with open_regular(path) as stream:
                yield from read_jsonl_lines(stream, source, limit)
            return
        if size > limit:
            raise InputError(Reason.TOO_LARGE, f"file is {size} bytes, limit is {limit}")
        yield from self._read_bytes(read_regular(path, limit), kind, source, Meta(), None)

    def _read_url(self, url: str) -> Iterator[Item]:
        fetched = self._fetcher.get(url)
        yield from self._read_bytes(
            fetched.body, _fetched_format(fetched), url, Meta(url=fetched.url), fetched.charset
        )

    def _read_bytes(
        self, data: bytes, kind: str, source: str, meta: Meta, charset: str | None
    ) -> Iterator[Item]:
        if kind == "warc":
            yield from read_warc(io.BytesIO(data), source, self._settings.max_bytes)
        elif kind == "feed":
            check_text_bytes(data)
            yield from read_feed(data, source, self._read_page)
        elif kind == "jsonl":
            yield from read_jsonl(decode_bytes(data, charset), source)
        else:
            yield _page_draft(data, kind, source, meta, charset)

    def _read_page(self, url: str, fallback: Meta) -> Draft:
        """Fetch a feed entry's page and return its draft, with the entry as fallback metadata."""
        fetched = self._fetcher.get(url)
        kind = _fetched_format(fetched)
        if kind not in ("html", "text"):
            raise InputError(
                Reason.UNSUPPORTED, f"feed entry page is {fetched.content_type}, not a page"
            )
        draft = _page_draft(fetched.body, kind, url, Meta(url=fetched.url), fetched.charset)
        return Draft(draft.source, draft.content, draft.markup, draft.meta, fallback)


def _page_draft(data: bytes, kind: str, source: str, meta: Meta, charset: str | None) -> Draft:
    markup = kind == "html"
    declared = charset or (declared_html_charset(data) if markup else None)
    return Draft(source=source, content=decode_bytes(data, declared), markup=markup, meta=meta)


def _fetched_format(fetched: Fetched) -> str:
    """Return the format of a download: by media type, then URL extension, then first bytes."""
    kind = _MEDIA_TYPES.get(fetched.content_type)
    if kind is not None and not (kind == "text" and file_format(urlsplit(fetched.url).path)):
        return kind
    if fetched.content_type in _XML_TYPES:
        return "feed" if looks_like_feed(fetched.body) else "html"
    kind = file_format(urlsplit(fetched.url).path)
    if kind is not None:
        return kind
    if looks_like_feed(fetched.body):
        return "feed"
    return "html" if fetched.body.lstrip()[:1] == b"<" else "text"
