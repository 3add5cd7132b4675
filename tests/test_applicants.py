"""Applicants: every operation, every validation rule, and nothing written on refusal."""

from datetime import date

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session, func, select

from app.models import Applicant
from tests.factories import applicant_body, assert_problem, make_nik

URL = "/api/v1/applicants"


def count(session: Session) -> int:
    return session.exec(select(func.count()).select_from(Applicant)).one()


def test_create_normalises_and_reads_back(officer: TestClient) -> None:
    response = officer.post(URL, json=applicant_body())
    assert response.status_code == 201, response.text
    created = response.json()
    assert created["phone"] == "+6281234567890"
    assert created["kecamatan_code"] == "367301"
    assert created["kecamatan"] == "Serang"
    assert created["kelurahan"] == "Cipare"
    assert created["status"] == "registered"
    assert created["consent"]["version"] == "2026-01"
    assert created["created_at"].endswith("Z") or "+00:00" in created["created_at"]
    fetched = officer.get(f"{URL}/{created['id']}")
    assert fetched.status_code == 200
    assert fetched.json() == created


@pytest.mark.parametrize("lists", [{}, {"skills": None, "experience": None}])
def test_created_with_required_fields_only_reads_back(
    officer: TestClient, lists: dict[str, None]
) -> None:
    required = ("nik", "full_name", "birth_date", "sex", "kelurahan_code", "education_level")
    body = {key: value for key, value in applicant_body().items() if key in required}
    response = officer.post(URL, json={**body, **lists})
    assert response.status_code == 201, response.text
    fetched = officer.get(f"{URL}/{response.json()['id']}")
    assert fetched.status_code == 200, fetched.text
    read = fetched.json()
    for key in ("skills", "experience", "preferred_countries", "preferred_sectors"):
        assert read[key] == []
    assert read["consent"] is None


def test_woman_nik_has_day_plus_40(officer: TestClient) -> None:
    body = applicant_body(sex="F", full_name="Siti Aminah")
    assert body["nik"][6:8] == "57"
    assert officer.post(URL, json=body).status_code == 201


@pytest.mark.parametrize(
    ("change", "code", "field"),
    [
        ({"nik": "9973011705000001"}, "nik_province_unknown", "nik"),
        ({"nik": "3673071705000001"}, "nik_area_invalid", "nik"),
        ({"nik": "3600011705000001"}, "nik_area_invalid", "nik"),
        ({"nik": "3673013213000001"}, "nik_birth_date_invalid", "nik"),
        ({"nik": "3673013102000001"}, "nik_birth_date_invalid", "nik"),  # 31 February
        ({"nik": "3673011705000000"}, "nik_serial_invalid", "nik"),
        ({"kelurahan_code": "3673019999"}, "kelurahan_unknown", "kelurahan_code"),
        ({"phone": "12345"}, "phone_invalid", "phone"),
        ({"phone": "+6512345678"}, "phone_invalid", "phone"),
    ],
)
def test_domain_rules_refused(
    officer: TestClient, session: Session, change: dict[str, str], code: str, field: str
) -> None:
    response = officer.post(URL, json=applicant_body(**change))
    body = assert_problem(response, 422, code)
    assert any(e["field"] == field and e["code"] == code for e in body["errors"])
    assert count(session) == 0


def test_future_birth_date_refused(officer: TestClient, session: Session) -> None:
    future = date(date.today().year + 1, 1, 2)
    body = applicant_body(birth=future)
    problem = assert_problem(officer.post(URL, json=body), 422, "birth_date_in_future")
    assert problem["errors"][0]["field"] == "birth_date"
    assert count(session) == 0


def test_every_broken_rule_is_reported_at_once(officer: TestClient) -> None:
    body = applicant_body(nik="3673013102000001", kelurahan_code="3673019999", phone="1")
    problem = assert_problem(officer.post(URL, json=body), 422, "nik_birth_date_invalid")
    codes = {e["code"] for e in problem["errors"]}
    assert codes == {"nik_birth_date_invalid", "kelurahan_unknown", "phone_invalid"}


def test_nik_from_outside_needs_domicile_proof(officer: TestClient, session: Session) -> None:
    birth = date(1999, 3, 4)
    outside = make_nik(birth, "M", district="320101")  # Kabupaten Bogor
    body = applicant_body(birth=birth, nik=outside)
    assert_problem(officer.post(URL, json=body), 422, "domicile_proof_required")
    assert count(session) == 0
    body["domicile_proof"] = "Surat keterangan domisili Kel. Cipare 470/112/2026"
    assert officer.post(URL, json=body).status_code == 201


def test_duplicate_nik_is_conflict(officer: TestClient, session: Session) -> None:
    assert officer.post(URL, json=applicant_body()).status_code == 201
    assert_problem(officer.post(URL, json=applicant_body(full_name="Other")), 409, "nik_taken")
    assert count(session) == 1


@pytest.mark.parametrize(
    "change",
    [
        {"nik": "123"},
        {"sex": "X"},
        {"education_level": "phd"},
        {"email": "not-an-email"},
        {"full_name": ""},
        {"preferred_countries": ["Korea"]},
        {"experience": [{"occupation": "Welder", "years": -1}]},
        {"unknown_field": 1},
    ],
)
def test_shape_errors_are_validation_problems(
    officer: TestClient, session: Session, change: dict[str, object]
) -> None:
    problem = assert_problem(
        officer.post(URL, json=applicant_body(**change)), 422, "validation_failed"
    )
    assert problem["errors"] and all(
        {"field", "code", "message"} <= e.keys() for e in problem["errors"]
    )
    assert count(session) == 0


def test_indonesian_messages(officer: TestClient) -> None:
    response = officer.post(
        URL,
        json=applicant_body(nik="9973011705000001"),
        headers={"Accept-Language": "id-ID,id;q=0.9,en;q=0.5"},
    )
    problem = assert_problem(response, 422, "nik_province_unknown")
    assert problem["title"] == "Kode provinsi tidak dikenal"
    assert response.headers["content-language"] == "id"
    missing = officer.post(URL, json={}, headers={"Accept-Language": "id"})
    assert missing.json()["errors"][0]["message"] == "Isian wajib diisi."


def test_patch_updates_and_rechecks_rules(officer: TestClient, session: Session) -> None:
    created = officer.post(URL, json=applicant_body()).json()
    response = officer.patch(f"{URL}/{created['id']}", json={"phone": "+62 877 1111 2222"})
    assert response.status_code == 200
    assert response.json()["phone"] == "+6287711112222"
    assert response.json()["version"] == created["version"] + 1
    # A change that breaks a rule is refused and leaves the record as it was.
    assert_problem(
        officer.patch(
            f"{URL}/{created['id']}",
            json={"birth_date": "2001-05-17", "kelurahan_code": "3673019999"},
        ),
        422,
        "kelurahan_unknown",
    )
    stored = session.get(Applicant, created["id"])
    assert stored is not None and stored.birth_date == date(2000, 5, 17)
    assert stored.version == created["version"] + 1
    assert_problem(
        officer.patch(f"{URL}/{created['id']}", json={"nik": "1"}), 422, "validation_failed"
    )
    assert_problem(officer.patch(f"{URL}/999999", json={"full_name": "X Y"}), 404, "not_found")


@pytest.mark.parametrize("field", ["full_name", "birth_date", "skills", "status"])
def test_patch_cannot_empty_a_required_field(
    officer: TestClient, session: Session, field: str
) -> None:
    created = officer.post(URL, json=applicant_body()).json()
    problem = assert_problem(
        officer.patch(f"{URL}/{created['id']}", json={field: None}), 422, "value_required"
    )
    assert problem["errors"][0]["field"] == field
    stored = session.get(Applicant, created["id"])
    assert stored is not None and stored.version == created["version"]


def test_patch_moves_kelurahan_and_kecamatan_together(officer: TestClient) -> None:
    created = officer.post(URL, json=applicant_body()).json()
    moved = officer.patch(f"{URL}/{created['id']}", json={"kelurahan_code": "3673021001"}).json()
    assert (moved["kecamatan_code"], moved["kecamatan"], moved["kelurahan"]) == (
        "367302",
        "Kasemen",
        "Kasemen",
    )


def test_delete_archives(officer: TestClient) -> None:
    created = officer.post(URL, json=applicant_body()).json()
    archived = officer.delete(f"{URL}/{created['id']}")
    assert archived.status_code == 200 and archived.json()["status"] == "archived"
    assert officer.get(f"{URL}/{created['id']}").json()["status"] == "archived"
    assert officer.get(URL).json()["items"] == []
    assert len(officer.get(URL, params={"status": "archived"}).json()["items"]) == 1
    assert_problem(officer.delete(f"{URL}/999999"), 404, "not_found")


def test_list_pages_filters_and_bounds(officer: TestClient) -> None:
    for serial in range(1, 6):
        kelurahan = "3673011002" if serial % 2 else "3673051001"
        officer.post(URL, json=applicant_body(serial=serial, kelurahan_code=kelurahan))
    first = officer.get(URL, params={"limit": 2}).json()
    assert len(first["items"]) == 2 and first["next_cursor"]
    second = officer.get(URL, params={"limit": 2, "cursor": first["next_cursor"]}).json()
    third = officer.get(URL, params={"limit": 2, "cursor": second["next_cursor"]}).json()
    ids = [a["id"] for page in (first, second, third) for a in page["items"]]
    assert ids == sorted(ids) and len(set(ids)) == 5
    assert third["next_cursor"] is None
    in_cipocok = officer.get(URL, params={"kecamatan_code": "367305"}).json()["items"]
    assert len(in_cipocok) == 2
    assert_problem(officer.get(URL, params={"limit": 101}), 422, "validation_failed")
    assert_problem(officer.get(URL, params={"limit": 0}), 422, "validation_failed")
    assert_problem(officer.get(URL, params={"cursor": "garbage!"}), 422, "invalid_cursor")


def test_applicant_withdraws_and_gives_consent_again(
    client: TestClient, officer: TestClient
) -> None:
    from tests.auth_helpers import applicant_headers

    headers, own_id = applicant_headers(client, serial=8)
    withdrawn = client.patch(f"{URL}/{own_id}", json={"consent": None}, headers=headers)
    assert withdrawn.status_code == 200 and withdrawn.json()["consent"] is None
    history = officer.get("/api/v1/audit", params={"entity": "applicant", "entity_id": own_id})
    last = history.json()["items"][-1]
    assert last["changes"]["consent_given_at"]["new"] is None
    given = {"given_at": "2026-02-01T09:00:00+07:00", "version": "2026-02"}
    again = client.patch(f"{URL}/{own_id}", json={"consent": given}, headers=headers)
    assert again.json()["consent"]["version"] == "2026-02"
