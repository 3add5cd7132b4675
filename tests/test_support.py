"""Support after departure: who files and follows up cases, when, and the fast track on return."""

from datetime import date, timedelta
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session, col, select

from app.models import (
    Applicant,
    ApplicationStageChange,
    AuditEntry,
    Notification,
    SupportCase,
    SupportCaseEntry,
)
from tests.factories import assert_problem, count_rows
from tests.fixtures_placements import APPLICATIONS, PATH, Placements, make_placements

COMPLAINT = {"category": "wages", "severity": "high", "description": "Wages for May not paid"}


@pytest.fixture
def w(officer: TestClient, client: TestClient, session: Session) -> Placements:
    return make_placements(officer, client, session)


def file(
    caller: TestClient, application_id: int, headers: dict[str, str] | None = None, **body: Any
) -> Any:
    return caller.post(
        f"{APPLICATIONS}/{application_id}/support", json=COMPLAINT | body, headers=headers or {}
    )


def entry(
    caller: TestClient, case_id: int, headers: dict[str, str] | None = None, **body: Any
) -> Any:
    return caller.post(f"/api/v1/support/{case_id}/entries", json=body, headers=headers or {})


def counts(session: Session) -> tuple[int, int, int]:
    return (
        count_rows(session, SupportCase),
        count_rows(session, SupportCaseEntry),
        count_rows(session, Notification),
    )


# -- when a case may be opened ---------------------------------------------------------------


@pytest.mark.parametrize("stage", sorted(PATH))
def test_cases_are_opened_only_while_the_worker_is_abroad(w: Placements, stage: str) -> None:
    application_id = w.placement(stage)
    before = counts(w.session)
    response = file(w.officer, application_id)
    if stage in {"departed", "working"}:
        assert response.status_code == 201, response.text
        case = response.json()
        assert case["status"] == "open" and case["application_id"] == application_id
        assert case["vacancy_id"] == w.vacancy_id and case["applicant_id"] == w.seeker_id
        assert case["allowed_next_statuses"] == ["in_progress", "resolved", "closed"]
    else:
        body = assert_problem(response, 409, "support_placement_not_abroad")
        assert stage in body["detail"]
        assert counts(w.session) == before


def test_after_return_no_new_case_but_open_ones_are_followed_up(w: Placements) -> None:
    application_id = w.placement("working")
    case_id = file(w.client, application_id, w.seeker).json()["id"]
    assert w.move(application_id, "returned").status_code == 200
    before = counts(w.session)
    assert_problem(file(w.client, application_id, w.seeker), 409, "support_placement_not_abroad")
    assert counts(w.session) == before
    # Unpaid wages are still chased after the worker is home.
    response = entry(w.officer, case_id, to_status="in_progress", note="Wrote to the employer")
    assert response.status_code == 201, response.text
    assert w.client.get(f"/api/v1/support/{case_id}", headers=w.seeker).status_code == 200


# -- who files what --------------------------------------------------------------------------


def test_worker_files_a_complaint_on_their_own_placement(w: Placements) -> None:
    application_id = w.placement()
    response = file(w.client, application_id, w.seeker)
    assert response.status_code == 201, response.text
    case = response.json()
    assert case["kind"] == "complaint" and case["category"] == "wages"
    assert case["severity"] == "high" and case["description"] == COMPLAINT["description"]
    assert case["opened_by"].startswith("user:")
    assert [(e["from_status"], e["to_status"]) for e in case["entries"]] == [(None, "open")]
    audit = w.session.exec(
        select(AuditEntry).where(
            AuditEntry.entity == "support_case", AuditEntry.entity_id == case["id"]
        )
    ).one()
    assert audit.action == "create" and audit.changes["category"]["new"] == "wages"
    # The complaint's text is health or abuse detail at times: never copied to the audit.
    assert "description" not in audit.changes


def test_a_worker_does_not_log_support_contacts(w: Placements) -> None:
    application_id = w.placement()
    before = counts(w.session)
    response = file(w.client, application_id, w.seeker, kind="contact")
    assert_problem(response, 403, "support_contact_staff_only")
    assert counts(w.session) == before


def test_officer_logs_contacts_and_complaints_for_the_worker(w: Placements) -> None:
    application_id = w.placement("working")
    contact = file(w.officer, application_id, kind="contact", category="health", severity="low")
    complaint = file(w.officer, application_id, category="abuse", severity="urgent")
    assert contact.status_code == complaint.status_code == 201
    assert contact.json()["kind"] == "contact" and complaint.json()["kind"] == "complaint"
    listed = w.client.get(f"{APPLICATIONS}/{application_id}/support", headers=w.seeker).json()
    assert [c["id"] for c in listed["items"]] == [contact.json()["id"], complaint.json()["id"]]


def test_others_cases_are_not_found(w: Placements) -> None:
    application_id = w.placement()
    case_id = file(w.client, application_id, w.seeker).json()["id"]
    before = counts(w.session)
    for response in (
        file(w.client, application_id, w.stranger),
        w.client.get(f"/api/v1/support/{case_id}", headers=w.stranger),
        w.client.get(f"{APPLICATIONS}/{application_id}/support", headers=w.stranger),
        entry(w.client, case_id, w.stranger, note="Not my case"),
        w.client.get(f"/api/v1/support/{case_id}", headers=w.other_agency),
        w.client.get(f"{APPLICATIONS}/{application_id}/support", headers=w.other_agency),
        w.officer.get("/api/v1/support/999999"),
        file(w.officer, 999999),
    ):
        assert_problem(response, 404, "not_found")
    assert counts(w.session) == before


def test_the_agency_reads_its_placements_cases_but_files_and_changes_none(w: Placements) -> None:
    application_id = w.placement()
    case_id = file(w.client, application_id, w.seeker).json()["id"]
    for headers in (w.agency, w.agency_reader):
        one = w.client.get(f"/api/v1/support/{case_id}", headers=headers)
        assert one.status_code == 200 and one.json()["id"] == case_id
        listed = w.client.get(f"{APPLICATIONS}/{application_id}/support", headers=headers)
        assert [c["id"] for c in listed.json()["items"]] == [case_id]
    before = counts(w.session)
    assert_problem(file(w.client, application_id, w.agency), 403, "user_account_only")
    assert_problem(entry(w.client, case_id, w.agency, note="We paid"), 403, "user_account_only")
    assert w.client.get("/api/v1/support", headers=w.agency).status_code == 403
    assert counts(w.session) == before


# -- following a case up ---------------------------------------------------------------------


def test_status_moves_and_their_entries(w: Placements) -> None:
    application_id = w.placement()
    case_id = file(w.client, application_id, w.seeker).json()["id"]
    steps = [
        ("in_progress", "Called the employer"),
        ("resolved", "Wages paid on 3 June"),
        ("in_progress", "Paid only half: reopened"),
        ("resolved", "Rest paid"),
        ("closed", None),
    ]
    for to_status, note in steps:
        response = entry(w.officer, case_id, to_status=to_status, note=note)
        assert response.status_code == 201, response.text
        assert response.json()["status"] == to_status
    case = w.officer.get(f"/api/v1/support/{case_id}").json()
    moves = [(e["from_status"], e["to_status"], e["note"]) for e in case["entries"]]
    assert moves == [
        (None, "open", None),
        ("open", "in_progress", "Called the employer"),
        ("in_progress", "resolved", "Wages paid on 3 June"),
        ("resolved", "in_progress", "Paid only half: reopened"),
        ("in_progress", "resolved", "Rest paid"),
        ("resolved", "closed", None),
    ]
    assert case["allowed_next_statuses"] == [] and case["version"] == 6
    # The worker is told of every move of their case.
    notices = w.session.exec(
        select(Notification).where(Notification.subject == "support_case")
    ).all()
    assert len(notices) == len(steps) and all(n.applicant_id == w.seeker_id for n in notices)
    # A closed case takes nothing more.
    before = counts(w.session)
    assert_problem(entry(w.officer, case_id, note="One more"), 409, "support_case_closed")
    assert_problem(entry(w.client, case_id, w.seeker, note="Hello?"), 409, "support_case_closed")
    assert counts(w.session) == before


def test_worker_adds_notes_but_moves_nothing(w: Placements) -> None:
    application_id = w.placement()
    case_id = file(w.client, application_id, w.seeker).json()["id"]
    response = entry(w.client, case_id, w.seeker, note="Still not paid in June")
    assert response.status_code == 201, response.text
    assert response.json()["status"] == "open"
    assert response.json()["entries"][-1]["to_status"] is None
    before = counts(w.session)
    response = entry(w.client, case_id, w.seeker, to_status="closed", note="Sorted out")
    assert_problem(response, 403, "support_status_staff_only")
    assert counts(w.session) == before


@pytest.mark.parametrize(
    ("body", "status", "code"),
    [
        ({}, 422, "support_entry_empty"),
        ({"to_status": "resolved"}, 422, "support_resolution_note_required"),
        ({"to_status": "open", "note": "again"}, 409, "support_transition_not_allowed"),
        ({"to_status": "done", "note": "x y z"}, 422, "validation_failed"),
        ({"note": "ok"}, 422, "validation_failed"),  # too short to say anything
        ({"note": "Called", "extra": 1}, 422, "validation_failed"),
    ],
)
def test_bad_entries_change_nothing(
    w: Placements, body: dict[str, Any], status: int, code: str
) -> None:
    case_id = file(w.officer, w.placement()).json()["id"]
    before = counts(w.session)
    audit_before = count_rows(w.session, AuditEntry)
    assert_problem(entry(w.officer, case_id, **body), status, code)
    assert counts(w.session) == before
    assert count_rows(w.session, AuditEntry) == audit_before
    assert w.officer.get(f"/api/v1/support/{case_id}").json()["status"] == "open"


@pytest.mark.parametrize(
    "change",
    [
        {"category": "gambling"},
        {"severity": "extreme"},
        {"description": "  "},
        {"kind": "rumour"},
        {"unknown": True},
    ],
)
def test_bad_cases_change_nothing(w: Placements, change: dict[str, Any]) -> None:
    application_id = w.placement()
    before = counts(w.session)
    assert_problem(file(w.officer, application_id, **change), 422, "validation_failed")
    assert counts(w.session) == before


def test_officers_list_cases_by_status(w: Placements) -> None:
    first = file(w.officer, w.placement())
    assert first.status_code == 201
    second = file(w.officer, w.placement(applicant_id=w.stranger_id), category="contract")
    entry(w.officer, second.json()["id"], to_status="in_progress")
    open_ids = [c["id"] for c in w.officer.get("/api/v1/support?status=open").json()["items"]]
    assert open_ids == [first.json()["id"]]
    busy = w.officer.get("/api/v1/support", params={"status": "in_progress"}).json()["items"]
    assert [c["id"] for c in busy] == [second.json()["id"]]
    everyone = w.officer.get("/api/v1/support?limit=1").json()
    assert len(everyone["items"]) == 1 and everyone["next_cursor"]
    rest = w.officer.get(f"/api/v1/support?limit=1&cursor={everyone['next_cursor']}").json()
    assert [c["id"] for c in rest["items"]] == [second.json()["id"]]
    assert w.officer.get("/api/v1/support?status=pending").status_code == 422
    assert w.client.get("/api/v1/support", headers=w.seeker).status_code == 403


# -- the fast track on return ----------------------------------------------------------------


def applicant_row(session: Session, applicant_id: int) -> Applicant:
    session.expire_all()
    applicant = session.get(Applicant, applicant_id)
    assert applicant is not None
    return applicant


def test_return_flags_the_worker_for_the_fast_track_and_keeps_the_history(
    w: Placements,
) -> None:
    application_id = w.placement("working")
    case_id = file(w.client, application_id, w.seeker).json()["id"]
    before = w.officer.get(f"/api/v1/applicants/{w.seeker_id}").json()
    assert before["fast_track_since"] is None and before["status"] == "placed"
    assert w.move(application_id, "returned").status_code == 200

    me = w.client.get(f"/api/v1/applicants/{w.seeker_id}", headers=w.seeker).json()
    assert me["fast_track_since"] == date.today().isoformat() and me["status"] == "returned"
    history = w.officer.get(f"{APPLICATIONS}/{application_id}").json()["history"]
    assert [h["to_stage"] for h in history] == ["matched", *PATH["working"], "returned"]
    assert w.officer.get(f"/api/v1/support/{case_id}").status_code == 200
    audit = w.session.exec(
        select(AuditEntry)
        .where(AuditEntry.entity == "applicant", AuditEntry.entity_id == w.seeker_id)
        .order_by(col(AuditEntry.id).desc())
    ).first()
    assert audit is not None and "fast_track_since" in audit.changes

    returning = w.officer.get("/api/v1/applicants?fast_track=true").json()["items"]
    assert [a["id"] for a in returning] == [w.seeker_id]
    first_timers = w.officer.get("/api/v1/applicants?fast_track=false").json()["items"]
    assert w.seeker_id not in [a["id"] for a in first_timers]
    assert w.stranger_id in [a["id"] for a in first_timers]


def test_agency_recognises_a_returning_worker_without_seeing_who(w: Placements) -> None:
    w.placement("returned")
    again = w.apply(vacancy_id=w.new_vacancy("JO-002"))
    newcomer = w.apply(applicant_id=w.stranger_id, vacancy_id=w.new_vacancy("JO-003"))
    seen = w.client.get(f"{APPLICATIONS}/{again}", headers=w.agency).json()["candidate"]
    assert seen["anonymous"] is True and seen["full_name"] is None
    assert seen["fast_track_since"] == date.today().isoformat()
    other = w.client.get(f"{APPLICATIONS}/{newcomer}", headers=w.agency).json()["candidate"]
    assert other["fast_track_since"] is None


def test_the_first_return_date_is_kept_through_later_placements(w: Placements) -> None:
    w.placement("returned")
    earlier = date.today() - timedelta(days=400)
    applicant = applicant_row(w.session, w.seeker_id)
    applicant.fast_track_since = earlier
    w.session.add(applicant)
    w.session.commit()
    second = w.apply(vacancy_id=w.new_vacancy("JO-002"))
    w.drive(second, "departed")
    assert applicant_row(w.session, w.seeker_id).status == "placed"
    assert w.move(second, "returned").status_code == 200
    again = applicant_row(w.session, w.seeker_id)
    assert again.status == "returned" and again.fast_track_since == earlier
    stages = w.session.exec(select(ApplicationStageChange.application_id)).all()
    assert len(set(stages)) == 2  # both placements' histories are there
