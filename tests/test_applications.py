"""Applications: applying, who moves which stage, quota, privacy towards agencies, history."""

import os
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.engine import Engine, make_url
from sqlmodel import Session, col, select

from app.core.db import normalise_url
from app.core.errors import ProblemError
from app.core.principal import Principal
from app.models import Application, ApplicationStageChange, AuditEntry, Vacancy
from app.models.applicant import Applicant
from app.models.application import ApplicationTransition
from app.models.credential import Credential
from app.services.applications.moves import transition_application
from app.services.applications.proposals import propose_many
from tests.auth_helpers import (
    applicant_headers,
    bearer,
    client_token,
    login,
    make_partner,
    register_applicant,
)
from tests.factories import (
    add_applicant,
    add_application,
    add_vacancy,
    assert_problem,
    count_rows,
    roster_place,
)
from tests.fixtures_documents import ready_for_departure

APPLICATIONS = "/api/v1/applications"
WRITE = ["applications:write"]
READ_ONLY = ["applications:read", "vacancies:read"]

# The legal moves and who may make each, written out independently of the service's tables.
LEGAL = {
    "matched": ["shortlisted", "rejected", "withdrawn"],
    "shortlisted": ["interviewed", "rejected", "withdrawn"],
    "interviewed": ["selected", "rejected", "withdrawn"],
    "selected": ["documents", "rejected", "withdrawn"],
    "documents": ["departed", "rejected", "withdrawn"],
    "departed": ["working", "returned"],
    "working": ["returned"],
    "returned": [],
    "withdrawn": [],
    "rejected": [],
}
MOVERS = {
    "shortlisted": {"agency", "officer"},
    "interviewed": {"agency", "officer"},
    "selected": {"agency", "officer"},
    "rejected": {"agency", "officer"},
    "documents": {"officer"},
    "departed": {"officer"},
    "working": {"officer"},
    "returned": {"officer"},
    "withdrawn": {"applicant", "officer"},
}
# How an officer drives an application from matched to each stage.
PATH = {
    "matched": [],
    "shortlisted": ["shortlisted"],
    "interviewed": ["shortlisted", "interviewed"],
    "selected": ["shortlisted", "interviewed", "selected"],
    "documents": ["shortlisted", "interviewed", "selected", "documents"],
    "departed": ["shortlisted", "interviewed", "selected", "documents", "departed"],
    "working": ["shortlisted", "interviewed", "selected", "documents", "departed", "working"],
    "returned": ["shortlisted", "interviewed", "selected", "documents", "departed", "returned"],
    "withdrawn": ["withdrawn"],
    "rejected": ["rejected"],
}
CLOSING = {"withdrawn", "rejected"}


@dataclass
class World:
    officer: TestClient
    client: TestClient
    session: Session
    agency_id: int
    other_agency_id: int
    agency: dict[str, str]  # headers of the owning agency's client, applications:write
    agency_reader: dict[str, str]  # the owning agency's client with read scopes only
    other_agency: dict[str, str]
    vacancy_id: int  # of the agency, 10 openings
    seeker: dict[str, str]  # headers of a registered job seeker with consent
    seeker_id: int

    def as_(self, who: str) -> dict[str, str]:
        return {"agency": self.agency, "applicant": self.seeker}.get(who, {})

    def caller(self, who: str) -> TestClient:
        return self.officer if who == "officer" else self.client


def eligible_for_eps(session: Session, applicant_id: int) -> None:
    session.add(
        Credential(
            applicant_id=applicant_id,
            kind="language",
            type="eps_topik",
            score=150,
            issuer="HRD Korea",
            issued_on=date.today() - timedelta(days=30),
            verification="verified",
        )
    )
    session.add(roster_place(applicant_id, date.today() - timedelta(days=10)))
    session.commit()


@pytest.fixture
def world(officer: TestClient, client: TestClient, session: Session) -> World:
    agency = make_partner(session, "PT Bina Tenaga Serang")
    other = make_partner(session, "PT Duta Banten Mandiri")
    seeker, seeker_id = applicant_headers(client)
    # The job orders here are EPS E-9: a job seeker applies only where they are eligible.
    eligible_for_eps(session, seeker_id)
    return World(
        officer=officer,
        client=client,
        session=session,
        agency_id=agency.id or 0,
        other_agency_id=other.id or 0,
        agency=bearer(client_token(client, session, agency, WRITE)),
        agency_reader=bearer(client_token(client, session, agency, READ_ONLY)),
        other_agency=bearer(client_token(client, session, other, WRITE)),
        vacancy_id=add_vacancy(session, agency.id or 0, "JO-001"),
        seeker=seeker,
        seeker_id=seeker_id,
    )


def create(w: World, applicant_id: int, vacancy_id: int | None = None) -> dict[str, Any]:
    body = {"applicant_id": applicant_id, "vacancy_id": vacancy_id or w.vacancy_id}
    response = w.officer.post(APPLICATIONS, json=body)
    assert response.status_code == 201, response.text
    return response.json()  # type: ignore[no-any-return]


def move(
    caller: TestClient,
    application_id: int,
    to_stage: str,
    headers: dict[str, str] | None = None,
    **extra: Any,
) -> Any:
    if to_stage in CLOSING and "reason" not in extra:
        extra["reason"] = "no longer available"
    return caller.post(
        f"{APPLICATIONS}/{application_id}/transitions",
        json={"to_stage": to_stage, **extra},
        headers=headers or {},
    )


def drive(w: World, application_id: int, stage: str) -> None:
    # Documents complete from the start, so that departure is judged on the stage alone.
    ready_for_departure(w.session, application_id)
    for step in PATH[stage]:
        response = move(w.officer, application_id, step)
        assert response.status_code == 200, response.text


def stored(session: Session, application_id: int) -> Application:
    session.expire_all()
    application = session.get(Application, application_id)
    assert application is not None
    return application


def vacancy_row(session: Session, vacancy_id: int) -> Vacancy:
    session.expire_all()
    vacancy = session.get(Vacancy, vacancy_id)
    assert vacancy is not None
    return vacancy


def small_vacancy(session: Session, agency_id: int, external_id: str, openings: int) -> int:
    vacancy_id = add_vacancy(session, agency_id, external_id)
    row = vacancy_row(session, vacancy_id)
    row.openings = openings
    session.add(row)
    session.commit()
    return vacancy_id


def history_of(session: Session, application_id: int) -> list[ApplicationStageChange]:
    session.expire_all()
    return list(
        session.exec(
            select(ApplicationStageChange)
            .where(ApplicationStageChange.application_id == application_id)
            .order_by(col(ApplicationStageChange.id))
        )
    )


# -- applying --------------------------------------------------------------------------------


def test_job_seeker_applies_for_themself(world: World) -> None:
    response = world.client.post(
        APPLICATIONS, json={"vacancy_id": world.vacancy_id, "note": "lewat aplikasi"},
        headers=world.seeker,
    )  # fmt: skip
    assert response.status_code == 201, response.text
    created = response.json()
    assert (created["applicant_id"], created["vacancy_id"]) == (world.seeker_id, world.vacancy_id)
    assert (created["stage"], created["source"], created["score"]) == ("matched", "applicant", None)
    assert created["allowed_next_stages"] == LEGAL["matched"]
    [first] = created["history"]
    assert (first["from_stage"], first["to_stage"], first["note"]) == (
        None,
        "matched",
        "lewat aplikasi",
    )
    assert first["actor"].startswith("user:")
    assert created["candidate"]["full_name"] == "Ahmad Fauzi"
    assert created["candidate"]["anonymous"] is False
    read = world.client.get(f"{APPLICATIONS}/{created['id']}", headers=world.seeker)
    assert read.json() == created
    world.session.expire_all()
    entry = world.session.exec(select(AuditEntry).where(AuditEntry.entity == "application")).one()
    assert (entry.action, entry.entity_id, entry.changes["stage"]["new"]) == (
        "create",
        created["id"],
        "matched",
    )


def test_applying_twice_is_409_and_writes_nothing_more(world: World) -> None:
    body = {"vacancy_id": world.vacancy_id}
    first = world.client.post(APPLICATIONS, json=body, headers=world.seeker).json()
    again = world.client.post(APPLICATIONS, json=body, headers=world.seeker)
    problem = assert_problem(again, 409, "application_exists")
    assert problem["application_id"] == first["id"]
    officer_again = world.officer.post(APPLICATIONS, json={**body, "applicant_id": world.seeker_id})
    assert_problem(officer_again, 409, "application_exists")
    assert count_rows(world.session, Application) == 1
    assert count_rows(world.session, ApplicationStageChange) == 1


def test_no_application_without_consent(world: World) -> None:
    register_applicant(world.client, 2, consent=None)
    headers = bearer(login(world.client, "seeker2@example.com")["access_token"])
    refused = world.client.post(
        APPLICATIONS, json={"vacancy_id": world.vacancy_id}, headers=headers
    )
    assert_problem(refused, 409, "application_consent_missing")
    no_consent = add_applicant(world.session, 30, consent=False)
    by_officer = world.officer.post(
        APPLICATIONS, json={"vacancy_id": world.vacancy_id, "applicant_id": no_consent}
    )
    assert_problem(by_officer, 409, "application_consent_missing")
    assert count_rows(world.session, Application) == 0


@pytest.mark.parametrize(
    ("overrides", "code"),
    [
        ({"status": "closed"}, "application_vacancy_not_open"),
        ({"status": "filled"}, "application_vacancy_not_open"),
        ({"status": "cancelled"}, "application_vacancy_not_open"),
        ({"deadline": date.today() - timedelta(days=1)}, "application_deadline_passed"),
    ],
)
def test_no_application_to_a_closed_vacancy(
    world: World, overrides: dict[str, Any], code: str
) -> None:
    shut = add_vacancy(world.session, world.agency_id, "JO-SHUT", **overrides)
    refused = world.client.post(APPLICATIONS, json={"vacancy_id": shut}, headers=world.seeker)
    assert_problem(refused, 409, code)
    assert count_rows(world.session, Application) == 0


def test_deadline_today_is_still_open(world: World) -> None:
    today = add_vacancy(world.session, world.agency_id, "JO-TODAY", deadline=date.today())
    response = world.client.post(APPLICATIONS, json={"vacancy_id": today}, headers=world.seeker)
    assert response.status_code == 201, response.text


def test_officer_files_for_anyone_even_after_the_agency_closed_the_order(world: World) -> None:
    person = add_applicant(world.session, 31)
    closed = add_vacancy(world.session, world.agency_id, "JO-CLOSED", status="closed")
    created = create(world, person, closed)
    assert (created["source"], created["applicant_id"]) == ("officer", person)
    cancelled = add_vacancy(world.session, world.agency_id, "JO-CANC", status="cancelled")
    refused = world.officer.post(
        APPLICATIONS, json={"applicant_id": person, "vacancy_id": cancelled}
    )
    assert_problem(refused, 409, "application_vacancy_not_open")


@pytest.mark.parametrize(
    ("who", "body", "status", "code"),
    [
        ("applicant", {"applicant_id": 0}, 403, "application_for_self_only"),
        ("officer", {"applicant_id": None}, 422, "application_applicant_required"),
        ("officer", {"applicant_id": 9999}, 422, "application_applicant_unknown"),
        ("applicant", {"vacancy_id": 9999}, 422, "application_vacancy_unknown"),
        ("applicant", {"stage": "selected"}, 422, "validation_failed"),
        ("applicant", {"score": 99.0}, 422, "validation_failed"),
        ("applicant", {"vacancy_id": "abc"}, 422, "validation_failed"),
        ("agency", {}, 403, "user_account_only"),
        ("anonymous", {}, 401, "not_authenticated"),
    ],
)
def test_bad_applications_write_nothing(
    world: World, who: str, body: dict[str, Any], status: int, code: str
) -> None:
    someone = add_applicant(world.session, 32)
    audits = count_rows(world.session, AuditEntry)
    payload = {"vacancy_id": world.vacancy_id, **body}
    if payload.get("applicant_id") == 0:
        payload["applicant_id"] = someone
    if payload.get("applicant_id", 1) is None:
        del payload["applicant_id"]
    response = world.caller(who).post(APPLICATIONS, json=payload, headers=world.as_(who))
    assert_problem(response, status, code)
    assert count_rows(world.session, Application) == 0
    assert count_rows(world.session, AuditEntry) == audits


# -- moves: legal, by whom, refused ----------------------------------------------------------

LEGAL_MOVES = [(a, b) for a, targets in LEGAL.items() for b in targets]


@pytest.mark.parametrize(("from_stage", "to_stage"), LEGAL_MOVES)
def test_each_move_allowed_and_refused_by_each_actor(
    world: World, from_stage: str, to_stage: str
) -> None:
    own = world.client.post(
        APPLICATIONS, json={"vacancy_id": world.vacancy_id}, headers=world.seeker
    ).json()["id"]
    # Each actor acts on an application of its own, on a separate job order so that a
    # selection does not close the others.
    targets = {"applicant": own}
    for serial, who in enumerate(("agency", "officer"), start=40):
        vacancy = add_vacancy(world.session, world.agency_id, f"JO-{who}")
        targets[who] = create(world, add_applicant(world.session, serial), vacancy)["id"]
    for application_id in targets.values():
        drive(world, application_id, from_stage)
    for who, application_id in targets.items():
        before = len(history_of(world.session, application_id))
        response = move(world.caller(who), application_id, to_stage, world.as_(who), note="n")
        if who in MOVERS[to_stage]:
            assert response.status_code == 200, (who, response.text)
            assert response.json()["stage"] == to_stage
            assert response.json()["allowed_next_stages"] == LEGAL[to_stage]
            last = history_of(world.session, application_id)[-1]
            assert (last.from_stage, last.to_stage, last.note) == (from_stage, to_stage, "n")
        else:
            problem = assert_problem(response, 403, "application_actor_not_allowed")
            assert to_stage in problem["detail"]
            assert stored(world.session, application_id).stage == from_stage
            assert len(history_of(world.session, application_id)) == before


@pytest.mark.parametrize("from_stage", list(LEGAL))
def test_illegal_moves_are_409_naming_the_allowed_ones(world: World, from_stage: str) -> None:
    application_id = create(world, add_applicant(world.session, 50))["id"]
    drive(world, application_id, from_stage)
    before = len(history_of(world.session, application_id))
    for to_stage in set(LEGAL) - set(LEGAL[from_stage]):
        problem = assert_problem(move(world.officer, application_id, to_stage), 409,
                                 "application_transition_not_allowed")  # fmt: skip
        assert problem["allowed_next_stages"] == LEGAL[from_stage]
    assert stored(world.session, application_id).stage == from_stage
    assert len(history_of(world.session, application_id)) == before


def test_wrong_move_is_judged_before_the_actor(world: World) -> None:
    own = world.client.post(
        APPLICATIONS, json={"vacancy_id": world.vacancy_id}, headers=world.seeker
    ).json()["id"]
    problem = assert_problem(move(world.client, own, "departed", world.seeker), 409,
                             "application_transition_not_allowed")  # fmt: skip
    assert problem["allowed_next_stages"] == LEGAL["matched"]


@pytest.mark.parametrize(
    ("to_stage", "extra", "code"),
    [
        ("withdrawn", {"reason": None}, "application_reason_required"),
        ("rejected", {"reason": None}, "application_reason_required"),
        ("shortlisted", {"reason": "looks good"}, "application_reason_not_used"),
        ("hired", {}, "validation_failed"),
        ("shortlisted", {"effective_on": "2026-01-01"}, "validation_failed"),
        ("withdrawn", {"reason": "x" * 301}, "validation_failed"),
    ],
)
def test_bad_transitions_change_nothing(
    world: World, to_stage: str, extra: dict[str, Any], code: str
) -> None:
    application_id = create(world, add_applicant(world.session, 51))["id"]
    audits = count_rows(world.session, AuditEntry)
    body = {"to_stage": to_stage, **{k: v for k, v in extra.items() if v is not None}}
    response = world.officer.post(f"{APPLICATIONS}/{application_id}/transitions", json=body)
    problem = assert_problem(response, 422, code)
    if code != "validation_failed":
        assert [e["field"] for e in problem["errors"]] == ["reason"]
    row = stored(world.session, application_id)
    assert (row.stage, row.version) == ("matched", 1)
    assert len(history_of(world.session, application_id)) == 1
    assert count_rows(world.session, AuditEntry) == audits


def test_history_and_audit_keep_every_move(world: World) -> None:
    application_id = create(world, add_applicant(world.session, 52))["id"]
    assert (
        move(world.client, application_id, "shortlisted", world.agency, note="CV ok").status_code
        == 200
    )
    assert move(world.officer, application_id, "interviewed").status_code == 200
    rejected = move(
        world.client, application_id, "rejected", world.agency, reason="failed interview"
    )
    assert rejected.status_code == 200, rejected.text
    body = rejected.json()
    assert (body["stage"], body["reason"], body["allowed_next_stages"]) == (
        "rejected",
        "failed interview",
        [],
    )
    steps = [(h["from_stage"], h["to_stage"]) for h in body["history"]]
    assert steps == [
        (None, "matched"),
        ("matched", "shortlisted"),
        ("shortlisted", "interviewed"),
        ("interviewed", "rejected"),
    ]
    actors = [h["actor"] for h in body["history"]]
    assert actors[1] == actors[3] and actors[1].startswith("client:")
    assert actors[0] == actors[2] and actors[2].startswith("user:")
    assert body["history"][1]["note"] == "CV ok"
    assert body["history"][3]["reason"] == "failed interview"
    world.session.expire_all()
    moves = world.session.exec(
        select(AuditEntry)
        .where(AuditEntry.entity == "application", AuditEntry.action == "transition")
        .order_by(col(AuditEntry.id))
    ).all()
    assert [m.changes["stage"]["new"] for m in moves] == ["shortlisted", "interviewed", "rejected"]


def test_departure_and_return_update_the_job_seeker(world: World) -> None:
    person = add_applicant(world.session, 53)
    application_id = create(world, person)["id"]
    drive(world, application_id, "departed")
    world.session.expire_all()
    assert world.session.get(Applicant, person).status == "placed"  # type: ignore[union-attr]
    assert move(world.officer, application_id, "returned").status_code == 200
    world.session.expire_all()
    assert world.session.get(Applicant, person).status == "returned"  # type: ignore[union-attr]
    # A returned worker may apply again (the fast track).
    again = add_vacancy(world.session, world.agency_id, "JO-AGAIN")
    assert create(world, person, again)["stage"] == "matched"


# -- quota -----------------------------------------------------------------------------------


def test_selection_uses_openings_and_withdrawal_frees_one(world: World) -> None:
    vacancy = small_vacancy(world.session, world.agency_id, "JO-TWO", openings=2)
    ids = [create(world, add_applicant(world.session, 60 + i), vacancy)["id"] for i in range(3)]
    for application_id in ids:
        drive(world, application_id, "interviewed")
    for application_id in ids[:2]:
        assert move(world.client, application_id, "selected", world.agency).status_code == 200
    row = vacancy_row(world.session, vacancy)
    assert (row.filled, row.status) == (2, "filled")
    problem = assert_problem(
        move(world.client, ids[2], "selected", world.agency), 409, "vacancy_full"
    )
    assert str(vacancy) in problem["detail"]
    assert stored(world.session, ids[2]).stage == "interviewed"
    assert len(history_of(world.session, ids[2])) == 3
    # Moving on to documents keeps the opening; withdrawing from there gives it back.
    assert move(world.officer, ids[0], "documents").status_code == 200
    assert move(world.officer, ids[0], "withdrawn", reason="family reasons").status_code == 200
    row = vacancy_row(world.session, vacancy)
    assert (row.filled, row.status) == (1, "open")
    assert move(world.client, ids[2], "selected", world.agency).status_code == 200
    assert vacancy_row(world.session, vacancy).filled == 2
    # Rejection after selection frees the opening as well.
    assert move(world.client, ids[1], "rejected", world.agency, reason="medical").status_code == 200
    assert vacancy_row(world.session, vacancy).filled == 1
    world.session.expire_all()
    audits = world.session.exec(
        select(AuditEntry)
        .where(AuditEntry.entity == "vacancy", AuditEntry.entity_id == vacancy)
        .order_by(col(AuditEntry.id))
    ).all()
    assert [a.changes["filled"]["new"] for a in audits] == [1, 2, 1, 2, 1]


def test_an_order_closed_to_applicants_still_selects_but_a_cancelled_one_does_not(
    world: World,
) -> None:
    vacancy = small_vacancy(world.session, world.agency_id, "JO-LATE", openings=1)
    first = create(world, add_applicant(world.session, 70), vacancy)["id"]
    second = create(world, add_applicant(world.session, 71), vacancy)["id"]
    drive(world, first, "interviewed")
    drive(world, second, "interviewed")
    row = vacancy_row(world.session, vacancy)
    row.status = "closed"
    world.session.add(row)
    world.session.commit()
    assert move(world.officer, first, "selected").status_code == 200
    row = vacancy_row(world.session, vacancy)
    assert (row.filled, row.status) == (1, "closed")  # the agency's closure stays
    row.status, row.openings = "cancelled", 2
    world.session.add(row)
    world.session.commit()
    assert_problem(move(world.officer, second, "selected"), 409, "vacancy_not_selecting")
    assert vacancy_row(world.session, vacancy).filled == 1


def test_selection_closes_the_persons_other_open_applications(world: World) -> None:
    person = add_applicant(world.session, 80)
    elsewhere = add_vacancy(world.session, world.other_agency_id, "JO-B")
    third = add_vacancy(world.session, world.agency_id, "JO-C")
    chosen = create(world, person)["id"]
    other_agency_app = create(world, person, elsewhere)["id"]
    shortlisted = create(world, person, third)["id"]
    drive(world, shortlisted, "shortlisted")
    drive(world, chosen, "interviewed")
    assert move(world.client, chosen, "selected", world.agency).status_code == 200
    for application_id, was in ((other_agency_app, "matched"), (shortlisted, "shortlisted")):
        row = stored(world.session, application_id)
        assert (row.stage, row.reason) == ("withdrawn", "selected_elsewhere")
        last = history_of(world.session, application_id)[-1]
        assert (last.from_stage, last.to_stage, last.reason) == (
            was,
            "withdrawn",
            "selected_elsewhere",
        )
        assert f"application {chosen}" in (last.note or "")
    # Nobody holds two openings: no new application and no second selection.
    fourth = add_vacancy(world.session, world.agency_id, "JO-D")
    refused = world.officer.post(APPLICATIONS, json={"applicant_id": person, "vacancy_id": fourth})
    assert_problem(refused, 409, "application_already_placed")
    late = add_application(world.session, person, fourth, stage="interviewed")
    assert_problem(move(world.officer, late, "selected"), 409, "application_already_placed")
    assert stored(world.session, late).stage == "interviewed"
    assert vacancy_row(world.session, fourth).filled == 0


# -- agencies: isolation and privacy ---------------------------------------------------------


def test_an_agency_sees_only_applications_to_its_own_orders(world: World) -> None:
    theirs = add_vacancy(world.session, world.other_agency_id, "JO-OTHER")
    mine = create(world, add_applicant(world.session, 90))["id"]
    not_mine = create(world, add_applicant(world.session, 91), theirs)["id"]
    c = world.client
    assert_problem(c.get(f"{APPLICATIONS}/{not_mine}", headers=world.agency), 404, "not_found")
    assert_problem(move(c, not_mine, "shortlisted", world.agency), 404, "not_found")
    assert stored(world.session, not_mine).stage == "matched"
    listed = c.get(APPLICATIONS, headers=world.agency).json()["items"]
    assert [a["id"] for a in listed] == [mine]
    assert (
        c.get(APPLICATIONS, params={"vacancy_id": theirs}, headers=world.agency).json()["items"]
        == []
    )
    other_view = c.get(APPLICATIONS, headers=world.other_agency).json()["items"]
    assert [a["id"] for a in other_view] == [not_mine]
    # A read-only client reads but does not move.
    assert c.get(f"{APPLICATIONS}/{mine}", headers=world.agency_reader).status_code == 200
    refused = move(c, mine, "shortlisted", world.agency_reader)
    assert_problem(refused, 403, "insufficient_scope")
    # A job seeker sees only their own.
    assert_problem(c.get(f"{APPLICATIONS}/{mine}", headers=world.seeker), 404, "not_found")
    assert c.get(APPLICATIONS, headers=world.seeker).json()["items"] == []
    assert_problem(move(c, mine, "withdrawn", world.seeker), 404, "not_found")


def test_candidates_are_anonymous_to_the_agency_until_selected(world: World) -> None:
    person = add_applicant(world.session, 92, sex="F", birth_date=date(1999, 1, 1))
    world.session.add(
        Credential(applicant_id=person, kind="language", type="eps_topik", score=150,
                   issuer="HRD Korea", issued_on=date(2025, 10, 1), verification="verified")
    )  # fmt: skip
    world.session.commit()
    application_id = create(world, person)["id"]
    drive(world, application_id, "interviewed")
    url = f"{APPLICATIONS}/{application_id}"
    seen = world.client.get(url, headers=world.agency)
    assert seen.status_code == 200, seen.text
    candidate = seen.json()["candidate"]
    assert candidate["anonymous"] is True
    assert (candidate["full_name"], candidate["phone"], candidate["email"]) == (None, None, None)
    assert (candidate["applicant_id"], candidate["sex"], candidate["education_level"]) == (
        person,
        "F",
        "smk",
    )
    assert candidate["kecamatan"] == "Serang" and candidate["experience_years"] == 2
    assert candidate["age"] >= 26
    assert [(c["type"], c["score"]) for c in candidate["credentials"]] == [("eps_topik", 150)]
    record = world.session.get(Applicant, person)
    assert record is not None
    for value in ("Calon PMI", "cpmi92", record.nik, record.birth_date.isoformat()):
        assert value not in seen.text
    identity = ("full_name", "nik", "birth_date", "phone", "email", "kelurahan_code", "address")
    assert {candidate[name] for name in identity} == {None}
    listed = world.client.get(APPLICATIONS, headers=world.agency).json()["items"]
    assert listed[0]["candidate"]["full_name"] is None
    # Staff see the person whole at every stage.
    officer_view = world.officer.get(url).json()["candidate"]
    assert (officer_view["full_name"], officer_view["anonymous"]) == ("Calon PMI 92", False)
    # From selection on, the agency sees name and contact details.
    assert move(world.client, application_id, "selected", world.agency).status_code == 200
    candidate = world.client.get(url, headers=world.agency).json()["candidate"]
    assert candidate["anonymous"] is False
    assert (candidate["full_name"], candidate["phone"], candidate["email"]) == (
        "Calon PMI 92",
        "081200000092",
        "cpmi92@example.com",
    )


def test_withdrawn_consent_hides_the_person_from_agencies(world: World) -> None:
    person = add_applicant(world.session, 93)
    application_id = create(world, person)["id"]
    drive(world, application_id, "selected")
    applicant = world.session.get(Applicant, person)
    assert applicant is not None
    applicant.consent_given_at = None
    world.session.add(applicant)
    world.session.commit()
    c = world.client
    assert_problem(
        c.get(f"{APPLICATIONS}/{application_id}", headers=world.agency), 404, "not_found"
    )
    assert c.get(APPLICATIONS, headers=world.agency).json()["items"] == []
    assert_problem(move(c, application_id, "rejected", world.agency), 404, "not_found")
    # The programme's staff keep the record.
    assert world.officer.get(f"{APPLICATIONS}/{application_id}").status_code == 200


# -- lists -----------------------------------------------------------------------------------


def test_list_filters_and_pages(world: World) -> None:
    second = add_vacancy(world.session, world.agency_id, "JO-002")
    people = [add_applicant(world.session, 100 + i) for i in range(3)]
    a = create(world, people[0])["id"]
    b = create(world, people[1])["id"]
    c = create(world, people[2], second)["id"]
    own = world.client.post(APPLICATIONS, json={"vacancy_id": second}, headers=world.seeker).json()[
        "id"
    ]
    drive(world, b, "shortlisted")

    def ids(headers: dict[str, str] | None = None, **params: Any) -> list[int]:
        caller = world.client if headers else world.officer
        response = caller.get(APPLICATIONS, params=params, headers=headers or {})
        assert response.status_code == 200, response.text
        return [item["id"] for item in response.json()["items"]]

    assert ids() == [a, b, c, own]
    assert ids(vacancy_id=second) == [c, own]
    assert ids(applicant_id=people[1]) == [b]
    assert ids(stage="shortlisted") == [b]
    assert ids(stage="matched", vacancy_id=world.vacancy_id) == [a]
    assert ids(world.seeker) == [own]
    assert ids(world.seeker, applicant_id=people[0]) == []
    first = world.officer.get(APPLICATIONS, params={"limit": 3}).json()
    assert [i["id"] for i in first["items"]] == [a, b, c]
    rest = world.officer.get(APPLICATIONS, params={"limit": 3, "cursor": first["next_cursor"]})
    assert [i["id"] for i in rest.json()["items"]] == [own]
    assert rest.json()["next_cursor"] is None
    assert first["items"][1] == world.officer.get(f"{APPLICATIONS}/{b}").json()
    for bad in ({"stage": "hired"}, {"limit": 101}, {"cursor": "nope"}, {"vacancy_id": 0}):
        assert world.officer.get(APPLICATIONS, params=bad).status_code == 422


def test_problems_speak_indonesian(world: World) -> None:
    application_id = create(world, add_applicant(world.session, 110))["id"]
    response = move(world.officer, application_id, "departed", {"Accept-Language": "id"})
    problem = assert_problem(response, 409, "application_transition_not_allowed")
    assert problem["title"] == "Perubahan tahap tidak diizinkan"
    assert "shortlisted" in problem["detail"]


# -- proposals from a matching run -----------------------------------------------------------


def test_propose_many_records_new_pairs_only(world: World) -> None:
    s = world.session
    fresh = add_applicant(s, 120)
    no_consent = add_applicant(s, 121, consent=False)
    already = add_applicant(s, 122)
    existing = create(world, already)["id"]
    closed = add_vacancy(s, world.agency_id, "JO-CLOSED", status="closed")
    pairs = [
        (fresh, world.vacancy_id, 0.5),
        (fresh, world.vacancy_id, 0.8),  # the same pair again: the better score counts
        (no_consent, world.vacancy_id, 0.9),
        (already, world.vacancy_id, 0.7),
        (fresh, closed, 0.6),
    ]
    assert propose_many(s, pairs, "matching_run:7") == 1
    assert propose_many(s, pairs, "matching_run:7") == 0
    s.expire_all()
    proposed = s.exec(select(Application).where(Application.applicant_id == fresh)).one()
    assert (proposed.stage, proposed.source, proposed.score) == ("matched", "matching_run", 0.8)
    [first] = history_of(s, proposed.id or 0)
    assert (first.to_stage, first.actor) == ("matched", "matching_run:7")
    assert stored(s, existing).score is None
    entry = s.exec(
        select(AuditEntry).where(
            AuditEntry.entity == "application", AuditEntry.entity_id == proposed.id
        )
    ).one()
    assert (entry.actor, entry.action, entry.changes["score"]["new"]) == (
        "matching_run:7",
        "create",
        0.8,
    )
    read = world.client.get(f"{APPLICATIONS}/{proposed.id}", headers=world.agency).json()
    assert (read["source"], read["score"], read["candidate"]["anonymous"]) == (
        "matching_run",
        0.8,
        True,
    )


# -- concurrency (PostgreSQL) ----------------------------------------------------------------


def _on_postgresql() -> bool:
    url = os.environ.get("DATABASE_URL", "")
    return bool(url) and make_url(normalise_url(url)).get_backend_name() == "postgresql"


@pytest.mark.skipif(not _on_postgresql(), reason="needs PostgreSQL row locks (DATABASE_URL)")
def test_concurrent_selections_never_fill_beyond_openings(
    engine: Engine, session: Session, client: TestClient
) -> None:
    agency = make_partner(session, "PT Rebutan Formasi")
    vacancy = add_vacancy(session, agency.id or 0, "JO-RACE")  # 10 openings
    ids = [
        add_application(session, add_applicant(session, 200 + i), vacancy, stage="interviewed")
        for i in range(50)
    ]
    officer = Principal("user", 1, "officer", frozenset())
    start = threading.Barrier(len(ids))

    def select_one(application_id: int) -> str:
        # Each thread has its own session, hence its own connection and transaction.
        with Session(engine, expire_on_commit=False) as own:
            start.wait()
            try:
                payload = ApplicationTransition(to_stage="selected")
                transition_application(own, application_id, payload, officer)
            except ProblemError as error:
                return error.code
            return "selected"

    with ThreadPoolExecutor(max_workers=len(ids)) as pool:
        outcomes = list(pool.map(select_one, ids))
    assert outcomes.count("selected") == 10
    assert outcomes.count("vacancy_full") == 40
    row = vacancy_row(session, vacancy)
    assert (row.filled, row.status) == (10, "filled")
    selected = session.exec(
        select(Application).where(
            Application.vacancy_id == vacancy, Application.stage == "selected"
        )
    ).all()
    assert len(selected) == 10
    assert count_rows(session, ApplicationStageChange) == 10


def test_a_job_seeker_applies_only_where_eligible(world: World) -> None:
    korean_test = world.session.exec(
        select(Credential).where(
            Credential.applicant_id == world.seeker_id, Credential.type == "eps_topik"
        )
    ).one()
    korean_test.score = 60  # under the EPS-TOPIK floor of 80
    world.session.add(korean_test)
    world.session.commit()
    body = {"vacancy_id": world.vacancy_id}
    refused = world.client.post(APPLICATIONS, json=body, headers=world.seeker)
    problem = assert_problem(refused, 409, "application_not_eligible")
    assert problem["unmet"] == ["eps_topik_below_floor"]
    assert f"/applicants/{world.seeker_id}/eligibility" in problem["detail"]
    assert "{" not in problem["detail"]
    assert world.session.exec(select(Application)).all() == []
    # An officer may still file it, e.g. with a newer result on paper.
    assert create(world, world.seeker_id)["source"] == "officer"
