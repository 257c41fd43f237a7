"""Shared fixtures for the ingest tests: invented articles and a local HTTP server."""

from __future__ import annotations

import ssl
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
import trustme

from rashomon.settings import Settings

DOCK_STRIKE = "\n\n".join(
    [
        "Harbour cranes stand idle as dockers walk out",
        "By Lena Markovic",
        "4.5512093-7781200345\n"
        "Union leader Tomasz Rybak addresses striking dockers at the container terminal in "
        "Gdańsk, Poland, Friday, June 6, 2025. The strike entered its third day. "
        "(Anna Wolny/ Pool photo via AP) Image Credit: AP",
        "Image Source\nImage Source ()",
        "Dockers at the port of Gdańsk stayed away from work for a third day on Friday, leaving "
        "dozens of ships waiting at anchor in the bay.",
        "The union says wages have fallen behind prices since the terminal was sold to a private "
        "operator, and it wants a new contract before the summer season.",
        "Port director Ewa Sadowska said the company had offered a rise of four per cent and "
        "called the walkout reckless.",
        "Source: BalticNewsDesk and agencies",
        "— Baltic News Desk Group Limited, Gdańsk 2025\n",
    ]
)

FERRY_COLUMN = "\n\n".join(
    [
        "Nobody should be surprised that the ferry timetable has collapsed again. The operator "
        "has cut crews for three winters in a row and now blames the weather for every "
        "cancelled crossing.",
        "The island council warned about this on March 3, 2024, and again in a letter sent on "
        "14 January 2025. Nobody in the ministry replied to either warning.",
        "Until the ministry ties the subsidy to the number of crossings actually sailed, the "
        "islanders will keep paying for boats that never leave the harbour.",
        "Oskar Lindqvist is the Island Courier's transport editor and chief political columnist.",
    ]
)

ENGLISH_FILLER = (
    "The council met on Tuesday evening to discuss the new budget for the harbour, and members "
    "agreed that the repairs to the northern pier should start before the winter storms arrive."
)


@pytest.fixture
def settings() -> Settings:
    """Default settings (the SSRF guard on)."""
    return Settings()


@pytest.fixture
def local_settings() -> Settings:
    """Settings that allow fetching from the local test server."""
    return Settings(allow_private=True, fetch_timeout=5.0)


@dataclass
class Route:
    """A canned response of the test server."""

    body: bytes = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    send_length: bool = True
    trickle: float = 0.0
    """Seconds to wait before each 10-byte piece of the body (0: send it at once)."""


@dataclass
class LocalServer:
    """A running local HTTP server: its base URL, its routes and the requests it saw."""

    base: str
    routes: dict[str, Route]
    requests: list[tuple[str, str]] = field(default_factory=list)
    hosts: list[str] = field(default_factory=list)

    def url(self, path: str) -> str:
        """Return the absolute URL of `path` on this server."""
        return self.base + path


@contextmanager
def _serve(tls: ssl.SSLContext | None = None) -> Iterator[LocalServer]:
    """Serve `routes` from 127.0.0.1 on a free port, in a background thread."""
    routes: dict[str, Route] = {}
    state = LocalServer(base="", routes=routes)

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            state.requests.append((self.path, self.headers.get("User-Agent", "")))
            state.hosts.append(self.headers.get("Host", ""))
            route = routes.get(self.path, Route(body=b"not here", status=404))
            self.send_response(route.status)
            self.send_header("Content-Type", route.content_type)
            for name, value in route.headers.items():
                self.send_header(name, value)
            if route.send_length:
                self.send_header("Content-Length", str(len(route.body)))
            self.end_headers()
            if not route.trickle:
                self.wfile.write(route.body)
                return
            try:
                for start in range(0, len(route.body), 10):
                    time.sleep(route.trickle)
                    self.wfile.write(route.body[start : start + 10])
                    self.wfile.flush()
            except (BrokenPipeError, ConnectionResetError):
                return

        def log_message(self, format: str, *args: object) -> None:
            return

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    if tls is not None:
        httpd.socket = tls.wrap_socket(httpd.socket, server_side=True)
    scheme = "http" if tls is None else "https"
    state.base = f"{scheme}://127.0.0.1:{httpd.server_address[1]}"
    thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield state
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join()


@pytest.fixture
def server() -> Iterator[LocalServer]:
    """A plain HTTP test server."""
    with _serve() as state:
        yield state


@pytest.fixture(scope="session")
def authority() -> trustme.CA:
    """A throw-away certificate authority for the HTTPS test server."""
    return trustme.CA()


@pytest.fixture
def https_server(authority: trustme.CA) -> Iterator[LocalServer]:
    """An HTTPS test server whose certificate names only `news.example`."""
    tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    authority.issue_cert("news.example").configure_cert(tls)
    with _serve(tls) as state:
        yield state
