"""SSRF guard: refuse hosts that resolve to loopback, private or otherwise non-public addresses."""

from __future__ import annotations

import ipaddress
import socket

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
_NAT64 = ipaddress.ip_network("64:ff9b::/96")


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
            return f"{address} is a {kind} address"
    return None


def host_problem(host: str) -> str | None:
    """Return why `host` must not be fetched (any of its addresses is non-public), or None.

    A host that does not resolve gives None: the request itself then fails as unreachable.
    """
    literal = host.strip("[]")
    try:
        ipaddress.ip_address(literal.split("%", 1)[0])
    except ValueError:
        pass
    else:
        return address_problem(literal)
    try:
        infos = socket.getaddrinfo(literal, None, proto=socket.IPPROTO_TCP)
    except (OSError, UnicodeError):
        return None
    for info in infos:
        problem = address_problem(str(info[4][0]))
        if problem:
            return f"{host} resolves to {problem}"
    return None


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
