"""Files and folders through `ingest`: each format, folder walking, and every file reject."""

from __future__ import annotations

import gzip
import io
import json
import os
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from rashomon.ingest import ingest
from rashomon.settings import Settings

from .conftest import DOCK_STRIKE, ENGLISH_FILLER, FERRY_COLUMN

FRENCH = (
    "Le conseil municipal s'est réuni mardi soir pour discuter du nouveau budget du port, et "
    "les élus ont convenu que les travaux de la jetée nord devaient commencer avant l'hiver."
)
PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Bridge repairs begin | Valley Post</title>
<meta name="author" content="Nadia Petrova">
<meta property="og:site_name" content="Valley Post">
<meta property="og:title" content="Bridge repairs begin">
<meta property="article:published_time" content="2025-09-14">
</head><body><nav><a href="/">Home</a> | <a href="/sport">Sport</a></nav><article>
<h1>Bridge repairs begin</h1>
<p>Engineers closed the old river bridge on Sunday so that repairs to its cracked pillars could
begin before the autumn floods, the county council said.</p>
<p>Drivers will have to use the ring road for at least six weeks, adding twenty minutes to the
journey between the two halves of the town.</p>
</article><footer>Copyright 2025 Valley Post. All rights reserved.</footer></body></html>
"""


def _write(path: Path, text: str | bytes) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return str(path)


def test_plain_text_file_becomes_a_clean_article(tmp_path: Path, settings: Settings) -> None:
    source = _write(tmp_path / "strike.txt", DOCK_STRIKE)
    result = ingest([source], settings)
    assert result.rejected == []
    (article,) = result.articles
    assert article.source == source
    assert article.title == "Harbour cranes stand idle as dockers walk out"
    assert (article.outlet, article.author) == ("Baltic News Desk", "Lena Markovic")
    assert (article.published, article.genre, article.language) == ("2025-06-06", "news", "en")
    assert article.word_count == len(article.text.split())
    assert "Image Source" not in article.text
    assert "Image Source ()" in article.boilerplate


def test_column_with_bio_is_opinion(tmp_path: Path, settings: Settings) -> None:
    (article,) = ingest([_write(tmp_path / "ferry.txt", FERRY_COLUMN)], settings).articles
    assert (article.genre, article.author) == ("opinion", "Oskar Lindqvist")


def test_html_file_uses_trafilatura_text_and_metadata(tmp_path: Path, settings: Settings) -> None:
    (article,) = ingest([_write(tmp_path / "bridge.html", PAGE)], settings).articles
    assert article.title == "Bridge repairs begin"
    assert (article.outlet, article.author, article.published) == (
        "Valley Post",
        "Nadia Petrova",
        "2025-09-14",
    )
    assert article.text.startswith("Engineers closed the old river bridge")
    assert "\n\n" in article.text
    for boilerplate in ("Home", "Sport", "rights reserved", "Bridge repairs begin"):
        assert boilerplate not in article.text


def test_html_without_article_text_is_rejected(tmp_path: Path, settings: Settings) -> None:
    source = _write(
        tmp_path / "menu.htm", "<html><body><nav><a href='/'>Home</a></nav></body></html>"
    )
    result = ingest([source], settings)
    assert [(item.input, item.code) for item in result.rejected] == [(source, "no_text")]


SCRIPTED = """<!DOCTYPE html><html lang="en"><head><title>Ferry strike | Kulu Media</title>
<script src="/app.js"></script></head><body><div id="root"></div>
<figure><img src="/ferry.jpg"><figcaption>{caption}</figcaption></figure>
<noscript>Please enable JavaScript.</noscript></body></html>"""
CAPTION = (
    "Passengers wait at the ferry terminal in Rostock on Friday, after crews walked out over pay "
    "and the operator cancelled every sailing to Denmark."
)
BRIEF = (
    "A fire destroyed much of a supermarket in Wellington on Sunday night. Crews were called just "
    "after midnight and the blaze was out by dawn. Nobody was hurt, police said, and the cause is "
    "not yet known."
)


def test_a_chinese_page_is_not_english_rather_than_one_word_long(
    tmp_path: Path, settings: Settings
) -> None:
    text = "港口工人周五连续第三天罢工，数十艘货轮在海湾外等待靠港。" * 4
    page = _write(
        tmp_path / "zh.html", f"<html><body><article><p>{text}</p></article></body></html>"
    )
    (item,) = ingest([page], settings).rejected
    assert (item.code, item.reason.split(" (")[0]) == ("not_english", "language is zh")


def test_text_without_a_letter_or_digit_is_empty(tmp_path: Path, settings: Settings) -> None:
    source = _write(tmp_path / "blank.txt", "\u00a0\u2003\u200b \n\n\u200b —\n")
    (item,) = ingest([source], settings).rejected
    assert (item.code, item.reason) == ("empty", "no text: not one letter or digit")


def test_a_page_built_by_javascript_is_too_short_for_an_article(
    tmp_path: Path, settings: Settings
) -> None:
    assert len(CAPTION.split()) == 24
    caption = _write(tmp_path / "app.html", SCRIPTED.format(caption=CAPTION))
    brief = _write(
        tmp_path / "brief.html", f"<html><body><article><p>{BRIEF}</p></article></body></html>"
    )
    result = ingest([caption, brief], settings)
    assert [article.source for article in result.articles] == [brief]
    assert [(item.input, item.code, item.reason) for item in result.rejected] == [
        (
            caption,
            "no_text",
            "only 27 words of text in the page, too few for an article (min_article_words is 30)",
        )
    ]
    off = ingest([caption], Settings(min_article_words=0))
    (article,) = off.articles
    assert article.text.startswith("Passengers wait at the ferry terminal"), (
        "the caption and noscript"
    )


def test_jsonl_lines_become_articles_and_bad_lines_are_rejected(
    tmp_path: Path, settings: Settings
) -> None:
    lines = [
        json.dumps(
            {
                "text": DOCK_STRIKE,
                "outlet": "Port Wire",
                "genre": "news",
                "url": "https://w.example/1",
            }
        ),
        "",
        "{not json",
        json.dumps(["a", "list"]),
        json.dumps({"title": "No body"}),
        json.dumps({"text": 42}),
        json.dumps({"html": PAGE, "published": "2025-09-15T08:00:00Z", "genre": "opinion"}),
    ]
    source = _write(tmp_path / "feed.jsonl", "\n".join(lines))
    result = ingest([source], settings)
    assert [article.source for article in result.articles] == [f"{source}:1", f"{source}:7"]
    stated, page = result.articles
    assert (stated.outlet, stated.url, stated.author) == (
        "Port Wire",
        "https://w.example/1",
        "Lena Markovic",
    )
    assert (page.published, page.genre, page.outlet) == ("2025-09-15", "opinion", "Valley Post")
    assert [(item.input, item.code) for item in result.rejected] == [
        (f"{source}:3", "malformed"),
        (f"{source}:4", "malformed"),
        (f"{source}:5", "malformed"),
        (f"{source}:6", "malformed"),
    ]
    assert all("\n" not in item.reason for item in result.rejected)


def test_a_jsonl_date_is_the_publication_date_unless_published_is_given(
    tmp_path: Path, settings: Settings
) -> None:
    lines = [
        json.dumps({"text": DOCK_STRIKE, "date": "2016-09-20"}),
        json.dumps(
            {"text": DOCK_STRIKE + " Again.", "date": "2016-09-20", "published": "2017-01-02"}
        ),
        json.dumps({"text": DOCK_STRIKE, "date": 20160920}),
    ]
    result = ingest([_write(tmp_path / "dated.jsonl", "\n".join(lines))], settings)
    assert [article.published for article in result.articles] == ["2016-09-20", "2017-01-02"]
    assert [item.reason for item in result.rejected] == ["field 'date' must be a string"]


def test_a_deeply_nested_jsonl_line_is_rejected_alone(tmp_path: Path, settings: Settings) -> None:
    good = json.dumps({"text": DOCK_STRIKE})
    deep = '{"text": "x", "extra": ' + "[" * 100_000 + "]" * 100_000 + "}"
    source = _write(
        tmp_path / "batch.jsonl", "\n".join([good, deep, good.replace("Friday", "Monday")])
    )
    result = ingest([source], settings)
    assert [article.source for article in result.articles] == [f"{source}:1", f"{source}:3"]
    assert [(item.input, item.code, item.reason) for item in result.rejected] == [
        (f"{source}:2", "malformed", "JSON nested too deeply to read")
    ]


def test_a_jsonl_file_over_the_cap_is_read_line_by_line(tmp_path: Path) -> None:
    lines = [json.dumps({"text": f"{DOCK_STRIKE} Day {day}."}) for day in range(8)]
    lines.insert(3, json.dumps({"text": DOCK_STRIKE + " " + "more " * 300}))
    source = _write(tmp_path / "big.jsonl", "\n".join(lines))
    cap = max(len(line.encode()) for number, line in enumerate(lines) if number != 3) + 1
    assert Path(source).stat().st_size > cap
    result = ingest([Path(source)], Settings(max_bytes=cap))
    assert len(result.articles) == 8
    assert [(item.input, item.code) for item in result.rejected] == [(f"{source}:4", "too_large")]


def _warc(records: list[tuple[str, str, bytes]], gzip: bool = True) -> bytes:
    """Build a (gzipped) WARC of response records (url, content type, body) after one request."""
    return b"".join(_warc_records(records, gzip))


def _warc_records(records: list[tuple[str, str, bytes]], gzip: bool = True) -> list[bytes]:
    """The bytes of each record of `_warc(records, gzip)`, the request first."""
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gzip)
    writer.write_record(
        writer.create_warc_record("https://news.example/", "request", payload=io.BytesIO(b"GET /"))
    )
    ends = [buffer.tell()]
    for url, media, body in records:
        headers = StatusAndHeaders("200 OK", [("Content-Type", media)], protocol="HTTP/1.1")
        record = writer.create_warc_record(
            url, "response", payload=io.BytesIO(body), http_headers=headers
        )
        writer.write_record(record)
        ends.append(buffer.tell())
    data = buffer.getvalue()
    return [data[start:end] for start, end in zip([0, *ends], ends, strict=False)]


def test_warc_responses_become_articles(tmp_path: Path, settings: Settings) -> None:
    data = _warc(
        [
            ("https://news.example/bridge", "text/html; charset=utf-8", PAGE.encode()),
            ("https://news.example/logo.png", "image/png", b"\x89PNG\x00\x00"),
            ("https://news.example/fr", "text/plain", FRENCH.encode()),
            ("https://news.example/strike", "text/plain; charset=utf-8", DOCK_STRIKE.encode()),
        ]
    )
    source = _write(tmp_path / "crawl.warc.gz", data)
    result = ingest([source], settings)
    assert [(a.source, a.url) for a in result.articles] == [
        (f"{source}#2", "https://news.example/bridge"),
        (f"{source}#5", "https://news.example/strike"),
    ]
    assert [(item.input, item.code) for item in result.rejected] == [(f"{source}#4", "not_english")]


def test_broken_or_empty_warc_is_rejected(tmp_path: Path, settings: Settings) -> None:
    broken = _write(tmp_path / "broken.warc", b"this is not a warc file at all\n" * 3)
    only_images = _write(
        tmp_path / "images.warc.gz", _warc([("https://x.example/a.png", "image/png", b"\x89PNG")])
    )
    result = ingest([broken, only_images], settings)
    assert [(item.input, item.code) for item in result.rejected] == [
        (broken, "malformed"),
        (only_images, "no_text"),
    ]


def test_a_warc_gzipped_as_one_stream_is_read_whole(tmp_path: Path, settings: Settings) -> None:
    records = [
        ("https://news.example/strike", "text/plain", DOCK_STRIKE.encode()),
        ("https://news.example/ferry", "text/plain", FERRY_COLUMN.encode()),
    ]
    source = _write(tmp_path / "crawl.warc.gz", gzip.compress(_warc(records, gzip=False)))
    result = ingest([source], settings)
    assert [(a.source, a.url) for a in result.articles] == [
        (f"{source}#2", "https://news.example/strike"),
        (f"{source}#3", "https://news.example/ferry"),
    ]
    assert result.rejected == []


def test_a_warc_cut_inside_its_last_record_keeps_the_whole_ones(
    tmp_path: Path, settings: Settings
) -> None:
    data = _warc(
        [
            ("https://news.example/strike", "text/plain", DOCK_STRIKE.encode()),
            ("https://news.example/ferry", "text/plain", FERRY_COLUMN.encode()),
        ],
        gzip=False,
    )
    source = _write(tmp_path / "cut.warc", data[:-200])
    result = ingest([source], settings)
    assert [article.source for article in result.articles] == [f"{source}#2"]
    assert [(item.input, item.code) for item in result.rejected] == [(f"{source}#3", "malformed")]
    assert result.rejected[0].reason.startswith("record 3 is cut short: its last ")


def test_a_gzipped_warc_cut_inside_a_record_header_says_so(
    tmp_path: Path, settings: Settings
) -> None:
    request, strike, ferry = _warc_records(
        [
            ("https://news.example/strike", "text/plain", DOCK_STRIKE.encode()),
            ("https://news.example/ferry", "text/plain", FERRY_COLUMN.encode()),
        ]
    )
    source = _write(tmp_path / "cut.warc.gz", request + strike + ferry[: len(ferry) // 3])
    result = ingest([source], settings)
    assert [article.source for article in result.articles] == [f"{source}#2"]
    assert [(item.input, item.code, item.reason) for item in result.rejected] == [
        (
            f"{source}#3",
            "malformed",
            "the archive ends inside record 3 (cut short); records 1 to 2 were read",
        )
    ]


def test_a_warc_cut_inside_a_record_header_says_so(tmp_path: Path, settings: Settings) -> None:
    request, strike, ferry = _warc_records(
        [
            ("https://news.example/strike", "text/plain", DOCK_STRIKE.encode()),
            ("https://news.example/ferry", "text/plain", FERRY_COLUMN.encode()),
        ],
        gzip=False,
    )
    source = _write(tmp_path / "cut.warc", request + strike + ferry[:60])
    result = ingest([source], settings)
    assert [article.source for article in result.articles] == [f"{source}#2"]
    assert [(item.input, item.reason) for item in result.rejected] == [
        (f"{source}#3", "the archive ends inside record 3 (cut short); records 1 to 2 were read")
    ]


def test_a_warc_with_missing_headers_gets_a_reason_in_words(
    tmp_path: Path, settings: Settings
) -> None:
    """warcio fails with AttributeError on a response record without WARC-Target-URI."""
    garbage = b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 5\r\n\r\nhello\r\n\r\n"
    after = _warc([("https://news.example/strike", "text/plain", DOCK_STRIKE.encode())], False)
    first = _write(tmp_path / "garbage.warc", garbage)
    later = _write(tmp_path / "later.warc", after + garbage)
    result = ingest([first, later], settings)
    assert [article.source for article in result.articles] == [f"{later}#2"]
    assert [(item.input, item.code, item.reason) for item in result.rejected] == [
        (first, "malformed", "not a readable WARC archive: damaged or missing headers in record 1"),
        (
            f"{later}#3",
            "malformed",
            "damaged or missing headers in record 3; records 1 to 2 were read",
        ),
    ]


def test_folders_are_walked_sorted_skipping_hidden_and_listing_unsupported(
    tmp_path: Path, settings: Settings
) -> None:
    _write(tmp_path / "b" / "two.txt", FERRY_COLUMN)
    _write(tmp_path / "a.txt", DOCK_STRIKE)
    notes = _write(tmp_path / "notes.md", ENGLISH_FILLER)
    _write(tmp_path / ".hidden.txt", ENGLISH_FILLER)
    _write(tmp_path / ".cache" / "c.txt", ENGLISH_FILLER)
    _write(tmp_path / "README.md", "# What these files are\n")
    _write(tmp_path / "b" / "LICENSE", "Public domain.\n")
    seen: list[str] = []
    result = ingest([str(tmp_path)], settings, seen.append)
    expected = [str(tmp_path / "a.txt"), str(tmp_path / "b" / "two.txt")]
    assert [article.source for article in result.articles] == expected
    assert [(item.input, item.code) for item in result.rejected] == [(notes, "unsupported")]
    assert result.rejected[0].reason.startswith("unsupported file type (.md)")
    assert seen == [expected[0], notes, expected[1]], "a folder's files, then its folders"


def test_mojibake_is_repaired_in_the_article(tmp_path: Path, settings: Settings) -> None:
    text = "The ferry left Tallinnís old harbour late because the captainâ€™s radio had failed."
    (article,) = ingest([_write(tmp_path / "ferry.txt", text)], settings).articles
    assert (
        article.text
        == "The ferry left Tallinn’s old harbour late because the captain’s radio had failed."
    )


def test_a_folder_without_supported_files_lists_each_file(
    tmp_path: Path, settings: Settings
) -> None:
    notes = _write(tmp_path / "notes.md", ENGLISH_FILLER)
    table = _write(tmp_path / "deep" / "table.csv", "a,b\n")
    result = ingest([str(tmp_path)], settings)
    assert [(item.input, item.code) for item in result.rejected] == [
        (notes, "unsupported"),
        (table, "unsupported"),
    ]


def test_an_empty_folder_is_rejected(tmp_path: Path, settings: Settings) -> None:
    _write(tmp_path / ".hidden.txt", ENGLISH_FILLER)
    result = ingest([str(tmp_path)], settings)
    assert [(item.input, item.code) for item in result.rejected] == [(str(tmp_path), "empty")]


def test_a_named_pipe_is_rejected_without_blocking(tmp_path: Path, settings: Settings) -> None:
    """Opening a FIFO for reading waits for a writer: the reject must come without one."""
    pipe = tmp_path / "inbox" / "story.txt"
    pipe.parent.mkdir()
    os.mkfifo(pipe)
    _write(tmp_path / "inbox" / "a.txt", DOCK_STRIKE)
    result = ingest([str(pipe), str(tmp_path / "inbox")], settings)
    assert [article.source for article in result.articles] == [str(tmp_path / "inbox" / "a.txt")]
    assert [(item.input, item.code, item.reason) for item in result.rejected] == [
        (str(pipe), "unsupported", "not a regular file (a named pipe); only files are read")
    ]


def test_a_device_is_not_a_regular_file(settings: Settings) -> None:
    (item,) = ingest(["/dev/zero"], settings).rejected
    assert (item.code, item.reason) == (
        "unsupported",
        "not a regular file (a character device); only files are read",
    )


def test_a_symlink_loop_in_a_folder_is_one_reject_each(tmp_path: Path, settings: Settings) -> None:
    story = _write(tmp_path / "story.txt", DOCK_STRIKE)
    (tmp_path / "loop.txt").symlink_to(tmp_path / "back.txt")
    (tmp_path / "back.txt").symlink_to(tmp_path / "loop.txt")
    result = ingest([str(tmp_path)], settings, exclude=[tmp_path / "out"])
    assert [article.source for article in result.articles] == [story]
    assert [(Path(item.input).name, item.code) for item in result.rejected] == [
        ("back.txt", "unreadable"),
        ("loop.txt", "unreadable"),
    ]


def test_a_library_failure_is_a_reject_in_words(
    tmp_path: Path, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    def explode(markup: str, url: str | None = None) -> None:
        raise RuntimeError("internal detail")

    monkeypatch.setattr("rashomon.ingest.article.extract_page", explode)
    page = _write(tmp_path / "page.html", PAGE)
    (item,) = ingest([page], settings).rejected
    assert (item.code, item.reason) == (
        "malformed",
        "could not be processed: an unexpected failure, logged in full",
    )


def test_the_output_folder_is_never_read(tmp_path: Path, settings: Settings) -> None:
    story = _write(tmp_path / "story.txt", DOCK_STRIKE)
    _write(tmp_path / "out" / "old_copy.txt", FERRY_COLUMN)
    named = _write(tmp_path / "out" / "nested" / "again.txt", FERRY_COLUMN)
    (tmp_path / "link").symlink_to(tmp_path / "out")
    seen: list[str] = []
    result = ingest(
        [str(tmp_path), named, str(tmp_path / "link")],
        settings,
        seen.append,
        exclude=[tmp_path / "out"],
    )
    assert [article.source for article in result.articles] == [story]
    out = str((tmp_path / "out").resolve())
    assert [(item.input, item.code, item.reason) for item in result.rejected] == [
        (named, "unsupported", f"excluded: {out} is never read as input"),
        (str(tmp_path / "link"), "unsupported", f"excluded: {out} is never read as input"),
    ]
    assert seen == [story, named, str(tmp_path / "link")]


def test_an_excluded_file_is_passed_over_in_a_folder(tmp_path: Path, settings: Settings) -> None:
    story = _write(tmp_path / "story.txt", DOCK_STRIKE)
    report = _write(tmp_path / "report.html", "<html><body><p>old report</p></body></html>")
    result = ingest([str(tmp_path)], settings, exclude=[report])
    assert ([a.source for a in result.articles], result.rejected) == ([story], [])


def test_same_input_twice_is_read_once_and_copies_are_marked(
    tmp_path: Path, settings: Settings
) -> None:
    first = _write(tmp_path / "one.txt", DOCK_STRIKE)
    copy = _write(tmp_path / "copy.txt", DOCK_STRIKE)
    result = ingest([first, first, copy], settings)
    assert [article.source for article in result.articles] == [first, copy]
    original, duplicate = result.articles
    assert duplicate.duplicate_of == original.id
    assert duplicate.id != original.id


def test_every_file_problem_is_a_one_line_reject(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = {
        "not_found": str(tmp_path / "missing.txt"),
        "unsupported": _write(tmp_path / "table.csv", "a,b\n1,2\n"),
        "empty": _write(tmp_path / "empty.txt", " \n\n "),
        "binary": _write(tmp_path / "photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00" * 30),
        "undecodable": _write(tmp_path / "noise.txt", bytes(range(0x80, 0x100)) * 4),
        "too_large": _write(tmp_path / "big.txt", ENGLISH_FILLER * 20),
        "not_english": _write(tmp_path / "french.txt", FRENCH),
        "no_text": _write(tmp_path / "credits.txt", "Image Source\n\nImage Source ()\n"),
        "unreadable": _write(tmp_path / "locked.txt", ENGLISH_FILLER),
        "malformed": _write(tmp_path / "bad.rss", b"<rss><channel><title>cut off</ti"),
    }
    real_open = os.open

    def open_file(path: str | os.PathLike[str], flags: int, *args: int, **kwargs: int) -> int:
        if Path(path).name == "locked.txt":
            raise PermissionError(13, "Permission denied")
        assert Path(path).name != "big.txt", "the size is checked before reading"
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", open_file)
    result = ingest(list(files.values()), Settings(max_bytes=1000))
    assert result.articles == []
    assert {item.input: item.code for item in result.rejected} == {
        source: code for code, source in files.items()
    }
    for item in result.rejected:
        assert item.reason
        assert "\n" not in item.reason
        assert "Traceback" not in item.reason


@pytest.mark.parametrize(
    "source", ["ftp://files.example/strike.txt", "file:///etc/hostname", "s3://bucket/a.jsonl"]
)
def test_a_url_other_than_http_is_rejected_by_its_scheme(source: str, settings: Settings) -> None:
    result = ingest([source], settings)
    scheme = source.split(":")[0]
    assert [(item.input, item.code) for item in result.rejected] == [(source, "unsupported")]
    assert f"unsupported URL scheme {scheme!r}" in result.rejected[0].reason


def test_gzip_warc_record_over_the_cap_is_rejected(tmp_path: Path) -> None:
    data = _warc([("https://news.example/long", "text/plain", ENGLISH_FILLER.encode() * 50)])
    assert gzip.decompress(data)
    source = _write(tmp_path / "long.warc.gz", data)
    result = ingest([source], Settings(max_bytes=2000))
    assert [(item.input, item.code) for item in result.rejected] == [(f"{source}#2", "too_large")]
