"""What an agency sees of a job seeker stage by stage, the audit of its reads, and the
person's access log."""

from dataclasses import dataclass
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session, col, select

from app.models import AuditEntry
from app.models.applicant import Applicant
from tests.auth_helpers import applicant_headers, bearer, client_token, make_partner
from tests.factories import add_vacancy, assert_problem
from tests.fixtures_documents import add_document

APPLICATIONS = "/api/v1/applications"
ACCESS_LOG = "/api/v1/me/access-log"
IDENTITY = ("full_name", "nik", "birth_date", "phone", "email", "kelurahan_code", "address")


@dataclass
class World:
    client: TestClient
    officer: TestClient
    session: Session
    agency: dict[str, str]
    agency_name: str
    seeker: dict[str, str]
    seeker_id: int
    other: dict[str, str]  # another job seeker
    other_id: int
    vacancy_id: int


@pytest.fixture
def world(officer: TestClient, client: TestClient, session: Session) -> World:
    agency = make_partner(session, "PT Bina Tenaga Serang")
    seeker, seeker_id = applicant_headers(client, 1)
    other, other_id = applicant_headers(client, 2)
    return World(
        client=client,
        officer=officer,
        session=session,
        agency=bearer(client_token(client, session, agency, ["applications:write"])),
        agency_name=agency.name,
        seeker=seeker,
        seeker_id=seeker_id,
        other=other,
        other_id=other_id,
        vacancy_id=add_vacancy(session, agency.id or 0, "JO-001"),
    )


def file_for(w: World, applicant_id: int) -> int:
    response = w.officer.post(
        APPLICATIONS, json={"applicant_id": applicant_id, "vacancy_id": w.vacancy_id}
    )
    assert response.status_code == 201, response.text
    return int(response.json()["id"])


def move(w: World, application_id: int, *stages: str) -> None:
    for stage in stages:
        body: dict[str, Any] = {"to_stage": stage}
        if stage in ("withdrawn", "rejected"):
            body["reason"] = "no longer available"
        response = w.officer.post(f"{APPLICATIONS}/{application_id}/transitions", json=body)
        assert response.status_code == 200, response.text


def reads(session: Session, applicant_id: int | None = None) -> list[AuditEntry]:
    session.expire_all()
    statement = select(AuditEntry).where(AuditEntry.action == "read")
    if applicant_id is not None:
        statement = statement.where(AuditEntry.entity_id == applicant_id)
    return list(session.exec(statement.order_by(col(AuditEntry.id))))


def person(session: Session, applicant_id: int) -> Applicant:
    session.expire_all()
    found = session.get(Applicant, applicant_id)
    assert found is not None
    return found


def test_before_selection_the_agency_gets_no_identity_and_no_documents(world: World) -> None:
    application_id = file_for(world, world.seeker_id)
    move(world, application_id, "shortlisted", "interviewed")
    add_document(world.session, application_id, "passport", number="X1234567")
    record = person(world.session, world.seeker_id)
    seen = world.client.get(f"{APPLICATIONS}/{application_id}", headers=world.agency)
    assert seen.status_code == 200, seen.text
    candidate = seen.json()["candidate"]
    assert candidate["anonymous"] is True
    assert {candidate[name] for name in IDENTITY} == {None}
    for value in (record.full_name, record.nik, record.phone, record.email, "X1234567"):
        assert value is not None and value not in seen.text
    listed = world.client.get(APPLICATIONS, headers=world.agency).json()["items"]
    assert [a["candidate"]["full_name"] for a in listed] == [None]
    documents = world.client.get(f"{APPLICATIONS}/{application_id}/documents", headers=world.agency)
    assert_problem(documents, 404, "not_found")
    download = world.client.get(
        f"{APPLICATIONS}/{application_id}/documents/passport/file", headers=world.agency
    )
    assert_problem(download, 404, "not_found")
    # Anonymous views and refusals leave no trace in the trail.
    assert reads(world.session) == []


def test_from_selection_the_agency_gets_identity_and_each_read_is_audited(world: World) -> None:
    application_id = file_for(world, world.seeker_id)
    move(world, application_id, "shortlisted", "interviewed", "selected")
    add_document(world.session, application_id, "passport", number="X1234567")
    record = person(world.session, world.seeker_id)
    seen = world.client.get(f"{APPLICATIONS}/{application_id}", headers=world.agency)
    candidate = seen.json()["candidate"]
    assert candidate["anonymous"] is False
    assert (candidate["full_name"], candidate["nik"], candidate["phone"]) == (
        record.full_name,
        record.nik,
        record.phone,
    )
    assert candidate["birth_date"] == record.birth_date.isoformat()
    [entry] = reads(world.session, world.seeker_id)
    assert entry.entity == "applicant" and entry.actor.startswith("client:pc_test_")
    assert entry.changes["application_id"] == application_id
    assert set(entry.changes["fields"]) == set(IDENTITY)
    checklist = world.client.get(f"{APPLICATIONS}/{application_id}/documents", headers=world.agency)
    assert checklist.status_code == 200, checklist.text
    assert "X1234567" in checklist.text
    latest = reads(world.session, world.seeker_id)[-1]
    assert latest.changes["documents"] == ["passport"]
    # The list and the delta feed are reads too: one entry per person shown.
    assert world.client.get(APPLICATIONS, headers=world.agency).status_code == 200
    assert len(reads(world.session, world.seeker_id)) == 3


def test_an_application_closed_before_selection_stays_anonymous(world: World) -> None:
    application_id = file_for(world, world.seeker_id)
    move(world, application_id, "shortlisted", "rejected")
    candidate = world.client.get(f"{APPLICATIONS}/{application_id}", headers=world.agency).json()[
        "candidate"
    ]
    assert candidate["anonymous"] is True and candidate["nik"] is None
    assert reads(world.session) == []


def test_the_access_log_lists_the_agencys_reads_of_the_caller_only(world: World) -> None:
    mine = file_for(world, world.seeker_id)
    theirs = file_for(world, world.other_id)
    move(world, mine, "shortlisted", "interviewed", "selected")
    move(world, theirs, "shortlisted", "interviewed", "selected")
    assert world.client.get(f"{APPLICATIONS}/{mine}", headers=world.agency).status_code == 200
    assert world.client.get(f"{APPLICATIONS}/{theirs}", headers=world.agency).status_code == 200
    # The office's own reads are not partner reads.
    assert world.officer.get(f"{APPLICATIONS}/{mine}").status_code == 200
    assert world.officer.get(f"/api/v1/applicants/{world.seeker_id}").status_code == 200
    log = world.client.get(ACCESS_LOG, headers=world.seeker)
    assert log.status_code == 200, log.text
    [entry] = log.json()["items"]
    assert (entry["partner_name"], entry["through"], entry["application_id"]) == (
        world.agency_name,
        "system",
        mine,
    )
    assert set(entry["fields"]) == set(IDENTITY) and entry["documents"] == []
    assert log.json()["next_cursor"] is None
    [other_entry] = world.client.get(ACCESS_LOG, headers=world.other).json()["items"]
    assert other_entry["application_id"] == theirs


def test_the_access_log_pages_newest_first(world: World) -> None:
    application_id = file_for(world, world.seeker_id)
    move(world, application_id, "shortlisted", "interviewed", "selected")
    for _ in range(3):
        world.client.get(f"{APPLICATIONS}/{application_id}", headers=world.agency)
    ids = [e.id for e in reads(world.session, world.seeker_id)]
    first = world.client.get(ACCESS_LOG, params={"limit": 2}, headers=world.seeker).json()
    assert [e["id"] for e in first["items"]] == ids[::-1][:2]
    rest = world.client.get(
        ACCESS_LOG, params={"limit": 2, "cursor": first["next_cursor"]}, headers=world.seeker
    ).json()
    assert [e["id"] for e in rest["items"]] == ids[::-1][2:]
    assert rest["next_cursor"] is None


@pytest.mark.parametrize("params", [{"cursor": "not-a-cursor"}, {"limit": 0}, {"limit": 101}])
def test_bad_paging_is_a_problem_and_writes_nothing(world: World, params: dict[str, Any]) -> None:
    before = len(reads(world.session))
    response = world.client.get(ACCESS_LOG, params=params, headers=world.seeker)
    assert response.status_code == 422
    assert response.headers["content-type"].startswith("application/problem+json")
    assert len(reads(world.session)) == before


def test_only_job_seekers_read_an_access_log(world: World) -> None:
    assert_problem(world.client.get(ACCESS_LOG, headers=world.agency), 403, "personal_account_only")
    assert_problem(world.officer.get(ACCESS_LOG), 403, "personal_account_only")
    assert_problem(world.client.get(ACCESS_LOG), 401, "not_authenticated")
