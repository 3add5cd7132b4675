"""A matching run holds no transaction across its solve, keeps beating while it works, and
settles at the write what changed while it solved."""

import time
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import update
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from app.models import Application, MatchingRun, Vacancy
from app.services.matching import run_jobs, runs
from app.services.matching.allocation import allocate as real_allocate
from tests.auth_helpers import make_partner
from tests.test_allocation import RUNS, korea_order, seeker


def _heartbeat(engine: Engine, run_id: int) -> Any:
    with Session(engine) as reader:
        run = reader.get(MatchingRun, run_id)
        assert run is not None
        return run.heartbeat_at


def test_no_connection_is_held_while_the_run_solves(
    officer: TestClient, engine: Engine, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    agency = make_partner(session, "PT Tanpa Kunci").id or 0
    korea_order(session, agency, "JO-1", 1)
    seeker(session, 1, 150)
    session.close()
    held_while_solving: list[int] = []

    def watched(*args: Any) -> Any:
        held_while_solving.append(engine.pool.checkedout())  # type: ignore[attr-defined]
        return real_allocate(*args)

    monkeypatch.setattr(runs, "allocate", watched)
    monkeypatch.setattr(run_jobs, "HEARTBEAT_SECONDS", 3600.0)  # no beat during the check
    started = officer.post(RUNS, json={})
    assert started.status_code == 202, started.text
    assert officer.get(started.headers["location"]).json()["status"] == "completed"
    assert held_while_solving == [0]


def test_the_run_beats_while_it_solves(
    officer: TestClient, engine: Engine, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    agency = make_partner(session, "PT Berdetak").id or 0
    korea_order(session, agency, "JO-1", 1)
    seeker(session, 1, 150)
    beats: list[Any] = []

    def slow(*args: Any) -> Any:
        run_id = session.exec(select(MatchingRun.id)).one() or 0
        beats.append(_heartbeat(engine, run_id))
        time.sleep(0.5)  # a long solve, as far as the heartbeat can tell
        beats.append(_heartbeat(engine, run_id))
        return real_allocate(*args)

    monkeypatch.setattr(runs, "allocate", slow)
    monkeypatch.setattr(run_jobs, "HEARTBEAT_SECONDS", 0.05)
    started = officer.post(RUNS, json={})
    assert officer.get(started.headers["location"]).json()["status"] == "completed"
    assert beats[1] > beats[0]


def test_openings_filled_while_the_run_solved_are_not_proposed_again(
    officer: TestClient, engine: Engine, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    agency = make_partner(session, "PT Berubah").id or 0
    order = korea_order(session, agency, "JO-1", 2)
    people = [seeker(session, n, 100 + 20 * n) for n in range(1, 3)]

    def meanwhile(*args: Any) -> Any:
        result = real_allocate(*args)
        # While the run solved, one of the two openings was filled elsewhere.
        with Session(engine) as other:
            other.execute(update(Vacancy).where(col(Vacancy.id) == order).values(filled=1))
            other.commit()
        return result

    monkeypatch.setattr(runs, "allocate", meanwhile)
    started = officer.post(RUNS, json={})
    run = officer.get(started.headers["location"]).json()
    assert run["status"] == "completed", run
    assert run["summary"]["proposals"] == 1
    proposed = session.exec(select(Application.applicant_id)).all()
    assert proposed == [people[1]]  # the better score keeps the one place left


def test_a_run_left_without_a_heartbeat_is_failed_as_interrupted(
    officer: TestClient, session: Session
) -> None:
    quiet = run_jobs.STALE_AFTER + run_jobs.STALE_AFTER / 10
    assert quiet.total_seconds() > 10 * run_jobs.HEARTBEAT_SECONDS  # beats well inside it
    run = MatchingRun(status="running", phase="solving", requested_by="user:1", unfinished=True)
    session.add(run)
    session.commit()
    session.execute(
        update(MatchingRun)
        .where(col(MatchingRun.id) == run.id)
        .values(heartbeat_at=run.created_at - quiet)
    )
    session.commit()
    shown = officer.get(f"{RUNS}/{run.id}").json()
    assert (shown["status"], shown["error"]) == ("failed", "interrupted")
