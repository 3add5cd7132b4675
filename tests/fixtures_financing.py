"""The world of the financing tests: a job order whose worker pays a large placement fee, an
application to it, two job seekers, an officer, an agency and a bank; and the calls."""

from dataclasses import dataclass
from typing import Any

from fastapi.testclient import TestClient
from sqlmodel import Session, func, select

from app.models.audit import AuditEntry
from app.models.financing import FinancingRequest, FinancingStateChange
from app.models.identity import Role
from tests.auth_helpers import applicant_headers, staff_headers
from tests.factories import add_application, add_job_order, assert_problem
from tests.fixtures_vacancies import add_agency

APPLICATIONS = "/api/v1/applications"
FINANCING = "/api/v1/financing"
SISKOP2MI_REF = "CPMI-3673-2026-000123"
NPWP = "01.234.567.8-901.000"  # a KUR PMI loan above Rp50 million needs one
# The job order's costs: the worker pays a large placement fee, so that the KUR PMI limits,
# not the worker's costs, decide the boundary cases.
COSTS = [
    {"item": "agency_fee", "amount": 120_000_000, "currency": "IDR", "payer": "worker"},
    {"item": "bpjs", "amount": 370_000, "currency": "IDR", "payer": "worker"},
    {"item": "visa", "amount": 1_500_000, "currency": "IDR", "payer": "employer"},
    {"item": "medical", "amount": 90_000, "currency": "KRW", "payer": "worker"},
]


@dataclass
class Setup:
    applicant: dict[str, str]
    other: dict[str, str]
    officer: dict[str, str]
    application_id: int
    vacancy_id: int
    bank_id: int
    agency_id: int
    applicant_id: int


def make_setup(client: TestClient, session: Session) -> Setup:
    """Two job seekers, an officer, an agency's job order with large worker-paid costs, and
    a bank."""
    headers, applicant_id = applicant_headers(client, 1)
    other, _ = applicant_headers(client, 2)
    agency_id = add_agency(session, "PT One Asia")
    bank_id = add_agency(session, "Bank Rakyat Serang", kind="financier")
    vacancy_id = add_job_order(session, agency_id, "JO-1", cost_items=COSTS, contract_months=48)
    return Setup(
        applicant=headers,
        other=other,
        officer=staff_headers(client, session, Role.officer),
        application_id=add_application(session, applicant_id, vacancy_id),
        vacancy_id=vacancy_id,
        bank_id=bank_id,
        agency_id=agency_id,
        applicant_id=applicant_id,
    )


def kur(s: Setup, **overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "kind": "kur_pmi",
        "lender_id": s.bank_id,
        "amount": 25_000_000,
        "term_months": 24,
        "purpose": "Biaya penempatan ke Korea",
        "siskop2mi_ref": SISKOP2MI_REF,
    }
    body.update(overrides)
    return body


def create(client: TestClient, s: Setup, body: dict[str, Any], **kwargs: Any) -> Any:
    headers = kwargs.pop("headers", s.applicant)
    application_id = kwargs.pop("application_id", s.application_id)
    return client.post(
        f"{APPLICATIONS}/{application_id}/financing", json=body, headers=headers, **kwargs
    )


def counts(session: Session) -> tuple[int, int, int]:
    session.expire_all()

    def count(model: Any) -> int:
        return int(session.exec(select(func.count()).select_from(model)).one())

    return count(FinancingRequest), count(FinancingStateChange), count(AuditEntry)


def refused(
    client: TestClient, session: Session, s: Setup, body: dict[str, Any], code: str, field: str
) -> dict[str, Any]:
    before = counts(session)
    problem = assert_problem(create(client, s, body), 422, code)
    assert field in [e["field"] for e in problem["errors"]], problem
    assert counts(session) == before
    return problem


WITH_REASON = {"rejected", "cancelled"}


def move(client: TestClient, headers: dict[str, str], request_id: int, to_state: str) -> Any:
    body: dict[str, Any] = {"to_state": to_state}
    if to_state in WITH_REASON:
        body["reason"] = "Dokumen belum lengkap"
    return client.post(f"{FINANCING}/{request_id}/transitions", json=body, headers=headers)
