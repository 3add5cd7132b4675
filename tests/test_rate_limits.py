"""The token endpoint's limits, across worker processes, on the database and on Redis.

Each app instance stands for one uvicorn worker; they share nothing but the database, or
Redis when REDIS_URL is set, exactly as separate processes would. Redis keys carry a prefix
of their own per test, so nothing another run left there can interfere.
"""

import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlmodel import Session

from app.core.config import Settings
from app.core.security import hash_password
from app.main import create_app
from app.models.identity import PartnerClient, Role, UserAccount
from app.services.identity import rate_limit
from tests.auth_helpers import STRONG_PASSWORD, TOKEN_URL, make_partner
from tests.factories import assert_problem

REDIS_URL = "redis://127.0.0.1:6379/15"
WINDOW = 900
CLIENT_SECRET = "s3cret-for-tests-only-0123456789"
# Small per-client rate, so that a test passes it in a few requests.
GRANTS_PER_MINUTE = 3
PROXY = "10.0.0.2"


def _redis_available() -> bool:
    import redis

    try:
        return bool(redis.Redis.from_url(REDIS_URL, socket_connect_timeout=0.5).ping())
    except redis.RedisError:
        return False


@pytest.fixture
def frozen_clock(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    # Past January 2038, where 32-bit epoch seconds end.
    now = [float(2**31 + 10)]
    monkeypatch.setattr(rate_limit, "clock", lambda: now[0])
    return now


@pytest.fixture(params=["database", "redis"])
def backend(request: pytest.FixtureRequest) -> str | None:
    if request.param == "redis" and not _redis_available():
        pytest.skip("no Redis on 127.0.0.1:6379")
    return REDIS_URL if request.param == "redis" else None


@pytest.fixture
def apps(client: TestClient, database_url: str, backend: str | None) -> Iterator[list[FastAPI]]:
    prefix = f"test-rl-{uuid.uuid4().hex}"
    settings = Settings(
        database_url=database_url,
        redis_url=backend,
        rate_limit_key_prefix=prefix,
        token_grants_per_client_per_minute=GRANTS_PER_MINUTE,
        trusted_proxies=(PROXY,),
        webhook_worker=False,
    )
    built = [create_app(settings) for _ in range(2)]
    yield built
    for app in built:
        app.state.token_limits.limiter.storage.reset()
        app.state.engine.dispose()


@pytest.fixture
def workers(apps: list[FastAPI]) -> list[TestClient]:
    return [TestClient(app, raise_server_exceptions=False) for app in apps]


def _login(worker: TestClient, username: str, password: str, **headers: str) -> Any:
    data = {"grant_type": "password", "username": username, "password": password}
    return worker.post(TOKEN_URL, data=data, headers=headers)


def _people(session: Session, count: int) -> list[str]:
    """Officer accounts, added directly: one cheap hash each (tests lower the argon2 cost)."""
    emails = [f"person{i}@example.com" for i in range(count)]
    password_hash = hash_password(STRONG_PASSWORD)
    session.add_all(
        UserAccount(email=e, full_name="Officer", password_hash=password_hash, role=Role.officer)
        for e in emails
    )
    session.commit()
    return emails


def test_forty_people_behind_one_address_all_log_in(
    session: Session, workers: list[TestClient], frozen_clock: list[float]
) -> None:
    emails = _people(session, 40)
    codes = [_login(workers[i % 2], e, STRONG_PASSWORD).status_code for i, e in enumerate(emails)]
    assert codes == [200] * 40


def test_wrong_passwords_lock_that_account_only_until_the_window_passes(
    session: Session, workers: list[TestClient], frozen_clock: list[float]
) -> None:
    victim, neighbour = _people(session, 2)
    first, second = workers
    # Five failures spread over two workers use up the account's five.
    wrong = [_login(w, victim, "Wrong12345x") for w in (first, second, first, second, first)]
    for response in wrong:
        assert_problem(response, 400, "invalid_grant")
    for worker in workers:
        sixth = _login(worker, victim, "Wrong12345x")
        assert_problem(sixth, 429, "account_locked")
        # Locked: the right password is refused too, and Retry-After says for how long.
        blocked = _login(worker, victim, STRONG_PASSWORD)
        assert_problem(blocked, 429, "account_locked")
        assert int(blocked.headers["retry-after"]) == WINDOW
    # Another account at the same address is not affected.
    assert _login(second, neighbour, STRONG_PASSWORD).status_code == 200
    frozen_clock[0] += WINDOW / 2
    assert int(_login(first, victim, STRONG_PASSWORD).headers["retry-after"]) == WINDOW / 2
    frozen_clock[0] += WINDOW / 2 + 1
    assert _login(second, victim, STRONG_PASSWORD).status_code == 200


def test_a_successful_login_clears_the_accounts_failures(
    session: Session, workers: list[TestClient], frozen_clock: list[float]
) -> None:
    (person,) = _people(session, 1)
    for _ in range(4):
        assert _login(workers[0], person, "Wrong12345x").status_code == 400
    assert _login(workers[1], person, STRONG_PASSWORD).status_code == 200
    for _ in range(4):
        assert _login(workers[0], person, "Wrong12345x").status_code == 400
    assert _login(workers[1], person, STRONG_PASSWORD).status_code == 200


def test_failures_from_one_address_are_limited_across_accounts(
    apps: list[FastAPI], database_url: str, frozen_clock: list[float], session: Session
) -> None:
    (person,) = _people(session, 1)
    # A smaller address budget than the default 100, to pass it in a few requests.
    for app in apps:
        limits = app.state.token_limits
        limits.per_address.amount = 4
    worker = TestClient(apps[0], raise_server_exceptions=False)
    for i in range(4):
        assert _login(worker, f"u{i}@example.com", "x").status_code == 400
    assert_problem(_login(worker, person, STRONG_PASSWORD), 429, "rate_limited")
    elsewhere = TestClient(apps[1], raise_server_exceptions=False, client=("198.51.100.9", 4000))
    assert _login(elsewhere, person, STRONG_PASSWORD).status_code == 200
    frozen_clock[0] += WINDOW + 1
    assert _login(worker, person, STRONG_PASSWORD).status_code == 200


def _partner_client(session: Session, name: str) -> str:
    partner = make_partner(session, name)
    row = PartnerClient(
        client_id=f"pc_{name.split()[-1].lower()}",
        secret_hash=hash_password(CLIENT_SECRET),
        partner_id=partner.id or 0,
        name=f"{name} system",
        scopes=["vacancies:read"],
    )
    session.add(row)
    session.commit()
    return row.client_id


def _grant(worker: TestClient, client_id: str, secret: str = CLIENT_SECRET) -> Any:
    data = {"grant_type": "client_credentials", "client_id": client_id, "client_secret": secret}
    return worker.post(TOKEN_URL, data=data)


def test_client_grants_past_the_clients_rate_are_refused(
    session: Session, workers: list[TestClient], frozen_clock: list[float]
) -> None:
    busy = _partner_client(session, "PT Sibuk")
    other = _partner_client(session, "PT Lain")
    # Wrong secrets for a client's id do not use up its rate.
    for _ in range(5):
        assert_problem(_grant(workers[0], busy, "wrong-secret"), 401, "invalid_client")
    for i in range(GRANTS_PER_MINUTE):
        assert _grant(workers[i % 2], busy).status_code == 200
    refused = _grant(workers[1], busy)
    assert_problem(refused, 429, "rate_limited")
    assert int(refused.headers["retry-after"]) == 60
    assert _grant(workers[0], other).status_code == 200
    frozen_clock[0] += 61
    assert _grant(workers[0], busy).status_code == 200


def test_forwarded_for_counts_only_from_a_trusted_proxy(
    apps: list[FastAPI], session: Session, frozen_clock: list[float]
) -> None:
    (person,) = _people(session, 1)
    for app in apps:
        app.state.token_limits.per_address.amount = 2
    proxy = TestClient(apps[0], raise_server_exceptions=False, client=(PROXY, 4000))
    stranger = TestClient(apps[1], raise_server_exceptions=False, client=("192.0.2.50", 4000))
    # Behind our proxy, each client counts on its own: the right-most untrusted address
    # (whatever the client put before it is ignored).
    for _ in range(2):
        _login(proxy, "nobody@example.com", "x", **{"X-Forwarded-For": "1.1.1.1, 203.0.113.5"})
    blocked = _login(proxy, person, STRONG_PASSWORD, **{"X-Forwarded-For": "203.0.113.5"})
    assert_problem(blocked, 429, "rate_limited")
    other = _login(proxy, person, STRONG_PASSWORD, **{"X-Forwarded-For": "203.0.113.6, " + PROXY})
    assert other.status_code == 200
    # A peer that is not our proxy is counted as itself, whatever it forwards.
    for spoofed in ("203.0.113.7", "203.0.113.8"):
        _login(stranger, "nobody@example.com", "x", **{"X-Forwarded-For": spoofed})
    fresh = _login(stranger, person, STRONG_PASSWORD, **{"X-Forwarded-For": "203.0.113.9"})
    assert_problem(fresh, 429, "rate_limited")
