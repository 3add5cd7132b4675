"""The audit trail: every write leaves one entry with actor, action and masked changes."""

import json
from typing import Any

from fastapi.testclient import TestClient
from sqlmodel import Session

from app.models import AuditEntry
from tests.auth_helpers import STRONG_PASSWORD, MessageCapture, bearer, login, register_applicant
from tests.factories import applicant_body, assert_problem, count_rows, mou_body
from tests.fixtures_vacancies import add_agency, vacancy_body

AUDIT = "/api/v1/audit"


def entries(officer: TestClient, **filters: Any) -> list[dict[str, Any]]:
    response = officer.get(AUDIT, params={"limit": 100, **filters})
    assert response.status_code == 200, response.text
    return response.json()["items"]  # type: ignore[no-any-return]


def actions(officer: TestClient, entity: str) -> list[str]:
    return [e["action"] for e in entries(officer, entity=entity)]


def test_every_write_leaves_an_entry(officer: TestClient, session: Session) -> None:
    applicant = officer.post("/api/v1/applicants", json=applicant_body()).json()
    people = f"/api/v1/applicants/{applicant['id']}"
    officer.patch(people, json={"phone": "+62 877 1111 2222"})
    credential = officer.post(
        f"{people}/credentials",
        json={
            "type": "jlpt",
            "level": "N4",
            "issuer": "Japan Foundation",
            "issued_on": "2025-12-07",
        },
    ).json()
    officer.patch(f"{people}/credentials/{credential['id']}", json={"level": "N3"})
    officer.delete(f"{people}/credentials/{credential['id']}")
    officer.delete(people)

    agency_id = add_agency(session)
    vacancy = officer.post("/api/v1/vacancies", json=vacancy_body(agency_id)).json()
    officer.patch(f"/api/v1/vacancies/{vacancy['id']}", json={"openings": 12})
    officer.delete(f"/api/v1/vacancies/{vacancy['id']}")

    mou = officer.post("/api/v1/mous", json=mou_body([agency_id])).json()
    officer.patch(f"/api/v1/mous/{mou['id']}", json={"committed_positions": 500})
    officer.post(f"/api/v1/mous/{mou['id']}/transitions", json={"to_stage": "negotiating"})
    draft = officer.post("/api/v1/mous", json=mou_body([agency_id], title="Draft MoU")).json()
    assert officer.delete(f"/api/v1/mous/{draft['id']}").status_code == 204

    assert actions(officer, "applicant") == ["create", "update", "archive"]
    assert actions(officer, "credential") == ["create", "update", "delete"]
    assert actions(officer, "vacancy")[:2] == ["create", "update"]
    assert actions(officer, "vacancy")[-1] == "delete"
    assert actions(officer, "mou") == ["create", "update", "transition", "create", "delete"]
    assert len({e["actor"] for e in entries(officer)}) == 1  # the one officer did it all

    mou_entries = entries(officer, entity="mou", entity_id=mou["id"])
    assert mou_entries[0]["changes"]["party_ids"] == {"old": None, "new": [agency_id]}
    assert mou_entries[1]["changes"]["committed_positions"] == {"old": 1000, "new": 500}
    assert mou_entries[2]["changes"]["stage"] == {"old": "draft", "new": "negotiating"}
    deleted = entries(officer, entity="mou", entity_id=draft["id"])[-1]
    assert deleted["changes"]["title"] == {"old": "Draft MoU", "new": None}


def test_personal_values_are_masked(officer: TestClient) -> None:
    applicant = officer.post("/api/v1/applicants", json=applicant_body()).json()
    officer.patch(f"/api/v1/applicants/{applicant['id']}", json={"phone": "+62 877 1111 2222"})
    created, updated = entries(officer, entity="applicant", entity_id=applicant["id"])
    text = json.dumps([created, updated])
    for whole in (applicant["nik"], applicant["phone"], "+6287711112222", applicant["full_name"]):
        assert whole not in text
    nik = created["changes"]["nik"]["new"]
    assert nik.startswith(applicant["nik"][:4]) and "*" in nik
    assert set(updated["changes"]) == {"phone"}
    assert "*" in updated["changes"]["phone"]["old"] and "*" in updated["changes"]["phone"]["new"]


def test_registration_is_audited_without_secrets(client: TestClient, officer: TestClient) -> None:
    me = register_applicant(client, serial=5)
    actor = f"user:{me['id']}"
    own = entries(officer, actor=actor)
    assert [(e["entity"], e["action"]) for e in own] == [
        ("applicant", "create"),
        ("user", "register"),
    ]
    assert own[0]["entity_id"] == me["applicant_id"]
    text = json.dumps(own)
    assert STRONG_PASSWORD not in text and "password" not in text and "argon2" not in text
    assert "seeker5@example.com" not in text  # the login is personal data too


def test_registration_linking_an_imported_record_audits_the_link_only(
    client: TestClient, officer: TestClient, outbox: MessageCapture
) -> None:
    imported = officer.post("/api/v1/applicants", json=applicant_body(serial=6)).json()
    me = register_applicant(client, serial=6)
    headers = bearer(login(client, "seeker6@example.com")["access_token"])
    code = outbox.code_for(imported["phone"])
    linked = client.post("/api/v1/auth/link/verify", json={"code": code}, headers=headers)
    assert linked.json()["applicant_id"] == imported["id"]
    own = entries(officer, actor=f"user:{me['id']}")
    # No record created: the sign-up, the request for the record (no code in it), the link.
    assert sorted((e["entity"], e["action"]) for e in own) == [
        ("user", "link"),
        ("user", "link_requested"),
        ("user", "register"),
    ]
    assert code not in json.dumps(own)


def test_refused_writes_leave_no_entry(officer: TestClient, session: Session) -> None:
    applicant = officer.post("/api/v1/applicants", json=applicant_body()).json()
    before = count_rows(session, AuditEntry)
    people = f"/api/v1/applicants/{applicant['id']}"
    assert_problem(officer.patch(people, json={"full_name": None}), 422, "value_required")
    assert_problem(officer.post("/api/v1/mous", json=mou_body([999])), 422, "partners_unknown")
    assert_problem(
        officer.post(f"{people}/credentials", json={"type": "jlpt"}), 422, "validation_failed"
    )
    assert count_rows(session, AuditEntry) == before


def test_filters_and_bad_input(officer: TestClient) -> None:
    first = officer.post("/api/v1/applicants", json=applicant_body(serial=1)).json()
    officer.post("/api/v1/applicants", json=applicant_body(serial=2))
    assert [e["entity_id"] for e in entries(officer, entity_id=first["id"])] == [first["id"]]
    assert entries(officer, entity="mou") == []
    assert entries(officer, until="2000-01-01T00:00:00Z") == []
    page = officer.get(AUDIT, params={"limit": 1}).json()
    assert len(page["items"]) == 1 and page["next_cursor"]
    rest = officer.get(AUDIT, params={"limit": 1, "cursor": page["next_cursor"]}).json()
    assert rest["items"][0]["id"] != page["items"][0]["id"]
    assert_problem(officer.get(AUDIT, params={"limit": 0}), 422, "validation_failed")
    assert_problem(officer.get(AUDIT, params={"since": "yesterday"}), 422, "validation_failed")
