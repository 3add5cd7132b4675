"""A server process killed in the middle of a keyed request: the first retry after the
restart runs the request, once (PostgreSQL, where the claim dies with its connection)."""

import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import Connection

from app.core.db import normalise_url
from app.core.keys import generate_key
from tests.e2e.server import live_server, on_postgres, scratch_database

pytestmark = [pytest.mark.slow, pytest.mark.e2e]

PARTNERS = "/api/v1/partners"
BODY = {"name": "LPK Tahan Banting", "kind": "training_provider"}
KEY = {"Idempotency-Key": "batch-2026-12-05-001"}
WAIT_SECONDS = 20.0


def _token(base_url: str, email: str, password: str) -> dict[str, str]:
    form = {"grant_type": "password", "username": email, "password": password}
    answer = httpx.post(f"{base_url}/api/v1/auth/token", data=form, timeout=10)
    assert answer.status_code == 200, answer.text
    return {"Authorization": f"Bearer {answer.json()['access_token']}", **KEY}


def _wait_for_a_lock_wait(watcher: Connection) -> None:
    """Until a server's query waits on the table the test holds: the request is mid-work."""
    deadline = time.monotonic() + WAIT_SECONDS
    query = text(
        "SELECT count(*) FROM pg_stat_activity "
        "WHERE datname = current_database() AND wait_event_type = 'Lock'"
    )
    while time.monotonic() < deadline:
        if watcher.execute(query).scalar_one():
            return
        time.sleep(0.05)
    raise AssertionError("the request never reached the locked table")


def test_a_request_killed_mid_work_runs_once_on_the_first_retry(tmp_path: Path) -> None:
    if not on_postgres():
        pytest.skip("SQLite keeps a dead request's key for its lease (one machine, one writer)")
    keys = {"JWT_KEYS": generate_key(), "ENCRYPTION_KEYS": generate_key()}
    with scratch_database(tmp_path) as database:
        engine = create_engine(normalise_url(database))
        try:
            with live_server(database, tmp_path, keys) as first:
                headers = _token(first.base_url, first.admin_email, first.admin_password)
                with engine.connect() as holder, engine.connect() as watcher:
                    # The partner table held, so that the request stops inside its work,
                    # after it claimed the key.
                    holder.execute(text("LOCK TABLE partner IN ACCESS EXCLUSIVE MODE"))
                    with ThreadPoolExecutor(max_workers=1) as pool:
                        pending = pool.submit(
                            httpx.post, f"{first.base_url}{PARTNERS}", json=BODY, headers=headers
                        )
                        _wait_for_a_lock_wait(watcher)
                        first.process.kill()
                        first.process.wait()
                        with pytest.raises(httpx.TransportError):
                            pending.result(timeout=WAIT_SECONDS)  # never answered
                    holder.rollback()

            with live_server(database, tmp_path, keys) as second:
                retried = httpx.post(
                    f"{second.base_url}{PARTNERS}", json=BODY, headers=headers, timeout=30
                )
                assert retried.status_code == 201, retried.text
                assert "Idempotency-Replayed" not in retried.headers
                replayed = httpx.post(
                    f"{second.base_url}{PARTNERS}", json=BODY, headers=headers, timeout=30
                )
                assert replayed.status_code == 201
                assert replayed.headers["Idempotency-Replayed"] == "true"
                assert replayed.content == retried.content
            with engine.connect() as reader:
                names = reader.execute(text("SELECT name FROM partner ORDER BY id")).scalars()
                assert list(names) == [BODY["name"]]
        finally:
            engine.dispose()
