"""A NIK that disagrees with the birth date or sex is accepted and flagged for an officer; a
malformed NIK is still refused."""

from datetime import date
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session, func, select

from app.models import Applicant, AuditEntry
from app.models.applicant import IdentityMismatch
from app.reference import Sex
from app.services.applicants.identity_check import RULE_SOURCE
from app.services.applicants.identity_numbers import EncodedBirth, nik_mismatches, parse_nik
from tests.auth_helpers import applicant_headers, login, register_applicant
from tests.factories import applicant_body, assert_problem, make_nik

URL = "/api/v1/applicants"
BORN = date(1996, 3, 14)
# Issued for 14-03-96; the birth certificate was corrected to 18 March later.
NIK = make_nik(BORN, "M", serial=21)
CORRECTED = "1996-03-18"
NOTE = "KTP-el seen at the office; birth date as on the corrected birth certificate"


def flagged_body(**overrides: Any) -> dict[str, Any]:
    return applicant_body(nik=NIK, birth=BORN, **{"birth_date": CORRECTED, **overrides})


def count(session: Session, model: type[Any] = Applicant) -> int:
    return session.exec(select(func.count()).select_from(model)).one()


def verify(officer: TestClient, applicant_id: int, note: str = NOTE) -> Any:
    return officer.post(f"{URL}/{applicant_id}/identity-verification", json={"note": note})


def test_a_consistent_nik_is_not_flagged(officer: TestClient) -> None:
    created = officer.post(URL, json=applicant_body()).json()
    assert created["identity_check"] == {
        "status": "consistent",
        "reasons": [],
        "verified_at": None,
        "verified_by": None,
        "note": None,
    }


def test_a_birth_date_that_differs_from_the_nik_is_accepted_and_flagged(
    officer: TestClient, session: Session
) -> None:
    response = officer.post(URL, json=flagged_body())
    assert response.status_code == 201, response.text
    created = response.json()
    assert created["nik"] == NIK and created["birth_date"] == CORRECTED
    assert created["identity_check"]["status"] == "needs_check"
    assert created["identity_check"]["reasons"] == ["birth_date_differs_from_nik"]
    stored = session.get(Applicant, created["id"])
    assert stored is not None and stored.identity_check == "needs_check"


def test_a_sex_that_differs_from_the_nik_is_accepted_and_flagged(officer: TestClient) -> None:
    men_nik = make_nik(date(2000, 5, 17), "M", serial=22)
    created = officer.post(URL, json=applicant_body(sex="F", nik=men_nik)).json()
    assert created["identity_check"]["status"] == "needs_check"
    assert created["identity_check"]["reasons"] == ["sex_differs_from_nik"]


def test_a_job_seeker_with_such_a_nik_signs_up_flagged(client: TestClient) -> None:
    account = register_applicant(client, 23, nik=NIK, birth=BORN, birth_date=CORRECTED)
    token = login(client, "seeker23@example.com")["access_token"]
    own = client.get(
        f"{URL}/{account['applicant_id']}", headers={"Authorization": f"Bearer {token}"}
    )
    assert own.json()["identity_check"]["status"] == "needs_check"


def test_officers_list_the_flagged(officer: TestClient) -> None:
    consistent = officer.post(URL, json=applicant_body(serial=1)).json()
    flagged = officer.post(URL, json=flagged_body()).json()

    def listed(status: str) -> list[int]:
        page = officer.get(URL, params={"identity_check": status})
        assert page.status_code == 200, page.text
        return [item["id"] for item in page.json()["items"]]

    assert listed("needs_check") == [flagged["id"]]
    assert listed("consistent") == [consistent["id"]]
    assert listed("verified") == []
    assert_problem(officer.get(URL, params={"identity_check": "maybe"}), 422, "validation_failed")


def test_an_officer_verification_clears_the_flag(officer: TestClient, session: Session) -> None:
    flagged = officer.post(URL, json=flagged_body()).json()
    response = verify(officer, flagged["id"])
    assert response.status_code == 200, response.text
    check = response.json()["identity_check"]
    assert check["status"] == "verified"
    assert check["reasons"] == ["birth_date_differs_from_nik"]  # still differs; now known right
    assert check["note"] == NOTE and check["verified_by"].startswith("user:")
    assert check["verified_at"] is not None
    assert response.json()["version"] == flagged["version"] + 1
    assert response.headers["ETag"] == f'"{flagged["id"]}-{flagged["version"] + 1}"'
    assert officer.get(URL, params={"identity_check": "needs_check"}).json()["items"] == []
    entry = session.exec(select(AuditEntry).where(AuditEntry.action == "verify_identity")).one()
    assert entry.entity_id == flagged["id"]
    assert entry.changes["identity_check"] == {"old": "needs_check", "new": "verified"}
    # Verified once: a second verification has nothing to clear.
    assert_problem(verify(officer, flagged["id"]), 409, "identity_check_not_open")


def test_a_job_seeker_cannot_verify_their_own_record(
    client: TestClient, officer: TestClient, session: Session
) -> None:
    headers, own_id = applicant_headers(client, serial=24)
    officer.patch(f"{URL}/{own_id}", json={"birth_date": "2000-05-19"})
    before = session.get(Applicant, own_id)
    assert before is not None and before.identity_check == "needs_check"
    response = client.post(
        f"{URL}/{own_id}/identity-verification", json={"note": NOTE}, headers=headers
    )
    assert_problem(response, 403, "staff_only")
    session.expire_all()
    after = session.get(Applicant, own_id)
    assert after is not None and after.identity_check == "needs_check"
    assert after.version == before.version


@pytest.mark.parametrize(
    ("body", "status", "code"),
    [({}, 422, "validation_failed"), ({"note": " "}, 422, "validation_failed")],
)
def test_a_verification_needs_a_note(
    officer: TestClient, session: Session, body: dict[str, str], status: int, code: str
) -> None:
    flagged = officer.post(URL, json=flagged_body()).json()
    response = officer.post(f"{URL}/{flagged['id']}/identity-verification", json=body)
    assert_problem(response, status, code)
    stored = session.get(Applicant, flagged["id"])
    assert stored is not None and stored.identity_check == "needs_check"


def test_nothing_to_verify_on_a_consistent_or_missing_record(
    officer: TestClient, session: Session
) -> None:
    consistent = officer.post(URL, json=applicant_body()).json()
    problem = assert_problem(verify(officer, consistent["id"]), 409, "identity_check_not_open")
    assert "consistent" in problem["detail"]
    stored = session.get(Applicant, consistent["id"])
    assert stored is not None and stored.version == consistent["version"]
    assert_problem(verify(officer, 999_999), 404, "not_found")
    assert count(session, AuditEntry) == 1  # the creation only


def test_a_changed_birth_date_or_sex_is_judged_again(officer: TestClient) -> None:
    flagged = officer.post(URL, json=flagged_body()).json()
    url = f"{URL}/{flagged['id']}"
    assert verify(officer, flagged["id"]).status_code == 200

    # Another field, or nothing: the verification holds.
    kept = officer.patch(url, json={"phone": "0877 1111 2222"}).json()
    assert kept["identity_check"]["status"] == "verified"
    unchanged = officer.patch(url, json={}).json()
    assert unchanged["identity_check"] == kept["identity_check"]
    assert unchanged["version"] == kept["version"]

    # Another birth date that still disagrees: the officer saw a different one.
    moved = officer.patch(url, json={"birth_date": "1996-03-19"}).json()
    assert moved["nik"] == NIK
    assert moved["identity_check"] == {
        "status": "needs_check",
        "reasons": ["birth_date_differs_from_nik"],
        "verified_at": None,
        "verified_by": None,
        "note": None,
    }

    # Back to what the NIK says: nothing to check.
    agreed = officer.patch(url, json={"birth_date": BORN.isoformat()}).json()
    assert agreed["identity_check"]["status"] == "consistent"
    assert agreed["identity_check"]["reasons"] == []

    # A sex that disagrees raises it from consistent.
    swapped = officer.patch(url, json={"sex": "F"}).json()
    assert swapped["identity_check"]["status"] == "needs_check"
    assert swapped["identity_check"]["reasons"] == ["sex_differs_from_nik"]
    assert swapped["nik"] == NIK


@pytest.mark.parametrize(
    ("nik", "code"),
    [
        ("367301170500001", "validation_failed"),  # 15 digits
        ("36730117050000012", "validation_failed"),  # 17 digits
        ("36730117O5000001", "validation_failed"),  # a letter O
        ("9973011705000001", "nik_province_unknown"),
        ("3673071705000001", "nik_area_invalid"),  # Kota Serang has no kecamatan 07
        ("3673013205000001", "nik_birth_date_invalid"),  # day 32
        ("3673017205000001", "nik_birth_date_invalid"),  # a woman's day 32
        ("3673011713000001", "nik_birth_date_invalid"),  # month 13
        ("3673013102000001", "nik_birth_date_invalid"),  # 31 February
        ("3673012902010001", "nik_birth_date_invalid"),  # 29 February 2001
    ],
)
def test_a_malformed_nik_is_refused_and_nothing_is_written(
    client: TestClient, officer: TestClient, session: Session, nik: str, code: str
) -> None:
    audit_before = count(session, AuditEntry)
    assert_problem(officer.post(URL, json=applicant_body(nik=nik)), 422, code)
    signup = {
        "email": "seeker25@example.com",
        "password": "Serang2026kerja",
        "applicant": applicant_body(nik=nik),
    }
    assert_problem(client.post("/api/v1/auth/register", json=signup), 422, code)
    assert count(session) == 0
    assert count(session, AuditEntry) == audit_before


def test_encoded_dates_that_exist_parse() -> None:
    leap, errors = parse_nik("3673016902000001")  # a woman born 29 February 2000
    assert errors == [] and leap is not None
    assert leap.birth == EncodedBirth(29, 2, 0, Sex.female)
    last, _ = parse_nik("3673017112990001")  # a woman born 31 December 1999
    assert last is not None and last.birth == EncodedBirth(31, 12, 99, Sex.female)


def test_mismatches_are_read_off_the_nik() -> None:
    woman = "3673015705000001"  # born 17-05-(20)00
    assert nik_mismatches(woman, date(2000, 5, 17), Sex.female) == []
    assert nik_mismatches(woman, date(1900, 5, 17), Sex.female) == []  # two-digit year
    assert nik_mismatches(woman, date(2000, 5, 18), Sex.male) == [
        IdentityMismatch.birth_date_differs_from_nik,
        IdentityMismatch.sex_differs_from_nik,
    ]


def test_the_rule_names_its_source() -> None:
    assert "Dukcapil" in RULE_SOURCE and "Permendagri" in RULE_SOURCE
    assert "Checked 2026-12-05" in RULE_SOURCE
