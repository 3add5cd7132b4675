"""The task queue (procrastinate on PostgreSQL): a matching run's job commits with its row,
a worker works it, the purge removes only what is past its use, and the settings that would
put work where a deploy ends it are refused."""

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from fastapi import BackgroundTasks, FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from app.cli import main as cli_main
from app.core.config import Settings
from app.core.production import check_start, production_problems
from app.main import create_app
from app.models import MatchingRun
from app.models.base import utcnow
from app.models.identity import RefreshToken, Role
from app.models.matching_run import RunStatus
from app.models.verification import VerificationCode
from app.services.tasks.dispatch import Tasks
from app.services.tasks.queue import EXPIRED_KEPT, MATCHING_RUN, purge_expired
from app.services.tasks.worker import run_worker
from tests.auth_helpers import bearer, login, make_partner, make_staff
from tests.conftest import app_settings
from tests.e2e.server import on_postgres
from tests.test_allocation import RUNS, korea_order, seeker

on_postgres_only = pytest.mark.skipif(
    not on_postgres(), reason="the task queue keeps its jobs in PostgreSQL"
)


def _jobs(engine: Engine) -> list[tuple[str, str, dict[str, object]]]:
    with engine.connect() as connection:
        rows = connection.execute(
            text("SELECT task_name, status, args FROM procrastinate_jobs ORDER BY id")
        ).all()
    return [(row[0], row[1], row[2]) for row in rows]


@pytest.fixture
def queued_settings(database_url: str, tmp_path: Path, engine: Engine) -> Iterator[Settings]:
    with engine.begin() as connection:
        connection.execute(text("DELETE FROM procrastinate_jobs"))
    yield app_settings(database_url, tmp_path, task_queue="procrastinate")
    with engine.begin() as connection:
        connection.execute(text("DELETE FROM procrastinate_jobs"))


@pytest.fixture
def queued_app(queued_settings: Settings) -> Iterator[FastAPI]:
    application = create_app(queued_settings)
    yield application
    application.state.engine.dispose()


@on_postgres_only
def test_a_run_is_queued_with_its_row_and_worked_by_a_worker(
    queued_app: FastAPI, queued_settings: Settings, client: TestClient, session: Session
) -> None:
    agency = make_partner(session, "PT Antrean").id or 0
    korea_order(session, agency, "JO-1", 1)
    seeker(session, 1, 150)
    make_staff(session, Role.officer, "antrean@disnakertrans.example.org")
    with TestClient(queued_app) as api:
        headers = bearer(login(api, "antrean@disnakertrans.example.org")["access_token"])
        started = api.post(RUNS, json={}, headers=headers)
        assert started.status_code == 202, started.text
        run_id = started.json()["id"]
        # The answer is sent and nothing in this process works the run: the job waits.
        assert started.json()["status"] == "queued"
        assert _jobs(session.get_bind()) == [(MATCHING_RUN, "todo", {"run_id": run_id})]  # type: ignore[arg-type]
        assert 'queue_depth{queue="tasks:matching"} 1.0' in api.get("/metrics").text
        run_worker(queued_settings, deliver_webhooks=False, until_idle=True, schedule=False)
        worked = api.get(f"{RUNS}/{run_id}", headers=headers)
    assert worked.json()["status"] == "completed", worked.json()
    assert worked.json()["summary"]["proposals"] == 1
    assert _jobs(session.get_bind()) == [(MATCHING_RUN, "succeeded", {"run_id": run_id})]  # type: ignore[arg-type]


@on_postgres_only
def test_a_job_deferred_in_a_transaction_rolled_back_is_not_queued(
    queued_settings: Settings, engine: Engine
) -> None:
    tasks = Tasks(queued_settings, engine)
    with Session(engine) as session:
        tasks.matching_run(session, BackgroundTasks(), 12345)
        assert [job[0] for job in _jobs(engine)] == []  # not visible before the commit
        session.rollback()
    assert _jobs(engine) == []
    with Session(engine) as session:
        tasks.matching_run(session, BackgroundTasks(), 12345)
        session.commit()
    assert _jobs(engine) == [(MATCHING_RUN, "todo", {"run_id": 12345})]


@on_postgres_only
def test_a_run_refused_while_another_works_queues_no_job(
    queued_app: FastAPI, queued_settings: Settings, engine: Engine, session: Session
) -> None:
    session.add(MatchingRun(requested_by="test", unfinished=True))
    session.commit()
    make_staff(session, Role.officer, "sibuk@disnakertrans.example.org")
    with TestClient(queued_app) as api:
        headers = bearer(login(api, "sibuk@disnakertrans.example.org")["access_token"])
        refused = api.post(RUNS, json={}, headers=headers)
    assert refused.status_code == 409
    assert refused.json()["code"] == "run_in_progress"
    assert _jobs(engine) == []
    assert session.exec(select(MatchingRun.status)).all() == [RunStatus.queued]


def test_the_purge_removes_only_what_is_past_its_use(
    app: FastAPI, engine: Engine, session: Session
) -> None:
    officer = make_staff(session, Role.officer, "purge@disnakertrans.example.org")
    now = utcnow()
    long_expired = now - EXPIRED_KEPT - timedelta(minutes=1)
    just_expired = now - timedelta(minutes=1)
    for expiry, digest in ((long_expired, "a" * 64), (just_expired, "b" * 64)):
        session.add(
            RefreshToken(
                token_hash=digest, family_id="f", user_id=officer.id or 0, expires_at=expiry
            )
        )
        session.add(
            VerificationCode(
                user_id=officer.id or 0,
                purpose="link",
                destination_kind="phone",
                destination="+6281234567890",
                digest=digest,
                expires_at=expiry,
            )
        )
    session.commit()
    removed = purge_expired(engine, app.state.settings)
    assert removed["codes"] == 1 and removed["refresh_tokens"] == 1
    session.expire_all()
    assert session.exec(select(RefreshToken.token_hash)).all() == ["b" * 64]
    assert session.exec(select(VerificationCode.digest)).all() == ["b" * 64]


def test_production_refuses_the_inline_queue_on_postgresql(tmp_path: Path) -> None:
    settings = Settings(
        database_url="postgresql://db.example.org/placement",
        task_queue="inline",
        documents_dir=tmp_path,
    )
    problems = production_problems(settings)
    assert any("TASK_QUEUE=inline" in problem for problem in problems)
    default = Settings(database_url="postgresql://db.example.org/placement")
    assert default.queued_tasks
    assert not any("TASK_QUEUE" in problem for problem in production_problems(default))


def test_the_task_queue_is_refused_on_sqlite(tmp_path: Path) -> None:
    settings = Settings(database_url=f"sqlite:///{tmp_path / 'x.db'}", task_queue="procrastinate")
    with pytest.raises(RuntimeError, match="PostgreSQL"):
        check_start(settings)


def test_the_worker_command_explains_itself_on_sqlite(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.core.config import get_settings

    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'x.db'}")
    monkeypatch.delenv("TASK_QUEUE", raising=False)
    get_settings.cache_clear()
    try:
        assert cli_main(["worker", "--until-idle"]) == 2
    finally:
        get_settings.cache_clear()
    assert "PostgreSQL" in capsys.readouterr().err
