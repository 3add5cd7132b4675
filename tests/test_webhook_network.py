"""Deliveries connect only to public addresses, resolved when they are sent (DNS rebinding)."""

import socket
from typing import Any

import httpcore
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy.engine import Engine
from sqlmodel import Session

from app.services.webhooks.delivery import DeliveryWorker
from app.services.webhooks.network import PublicOnlyBackend, PublicOnlyTransport, public_address
from tests.auth_helpers import bearer, client_token, make_partner
from tests.factories import add_applicant, add_application, add_job_order
from tests.webhook_receiver import Receiver

HOOK_HOST = "hooks.partner.example"


def resolving(monkeypatch: pytest.MonkeyPatch, *addresses: str) -> list[str]:
    """Make every name resolve to `addresses` (the partner's DNS); the names asked for."""
    asked: list[str] = []

    def getaddrinfo(host: str, port: int, *args: Any, **kwargs: Any) -> list[Any]:
        asked.append(host)
        family = {True: socket.AF_INET6, False: socket.AF_INET}
        return [(family[":" in a], socket.SOCK_STREAM, 6, "", (a, port)) for a in addresses]

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    return asked


@pytest.mark.parametrize(
    "addresses",
    [
        ("127.0.0.1",),
        ("10.1.2.3",),
        ("169.254.169.254",),  # cloud metadata
        ("::1",),
        ("fe80::1%eth0",),
        ("8.8.8.8", "192.168.0.10"),  # one private answer is enough to refuse
    ],
)
def test_a_name_resolving_to_a_non_public_address_is_refused(
    monkeypatch: pytest.MonkeyPatch, addresses: tuple[str, ...]
) -> None:
    resolving(monkeypatch, *addresses)
    with pytest.raises(httpcore.ConnectError, match="non-public"):
        public_address(HOOK_HOST, 443)


def test_the_connection_goes_to_the_address_that_was_checked(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked = resolving(monkeypatch, "8.8.8.8")
    connected: list[tuple[str, int]] = []

    class Recording(httpcore.SyncBackend):
        def connect_tcp(self, host: str, port: int, *args: Any, **kwargs: Any) -> Any:
            connected.append((host, port))
            raise httpcore.ConnectError("recorded")

    with pytest.raises(httpcore.ConnectError, match="recorded"):
        PublicOnlyBackend(Recording()).connect_tcp(HOOK_HOST, 443)
    # Resolved once, here; the socket is opened to that address, not to the name again.
    assert asked == [HOOK_HOST] and connected == [("8.8.8.8", 443)]


def test_local_sockets_are_refused() -> None:
    with pytest.raises(httpcore.ConnectError):
        PublicOnlyBackend().connect_unix_socket("/run/postgresql/.s.PGSQL.5432")


def test_a_rebound_endpoint_gets_nothing_and_the_attempt_says_why(
    app: FastAPI,
    engine: Engine,
    client: TestClient,
    session: Session,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Registered under a public name, the name later resolves to the server's own loopback,
    where a receiver listens: it must receive nothing. (Plain http, which only the test
    settings register, so that without the check the receiver would get the POST.)"""
    inside = Receiver()
    partner = make_partner(session, "PT Rebind")
    headers = bearer(
        client_token(client, session, partner, ["webhooks:manage", "applications:write"])
    )
    url = inside.url.replace("127.0.0.1", HOOK_HOST)
    created = client.post(
        "/api/v1/webhooks",
        json={"url": url, "event_types": ["application.stage_changed"]},
        headers=headers,
    )
    assert created.status_code == 201, created.text
    vacancy_id = add_job_order(session, partner.id or 0, "JO-REBIND")
    application_id = add_application(session, add_applicant(session, 1), vacancy_id, "interviewed")
    moved = client.post(
        f"/api/v1/applications/{application_id}/transitions",
        json={"to_stage": "selected"},
        headers=headers,
    )
    assert moved.status_code == 200, moved.text

    resolving(monkeypatch, "127.0.0.1")
    production = app.state.settings.model_copy(update={"webhook_allow_insecure_urls": False})
    worker = DeliveryWorker(engine, production)
    try:
        assert isinstance(worker._http._transport, PublicOnlyTransport)
        assert worker.run_once() == 1
    finally:
        worker.stop()
        inside.close()
    assert not inside.calls and inside.bad_signatures == 0  # no POST reached it at all
    log = client.get(f"/api/v1/webhooks/{created.json()['id']}/deliveries", headers=headers)
    entry = log.json()["items"][0]
    assert entry["status_code"] is None and "non-public address" in entry["error"]
