"""Workers as their own processes (`python -m app.cli worker`: the task queue and the
webhook delivery loop), two at once on one PostgreSQL database: a worker stopped for a
deploy in the middle of deliveries sends nothing twice and loses nothing; a worker killed
mid-delivery loses nothing (its deliveries are sent again once their lease ends: at least
once, as receivers are told)."""

import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlmodel import Session, col, create_engine, select

from app.core.config import Settings
from app.core.db import normalise_url
from app.core.keys import generate_key
from app.models.base import utcnow
from app.models.partner import Partner
from app.models.webhook import DeliveryStatus, WebhookDelivery, WebhookEndpoint, WebhookEvent
from app.services.webhooks.endpoints import encrypt_secret
from tests.conftest import ROOT
from tests.e2e.server import on_postgres, scratch_database
from tests.test_webhooks import wait_for
from tests.webhook_receiver import HeldEndpoint

pytestmark = [pytest.mark.slow, pytest.mark.e2e]

SECRET = "whsec_" + "MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
EVENTS = 4
LEASE_SECONDS = 2.0


@pytest.fixture
def world(tmp_path: Path) -> Iterator[tuple[str, dict[str, str], HeldEndpoint]]:
    if not on_postgres():
        pytest.skip("several delivery workers share PostgreSQL")
    environment = {
        "JWT_KEYS": generate_key(),
        "ENCRYPTION_KEYS": generate_key(),
        "WEBHOOK_ALLOW_INSECURE_URLS": "true",
        "WEBHOOK_LEASE_SECONDS": str(LEASE_SECONDS),
        "WEBHOOK_POLL_SECONDS": "0.1",
        "LOG_LEVEL": "WARNING",
    }
    endpoint = HeldEndpoint()
    with scratch_database(tmp_path) as database:
        environment["DATABASE_URL"] = database
        settings = Settings(database_url=database, encryption_keys=environment["ENCRYPTION_KEYS"])
        engine = create_engine(normalise_url(database))
        with Session(engine) as session:
            partner = Partner(name="PT Dua Pekerja", kind="placement_agency")
            session.add(partner)
            session.flush()
            hook = WebhookEndpoint(
                partner_id=partner.id or 0,
                url=endpoint.url,
                event_types=["vacancy.filled"],
                secret_encrypted=encrypt_secret(settings, SECRET),
                created_by="test",
            )
            session.add(hook)
            session.flush()
            for n in range(EVENTS):
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
                        event_id=event.id or 0, endpoint_id=hook.id or 0, next_attempt_at=utcnow()
                    )
                )
            session.commit()
        engine.dispose()
        try:
            yield database, environment, endpoint
        finally:
            endpoint.close()


@contextmanager
def worker(environment: dict[str, str], log: Path) -> Iterator["subprocess.Popen[bytes]"]:
    with log.open("wb") as output:
        process = subprocess.Popen(
            [sys.executable, "-m", "app.cli", "worker"],
            cwd=ROOT,
            env={**os.environ, **environment},
            stdout=output,
            stderr=subprocess.STDOUT,
        )
        try:
            yield process
        finally:
            if process.poll() is None:
                process.kill()
            process.wait()


def _succeeded(database: str) -> int:
    engine = create_engine(normalise_url(database))
    try:
        with Session(engine) as session:
            done = session.exec(
                select(WebhookDelivery).where(
                    col(WebhookDelivery.status) == DeliveryStatus.succeeded
                )
            ).all()
            return len(done)
    finally:
        engine.dispose()


def test_a_worker_stopped_mid_delivery_finishes_and_nothing_is_sent_twice(
    world: tuple[str, dict[str, str], HeldEndpoint], tmp_path: Path
) -> None:
    database, environment, endpoint = world
    with worker(environment, tmp_path / "a.log") as first:
        wait_for(lambda: endpoint.started == 2)  # the endpoint's cap: two at once
        with worker(environment, tmp_path / "b.log"):
            time.sleep(0.5)
            assert endpoint.started == 2  # the second worker finds the cap taken
            first.send_signal(signal.SIGTERM)  # a deploy stops the first
            time.sleep(0.3)
            endpoint.release.set()
            assert first.wait(timeout=20) == 0
            wait_for(lambda: _succeeded(database) == EVENTS, seconds=30)
    assert sorted(endpoint.calls.values()) == [1] * EVENTS


def test_a_worker_killed_mid_delivery_loses_nothing(
    world: tuple[str, dict[str, str], HeldEndpoint], tmp_path: Path
) -> None:
    database, environment, endpoint = world
    with worker(environment, tmp_path / "a.log") as first:
        wait_for(lambda: endpoint.started == 2)
        first.kill()
        first.wait()
    endpoint.release.set()
    with worker(environment, tmp_path / "b.log"):
        # The two it held wait out their lease (2 s here), then go again with the rest.
        wait_for(lambda: _succeeded(database) == EVENTS, seconds=30)
    assert sorted(endpoint.calls.values()) == [1, 1, 2, 2]
