"""Test database and client.

SQLite (a temporary file) by default; the database named by DATABASE_URL when it is set,
whose schema is wiped and rebuilt through Alembic at the start of the run.
"""

import os
import secrets
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from alembic import command
from alembic.config import Config
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlmodel import Session, SQLModel

from app.core import clock
from app.core.config import Settings
from app.core.db import make_engine, normalise_url
from app.main import create_app
from tests.auth_helpers import MessageCapture

if TYPE_CHECKING:
    from app.services.applications.documents.storage import DocumentStore
    from tests.s3_server import S3Server

# Passwords hashed at the lowest argon2 cost: every fixture's login hashes and verifies one,
# and at the production cost (tested once, in test_auth.py) they took most of the suite's
# time. Set before any test module is imported, so every Settings() of the run reads it
# (the hasher itself is built from settings when first used).
TEST_PASSWORD_HASHING = {
    "PASSWORD_HASH_TIME_COST": "1",
    "PASSWORD_HASH_MEMORY_KIB": "8",
    "PASSWORD_HASH_PARALLELISM": "1",
}
os.environ.update(TEST_PASSWORD_HASHING)
# The suite signs and seals with the demo keys (tokens forged in tests name the demo kid);
# keys set in the shell running it are not the suite's. Tests of other keys pass them.
for _name in ("JWT_KEYS", "JWT_SECRET", "ENCRYPTION_KEYS"):
    os.environ.pop(_name, None)
# The scheduled expiry sweep would write notices behind the tests' backs; the tests that
# want it run it themselves (tests/test_notifications.py).
os.environ["EXPIRY_SWEEP"] = "false"
# The service's day is the day the run started, as the test modules' TODAY (computed when
# they are imported) is: a run crossing midnight would otherwise compare yesterday's dates
# with today's. Servers the end-to-end tests start are real processes with the real date.
clock.pin(date.today())

ROOT = Path(__file__).resolve().parent.parent


def alembic_config(url: str) -> Config:
    config = Config(str(ROOT / "alembic.ini"))
    config.set_main_option("script_location", str(ROOT / "migrations"))
    config.set_main_option("sqlalchemy.url", normalise_url(url).replace("%", "%%"))
    config.attributes["configure_logger"] = False
    return config


def reset_schema(url: str) -> None:
    engine = make_engine(url)
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(text("DROP SCHEMA public CASCADE"))
            connection.execute(text("CREATE SCHEMA public"))
    engine.dispose()


@pytest.fixture(scope="session", autouse=True)
def documents_dir_from_environment(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """What reads its settings from the environment (the CLI, the demo data's placements)
    keeps document files in a temporary directory, never in the checkout's data/."""
    from app.core.config import get_settings

    patch = pytest.MonkeyPatch()
    patch.setenv("DOCUMENTS_DIR", str(tmp_path_factory.mktemp("documents-env")))
    get_settings.cache_clear()
    yield
    patch.undo()
    get_settings.cache_clear()


@pytest.fixture(scope="session")
def database_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    url = os.environ.get("DATABASE_URL")
    if not url:
        url = f"sqlite:///{tmp_path_factory.mktemp('db') / 'test.db'}"
    reset_schema(url)
    command.upgrade(alembic_config(url), "head")
    return url


def app_settings(database_url: str, documents_dir: Path, **overrides: Any) -> Settings:
    """The suite's settings, with `overrides` (another app on the same database, e.g. with
    other keys). The webhook worker is started by the tests that want it, with a short
    backoff; plain http to 127.0.0.1 is how they receive. Keys are the demo keys (the
    defaults outside production) unless overridden."""
    fields: dict[str, Any] = {
        "database_url": database_url,
        "webhook_worker": False,
        # Matching runs are worked by the API after its answer, as on SQLite; the task
        # queue's own tests (tests/test_task_queue.py) start real workers.
        "task_queue": "inline",
        "webhook_allow_insecure_urls": True,
        "documents_dir": documents_dir,
        # A retry waits this long for a request holding its key (PostgreSQL) before it is
        # told to retry: shorter than a deployment's, so that tests of it stay quick.
        "idempotency_wait_ms": 1_000,
    }
    return Settings(**(fields | overrides))


@pytest.fixture(scope="session")
def app(database_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[FastAPI]:
    # Uploaded documents go to a temporary directory.
    settings = app_settings(database_url, tmp_path_factory.mktemp("documents"))
    application = create_app(settings)
    yield application
    application.state.engine.dispose()


@pytest.fixture(scope="session")
def seaweedfs(tmp_path_factory: pytest.TempPathFactory) -> Iterator["S3Server"]:
    """A SeaweedFS server for the session, started by the first test that needs it; those
    tests skip, saying why, where it cannot run. The app's S3 client reads the standard
    AWS_* variables, set here to the server's test identity."""
    from tests import s3_server

    try:
        server = s3_server.start(tmp_path_factory.mktemp("seaweedfs"))
    except s3_server.UnavailableError as why:
        pytest.skip(f"S3 tests need SeaweedFS: {why}")
    patch = pytest.MonkeyPatch()
    for name, value in s3_server.credentials_environment().items():
        patch.setenv(name, value)
    try:
        yield server
    finally:
        patch.undo()
        server.stop()


@pytest.fixture(scope="session")
def s3_document_store(app: FastAPI, seaweedfs: "S3Server") -> "DocumentStore":
    """The app's store as configured for a bucket (DOCUMENTS_S3_*), in a bucket of its own."""
    from app.services.applications.documents.storage import store_for

    bucket = f"documents-{secrets.token_hex(4)}"
    seaweedfs.create_bucket(bucket)
    settings = app.state.settings.model_copy(
        update={"documents_s3_bucket": bucket, "documents_s3_endpoint": seaweedfs.endpoint}
    )
    return store_for(settings)


@pytest.fixture(params=["local", "s3"])
def document_store(request: pytest.FixtureRequest, app: FastAPI) -> Iterator["DocumentStore"]:
    """Each test that takes it runs once with files on local disk and once in a bucket of a
    real S3-compatible server, through the same app: the behaviour must be the same."""
    configured = app.state.document_store
    store = configured if request.param == "local" else request.getfixturevalue("s3_document_store")
    app.state.document_store = store
    yield store
    app.state.document_store = configured


@pytest.fixture(scope="session")
def engine(app: FastAPI) -> Engine:
    return app.state.engine  # type: ignore[no-any-return]


def _empty_tables(engine: Engine) -> None:
    tables = list(reversed(SQLModel.metadata.sorted_tables))
    # DELETE, children first: on tables this small it is far faster than TRUNCATE, which
    # rewrites every table's files. Ids keep counting up, as they would in production.
    with engine.begin() as connection:
        for table in tables:
            connection.execute(table.delete())


@pytest.fixture
def outbox(app: FastAPI) -> Iterator[MessageCapture]:
    """Every message the app sends during the test (codes by SMS or e-mail), kept."""
    from app.core.messaging import Senders
    from tests.auth_helpers import MessageCapture

    capture = MessageCapture()
    configured = app.state.senders
    app.state.senders = Senders(phone=capture, email=capture)
    yield capture
    app.state.senders = configured


@pytest.fixture
def client(app: FastAPI, engine: Engine, outbox: MessageCapture) -> Iterator[TestClient]:
    _empty_tables(engine)
    with TestClient(app, raise_server_exceptions=False) as test_client:
        yield test_client


@pytest.fixture
def session(engine: Engine, client: TestClient) -> Iterator[Session]:
    """A session on the test database, for asserting what was (not) written."""
    with Session(engine) as db_session:
        yield db_session


@pytest.fixture
def officer(app: FastAPI, client: TestClient, session: Session) -> Iterator[TestClient]:
    """A client logged in as an officer of Disnakertrans."""
    from app.models.identity import Role
    from tests.auth_helpers import staff_headers

    headers = staff_headers(client, session, Role.officer)
    with TestClient(app, raise_server_exceptions=False, headers=headers) as officer_client:
        yield officer_client
