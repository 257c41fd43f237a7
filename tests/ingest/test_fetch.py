"""URLs and feeds from a local server: formats, redirects, size cap and the SSRF guard."""

from __future__ import annotations

import json
import ssl
import time
from pathlib import Path

import pytest
import trustme

from rashomon.errors import InputError, Reason
from rashomon.ingest import IngestResult, ingest
from rashomon.ingest.fetch import Fetcher
from rashomon.ingest.netguard import BlockedHostError, address_problem, pinned_address
from rashomon.settings import Settings

from .conftest import DOCK_STRIKE, ENGLISH_FILLER, LocalServer, Route

PAGE = """<html><head><title>Quay wall gives way</title>
<meta property="og:site_name" content="Coast Courier"></head><body><article>
<h1>Quay wall gives way</h1>
<p>A section of the old quay wall collapsed into the harbour on Saturday night, and the
coastguard closed the inner basin to all boats until divers have checked the damage.</p>
<p>Nobody was hurt, but two fishing boats were trapped behind the fallen stones.</p>
</article></body></html>"""


def _codes(result: IngestResult) -> list[tuple[str, str]]:
    return [(item.input, item.code) for item in result.rejected]


def test_html_url_is_fetched_with_the_user_agent(server: LocalServer) -> None:
    server.routes["/quay"] = Route(PAGE.encode())
    settings = Settings(allow_private=True, user_agent="rashomon-test/1")
    (article,) = ingest([server.url("/quay")], settings).articles
    assert (article.source, article.url) == (server.url("/quay"), server.url("/quay"))
    assert (article.title, article.outlet) == ("Quay wall gives way", "Coast Courier")
    assert server.requests == [("/quay", "rashomon-test/1")]


def test_the_same_url_is_refused_by_default(server: LocalServer, settings: Settings) -> None:
    server.routes["/quay"] = Route(PAGE.encode())
    result = ingest([server.url("/quay")], settings)
    assert _codes(result) == [(server.url("/quay"), "blocked_address")]
    assert "127.0.0.1 is a loopback address" in result.rejected[0].reason
    assert server.requests == [], "the guard refuses before connecting"


def test_redirects_are_followed_to_the_final_url(
    server: LocalServer, local_settings: Settings
) -> None:
    server.routes["/old"] = Route(status=301, headers={"Location": "/new.txt"})
    server.routes["/new.txt"] = Route(DOCK_STRIKE.encode(), content_type="text/plain")
    (article,) = ingest([server.url("/old")], local_settings).articles
    assert (article.source, article.url) == (server.url("/old"), server.url("/new.txt"))
    assert article.author == "Lena Markovic"


def test_redirect_limit(server: LocalServer) -> None:
    for hop in range(5):
        server.routes[f"/loop/{hop}"] = Route(status=302, headers={"Location": f"/loop/{hop + 1}"})
    result = ingest([server.url("/loop/0")], Settings(allow_private=True, max_redirects=2))
    assert _codes(result) == [(server.url("/loop/0"), "unreachable")]
    assert "more than 2 redirects" in result.rejected[0].reason
    assert [path for path, _ in server.requests] == ["/loop/0", "/loop/1", "/loop/2"]


@pytest.mark.parametrize("send_length", [True, False])
def test_size_cap_while_streaming(server: LocalServer, send_length: bool) -> None:
    body = (ENGLISH_FILLER + "\n\n").encode() * 40
    server.routes["/big"] = Route(body, content_type="text/plain", send_length=send_length)
    result = ingest([server.url("/big")], Settings(allow_private=True, max_bytes=2000))
    assert _codes(result) == [(server.url("/big"), "too_large")]


def test_a_server_that_trickles_is_cut_off_at_the_deadline(server: LocalServer) -> None:
    """10 bytes every 50 ms never trips the 5 s read timeout; the whole-fetch deadline does."""
    server.routes["/slow"] = Route((ENGLISH_FILLER * 10).encode(), trickle=0.05)
    settings = Settings(allow_private=True, fetch_timeout=5.0, fetch_deadline=0.5)
    started = time.monotonic()
    result = ingest([server.url("/slow")], settings)
    assert time.monotonic() - started < 2.5
    assert [(item.input, item.code, item.reason) for item in result.rejected] == [
        (
            server.url("/slow"),
            "unreachable",
            "took more than 0.5 s in all (fetch_deadline); the server is too slow",
        )
    ]


def test_the_run_stops_fetching_when_its_time_is_spent(server: LocalServer) -> None:
    server.routes["/slow"] = Route((ENGLISH_FILLER * 10).encode(), trickle=0.05)
    server.routes["/quay"] = Route(PAGE.encode())
    settings = Settings(allow_private=True, fetch_deadline=30.0, fetch_run_deadline=0.5)
    started = time.monotonic()
    result = ingest([server.url("/slow"), server.url("/quay")], settings)
    assert time.monotonic() - started < 2.5
    reason = "not fetched in time: this run's fetches may take 0.5 s in all (fetch_run_deadline)"
    assert [(item.input, item.code, item.reason) for item in result.rejected] == [
        (server.url("/slow"), "unreachable", reason),
        (server.url("/quay"), "unreachable", reason),
    ]
    assert [path for path, _ in server.requests] == ["/slow"], "no request once time is spent"


def test_http_errors_and_closed_ports_are_unreachable(
    server: LocalServer, local_settings: Settings
) -> None:
    closed = "http://127.0.0.1:1/story"
    result = ingest([server.url("/gone"), closed], local_settings)
    assert _codes(result) == [(server.url("/gone"), "unreachable"), (closed, "unreachable")]
    assert "HTTP 404" in result.rejected[0].reason


def test_jsonl_url_is_read_by_its_extension(server: LocalServer, local_settings: Settings) -> None:
    line = json.dumps({"text": ENGLISH_FILLER, "outlet": "Wire"})
    server.routes["/batch.jsonl"] = Route(line.encode(), content_type="text/plain")
    (article,) = ingest([server.url("/batch.jsonl")], local_settings).articles
    assert (article.source, article.outlet) == (server.url("/batch.jsonl") + ":1", "Wire")


@pytest.mark.parametrize(
    "url",
    [
        "http://10.1.2.3/story",
        "http://169.254.169.254/latest/meta-data",
        "http://[::1]/story",
        "http://[::ffff:127.0.0.1]/story",
        "http://[::ffff:192.168.1.5]/story",
        "http://0.0.0.0/story",
        "http://localhost/story",
    ],
)
def test_private_addresses_are_blocked(url: str, settings: Settings) -> None:
    with Fetcher(settings) as fetcher, pytest.raises(InputError) as caught:
        fetcher.get(url)
    assert caught.value.code == Reason.BLOCKED_ADDRESS


@pytest.mark.parametrize(
    ("address", "kind"),
    [
        ("127.0.0.1", "loopback"),
        ("10.0.0.7", "private"),
        ("172.16.4.4", "private"),
        ("192.168.0.1", "private"),
        ("169.254.1.1", "link-local"),
        ("fe80::1", "link-local"),
        ("::1", "loopback"),
        ("::", "unspecified"),
        ("224.0.0.1", "multicast"),
        ("fc00::5", "private"),
        ("100.64.0.1", "non-public"),
        ("::ffff:127.0.0.1", "loopback"),
        ("2002:7f00:1::", "loopback"),
        ("64:ff9b::a00:1", "private"),
    ],
)
def test_address_kinds(address: str, kind: str) -> None:
    problem = address_problem(address)
    assert problem is not None
    assert f"{kind} address" in problem


@pytest.mark.parametrize("address", ["93.184.216.34", "2606:4700:4700::1111"])
def test_public_addresses_pass(address: str) -> None:
    assert address_problem(address) is None


def test_localhost_resolves_to_a_blocked_address() -> None:
    with pytest.raises(BlockedHostError, match=r"^localhost resolves to .* loopback address"):
        pinned_address("localhost")


def test_a_host_with_any_private_address_is_blocked() -> None:
    def resolve(host: str) -> list[str]:
        return ["93.184.216.34", "10.0.0.8"]

    with pytest.raises(BlockedHostError, match=r"10\.0\.0\.8 is a private address"):
        pinned_address("mixed.example", resolve)


def _trusting(address: str) -> str | None:
    """Judge the test server's address as public and every other address for real."""
    return None if address == "127.0.0.1" else address_problem(address)


def test_the_guard_checks_every_redirect_hop(server: LocalServer) -> None:
    server.routes["/hop"] = Route(status=302, headers={"Location": "/hop2"})
    server.routes["/hop2"] = Route(status=302, headers={"Location": "http://10.0.0.9/internal"})
    resolved: list[str] = []

    def resolve(host: str) -> list[str]:
        resolved.append(host)
        return [host]

    fetcher = Fetcher(Settings(), resolve=resolve, judge=_trusting)
    with fetcher, pytest.raises(InputError) as caught:
        fetcher.get(server.url("/hop"))
    assert caught.value.code == Reason.BLOCKED_ADDRESS
    assert resolved == ["127.0.0.1", "127.0.0.1", "10.0.0.9"]
    assert [path for path, _ in server.requests] == ["/hop", "/hop2"]


def test_the_connection_goes_to_the_address_that_was_checked(server: LocalServer) -> None:
    """DNS rebinding: a second lookup would answer a private address; there is none."""
    server.routes["/quay"] = Route(PAGE.encode())
    port = server.base.rsplit(":", 1)[1]
    answers = iter([["127.0.0.1"], ["10.0.0.1"]])
    lookups: list[str] = []

    def rebinding(host: str) -> list[str]:
        lookups.append(host)
        return next(answers)

    with Fetcher(Settings(), resolve=rebinding, judge=_trusting) as fetcher:
        fetched = fetcher.get(f"http://news.example:{port}/quay")
    assert lookups == ["news.example"], "one lookup per hop, pinned for the connection"
    assert fetched.url == f"http://news.example:{port}/quay", "the URL keeps its host name"
    assert server.hosts == [f"news.example:{port}"], "the Host header names the host"
    assert b"quay wall collapsed" in fetched.body


def _client_tls(authority: trustme.CA) -> ssl.SSLContext:
    context = ssl.create_default_context()
    authority.configure_trust(context)
    return context


def test_https_to_a_pinned_address_verifies_the_host_name(
    https_server: LocalServer, authority: trustme.CA
) -> None:
    https_server.routes["/quay"] = Route(PAGE.encode())
    port = https_server.base.rsplit(":", 1)[1]
    fetcher = Fetcher(
        Settings(), resolve=lambda host: ["127.0.0.1"], judge=_trusting, tls=_client_tls(authority)
    )
    with fetcher:
        fetched = fetcher.get(f"https://news.example:{port}/quay")
        with pytest.raises(InputError) as caught:
            fetcher.get(f"https://other.example:{port}/quay")
    assert b"quay wall collapsed" in fetched.body
    assert https_server.hosts == [f"news.example:{port}"]
    assert caught.value.code == Reason.UNREACHABLE
    assert "CERTIFICATE_VERIFY_FAILED" in caught.value.reason, "the certificate names news.example"


def test_unresolvable_host_is_unreachable(settings: Settings) -> None:
    def nowhere(host: str) -> list[str]:
        raise OSError("Name or service not known")

    with Fetcher(settings, resolve=nowhere) as fetcher, pytest.raises(InputError) as caught:
        fetcher.get("http://nowhere.example/story")
    assert caught.value.code == Reason.UNREACHABLE
    assert str(caught.value) == "cannot resolve nowhere.example: Name or service not known"


RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Coast Courier</title><link>{base}/</link>
<description>News</description>
<item><title>Quay wall gives way</title><link>{base}/quay</link>
<author>desk@courier.example (Marit Olsen)</author>
<pubDate>Sun, 12 Oct 2025 07:30:00 GMT</pubDate></item>
<item><title>Lost page</title><link>{base}/missing</link></item>
<item><title>Pier vote</title><pubDate>Mon, 13 Oct 2025 08:00:00 GMT</pubDate>
<description>&lt;p&gt;The council voted on Monday to rebuild the north pier before the
winter storms, after a long debate about the cost of the work.&lt;/p&gt;&lt;p&gt;Builders
start in November, and the ferry will use the south quay until spring.&lt;/p&gt;</description>
</item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Port Wire</title><id>urn:port-wire</id>
<updated>2025-06-07T10:00:00Z</updated>
<entry><title>Dock strike enters third day</title><id>urn:strike</id>
<link href="{base}/strike.txt"/><updated>2025-06-07T09:00:00Z</updated>
<author><name>Wire Desk</name></author></entry>
</feed>"""


def test_rss_feed_items_are_fetched_with_entry_fallbacks(
    server: LocalServer, local_settings: Settings
) -> None:
    server.routes["/quay"] = Route(PAGE.encode())
    server.routes["/rss"] = Route(
        RSS.format(base=server.base).encode(), content_type="application/rss+xml"
    )
    progress: list[str] = []
    result = ingest([server.url("/rss")], local_settings, progress.append)
    article, inline = result.articles
    assert inline.source == server.url("/rss") + "#3"
    assert (inline.title, inline.published) == ("Pier vote", "2025-10-13")
    assert inline.text.startswith("The council voted on Monday")
    assert article.source == server.url("/quay")
    assert article.title == "Quay wall gives way", "the page's own title"
    assert article.published == "2025-10-12", "the entry's date fills what the page lacks"
    assert article.author is not None
    assert "Marit Olsen" in article.author
    assert _codes(result) == [(server.url("/missing"), "unreachable")]
    assert progress == [server.url("/quay"), server.url("/missing"), server.url("/rss") + "#3"]


def test_an_atom_entry_without_a_page_link_is_read_from_its_content(
    tmp_path: Path, settings: Settings
) -> None:
    """feedparser offers an entry's `urn:` id as its link: no page to fetch."""
    content = "&lt;p&gt;" + ENGLISH_FILLER + "&lt;/p&gt;"
    atom = (
        '<feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title>'
        f'<entry><title>Pier vote</title><id>urn:pier</id><content type="html">{content}</content>'
        "</entry><entry><title>Lost</title><id>urn:lost</id>"
        '<link href="file:///etc/passwd"/></entry></feed>'
    )
    path = tmp_path / "wire.atom"
    path.write_text(atom, encoding="utf-8")
    result = ingest([str(path)], settings)
    assert [(article.source, article.title) for article in result.articles] == [
        (f"{path}#1", "Pier vote")
    ]
    assert [(item.input, item.code) for item in result.rejected] == [(f"{path}#2", "malformed")]
    assert "is no http(s) page" in result.rejected[0].reason


def test_atom_feed_file_points_at_served_pages(
    server: LocalServer, local_settings: Settings, tmp_path: Path
) -> None:
    server.routes["/strike.txt"] = Route(DOCK_STRIKE.encode(), content_type="text/plain")
    path = tmp_path / "wire.atom"
    path.write_text(ATOM.format(base=server.base), encoding="utf-8")
    (article,) = ingest([str(path)], local_settings).articles
    assert article.source == server.url("/strike.txt")
    assert article.author == "Lena Markovic", "the page's byline wins over the entry author"
    assert article.published == "2025-06-06"


def test_atom_feed_url_detected_from_xml_content(
    server: LocalServer, local_settings: Settings
) -> None:
    server.routes["/strike.txt"] = Route(DOCK_STRIKE.encode(), content_type="text/plain")
    server.routes["/feed"] = Route(ATOM.format(base=server.base).encode(), content_type="text/xml")
    (article,) = ingest([server.url("/feed")], local_settings).articles
    assert article.url == server.url("/strike.txt")
