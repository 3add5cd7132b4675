"""The API served by uvicorn in a subprocess, on a free local port and a database of its own."""

import os
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx
from alembic import command
from serang_placement_client import Client
from serang_placement_client.api.health import readyz
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from app.core.db import normalise_url
from app.core.keys import generate_key
from tests.conftest import ROOT, alembic_config

STARTUP_SECONDS = 30.0


@dataclass(frozen=True)
class LiveServer:
    base_url: str
    admin_email: str
    admin_password: str
    log: Path
    process: "subprocess.Popen[bytes]"


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def on_postgres() -> bool:
    """Whether the suite runs on PostgreSQL (DATABASE_URL names it), not SQLite."""
    url = os.environ.get("DATABASE_URL")
    if not url:
        return False
    return make_url(normalise_url(url)).get_backend_name() == "postgresql"


@contextmanager
def scratch_database(tmp_path: Path) -> Iterator[str]:
    """A new, migrated database of the kind DATABASE_URL names (SQLite when unset), dropped
    afterwards: on PostgreSQL one next to the suite's, so the suite's own data is untouched."""
    if not on_postgres():
        scratch = f"sqlite:///{tmp_path / 'e2e.db'}"
        command.upgrade(alembic_config(scratch), "head")
        yield scratch
        return
    url = os.environ["DATABASE_URL"]
    name = f"e2e_{uuid.uuid4().hex[:12]}"
    admin = create_engine(
        make_url(normalise_url(url)).set(database="postgres"), isolation_level="AUTOCOMMIT"
    )
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        scratch_url = make_url(normalise_url(url)).set(database=name)
        rendered = scratch_url.render_as_string(hide_password=False)
        command.upgrade(alembic_config(rendered), "head")
        yield rendered
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def _wait_until_ready(process: subprocess.Popen[bytes], base_url: str, log: Path) -> None:
    probe = Client(base_url=base_url, timeout=httpx.Timeout(2.0))
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server exited ({process.returncode}):\n{log.read_text()}")
        try:
            if readyz.sync_detailed(client=probe).status_code == 200:
                return
        except httpx.TransportError:
            pass  # not listening yet
        time.sleep(0.1)
    raise RuntimeError(f"the server was not ready in {STARTUP_SECONDS} s:\n{log.read_text()}")


def stop(process: "subprocess.Popen[bytes]", grace_seconds: float) -> None:
    """SIGTERM, as a deploy stops a process; SIGKILL if it has not ended within the grace."""
    process.terminate()
    try:
        process.wait(timeout=grace_seconds)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def admin_headers(server: LiveServer) -> dict[str, str]:
    """The bootstrap admin's bearer token on `server` (any process sharing its keys takes it)."""
    form = {
        "grant_type": "password",
        "username": server.admin_email,
        "password": server.admin_password,
    }
    answer = httpx.post(f"{server.base_url}/api/v1/auth/token", data=form, timeout=10)
    assert answer.status_code == 200, answer.text
    return {"Authorization": f"Bearer {answer.json()['access_token']}"}


@contextmanager
def live_server(
    database_url: str, tmp_path: Path, environment: dict[str, str] | None = None
) -> Iterator[LiveServer]:
    """uvicorn with the app factory, configured only through the environment, as deployed;
    `environment` adds to or overrides it (the same keys for a restarted server)."""
    port = free_port()
    base_url = f"http://127.0.0.1:{port}"
    admin_email, admin_password = "admin@disnakertrans.example.org", "Bootstrap2026serang"
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "JWT_KEYS": generate_key(),
        "ENCRYPTION_KEYS": generate_key(),
        "BOOTSTRAP_ADMIN_EMAIL": admin_email,
        "BOOTSTRAP_ADMIN_PASSWORD": admin_password,
        "WEBHOOK_WORKER": "false",
        "LOG_LEVEL": "WARNING",
        **(environment or {}),
    }
    log = tmp_path / f"server-{port}.log"
    command_line = [sys.executable, "-m", "uvicorn", "app.main:create_app", "--factory"]
    command_line += ["--host", "127.0.0.1", "--port", str(port), "--no-access-log"]
    with log.open("wb") as output:
        process = subprocess.Popen(  # noqa: S603 - our own interpreter and arguments
            command_line, cwd=ROOT, env=env, stdout=output, stderr=subprocess.STDOUT
        )
        try:
            _wait_until_ready(process, base_url, log)
            yield LiveServer(base_url, admin_email, admin_password, log, process)
        finally:
            stop(process, grace_seconds=10)


@contextmanager
def live_worker(
    database_url: str, tmp_path: Path, environment: dict[str, str] | None = None
) -> Iterator["subprocess.Popen[bytes]"]:
    """`python -m app.cli worker` in a subprocess, as deployed; stopped with SIGTERM (it
    finishes the jobs in hand) unless the test has killed it. Jobs wait in the queue until
    it listens, so nothing waits for it to be ready."""
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "LOG_LEVEL": "WARNING",
        **(environment or {}),
    }
    log = tmp_path / f"worker-{uuid.uuid4().hex[:8]}.log"
    with log.open("wb") as output:
        process = subprocess.Popen(
            [sys.executable, "-m", "app.cli", "worker"],
            cwd=ROOT,
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
        )
        try:
            yield process
        finally:
            stop(process, grace_seconds=30)
