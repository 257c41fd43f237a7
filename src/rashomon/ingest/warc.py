"""WARC archives: each HTML or plain-text HTTP response record is one article (via warcio).

Other records (requests, metadata, images, redirects, errors) are not articles and are passed
over. A record's input name is `file.warc.gz#N`, N counting every record from 1. The size cap
applies to each record, not to the archive, which may be large.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import IO, Any

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from rashomon.errors import InputError, Reason
from rashomon.ingest.decode import charset_of, declared_html_charset, decode_bytes
from rashomon.ingest.records import Draft, Meta
from rashomon.records import Rejected

_ARTICLE_TYPES = ("text/html", "application/xhtml+xml", "text/plain")


def read_warc(stream: IO[bytes], source: str, max_bytes: int) -> Iterator[Draft | Rejected]:
    """Yield a draft (or a reject) per article response record; reject an unreadable archive."""
    found = 0
    try:
        for number, record in enumerate(ArchiveIterator(stream), start=1):
            if record.format != "warc":
                raise ArchiveLoadFailed(f"record {number} is not a WARC record")
            if record.rec_type != "response" or record.http_headers is None:
                continue
            status = record.http_headers.get_statuscode() or ""
            media = (
                (record.http_headers.get_header("Content-Type") or "").split(";")[0].strip().lower()
            )
            if not status.startswith("2") or media not in _ARTICLE_TYPES:
                continue
            found += 1
            item = f"{source}#{number}"
            try:
                yield _draft(record, item, media, max_bytes)
            except InputError as problem:
                yield problem.rejected(item)
    except (ArchiveLoadFailed, OSError, EOFError, ValueError) as error:
        yield InputError(Reason.MALFORMED, f"not a readable WARC archive: {error}").rejected(source)
        return
    if not found:
        yield InputError(
            Reason.NO_TEXT, "no HTML or text response records in the archive"
        ).rejected(source)


def _draft(record: Any, item: str, media: str, max_bytes: int) -> Draft:
    body: bytes = record.content_stream().read(max_bytes + 1)
    if len(body) > max_bytes:
        raise InputError(Reason.TOO_LARGE, f"record is larger than the {max_bytes}-byte limit")
    markup = media != "text/plain"
    header = record.http_headers.get_header("Content-Type") or ""
    declared = charset_of(header) or (declared_html_charset(body) if markup else None)
    url = record.rec_headers.get_header("WARC-Target-URI")
    return Draft(
        source=item,
        content=decode_bytes(body, declared),
        markup=markup,
        meta=Meta(url=url),
    )
