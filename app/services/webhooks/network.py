"""Webhook deliveries connect only to public addresses, as resolved at delivery time.

An endpoint's URL is checked when a partner registers it (`webhooks.check_url`), but its
host name is resolved only when a delivery is sent, and the partner controls its DNS: a name
that resolved to a public address at registration may resolve to 127.0.0.1 or to the city's
internal network later (DNS rebinding). So the delivery worker's connections go through
`PublicOnlyBackend`: it resolves the name itself, refuses if any address is not public, and
connects to the address it checked (not to the name, which could resolve again
differently). TLS still verifies the certificate against the URL's host name.
"""

import ipaddress
import socket
import threading
from collections.abc import Iterable
from typing import Any

import httpcore
import httpx

# When httpx gives no connect timeout: resolving a name never waits longer than this.
RESOLVE_SECONDS = 5.0


def _resolve(host: str, port: int, timeout: float | None) -> list[Any]:
    """getaddrinfo with a deadline. The C resolver call cannot be interrupted, so it runs on
    a daemon thread of its own that is left to finish alone when the deadline passes: a
    partner's slow DNS ends the attempt, not the worker's thread."""
    outcome: dict[str, Any] = {}

    def lookup() -> None:
        try:
            outcome["infos"] = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except (OSError, UnicodeError) as exc:
            outcome["error"] = exc

    resolver = threading.Thread(target=lookup, name=f"resolve-{host}", daemon=True)
    resolver.start()
    waited = RESOLVE_SECONDS if timeout is None else timeout
    resolver.join(waited)
    if resolver.is_alive():
        raise httpcore.ConnectTimeout(f"resolving {host} took longer than {waited} s")
    if "error" in outcome:
        raise httpcore.ConnectError(f"cannot resolve {host}: {outcome['error']}")
    return list(outcome["infos"])


def public_address(host: str, port: int, timeout: float | None = None) -> str:
    """An address of `host` to connect to, when every address it resolves to is public;
    resolving ends after `timeout` seconds."""
    infos = _resolve(host, port, timeout)
    # An IPv6 address may carry a zone ("fe80::1%eth0"), which ip_address does not read.
    addresses = [ipaddress.ip_address(str(info[4][0]).split("%")[0]) for info in infos]
    if not addresses:
        raise httpcore.ConnectError(f"{host} has no address")
    private = [str(a) for a in addresses if not a.is_global]
    if private:
        # All or nothing: a name answering with a public and a private address could be
        # connected to the private one on a later attempt.
        raise httpcore.ConnectError(f"{host} resolves to a non-public address ({private[0]})")
    return str(addresses[0])


class PublicOnlyBackend(httpcore.NetworkBackend):
    """httpcore's own sync backend, connecting only to checked public addresses."""

    def __init__(self, inner: httpcore.NetworkBackend | None = None) -> None:
        self._inner = inner or httpcore.SyncBackend()

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        address = public_address(host, port, timeout)
        return self._inner.connect_tcp(address, port, timeout, local_address, socket_options)

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.NetworkStream:
        raise httpcore.ConnectError("webhooks are not delivered to local sockets")

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


class PublicOnlyTransport(httpx.HTTPTransport):
    """httpx's transport over a connection pool that uses `PublicOnlyBackend`.

    httpx does not take a network backend itself; its pool (httpcore) does, so the pool is
    made here the way httpx makes it. Proxies from the environment are not used: a proxy
    would do the resolving, out of this check's sight.
    """

    def __init__(self) -> None:
        super().__init__(trust_env=False)
        self._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(trust_env=False),
            network_backend=PublicOnlyBackend(),
        )
