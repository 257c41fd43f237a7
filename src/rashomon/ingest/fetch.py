"""HTTP fetching: one httpx client, timeouts, a streamed size cap, checked redirects, SSRF guard.

Redirects are followed by hand so that every hop passes the address guard. Each hop's host is
resolved once, judged, and the request is sent to that very address (with the original Host
header and TLS server name), so a DNS answer that changes between check and connect (DNS
rebinding) cannot reach a private address. Connections are not kept alive, because a pooled
connection is keyed by address and would be reused for another host on the same address. The
client ignores proxy settings from the environment (`trust_env=False`): the guard judges the
address that is actually connected to.

`fetch_timeout` bounds each connect and each read, which a server sending 50 bytes a second never
trips; so every URL also has a deadline for all its hops and reads together (`fetch_deadline`),
and the run one for all its fetches (`fetch_run_deadline`, counted from the first). The deadline
is checked after every read, and each request's timeouts are cut to the time left when it starts.
"""

from __future__ import annotations

import ssl
import time
from dataclasses import dataclass
from types import TracebackType

import httpx

from rashomon.errors import InputError, Reason
from rashomon.ingest.netguard import (
    AddressJudge,
    BlockedHostError,
    Resolver,
    address_problem,
    pinned_address,
    resolve_host,
)
from rashomon.settings import Settings


@dataclass(frozen=True, slots=True)
class Fetched:
    """A downloaded body with the final URL (after redirects) and its media type and charset."""

    url: str
    content_type: str
    charset: str | None
    body: bytes


@dataclass(frozen=True, slots=True)
class _Deadline:
    """When a fetch must be over (a `time.monotonic()` value), and why, for the reject."""

    at: float
    reason: str

    def left(self) -> float:
        """Seconds left; raise InputError (unreachable) when none are."""
        left = self.at - time.monotonic()
        if left <= 0:
            raise InputError(Reason.UNREACHABLE, self.reason)
        return left


class Fetcher:
    """Downloads URLs for ingest; the httpx client is opened on first use and closed by `close`."""

    def __init__(
        self,
        settings: Settings,
        resolve: Resolver = resolve_host,
        judge: AddressJudge = address_problem,
        tls: ssl.SSLContext | None = None,
    ) -> None:
        """Name resolution, the address policy and the trusted CAs (`tls`; default: certifi's)
        can be replaced, as the tests do."""
        self._settings = settings
        self._resolve = resolve
        self._judge = judge
        self._tls = tls
        self._client: httpx.Client | None = None
        self._run_started: float | None = None

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Close the HTTP client if one was opened."""
        if self._client is not None:
            self._client.close()
            self._client = None

    def get(self, url: str) -> Fetched:
        """Download `url`; raise InputError (unreachable, blocked_address, too_large) on failure."""
        deadline = self._deadline()
        try:
            return self._get(url, deadline)
        except httpx.TimeoutException as error:
            deadline.left()
            raise InputError(
                Reason.UNREACHABLE, f"timed out after {self._settings.fetch_timeout:g} s"
            ) from error
        except (httpx.HTTPError, httpx.InvalidURL) as error:
            raise InputError(Reason.UNREACHABLE, f"cannot fetch: {error}") from error

    def _deadline(self) -> _Deadline:
        """The deadline of a fetch starting now: its own, or the run's when that comes first."""
        now = time.monotonic()
        if self._run_started is None:
            self._run_started = now
        run = self._settings.fetch_run_deadline
        own = self._settings.fetch_deadline
        if self._run_started + run < now + own:
            reason = f"not fetched in time: this run's fetches may take {run:g} s in all"
            deadline = _Deadline(self._run_started + run, reason + " (fetch_run_deadline)")
        else:
            reason = f"took more than {own:g} s in all (fetch_deadline); the server is too slow"
            deadline = _Deadline(now + own, reason)
        deadline.left()
        return deadline

    def _get(self, url: str, deadline: _Deadline) -> Fetched:
        current = httpx.URL(url)
        for _ in range(self._settings.max_redirects + 1):
            target, headers, extensions = self._route(current)
            timeout = httpx.Timeout(min(self._settings.fetch_timeout, deadline.left()))
            with self._http().stream(
                "GET", target, headers=headers, extensions=extensions, timeout=timeout
            ) as response:
                if response.is_redirect:
                    current = current.join(response.headers["location"])
                    continue
                if response.status_code >= 400:
                    raise InputError(
                        Reason.UNREACHABLE, f"HTTP {response.status_code} from {current}"
                    )
                body = self._read_capped(response, deadline)
                media = response.headers.get("content-type", "")
                return Fetched(
                    url=str(current),
                    content_type=media.split(";", 1)[0].strip().lower(),
                    charset=response.charset_encoding,
                    body=body,
                )
        raise InputError(
            Reason.UNREACHABLE, f"more than {self._settings.max_redirects} redirects from {url}"
        )

    def _route(self, url: httpx.URL) -> tuple[httpx.URL, dict[str, str], dict[str, str]]:
        """Return where to send a request for `url`: its checked address, Host header, TLS name."""
        if url.scheme not in ("http", "https"):
            raise InputError(
                Reason.UNREACHABLE, f"cannot fetch {url}: only http and https are fetched"
            )
        if self._settings.allow_private:
            return url, {}, {}
        try:
            address = pinned_address(url.host, self._resolve, self._judge)
        except BlockedHostError as error:
            raise InputError(
                Reason.BLOCKED_ADDRESS,
                f"refused {url.host}: {error} (set allow_private to fetch private addresses)",
            ) from error
        except OSError as error:
            raise InputError(Reason.UNREACHABLE, f"cannot resolve {url.host}: {error}") from error
        extensions = {"sni_hostname": url.host} if url.scheme == "https" else {}
        return url.copy_with(host=address), {"Host": url.netloc.decode("ascii")}, extensions

    def _read_capped(self, response: httpx.Response, deadline: _Deadline) -> bytes:
        limit = self._settings.max_bytes
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            raise InputError(Reason.TOO_LARGE, f"response is {declared} bytes, limit is {limit}")
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > limit:
                raise InputError(Reason.TOO_LARGE, f"response exceeds the {limit}-byte limit")
            chunks.append(chunk)
            deadline.left()
        return b"".join(chunks)

    def _http(self) -> httpx.Client:
        if self._client is None:
            timeout = self._settings.fetch_timeout
            self._client = httpx.Client(
                timeout=httpx.Timeout(timeout),
                limits=httpx.Limits(max_keepalive_connections=0),
                follow_redirects=False,
                trust_env=False,
                verify=self._tls or True,
                headers={"User-Agent": self._settings.user_agent},
            )
        return self._client
