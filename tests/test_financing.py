"""Financing requests: the KUR PMI limits at their boundaries, the lender, the worker's costs,
the instalment, who may make each state move, who sees which request; a refused request
writes nothing."""

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session, col, select

from app.models.audit import AuditEntry
from app.models.financing import FinancingRequest
from app.models.vacancy import Vacancy
from app.services.financing.rules import monthly_instalment, required_documents
from tests.factories import add_application, add_job_order, assert_problem
from tests.fixtures_documents import add_document
from tests.fixtures_financing import (
    APPLICATIONS,
    COSTS,
    FINANCING,
    NPWP,
    Setup,
    counts,
    create,
    kur,
    make_setup,
    move,
    refused,
)
from tests.fixtures_vacancies import add_agency


@pytest.fixture
def s(client: TestClient, session: Session) -> Setup:
    return make_setup(client, session)


# -- the KUR PMI limits --------------------------------------------------------------------------


def test_kur_amount_limit_boundary(client: TestClient, session: Session, s: Setup) -> None:
    created = create(client, s, kur(s, amount=100_000_000, npwp=NPWP))
    assert created.status_code == 201, created.text
    assert created.json()["amount"] == 100_000_000 and created.json()["state"] == "draft"
    over = kur(s, amount=100_000_001, npwp=NPWP)
    problem = refused(client, session, s, over, "financing_kur_amount_above_limit", "amount")
    assert "100,000,000" in problem["detail"] and "100,000,001" in problem["detail"]
    indonesian = create(client, s, over, headers=s.applicant | {"Accept-Language": "id"})
    assert "Rp100.000.000" in indonesian.json()["detail"]
    assert indonesian.json()["title"] == "Melebihi batas KUR PMI"


def test_kur_term_limit_boundary(client: TestClient, session: Session, s: Setup) -> None:
    created = create(client, s, kur(s, term_months=36))
    assert created.status_code == 201, created.text
    # The contract is 48 months: only the KUR PMI limit refuses 37.
    refused(
        client, session, s, kur(s, term_months=37), "financing_kur_term_above_limit", "term_months"
    )


@pytest.mark.parametrize("kind", ["kur_pmi", "agency"])
def test_term_within_the_contract(
    client: TestClient, session: Session, s: Setup, kind: str
) -> None:
    session.get(Vacancy, s.vacancy_id).contract_months = 24  # type: ignore[union-attr]
    session.commit()
    lender = s.bank_id if kind == "kur_pmi" else s.agency_id
    created = create(client, s, kur(s, kind=kind, lender_id=lender, term_months=24))
    assert created.status_code == 201, created.text
    problem = refused(
        client,
        session,
        s,
        kur(s, kind=kind, lender_id=lender, term_months=25),
        "financing_term_beyond_contract",
        "term_months",
    )
    assert "25" in problem["errors"][0]["message"] and "24" in problem["errors"][0]["message"]


@pytest.mark.parametrize("amount", [0, -1])
def test_amount_must_be_positive(
    client: TestClient, session: Session, s: Setup, amount: int
) -> None:
    refused(client, session, s, kur(s, amount=amount), "financing_amount_not_positive", "amount")


def test_kur_term_and_rate(client: TestClient, session: Session, s: Setup) -> None:
    body = kur(s)
    del body["term_months"]
    refused(client, session, s, body, "financing_term_required", "term_months")
    refused(
        client,
        session,
        s,
        kur(s, annual_rate_bp=700),
        "financing_kur_rate_above_limit",
        "annual_rate_bp",
    )
    stated = create(client, s, kur(s, annual_rate_bp=600))
    assert stated.status_code == 201 and stated.json()["annual_rate_bp"] == 600
    implied = create(client, s, kur(s)).json()
    assert implied["annual_rate_bp"] == 600


def test_kur_needs_a_financier(client: TestClient, session: Session, s: Setup) -> None:
    refused(client, session, s, kur(s, lender_id=None), "financing_lender_required", "lender_id")
    refused(
        client, session, s, kur(s, lender_id=s.agency_id), "financing_lender_invalid", "lender_id"
    )
    refused(client, session, s, kur(s, lender_id=4242), "financing_lender_invalid", "lender_id")
    archived = add_agency(session, "Bank Lama", kind="financier", status="archived")
    refused(client, session, s, kur(s, lender_id=archived), "financing_lender_invalid", "lender_id")
    baznas = {"kind": "baznas_upz", "amount": 370_000}
    refused(client, session, s, baznas, "financing_lender_required", "lender_id")
    # Agency and government schemes may leave the lender out.
    assert create(client, s, {"kind": "government", "amount": 370_000}).status_code == 201


def test_every_error_at_once(client: TestClient, session: Session, s: Setup) -> None:
    body = kur(s, lender_id=None, amount=100_000_001, term_months=60)
    problem = refused(client, session, s, body, "financing_lender_required", "lender_id")
    assert [e["code"] for e in problem["errors"]] == [
        "financing_lender_required",
        "financing_kur_amount_above_limit",
        "financing_kur_term_above_limit",
        "financing_term_beyond_contract",
        "financing_kur_npwp_required",
    ]


def test_amount_at_most_the_worker_costs_covered(
    client: TestClient, session: Session, s: Setup
) -> None:
    bpjs = {"kind": "baznas_upz", "lender_id": s.bank_id, "covers": ["bpjs"]}
    assert create(client, s, bpjs | {"amount": 370_000}).status_code == 201
    problem = refused(
        client, session, s, bpjs | {"amount": 370_001}, "financing_amount_above_costs", "amount"
    )
    assert "/costs" in problem["detail"]
    refused(
        client,
        session,
        s,
        bpjs | {"amount": 1, "covers": ["visa"]},  # the employer pays the visa
        "financing_cover_not_worker_paid",
        "covers",
    )
    # Without `covers`, every worker-paid item in rupiah counts (not the KRW medical check).
    everything = {"kind": "agency", "amount": 120_370_000}
    assert create(client, s, everything).status_code == 201
    refused(
        client,
        session,
        s,
        everything | {"amount": 120_370_001},
        "financing_amount_above_costs",
        "amount",
    )


def test_zero_cost_job_leaves_nothing_to_finance(
    client: TestClient, session: Session, s: Setup
) -> None:
    free = add_job_order(
        session,
        s.agency_id,
        "JO-FREE",
        sector="agriculture",
        cost_items=[{"item": "visa", "amount": 1, "currency": "IDR", "payer": "employer"}],
    )
    application_id = add_application(session, s.applicant_id, free)
    before = counts(session)
    response = create(client, s, {"kind": "government", "amount": 1}, application_id=application_id)
    assert_problem(response, 422, "financing_amount_above_costs")
    assert counts(session) == before


def test_closed_application_is_not_financed(client: TestClient, session: Session, s: Setup) -> None:
    withdrawn = add_job_order(session, s.agency_id, "JO-2", cost_items=COSTS)
    application_id = add_application(session, s.applicant_id, withdrawn, "withdrawn")
    before = counts(session)
    response = create(client, s, kur(s), application_id=application_id)
    assert_problem(response, 409, "financing_application_closed")
    assert counts(session) == before


def test_schema_errors_write_nothing(client: TestClient, session: Session, s: Setup) -> None:
    before = counts(session)
    for body in (kur(s, bank="BRI"), kur(s, kind="pawnshop"), kur(s, term_months=0), {}):
        assert_problem(create(client, s, body), 422, "validation_failed")
    assert counts(session) == before


# -- instalment and documents --------------------------------------------------------------------


def test_instalment_against_a_hand_computation() -> None:
    # A = P r / (1 - (1 + r)^-n), r = 6% / 12 = 0.005:
    # Rp100,000,000 over 36 months: 500,000 / (1 - 1.005^-36) = 3,042,193.745... -> 3,042,194.
    assert monthly_instalment(100_000_000, 36, 600) == 3_042_194
    # Rp20,000,000 over 24 months: 100,000 / (1 - 1.005^-24) = 886,412.205... -> 886,412.
    assert monthly_instalment(20_000_000, 24, 600) == 886_412
    assert monthly_instalment(12_000_000, 24, 0) == 500_000  # no interest: equal parts
    assert monthly_instalment(12_000_000, None, None) is None  # support, not repaid


def test_read_shows_instalment_and_documents(
    client: TestClient, session: Session, s: Setup
) -> None:
    # The application holds a verified placement agreement and an unverified contract.
    add_document(session, s.application_id, "placement_agreement")
    add_document(session, s.application_id, "employment_contract", verification="unverified")
    loan = create(client, s, kur(s, amount=100_000_000, term_months=36, npwp=NPWP)).json()
    assert loan["monthly_instalment"] == 3_042_194 and loan["currency"] == "IDR"
    kinds = [d["kind"] for d in loan["required_documents"]]
    assert kinds == required_documents("kur_pmi")
    assert {"placement_agreement", "employment_contract", "ktp", "family_card"} <= set(kinds)
    held = {d["kind"]: (d["present"], d["verified"]) for d in loan["required_documents"]}
    assert held["placement_agreement"] == (True, True)
    assert held["employment_contract"] == (True, False)
    assert held["ktp"] == (False, False)
    baznas = create(client, s, {"kind": "baznas_upz", "lender_id": s.bank_id, "amount": 370_000})
    untracked = {d["kind"]: d for d in baznas.json()["required_documents"]}
    assert untracked["low_income_statement"]["present"] is None
    support = create(client, s, {"kind": "baznas_upz", "lender_id": s.bank_id, "amount": 370_000})
    assert support.json()["monthly_instalment"] is None
    assert support.json()["allowed_next_states"] == ["submitted", "cancelled"]


# -- state moves ---------------------------------------------------------------------------------

# The legal moves and who may make each, written out independently of the service's tables.
LEGAL = {
    "draft": ["submitted", "cancelled"],
    "submitted": ["approved", "rejected", "cancelled"],
    "approved": ["disbursed"],
    "disbursed": ["repaid"],
    "rejected": [],
    "repaid": [],
    "cancelled": [],
}
MOVERS = {
    "submitted": {"applicant", "officer"},
    "cancelled": {"applicant", "officer"},
    "approved": {"officer"},
    "rejected": {"officer"},
    "disbursed": {"officer"},
    "repaid": {"officer"},
    "draft": set(),
}
PATH = {
    "draft": [],
    "submitted": ["submitted"],
    "approved": ["submitted", "approved"],
    "rejected": ["submitted", "rejected"],
    "disbursed": ["submitted", "approved", "disbursed"],
    "repaid": ["submitted", "approved", "disbursed", "repaid"],
    "cancelled": ["cancelled"],
}


def test_each_move_allowed_and_refused_per_actor(
    client: TestClient, session: Session, s: Setup
) -> None:
    actors = {"applicant": s.applicant, "officer": s.officer}
    for start, path in PATH.items():
        for target in LEGAL:
            for actor, headers in actors.items():
                request_id = create(client, s, kur(s)).json()["id"]
                for step in path:
                    assert move(client, s.officer, request_id, step).status_code == 200
                before = counts(session)
                response = move(client, headers, request_id, target)
                case = (start, target, actor)
                if target not in LEGAL[start]:
                    problem = assert_problem(response, 409, "financing_transition_not_allowed")
                    assert problem["allowed_next_states"] == LEGAL[start], case
                elif actor not in MOVERS[target]:
                    assert_problem(response, 403, "financing_actor_not_allowed")
                else:
                    assert response.status_code == 200, (case, response.text)
                    read = response.json()
                    assert read["state"] == target and read["allowed_next_states"] == LEGAL[target]
                    assert [h["to_state"] for h in read["history"]] == ["draft", *path, target]
                    assert counts(session)[1:] == (before[1] + 1, before[2] + 1), case
                    continue
                assert counts(session) == before, case


def test_reason_rules(client: TestClient, session: Session, s: Setup) -> None:
    request_id = create(client, s, kur(s)).json()["id"]
    url = f"{FINANCING}/{request_id}/transitions"
    before = counts(session)
    response = client.post(url, json={"to_state": "cancelled"}, headers=s.applicant)
    assert_problem(response, 422, "financing_reason_required")
    response = client.post(
        url, json={"to_state": "submitted", "reason": "Segera"}, headers=s.applicant
    )
    assert_problem(response, 422, "financing_reason_not_used")
    assert counts(session) == before
    cancelled = client.post(
        url, json={"to_state": "cancelled", "reason": "Dibiayai keluarga"}, headers=s.applicant
    )
    assert cancelled.json()["reason"] == "Dibiayai keluarga"


def test_support_that_is_not_repaid_ends_at_disbursed(client: TestClient, s: Setup) -> None:
    body = {"kind": "baznas_upz", "lender_id": s.bank_id, "amount": 370_000}
    request_id = create(client, s, body).json()["id"]
    for step in ("submitted", "approved", "disbursed"):
        read = move(client, s.officer, request_id, step).json()
    assert read["allowed_next_states"] == []
    problem = assert_problem(
        move(client, s.officer, request_id, "repaid"), 409, "financing_transition_not_allowed"
    )
    assert problem["allowed_next_states"] == []


def test_submitting_checks_the_job_order_again(
    client: TestClient, session: Session, s: Setup
) -> None:
    request_id = create(client, s, kur(s, term_months=36)).json()["id"]
    session.get(Vacancy, s.vacancy_id).contract_months = 24  # type: ignore[union-attr]
    session.commit()
    before = counts(session)
    response = move(client, s.applicant, request_id, "submitted")
    assert_problem(response, 422, "financing_term_beyond_contract")
    assert counts(session) == before
    session.expire_all()
    assert session.get(FinancingRequest, request_id).state == "draft"  # type: ignore[union-attr]


# -- who sees what, lists, audit -----------------------------------------------------------------


def test_requests_are_the_applicant_own(client: TestClient, session: Session, s: Setup) -> None:
    request_id = create(client, s, kur(s)).json()["id"]
    before = counts(session)
    assert_problem(create(client, s, kur(s), headers=s.other), 404, "not_found")
    assert_problem(client.get(f"{FINANCING}/{request_id}", headers=s.other), 404, "not_found")
    listed = client.get(f"{APPLICATIONS}/{s.application_id}/financing", headers=s.other)
    assert_problem(listed, 404, "not_found")
    assert_problem(move(client, s.other, request_id, "cancelled"), 404, "not_found")
    assert counts(session) == before
    assert client.get(f"{FINANCING}/{request_id}", headers=s.applicant).status_code == 200
    own = client.get(f"{APPLICATIONS}/{s.application_id}/financing", headers=s.applicant)
    assert [r["id"] for r in own.json()] == [request_id]
    assert_problem(client.get(f"{FINANCING}/4242", headers=s.officer), 404, "not_found")


def test_officer_files_and_lists(client: TestClient, s: Setup) -> None:
    filed = create(client, s, kur(s), headers=s.officer).json()
    assert filed["created_by"].startswith("user:") and filed["applicant_id"] == s.applicant_id
    support = create(client, s, {"kind": "government", "amount": 370_000}).json()
    move(client, s.officer, support["id"], "submitted")
    everything = client.get(FINANCING, headers=s.officer).json()
    assert [r["id"] for r in everything["items"]] == [filed["id"], support["id"]]
    by_state = client.get(FINANCING, params={"state": "submitted"}, headers=s.officer).json()
    assert [r["id"] for r in by_state["items"]] == [support["id"]]
    by_kind = client.get(FINANCING, params={"kind": "kur_pmi"}, headers=s.officer).json()
    assert [r["id"] for r in by_kind["items"]] == [filed["id"]]
    by_lender = client.get(FINANCING, params={"lender_id": s.bank_id}, headers=s.officer).json()
    assert [r["id"] for r in by_lender["items"]] == [filed["id"]]
    page = client.get(FINANCING, params={"limit": 1}, headers=s.officer).json()
    assert len(page["items"]) == 1 and page["next_cursor"]
    assert_problem(client.get(FINANCING, headers=s.applicant), 403, "staff_only")


def test_every_write_is_audited(client: TestClient, session: Session, s: Setup) -> None:
    request_id = create(client, s, kur(s)).json()["id"]
    move(client, s.applicant, request_id, "submitted")
    move(client, s.officer, request_id, "approved")
    session.expire_all()
    entries = session.exec(
        select(AuditEntry)
        .where(col(AuditEntry.entity) == "financing_request")
        .order_by(col(AuditEntry.id))
    ).all()
    assert [(e.action, e.entity_id) for e in entries] == [
        ("create", request_id),
        ("transition", request_id),
        ("transition", request_id),
    ]
