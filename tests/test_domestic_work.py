"""Formal sector only: a job order is domestic work by its sector or its ISCO-08 code, never
by the words of its title or occupation; refused the same way by a create, a PATCH and the
batch sync, with nothing written."""

from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session, select

from app.models.vacancy import Vacancy
from app.services.vacancies.rules import DOMESTIC_ISCO, domestic_work
from tests.factories import assert_problem
from tests.fixtures_vacancies import (
    URL,
    add_agency,
    assert_nothing_written,
    private_body,
    stored,
    vacancy_audit_count,
)
from tests.test_sync import agency, order, outcomes, upsert

# Domestic by code: the change to a formal order, and the field the refusal names.
DOMESTIC = [
    ({"sector": "domestic_work"}, "sector", "domestic_work"),
    ({"isco_code": "9111"}, "isco_code", "9111 (Domestic cleaners and helpers)"),
    ({"isco_code": "5152"}, "isco_code", "5152 (Domestic housekeepers)"),
    # Without an ISCO-08 code, the sector alone decides.
    ({"sector": "domestic_work", "isco_code": None}, "sector", "domestic_work"),
]

# Formal by code, whatever the words (the first five were refused when words were matched).
FORMAL = [
    {"title": "State-of-the-art welding technician", "sector": "manufacturing",
     "isco_code": "7212"},
    {"title": "Pembantu rumah tangga", "sector": "manufacturing", "isco_code": "8189"},
    {"title": "Lowongan ART Taiwan", "occupation": "PRT line operator"},
    {"occupation": "Domestic worker uniforms, machine operator"},
    {"title": "Housemaid uniforms sewing line", "isco_code": "8153"},
    # Unit groups that also work outside households (day-care centres, residential homes);
    # zero-cost occupations, so the worker pays nothing.
    {"sector": "caregiving", "isco_code": "5311", "title": "Child care worker, day-care centre",
     "cost_items": []},
    {"sector": "caregiving", "isco_code": "5322", "title": "Care worker, residential home",
     "cost_items": []},
    {"title": "Factory operator", "isco_code": None},
]  # fmt: skip


@pytest.fixture
def agency_id(session: Session, officer: TestClient) -> int:
    return add_agency(session)


def refused_as_domestic(response: Any, field: str, value: str) -> None:
    problem = assert_problem(response, 422, "domestic_work_refused")
    assert [e["field"] for e in problem["errors"]] == [field], problem
    assert f"{field} {value} is household work" in problem["detail"]


@pytest.mark.parametrize(("change", "field", "value"), DOMESTIC)
def test_create_refused_by_code(
    officer: TestClient,
    session: Session,
    agency_id: int,
    change: dict[str, Any],
    field: str,
    value: str,
) -> None:
    response = officer.post(URL, json=private_body(agency_id, **change))
    refused_as_domestic(response, field, value)
    assert_nothing_written(session)


@pytest.mark.parametrize("change", FORMAL)
def test_words_do_not_decide(officer: TestClient, agency_id: int, change: dict[str, Any]) -> None:
    response = officer.post(URL, json=private_body(agency_id, **change))
    assert response.status_code == 201, response.text
    assert response.json()["title"] == change.get("title", "Factory operator, Taichung")


def test_refusal_in_indonesian(officer: TestClient, session: Session, agency_id: int) -> None:
    response = officer.post(
        URL,
        json=private_body(agency_id, isco_code="9111"),
        headers={"Accept-Language": "id-ID,id;q=0.9,en;q=0.5"},
    )
    problem = assert_problem(response, 422, "domestic_work_refused")
    assert problem["title"] == "Pekerjaan rumah tangga tidak ditempatkan"
    assert "isco_code 9111 (Domestic cleaners and helpers) adalah" in problem["detail"]
    assert response.headers["content-language"] == "id"
    assert_nothing_written(session)


@pytest.mark.parametrize(("change", "field", "value"), DOMESTIC)
def test_patch_refused_by_code(
    officer: TestClient,
    session: Session,
    agency_id: int,
    change: dict[str, Any],
    field: str,
    value: str,
) -> None:
    vacancy = officer.post(URL, json=private_body(agency_id)).json()
    before = stored(session, vacancy["id"])
    response = officer.patch(f"{URL}/{vacancy['id']}", json=change)
    refused_as_domestic(response, field, value)
    assert stored(session, vacancy["id"]) == before
    assert vacancy_audit_count(session) == 1


def test_patch_of_a_title_alone_is_accepted(officer: TestClient, agency_id: int) -> None:
    vacancy = officer.post(URL, json=private_body(agency_id)).json()
    title = "Operator, bukan pembantu rumah tangga"
    response = officer.patch(f"{URL}/{vacancy['id']}", json={"title": title})
    assert response.status_code == 200, response.text
    assert (response.json()["title"], response.json()["version"]) == (title, 2)


def test_batch_refuses_by_code_and_writes_nothing_of_the_item(
    client: TestClient, session: Session
) -> None:
    _, headers = agency(client, session, "PT One Asia")
    assert outcomes(upsert(client, headers, [order("KEEP")])) == ["created"]
    kept = session.exec(select(Vacancy).where(Vacancy.external_id == "KEEP")).one()
    before, audits = stored(session, kept.id or 0), vacancy_audit_count(session)
    items = [
        order("NEW-SECTOR", sector="domestic_work"),
        order("NEW-ISCO", isco_code="9111"),
        {"external_id": "KEEP", "isco_code": "5152"},  # an update of a stored order
        order("NEW-WORDS", title="State-of-the-art welding technician", isco_code="7212"),
    ]
    results = upsert(client, headers, items)
    assert outcomes(results) == ["failed", "failed", "failed", "created"]
    for result, field in zip(results[:3], ("sector", "isco_code", "isco_code"), strict=True):
        problem = result["problem"]
        assert (problem["status"], problem["code"]) == (422, "domestic_work_refused")
        assert [e["field"] for e in problem["errors"]] == [field]
    session.expire_all()
    names = session.exec(select(Vacancy.external_id).order_by(Vacancy.external_id)).all()
    assert names == ["KEEP", "NEW-WORDS"]
    assert stored(session, kept.id or 0) == before
    assert vacancy_audit_count(session) == audits + 1


def test_rule_reads_codes_only() -> None:
    """The rule itself: sector first, then the ISCO-08 table; nothing else is read."""
    assert domestic_work("domestic_work", "7212") == ("sector", "domestic_work")
    assert domestic_work("manufacturing", None) is None
    for code, name in DOMESTIC_ISCO.items():
        assert domestic_work("services", code) == ("isco_code", f"{code} ({name})")
    # Unit groups that also work in institutions or businesses (ISCO-08) are not domestic.
    for code in ("5311", "5322", "5120", "8322", "6113", "9112"):
        assert domestic_work("services", code) is None
