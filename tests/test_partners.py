"""Partners: operations, rules, and nothing written on refusal."""

from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session, func, select

from app.models import Partner
from tests.factories import assert_problem

URL = "/api/v1/partners"


def agency(**overrides: Any) -> dict[str, Any]:
    body = {
        "name": "PT One Asia",
        "kind": "placement_agency",
        "licence_number": "SIP3MI 212/2023",
        "country": "ID",
        "city": "Jakarta",
        "contact_email": "info@example.com",
    }
    body.update(overrides)
    return body


def count(session: Session) -> int:
    return session.exec(select(func.count()).select_from(Partner)).one()


def test_crud_and_archive(officer: TestClient) -> None:
    created = officer.post(URL, json=agency())
    assert created.status_code == 201, created.text
    partner = created.json()
    assert officer.get(f"{URL}/{partner['id']}").json() == partner
    renamed = officer.patch(f"{URL}/{partner['id']}", json={"city": "Serang"}).json()
    assert renamed["city"] == "Serang"
    archived = officer.delete(f"{URL}/{partner['id']}").json()
    assert archived["status"] == "archived"
    assert officer.get(URL).json()["items"] == []
    assert len(officer.get(URL, params={"status": "archived"}).json()["items"]) == 1


@pytest.mark.parametrize(
    ("body", "code"),
    [
        (agency(licence_number=None), "licence_number_required"),
        (agency(country="XX"), "country_unknown"),
    ],
)
def test_rules(officer: TestClient, session: Session, body: dict[str, Any], code: str) -> None:
    assert_problem(officer.post(URL, json=body), 422, code)
    assert count(session) == 0


def test_conflicts(officer: TestClient, session: Session) -> None:
    officer.post(URL, json=agency())
    assert_problem(officer.post(URL, json=agency(licence_number="X 1")), 409, "partner_name_taken")
    assert_problem(officer.post(URL, json=agency(name="PT Lain")), 409, "licence_number_taken")
    assert count(session) == 1


def test_patch_refused_leaves_row(officer: TestClient, session: Session) -> None:
    partner = officer.post(URL, json=agency()).json()
    assert_problem(
        officer.patch(f"{URL}/{partner['id']}", json={"licence_number": None}),
        422,
        "licence_number_required",
    )
    assert_problem(
        officer.patch(f"{URL}/{partner['id']}", json={"kind": "association"}),
        422,
        "validation_failed",
    )
    for field in ("name", "country", "status"):
        assert_problem(
            officer.patch(f"{URL}/{partner['id']}", json={field: None}), 422, "value_required"
        )
    stored = session.get(Partner, partner["id"])
    assert stored is not None and stored.licence_number == "SIP3MI 212/2023"
    assert stored.name == partner["name"] and stored.status == partner["status"]
    assert_problem(officer.patch(f"{URL}/99999", json={"city": "X"}), 404, "not_found")


def test_list_filters(officer: TestClient) -> None:
    officer.post(URL, json=agency())
    officer.post(URL, json={"name": "APJATI", "kind": "association"})
    officer.post(URL, json={"name": "Hannam County", "kind": "foreign_government", "country": "KR"})
    kinds = [p["kind"] for p in officer.get(URL, params={"kind": "association"}).json()["items"]]
    assert kinds == ["association"]
    korean = officer.get(URL, params={"country": "KR"}).json()["items"]
    assert [p["name"] for p in korean] == ["Hannam County"]
    assert [p["name"] for p in officer.get(URL, params={"q": "one"}).json()["items"]] == [
        "PT One Asia"
    ]
    page = officer.get(URL, params={"limit": 2}).json()
    rest = officer.get(URL, params={"limit": 2, "cursor": page["next_cursor"]}).json()
    assert len(page["items"]) + len(rest["items"]) == 3 and rest["next_cursor"] is None
