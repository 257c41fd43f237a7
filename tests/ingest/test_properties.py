"""Properties of the cleaner, the decoder and the JSONL, WARC and feed readers, by hypothesis.

Whatever they are given, they never raise (except InputError where that is their contract), and
they account for all of their input: the cleaner keeps every character in the body or in the
boilerplate, each JSONL line and each feed entry gives exactly one item, and a WARC cut at any
byte keeps each record that is whole and reports the one that is not (an archive cut between two
records cannot tell, and an empty one is "no records").

A longer fuzz run (20,000 examples each: about 4 minutes on two shared cores):

    RASHOMON_FUZZ_EXAMPLES=20000 PYTHONPATH=src python -m pytest tests/ingest/test_properties.py
"""

from __future__ import annotations

import io
import os
from collections import Counter
from xml.sax.saxutils import escape

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from rashomon.errors import InputError
from rashomon.ingest.clean_text import clean_text
from rashomon.ingest.decode import decode_bytes
from rashomon.ingest.feeds import read_feed
from rashomon.ingest.jsonl import read_jsonl
from rashomon.ingest.records import Draft, Meta
from rashomon.ingest.warc import read_warc
from rashomon.records import Rejected

from .conftest import DOCK_STRIKE, ENGLISH_FILLER, FERRY_COLUMN

EXAMPLES = int(os.environ.get("RASHOMON_FUZZ_EXAMPLES", "60"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# Lines that trigger the cleaner's rules, mixed with arbitrary text.
RULE_LINES = st.sampled_from(
    [
        "By Lena Markovic",
        "Published: 2 May 2023",
        "Updated: 5 May 2023",
        "Monday 6 January 2025 14:05 GMT",
        "Image Source ()",
        "4.5512093-7781200345",
        "Source: BalticNewsDesk and agencies",
        "© Island Courier Ltd 2024",
        "Opinion",
        "WARSAW — Dockers stayed away on Friday.",
        "SAN JOSE, Costa Rica (AP) —Dockers stayed away.",
        "Oskar Lindqvist is the Island Courier's transport editor.",
        "Harbour cranes stand idle as dockers walk out",
        "(Anna Wolny/ Pool photo via AP) Image Credit: AP",
        "Irena Kowal, Gdańsk School of Economics: It could.",
        "",
    ]
)
TEXTS = st.lists(st.one_of(RULE_LINES, st.text(max_size=80)), max_size=25).map("\n".join)


def _characters(text: str) -> Counter[str]:
    return Counter("".join(text.split()))


@FUZZ
@given(text=st.one_of(TEXTS, st.sampled_from([DOCK_STRIKE, FERRY_COLUMN]), st.text()))
def test_the_cleaner_keeps_every_character_in_the_body_or_the_boilerplate(text: str) -> None:
    cleaned = clean_text(text)
    kept = cleaned.text + " " + " ".join(cleaned.boilerplate)
    assert _characters(kept) == _characters(text.replace("\r", "\n"))


@FUZZ
@given(data=st.binary(max_size=3000), declared=st.sampled_from([None, "cp1252", "koi8-r", "nope"]))
def test_the_decoder_returns_text_or_an_input_error(data: bytes, declared: str | None) -> None:
    try:
        decoded: str | InputError = decode_bytes(data, declared)
    except InputError as problem:
        decoded = problem
    assert isinstance(decoded, str) or decoded.reason


JSON_LINES = st.lists(
    st.one_of(
        st.text(max_size=60),
        st.sampled_from(['{"text": "a"}', '{"html": "<p>x</p>"}', "[" * 5000, "{}", "null"]),
        st.builds(
            lambda value: '{"text": ' + value + "}",
            st.sampled_from(['"x"', "1", "null", "[]", '"\\ud800"']),
        ),
    ),
    max_size=20,
)


@FUZZ
@given(lines=JSON_LINES)
def test_jsonl_gives_one_item_per_non_blank_line(lines: list[str]) -> None:
    text = "\n".join(line.replace("\n", " ") for line in lines)
    items = list(read_jsonl(text, "batch.jsonl"))
    numbers = [n for n, line in enumerate(text.splitlines(), start=1) if line.strip()]
    names = [item.source if isinstance(item, Draft) else item.input for item in items]
    assert names == [f"batch.jsonl:{number}" for number in numbers]


def _warc(bodies: list[bytes]) -> tuple[bytes, list[int]]:
    """An uncompressed WARC of text responses, and the byte where each record ends."""
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=False)
    ends = []
    for number, body in enumerate(bodies):
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/plain")], "HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(
                f"https://news.example/{number}",
                "response",
                payload=io.BytesIO(body),
                http_headers=headers,
            )
        )
        ends.append(buffer.tell())
    return buffer.getvalue(), ends


ARCHIVE, ENDS = _warc([text.encode() for text in (DOCK_STRIKE, FERRY_COLUMN, ENGLISH_FILLER)])


@FUZZ
@given(cut=st.integers(min_value=0, max_value=len(ARCHIVE)))
def test_a_warc_cut_anywhere_keeps_the_whole_records_and_reports_the_cut_one(cut: int) -> None:
    items = list(read_warc(io.BytesIO(ARCHIVE[:cut]), "crawl.warc", 10**6))
    drafts = [item.source for item in items if isinstance(item, Draft)]
    rejects = [item for item in items if isinstance(item, Rejected)]
    whole = sum(1 for end in ENDS if end <= cut)
    content = sum(1 for end in ENDS if end - 4 <= cut)  # the record's body, before its CRLFs
    assert drafts == [f"crawl.warc#{n}" for n in range(1, len(drafts) + 1)]
    assert whole <= len(drafts) <= content
    between = any(end - 4 <= cut <= end for end in ENDS)  # no record is cut, nor any left
    assert len(rejects) == (0 if between else 1)
    assert all(item.reason and "\n" not in item.reason for item in rejects)


@FUZZ
@given(data=st.binary(max_size=2000), prefix=st.sampled_from([b"", b"WARC/1.0\r\n", b"\x1f\x8b"]))
def test_a_warc_reader_never_raises_on_bytes(data: bytes, prefix: bytes) -> None:
    items = list(read_warc(io.BytesIO(prefix + data), "junk.warc", 10**6))
    assert items
    assert all(isinstance(item, Draft | Rejected) for item in items)


def _page(url: str, fallback: Meta) -> Draft:
    return Draft(source=url, content="<p>page</p>", markup=True, fallback=fallback)


ENTRY = st.tuples(
    st.text(max_size=40),
    st.sampled_from([None, "https://news.example/a", "urn:x", "file:///etc/passwd", "/relative"]),
    st.one_of(st.none(), st.text(max_size=80)),
)


@FUZZ
@given(entries=st.lists(ENTRY, min_size=1, max_size=8), raw=st.booleans())
def test_a_feed_gives_one_item_per_entry(
    entries: list[tuple[str, str | None, str | None]], raw: bool
) -> None:
    def text(value: str) -> str:
        return value if raw else escape(value)

    items_xml = "".join(
        f"<item><title>{text(title)}</title>"
        + (f"<link>{escape(link)}</link>" if link else "")
        + (f"<description>{text(summary)}</description>" if summary is not None else "")
        + "</item>"
        for title, link, summary in entries
    )
    data = f'<?xml version="1.0"?><rss version="2.0"><channel>{items_xml}</channel></rss>'
    items = list(read_feed(data.encode("utf-8", "surrogatepass"), "wire.rss", _page))
    assert items
    if not raw:
        assert len(items) == len(entries)


@FUZZ
@given(data=st.binary(max_size=2000))
def test_a_feed_reader_never_raises_on_bytes(data: bytes) -> None:
    items = list(read_feed(b"<rss><channel><item>" + data, "junk.rss", _page))
    assert items
