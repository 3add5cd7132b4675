"""Two API processes on one PostgreSQL database, as a deployment with several machines runs
them: what one process does, the other sees, and what both are asked at once happens once."""

import threading
from pathlib import Path

import httpx
import pytest
from sqlalchemy import create_engine, text

from app.core.db import normalise_url
from app.core.keys import generate_key
from tests.e2e.server import LiveServer, admin_headers, live_server, on_postgres, scratch_database

pytestmark = [pytest.mark.slow, pytest.mark.e2e]

RUNS = "/api/v1/matching/runs"


@pytest.fixture
def postgres() -> None:
    if not on_postgres():
        pytest.skip("several API processes share PostgreSQL; SQLite is for one machine")


def test_a_run_asked_of_two_processes_at_once_is_one_run(postgres: None, tmp_path: Path) -> None:
    keys = {"JWT_KEYS": generate_key(), "ENCRYPTION_KEYS": generate_key()}
    with (
        scratch_database(tmp_path) as database,
        live_server(database, tmp_path, keys) as first,
        live_server(database, tmp_path, keys) as second,
    ):
        headers = admin_headers(first)  # one token: both processes share the keys
        together = threading.Barrier(2, timeout=10)
        answers: list[httpx.Response] = []

        def ask(server: LiveServer) -> None:
            together.wait()
            answers.append(
                httpx.post(f"{server.base_url}{RUNS}", json={}, headers=headers, timeout=30)
            )

        askers = [threading.Thread(target=ask, args=(s,)) for s in (first, second)]
        engine = create_engine(normalise_url(database))
        try:
            with engine.connect() as holder:
                # A run started now waits on the job orders until both have answered: it
                # cannot finish between the two requests and let a second one start.
                holder.execute(text("LOCK TABLE vacancy IN ACCESS EXCLUSIVE MODE"))
                for asker in askers:
                    asker.start()
                for asker in askers:
                    asker.join(timeout=60)
                holder.rollback()
        finally:
            engine.dispose()
        statuses = sorted(a.status_code for a in answers)
        assert statuses == [202, 409], [a.text for a in answers]
        refused = next(a for a in answers if a.status_code == 409)
        assert refused.json()["code"] == "run_in_progress"
        started = next(a for a in answers if a.status_code == 202).json()
        # Either process answers for the run the other one started.
        for server in (first, second):
            listed = httpx.get(f"{server.base_url}{RUNS}", headers=headers, timeout=10).json()
            assert [r["id"] for r in listed["items"]] == [started["id"]]
