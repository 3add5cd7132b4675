"""Past its limit of requests in flight, a worker refuses the excess at once: 503 problems a
client can retry, nothing done; the admitted requests and the health probes go on."""

import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlmodel import Session

from app.models.idempotency import IdempotencyKey
from app.models.partner import Partner
from app.services.vacancies import service as vacancy_service
from tests.auth_helpers import staff_headers
from tests.factories import api_with, assert_problem, count_rows

LIMIT = 2
VACANCIES, PARTNERS = "/api/v1/vacancies", "/api/v1/partners"


@pytest.fixture
def small(app: FastAPI, client: TestClient) -> Iterator[TestClient]:
    """The API on the same database, serving at most two requests at once."""
    with api_with(app, max_requests_in_flight=LIMIT) as small_client:
        yield small_client


@pytest.fixture
def held(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[threading.Semaphore, threading.Event]]:
    """Job-order lists that stop inside the route until released: each one that arrives
    signals the semaphore, then waits for the event."""
    arrived, release = threading.Semaphore(0), threading.Event()
    listing = vacancy_service.list_vacancies

    def slow_list(*args: Any, **kwargs: Any) -> Any:
        arrived.release()
        release.wait(timeout=30)
        return listing(*args, **kwargs)

    monkeypatch.setattr(vacancy_service, "list_vacancies", slow_list)
    yield arrived, release
    release.set()


def test_requests_past_the_limit_are_refused_at_once_and_change_nothing(
    small: TestClient,
    session: Session,
    client: TestClient,
    held: tuple[threading.Semaphore, threading.Event],
) -> None:
    headers = staff_headers(client, session)
    arrived, release = held
    with ThreadPoolExecutor(LIMIT) as pool:
        running = [pool.submit(small.get, VACANCIES, headers=headers) for _ in range(LIMIT)]
        for _ in range(LIMIT):
            assert arrived.acquire(timeout=10)  # both are inside the route

        refused = small.get(VACANCIES, headers=headers)
        assert_problem(refused, 503, "overloaded")
        assert refused.headers["retry-after"] == "1"
        # A write is refused before anything is done or any key is claimed.
        keyed = {**headers, "Idempotency-Key": "shed-1"}
        body = {"name": "LPK Sibuk", "kind": "training_provider"}
        assert_problem(small.post(PARTNERS, json=body, headers=keyed), 503, "overloaded")
        assert count_rows(session, Partner) == 0
        assert count_rows(session, IdempotencyKey) == 0
        # The probes still answer: an overloaded worker is alive.
        assert small.get("/healthz").status_code == 200
        assert small.get("/readyz").status_code == 200

        release.set()
        assert [r.result(timeout=10).status_code for r in running] == [200, 200]

    # Room again: the refused write, retried with its key, is done once.
    created = small.post(PARTNERS, json=body, headers=keyed)
    assert created.status_code == 201, created.text
    assert count_rows(session, Partner) == 1


def test_without_a_limit_every_request_is_admitted(
    app: FastAPI,
    client: TestClient,
    session: Session,
    held: tuple[threading.Semaphore, threading.Event],
) -> None:
    headers = staff_headers(client, session)
    arrived, release = held
    many = LIMIT + 2
    with api_with(app, max_requests_in_flight=0) as unlimited, ThreadPoolExecutor(many) as pool:
        running = [pool.submit(unlimited.get, VACANCIES, headers=headers) for _ in range(many)]
        for _ in range(many):
            assert arrived.acquire(timeout=10)  # all of them are inside at once
        release.set()
        assert [r.result(timeout=10).status_code for r in running] == [200] * many
