"""A hostile corpus: files made to break a reader, written into a folder by `write_corpus`.

Every payload is invented here, byte by byte: empty and blank files, binary, NUL bytes, UTF-16
and UTF-32 with and without byte-order marks, mixed and legacy encodings, other scripts, a 25 MB
file (sparse: written instantly, refused by its size before it is read), HTML bombs (deep and
unclosed nesting, a huge attribute, nested comments), XXE and billion-laughs feeds, XSS payloads in
titles and text, JSON Lines with bad lines, feeds whose entries point at private addresses,
truncated and garbage WARC archives, a FIFO, symbolic-link loops, and a few good articles. Each
generic payload is also written under every extension, so that each reader meets all of them.

Each `Case` says which inputs `ingest` may report for its file (the file, `file:N` or `file#N`,
or the link of a feed entry) and, where the outcome is certain, the reject code expected.
"""

from __future__ import annotations

import codecs
import gzip
import io
import json
import os
import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

EXTENSIONS = (".txt", ".html", ".htm", ".jsonl", ".xml", ".rss", ".atom", ".warc", ".warc.gz")
SENTENCES = (
    "The harbour council met on Tuesday evening to discuss the budget for the old sea wall.",
    "Members agreed that repairs to the northern pier should start before the winter storms.",
    "The mayor, Ilse Brandt, said the town could not wait for another season of flooding.",
    "Fishing crews told the meeting that two boats had been damaged in the October gales.",
    "A vote on the contract is expected next week, after engineers publish their survey.",
)
ARTICLE = " ".join(SENTENCES)
LONG_ARTICLE = "\n\n".join([ARTICLE, *SENTENCES[::-1], ARTICLE])
PAGE = (
    "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Sea wall vote | Harbour "
    "Post</title></head><body><article><h1>Sea wall vote</h1>"
    + "".join(f"<p>{sentence}</p>" for sentence in (*SENTENCES, *SENTENCES))
    + "</article></body></html>"
)
XSS = (
    "<script>alert(document.cookie)</script>",
    '"><img src=x onerror=alert(1)>',
    "javascript:alert('x')",
    "<svg/onload=alert(1)>",
    "{{7*7}} ${7*7} <%= 7*7 %>",
)
PRIVATE_LINKS = (
    "http://127.0.0.1/story",
    "http://10.0.0.1/story",
    "http://192.168.1.1/admin",
    "http://169.254.169.254/latest/meta-data/",
    "http://[::1]/story",
    "http://localhost:8080/story",
    "http://0.0.0.0/story",
    "http://[::ffff:10.0.0.1]/story",
)
OTHER_SCHEMES = ("file:///etc/passwd", "ftp://10.0.0.1/story.txt", "gopher://127.0.0.1:70/")


@dataclass(frozen=True, slots=True)
class Case:
    """One file of the corpus: what it tests, the inputs it may be reported as, its sure outcome.

    `expect` is the reject code every report of the file must have ("article" when it must be
    analysed), or None when more than one outcome is fair.
    """

    path: Path
    kind: str
    links: tuple[str, ...] = ()
    expect: str | None = None

    def owns(self, name: str) -> bool:
        """Whether `name` (an article's source or a reject's input) comes from this file."""
        path = str(self.path)
        return name in self.links or name == path or name.startswith((f"{path}:", f"{path}#"))


def write_corpus(folder: Path) -> list[Case]:
    """Write the hostile corpus into `folder` (which must exist) and return its cases."""
    writers = (
        _generic,
        _html_bombs,
        _feeds,
        _jsonl,
        _warcs,
        _special_files,
    )
    return [case for writer in writers for case in writer(folder)]


def _write(
    path: Path, data: bytes, kind: str, expect: str | None = None, links: Sequence[str] = ()
) -> Case:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return Case(path=path, kind=kind, links=tuple(links), expect=expect)


def _payloads() -> Iterator[tuple[str, bytes]]:
    """Payloads that every reader must survive, whatever the file's extension."""
    noise = random.Random(8)
    yield "empty", b""
    yield "blank", b" \t\r\n \n\x0b\x0c  \r\n"
    yield "nbsp", "\u00a0\u2003\u200b \n".encode()
    yield "random-bytes", bytes(noise.randrange(256) for _ in range(3000))
    yield "png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200)
    yield "elf", b"\x7fELF\x02\x01\x01" + bytes(noise.randrange(256) for _ in range(500))
    yield "gzip", gzip.compress(ARTICLE.encode() * 20)
    yield "nul-text", ARTICLE.replace(" ", "\x00 ", 3).encode()
    yield "utf16-bom", LONG_ARTICLE.encode("utf-16")
    yield "utf16le-no-bom", LONG_ARTICLE.encode("utf-16-le")
    yield "utf16be-no-bom", LONG_ARTICLE.encode("utf-16-be")
    yield "utf32-bom", codecs.BOM_UTF32_LE + LONG_ARTICLE.encode("utf-32-le")
    yield "utf8-bom", codecs.BOM_UTF8 + LONG_ARTICLE.encode()
    yield "latin1", ("Café owner José Müller said: " + LONG_ARTICLE).encode("latin-1")
    yield (
        "mixed",
        ("Zürich: " + ARTICLE).encode() + b"\n\n" + ("Málaga: " + ARTICLE).encode("cp1252"),
    )
    yield "bad-utf8", ARTICLE.encode() + b"\xc3\x28\xa0\xa1\xe2\x28\xa1\xf0\x28\x8c\xbc"
    yield "chinese", ("港口工人周五连续第三天罢工，数十艘货轮在海湾外等待靠港。" * 6).encode()
    yield "japanese", ("港湾労働者は金曜日、三日連続でストライキを行った。" * 6).encode("shift_jis")
    yield "arabic", ("أضرب عمال الميناء لليوم الثالث يوم الجمعة في المدينة. " * 6).encode()
    yield "xss-text", ("\n\n".join(XSS) + "\n\n" + LONG_ARTICLE).encode()
    yield "control-chars", bytes(range(1, 32)) * 40
    yield "english-text", LONG_ARTICLE.encode()
    yield "english-page", PAGE.encode()
    yield "long-line", ("word " * 200_000).encode()


def _generic(folder: Path) -> Iterator[Case]:
    for kind, data in _payloads():
        for extension in EXTENSIONS:
            name = extension.strip(".").replace(".", "-")
            expect = "empty" if kind in ("empty", "blank") and extension == ".txt" else None
            if kind in ("chinese", "japanese", "arabic") and extension in (".txt", ".html"):
                expect = "not_english"
            yield _write(folder / "generic" / name / f"{kind}{extension}", data, kind, expect)


def _html_bombs(folder: Path) -> Iterator[Case]:
    text = "".join(f"<p>{sentence}</p>" for sentence in SENTENCES)
    bombs = {
        "deep-divs": "<html><body>"
        + "<div>" * 20_000
        + text
        + "</div>" * 20_000
        + "</body></html>",
        "deep-unclosed": "<html><body>" + "<p><b><i>" * 3_000 + text,
        "huge-attribute": f'<html><body><p title="{"x" * 1_000_000}">{text}</p></body></html>',
        "nested-comments": "<html><body>" + "<!--" * 20_000 + text + "-->" + "</body></html>",
        "many-elements": "<html><body>" + "<span>a</span>" * 50_000 + "</body></html>",
        "entity-flood": "<html><body><p>"
        + "&amp;&lt;&#x1F600;&#0;&#xD800;" * 20_000
        + "</p></body></html>",
        "xss-title": (
            f"<html><head><title>{XSS[0]}</title><meta property='og:title' content='{XSS[1]}'>"
            f"<meta name='author' content='{XSS[3]}'></head><body><article><h1>{XSS[0]}</h1>"
            f'{text}{text}<a href="{XSS[2]}">more</a></article></body></html>'
        ),
        "script-only": "<html><body><script>" + "var a = 1;" * 5_000 + "</script></body></html>",
        "javascript-app": (
            "<html><head><title>App | Kulu Media</title></head><body><div id='root'></div>"
            "<figure><figcaption>Passengers wait at the ferry terminal on Friday.</figcaption>"
            "</figure></body></html>"
        ),
        "xml-in-html": '<?xml version="1.0"?><!DOCTYPE html [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        + f"<html><body><article>&x;{text}{text}</article></body></html>",
    }
    for name, markup in bombs.items():
        yield _write(folder / "html" / f"{name}.html", markup.encode(), f"html-{name}")


def _feeds(folder: Path) -> Iterator[Case]:
    summary = f"&lt;p&gt;{' '.join(SENTENCES)}&lt;/p&gt;"
    for number, link in enumerate((*PRIVATE_LINKS, *OTHER_SCHEMES), start=1):
        rss = (
            '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>'
            f"<item><title>Story {number}</title><link>{link}</link>"
            f"<description>{summary}</description></item></channel></rss>"
        )
        expect = "blocked_address" if link in PRIVATE_LINKS else None
        yield _write(
            folder / "feeds" / f"private-{number}.rss",
            rss.encode(),
            "feed-link",
            expect,
            links=[link],
        )
    entity = '<!ENTITY xxe SYSTEM "file:///etc/passwd">'
    laughs = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{level} "{(f"&lol{level - 1};" if level > 1 else "&lol;") * 10}">'
        for level in range(1, 10)
    )
    remote = '<!ENTITY % remote SYSTEM "http://127.0.0.1/evil.dtd"> %remote;'
    bodies = {
        "xxe": (entity, "&xxe;"),
        "billion-laughs": (laughs, "&lol9;"),
        "remote-dtd": (remote, "remote"),
    }
    for name, (declarations, use) in bodies.items():
        rss = (
            f'<?xml version="1.0"?><!DOCTYPE rss [{declarations}]><rss version="2.0"><channel>'
            f"<title>{use}</title><item><title>{use}</title><description>{summary} {use}"
            "</description></item></channel></rss>"
        )
        atom = (
            f'<?xml version="1.0"?><!DOCTYPE feed [{declarations}]>'
            f'<feed xmlns="http://www.w3.org/2005/Atom"><title>{use}</title><entry><title>{use}'
            f'</title><id>urn:1</id><content type="html">{summary} {use}</content></entry></feed>'
        )
        yield _write(folder / "feeds" / f"{name}.rss", rss.encode(), f"feed-{name}")
        yield _write(folder / "feeds" / f"{name}.atom", atom.encode(), f"feed-{name}")
    yield _write(
        folder / "feeds" / "no-entries.rss",
        b"<rss><channel><title>x</title></channel></rss>",
        "feed-empty",
        "empty",
    )
    yield _write(
        folder / "feeds" / "cut.rss", b'<?xml version="1.0"?><rss><channel><item><ti', "feed-cut"
    )
    relative = (
        '<rss version="2.0"><channel><item><title>x</title><link>/relative/story</link></item>'
        "<item><title>y</title><link>javascript:alert(1)</link></item></channel></rss>"
    )
    yield _write(
        folder / "feeds" / "odd-links.rss", relative.encode(), "feed-odd-links", "malformed"
    )


def _jsonl(folder: Path) -> Iterator[Case]:
    good = json.dumps({"text": LONG_ARTICLE, "title": XSS[0], "author": XSS[1]})
    lines = [
        good,
        "{not json",
        "[1, 2, 3]",
        "42",
        "null",
        '"just a string"',
        "{}",
        json.dumps({"text": 42}),
        json.dumps({"text": "", "html": ""}),
        json.dumps({"html": PAGE, "published": "yesterday"}),
        json.dumps({"text": LONG_ARTICLE, "url": "javascript:alert(1)", "genre": ["x"]}),
        '{"text": "x", "deep": ' + "[" * 50_000 + "]" * 50_000 + "}",
        '{"text": "' + "\\ud800" * 10 + ARTICLE + '"}',
        "\x00" * 20,
        json.dumps({"text": ARTICLE * 400}),
        "\ufeff" + good,
    ]
    data = "\n".join(lines).encode()
    yield _write(folder / "jsonl" / "bad-lines.jsonl", data, "jsonl-bad-lines")
    yield _write(folder / "jsonl" / "crlf.jsonl", "\r\n".join(lines).encode(), "jsonl-crlf")
    yield _write(
        folder / "jsonl" / "latin1.jsonl",
        good.replace("\\u", "u").encode("latin-1"),
        "jsonl-latin1",
    )
    yield _write(
        folder / "jsonl" / "one-deep.jsonl", ("[" * 200_000).encode(), "jsonl-deep", "malformed"
    )


def _warc(records: list[tuple[str, str, bytes]], compressed: bool) -> bytes:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=compressed)
    for url, media, body in records:
        headers = StatusAndHeaders("200 OK", [("Content-Type", media)], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(
                url, "response", payload=io.BytesIO(body), http_headers=headers
            )
        )
    return buffer.getvalue()


def _warcs(folder: Path) -> Iterator[Case]:
    records = [
        ("https://news.example/one", "text/plain", LONG_ARTICLE.encode()),
        ("https://news.example/page", "text/html; charset=utf-8", PAGE.encode()),
        ("https://news.example/logo.png", "image/png", b"\x89PNG\r\n\x1a\n" + bytes(300)),
        ("https://news.example/two", "text/plain", ARTICLE.encode() * 3),
    ]
    for compressed in (False, True):
        whole = _warc(records, compressed)
        suffix = ".warc.gz" if compressed else ".warc"
        yield _write(folder / "warc" / f"whole{suffix}", whole, "warc-whole")
        for share in (10, 25, 40, 55, 70, 85, 95, 99):
            cut = whole[: len(whole) * share // 100]
            yield _write(folder / "warc" / f"cut-{share}{suffix}", cut, "warc-cut")
        yield _write(
            folder / "warc" / f"tail-garbage{suffix}", whole + b"GARBAGE" * 50, "warc-tail"
        )
    missing = b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 5\r\n\r\nhello\r\n\r\n"
    yield _write(folder / "warc" / "missing-uri.warc", missing, "warc-missing-uri", "malformed")
    claims = b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999999999\r\n\r\nHTTP/1.1 200"
    yield _write(folder / "warc" / "huge-length.warc", claims, "warc-huge-length")
    yield _write(
        folder / "warc" / "one-gzip-stream.warc.gz",
        gzip.compress(_warc(records, compressed=False)),
        "warc-single-gzip",
    )
    yield _write(
        folder / "warc" / "text.warc",
        b"this is not a warc archive\n" * 20,
        "warc-text",
        "malformed",
    )


def _special_files(folder: Path) -> Iterator[Case]:
    special = folder / "special"
    special.mkdir(parents=True, exist_ok=True)
    pipe = special / "pipe.txt"
    os.mkfifo(pipe)
    yield Case(path=pipe, kind="fifo", expect="unsupported")
    loop = special / "loop.txt"
    loop.symlink_to(special / "loop-back.txt")
    (special / "loop-back.txt").symlink_to(loop)
    yield Case(path=loop, kind="symlink-loop", expect="unreadable")
    yield Case(path=special / "loop-back.txt", kind="symlink-loop", expect="unreadable")
    dangling = special / "dangling.html"
    dangling.symlink_to(special / "nowhere.html")
    yield Case(path=dangling, kind="dangling-symlink", expect="not_found")
    big = special / "big.txt"
    with big.open("wb") as stream:
        stream.truncate(25 * 1024 * 1024)
    yield Case(path=big, kind="25-mb", expect="too_large")
    for name in ("report.pdf", "notes.md", "sheet.docx", "archive.zip", "noextension"):
        yield _write(special / name, ARTICLE.encode(), "unsupported", "unsupported")
    yield _write(
        special / "folder.txt" / "inside.txt", LONG_ARTICLE.encode(), "folder-named-txt", "article"
    )
    yield _write(
        special / "odd name — ü é.txt", LONG_ARTICLE.encode() + b" Odd.", "odd-name", "article"
    )
