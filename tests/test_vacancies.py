"""Vacancies: create, read, change and delete, and every job-order rule, none of which writes
anything when it refuses (see test_vacancies_lists.py for lists and who sees what)."""

from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session

from app.models.partner import Partner
from app.models.vacancy import Vacancy
from app.services.vacancies import service as vacancy_service
from tests.factories import assert_problem
from tests.fixtures_vacancies import (
    URL,
    add_agency,
    add_mou,
    assert_nothing_written,
    future,
    private_body,
    stored,
    vacancy_audit_count,
    vacancy_body,
)


@pytest.fixture
def agency_id(session: Session, officer: TestClient) -> int:
    return add_agency(session)


def refused(response: Any, status: int, code: str, field: str | None = None) -> dict[str, Any]:
    problem = assert_problem(response, status, code)
    if field is not None:
        assert [e["field"] for e in problem["errors"]] == [field], problem
    return problem


def test_crud(officer: TestClient, session: Session, agency_id: int) -> None:
    mou_id = add_mou(session)
    created = officer.post(URL, json=vacancy_body(agency_id, mou_id=mou_id))
    assert created.status_code == 201, created.text
    vacancy = created.json()
    assert (vacancy["status"], vacancy["filled"], vacancy["version"]) == ("open", 0, 1)
    assert vacancy["contract_months"] == 24 and vacancy["mou_id"] == mou_id
    assert vacancy["zero_cost_to_worker"] is False
    assert vacancy["cost_items"][0] == {
        "item": "bpjs",
        "amount": 370_000,
        "currency": "IDR",
        "payer": "worker",
        "note": None,
    }
    assert officer.get(f"{URL}/{vacancy['id']}").json() == vacancy

    patched = officer.patch(f"{URL}/{vacancy['id']}", json={"openings": 12, "status": "closed"})
    assert patched.status_code == 200, patched.text
    assert patched.json()["openings"] == 12 and patched.json()["status"] == "closed"
    assert patched.json()["version"] == 2
    # The same values again change nothing: no new version, no audit entry.
    again = officer.patch(f"{URL}/{vacancy['id']}", json={"openings": 12})
    assert again.json()["version"] == 2
    assert vacancy_audit_count(session) == 2

    deleted = officer.delete(f"{URL}/{vacancy['id']}")
    assert deleted.status_code == 204 and deleted.content == b""
    assert stored(session, vacancy["id"]) is None
    assert vacancy_audit_count(session) == 3
    assert_problem(officer.get(f"{URL}/{vacancy['id']}"), 404, "not_found")
    assert_problem(officer.delete(f"{URL}/{vacancy['id']}"), 404, "not_found")
    assert_problem(officer.patch(f"{URL}/4242", json={"openings": 1}), 404, "not_found")


def test_messages_in_indonesian(officer: TestClient, session: Session, agency_id: int) -> None:
    response = officer.post(
        URL,
        json=private_body(agency_id, sector="domestic_work"),
        headers={"Accept-Language": "id-ID,id;q=0.9,en;q=0.5"},
    )
    problem = refused(response, 422, "domestic_work_refused", "sector")
    assert problem["title"] == "Pekerjaan rumah tangga tidak ditempatkan"
    assert response.headers["content-language"] == "id"
    assert_nothing_written(session)


# Domestic work (sector or ISCO-08 code, never words): see test_domestic_work.py.


ZERO_COST = [
    # BP2MI reg. 9/2020 occupations, by sector or by ISCO-08 code.
    {"country": "JP", "scheme": "jp_ssw", "sector": "caregiving", "isco_code": "5322",
     "currency": "JPY", "language": "ja", "min_language_score": None,
     "min_language_level": "N4"},
    {"scheme": "private", "sector": "fishery", "isco_code": "6223"},
    {"scheme": "kr_e8", "sector": "agriculture", "isco_code": "9211"},
    {"sector": "services", "isco_code": "5120", "occupation": "Cook"},
    {"sector": "hospitality", "isco_code": "9112", "occupation": "Cleaner"},
]  # fmt: skip


@pytest.mark.parametrize("change", ZERO_COST)
def test_zero_cost_occupation_cannot_charge_worker(
    officer: TestClient, session: Session, agency_id: int, change: dict[str, Any]
) -> None:
    data = vacancy_body(agency_id, **change)
    data["cost_items"].append({"item": "medical", "amount": 1_200_000, "payer": "worker"})
    problem = refused(officer.post(URL, json=data), 422, "zero_cost_worker_charge", "cost_items")
    assert "bpjs, medical" in problem["detail"] and "9/2020" in problem["detail"]
    assert_nothing_written(session)
    data["cost_items"] = [
        {"item": "bpjs", "amount": 370_000, "payer": "government"},
        {"item": "medical", "amount": 1_200_000, "payer": "employer"},
    ]
    created = officer.post(URL, json=data)
    assert created.status_code == 201, created.text
    assert created.json()["zero_cost_to_worker"] is True


CREATE_RULES = [
    ({"country": "XX"}, "country_unknown", "country"),
    ({"currency": "XYZ"}, "currency_unknown", "currency"),
    (
        {"cost_items": [{"item": "visa", "amount": 1, "currency": "ZZZ", "payer": "employer"}]},
        "currency_unknown",
        "cost_items.0.currency",
    ),
    ({"currency": None}, "currency_required", "currency"),
    ({"salary_min": 4_000_000}, "range_invalid", "salary_min"),
    ({"min_age": 40, "max_age": 30}, "range_invalid", "min_age"),
    ({"deadline": "2020-01-01"}, "deadline_in_past", "deadline"),
    ({"scheme": "jp_ssw", "ssw_field": "shipbuilding"}, "scheme_country_mismatch", "scheme"),
    ({"scheme": "jp_titp"}, "scheme_country_mismatch", "scheme"),
    ({"country": "JP", "currency": "JPY"}, "scheme_country_mismatch", "scheme"),
    ({"country": "JP", "scheme": "kr_e7", "currency": "JPY"},
     "scheme_country_mismatch", "scheme"),
    ({"country": "VN", "scheme": "kr_e8", "currency": "VND"},
     "scheme_country_mismatch", "scheme"),
    ({"min_language_level": "N4"}, "language_requirement_invalid", "min_language_level"),
    ({"language": None}, "language_requirement_invalid", "min_language_score"),
    ({"language": "ja"}, "language_requirement_invalid", "min_language_score"),
    ({"language": "ja", "min_language_score": None, "min_language_level": "B2"},
     "language_requirement_invalid", "min_language_level"),
    ({"language": "en", "min_language_score": None, "min_language_level": "N3"},
     "language_requirement_invalid", "min_language_level"),
    ({"language": None, "min_language_score": None, "min_language_level": "A2"},
     "language_requirement_invalid", "min_language_level"),
    ({"mou_id": 4242}, "mou_unknown", "mou_id"),
]  # fmt: skip


@pytest.mark.parametrize(("change", "code", "field"), CREATE_RULES)
def test_create_rules(
    officer: TestClient,
    session: Session,
    agency_id: int,
    change: dict[str, Any],
    code: str,
    field: str,
) -> None:
    refused(officer.post(URL, json=vacancy_body(agency_id, **change)), 422, code, field)
    assert_nothing_written(session)


def test_every_broken_rule_reported_at_once(
    officer: TestClient, session: Session, agency_id: int
) -> None:
    data = vacancy_body(4242, country="JP", currency="XYZ", min_age=40, max_age=30)
    problem = refused(officer.post(URL, json=data), 422, "agency_invalid")
    fields = {e["field"]: e["code"] for e in problem["errors"]}
    assert fields == {
        "agency_id": "agency_invalid",
        "scheme": "scheme_country_mismatch",
        "currency": "currency_unknown",
        "min_age": "range_invalid",
    }
    assert_nothing_written(session)


@pytest.mark.parametrize(
    "change",
    [
        {"language": "ja", "min_language_score": None, "min_language_level": "A2"},
        {"language": "ja", "min_language_score": None, "min_language_level": "N3"},
        {"language": "en", "min_language_score": None, "min_language_level": "B2"},
        {"language": "ko", "min_language_score": None},
        {"language": None, "min_language_score": None},
        {"salary_min": None, "salary_max": None, "currency": None},
        {"scheme": "private", "country": "JP", "currency": "JPY"},
        {"deadline": future(0)},
    ],
)
def test_rules_accept(officer: TestClient, agency_id: int, change: dict[str, Any]) -> None:
    response = officer.post(URL, json=vacancy_body(agency_id, **change))
    assert response.status_code == 201, response.text


def test_shape_rules(officer: TestClient, session: Session, agency_id: int) -> None:
    for change in (
        {"openings": 0},
        {"scheme": "tourist"},
        {"min_age": 16},
        {"salary_min": -1},
        {"country": "kr"},
        {"filled": 3},
        {"cost_items": [{"item": "visa", "amount": 1, "payer": "nobody"}]},
    ):
        data = vacancy_body(agency_id, **change)
        assert_problem(officer.post(URL, json=data), 422, "validation_failed")
    assert_nothing_written(session)


@pytest.mark.parametrize(
    ("kind", "status", "why"),
    [
        ("training_provider", "active", "it is not a placement agency"),
        ("association", "active", "it is not a placement agency"),
        ("placement_agency", "archived", "the partner is archived, not active"),
        (None, None, "no partner has this id"),
    ],
)
def test_agency_must_be_an_active_placement_agency(
    officer: TestClient, session: Session, kind: str | None, status: str | None, why: str
) -> None:
    partner_id = (
        add_agency(session, "PT Mitra", kind=kind, status=status) if kind and status else 4242
    )
    problem = refused(
        officer.post(URL, json=vacancy_body(partner_id)), 422, "agency_invalid", "agency_id"
    )
    assert problem["detail"].startswith(f"Partner {partner_id} cannot own job orders: {why}")
    assert problem["errors"][0]["message"] == problem["detail"]
    assert "{" not in problem["detail"]
    assert_nothing_written(session)


def test_an_agency_without_its_licence_owns_no_orders(
    officer: TestClient, session: Session
) -> None:
    partner = Partner(name="PT Tanpa Izin", kind="placement_agency", licence_number=None)
    session.add(partner)
    session.commit()
    response = officer.post(
        URL, json=vacancy_body(partner.id or 0), headers={"accept-language": "id"}
    )
    problem = refused(response, 422, "agency_invalid", "agency_id")
    assert "belum tercatat memiliki SIP3MI" in problem["detail"]
    assert_nothing_written(session)


def test_external_id_unique_per_agency(
    officer: TestClient, session: Session, agency_id: int
) -> None:
    first = officer.post(URL, json=vacancy_body(agency_id)).json()
    refused(officer.post(URL, json=vacancy_body(agency_id)), 409, "external_id_taken")
    assert vacancy_audit_count(session) == 1
    other = add_agency(session, "PT Lain")
    assert officer.post(URL, json=vacancy_body(other)).status_code == 201
    second = officer.post(URL, json=vacancy_body(agency_id, external_id="JO-2")).json()
    before = stored(session, second["id"])
    response = officer.patch(f"{URL}/{second['id']}", json={"external_id": first["external_id"]})
    refused(response, 409, "external_id_taken")
    assert stored(session, second["id"]) == before


def test_external_id_race_is_a_conflict(
    officer: TestClient, session: Session, agency_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two requests that both pass the check: the unique constraint decides, as a 409."""
    first = officer.post(URL, json=vacancy_body(agency_id)).json()
    second = officer.post(URL, json=vacancy_body(agency_id, external_id="JO-2")).json()
    monkeypatch.setattr(vacancy_service, "_external_id_taken", lambda *args: False)
    refused(officer.post(URL, json=vacancy_body(agency_id)), 409, "external_id_taken")
    before = stored(session, second["id"])
    response = officer.patch(f"{URL}/{second['id']}", json={"external_id": first["external_id"]})
    refused(response, 409, "external_id_taken")
    assert stored(session, second["id"]) == before
    assert vacancy_audit_count(session) == 2


PATCH_RULES = [
    ({"isco_code": "9111"}, 422, "domestic_work_refused", "isco_code"),
    ({"sector": "fishery"}, 422, "zero_cost_worker_charge", "cost_items"),
    ({"country": "JP"}, 422, "scheme_country_mismatch", "scheme"),
    ({"country": "XX"}, 422, "country_unknown", "country"),
    ({"salary_max": 1}, 422, "range_invalid", "salary_min"),
    ({"max_age": 19}, 422, "range_invalid", "min_age"),
    ({"currency": "XYZ"}, 422, "currency_unknown", "currency"),
    ({"currency": None}, 422, "currency_required", "currency"),
    ({"language": "ja"}, 422, "language_requirement_invalid", "min_language_score"),
    ({"mou_id": 4242}, 422, "mou_unknown", "mou_id"),
    ({"title": None}, 422, "value_required", "title"),
    ({"openings": None}, 422, "value_required", "openings"),
    ({"cost_items": None}, 422, "value_required", "cost_items"),
    ({"openings": 0}, 422, "validation_failed", None),
    ({"agency_id": 2}, 422, "validation_failed", None),
]


@pytest.mark.parametrize(("change", "status", "code", "field"), PATCH_RULES)
def test_refused_patch_leaves_row_untouched(
    officer: TestClient,
    session: Session,
    agency_id: int,
    change: dict[str, Any],
    status: int,
    code: str,
    field: str | None,
) -> None:
    vacancy = officer.post(URL, json=vacancy_body(agency_id)).json()
    before = stored(session, vacancy["id"])
    refused(officer.patch(f"{URL}/{vacancy['id']}", json=change), status, code, field)
    assert stored(session, vacancy["id"]) == before
    assert vacancy_audit_count(session) == 1


def test_patch_checks_the_merged_record(officer: TestClient, agency_id: int) -> None:
    vacancy = officer.post(URL, json=vacancy_body(agency_id)).json()
    url = f"{URL}/{vacancy['id']}"
    # Moving a Korean order to Japan works when everything that depends on it moves too.
    change = {
        "country": "JP",
        "scheme": "jp_ssw",
        "currency": "JPY",
        "salary_min": 200_000,
        "salary_max": 250_000,
        "language": "ja",
        "min_language_score": None,
        "min_language_level": "N4",
        "ssw_field": "shipbuilding",  # welding is work in three SSW fields: it must be named
    }
    response = officer.patch(url, json=change)
    assert response.status_code == 200, response.text
    assert response.json()["version"] == 2
    # A deadline already passed is only refused when the order is filed, not on later edits.
    closing = officer.patch(url, json={"status": "closed", "deadline": "2020-01-01"})
    assert closing.status_code == 200 and closing.json()["version"] == 3


def test_openings_not_below_filled(officer: TestClient, session: Session, agency_id: int) -> None:
    vacancy = officer.post(URL, json=vacancy_body(agency_id)).json()
    row = session.get(Vacancy, vacancy["id"])
    assert row is not None
    row.filled = 5
    session.add(row)
    session.commit()
    before = stored(session, vacancy["id"])
    response = officer.patch(f"{URL}/{vacancy['id']}", json={"openings": 4})
    problem = refused(response, 422, "openings_below_filled", "openings")
    assert "5" in problem["detail"]
    assert stored(session, vacancy["id"]) == before
    assert officer.patch(f"{URL}/{vacancy['id']}", json={"openings": 5}).status_code == 200


def test_order_of_archived_agency_can_still_be_closed(
    officer: TestClient, session: Session, agency_id: int
) -> None:
    vacancy = officer.post(URL, json=vacancy_body(agency_id)).json()
    from app.models.partner import Partner

    partner = session.get(Partner, agency_id)
    assert partner is not None
    partner.status = "archived"
    session.add(partner)
    session.commit()
    response = officer.patch(f"{URL}/{vacancy['id']}", json={"status": "cancelled"})
    assert response.status_code == 200, response.text
    assert response.json()["status"] == "cancelled"


def test_job_order_with_applications_is_closed_not_deleted(
    officer: TestClient, session: Session
) -> None:
    from tests.factories import add_applicant, add_application

    agency_id = add_agency(session)
    created = officer.post(URL, json=vacancy_body(agency_id)).json()
    add_application(session, add_applicant(session, 1), created["id"])
    refused = officer.delete(f"{URL}/{created['id']}")
    assert_problem(refused, 409, "vacancy_has_applications")
    assert officer.get(f"{URL}/{created['id']}").status_code == 200
    closed = officer.patch(f"{URL}/{created['id']}", json={"status": "closed"})
    assert closed.status_code == 200 and closed.json()["status"] == "closed"
