"""The client's address: the peer's, or X-Forwarded-For's right-most untrusted entry when
the peer is a trusted proxy; and the key an address's login failures count under."""

from ipaddress import ip_network

import pytest
from starlette.requests import Request

from app.core.config import Settings
from app.http.client_address import client_address
from app.services.identity.login_limits import address_key

PROXIES = (ip_network("10.0.0.0/8"), ip_network("2001:db8:ffff::/48"))


def _request(peer: str, *forwarded: str) -> Request:
    headers = [(b"x-forwarded-for", value.encode()) for value in forwarded]
    return Request({"type": "http", "client": (peer, 4000), "headers": headers})


@pytest.mark.parametrize(
    ("peer", "forwarded", "expected"),
    [
        # An untrusted peer is the client, whatever it forwards.
        ("198.51.100.4", ("203.0.113.5",), "198.51.100.4"),
        ("10.0.0.2", (), "10.0.0.2"),
        ("10.0.0.2", ("203.0.113.5",), "203.0.113.5"),
        # What the client wrote left of the address our proxy saw is ignored.
        ("10.0.0.2", ("1.1.1.1, 203.0.113.5",), "203.0.113.5"),
        # Chains of our own proxies are skipped, over repeated headers too.
        ("10.0.0.2", ("203.0.113.5, 10.1.1.1", "10.2.2.2"), "203.0.113.5"),
        # Ports and brackets as some proxies write them.
        ("10.0.0.2", ("203.0.113.5:51234",), "203.0.113.5"),
        ("10.0.0.2", ("[2001:db8::7]:443",), "2001:db8::7"),
        ("2001:db8:ffff::1", ("2001:db8::7",), "2001:db8::7"),
        # Nothing but trusted proxies, or garbage: the nearest trusted proxy.
        ("10.0.0.2", ("10.3.3.3",), "10.3.3.3"),
        ("10.0.0.2", ("not-an-address",), "10.0.0.2"),
    ],
)
def test_client_address(peer: str, forwarded: tuple[str, ...], expected: str) -> None:
    assert client_address(_request(peer, *forwarded), PROXIES) == expected


def test_peer_without_an_address_is_used_as_is() -> None:
    assert client_address(_request("testclient", "203.0.113.5"), PROXIES) == "testclient"


def test_trusted_proxies_setting_takes_a_comma_separated_list(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("TRUSTED_PROXIES", "10.0.0.0/8, 192.0.2.1")
    assert Settings().trusted_proxies == (ip_network("10.0.0.0/8"), ip_network("192.0.2.1/32"))
    monkeypatch.setenv("TRUSTED_PROXIES", "")
    assert Settings().trusted_proxies == ()


def test_ipv6_addresses_count_per_subscriber_block() -> None:
    assert address_key("2001:db8:1:2:aaaa::1") == address_key("2001:db8:1:2:bbbb::9")
    assert address_key("2001:db8:1:2::1") != address_key("2001:db8:1:3::1")
    assert address_key("::ffff:203.0.113.5") == address_key("203.0.113.5") == "addr:203.0.113.5"
