"""A dead partner endpoint delays no other partner: a cap of attempts in flight per endpoint,
leases renewed while an attempt runs (no second send from a lapsed lease), and a deadline on
resolving a partner's host name."""

import socket
import threading
import time
import uuid
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import httpcore
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from app.models.base import utcnow
from app.models.webhook import DeliveryStatus, WebhookDelivery, WebhookEvent
from app.services.webhooks import network
from app.services.webhooks.delivery import DeliveryWorker
from tests.auth_helpers import bearer, client_token, make_partner
from tests.test_webhooks import QUICK, wait_for
from tests.webhook_receiver import HeldEndpoint, Receiver


@pytest.fixture
def stalled() -> Iterator[HeldEndpoint]:
    endpoint = HeldEndpoint()
    yield endpoint
    endpoint.close()


@pytest.fixture
def healthy() -> Iterator[Receiver]:
    endpoint = Receiver()
    yield endpoint
    endpoint.close()


def endpoint_with_events(
    client: TestClient, session: Session, name: str, url: str, events: int
) -> tuple[int, str]:
    """A partner's endpoint for `url` with `events` events waiting for it; (id, secret)."""
    partner = make_partner(session, name)
    headers = bearer(client_token(client, session, partner, ["webhooks:manage"]))
    body = {"url": url, "event_types": ["vacancy.filled"]}
    created = client.post("/api/v1/webhooks", json=body, headers=headers)
    assert created.status_code == 201, created.text
    endpoint_id, secret = created.json()["id"], created.json()["secret"]
    for n in range(events):
        event = WebhookEvent(
            message_id=f"msg_{uuid.uuid4().hex}",
            partner_id=partner.id or 0,
            event_type="vacancy.filled",
            payload={"type": "vacancy.filled", "data": {"vacancy_id": n + 1}},
        )
        session.add(event)
        session.flush()
        session.add(
            WebhookDelivery(
                event_id=event.id or 0, endpoint_id=endpoint_id, next_attempt_at=utcnow()
            )
        )
    session.commit()
    return endpoint_id, secret


def delivered(session: Session, endpoint_id: int) -> int:
    session.expire_all()
    rows = session.exec(
        select(WebhookDelivery).where(
            col(WebhookDelivery.endpoint_id) == endpoint_id,
            WebhookDelivery.status == DeliveryStatus.succeeded,
        )
    ).all()
    return len(rows)


def test_a_stalled_endpoint_holds_its_cap_and_delays_no_other(
    app: FastAPI,
    engine: Engine,
    client: TestClient,
    session: Session,
    stalled: HeldEndpoint,
    healthy: Receiver,
) -> None:
    cap = app.state.settings.webhook_endpoint_concurrency
    dead, _ = endpoint_with_events(client, session, "PT Diam Saja", stalled.url, 6)
    live, healthy.secret = endpoint_with_events(client, session, "PT Sigap", healthy.url, 3)

    worker = DeliveryWorker(engine, app.state.settings, backoff=QUICK)
    worker.start()
    try:
        # The partner that answers gets everything while the other's attempts hang.
        wait_for(lambda: delivered(session, live) == 3)
        assert len(healthy.accepted) == 3
        wait_for(lambda: stalled.started == cap)
        time.sleep(0.3)  # a few more rounds of the worker: still no more than the cap
        assert (stalled.started, stalled.most_open) == (cap, cap)
        assert delivered(session, dead) == 0
        stalled.release.set()
        wait_for(lambda: delivered(session, dead) == 6)
    finally:
        worker.stop()
    assert stalled.most_open == cap
    assert stalled.started == 6  # each once: a released attempt is not sent again


def test_a_slow_attempt_keeps_its_lease_and_is_sent_once(
    app: FastAPI, engine: Engine, client: TestClient, session: Session
) -> None:
    # The receiver answers after 1.5 s; the lease is 0.3 s, renewed every 0.1 s. Another
    # worker polling meanwhile finds nothing to take: the delivery is sent once.
    slow = HeldEndpoint(answer_after=1.5)
    try:
        endpoint_id, _ = endpoint_with_events(client, session, "PT Lambat", slow.url, 1)
        settings = app.state.settings
        holder = DeliveryWorker(engine, settings, backoff=QUICK, lease=timedelta(seconds=0.3))
        other = DeliveryWorker(engine, settings, backoff=QUICK, lease=timedelta(seconds=0.3))
        attempted = threading.Thread(target=holder.run_once)
        attempted.start()
        wait_for(lambda: slow.started == 1)
        deadline = time.monotonic() + 1.0
        while time.monotonic() < deadline:
            assert other.claim() == []
            time.sleep(0.05)
        attempted.join()
        holder.stop()
        other.stop()
        assert slow.started == 1
        assert delivered(session, endpoint_id) == 1
        row = session.exec(select(WebhookDelivery)).one()
        assert (row.attempts, row.leased_until) == (1, None)
    finally:
        slow.close()


def test_resolving_a_partner_name_has_a_deadline(monkeypatch: pytest.MonkeyPatch) -> None:
    resolving = threading.Event()

    def stuck(*args: Any, **kwargs: Any) -> list[Any]:
        resolving.set()
        time.sleep(2.0)
        return []

    monkeypatch.setattr(socket, "getaddrinfo", stuck)
    started = time.monotonic()
    with pytest.raises(httpcore.ConnectTimeout, match=r"resolving hooks\.example\.com took"):
        network.public_address("hooks.example.com", 443, timeout=0.2)
    assert resolving.is_set()
    assert time.monotonic() - started < 1.0
