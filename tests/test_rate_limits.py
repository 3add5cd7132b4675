"""Login limits hold across worker processes: two app instances share one counter store.

Each app instance stands for one uvicorn worker; they share nothing but the database, or
Redis when REDIS_URL is set, exactly as separate processes would.
"""

import secrets
from collections.abc import Iterator

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from app.core.config import Settings
from app.main import create_app
from app.services.identity import rate_limit
from tests.auth_helpers import STRONG_PASSWORD, TOKEN_URL, register_applicant
from tests.factories import assert_problem

REDIS_URL = "redis://127.0.0.1:6379/15"
WINDOW = 900


def _redis_available() -> bool:
    import redis

    try:
        return bool(redis.Redis.from_url(REDIS_URL, socket_connect_timeout=0.5).ping())
    except redis.RedisError:
        return False


@pytest.fixture
def frozen_clock(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    # A window no earlier run used, so counters left in a shared Redis cannot interfere;
    # past January 2038, where 32-bit epoch seconds end.
    now = [float(2**31 + secrets.randbelow(100_000) * WINDOW * 4 + 10)]
    monkeypatch.setattr(rate_limit, "clock", lambda: now[0])
    return now


def _workers(database_url: str, redis_url: str | None) -> Iterator[list[TestClient]]:
    apps: list[FastAPI] = [
        create_app(Settings(database_url=database_url, redis_url=redis_url)) for _ in range(2)
    ]
    clients = [TestClient(a, raise_server_exceptions=False) for a in apps]
    yield clients
    for a in apps:
        a.state.engine.dispose()


@pytest.fixture(params=["database", "redis"])
def workers(
    request: pytest.FixtureRequest, client: TestClient, database_url: str
) -> Iterator[list[TestClient]]:
    if request.param == "redis" and not _redis_available():
        pytest.skip("no Redis on 127.0.0.1:6379")
    yield from _workers(database_url, REDIS_URL if request.param == "redis" else None)


def _attempt(worker: TestClient, password: str) -> int:
    data = {"grant_type": "password", "username": "seeker1@example.com", "password": password}
    return int(worker.post(TOKEN_URL, data=data).status_code)


def test_account_limit_counts_across_workers_then_recovers(
    client: TestClient, workers: list[TestClient], frozen_clock: list[float]
) -> None:
    register_applicant(client)
    first, second = workers
    # Five failures spread over two workers use up the account's five attempts.
    assert [_attempt(w, "Wrong12345x") for w in (first, second, first, second, first)] == [400] * 5
    for worker in workers:
        blocked = worker.post(
            TOKEN_URL,
            data={
                "grant_type": "password",
                "username": "seeker1@example.com",
                "password": STRONG_PASSWORD,
            },
        )
        assert_problem(blocked, 429, "rate_limited")
        assert 1 <= int(blocked.headers["retry-after"]) <= WINDOW
    frozen_clock[0] += WINDOW + 1
    assert _attempt(second, STRONG_PASSWORD) == 200


def test_address_limit_counts_across_workers(
    client: TestClient, workers: list[TestClient], frozen_clock: list[float]
) -> None:
    for i in range(30):
        data = {"grant_type": "password", "username": f"u{i}@example.com", "password": "x"}
        assert workers[i % 2].post(TOKEN_URL, data=data).status_code == 400
    data = {"grant_type": "password", "username": "other@example.com", "password": "x"}
    assert_problem(workers[0].post(TOKEN_URL, data=data), 429, "rate_limited")
    assert_problem(workers[1].post(TOKEN_URL, data=data), 429, "rate_limited")
