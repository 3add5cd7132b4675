"""A database that is busy or out of reach: 503 problems a client can retry, nothing written."""

import os
from collections.abc import Iterator
from contextlib import contextmanager
from types import SimpleNamespace
from typing import Any, cast

import anyio
import pytest
from anyio import to_thread
from fastapi import FastAPI, Request
from fastapi.testclient import TestClient
from sqlalchemy import text
from sqlalchemy.engine import Connection, Engine
from sqlmodel import Session, col, select

from app.core import db
from app.core.config import Settings
from app.core.db import POOL_OVERFLOW, POOL_SIZE, get_session, make_engine
from app.core.security import TokenClaims, create_access_token
from app.main import create_app
from app.models import Application, ApplicationStageChange
from app.models.identity import Role
from tests.auth_helpers import bearer, make_partner, staff_headers
from tests.factories import (
    add_applicant,
    add_application,
    add_vacancy,
    api_with,
    assert_problem,
)

LOCK_TIMEOUT_MS = 300


@pytest.fixture
def impatient(app: FastAPI, client: TestClient) -> Iterator[TestClient]:
    """The API on the same database, giving up on a held lock after 0.3 s."""
    with api_with(app, db_lock_timeout_ms=LOCK_TIMEOUT_MS) as impatient_client:
        yield impatient_client


@contextmanager
def holding(engine: Engine, application_id: int) -> Iterator[Connection]:
    """Another transaction that holds the application's row (PostgreSQL) or the database's
    write lock (SQLite, which locks no rows) until the block ends."""
    with engine.connect() as connection:
        if connection.dialect.name == "sqlite":
            connection.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            statement = text("SELECT id FROM application WHERE id = :id FOR UPDATE")
            connection.execute(statement, {"id": application_id})
        try:
            yield connection
        finally:
            connection.rollback()


def stage_and_history(session: Session, application_id: int) -> tuple[str, int, int]:
    session.expire_all()
    application = session.get(Application, application_id)
    assert application is not None
    moves = session.exec(
        select(ApplicationStageChange).where(
            col(ApplicationStageChange.application_id) == application_id
        )
    ).all()
    return application.stage, application.version, len(moves)


def test_a_move_that_waits_too_long_for_a_lock_is_503_and_writes_nothing(
    impatient: TestClient, session: Session, engine: Engine
) -> None:
    agency = make_partner(session, "PT Busy Karya")
    vacancy_id = add_vacancy(session, agency.id or 0, "JO-BUSY")
    application_id = add_application(session, add_applicant(session, 1), vacancy_id)
    headers = staff_headers(impatient, session, Role.officer)
    before = stage_and_history(session, application_id)
    move = f"/api/v1/applications/{application_id}/transitions"

    with holding(engine, application_id):
        response = impatient.post(move, json={"to_stage": "shortlisted"}, headers=headers)
    assert_problem(response, 503, "database_busy")
    assert response.headers["Retry-After"] == "1"
    assert stage_and_history(session, application_id) == before

    # The same request, sent again once the other change is done, goes through.
    again = impatient.post(move, json={"to_stage": "shortlisted"}, headers=headers)
    assert again.status_code == 200, again.text
    stage, version, moves = stage_and_history(session, application_id)
    assert (stage, version, moves) == ("shortlisted", before[1] + 1, before[2] + 1)


def test_an_unreachable_database_is_503_unavailable(app: FastAPI) -> None:
    # Port 1 on the loopback: nothing listens, the connection is refused at once.
    settings: Settings = app.state.settings.model_copy(
        update={"database_url": "postgresql://postgres@127.0.0.1:1/nowhere"}
    )
    unreachable = create_app(settings)
    token, _ = create_access_token(settings, TokenClaims("user:1", "officer"))
    # No lifespan: start-up itself would need the database.
    response = TestClient(unreachable, raise_server_exceptions=False).get(
        "/api/v1/vacancies", headers=bearer(token)
    )
    assert_problem(response, 503, "database_unavailable")
    assert response.headers["Retry-After"] == "1"
    unreachable.state.engine.dispose()


def test_waiting_too_long_for_a_pooled_connection_is_503_busy(
    app: FastAPI, client: TestClient, session: Session
) -> None:
    settings: Settings = app.state.settings
    crowded = create_app(settings)
    # One connection, waited for 0.2 s, and this test holds it.
    crowded.state.engine.dispose()
    crowded.state.engine = make_engine(settings.database_url, pool=(1, 0, 0.2))
    headers = staff_headers(client, session, Role.officer)
    with TestClient(crowded, raise_server_exceptions=False) as crowded_client:
        with crowded.state.engine.connect():
            response = crowded_client.get("/api/v1/vacancies", headers=headers)
        assert_problem(response, 503, "database_busy")
        assert response.headers["Retry-After"] == "1"
        assert crowded_client.get("/api/v1/vacancies", headers=headers).status_code == 200
    crowded.state.engine.dispose()


def test_requests_run_on_no_more_threads_than_the_pool_has_connections(
    app: FastAPI, client: TestClient
) -> None:
    limiter = client.portal.call(lambda: to_thread.current_default_thread_limiter())  # type: ignore[union-attr]
    assert limiter.total_tokens == app.state.settings.worker_threads
    assert app.state.settings.worker_threads < POOL_SIZE + POOL_OVERFLOW


def test_a_session_gives_its_connection_back_even_when_no_worker_thread_is_free(
    engine: Engine,
) -> None:
    # Under saturation every worker thread may hold a request waiting for a connection; the
    # sessions that hold the connections must still be able to close, or all wait 30 s.
    request = cast(
        Request, SimpleNamespace(app=SimpleNamespace(state=SimpleNamespace(engine=engine)))
    )

    async def scenario() -> int:
        limiter = to_thread.current_default_thread_limiter()
        limiter.total_tokens = 1
        await limiter.acquire_on_behalf_of(object())  # the only worker thread is taken
        sessions = get_session(request)
        session = await anext(sessions)
        session.execute(text("SELECT 1"))  # now it holds a connection
        assert session.in_transaction()
        with anyio.fail_after(5):
            await sessions.aclose()
        return cast(int, engine.pool.checkedout())  # type: ignore[attr-defined]

    assert anyio.run(scenario) == 0


def test_every_operation_documents_the_database_problems(app: FastAPI) -> None:
    spec: dict[str, Any] = app.openapi()
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            if "x-access" not in operation:
                continue
            codes = operation["responses"]["503"]["x-problem-codes"]
            assert {"database_busy", "database_unavailable"} <= set(codes), (method, path)


@pytest.mark.skipif(
    not os.environ.get("DATABASE_URL", "").startswith("postgres"),
    reason="ends the pool's server sessions, as a PostgreSQL restart does",
)
def test_a_connection_lost_while_idle_is_replaced_before_use(
    client: TestClient, session: Session, engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    headers = staff_headers(client, session)
    partners = "/api/v1/partners"
    assert client.get(partners, headers=headers).status_code == 200

    def restart() -> None:
        # Every server session of the app's pool ends, as when PostgreSQL restarts.
        session.execute(
            text(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid() "
                "AND application_name <> 'change-signals' AND backend_type = 'client backend'"
            )
        )
        session.commit()

    restart()
    # Idle past the threshold: each connection is tested as it is taken, and replaced.
    monkeypatch.setattr(db, "PING_AFTER_IDLE_S", 0.0)
    assert client.get(partners, headers=headers).status_code == 200
    # The login kept two connections in the pool (its rate-limit count beside its session);
    # a request takes one: as many as the pool holds, so that each is tested and replaced.
    for _ in range(engine.pool.checkedin()):  # type: ignore[attr-defined]
        assert client.get(partners, headers=headers).status_code == 200

    # In use moments ago: not tested; the request that meets the broken connection is a
    # 503 to retry, and the pool renews its connections for the next one.
    monkeypatch.setattr(db, "PING_AFTER_IDLE_S", 3600.0)
    assert client.get(partners, headers=headers).status_code == 200
    restart()
    assert_problem(client.get(partners, headers=headers), 503, "database_unavailable")
    assert client.get(partners, headers=headers).status_code == 200
