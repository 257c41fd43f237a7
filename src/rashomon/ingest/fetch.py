"""HTTP fetching: one httpx client, timeouts, a streamed size cap, checked redirects, SSRF guard.

Redirects are followed by hand so that every hop passes the address guard. The client ignores
proxy settings from the environment (`trust_env=False`): the guard judges the address that is
actually connected to.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from types import TracebackType

import httpx

from rashomon.errors import Reason
from rashomon.ingest.netguard import host_problem
from rashomon.ingest.records import InputError
from rashomon.settings import Settings

HostGuard = Callable[[str], str | None]


@dataclass(frozen=True, slots=True)
class Fetched:
    """A downloaded body with the final URL (after redirects) and its media type and charset."""

    url: str
    content_type: str
    charset: str | None
    body: bytes


class Fetcher:
    """Downloads URLs for ingest; the httpx client is opened on first use and closed by `close`."""

    def __init__(self, settings: Settings, guard: HostGuard = host_problem) -> None:
        self._settings = settings
        self._guard = guard
        self._client: httpx.Client | None = None

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
        try:
            return self._get(url)
        except httpx.TimeoutException as error:
            raise InputError(
                Reason.UNREACHABLE, f"timed out after {self._settings.fetch_timeout:g} s"
            ) from error
        except (httpx.HTTPError, httpx.InvalidURL) as error:
            raise InputError(Reason.UNREACHABLE, f"cannot fetch: {error}") from error

    def _get(self, url: str) -> Fetched:
        current = httpx.URL(url)
        for _ in range(self._settings.max_redirects + 1):
            self._check(current)
            with self._http().stream("GET", current) as response:
                if response.is_redirect:
                    current = current.join(response.headers["location"])
                    continue
                if response.status_code >= 400:
                    raise InputError(
                        Reason.UNREACHABLE, f"HTTP {response.status_code} from {current}"
                    )
                body = self._read_capped(response)
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

    def _check(self, url: httpx.URL) -> None:
        if url.scheme not in ("http", "https"):
            raise InputError(
                Reason.UNREACHABLE, f"cannot fetch {url}: only http and https are fetched"
            )
        if self._settings.allow_private:
            return
        problem = self._guard(url.host)
        if problem:
            raise InputError(
                Reason.BLOCKED_ADDRESS,
                f"refused {url.host}: {problem} (set allow_private to fetch private addresses)",
            )

    def _read_capped(self, response: httpx.Response) -> bytes:
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
        return b"".join(chunks)

    def _http(self) -> httpx.Client:
        if self._client is None:
            timeout = self._settings.fetch_timeout
            self._client = httpx.Client(
                timeout=httpx.Timeout(timeout),
                follow_redirects=False,
                trust_env=False,
                headers={"User-Agent": self._settings.user_agent},
            )
        return self._client
