"""WARC archives: each HTML or plain-text HTTP response record is one article (via warcio).

Other records (requests, metadata, images, redirects, errors) are not articles and are passed
over. A record's input name is `file.warc.gz#N`, N counting every record from 1. The size cap
applies to each record, not to the archive, which may be large.

A damaged archive keeps what it holds before the damage. A record shorter than its
Content-Length (an archive cut off mid-record) is rejected as cut short, and so are bytes after
the last record that are no complete record (cut inside a record's headers, or inside a gzip
member): `crawl.warc.gz#3` "the archive ends inside record 3 (cut short)". Headers warcio cannot
parse stop the reading there, with a reason that says so instead of warcio's own error.
An archive gzipped as one stream rather than record by record is read through one gzip reader.
"""

from __future__ import annotations

import gzip
import io
import re
import zlib
from collections.abc import Iterator
from typing import IO, Any, cast

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from rashomon.errors import InputError, Reason
from rashomon.ingest.decode import charset_of, declared_html_charset, decode_bytes
from rashomon.ingest.records import Draft, Meta
from rashomon.records import Rejected

_ARTICLE_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
_TAIL_CHUNK = 65536
_NOT_WARC = "not a WARC record"
_CUT = "the archive ends inside record {n} (cut short)"
_CONTENT_LENGTH = re.compile(rb"^content-length:[ \t]*(\d+)", re.IGNORECASE | re.MULTILINE)


def read_warc(
    stream: IO[bytes], source: str, max_bytes: int, skip: int = 0, found: int = 0
) -> Iterator[Draft | Rejected]:
    """Yield a draft (or a reject) per article response record; reject what is damaged.

    The first `skip` records, `found` of them articles, were read already (before the archive
    was found to be gzipped as one stream).
    """
    records = ArchiveIterator(stream)
    done = cut = 0
    end = 0
    try:
        for record in records:
            number = done + 1
            item = f"{source}#{number}"
            if number <= skip:
                done = number
                continue
            if record.format != "warc":
                raise ArchiveLoadFailed(_NOT_WARC)
            length = record.rec_headers.get_header("Content-Length") or ""
            if record.rec_type is None or not length.strip().isdigit():
                raise ArchiveLoadFailed("no WARC-Type or Content-Length")
            article = _article(record, item, max_bytes)
            end = records.get_record_offset() + records.get_record_length()
            missing = getattr(record.raw_stream, "limit", 0)
            done = number
            if missing > 0:
                cut += 1
                reason = f"record {number} is cut short: its last {missing} bytes are missing"
                reason += " (the archive ends early)"
                yield InputError(Reason.MALFORMED, reason).rejected(item)
            elif article is not None:
                found += 1
                yield article
    except OSError as error:
        if error.strerror is None:  # a gzip error, not the disk's
            yield _damaged(source, done + 1, "damaged gzip data in record {n}")
        else:
            yield InputError(Reason.UNREADABLE, f"cannot read: {error.strerror}").rejected(source)
        return
    except (ArchiveLoadFailed, EOFError, ValueError, zlib.error, AttributeError) as error:
        # warcio meets damaged headers with ArchiveLoadFailed, and missing ones (a response
        # without WARC-Target-URI) with AttributeError or ValueError from inside its parser.
        if _one_gzip_stream(error) and stream.seekable():
            stream.seek(0)
            with gzip.GzipFile(fileobj=stream) as whole:
                yield from read_warc(
                    cast(IO[bytes], whole), source, max_bytes, skip=done, found=found
                )
            return
        problem = _CUT if _headers_cut(stream, end) else _problem(error)
        yield _damaged(source, done + 1, problem)
        return
    if _has_tail(stream, end):
        yield _damaged(source, done + 1, _CUT)
    elif not done:
        yield InputError(Reason.NO_TEXT, "no records in the archive").rejected(source)
    elif not found and not cut:
        yield InputError(
            Reason.NO_TEXT, "no HTML or text response records in the archive"
        ).rejected(source)


def _article(record: Any, item: str, max_bytes: int) -> Draft | Rejected | None:
    """The draft of an article record, its reject, or None for a record that is no article."""
    if record.rec_type != "response" or record.http_headers is None:
        return None
    status = record.http_headers.get_statuscode() or ""
    header = record.http_headers.get_header("Content-Type") or ""
    media = header.split(";")[0].strip().lower()
    if not status.startswith("2") or media not in _ARTICLE_TYPES:
        return None
    try:
        return _draft(record, item, media, header, max_bytes)
    except InputError as problem:
        return problem.rejected(item)


def _draft(record: Any, item: str, media: str, header: str, max_bytes: int) -> Draft:
    body: bytes = record.content_stream().read(max_bytes + 1)
    if len(body) > max_bytes:
        raise InputError(Reason.TOO_LARGE, f"record is larger than the {max_bytes}-byte limit")
    markup = media != "text/plain"
    declared = charset_of(header) or (declared_html_charset(body) if markup else None)
    url = record.rec_headers.get_header("WARC-Target-URI")
    return Draft(
        source=item,
        content=decode_bytes(body, declared),
        markup=markup,
        meta=Meta(url=url),
    )


def _damaged(source: str, number: int, problem: str) -> Rejected:
    """Reject the damaged record, or the whole input when the damage is in its first record.

    `problem` names the record as `{n}`: "damaged or missing headers in record {n}".
    """
    text = problem.format(n=number)
    if number == 1:
        return InputError(Reason.MALFORMED, f"not a readable WARC archive: {text}").rejected(source)
    read = "record 1 was read" if number == 2 else f"records 1 to {number - 1} were read"
    return InputError(Reason.MALFORMED, f"{text}; {read}").rejected(f"{source}#{number}")


def _one_gzip_stream(error: Exception) -> bool:
    """Whether warcio stopped because the archive is gzipped as one stream."""
    return isinstance(error, ArchiveLoadFailed) and "non-chunked gzip" in str(error)


def _problem(error: Exception) -> str:
    """What is wrong with the archive, in words (warcio's own messages quote raw bytes)."""
    if _one_gzip_stream(error):
        return "gzipped as one stream, not record by record (`warcio recompress` fixes that)"
    if isinstance(error, zlib.error | EOFError):
        return "damaged gzip data in record {n}"
    if str(error) == _NOT_WARC:
        return "record {n} is not a WARC record"
    return "damaged or missing headers in record {n}"


def _headers_cut(stream: IO[bytes], end: int) -> bool:
    """Whether an uncompressed archive ends inside the record after byte `end`: inside its
    headers, or before the bytes its Content-Length promises."""
    if not stream.seekable():
        return False
    try:
        size = stream.seek(0, io.SEEK_END)
        stream.seek(end)
        rest = stream.read(_TAIL_CHUNK)
    except (OSError, ValueError):  # a gzip reader cannot seek from the end
        return False
    start = len(rest) - len(rest.lstrip())
    head, blank, _ = rest[start:].partition(b"\r\n\r\n")
    if not head.startswith(b"WARC/"):
        return False
    if not blank:
        return b"\n\n" not in head
    length = _CONTENT_LENGTH.search(head)
    body = size - (end + start + len(head) + len(blank))
    return length is not None and body < int(length.group(1))


def _has_tail(stream: IO[bytes], end: int) -> bool:
    """Whether anything but blank lines follows the last whole record (at byte `end`)."""
    if not stream.seekable():
        return False
    stream.seek(end)
    while chunk := stream.read(_TAIL_CHUNK):
        if chunk.strip():
            return True
    return False
