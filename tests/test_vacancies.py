"""Vacancies: operations, the programme's job-order rules, visibility, no write on refusal."""

from datetime import date, timedelta
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session, func, select

from app.models import Vacancy
from tests.auth_helpers import applicant_headers, bearer, client_token, make_partner
from tests.factories import assert_problem

URL = "/api/v1/vacancies"


@pytest.fixture
def agency_id(session: Session, officer: TestClient) -> int:
    return make_partner(session, "PT One Asia").id or 0


def body(agency_id: int, **overrides: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "agency_id": agency_id,
        "external_id": "JO-2026-001",
        "country": "KR",
        "scheme": "kr_e7",
        "sector": "welding",
        "occupation": "Welder",
        "isco_code": "7212",
        "title": "Shipyard welder, Geoje",
        "openings": 10,
        "salary_min": 2_500_000,
        "salary_max": 3_000_000,
        "currency": "KRW",
        "min_age": 20,
        "max_age": 39,
        "language": "ko",
        "min_language_score": 100,
        "required_certificates": [{"type": "korean_skills_test", "field": "welding"}],
        "cost_items": [
            {"item": "bpjs", "amount": 370_000, "payer": "worker"},
            {"item": "visa", "amount": 1_500_000, "payer": "employer"},
        ],
        "deadline": (date.today() + timedelta(days=60)).isoformat(),
    }
    data.update(overrides)
    return data


def count(session: Session) -> int:
    return session.exec(select(func.count()).select_from(Vacancy)).one()


def test_crud(officer: TestClient, agency_id: int) -> None:
    created = officer.post(URL, json=body(agency_id))
    assert created.status_code == 201, created.text
    vacancy = created.json()
    assert vacancy["status"] == "open" and vacancy["filled"] == 0
    assert vacancy["zero_cost_to_worker"] is False
    assert officer.get(f"{URL}/{vacancy['id']}").json() == vacancy
    patched = officer.patch(f"{URL}/{vacancy['id']}", json={"openings": 12}).json()
    assert patched["openings"] == 12 and patched["version"] == vacancy["version"] + 1
    assert officer.delete(f"{URL}/{vacancy['id']}").status_code == 204
    assert_problem(officer.get(f"{URL}/{vacancy['id']}"), 404, "not_found")


DOMESTIC = [
    {"sector": "domestic_work", "scheme": "private", "country": "SA", "occupation": "Helper"},
    {"isco_code": "9111", "scheme": "private", "country": "MY", "sector": "services"},
    {"title": "Asisten Rumah Tangga", "scheme": "private", "country": "HK", "sector": "services"},
]


@pytest.mark.parametrize("change", DOMESTIC)
def test_domestic_work_refused(
    officer: TestClient, session: Session, agency_id: int, change: dict[str, Any]
) -> None:
    data = body(agency_id, currency="USD", language=None, min_language_score=None, **change)
    assert_problem(officer.post(URL, json=data), 422, "domestic_work_refused")
    assert count(session) == 0


def test_zero_cost_occupation_cannot_charge_worker(
    officer: TestClient, session: Session, agency_id: int
) -> None:
    caregiver = body(
        agency_id,
        country="JP",
        scheme="jp_ssw",
        sector="caregiving",
        occupation="Caregiver",
        isco_code="5322",
        currency="JPY",
        salary_min=180_000,
        salary_max=220_000,
        language="ja",
        min_language_score=None,
        min_language_level="N4",
    )
    problem = assert_problem(officer.post(URL, json=caregiver), 422, "zero_cost_worker_charge")
    assert "bpjs" in problem["detail"]
    assert count(session) == 0
    caregiver["cost_items"] = [{"item": "bpjs", "amount": 370_000, "payer": "government"}]
    created = officer.post(URL, json=caregiver)
    assert created.status_code == 201 and created.json()["zero_cost_to_worker"] is True


@pytest.mark.parametrize(
    ("change", "code"),
    [
        ({"country": "XX"}, "country_unknown"),
        ({"currency": "XYZ"}, "currency_unknown"),
        ({"currency": None}, "currency_required"),
        ({"salary_min": 4_000_000}, "range_invalid"),
        ({"min_age": 40, "max_age": 30}, "range_invalid"),
        ({"deadline": "2020-01-01"}, "deadline_in_past"),
        ({"country": "JP"}, "scheme_country_mismatch"),
        ({"min_language_level": "N4"}, "language_requirement_invalid"),
        ({"language": None}, "language_requirement_invalid"),
        ({"mou_id": 4242}, "mou_unknown"),
    ],
)
def test_rules(
    officer: TestClient, session: Session, agency_id: int, change: dict[str, Any], code: str
) -> None:
    assert_problem(officer.post(URL, json=body(agency_id, **change)), 422, code)
    assert count(session) == 0


def test_shape_rules(officer: TestClient, session: Session, agency_id: int) -> None:
    for change in ({"openings": 0}, {"scheme": "tourist"}, {"min_age": 16}, {"salary_min": -1}):
        assert_problem(officer.post(URL, json=body(agency_id, **change)), 422, "validation_failed")
    assert count(session) == 0


def test_unknown_agency(officer: TestClient, session: Session) -> None:
    assert_problem(officer.post(URL, json=body(4242)), 422, "agency_invalid")
    assert count(session) == 0


def test_training_provider_is_not_an_agency(
    officer: TestClient, session: Session, agency_id: int
) -> None:
    lpk = make_partner(session, "LPK KJS", kind="training_provider")
    assert_problem(officer.post(URL, json=body(lpk.id or 0)), 422, "agency_invalid")


def test_external_id_unique_per_agency(
    officer: TestClient, session: Session, agency_id: int
) -> None:
    officer.post(URL, json=body(agency_id))
    assert_problem(officer.post(URL, json=body(agency_id)), 409, "external_id_taken")
    other = make_partner(session, "PT Lain").id or 0
    assert officer.post(URL, json=body(other)).status_code == 201
    assert count(session) == 2


def test_openings_not_below_filled(officer: TestClient, session: Session, agency_id: int) -> None:
    vacancy = officer.post(URL, json=body(agency_id)).json()
    stored = session.get(Vacancy, vacancy["id"])
    assert stored is not None
    stored.filled = 5
    session.add(stored)
    session.commit()
    response = officer.patch(f"{URL}/{vacancy['id']}", json={"openings": 4})
    assert_problem(response, 422, "openings_below_filled")
    session.refresh(stored)
    assert stored.openings == 10


def test_visibility(
    client: TestClient, officer: TestClient, session: Session, agency_id: int
) -> None:
    open_one = officer.post(URL, json=body(agency_id)).json()
    draft = officer.post(URL, json=body(agency_id, external_id="JO-2", status="draft")).json()
    headers, _ = applicant_headers(client)
    seen = [v["id"] for v in client.get(URL, headers=headers).json()["items"]]
    assert seen == [open_one["id"]]
    assert_problem(client.get(f"{URL}/{draft['id']}", headers=headers), 404, "not_found")
    assert_problem(
        client.post(URL, json=body(agency_id, external_id="X"), headers=headers), 403, "forbidden"
    )
    # Another agency's system neither sees nor changes these orders: 404, not 403.
    rival = make_partner(session, "PT Saingan")
    rival_headers = bearer(client_token(client, session, rival, ["vacancies:write"]))
    assert client.get(URL, headers=rival_headers).json()["items"] == []
    assert_problem(client.get(f"{URL}/{open_one['id']}", headers=rival_headers), 404, "not_found")
    assert_problem(
        client.patch(f"{URL}/{open_one['id']}", json={"openings": 1}, headers=rival_headers),
        404,
        "not_found",
    )
    assert_problem(
        client.post(URL, json=body(agency_id, external_id="Y"), headers=rival_headers),
        422,
        "agency_invalid",
    )
    own = client.post(URL, json=body(rival.id or 0, external_id="R-1"), headers=rival_headers)
    assert own.status_code == 201


def test_list_filters_and_pages(officer: TestClient, agency_id: int) -> None:
    officer.post(URL, json=body(agency_id))
    officer.post(
        URL,
        json=body(
            agency_id,
            external_id="JP-1",
            title="Farm worker, Hokkaido",
            occupation="Farm worker",
            isco_code="6111",
            country="JP",
            scheme="jp_ssw",
            sector="agriculture",
            currency="JPY",
            language="ja",
            min_language_score=None,
            min_language_level="N4",
            cost_items=[],
        ),
    )
    assert [v["country"] for v in officer.get(URL, params={"country": "JP"}).json()["items"]] == [
        "JP"
    ]
    assert len(officer.get(URL, params={"sector": "welding"}).json()["items"]) == 1
    assert len(officer.get(URL, params={"q": "shipyard"}).json()["items"]) == 1
    first = officer.get(URL, params={"limit": 1}).json()
    second = officer.get(URL, params={"limit": 1, "cursor": first["next_cursor"]}).json()
    assert first["items"][0]["id"] < second["items"][0]["id"] and second["next_cursor"] is None
