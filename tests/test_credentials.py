"""Credentials: operations, per-type rules, ownership, nothing written on refusal."""

from datetime import date, timedelta
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session, func, select

from app.models import Credential
from tests.auth_helpers import applicant_headers
from tests.factories import applicant_body, assert_problem


def url(applicant_id: int) -> str:
    return f"/api/v1/applicants/{applicant_id}/credentials"


@pytest.fixture
def applicant_id(officer: TestClient) -> int:
    return int(officer.post("/api/v1/applicants", json=applicant_body()).json()["id"])


def count(session: Session) -> int:
    return session.exec(select(func.count()).select_from(Credential)).one()


def jlpt(**overrides: Any) -> dict[str, Any]:
    body = {"type": "jlpt", "level": "N4", "issuer": "Japan Foundation", "issued_on": "2025-12-07"}
    body.update(overrides)
    return body


def test_crud(officer: TestClient, applicant_id: int) -> None:
    created = officer.post(url(applicant_id), json=jlpt())
    assert created.status_code == 201, created.text
    body = created.json()
    assert body["kind"] == "language" and body["verification"] == "pending"
    assert body["expired"] is False
    assert officer.get(f"{url(applicant_id)}/{body['id']}").json() == body
    verified = officer.patch(f"{url(applicant_id)}/{body['id']}", json={"verification": "verified"})
    assert verified.json()["verified_at"] is not None
    back = officer.patch(f"{url(applicant_id)}/{body['id']}", json={"verification": "pending"})
    assert back.json()["verified_at"] is None
    assert officer.delete(f"{url(applicant_id)}/{body['id']}").status_code == 204
    assert_problem(officer.get(f"{url(applicant_id)}/{body['id']}"), 404, "not_found")


def test_defaults_for_jft_and_eps(officer: TestClient, applicant_id: int) -> None:
    jft = officer.post(
        url(applicant_id),
        json={"type": "jft_basic", "issuer": "Japan Foundation", "issued_on": "2026-01-05"},
    ).json()
    assert jft["level"] == "A2"
    eps = officer.post(
        url(applicant_id),
        json={"type": "eps_topik", "score": 150, "issuer": "HRD Korea", "issued_on": "2025-03-01"},
    ).json()
    assert eps["expires_on"] == "2027-03-01"


@pytest.mark.parametrize(
    ("body", "code", "field"),
    [
        (jlpt(level="N6"), "credential_level_invalid", "level"),
        (jlpt(level=None), "credential_level_invalid", "level"),
        (jlpt(score=120), "credential_field_not_used", "score"),
        (
            {"type": "eps_topik", "issuer": "HRD Korea", "issued_on": "2025-01-01"},
            "credential_score_required",
            "score",
        ),
        (
            {
                "type": "eps_topik",
                "score": 100,
                "level": "N4",
                "issuer": "HRD Korea",
                "issued_on": "2025-01-01",
            },
            "credential_field_not_used",
            "level",
        ),
        (
            {"type": "ssw_skill_test", "issuer": "OTAFF", "issued_on": "2025-01-01"},
            "credential_field_required",
            "field",
        ),
        (
            {"type": "bnsp_competency", "issuer": "BNSP", "issued_on": "2025-01-01"},
            "credential_field_required",
            "field",
        ),
        (
            jlpt(issued_on=(date.today() + timedelta(days=2)).isoformat()),
            "issued_in_future",
            "issued_on",
        ),
        (jlpt(expires_on="2025-01-01"), "expiry_before_issue", "expires_on"),
    ],
)
def test_rules(
    officer: TestClient,
    session: Session,
    applicant_id: int,
    body: dict[str, Any],
    code: str,
    field: str,
) -> None:
    problem = assert_problem(officer.post(url(applicant_id), json=body), 422, code)
    assert any(e["field"] == field for e in problem["errors"])
    assert count(session) == 0


def test_shape_errors(officer: TestClient, session: Session, applicant_id: int) -> None:
    for body in (jlpt(type="toefl"), jlpt(score=500), {"type": "jlpt"}):
        assert_problem(officer.post(url(applicant_id), json=body), 422, "validation_failed")
    assert count(session) == 0


def test_refused_patch_changes_nothing(
    officer: TestClient, session: Session, applicant_id: int
) -> None:
    created = officer.post(url(applicant_id), json=jlpt()).json()
    response = officer.patch(f"{url(applicant_id)}/{created['id']}", json={"level": "N9"})
    assert_problem(response, 422, "credential_level_invalid")
    for field in ("issuer", "issued_on", "verification"):
        emptied = officer.patch(f"{url(applicant_id)}/{created['id']}", json={field: None})
        assert_problem(emptied, 422, "value_required")
    stored = session.get(Credential, created["id"])
    assert stored is not None and stored.level == "N4" and stored.issuer == created["issuer"]


def test_unknown_applicant_and_foreign_credential(officer: TestClient, applicant_id: int) -> None:
    assert_problem(officer.post(url(99999), json=jlpt()), 404, "not_found")
    other = officer.post("/api/v1/applicants", json=applicant_body(serial=2)).json()["id"]
    mine = officer.post(url(applicant_id), json=jlpt()).json()["id"]
    assert_problem(officer.get(f"{url(other)}/{mine}"), 404, "not_found")


def test_applicant_manages_own_but_cannot_verify(client: TestClient, officer: TestClient) -> None:
    headers, own_id = applicant_headers(client, serial=3)
    created = client.post(url(own_id), json=jlpt(verification="verified"), headers=headers)
    assert created.status_code == 201 and created.json()["verification"] == "pending"
    other = officer.post("/api/v1/applicants", json=applicant_body(serial=4)).json()["id"]
    assert_problem(client.get(url(other), headers=headers), 404, "not_found")


def test_list_filters_and_validity(officer: TestClient, applicant_id: int) -> None:
    officer.post(url(applicant_id), json=jlpt())
    officer.post(
        url(applicant_id),
        json={"type": "eps_topik", "score": 120, "issuer": "HRD Korea", "issued_on": "2023-01-02"},
    )
    expired = officer.get(url(applicant_id), params={"type": "eps_topik"}).json()["items"]
    assert expired[0]["expired"] is True
    valid = officer.get(url(applicant_id), params={"valid_on": date.today().isoformat()})
    assert [c["type"] for c in valid.json()["items"]] == ["jlpt"]
    languages = officer.get(url(applicant_id), params={"kind": "language"}).json()["items"]
    assert len(languages) == 2
