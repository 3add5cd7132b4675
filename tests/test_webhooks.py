"""Webhooks: registration and isolation, the outbox, signed delivery with retries and restarts."""

import base64
import json
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from pydantic import ValidationError
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from app.core.config import Settings
from app.core.errors import ProblemError
from app.main import create_app
from app.models.webhook import WebhookDelivery, WebhookEndpoint, WebhookEndpointCreate, WebhookEvent
from app.services.webhooks.delivery import BACKOFF, DeliveryWorker, sign
from app.services.webhooks.endpoints import check_url
from tests.auth_helpers import bearer, client_token, make_partner
from tests.factories import (
    add_applicant,
    add_application,
    add_job_order,
    assert_problem,
    count_rows,
)
from tests.webhook_receiver import Receiver

WEBHOOKS = "/api/v1/webhooks"
ALL_TYPES = ["application.stage_changed", "vacancy.filled"]
QUICK = (timedelta(milliseconds=10),) * 7


@dataclass
class Partner:
    id: int
    headers: dict[str, str]


@pytest.fixture
def agency(client: TestClient, session: Session) -> Partner:
    partner = make_partner(session, "PT Kabar Cepat")
    token = client_token(client, session, partner, ["webhooks:manage", "applications:write"])
    return Partner(partner.id or 0, bearer(token))


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    server = Receiver(fail_first=2)
    yield server
    server.close()


def register(
    client: TestClient, partner: Partner, url: str, types: list[str] = ALL_TYPES
) -> dict[str, Any]:
    response = client.post(
        WEBHOOKS, json={"url": url, "event_types": types}, headers=partner.headers
    )
    assert response.status_code == 201, response.text
    return response.json()  # type: ignore[no-any-return]


def interviewed(session: Session, vacancy_id: int, serial: int) -> int:
    return add_application(session, add_applicant(session, serial), vacancy_id, "interviewed")


def move(client: TestClient, partner: Partner, application_id: int, to_stage: str) -> None:
    url = f"/api/v1/applications/{application_id}/transitions"
    response = client.post(url, json={"to_stage": to_stage}, headers=partner.headers)
    assert response.status_code == 200, response.text


def wait_for(condition: Callable[[], bool], seconds: float = 15.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)


# -- registration ---------------------------------------------------------------------------


def test_registering_needs_the_scope(
    client: TestClient, session: Session, officer: TestClient
) -> None:
    partner = make_partner(session, "PT Tanpa Cakupan")
    reader = bearer(client_token(client, session, partner, ["vacancies:read"]))
    body = {"url": "https://hooks.example.com/x", "event_types": ["vacancy.filled"]}
    assert_problem(client.post(WEBHOOKS, json=body, headers=reader), 403, "insufficient_scope")
    assert_problem(officer.post(WEBHOOKS, json=body), 403, "client_only")
    assert count_rows(session, WebhookEndpoint) == 0


def test_the_secret_is_shown_once_and_stored_encrypted(
    client: TestClient, session: Session, agency: Partner
) -> None:
    created = register(client, agency, "http://127.0.0.1:9/hooks")
    assert created["secret"].startswith("whsec_")
    assert len(base64.b64decode(created["secret"].removeprefix("whsec_"))) == 24
    listed = client.get(WEBHOOKS, headers=agency.headers).json()["items"]
    assert [item["id"] for item in listed] == [created["id"]]
    assert "secret" not in listed[0]
    stored = session.exec(select(WebhookEndpoint)).one()
    assert created["secret"] not in stored.secret_encrypted
    assert created["secret"].removeprefix("whsec_") not in stored.secret_encrypted


def test_a_partner_sees_only_its_own_endpoints(
    client: TestClient, session: Session, agency: Partner
) -> None:
    created = register(client, agency, "http://127.0.0.1:9/hooks")
    other = make_partner(session, "PT Tetangga")
    others = bearer(client_token(client, session, other, ["webhooks:manage"]))
    assert client.get(WEBHOOKS, headers=others).json()["items"] == []
    for method, path in (
        ("DELETE", f"{WEBHOOKS}/{created['id']}"),
        ("GET", f"{WEBHOOKS}/{created['id']}/deliveries"),
    ):
        assert_problem(client.request(method, path, headers=others), 404, "not_found")
    assert count_rows(session, WebhookEndpoint) == 1

    assert client.delete(f"{WEBHOOKS}/{created['id']}", headers=agency.headers).status_code == 204
    assert count_rows(session, WebhookEndpoint) == 0


@pytest.mark.parametrize(
    "body",
    [
        {"url": "not a url", "event_types": ["vacancy.filled"]},
        {"url": "ftp://hooks.example.com/x", "event_types": ["vacancy.filled"]},
        {"url": "https://user:pw@hooks.example.com/x", "event_types": ["vacancy.filled"]},
        {"url": "https://hooks.example.com/x", "event_types": []},
        {"url": "https://hooks.example.com/x", "event_types": ["vacancy.opened"]},
    ],
)
def test_a_bad_registration_is_refused(
    client: TestClient, session: Session, agency: Partner, body: dict[str, Any]
) -> None:
    response = client.post(WEBHOOKS, json=body, headers=agency.headers)
    assert response.status_code == 422, response.text
    assert count_rows(session, WebhookEndpoint) == 0


@pytest.mark.parametrize(
    "url",
    [
        "http://hooks.example.com/x",
        "https://127.0.0.1/x",
        "https://10.1.2.3/x",
        "https://localhost/",
        "https://localhost./x",
        "https://LOCALHOST/x",
        "https://127.0.0.1./x",
        "https://api.localhost./x",
        "https://a_b.example/x",  # no host name can be made of it
    ],
)
def test_in_production_only_public_https_urls_are_taken(url: str) -> None:
    strict = Settings(webhook_allow_insecure_urls=False)
    with pytest.raises(ProblemError) as refused:
        check_url(strict, WebhookEndpointCreate(url=url, event_types=["vacancy.filled"]))
    assert refused.value.code == "webhook_url_not_allowed"
    good = WebhookEndpointCreate(url="https://hooks.example.com/x", event_types=["vacancy.filled"])
    assert check_url(strict, good) == "https://hooks.example.com/x"
    with pytest.raises(ValidationError):
        WebhookEndpointCreate(url="https://x.example/" + "a" * 2000, event_types=["vacancy.filled"])


@pytest.mark.parametrize(
    ("given", "stored"),
    [
        ("https://bücher.example/x", "https://xn--bcher-kva.example/x"),
        ("https://BÜCHER.Example./x", "https://xn--bcher-kva.example/x"),
        ("https://Hooks.Example.com.:8443/a?b=1", "https://hooks.example.com:8443/a?b=1"),
    ],
)
def test_hosts_are_stored_normalised(
    app: FastAPI, client: TestClient, agency: Partner, given: str, stored: str
) -> None:
    strict = Settings(webhook_allow_insecure_urls=False)
    assert check_url(strict, WebhookEndpointCreate(url=given, event_types=["vacancy.filled"])) == (
        stored
    )
    assert register(client, agency, given)["url"] == stored


# -- the outbox -----------------------------------------------------------------------------


def test_events_are_written_with_the_change_and_carry_no_personal_data(
    client: TestClient, session: Session, agency: Partner
) -> None:
    register(client, agency, "http://127.0.0.1:9/hooks")
    vacancy = add_job_order(session, agency.id, "JO-SATU", openings=1)
    first, second = interviewed(session, vacancy, 1), interviewed(session, vacancy, 2)
    move(client, agency, first, "selected")

    events = session.exec(select(WebhookEvent).order_by(col(WebhookEvent.id))).all()
    assert [e.event_type for e in events] == ["application.stage_changed", "vacancy.filled"]
    assert events[0].payload["data"] == {
        "application_id": first,
        "vacancy_id": vacancy,
        "external_id": "JO-SATU",
        "from_stage": "interviewed",
        "to_stage": "selected",
    }
    assert events[1].payload["data"] == {
        "vacancy_id": vacancy,
        "external_id": "JO-SATU",
        "openings": 1,
        "filled": 1,
    }
    assert "Calon PMI" not in json.dumps([e.payload for e in events])
    assert count_rows(session, WebhookDelivery) == 2

    # A refused change (the job order is full) leaves no event behind.
    url = f"/api/v1/applications/{second}/transitions"
    full = client.post(url, json={"to_stage": "selected"}, headers=agency.headers)
    assert_problem(full, 409, "vacancy_full")
    assert count_rows(session, WebhookEvent) == 2


def test_only_subscribed_types_are_queued(
    client: TestClient, session: Session, agency: Partner
) -> None:
    register(client, agency, "http://127.0.0.1:9/hooks", ["vacancy.filled"])
    vacancy = add_job_order(session, agency.id, "JO-DUA")
    move(client, agency, interviewed(session, vacancy, 1), "selected")
    assert count_rows(session, WebhookEvent) == 0  # 1 of 10 openings: not filled


# -- delivery -------------------------------------------------------------------------------


def test_every_event_arrives_once_after_failures_and_restarts(
    app: FastAPI,
    engine: Engine,
    client: TestClient,
    session: Session,
    agency: Partner,
    receiver: Receiver,
) -> None:
    settings = app.state.settings
    created = register(client, agency, receiver.url, ["application.stage_changed"])
    receiver.secret = created["secret"]
    vacancy = add_job_order(session, agency.id, "JO-TIGA")
    applications = [interviewed(session, vacancy, n) for n in range(1, 7)]
    for application_id in applications[:3]:
        move(client, agency, application_id, "selected")

    # A first worker delivers some, through two failures each, and is stopped.
    first = DeliveryWorker(engine, settings, backoff=QUICK)
    first.start()
    wait_for(lambda: len(receiver.accepted) >= 1)
    first.stop()

    # More changes while no worker runs: they wait in the outbox.
    for application_id in applications[3:]:
        move(client, agency, application_id, "selected")
    # A worker dies after claiming (before its POST): its lease runs out, nothing is lost.
    dying = DeliveryWorker(engine, settings, backoff=QUICK, lease=timedelta(milliseconds=200))
    assert dying.claim()
    dying.stop()

    second = DeliveryWorker(engine, settings, backoff=QUICK)
    second.start()
    try:
        wait_for(lambda: len(receiver.accepted) == 6)
        wait_for(lambda: count_rows(session, WebhookDelivery) == 6 and _all_succeeded(session))
    finally:
        second.stop()

    message_ids = {e.message_id for e in session.exec(select(WebhookEvent))}
    assert sorted(m for m, _ in receiver.accepted) == sorted(message_ids)  # each exactly once
    assert receiver.bad_signatures == 0
    assert all(receiver.calls[m] == 3 for m in message_ids)  # two 500s, then taken
    moved = sorted(payload["data"]["application_id"] for _, payload in receiver.accepted)
    assert moved == sorted(applications)
    assert {payload["type"] for _, payload in receiver.accepted} == {"application.stage_changed"}

    log = client.get(f"{WEBHOOKS}/{created['id']}/deliveries?limit=100", headers=agency.headers)
    assert log.status_code == 200, log.text
    entries = log.json()["items"]
    assert len(entries) == 18
    for message_id in message_ids:
        mine = [e for e in entries if e["webhook_id"] == message_id]
        assert [e["status_code"] for e in mine] == [500, 500, 204]
        assert [e["error"] for e in mine] == ["HTTP 500", "HTTP 500", None]
        assert mine[0]["next_attempt_at"] and mine[1]["next_attempt_at"]
        assert mine[2]["next_attempt_at"] is None
        assert {e["delivery_status"] for e in mine} == {"succeeded"}


def _all_succeeded(session: Session) -> bool:
    session.expire_all()
    return all(d.status == "succeeded" for d in session.exec(select(WebhookDelivery)))


def test_a_delivery_is_failed_after_its_last_attempt(
    app: FastAPI, engine: Engine, client: TestClient, session: Session, agency: Partner
) -> None:
    never = Receiver(fail_first=10**6)
    try:
        created = register(client, agency, never.url, ["application.stage_changed"])
        never.secret = created["secret"]
        move(
            client,
            agency,
            interviewed(session, add_job_order(session, agency.id, "JO-4"), 1),
            "selected",
        )
        worker = DeliveryWorker(engine, app.state.settings, backoff=QUICK[:2])
        try:
            wait_for(lambda: worker.run_once() == 0 and sum(never.calls.values()) == 3)
        finally:
            worker.stop()
    finally:
        never.close()
    delivery = session.exec(select(WebhookDelivery)).one()
    assert (delivery.status, delivery.attempts, delivery.next_attempt_at) == ("failed", 3, None)
    log = client.get(f"{WEBHOOKS}/{created['id']}/deliveries", headers=agency.headers).json()
    assert [e["attempt"] for e in log["items"]] == [1, 2, 3]
    assert log["items"][-1]["next_attempt_at"] is None
    assert log["items"][-1]["delivery_status"] == "failed"


def test_an_unreachable_endpoint_is_logged_and_retried_later(
    app: FastAPI, engine: Engine, client: TestClient, session: Session, agency: Partner
) -> None:
    closed = Receiver()
    url = closed.url
    closed.close()  # nothing listens on that port now
    created = register(client, agency, url, ["application.stage_changed"])
    move(
        client,
        agency,
        interviewed(session, add_job_order(session, agency.id, "JO-5"), 1),
        "selected",
    )
    worker = DeliveryWorker(engine, app.state.settings)  # the real schedule: 5 s, 5 min, ...
    try:
        assert worker.run_once() == 1
        assert worker.run_once() == 0  # not due again yet
    finally:
        worker.stop()
    entry = client.get(f"{WEBHOOKS}/{created['id']}/deliveries", headers=agency.headers).json()[
        "items"
    ][0]
    assert entry["status_code"] is None and entry["error"].startswith("ConnectError")
    wait = _parse(entry["next_attempt_at"]) - _parse(entry["at"])
    assert timedelta(seconds=4) < wait <= timedelta(seconds=6)


def _parse(value: str) -> datetime:
    return datetime.fromisoformat(value)


def test_the_schedule_spans_more_than_a_day() -> None:
    assert sum(BACKOFF, timedelta()) >= timedelta(hours=24)


def test_signatures_follow_standard_webhooks() -> None:
    # The test vector published with the Standard Webhooks reference libraries.
    signature = sign(
        "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
        "msg_p5jXN8AQM9LWM0D4loKWxJek",
        1614265330,
        b'{"test": 2432232314}',
    )
    assert signature == "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="


def test_the_app_runs_the_worker_when_configured(
    database_url: str, client: TestClient, session: Session, agency: Partner
) -> None:
    receiver = Receiver()
    try:
        receiver.secret = register(client, agency, receiver.url)["secret"]
        settings = Settings(
            database_url=database_url,
            task_queue="inline",  # the API process delivers; with the queue, workers do
            webhook_worker=True,
            webhook_poll_seconds=0.05,
            webhook_allow_insecure_urls=True,
        )
        with TestClient(create_app(settings)):
            vacancy = add_job_order(session, agency.id, "JO-6", openings=1)
            move(client, agency, interviewed(session, vacancy, 1), "selected")
            wait_for(lambda: len(receiver.accepted) == 2)
        types = sorted(payload["type"] for _, payload in receiver.accepted)
        assert types == ["application.stage_changed", "vacancy.filled"]
    finally:
        receiver.close()
