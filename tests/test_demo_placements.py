"""The demo placements at the documents stage show the health and police documents as the API
judges them, and the demo KUR PMI loan carries an NPWP and a SISKOP2MI reference and meets
the financing rules."""

from collections import Counter
from datetime import date, timedelta
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlmodel import Session, col, select

from app.demo.data import DemoSummary, load_demo_data
from app.demo.placements import DEMO_SCAN, LOAN_SISKOP2MI_REF
from app.models import Applicant, Application, Partner, Vacancy
from app.models.document import ApplicationDocument
from app.models.financing import FinancingRequest
from app.services.financing.rules import check_request

APPLICATIONS = "/api/v1/applications"
TODAY = date.today()


@pytest.fixture
def demo(app: FastAPI, session: Session) -> DemoSummary:
    return load_demo_data(session, store=app.state.document_store)


def placement_of(session: Session, applicant: Applicant) -> Application:
    return session.exec(
        select(Application).where(
            Application.applicant_id == applicant.id, Application.stage == "documents"
        )
    ).one()


def checklist(api: TestClient, application_id: int, **headers: str) -> dict[str, Any]:
    response = api.get(f"{APPLICATIONS}/{application_id}/documents", headers=headers)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def depart(officer: TestClient, application_id: int) -> Any:
    url = f"{APPLICATIONS}/{application_id}/transitions"
    return officer.post(url, json={"to_stage": "departed"})


def people(session: Session) -> dict[str, Applicant]:
    """The people placed at the documents stage."""
    placed = session.exec(
        select(Application.applicant_id).where(Application.stage == "documents")
    ).all()
    rows = session.exec(select(Applicant).where(col(Applicant.id).in_(placed))).all()
    return {p.full_name: p for p in rows}


def test_summary_counts_the_placements(session: Session, demo: DemoSummary) -> None:
    assert (demo.placements, demo.financing_requests) == (3, 1)
    assert demo.documents == 13 + 13 + 14  # no orientation yet; no pregnancy test for him
    stages = Counter(a.stage for a in session.exec(select(Application)).all())
    # Beside the demo job seeker's own applications (app/demo/showcase.py).
    assert stages == {"documents": 3, "interviewed": 1, "matched": 1, "withdrawn": 1}
    # Each selection used one opening of its job order.
    orders = session.exec(select(Vacancy).where(col(Vacancy.filled) > 0)).all()
    assert sorted(v.filled for v in orders) == [1, 1, 1]


def the_woman_to_korea(session: Session) -> Applicant:
    """The placement with the KUR PMI loan: a woman to Korea."""
    request = session.exec(select(FinancingRequest)).one()
    applicant = session.get(Applicant, request.applicant_id)
    assert applicant is not None and applicant.sex == "F"
    return applicant


def test_her_pregnancy_test_was_issued_too_early(
    officer: TestClient, session: Session, demo: DemoSummary
) -> None:
    application = placement_of(session, the_woman_to_korea(session))
    order = session.get(Vacancy, application.vacancy_id)
    assert order is not None and order.country == "KR"
    body = checklist(officer, application.id or 0)
    items = {item["kind"]: item for item in body["items"]}
    assert {"pregnancy_test", "police_certificate", "health_certificate"} <= set(items)
    test = items["pregnancy_test"]
    assert test["state"] == "issued_too_early"
    issued = date.fromisoformat(test["document"]["issued_on"])
    assert test["no_longer_counts_from"] == (issued + timedelta(days=8)).isoformat()
    assert items["health_certificate"]["state"] == "verified"
    assert items["police_certificate"]["state"] == "verified"
    assert items["orientation_certificate"]["state"] == "missing"
    assert not body["departure_ready"]
    download = officer.get(f"{APPLICATIONS}/{application.id}/documents/police_certificate/file")
    assert download.status_code == 200 and download.content == DEMO_SCAN


def test_the_man_waits_for_his_police_certificate_and_has_no_pregnancy_test(
    officer: TestClient, session: Session, demo: DemoSummary
) -> None:
    men = [p for p in people(session).values() if p.sex == "M"]
    assert len(men) == 1
    application = placement_of(session, men[0])
    items = {i["kind"]: i for i in checklist(officer, application.id or 0)["items"]}
    assert "pregnancy_test" not in items
    assert items["police_certificate"]["state"] == "unverified"
    blocking = [b for b in items.values() if b["state"] != "verified"]
    assert [b["kind"] for b in blocking] == ["police_certificate"]
    refused = depart(officer, application.id or 0)
    assert refused.status_code == 409
    assert refused.json()["blocking"] == [{"kind": "police_certificate", "state": "unverified"}]
    # The demo agency (PT One Asia) owns his job order.
    order = session.get(Vacancy, application.vacancy_id)
    agency = session.get(Partner, order.agency_id if order else 0)
    assert agency is not None and agency.name == "PT One Asia"


def test_the_woman_to_japan_may_depart(
    officer: TestClient, session: Session, demo: DemoSummary
) -> None:
    placements = {
        a.vacancy_id: a
        for a in session.exec(select(Application).where(Application.stage == "documents")).all()
    }
    japan = session.exec(
        select(Vacancy).where(col(Vacancy.id).in_(placements), Vacancy.country == "JP")
    ).one()
    application = placements[japan.id or 0]
    body = checklist(officer, application.id or 0)
    assert {i["state"] for i in body["items"]} == {"verified"}
    assert body["departure_ready"]
    assert "pregnancy_test" in {i["kind"] for i in body["items"]}
    assert depart(officer, application.id or 0).status_code == 200


def test_the_kur_loan_has_npwp_and_siskop2mi_and_meets_the_rules(
    officer: TestClient, session: Session, demo: DemoSummary
) -> None:
    request = session.exec(select(FinancingRequest)).one()
    read = officer.get(f"/api/v1/financing/{request.id}")
    assert read.status_code == 200, read.text
    loan = read.json()
    applicant = session.get(Applicant, request.applicant_id)
    assert applicant is not None
    assert (loan["kind"], loan["state"]) == ("kur_pmi", "approved")
    assert loan["npwp"] == applicant.nik and len(loan["npwp"]) == 16
    assert loan["siskop2mi_ref"] == LOAN_SISKOP2MI_REF
    assert loan["annual_rate_bp"] <= 600 and loan["allowed_next_states"] == ["disbursed"]
    assert [h["to_state"] for h in loan["history"]] == ["draft", "submitted", "approved"]
    application = session.get(Application, request.application_id)
    assert application is not None and application.applicant_id == applicant.id
    vacancy = session.get(Vacancy, application.vacancy_id)
    lender = session.get(Partner, request.lender_id)
    assert vacancy is not None and lender is not None and "BJB" in lender.name
    assert check_request(request, vacancy, lender) == []
    documents = session.exec(
        select(ApplicationDocument).where(ApplicationDocument.application_id == application.id)
    ).all()
    assert {d.kind for d in documents} >= {"placement_agreement", "employment_contract"}
