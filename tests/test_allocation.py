"""Allocation: exactly optimal, within openings, one offer a person; and runs end to end."""

import itertools
import threading
from datetime import UTC, date, datetime, timedelta
from typing import Any

import numpy as np
import pytest
from fastapi.testclient import TestClient
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from app.cli import main
from app.core.config import get_settings
from app.core.errors import ProblemError
from app.models import Application, MatchingRun
from app.models.matching_run import MatchingRunCreate
from app.services.matching import run_jobs as runs
from app.services.matching.allocation import allocate
from tests.auth_helpers import make_partner
from tests.factories import add_applicant, add_job_order, assert_problem, count_rows
from tests.test_ranking import add_topik, born

RUNS = "/api/v1/matching/runs"


def brute_force(pairs: dict[tuple[int, int], int], capacity: list[int], people: int) -> int:
    best = 0
    for choice in itertools.product(range(-1, len(capacity)), repeat=people):
        if any(c >= 0 and (p, c) not in pairs for p, c in enumerate(choice)):
            continue
        if any(choice.count(s) > cap for s, cap in enumerate(capacity)):
            continue
        best = max(best, sum(pairs[(p, c)] for p, c in enumerate(choice) if c >= 0))
    return best


@st.composite
def instances(draw: st.DrawFn) -> tuple[dict[tuple[int, int], int], list[int], int]:
    people = draw(st.integers(1, 6))
    capacity = draw(st.lists(st.integers(0, 3), min_size=1, max_size=3))
    cells = [(p, s) for p in range(people) for s in range(len(capacity))]
    chosen = draw(st.lists(st.sampled_from(cells), unique=True, max_size=len(cells)))
    pairs = {cell: draw(st.integers(0, 1000)) for cell in chosen}
    return pairs, capacity, people


def solve(pairs: dict[tuple[int, int], int], capacity: list[int], people: int) -> Any:
    cells = sorted(pairs)
    return allocate(
        np.array([p for p, _ in cells], dtype=np.int64),
        np.array([s for _, s in cells], dtype=np.int64),
        np.array([pairs[c] for c in cells], dtype=np.int64),
        np.array(capacity, dtype=np.int64),
        people,
    )


@settings(max_examples=150, deadline=None)
@given(instances())
def test_allocation_equals_the_brute_force_optimum(
    instance: tuple[dict[tuple[int, int], int], list[int], int],
) -> None:
    pairs, capacity, people = instance
    result = solve(pairs, capacity, people)
    assert result.total_score == brute_force(pairs, capacity, people)
    given_slots = [int(s) for s in result.slot_of if s >= 0]
    for slot, cap in enumerate(capacity):
        assert given_slots.count(slot) <= cap  # never over the openings
    for person, slot in enumerate(result.slot_of):
        assert slot < 0 or (person, int(slot)) in pairs  # only eligible pairs
    assert result.total_score == sum(
        pairs[(p, int(s))] for p, s in enumerate(result.slot_of) if s >= 0
    )
    again = solve(pairs, capacity, people)
    assert again.slot_of.tolist() == result.slot_of.tolist()  # the same input, the same answer


def test_a_better_total_beats_a_greedy_choice() -> None:
    # Greedy would give person 0 the 10 and leave person 1 out: 10 < 8 + 9.
    result = solve({(0, 0): 10, (0, 1): 8, (1, 0): 9}, [1, 1], 2)
    assert result.slot_of.tolist() == [1, 0] and result.total_score == 17


def korea_order(session: Session, agency_id: int, external_id: str, openings: int) -> int:
    return add_job_order(
        session,
        agency_id,
        external_id,
        occupation="Welder",
        isco_code="7212",
        language="ko",
        min_language_score=100,
        openings=openings,
        deadline=date.today() + timedelta(days=60),
    )


def seeker(session: Session, serial: int, topik: int, **fields: Any) -> int:
    applicant_id = add_applicant(session, serial, birth_date=born(27), **fields)
    add_topik(session, applicant_id, topik)
    return applicant_id


def run_to_end(officer: TestClient, **body: Any) -> dict[str, Any]:
    started = officer.post(RUNS, json=body)
    assert started.status_code == 202, started.text
    assert started.headers["location"].endswith(f"/{started.json()['id']}")
    run = officer.get(started.headers["location"]).json()
    assert run["status"] == "completed", run
    return run  # type: ignore[no-any-return]


def test_run_fills_openings_optimally_and_proposes(officer: TestClient, session: Session) -> None:
    agency = make_partner(session, "PT Run Agency").id or 0
    first, second = korea_order(session, agency, "JO-1", 1), korea_order(session, agency, "JO-2", 1)
    people = [seeker(session, n, 100 + 20 * n) for n in range(1, 4)]
    refused = seeker(session, 9, 200, consent=False)

    run = run_to_end(officer)
    summary = run["summary"]
    assert run["phase"] == "done" and run["percent"] == 100
    assert summary["job_orders"] == 2 and summary["openings"] == 2
    assert summary["eligible_people"] == 3 and summary["proposals"] == 2
    assert summary["unplaced_eligible"] == 1
    assert summary["unplaced_sample"][0] == {
        "applicant_id": people[0],  # the lowest score stays out
        "reason": "openings_taken",
        "eligible_job_orders": 2,
    }
    proposed = session.exec(select(Application).order_by(col(Application.vacancy_id))).all()
    assert [(a.applicant_id, a.vacancy_id) for a in proposed] == [
        (people[2], first),
        (people[1], second),
    ]
    assert {a.stage for a in proposed} == {"matched"} and {a.source for a in proposed} == {
        "matching_run"
    }
    assert summary["total_score"] == sum(int(a.score or 0) for a in proposed)
    assert refused not in {a.applicant_id for a in proposed}
    assert [f["proposed"] for f in summary["filled"]] == [1, 1]

    # A second run offers nobody a job order they already have an application for.
    again = run_to_end(officer)["summary"]
    assert count_rows(session, Application) == 2 + again["proposals"]
    pairs = session.exec(select(Application.applicant_id, Application.vacancy_id)).all()
    assert len(pairs) == len(set(pairs))


def test_run_over_chosen_job_orders(officer: TestClient, session: Session) -> None:
    agency = make_partner(session, "PT Chosen Agency").id or 0
    chosen, other = korea_order(session, agency, "JO-A", 2), korea_order(session, agency, "JO-B", 2)
    for n in range(1, 4):
        seeker(session, n, 150)
    run = run_to_end(officer, vacancy_ids=[chosen])
    assert run["vacancy_ids"] == [chosen]
    vacancies = {a.vacancy_id for a in session.exec(select(Application)).all()}
    assert vacancies == {chosen} and other not in vacancies


def test_bad_requests_change_nothing(officer: TestClient, session: Session) -> None:
    problem = assert_problem(
        officer.post(RUNS, json={"vacancy_ids": [99999]}), 422, "vacancies_unknown"
    )
    assert problem["errors"][0]["field"] == "vacancy_ids"
    assert_problem(officer.post(RUNS, json={"vacancy_ids": []}), 422, "validation_failed")
    assert_problem(officer.post(RUNS, json={"extra": 1}), 422, "validation_failed")
    assert count_rows(session, MatchingRun) == 0
    assert_problem(officer.get(f"{RUNS}/99999"), 404, "not_found")


def test_one_run_at_a_time_and_dead_runs_expire(officer: TestClient, session: Session) -> None:
    now = datetime.now(UTC)
    busy = MatchingRun(
        status="running", phase="solving", requested_by="user:1", heartbeat_at=now, unfinished=True
    )
    session.add(busy)
    session.commit()
    assert_problem(officer.post(RUNS, json={}), 409, "run_in_progress")
    busy.heartbeat_at = now - timedelta(minutes=11)  # its worker stopped long ago
    session.add(busy)
    session.commit()
    assert officer.get(f"{RUNS}/{busy.id}").json()["status"] == "failed"
    assert officer.post(RUNS, json={}).status_code == 202
    listed = officer.get(RUNS).json()["items"]
    assert [r["status"] for r in listed] == ["failed", "completed"]


def test_two_runs_started_at_once_give_one_run(
    engine: Engine, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two API processes pass the friendly check together; the database keeps one run."""
    both_checked = threading.Barrier(2, timeout=10)
    monkeypatch.setattr(runs, "fail_interrupted_runs", lambda *_args: both_checked.wait())
    outcomes: list[str] = []

    def start() -> None:
        with Session(engine) as own:
            try:
                runs.start_run(own, MatchingRunCreate(), "user:1")
                outcomes.append("started")
            except ProblemError as problem:
                outcomes.append(problem.code)

    threads = [threading.Thread(target=start) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert sorted(outcomes) == ["run_in_progress", "started"]
    assert count_rows(session, MatchingRun) == 1


def test_the_database_refuses_a_second_unfinished_run(session: Session) -> None:
    session.add(MatchingRun(requested_by="user:1", unfinished=True))
    session.commit()
    session.add(MatchingRun(requested_by="user:2", unfinished=True))
    with pytest.raises(IntegrityError):
        session.commit()
    session.rollback()
    finished = MatchingRun(requested_by="user:3", status="completed")
    session.add(finished)
    session.commit()  # finished runs take no place
    assert count_rows(session, MatchingRun) == 2


def test_cli_runs_the_same_allocation_with_a_progress_bar(
    session: Session,
    database_url: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    agency = make_partner(session, "PT Cli Agency").id or 0
    order = korea_order(session, agency, "JO-CLI", 1)
    best = seeker(session, 1, 190)
    seeker(session, 2, 120)
    monkeypatch.setenv("DATABASE_URL", database_url)
    get_settings.cache_clear()
    try:
        assert main(["match", "--vacancy-id", str(order)]) == 0
    finally:
        get_settings.cache_clear()
    printed = capsys.readouterr()
    assert "1 proposals over 1 job orders (1 openings)" in printed.out
    assert "100% done" in printed.err
    (proposal,) = session.exec(select(Application)).all()
    assert (proposal.applicant_id, proposal.vacancy_id) == (best, order)
    run = session.exec(select(MatchingRun)).one()
    assert run.requested_by.startswith("cli:") and run.status == "completed"
