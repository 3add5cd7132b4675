"""An application's costs (the job order's items and who pays), and the zero-cost rule on
every path a job order is written: create, PATCH, and batch create and update."""

from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session

from app.models.partner import Partner
from app.models.vacancy import Vacancy
from tests.auth_helpers import applicant_headers, bearer, client_token
from tests.factories import add_applicant, add_application, add_job_order, assert_problem
from tests.fixtures_vacancies import (
    URL,
    add_agency,
    assert_nothing_written,
    stored,
    vacancy_audit_count,
    vacancy_body,
)

APPLICATIONS = "/api/v1/applications"
ITEMS = [
    {"item": "bpjs", "amount": 370_000, "currency": "IDR", "payer": "worker", "note": None},
    {"item": "passport", "amount": 350_000, "currency": "IDR", "payer": "worker", "note": None},
    {"item": "training", "amount": 5_000_000, "currency": "IDR", "payer": "government",
     "note": "BBPVP Serang"},
    {"item": "visa", "amount": 200_000, "currency": "KRW", "payer": "employer", "note": None},
    {"item": "travel", "amount": 150_000, "currency": "KRW", "payer": "employer", "note": None},
    {"item": "medical", "amount": 50_000, "currency": "KRW", "payer": "worker", "note": None},
]  # fmt: skip


def costs_url(application_id: int) -> str:
    return f"{APPLICATIONS}/{application_id}/costs"


def test_costs_by_payer_and_currency(officer: TestClient, session: Session) -> None:
    agency_id = add_agency(session)
    vacancy_id = add_job_order(session, agency_id, "JO-1", cost_items=ITEMS, contract_months=36)
    application_id = add_application(session, add_applicant(session, 1), vacancy_id)
    response = officer.get(costs_url(application_id))
    assert response.status_code == 200, response.text
    costs = response.json()
    assert costs["items"] == ITEMS
    assert costs["contract_months"] == 36 and costs["vacancy_id"] == vacancy_id
    assert costs["totals"] == [
        {"payer": "worker", "currency": "IDR", "amount": 720_000},
        {"payer": "worker", "currency": "KRW", "amount": 50_000},
        {"payer": "employer", "currency": "KRW", "amount": 350_000},
        {"payer": "government", "currency": "IDR", "amount": 5_000_000},
    ]
    assert costs["worker_total_idr"] == 720_000
    assert costs["worker_other_currencies"] == [
        {"payer": "worker", "currency": "KRW", "amount": 50_000}
    ]
    assert costs["zero_cost_occupation"] is False and costs["zero_cost_to_worker"] is False
    assert costs["legal_basis"] is None


def test_zero_cost_occupation_names_its_legal_basis(officer: TestClient, session: Session) -> None:
    agency_id = add_agency(session)
    items = [{"item": "agency_fee", "amount": 9_000_000, "currency": "IDR", "payer": "employer"}]
    vacancy_id = add_job_order(
        session, agency_id, "JO-1", sector="agriculture", isco_code="9211", cost_items=items
    )
    application_id = add_application(session, add_applicant(session, 1), vacancy_id)
    costs = officer.get(costs_url(application_id)).json()
    assert costs["zero_cost_occupation"] is True and costs["zero_cost_to_worker"] is True
    assert "9/2020" in costs["legal_basis"]
    assert costs["worker_total_idr"] == 0 and costs["worker_other_currencies"] == []


def test_who_sees_the_costs(client: TestClient, session: Session) -> None:
    """The applicant owner, officers and the owning agency; anyone else gets a 404."""
    headers, applicant_id = applicant_headers(client, 1)
    other_headers, other_id = applicant_headers(client, 2)
    owner = add_agency(session, "PT Owner")
    other_agency = add_agency(session, "PT Other")
    vacancy_id = add_job_order(session, owner, "JO-1", cost_items=ITEMS)
    application_id = add_application(session, applicant_id, vacancy_id)
    scopes = ["applications:read"]
    owner_headers = bearer(client_token(client, session, _partner(session, owner), scopes))
    foreign_headers = bearer(client_token(client, session, _partner(session, other_agency), scopes))
    assert client.get(costs_url(application_id), headers=headers).status_code == 200
    assert client.get(costs_url(application_id), headers=owner_headers).status_code == 200
    assert_problem(client.get(costs_url(application_id), headers=other_headers), 404, "not_found")
    assert_problem(client.get(costs_url(application_id), headers=foreign_headers), 404, "not_found")
    assert_problem(client.get(costs_url(4242), headers=headers), 404, "not_found")
    assert other_id != applicant_id


def _partner(session: Session, partner_id: int) -> Partner:
    partner = session.get(Partner, partner_id)
    assert partner is not None
    return partner


# -- the zero-cost rule on every write path ----------------------------------------------------

CARE: dict[str, Any] = {
    "country": "JP",
    "scheme": "jp_ssw",
    "sector": "caregiving",
    "isco_code": "5322",
    "currency": "JPY",
    "language": "ja",
    "min_language_score": None,
    "min_language_level": "N4",
    "required_certificates": [],
}
EMPLOYER_PAID = [
    {"item": "bpjs", "amount": 370_000, "payer": "government"},
    {"item": "visa", "amount": 1_500_000, "payer": "employer"},
]
# A worker-paid placement (agency) fee, and any other worker-paid item.
WORKER_CHARGES = [
    {"item": "agency_fee", "amount": 15_000_000, "payer": "worker"},
    {"item": "medical", "amount": 1, "payer": "worker"},
]


def care_body(agency_id: int, **overrides: Any) -> dict[str, Any]:
    return vacancy_body(agency_id, **{**CARE, "cost_items": EMPLOYER_PAID, **overrides})


@pytest.mark.parametrize("charge", WORKER_CHARGES, ids=lambda c: c["item"])
def test_zero_cost_charge_refused_on_create(
    officer: TestClient, session: Session, charge: dict[str, Any]
) -> None:
    agency_id = add_agency(session)
    body = care_body(agency_id, cost_items=[*EMPLOYER_PAID, charge])
    problem = assert_problem(officer.post(URL, json=body), 422, "zero_cost_worker_charge")
    assert [e["field"] for e in problem["errors"]] == ["cost_items"]
    assert charge["item"] in problem["detail"]
    assert_nothing_written(session)


@pytest.mark.parametrize("charge", WORKER_CHARGES, ids=lambda c: c["item"])
def test_zero_cost_charge_refused_on_patch(
    officer: TestClient, session: Session, charge: dict[str, Any]
) -> None:
    agency_id = add_agency(session)
    vacancy = officer.post(URL, json=care_body(agency_id)).json()
    before = stored(session, vacancy["id"])
    response = officer.patch(
        f"{URL}/{vacancy['id']}", json={"cost_items": [*EMPLOYER_PAID, charge]}
    )
    assert_problem(response, 422, "zero_cost_worker_charge")
    assert stored(session, vacancy["id"]) == before and vacancy_audit_count(session) == 1
    # Turning a charging order into a zero-cost occupation is refused the same way.
    charging = officer.post(
        URL, json=vacancy_body(agency_id, external_id="JO-2", cost_items=[charge])
    ).json()
    before = stored(session, charging["id"])
    response = officer.patch(f"{URL}/{charging['id']}", json={"isco_code": "6223"})
    assert_problem(response, 422, "zero_cost_worker_charge")
    assert stored(session, charging["id"]) == before


@pytest.mark.parametrize("charge", WORKER_CHARGES, ids=lambda c: c["item"])
def test_zero_cost_charge_refused_in_batch(
    client: TestClient, session: Session, charge: dict[str, Any]
) -> None:
    agency_id = add_agency(session)
    scopes = ["vacancies:read", "vacancies:write"]
    headers = bearer(client_token(client, session, _partner(session, agency_id), scopes))

    def item(external_id: str, **overrides: Any) -> dict[str, Any]:
        body = care_body(agency_id, external_id=external_id, **overrides)
        del body["agency_id"]
        return body

    charged = [*EMPLOYER_PAID, charge]
    first = client.post(
        f"{URL}/batch",
        json={"items": [item("JO-OK"), item("JO-BAD", cost_items=charged)]},
        headers=headers,
    )
    assert first.status_code == 200, first.text
    results = first.json()["items"]
    assert [r["result"] for r in results] == ["created", "failed"]
    assert results[1]["problem"]["code"] == "zero_cost_worker_charge"
    assert {v.external_id for v in _vacancies(session)} == {"JO-OK"}
    # An update of the stored order that adds the charge is refused; the row stays as it was.
    before = stored(session, results[0]["id"])
    second = client.post(
        f"{URL}/batch", json={"items": [item("JO-OK", cost_items=charged)]}, headers=headers
    )
    assert second.json()["items"][0]["problem"]["code"] == "zero_cost_worker_charge"
    assert stored(session, results[0]["id"]) == before
    assert vacancy_audit_count(session) == 1


def _vacancies(session: Session) -> list[Vacancy]:
    from sqlmodel import select

    session.expire_all()
    return list(session.exec(select(Vacancy)))
