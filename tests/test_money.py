"""Money: every amount is an integer in whole units of the ISO 4217 currency next to it
(app/models/money.py), stated on every amount field of the contract; a currency whose minor
unit is in use (USD, EUR) is taken in whole units, and a fractional amount is refused."""

import re
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlmodel import Session

from app.models.money import NO_MINOR_UNITS
from tests.factories import add_applicant, add_application, assert_problem
from tests.fixtures_vacancies import (
    URL,
    add_agency,
    assert_nothing_written,
    private_body,
    stored,
    vacancy_audit_count,
)
from tests.test_sync import agency, order, outcomes, upsert

MONEY_NAME = re.compile(r"amount|salary|cost|instal|price|fee|_idr$")
# The amounts the contract has today; a new one is checked as well, as the walk finds it.
KNOWN = {
    ("CostItem", "amount"),
    ("VacancyCreate", "salary_min"),
    ("VacancyCreate", "salary_max"),
    ("VacancyUpdate", "salary_min"),
    ("VacancyUpdate", "salary_max"),
    ("VacancyRead", "salary_min"),
    ("VacancyRead", "salary_max"),
    ("ProgrammePut", "cost_amount"),
    ("ProgrammeRead", "cost_amount"),
    ("FinancingCreate", "amount"),
    ("FinancingRead", "amount"),
    ("FinancingRead", "monthly_instalment"),
    ("PayerTotal", "amount"),
    ("ApplicationCosts", "worker_total_idr"),
}


def integer_money_fields(document: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    """Every integer property named like money, in every schema, with its schema."""
    found = {}
    for name, schema in document["components"]["schemas"].items():
        for prop, spec in (schema.get("properties") or {}).items():
            kinds = {spec.get("type")} | {s.get("type") for s in spec.get("anyOf", [])}
            if "integer" in kinds and MONEY_NAME.search(prop):
                found[(name, prop)] = schema
    return found


def test_every_amount_field_states_its_unit_and_currency(app: FastAPI) -> None:
    document = app.openapi()
    found = integer_money_fields(document)
    assert set(found) >= KNOWN
    for (name, prop), schema in found.items():
        description = schema["properties"][prop].get("description", "")
        assert "in whole units of" in description and NO_MINOR_UNITS in description, (name, prop)
        # The currency is a field beside the amount, or named in the description.
        if "`currency`" in description:
            assert "currency" in schema["properties"], (name, prop)
        else:
            assert re.search(r"in whole units of [A-Z]{3}\b", description), (name, prop)
    # The convention is also in the API's own description.
    assert "whole units" in document["info"]["description"]


@pytest.fixture
def agency_id(session: Session, officer: TestClient) -> int:
    return add_agency(session)


def euro_order(agency_id: int, **overrides: Any) -> dict[str, Any]:
    """A care order for Germany, paid in euros: a currency with cents."""
    values: dict[str, Any] = {
        "country": "DE",
        "currency": "EUR",
        "salary_min": 2_800,
        "salary_max": 3_200,
        "cost_items": [
            {"item": "bpjs", "amount": 370_000, "payer": "worker"},
            {"item": "visa", "amount": 75, "currency": "EUR", "payer": "worker"},
            {"item": "travel", "amount": 900, "currency": "USD", "payer": "employer"},
        ],
    }
    return private_body(agency_id, **(values | overrides))


def test_currency_with_cents_is_taken_in_whole_units(
    officer: TestClient, session: Session, agency_id: int
) -> None:
    created = officer.post(URL, json=euro_order(agency_id))
    assert created.status_code == 201, created.text
    vacancy = created.json()
    # 2800 EUR is 2,800 euros, not 28.00: the number is stored and returned as sent.
    assert (vacancy["salary_min"], vacancy["salary_max"], vacancy["currency"]) == (
        2_800,
        3_200,
        "EUR",
    )
    assert [(c["amount"], c["currency"]) for c in vacancy["cost_items"]] == [
        (370_000, "IDR"),
        (75, "EUR"),
        (900, "USD"),
    ]
    # The costs a lender reads keep each currency's whole units, never converted.
    application_id = add_application(session, add_applicant(session, 1), vacancy["id"])
    costs = officer.get(f"/api/v1/applications/{application_id}/costs").json()
    assert costs["worker_total_idr"] == 370_000
    assert costs["worker_other_currencies"] == [
        {"payer": "worker", "currency": "EUR", "amount": 75}
    ]


FRACTIONAL = [
    ({"salary_min": 2_800.5}, "salary_min"),
    ({"salary_max": 3_200.25}, "salary_max"),
    (
        {"cost_items": [{"item": "visa", "amount": 75.5, "currency": "EUR", "payer": "worker"}]},
        "cost_items.0.amount",
    ),
]


@pytest.mark.parametrize(("change", "field"), FRACTIONAL)
def test_fractional_amount_refused_on_create_and_patch(
    officer: TestClient, session: Session, agency_id: int, change: dict[str, Any], field: str
) -> None:
    problem = assert_problem(
        officer.post(URL, json=euro_order(agency_id, **change)), 422, "validation_failed"
    )
    assert [e["field"] for e in problem["errors"]] == [field]
    assert_nothing_written(session)
    vacancy = officer.post(URL, json=euro_order(agency_id)).json()
    before = stored(session, vacancy["id"])
    response = officer.patch(f"{URL}/{vacancy['id']}", json=change)
    problem = assert_problem(response, 422, "validation_failed")
    assert [e["field"] for e in problem["errors"]] == [field]
    assert stored(session, vacancy["id"]) == before
    assert vacancy_audit_count(session) == 1


def test_fractional_amount_fails_its_batch_item_only(client: TestClient, session: Session) -> None:
    _, headers = agency(client, session, "PT One Asia")
    items = [
        order("EUR-1", country="DE", currency="EUR", salary_min=2_800, salary_max=3_200),
        order("EUR-2", country="DE", currency="EUR", salary_min=2_800.5, salary_max=3_200),
    ]
    results = upsert(client, headers, items)
    assert outcomes(results) == ["created", "failed"]
    problem = results[1]["problem"]
    assert problem["code"] == "validation_failed"
    assert [e["field"] for e in problem["errors"]] == ["salary_min"]
    assert vacancy_audit_count(session) == 1
