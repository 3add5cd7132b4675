"""A deployment across machines, on PostgreSQL and a real S3-compatible store (SeaweedFS):
two API processes and two workers of the task queue. A file uploaded through one API
process downloads through the other; a worker killed in the middle of a matching run loses
no job (another worker takes the job back) and leaves a run failed as `interrupted` within
the stale timeout, after which the next run is worked to its end."""

import os
import secrets
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from pathlib import Path

import httpx
import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine, make_url

from app.core.db import normalise_url
from app.core.keys import generate_key
from tests.conftest import ROOT
from tests.e2e.server import (
    LiveServer,
    admin_headers,
    live_server,
    live_worker,
    on_postgres,
    scratch_database,
)
from tests.s3_server import S3Server

pytestmark = [pytest.mark.slow, pytest.mark.e2e]

RUNS = "/api/v1/matching/runs"
# Short enough for a test to wait out, far above the beats (a twelfth of it).
STALE_SECONDS = 6
PDF = b"%PDF-1.4\n" + secrets.token_bytes(4096) + b"\n%%EOF\n"


def _named(database: str, name: str) -> str:
    """The database URL with `application_name`, to tell the workers' sessions apart."""
    url = make_url(normalise_url(database)).update_query_dict({"application_name": name})
    return url.render_as_string(hide_password=False)


def _until(check: Callable[[], bool], seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while not check():
        assert time.monotonic() < deadline, f"not within {seconds} s: {what}"
        time.sleep(0.2)


@pytest.fixture
def deployment(
    tmp_path: Path, seaweedfs: S3Server
) -> Iterator[tuple[LiveServer, LiveServer, dict[str, "subprocess.Popen[bytes]"], Engine]]:
    if not on_postgres():
        pytest.skip("several machines share PostgreSQL; SQLite is for one machine")
    bucket = f"scale-{secrets.token_hex(4)}"
    seaweedfs.create_bucket(bucket)
    shared = {
        "JWT_KEYS": generate_key(),
        "ENCRYPTION_KEYS": generate_key(),
        "DOCUMENTS_S3_BUCKET": bucket,
        "DOCUMENTS_S3_ENDPOINT": seaweedfs.endpoint,
        "RUN_STALE_SECONDS": str(STALE_SECONDS),
    }
    with ExitStack() as stack:
        database = stack.enter_context(scratch_database(tmp_path))
        seeded = subprocess.run(
            [sys.executable, "-m", "app.cli", "seed"],
            cwd=ROOT,
            env={**os.environ, "DATABASE_URL": database, **shared},
            capture_output=True,
            check=False,
        )
        assert seeded.returncode == 0, seeded.stderr.decode()
        first = stack.enter_context(live_server(database, tmp_path, shared))
        second = stack.enter_context(live_server(database, tmp_path, shared))
        workers = {
            name: stack.enter_context(live_worker(_named(database, name), tmp_path, shared))
            for name in ("worker-a", "worker-b")
        }
        engine = create_engine(normalise_url(database))
        stack.callback(engine.dispose)
        yield first, second, workers, engine


def test_a_file_uploaded_through_one_instance_downloads_through_the_other(
    deployment: tuple[LiveServer, LiveServer, dict[str, "subprocess.Popen[bytes]"], Engine],
) -> None:
    first, second, _workers, _engine = deployment
    headers = admin_headers(first)
    path = "/api/v1/applications/4/documents/ktp/file"
    uploaded = httpx.put(
        f"{first.base_url}{path}",
        files={"file": ("ktp.pdf", PDF, "application/pdf")},
        headers=headers,
        timeout=30,
    )
    assert uploaded.status_code == 200, uploaded.text
    downloaded = httpx.get(f"{second.base_url}{path}", headers=headers, timeout=30)
    assert downloaded.status_code == 200, downloaded.text
    assert downloaded.content == PDF


def test_a_worker_killed_mid_run_loses_no_job(
    deployment: tuple[LiveServer, LiveServer, dict[str, "subprocess.Popen[bytes]"], Engine],
) -> None:
    first, second, workers, engine = deployment
    headers = admin_headers(first)

    def run(server: LiveServer, run_id: int) -> dict[str, object]:
        answer = httpx.get(f"{server.base_url}{RUNS}/{run_id}", headers=headers, timeout=10)
        assert answer.status_code == 200, answer.text
        body: dict[str, object] = answer.json()
        return body

    def waiting_on_the_lock() -> list[str]:
        with engine.connect() as connection:
            names = connection.execute(
                text(
                    "SELECT application_name FROM pg_stat_activity WHERE datname = "
                    "current_database() AND wait_event_type = 'Lock' "
                    "AND application_name LIKE 'worker-%' ORDER BY application_name"
                )
            ).scalars()
            return list(names)

    with engine.connect() as holder:
        # The run's worker reads the job orders, and waits here: it is mid-run when killed.
        holder.execute(text("LOCK TABLE vacancy IN ACCESS EXCLUSIVE MODE"))
        started = httpx.post(f"{first.base_url}{RUNS}", json={}, headers=headers, timeout=10)
        assert started.status_code == 202, started.text
        run_id = started.json()["id"]
        _until(lambda: bool(waiting_on_the_lock()), 10, "a worker waiting on the job orders")
        killed = waiting_on_the_lock()[0]
        workers[killed].send_signal(signal.SIGKILL)
        workers[killed].wait(timeout=10)
        holder.rollback()
    assert run(second, run_id)["status"] == "running"
    # Within the stale timeout (and the recovery's 15-second round), the run is failed
    # with its reason and its job is back in the queue and done by the other worker.
    _until(lambda: run(second, run_id)["status"] == "failed", STALE_SECONDS + 30, "failed")
    assert run(second, run_id)["error"] == "interrupted"

    def job_status() -> str:
        with engine.connect() as connection:
            status: str = connection.execute(
                text(
                    "SELECT status FROM procrastinate_jobs WHERE task_name = 'matching.run' "
                    "AND (args ->> 'run_id')::int = :run_id"
                ),
                {"run_id": run_id},
            ).scalar_one()
        return status

    _until(lambda: job_status() == "succeeded", STALE_SECONDS + 30, "the job taken back")
    # The place for a run is free: the next one, asked of the other process, completes.
    again = httpx.post(f"{second.base_url}{RUNS}", json={}, headers=headers, timeout=10)
    assert again.status_code == 202, again.text
    _until(lambda: run(first, again.json()["id"])["status"] == "completed", 60, "completed")
