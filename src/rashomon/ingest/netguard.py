"""SSRF guard: refuse hosts that resolve to loopback, private or otherwise non-public addresses."""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
Resolver = Callable[[str], list[str]]
AddressJudge = Callable[[str], str | None]
_NAT64 = ipaddress.ip_network("64:ff9b::/96")


class BlockedHostError(Exception):
    """A host that is, or resolves to, a loopback, private or otherwise non-public address."""


def address_problem(address: str) -> str | None:
    """Return why `address` (an IP literal) must not be fetched, or None when it is public.

    IPv4 addresses embedded in IPv6 (IPv4-mapped, 6to4, NAT64) are judged as the IPv4 address.
    """
    try:
        ip: IPAddress = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return f"{address} is not an IP address"
    embedded = _embedded_ipv4(ip)
    if embedded is not None:
        problem = address_problem(str(embedded))
        return f"{address} embeds {problem}" if problem else None
    for kind, flag in (
        ("unspecified", ip.is_unspecified),
        ("loopback", ip.is_loopback),
        ("link-local", ip.is_link_local),
        ("multicast", ip.is_multicast),
        ("private", ip.is_private),
        ("reserved", ip.is_reserved),
        ("non-public", not ip.is_global),
    ):
        if flag:
            return f"{address} is {'an' if kind[0] in 'aeiou' else 'a'} {kind} address"
    return None


def resolve_host(host: str) -> list[str]:
    """Return every address `host` resolves to (an IP literal is its own address).

    Raises OSError when the host does not resolve.
    """
    literal = host.strip("[]")
    if _is_ip_literal(literal):
        return [literal]
    try:
        infos = socket.getaddrinfo(literal, None, proto=socket.IPPROTO_TCP)
    except UnicodeError as error:
        raise OSError(str(error)) from error
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def pinned_address(
    host: str,
    resolve: Resolver = resolve_host,
    judge: AddressJudge = address_problem,
) -> str:
    """Resolve `host` once and return the address to connect to.

    Connecting to this address, rather than letting the HTTP client resolve the name again,
    closes the DNS-rebinding gap between the check and the connection. Raises BlockedHostError when
    any address of the host is non-public, OSError when it does not resolve.
    """
    addresses = resolve(host)
    if not addresses:
        raise OSError("no addresses")
    for address in addresses:
        problem = judge(address)
        if problem:
            literal = host.strip("[]") == address
            raise BlockedHostError(problem if literal else f"{host} resolves to {problem}")
    return addresses[0]


def _is_ip_literal(text: str) -> bool:
    try:
        ipaddress.ip_address(text.split("%", 1)[0])
    except ValueError:
        return False
    return True


def _embedded_ipv4(ip: IPAddress) -> ipaddress.IPv4Address | None:
    if not isinstance(ip, ipaddress.IPv6Address):
        return None
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if ip.sixtofour is not None:
        return ip.sixtofour
    if ip in _NAT64:
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return None
