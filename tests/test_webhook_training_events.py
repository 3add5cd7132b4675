"""`enrolment.created` and `completion.recorded` reach the programme's provider, signed."""

import json
from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from app.models.webhook import WebhookEvent
from app.services.webhooks.delivery import DeliveryWorker
from tests.auth_helpers import bearer, client_token, make_partner
from tests.factories import add_applicant, assert_problem, count_rows
from tests.test_training import API, publish
from tests.webhook_receiver import Receiver

TODAY = date.today()
TRAINING_TYPES = ["enrolment.created", "completion.recorded"]


@pytest.fixture
def provider(client: TestClient, session: Session) -> dict[str, str]:
    partner = make_partner(session, "LPK Sakura Serang", kind="training_provider")
    return bearer(client_token(client, session, partner, ["training:write", "webhooks:manage"]))


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    server = Receiver()
    yield server
    server.close()


def test_enrolment_and_completion_are_delivered_signed_to_the_provider(
    app: FastAPI,
    engine: Engine,
    client: TestClient,
    session: Session,
    officer: TestClient,
    provider: dict[str, str],
    receiver: Receiver,
) -> None:
    created = client.post(
        "/api/v1/webhooks",
        json={"url": receiver.url, "event_types": TRAINING_TYPES},
        headers=provider,
    )
    assert created.status_code == 201, created.text
    receiver.secret = created.json()["secret"]
    # Another provider's endpoint hears nothing of this programme.
    other = make_partner(session, "LPK Lain", kind="training_provider")
    other_headers = bearer(client_token(client, session, other, ["webhooks:manage"]))
    elsewhere = Receiver()
    try:
        body = {"url": elsewhere.url, "event_types": TRAINING_TYPES}
        assert client.post("/api/v1/webhooks", json=body, headers=other_headers).status_code == 201

        cohort_id = publish(client, provider, starts_on=TODAY - timedelta(weeks=12))
        programme_id = client.get(f"{API}/programmes", headers=provider).json()["items"][0]["id"]
        applicant = add_applicant(session, 1)
        url = f"{API}/cohorts/{cohort_id}/enrolments"
        enrolment = officer.post(url, json={"applicant_id": applicant})
        assert enrolment.status_code == 201, enrolment.text
        enrolment_id = enrolment.json()["id"]
        # A refused enrolment (already enrolled) leaves no event behind.
        assert_problem(officer.post(url, json={"applicant_id": applicant}), 409, "enrolment_exists")
        assert count_rows(session, WebhookEvent) == 1

        report = {"passed": True, "completed_on": TODAY.isoformat(), "result_level": "N4"}
        done = client.post(
            f"{API}/enrolments/{enrolment_id}/completion", json=report, headers=provider
        )
        assert done.status_code == 200, done.text
        credential_id = done.json()["credential_id"]

        worker = DeliveryWorker(engine, app.state.settings)
        try:
            assert worker.run_once() == 2
        finally:
            worker.stop()
    finally:
        elsewhere.close()

    assert receiver.bad_signatures == 0
    assert elsewhere.accepted == []
    ids = {"enrolment_id": enrolment_id, "programme_id": programme_id, "cohort_id": cohort_id}
    ids |= {"applicant_id": applicant}
    # Two attempts to one endpoint run at once (up to its cap): arrival order is not
    # promised, so the payloads are compared in the order the events were written.
    stored = session.exec(select(WebhookEvent).order_by(col(WebhookEvent.id))).all()
    by_message = dict(receiver.accepted)
    assert sorted(by_message) == sorted(e.message_id for e in stored)
    received = [by_message[e.message_id] for e in stored]
    assert [p["type"] for p in received] == TRAINING_TYPES
    assert received[0]["data"] == ids
    assert received[1]["data"] == ids | {"passed": True, "credential_id": credential_id}
    assert "Calon PMI" not in json.dumps(received)  # ids only, no personal data


def test_a_failed_completion_is_reported_without_a_credential(
    client: TestClient, session: Session, officer: TestClient, provider: dict[str, str]
) -> None:
    body = {"url": "http://127.0.0.1:9/hooks", "event_types": ["completion.recorded"]}
    assert client.post("/api/v1/webhooks", json=body, headers=provider).status_code == 201
    cohort_id = publish(client, provider, starts_on=TODAY - timedelta(weeks=12))
    applicant = add_applicant(session, 1)
    enrolment = officer.post(
        f"{API}/cohorts/{cohort_id}/enrolments", json={"applicant_id": applicant}
    ).json()
    assert count_rows(session, WebhookEvent) == 0  # not subscribed to enrolment.created
    url = f"{API}/enrolments/{enrolment['id']}/completion"
    bad = {"passed": True, "completed_on": TODAY.isoformat(), "result_level": "A9"}
    assert_problem(client.post(url, json=bad, headers=provider), 422, "result_invalid")
    assert count_rows(session, WebhookEvent) == 0
    failed = {"passed": False, "completed_on": TODAY.isoformat()}
    assert client.post(url, json=failed, headers=provider).status_code == 200
    (event,) = session.exec(select(WebhookEvent)).all()
    assert event.event_type == "completion.recorded"
    assert event.payload["data"]["passed"] is False
    assert event.payload["data"]["credential_id"] is None
