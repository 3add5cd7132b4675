"""Runs and pending proposals: nobody holds two, no opening is offered twice, and
`candidates_per_opening` widens the short list within bounds."""

from collections import Counter
from datetime import date, timedelta
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session, col, select

from app.cli import main
from app.core.config import get_settings
from app.models import Application, MatchingRun
from app.models.matching_run import CANDIDATES_PER_OPENING_MAX
from app.services.applications.proposals import propose_many
from app.services.applications.stages import pending_proposal
from tests.auth_helpers import make_partner
from tests.factories import add_application, add_job_order, assert_problem, count_rows
from tests.test_allocation import RUNS, run_to_end, seeker

APPLICATIONS = "/api/v1/applications"


def korea_order(
    session: Session, agency_id: int, external_id: str, openings: int, floor: int = 100
) -> int:
    """A welding order; another score floor makes another slot (other rules, other scores)."""
    return add_job_order(
        session,
        agency_id,
        external_id,
        occupation="Welder",
        isco_code="7212",
        language="ko",
        min_language_score=floor,
        openings=openings,
        deadline=date.today() + timedelta(days=60),
    )


def pending_of(session: Session) -> list[tuple[int, int]]:
    """(applicant, job order) of every pending proposal, in that order."""
    session.expire_all()
    rows = session.exec(
        select(Application.applicant_id, Application.vacancy_id)
        .where(pending_proposal())
        .order_by(col(Application.applicant_id), col(Application.vacancy_id))
    ).all()
    return [(int(a), int(v)) for a, v in rows]


def proposals_of(session: Session, vacancy_id: int) -> list[int]:
    session.expire_all()
    return list(
        session.exec(
            select(Application.applicant_id)
            .where(Application.vacancy_id == vacancy_id, Application.source == "matching_run")
            .order_by(col(Application.applicant_id))
        ).all()
    )


def application_of(session: Session, applicant_id: int, vacancy_id: int) -> int:
    return int(
        session.exec(
            select(Application.id).where(
                Application.applicant_id == applicant_id, Application.vacancy_id == vacancy_id
            )
        ).one()
        or 0
    )


def order_line(summary: dict[str, Any], vacancy_id: int) -> dict[str, Any]:
    [line] = [f for f in summary["filled"] if f["vacancy_id"] == vacancy_id]
    return line  # type: ignore[no-any-return]


@pytest.fixture
def agency(session: Session) -> int:
    return make_partner(session, "PT Capacity Agency").id or 0


def test_two_runs_never_give_anyone_a_second_pending_proposal(
    officer: TestClient, session: Session, agency: int
) -> None:
    first = korea_order(session, agency, "JO-1", 2)
    best, second, third, fourth = (seeker(session, n, 150 - 10 * n) for n in range(1, 5))
    run_to_end(officer)
    assert pending_of(session) == [(best, first), (second, first)]

    # A new order that everyone qualifies for, and scores differently for (another slot):
    # the two already proposed stay with their pending proposal.
    later = korea_order(session, agency, "JO-2", 4, floor=110)
    summary = run_to_end(officer)["summary"]
    assert proposals_of(session, later) == [third, fourth]
    assert summary["proposals"] == 2 and summary["eligible_people"] == 2
    per_person = Counter(a for a, _ in pending_of(session))
    assert max(per_person.values()) == 1 and len(per_person) == 4
    assert order_line(summary, first) == {
        "vacancy_id": first,
        "openings_remaining": 2,
        "pending_proposals": 2,
        "capacity": 0,
        "proposed": 0,
    }
    # A third run has nobody left to propose and nowhere to propose them.
    assert run_to_end(officer)["summary"]["proposals"] == 0
    assert len(pending_of(session)) == 4


def test_a_later_run_fills_only_the_openings_not_yet_proposed(
    officer: TestClient, session: Session, agency: int
) -> None:
    order = korea_order(session, agency, "JO-3", 3)
    early = seeker(session, 1, 150)
    run_to_end(officer)
    assert proposals_of(session, order) == [early]

    newcomers = [seeker(session, n, 120 + n) for n in range(2, 6)]
    summary = run_to_end(officer)["summary"]
    assert (summary["openings"], summary["pending_proposals"], summary["capacity"]) == (3, 1, 2)
    assert order_line(summary, order)["proposed"] == 2
    # The two best of the newcomers; the opening already proposed is not offered again.
    assert proposals_of(session, order) == sorted([early, newcomers[-1], newcomers[-2]])
    assert run_to_end(officer)["summary"]["capacity"] == 0


def test_several_candidates_per_opening_each_from_a_different_person(
    officer: TestClient, session: Session, agency: int
) -> None:
    one = korea_order(session, agency, "JO-4", 1)
    other = korea_order(session, agency, "JO-5", 1, floor=110)
    people = [seeker(session, n, 100 + 10 * n) for n in range(1, 6)]

    run = run_to_end(officer, candidates_per_opening=3)
    assert run["candidates_per_opening"] == 3
    summary = run["summary"]
    assert summary["capacity"] == 6 and summary["proposals"] == 5  # 5 people, 6 places
    assert [order_line(summary, v)["capacity"] for v in (one, other)] == [3, 3]
    pending = pending_of(session)
    assert len(pending) == 5 and sorted(a for a, _ in pending) == people
    assert len(proposals_of(session, one)) <= 3 and len(proposals_of(session, other)) <= 3
    stored = session.exec(select(MatchingRun)).one()
    assert stored.candidates_per_opening == 3

    # Three proposed for the one opening: a run at one per opening has no room left there.
    more = [seeker(session, n, 190) for n in range(6, 8)]
    again = run_to_end(officer)
    assert again["candidates_per_opening"] == 1 and again["summary"]["proposals"] == 0
    assert not {a for a, _ in pending_of(session)} & set(more)


def test_the_short_list_is_the_best_scorers(
    officer: TestClient, session: Session, agency: int
) -> None:
    order = korea_order(session, agency, "JO-6", 1)
    people = [seeker(session, n, 100 + 10 * n) for n in range(1, 6)]  # better and better
    run_to_end(officer, candidates_per_opening=3)
    assert proposals_of(session, order) == people[2:]


@pytest.mark.parametrize(
    "body",
    [
        {"candidates_per_opening": 0},
        {"candidates_per_opening": CANDIDATES_PER_OPENING_MAX + 1},
        {"candidates_per_opening": -2},
        {"candidates_per_opening": "three"},
        {"candidates_per_opening": 2.5},
        {"candidates_per_opening": None},
    ],
)
def test_candidates_per_opening_out_of_range_is_refused_and_starts_nothing(
    officer: TestClient, session: Session, agency: int, body: dict[str, Any]
) -> None:
    korea_order(session, agency, "JO-7", 1)
    seeker(session, 1, 150)
    problem = assert_problem(officer.post(RUNS, json=body), 422, "validation_failed")
    assert [e["field"] for e in problem["errors"]] == ["candidates_per_opening"]
    assert count_rows(session, MatchingRun) == 0
    assert count_rows(session, Application) == 0


def test_the_bounds_themselves_are_accepted(
    officer: TestClient, session: Session, agency: int
) -> None:
    order = korea_order(session, agency, "JO-8", 1)
    people = [seeker(session, n, 100 + 5 * n) for n in range(1, 13)]  # better and better
    run = run_to_end(officer, candidates_per_opening=CANDIDATES_PER_OPENING_MAX)
    assert run["summary"]["proposals"] == CANDIDATES_PER_OPENING_MAX
    assert proposals_of(session, order) == people[-CANDIDATES_PER_OPENING_MAX:]


@pytest.mark.parametrize("closing", ["withdrawn", "rejected"])
def test_a_closed_proposal_frees_its_person_and_its_place(
    officer: TestClient, session: Session, agency: int, closing: str
) -> None:
    first, second = korea_order(session, agency, "JO-A", 1), korea_order(session, agency, "JO-B", 1)
    top, runner_up, third = (seeker(session, n, 160 - 20 * n) for n in range(1, 4))
    run_to_end(officer)
    assert pending_of(session) == [(top, first), (runner_up, second)]

    closed = officer.post(
        f"{APPLICATIONS}/{application_of(session, top, first)}/transitions",
        json={"to_stage": closing, "reason": "Employer chose another candidate"},
    )
    assert closed.status_code == 200, closed.text
    elsewhere = korea_order(session, agency, "JO-C", 1, floor=110)
    summary = run_to_end(officer)["summary"]
    # The place at JO-A is free again; `top` may be proposed again, though not to JO-A.
    assert order_line(summary, first) | {"proposed": None} == {
        "vacancy_id": first,
        "openings_remaining": 1,
        "pending_proposals": 0,
        "capacity": 1,
        "proposed": None,
    }
    assert pending_of(session) == sorted([(top, elsewhere), (runner_up, second), (third, first)])


def test_only_proposals_hold_a_person_and_a_place(
    officer: TestClient, session: Session, agency: int
) -> None:
    order = korea_order(session, agency, "JO-D", 2)
    elsewhere = korea_order(session, agency, "JO-E", 1, floor=110)
    filed, applied, shortlisted, free = (seeker(session, n, 150 - 10 * n) for n in range(1, 5))
    add_application(session, filed, elsewhere, source="officer")  # an officer's proposal
    add_application(session, applied, elsewhere, source="applicant")  # their own choice
    add_application(session, shortlisted, elsewhere, stage="shortlisted", source="matching_run")

    summary = run_to_end(officer)["summary"]
    # `filed` is held by the officer's proposal, which also takes JO-E's one place.
    assert order_line(summary, elsewhere)["capacity"] == 0
    assert proposals_of(session, order) == sorted([applied, shortlisted])
    assert filed not in proposals_of(session, order) and free not in proposals_of(session, order)


def test_propose_many_gives_a_person_one_pending_proposal(session: Session, agency: int) -> None:
    first, second = korea_order(session, agency, "JO-F", 2), korea_order(session, agency, "JO-G", 2)
    person, held = seeker(session, 1, 150), seeker(session, 2, 150)
    add_application(session, held, first, source="matching_run")
    pairs = [(person, first, 0.4), (person, second, 0.9), (held, second, 1.0)]
    assert propose_many(session, pairs, "run:1") == 1
    assert pending_of(session) == [(person, second), (held, first)]
    assert propose_many(session, [(person, first, 1.0)], "run:2") == 0


def test_the_cli_takes_candidates_per_opening_within_the_same_bounds(
    session: Session,
    agency: int,
    database_url: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    order = korea_order(session, agency, "JO-CLI", 1)
    people = [seeker(session, n, 100 + 10 * n) for n in range(1, 4)]
    with pytest.raises(SystemExit):
        main(["match", "--candidates-per-opening", str(CANDIDATES_PER_OPENING_MAX + 1)])
    assert count_rows(session, MatchingRun) == 0
    monkeypatch.setenv("DATABASE_URL", database_url)
    get_settings.cache_clear()
    try:
        assert main(["match", "--candidates-per-opening", "2"]) == 0
    finally:
        get_settings.cache_clear()
    assert "2 proposals over 1 job orders (1 openings), room for 2" in capsys.readouterr().out
    assert proposals_of(session, order) == people[1:]
    assert session.exec(select(MatchingRun)).one().candidates_per_opening == 2
