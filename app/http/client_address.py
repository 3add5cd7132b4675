"""The address a request came from, seen through the proxies we run.

The peer address, unless the peer is one of TRUSTED_PROXIES: then the right-most address
of `X-Forwarded-For` that is not a trusted proxy. Each proxy appends the address it was
reached from, so everything left of the last untrusted entry was written by the client
itself and proves nothing; an `X-Forwarded-For` from an untrusted peer is ignored whole.
"""

from collections.abc import Sequence
from ipaddress import IPv4Address, IPv4Network, IPv6Address, IPv6Network, ip_address

from fastapi import Request

IPAddress = IPv4Address | IPv6Address
IPNetwork = IPv4Network | IPv6Network


def _parse(entry: str) -> IPAddress | None:
    value = entry.strip()
    if value.startswith("["):  # "[2001:db8::1]:443"
        value = value[1:].partition("]")[0]
    elif value.count(":") == 1:  # "203.0.113.7:51234"
        value = value.partition(":")[0]
    try:
        return ip_address(value)
    except ValueError:
        return None


def _trusted(address: IPAddress, proxies: Sequence[IPNetwork]) -> bool:
    return any(address in network for network in proxies)


def client_address(request: Request, trusted_proxies: Sequence[IPNetwork]) -> str:
    peer = _parse(request.client.host) if request.client else None
    if peer is None:
        return request.client.host if request.client else "unknown"
    if not _trusted(peer, trusted_proxies):
        return str(peer)
    forwarded = ",".join(request.headers.getlist("x-forwarded-for"))
    nearest = peer
    for entry in reversed(forwarded.split(",") if forwarded else []):
        address = _parse(entry)
        if address is None:
            # Not an address a proxy of ours wrote: stop at the last proxy we trust.
            break
        if not _trusted(address, trusted_proxies):
            return str(address)
        nearest = address
    return str(nearest)
