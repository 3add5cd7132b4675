"""Idempotency-Key on POSTs: replay, refusal of another body, concurrency, scoping, expiry."""

import threading
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import text, update
from sqlalchemy.exc import TimeoutError as PoolTimeoutError
from sqlmodel import Session, col, select

from app.http import idempotency_keys
from app.http.idempotency_keys import Claim, KeyStore, fingerprint
from app.models.base import utcnow
from app.models.idempotency import IdempotencyKey
from app.models.identity import Role, UserAccount
from app.models.partner import Partner
from app.services.partners import service as partner_service
from tests.auth_helpers import bearer, client_token, make_partner, staff_headers
from tests.factories import assert_problem, count_rows

PARTNERS = "/api/v1/partners"


def partner_body(name: str = "LPK Idempoten") -> dict[str, Any]:
    return {"name": name, "kind": "training_provider"}


def with_key(headers: dict[str, str], key: str) -> dict[str, str]:
    return {**headers, "Idempotency-Key": key}


@pytest.fixture
def staff(client: TestClient, session: Session) -> dict[str, str]:
    return staff_headers(client, session, Role.officer)


def test_replay_returns_the_first_answer_and_creates_nothing(
    client: TestClient, session: Session, staff: dict[str, str]
) -> None:
    headers = with_key(staff, "a1b2c3-create-lpk")
    first = client.post(PARTNERS, json=partner_body(), headers=headers)
    assert first.status_code == 201, first.text
    assert "Idempotency-Replayed" not in first.headers

    again = client.post(PARTNERS, json=partner_body(), headers=headers)
    assert again.status_code == 201
    assert again.content == first.content
    assert again.headers["content-type"] == first.headers["content-type"]
    assert again.headers["Idempotency-Replayed"] == "true"
    assert count_rows(session, Partner) == 1


def test_replay_repeats_the_location_header(client: TestClient, session: Session) -> None:
    agency = make_partner(session, "PT Lokasi Sama")
    headers = with_key(bearer(client_token(client, session, agency, ["webhooks:manage"])), "k-1")
    body = {"url": "http://127.0.0.1:9/hook", "event_types": ["vacancy.filled"]}
    first = client.post("/api/v1/webhooks", json=body, headers=headers)
    again = client.post("/api/v1/webhooks", json=body, headers=headers)
    assert first.status_code == again.status_code == 201, first.text
    assert again.headers["location"] == first.headers["location"]
    assert again.json() == first.json()
    listed = client.get("/api/v1/webhooks", headers=headers).json()["items"]
    assert len(listed) == 1


def test_same_key_with_another_body_is_refused(
    client: TestClient, session: Session, staff: dict[str, str]
) -> None:
    headers = with_key(staff, "reused-key")
    assert client.post(PARTNERS, json=partner_body(), headers=headers).status_code == 201
    other = client.post(PARTNERS, json=partner_body("LPK Lain"), headers=headers)
    assert_problem(other, 422, "idempotency_key_reused")
    # Another path with the same key and body is another request too.
    elsewhere = client.post("/api/v1/mous", json=partner_body(), headers=headers)
    assert_problem(elsewhere, 422, "idempotency_key_reused")
    assert count_rows(session, Partner) == 1


def test_a_domain_refusal_is_replayed_too(
    client: TestClient, session: Session, staff: dict[str, str]
) -> None:
    headers = with_key(staff, "bad-body")
    first = client.post(PARTNERS, json={"name": "x"}, headers=headers)
    assert first.status_code == 422
    again = client.post(PARTNERS, json={"name": "x"}, headers=headers)
    assert again.status_code == 422
    assert again.content == first.content
    assert again.headers["Idempotency-Replayed"] == "true"


def key_store(app: FastAPI) -> KeyStore:
    return KeyStore(app.state.engine, app.state.settings, app.state.idempotency_claims)


def claim_elsewhere(app: FastAPI, client: TestClient, session: Session, key: str) -> Claim:
    """The officer's request creating a partner claims `key` in another worker process,
    which has not answered (yet)."""
    body = client.build_request("POST", PARTNERS, json=partner_body()).content
    officer = session.exec(select(UserAccount).where(UserAccount.role == "officer")).one()
    print_ = fingerprint("POST", PARTNERS, b"", body)
    claim = key_store(app).claim(f"user:{officer.id}", key, print_)
    assert claim.outcome == "run"
    return claim


@pytest.fixture
def committed_claims(app: FastAPI) -> None:
    if app.state.idempotency_claims is not None:
        pytest.skip("PostgreSQL holds a claim in an open transaction, with no lease to wait")


@pytest.fixture
def held_claims(app: FastAPI) -> None:
    if app.state.idempotency_claims is None:
        pytest.skip("SQLite commits a claim at once (one writer at a time)")


def test_a_retry_while_the_first_runs_is_told_to_wait(
    app: FastAPI, client: TestClient, session: Session, staff: dict[str, str]
) -> None:
    claim = claim_elsewhere(app, client, session, "slow-key")
    try:
        response = client.post(PARTNERS, json=partner_body(), headers=with_key(staff, "slow-key"))
        assert_problem(response, 409, "idempotency_in_progress")
        assert response.headers["retry-after"] == "1"
        assert count_rows(session, Partner) == 0
    finally:
        key_store(app).release(claim)


def test_a_claim_dies_with_its_connection(
    held_claims: None, app: FastAPI, client: TestClient, session: Session, staff: dict[str, str]
) -> None:
    # The process holding the key dies mid-request: PostgreSQL rolls its claim back with its
    # connection, and the first retry runs the request, once, without waiting for a lease.
    claim = claim_elsewhere(app, client, session, "died")
    assert claim.connection is not None
    claim.connection.invalidate()  # the socket closes, as when a process is killed
    headers = with_key(staff, "died")
    retried = client.post(PARTNERS, json=partner_body(), headers=headers)
    assert retried.status_code == 201, retried.text
    assert "Idempotency-Replayed" not in retried.headers
    assert count_rows(session, Partner) == 1


def _waiting_on_a_lock(session: Session) -> bool:
    query = text(
        "SELECT count(*) FROM pg_stat_activity "
        "WHERE datname = current_database() AND wait_event_type = 'Lock'"
    )
    return bool(session.execute(query).scalar_one())


def test_a_retry_waits_for_the_running_request_and_replays_its_answer(
    held_claims: None, app: FastAPI, client: TestClient, session: Session, staff: dict[str, str]
) -> None:
    claim = claim_elsewhere(app, client, session, "awaited")
    with ThreadPoolExecutor(max_workers=1) as pool:
        retry = pool.submit(
            client.post, PARTNERS, json=partner_body(), headers=with_key(staff, "awaited")
        )
        while not _waiting_on_a_lock(session):
            session.rollback()
            time.sleep(0.01)
        answer = b'{"id": 41, "name": "LPK Idempoten"}'
        key_store(app).store(claim, 201, {"content-type": "application/json"}, answer)
        response = retry.result()
    assert response.status_code == 201
    assert response.content == answer
    assert response.headers["Idempotency-Replayed"] == "true"
    assert count_rows(session, Partner) == 0  # the retry did not run the work again


def _age_key(session: Session, seconds: float) -> None:
    """Move every key's claim `seconds` into the past, as if its request started then."""
    for row in session.exec(select(IdempotencyKey)).all():
        session.execute(
            update(IdempotencyKey)
            .where(col(IdempotencyKey.id) == row.id)
            .values(created_at=row.created_at - timedelta(seconds=seconds))
        )
    session.commit()


def test_a_key_whose_request_died_is_claimed_again_after_its_lease(
    committed_claims: None,
    app: FastAPI,
    client: TestClient,
    session: Session,
    staff: dict[str, str],
) -> None:
    # The first request claimed the key, then its process died: no answer was ever stored.
    claim_elsewhere(app, client, session, "orphan")
    lease = app.state.settings.idempotency_lease_seconds
    headers = with_key(staff, "orphan")

    _age_key(session, lease - 30)  # still within its lease: it may yet answer
    waiting = client.post(PARTNERS, json=partner_body(), headers=headers)
    assert_problem(waiting, 409, "idempotency_in_progress")
    assert count_rows(session, Partner) == 0

    _age_key(session, 60)  # now past it
    retried = client.post(PARTNERS, json=partner_body(), headers=headers)
    assert retried.status_code == 201, retried.text
    assert "Idempotency-Replayed" not in retried.headers
    replayed = client.post(PARTNERS, json=partner_body(), headers=headers)
    assert replayed.status_code == 201
    assert replayed.headers["Idempotency-Replayed"] == "true"
    assert replayed.content == retried.content
    assert count_rows(session, Partner) == 1
    # Another body under the key is still refused: the lease frees the key only for a retry.
    other = client.post(PARTNERS, json=partner_body("LPK Lain"), headers=headers)
    assert_problem(other, 422, "idempotency_key_reused")


def test_of_two_retries_past_the_lease_only_one_takes_the_key(
    committed_claims: None, app: FastAPI, session: Session
) -> None:
    store = key_store(app)
    print_ = "a" * 64
    assert store.claim("user:7", "orphan", print_).outcome == "run"
    _age_key(session, app.state.settings.idempotency_lease_seconds + 1)
    first, second = store.claim("user:7", "orphan", print_), store.claim("user:7", "orphan", print_)
    assert (first.outcome, second.outcome) == ("run", "in_progress")
    assert count_rows(session, IdempotencyKey) == 1


def test_concurrent_requests_with_one_key_do_the_work_once(
    app: FastAPI, client: TestClient, session: Session, staff: dict[str, str]
) -> None:
    threads = 8
    start = threading.Barrier(threads)
    headers = with_key(staff, "race-key")

    def post(_: int) -> tuple[int, bytes, str]:
        # One client, many threads: the requests run at once in the app's thread pool.
        start.wait()
        response = client.post(PARTNERS, json=partner_body(), headers=headers)
        code = response.json()["code"] if response.status_code == 409 else ""
        return response.status_code, response.content, code

    with ThreadPoolExecutor(max_workers=threads) as pool:
        outcomes = list(pool.map(post, range(threads)))
    created = [content for status, content, _ in outcomes if status == 201]
    waiting = [code for status, _, code in outcomes if status == 409]
    assert len(created) + len(waiting) == threads, outcomes
    assert set(waiting) <= {"idempotency_in_progress"}
    assert created and len(set(created)) == 1  # every 201 is the one answer
    assert count_rows(session, Partner) == 1


def test_a_server_error_releases_the_key(
    client: TestClient,
    session: Session,
    staff: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real = partner_service.create_partner
    monkeypatch.setattr(partner_service, "create_partner", lambda *a, **k: 1 / 0)
    headers = with_key(staff, "crash-key")
    failed = client.post(PARTNERS, json=partner_body(), headers=headers)
    assert_problem(failed, 500, "internal_error")
    assert count_rows(session, IdempotencyKey) == 0

    monkeypatch.setattr(partner_service, "create_partner", real)
    retried = client.post(PARTNERS, json=partner_body(), headers=headers)
    assert retried.status_code == 201, retried.text
    assert "Idempotency-Replayed" not in retried.headers
    assert count_rows(session, Partner) == 1


def test_an_answer_the_busy_database_would_not_take_is_stored_on_a_later_try(
    client: TestClient,
    session: Session,
    staff: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The work is done; storing its answer meets a full pool once. The answer is still
    kept, so the retry is replayed instead of being told to wait for a day."""
    real, failures = KeyStore.store, [1]

    def busy_once(self: KeyStore, *args: Any) -> None:
        if failures:
            failures.pop()
            raise PoolTimeoutError("QueuePool limit reached")
        real(self, *args)

    monkeypatch.setattr(idempotency_keys, "STORE_RETRY_SECONDS", 0.01)
    monkeypatch.setattr(KeyStore, "store", busy_once)
    headers = with_key(staff, "busy-store-key")
    first = client.post(PARTNERS, json=partner_body(), headers=headers)
    assert first.status_code == 201, first.text
    assert not failures  # the first try did fail

    again = client.post(PARTNERS, json=partner_body(), headers=headers)
    assert again.status_code == 201 and again.headers["Idempotency-Replayed"] == "true"
    assert again.content == first.content
    assert count_rows(session, Partner) == 1


def test_keys_are_scoped_to_the_caller(
    client: TestClient, session: Session, staff: dict[str, str]
) -> None:
    admin = staff_headers(client, session, Role.admin)
    one = client.post(PARTNERS, json=partner_body("LPK Satu"), headers=with_key(staff, "shared"))
    two = client.post(PARTNERS, json=partner_body("LPK Dua"), headers=with_key(admin, "shared"))
    assert (one.status_code, two.status_code) == (201, 201)
    assert "Idempotency-Replayed" not in two.headers
    assert count_rows(session, Partner) == 2


def test_keys_are_kept_a_day_then_expire(
    client: TestClient, session: Session, staff: dict[str, str]
) -> None:
    headers = with_key(staff, "day-old")
    assert client.post(PARTNERS, json=partner_body(), headers=headers).status_code == 201
    row = session.exec(select(IdempotencyKey)).one()
    assert row.expires_at - row.created_at >= timedelta(hours=24)
    assert row.body is not None and b"LPK Idempoten" not in row.body  # sealed at rest

    session.execute(
        update(IdempotencyKey)
        .where(col(IdempotencyKey.id) == row.id)
        .values(expires_at=utcnow() - timedelta(seconds=1))
    )
    session.commit()
    # Expired: the key is free again, for any request.
    fresh = client.post(PARTNERS, json=partner_body("LPK Baru Lagi"), headers=headers)
    assert fresh.status_code == 201, fresh.text
    assert "Idempotency-Replayed" not in fresh.headers
    assert count_rows(session, Partner) == 2


def test_expired_keys_are_purged(app: FastAPI, client: TestClient, session: Session) -> None:
    past = utcnow() - timedelta(hours=1)
    for n, when in enumerate((past, utcnow() + timedelta(hours=1))):
        row = IdempotencyKey(caller="user:9", key=f"k{n}", fingerprint="0" * 64, expires_at=when)
        session.add(row)
    session.commit()
    assert KeyStore(app.state.engine, app.state.settings).purge_expired() == 1
    assert [r.key for r in session.exec(select(IdempotencyKey))] == ["k1"]


def test_without_a_valid_token_the_route_answers(client: TestClient, session: Session) -> None:
    for headers in ({}, {"Authorization": "Bearer not-a-token"}):
        response = client.post(PARTNERS, json=partner_body(), headers=with_key(headers, "anon"))
        assert_problem(response, 401, "not_authenticated")
    assert count_rows(session, IdempotencyKey) == 0


def test_a_malformed_key_is_refused(client: TestClient, staff: dict[str, str]) -> None:
    response = client.post(PARTNERS, json=partner_body(), headers=with_key(staff, "x" * 256))
    assert_problem(response, 400, "idempotency_key_invalid")


def test_without_a_key_nothing_is_remembered(
    client: TestClient, session: Session, staff: dict[str, str]
) -> None:
    assert client.post(PARTNERS, json=partner_body("LPK A"), headers=staff).status_code == 201
    assert client.post(PARTNERS, json=partner_body("LPK B"), headers=staff).status_code == 201
    assert count_rows(session, IdempotencyKey) == 0
    assert count_rows(session, Partner) == 2


def test_a_busy_database_when_claiming_the_key_is_503_and_nothing_is_done(
    client: TestClient,
    session: Session,
    staff: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def busy(self: KeyStore, *args: Any) -> None:
        raise PoolTimeoutError("QueuePool limit reached")

    monkeypatch.setattr(KeyStore, "claim", busy)
    response = client.post(PARTNERS, json=partner_body(), headers=with_key(staff, "k-busy"))
    assert_problem(response, 503, "database_busy")
    assert response.headers["Retry-After"] == "1"
    assert count_rows(session, Partner) == 0 and count_rows(session, IdempotencyKey) == 0
