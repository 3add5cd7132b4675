"""Every route of the app, called as each kind of caller, against a table of who may call it.

The table below is the access policy written out by hand. A route that is added without an
entry here fails `test_every_route_is_in_the_policy`, and every entry is called as each caller
with a valid request on the caller's own records: a caller the policy allows must get past
authorisation (2xx), one it refuses must get 401 (anonymous) or 403 and change nothing.
Isolation between owners (another applicant's record, another agency's job order: 404) is
proven in the resources' own tests.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient
from sqlalchemy import func, update
from sqlmodel import Session, SQLModel, col, select

from app.core.config import Settings
from app.core.security import TokenClaims, create_access_token, hash_password
from app.models.applicant import Applicant
from app.models.applicant_import import ApplicantImport
from app.models.application import Application
from app.models.base import utcnow
from app.models.financing import FinancingRequest
from app.models.identity import PartnerClient, Role, UserAccount
from app.models.matching_run import MatchingRun
from app.models.notification import Notification
from app.models.support import SupportCase
from app.models.training import Cohort, Enrolment
from app.models.verification import CodePurpose, VerificationCode
from app.models.webhook import WebhookEndpoint
from app.services.identity import codes
from tests.auth_helpers import STRONG_PASSWORD, bearer
from tests.factories import (
    add_application,
    add_programme,
    add_vacancy,
    applicant_body,
    mou_body,
    target_body,
)
from tests.fixtures_vacancies import add_agency, vacancy_body

ANON, APPLICANT, OFFICER, ADMIN, AGENCY, TRAINING = (
    "anonymous",
    "applicant",
    "officer",
    "admin",
    "agency",
    "training",
)

pytestmark = [pytest.mark.slow, pytest.mark.route_walk]  # the whole route table
CALLERS = (ANON, APPLICANT, OFFICER, ADMIN, AGENCY, TRAINING)
STAFF = {OFFICER, ADMIN}
PEOPLE = {APPLICANT, OFFICER, ADMIN}
EVERYONE = set(CALLERS)
AUTHENTICATED = EVERYONE - {ANON}
PASSWORD_HASH = hash_password(STRONG_PASSWORD)  # once: argon2 is slow on purpose


@dataclass
class World:
    """One record of each kind, owned by the applicant and the agency that call."""

    ids: dict[str, int | str]
    headers: dict[str, dict[str, str]]


Body = Callable[[World, str], dict[str, Any]] | None

credential = {
    "type": "jlpt",
    "level": "N4",
    "issuer": "Japan Foundation",
    "issued_on": "2025-12-07",
}

programme = {
    "subject": "Bahasa Jepang N4",
    "credential_type": "jlpt",
    "credential_level": "N4",
    "duration_weeks": 12,
    "location": "BBPVP Serang",
    "cost_amount": 0,
    "cost_payer": "government",
}

# "METHOD /path": (who may call it, the request body for a valid call)
POLICY: dict[str, tuple[set[str], Body]] = {
    "POST /api/v1/auth/register": (
        EVERYONE,
        lambda w, c: {
            "email": "new.seeker@example.com",
            "password": STRONG_PASSWORD,
            "applicant": applicant_body(serial=77, email="new.seeker@example.com"),
        },
    ),
    "POST /api/v1/auth/token": (EVERYONE, None),  # form body, see _call
    "POST /api/v1/auth/logout": (PEOPLE, lambda w, c: {}),
    "GET /api/v1/me": (AUTHENTICATED, None),
    "GET /api/v1/public/vacancies": (EVERYONE, None),
    "GET /api/v1/public/vacancies/{vacancy_id}": (EVERYONE, None),
    "POST /api/v1/auth/link/verify": ({APPLICANT}, lambda w, c: {"code": WALK_CODE}),
    "POST /api/v1/auth/link/resend": ({APPLICANT}, None),
    "POST /api/v1/auth/password-reset": (EVERYONE, lambda w, c: {"login": "seeker@walk.example"}),
    "POST /api/v1/auth/password-reset/confirm": (
        EVERYONE,
        lambda w, c: {
            "login": "seeker@walk.example",
            "code": WALK_CODE,
            "new_password": "Cilegon2027bekerja",
        },
    ),
    "POST /api/v1/me/contact-change/verify": (
        {APPLICANT},
        lambda w, c: {"kind": "phone", "code": WALK_CODE},
    ),
    "POST /api/v1/applicants/{applicant_id}/account-link": (
        STAFF,
        lambda w, c: {"account_id": w.ids["seeker_id"], "identity_checked": "ktp_seen"},
    ),
    "POST /api/v1/users": (
        {ADMIN},
        lambda w, c: {
            "email": "o2@serangkota.example",
            "full_name": "Officer Two",
            "password": "x",
        },
    ),
    "GET /api/v1/users": ({ADMIN}, None),
    "PATCH /api/v1/users/{user_id}": ({ADMIN}, lambda w, c: {"full_name": "Officer Satu"}),
    "POST /api/v1/partners/{partner_id}/clients": (
        {ADMIN},
        lambda w, c: {"name": "Agency sync", "scopes": ["vacancies:write"]},
    ),
    "GET /api/v1/partners/{partner_id}/clients": ({ADMIN}, None),
    "POST /api/v1/clients/{client_id}/rotate": ({ADMIN}, lambda w, c: {}),
    "DELETE /api/v1/clients/{client_id}": ({ADMIN}, None),
    "GET /api/v1/reference/areas": (EVERYONE, None),
    "GET /api/v1/reference/codes": (EVERYONE, None),
    "POST /api/v1/applicants": (STAFF, lambda w, c: applicant_body(serial=9)),
    "GET /api/v1/applicants": (STAFF, None),
    # Spreadsheets in and out: the office's work, personal data in bulk.
    "GET /api/v1/applicants/imports/template": (STAFF, None),
    "POST /api/v1/applicants/imports": (STAFF, None),  # multipart body, see _call
    "GET /api/v1/applicants/imports/{import_id}": (STAFF, None),
    "GET /api/v1/exports/applicants": (STAFF, None),
    "GET /api/v1/exports/applications": (STAFF, None),
    "GET /api/v1/exports/targets": (STAFF, None),
    "GET /api/v1/applicants/{applicant_id}": (PEOPLE, None),
    "PATCH /api/v1/applicants/{applicant_id}": (PEOPLE, lambda w, c: {"skills": ["welding"]}),
    "DELETE /api/v1/applicants/{applicant_id}": (STAFF, None),
    "POST /api/v1/applicants/{applicant_id}/identity-verification": (
        STAFF,
        lambda w, c: {"note": "KTP-el seen at the office"},
    ),
    "POST /api/v1/applicants/{applicant_id}/credentials": (PEOPLE, lambda w, c: credential),
    "GET /api/v1/applicants/{applicant_id}/credentials": (PEOPLE, None),
    "GET /api/v1/applicants/{applicant_id}/credentials/{credential_id}": (PEOPLE, None),
    "PATCH /api/v1/applicants/{applicant_id}/credentials/{credential_id}": (
        PEOPLE,
        lambda w, c: {"level": "N3"},
    ),
    "DELETE /api/v1/applicants/{applicant_id}/credentials/{credential_id}": (PEOPLE, None),
    "POST /api/v1/partners": (
        STAFF,
        lambda w, c: {"name": "LPK Baru", "kind": "training_provider"},
    ),
    "GET /api/v1/partners": (STAFF, None),
    "GET /api/v1/partners/{partner_id}": (STAFF, None),
    "PATCH /api/v1/partners/{partner_id}": (STAFF, lambda w, c: {"city": "Serang"}),
    "DELETE /api/v1/partners/{partner_id}": (STAFF, None),
    "POST /api/v1/vacancies": (
        STAFF | {AGENCY},
        lambda w, c: vacancy_body(int(w.ids["partner_id"]), external_id="JO-WALK-2"),
    ),
    "GET /api/v1/vacancies": (PEOPLE | {AGENCY}, None),
    "GET /api/v1/vacancies/{vacancy_id}": (PEOPLE | {AGENCY}, None),
    "PATCH /api/v1/vacancies/{vacancy_id}": (STAFF | {AGENCY}, lambda w, c: {"openings": 12}),
    "DELETE /api/v1/vacancies/{vacancy_id}": (STAFF | {AGENCY}, None),
    "POST /api/v1/mous": (STAFF, lambda w, c: mou_body([int(w.ids["partner_id"])])),
    "GET /api/v1/mous": (STAFF, None),
    "GET /api/v1/mous/{mou_id}": (STAFF, None),
    "PATCH /api/v1/mous/{mou_id}": (STAFF, lambda w, c: {"committed_positions": 500}),
    "DELETE /api/v1/mous/{mou_id}": (STAFF, None),
    "POST /api/v1/mous/{mou_id}/transitions": (STAFF, lambda w, c: {"to_stage": "negotiating"}),
    "POST /api/v1/targets": (STAFF, lambda w, c: target_body(country="JP", number=100)),
    "GET /api/v1/targets": (STAFF, None),
    "GET /api/v1/targets/{target_id}": (STAFF, None),
    "PATCH /api/v1/targets/{target_id}": (STAFF, lambda w, c: {"number": 350}),
    "DELETE /api/v1/targets/{target_id}": (STAFF, None),
    "GET /api/v1/audit": (STAFF, None),
    "GET /api/v1/matching/rules": (AUTHENTICATED, None),
    "GET /api/v1/matching/channels": (AUTHENTICATED, None),
    "PUT /api/v1/matching/channels/{code}": (
        STAFF,
        lambda w, c: {"open": False, "reason": "Suspended", "source": "A report"},
    ),
    "GET /api/v1/applicants/{applicant_id}/eligibility": (PEOPLE, None),
    "GET /api/v1/applicants/{applicant_id}/matches": (PEOPLE, None),
    "GET /api/v1/vacancies/{vacancy_id}/candidates": (STAFF | {AGENCY}, None),
    "POST /api/v1/matching/runs": (STAFF, lambda w, c: {}),
    "GET /api/v1/matching/runs": (STAFF, None),
    "GET /api/v1/matching/runs/{run_id}": (STAFF, None),
    "GET /api/v1/stats/supply-demand": (STAFF, None),
    "GET /api/v1/stats/targets": (STAFF, None),
    "GET /api/v1/stats/pipeline": (STAFF, None),
    "POST /api/v1/applications": (
        PEOPLE,
        lambda w, c: (
            {"vacancy_id": w.ids["open_vacancy_id"]}
            | ({} if c == APPLICANT else {"applicant_id": w.ids["applicant_id"]})
        ),
    ),
    "GET /api/v1/applications": (PEOPLE | {AGENCY}, None),
    "GET /api/v1/applications/{application_id}": (PEOPLE | {AGENCY}, None),
    "POST /api/v1/applications/{application_id}/transitions": (
        PEOPLE | {AGENCY},
        # The applicant's own move is to withdraw; the agency's and the office's to shortlist.
        lambda w, c: (
            {"to_stage": "withdrawn", "reason": "Found work at home"}
            if c == APPLICANT
            else {"to_stage": "shortlisted"}
        ),
    ),
    "PUT /api/v1/training/programmes/{external_id}": ({TRAINING}, lambda w, c: programme),
    "PUT /api/v1/training/programmes/{external_id}/cohorts/{cohort_external_id}": (
        {TRAINING},
        lambda w, c: {"starts_on": "2027-01-04", "ends_on": "2027-03-26", "seats": 25},
    ),
    "GET /api/v1/training/programmes": (AUTHENTICATED, None),
    "GET /api/v1/training/cohorts/{cohort_id}": (AUTHENTICATED, None),
    "POST /api/v1/training/cohorts/{cohort_id}/enrolments": (
        PEOPLE,
        lambda w, c: {} if c == APPLICANT else {"applicant_id": w.ids["applicant_id"]},
    ),
    "GET /api/v1/training/cohorts/{cohort_id}/enrolments": (STAFF | {TRAINING}, None),
    "GET /api/v1/training/enrolments": (PEOPLE, None),
    "GET /api/v1/training/enrolments/{enrolment_id}": (PEOPLE | {TRAINING}, None),
    "POST /api/v1/training/enrolments/{enrolment_id}/withdrawal": (PEOPLE, lambda w, c: {}),
    "POST /api/v1/training/enrolments/{enrolment_id}/completion": (
        {TRAINING},
        lambda w, c: {
            "passed": True,
            "completed_on": date.today().isoformat(),
            "result_level": "N4",
        },
    ),
    "POST /api/v1/webhooks": (
        {AGENCY},
        lambda w, c: {
            "url": "https://hooks.agency.example/serang",
            "event_types": ["vacancy.filled"],
        },
    ),
    "GET /api/v1/webhooks": ({AGENCY}, None),
    "DELETE /api/v1/webhooks/{webhook_id}": ({AGENCY}, None),
    "GET /api/v1/webhooks/{webhook_id}/deliveries": ({AGENCY}, None),
    "POST /api/v1/vacancies/batch": (
        STAFF | {AGENCY},
        lambda w, c: {"items": [vacancy_body(int(w.ids["partner_id"]), external_id="JO-WALK-4")]},
    ),
    "GET /api/v1/vacancies/changes": (STAFF | {AGENCY}, None),
    "GET /api/v1/applications/changes": (STAFF | {AGENCY}, None),
    "GET /api/v1/applications/{application_id}/costs": (PEOPLE | {AGENCY}, None),
    "POST /api/v1/applications/{application_id}/financing": (
        PEOPLE,
        lambda w, c: {"kind": "government", "amount": 370_000},
    ),
    "GET /api/v1/applications/{application_id}/financing": (PEOPLE, None),
    "GET /api/v1/financing": (STAFF, None),
    "GET /api/v1/financing/rules": (AUTHENTICATED, None),
    "GET /api/v1/financing/{financing_id}": (PEOPLE, None),
    # The borrower's registrations: the applicant's own, or an officer's for them.
    "PATCH /api/v1/financing/{financing_id}": (
        PEOPLE,
        lambda w, c: {"siskop2mi_ref": "CPMI-3673-2026-000123"},
    ),
    # Submitting is the applicant's move, and an officer's on their behalf.
    "POST /api/v1/financing/{financing_id}/transitions": (
        PEOPLE,
        lambda w, c: {"to_state": "submitted"},
    ),
    "PATCH /api/v1/applications/{application_id}": (
        STAFF | {AGENCY},
        lambda w, c: {"contract_starts_on": (date.today() + timedelta(days=60)).isoformat()},
    ),
    "GET /api/v1/applications/{application_id}/documents": (PEOPLE | {AGENCY}, None),
    "PUT /api/v1/applications/{application_id}/documents/{kind}": (
        PEOPLE | {AGENCY},
        lambda w, c: {"number": "C1234567", "issued_on": "2025-01-02", "expires_on": "2035-01-01"},
    ),
    "PUT /api/v1/applications/{application_id}/documents/{kind}/file": (
        PEOPLE | {AGENCY},
        None,  # multipart body, see _call
    ),
    "GET /api/v1/applications/{application_id}/documents/{kind}/file": (PEOPLE | {AGENCY}, None),
    "POST /api/v1/applications/{application_id}/documents/{kind}/verification": (
        STAFF,
        lambda w, c: {"decision": "verified"},
    ),
    # Support after departure: the agency reads its placements' cases, files none.
    "POST /api/v1/applications/{application_id}/support": (
        PEOPLE,
        lambda w, c: {"category": "wages", "description": "Wages for May not paid"},
    ),
    "GET /api/v1/applications/{application_id}/support": (PEOPLE | {AGENCY}, None),
    "GET /api/v1/support": (STAFF, None),
    "GET /api/v1/support/{case_id}": (PEOPLE | {AGENCY}, None),
    "POST /api/v1/support/{case_id}/entries": (
        PEOPLE,
        lambda w, c: (
            {"note": "Still not paid"}
            if c == APPLICANT
            else {"to_status": "in_progress", "note": "Called the employer"}
        ),
    ),
    "GET /api/v1/me/notifications": ({APPLICANT}, None),
    "GET /api/v1/me/access-log": ({APPLICANT}, None),
    "POST /api/v1/me/notifications/read": ({APPLICANT}, lambda w, c: {}),
    "POST /api/v1/me/notifications/{notification_id}/read": ({APPLICANT}, lambda w, c: {}),
}
# Document routes are called on a selected application (the agency's right starts there)
# whose passport is recorded with its file already.
DOCUMENT_ROUTES = {route for route in POLICY if "/documents" in route}
PDF = b"%PDF-1.7\n% walk\n"
# A job order with applications is closed, not deleted: delete the one nobody applied to.
# The applicant is enrolled in the walk's cohort already: enrol them in the other one.
IDS = {
    "DELETE /api/v1/vacancies/{vacancy_id}": {"vacancy_id": "open_vacancy_id"},
    "POST /api/v1/training/cohorts/{cohort_id}/enrolments": {"cohort_id": "open_cohort_id"},
}
# State some routes need first: a case is opened only while the worker is abroad.
PREPARE: dict[str, Callable[[Session, World], None]] = {
    "POST /api/v1/applications/{application_id}/support": lambda s, w: _depart(s, w),
    "POST /api/v1/applicants/{applicant_id}/identity-verification": lambda s, w: _flag(s, w),
    "POST /api/v1/auth/link/verify": lambda s, w: _code(s, w, CodePurpose.link, unlink=True),
    "POST /api/v1/auth/link/resend": lambda s, w: _code(s, w, CodePurpose.link, unlink=True),
    "POST /api/v1/auth/password-reset/confirm": lambda s, w: _code(
        s, w, CodePurpose.password_reset
    ),
    "POST /api/v1/me/contact-change/verify": lambda s, w: _code(s, w, CodePurpose.contact_change),
    "POST /api/v1/applicants/{applicant_id}/account-link": lambda s, w: _code(
        s, w, CodePurpose.link, unlink=True
    ),
}
# Query strings some routes need for a valid call.
QUERIES = {
    "GET /api/v1/applicants/{applicant_id}/eligibility": "?vacancy_id={vacancy_id}",
    "GET /api/v1/stats/targets": "?year=2026",
}
# Outside /api: liveness, readiness, metrics (a token when METRICS_TOKEN is set) and the
# problem-type pages are public by design.
PUBLIC_PATHS = {"/healthz", "/readyz", "/metrics", "/problems/{code}"}
# The pages answer in HTML, not problem+json: the board is public, and the dashboard's
# sign-in (cookie or token), refusals and CSRF checks are tested in tests/test_dashboard_pages.py.
PAGE_PATHS = {"/lowongan", "/lowongan/{vacancy_id}", "/dashboard", "/dashboard/login"}
PAGE_PATHS |= {"/dashboard/logout"}


def _api_routes(app: FastAPI) -> set[str]:
    """Every operation the app serves, hidden from the schema or not."""
    found: set[str] = set()
    for route in app.routes:
        # Included routers are resolved lazily; their effective routes carry the full path.
        contexts = getattr(route, "effective_route_contexts", None)
        served_routes: list[Any] = list(contexts()) if contexts else [route]
        for served in served_routes:
            if isinstance(served, APIRoute) or hasattr(served, "original_route"):
                found |= {f"{m} {served.path}" for m in served.methods or () if m != "HEAD"}
    return found


def test_every_route_is_in_the_policy(app: FastAPI) -> None:
    outside = PUBLIC_PATHS | PAGE_PATHS
    routes = {r for r in _api_routes(app) if r.split(" ", 1)[1] not in outside}
    assert routes - POLICY.keys() == set(), "add the new routes to POLICY with who may call them"
    assert POLICY.keys() - routes == set(), "POLICY names routes that no longer exist"


def _mint(settings: Settings, claims: TokenClaims) -> dict[str, str]:
    return bearer(create_access_token(settings, claims)[0])


def _user(session: Session, email: str, role: Role, applicant_id: int | None = None) -> int:
    account = UserAccount(
        email=email,
        full_name=f"{role.value} of the walk",
        password_hash=PASSWORD_HASH,
        role=role,
        applicant_id=applicant_id,
    )
    session.add(account)
    session.commit()
    return account.id or 0


def _client(session: Session, partner_id: int, scopes: list[str]) -> PartnerClient:
    row = PartnerClient(
        client_id=f"pc_walk_{partner_id}",
        secret_hash=PASSWORD_HASH,
        partner_id=partner_id,
        name="partner system",
        scopes=scopes,
    )
    session.add(row)
    session.commit()
    return row


@pytest.fixture
def world(app: FastAPI, client: TestClient, session: Session) -> World:
    settings: Settings = app.state.settings
    admin_id = _user(session, "admin@walk.example", Role.admin)
    officer_id = _user(session, "officer@walk.example", Role.officer)
    staff = _mint(settings, TokenClaims(subject=f"user:{admin_id}", role="admin"))
    applicant_id = client.post("/api/v1/applicants", json=applicant_body(), headers=staff).json()[
        "id"
    ]
    seeker_id = _user(session, "seeker@walk.example", Role.applicant, applicant_id)
    agency_id = add_agency(session, "PT Walk Agency")
    training_id = add_agency(session, "LPK Walk", kind="training_provider")
    agency_scopes = [
        "vacancies:read",
        "vacancies:write",
        "applications:read",
        "applications:write",
        "webhooks:manage",
    ]
    agency_client = _client(session, agency_id, agency_scopes)
    training_client = _client(session, training_id, ["training:write"])
    credential_id = client.post(
        f"/api/v1/applicants/{applicant_id}/credentials", json=credential, headers=staff
    ).json()["id"]
    # An EPS-TOPIK result: the job orders are EPS E-9, and a job seeker applies where eligible.
    issued = (date.today() - timedelta(days=30)).isoformat()
    eps = {"type": "eps_topik", "score": 150, "issuer": "HRD Korea", "issued_on": issued}
    client.post(f"/api/v1/applicants/{applicant_id}/credentials", json=eps, headers=staff)
    roster = {"type": "eps_roster", "issuer": "HRD Korea", "issued_on": issued}
    client.post(f"/api/v1/applicants/{applicant_id}/credentials", json=roster, headers=staff)
    mou_id = client.post("/api/v1/mous", json=mou_body([agency_id]), headers=staff).json()["id"]
    target_id = client.post("/api/v1/targets", json=target_body(), headers=staff).json()["id"]

    # The worker pays for BPJS, so there is something to finance.
    bpjs = {"item": "bpjs", "amount": 370_000, "currency": "IDR", "payer": "worker"}
    vacancy_id = add_vacancy(session, agency_id, "JO-WALK-1", cost_items=[bpjs])
    open_vacancy_id = add_vacancy(session, agency_id, "JO-WALK-3")
    started = date.today() - timedelta(days=30)
    _, cohort_id = add_programme(session, training_id, "LPK-WALK-1", starts_on=started)
    _, open_cohort_id = add_programme(session, training_id, "LPK-WALK-2")
    enrolment = Enrolment(cohort_id=cohort_id, applicant_id=applicant_id, enrolled_by="user:1")
    session.add(enrolment)
    session.execute(update(Cohort).where(col(Cohort.id) == cohort_id).values(enrolled=1))
    session.commit()
    webhook = WebhookEndpoint(
        partner_id=agency_id,
        url="https://hooks.agency.example/walk",
        event_types=["application.stage_changed"],
        secret_encrypted="not-used-by-the-walk",
        created_by="client:walk",
    )
    session.add(webhook)
    run = MatchingRun(status="completed", phase="done", percent=100, requested_by="user:1")
    session.add(run)
    sheet_import = ApplicantImport(status="completed", file_format="csv", requested_by="user:1")
    session.add(sheet_import)
    application_id = add_application(session, applicant_id, vacancy_id)
    case = SupportCase(
        application_id=application_id,
        applicant_id=applicant_id,
        kind="complaint",
        category="contract",
        severity="medium",
        description="Contract differs from the one signed",
        opened_by="user:1",
    )
    notice = Notification(
        applicant_id=applicant_id,
        kind="application_created",
        subject="application",
        subject_id=application_id,
        title_en="Application recorded",
        title_id="Lamaran tercatat",
        body_en="Recorded",
        body_id="Tercatat",
    )
    session.add_all([case, notice])
    session.commit()
    financing = FinancingRequest(
        applicant_id=applicant_id,
        application_id=application_id,
        kind="government",
        amount=370_000,
        created_by="user:1",
    )
    session.add(financing)
    session.commit()

    def as_client(row: PartnerClient) -> dict[str, str]:
        claims = TokenClaims(f"client:{row.id}", "partner", list(row.scopes), None, row.partner_id)
        return _mint(settings, claims)

    return World(
        ids={
            "applicant_id": applicant_id,
            "credential_id": credential_id,
            "partner_id": agency_id,
            "client_id": agency_client.client_id,
            "vacancy_id": vacancy_id,
            "open_vacancy_id": open_vacancy_id,
            "application_id": application_id,
            "financing_id": financing.id or 0,
            "case_id": case.id or 0,
            "notification_id": notice.id or 0,
            "run_id": run.id or 0,
            "import_id": sheet_import.id or 0,
            "mou_id": mou_id,
            "target_id": target_id,
            "user_id": officer_id,
            "seeker_id": seeker_id,
            "external_id": "LPK-WALK-1",
            "cohort_external_id": "LPK-WALK-1-1",
            "cohort_id": cohort_id,
            "open_cohort_id": open_cohort_id,
            "enrolment_id": enrolment.id or 0,
            "webhook_id": webhook.id or 0,
            "kind": "passport",
            "code": "kr_e8",
        },
        headers={
            ANON: {},
            APPLICANT: _mint(
                settings, TokenClaims(f"user:{seeker_id}", "applicant", [], applicant_id)
            ),
            OFFICER: _mint(settings, TokenClaims(f"user:{officer_id}", "officer")),
            ADMIN: staff,
            AGENCY: as_client(agency_client),
            TRAINING: as_client(training_client),
        },
    )


def _row_counts(session: Session) -> dict[str, int]:
    session.expire_all()
    return {
        table.name: session.execute(select(func.count()).select_from(table)).scalar_one()
        for table in SQLModel.metadata.sorted_tables
        if table.name not in {"rate_limit_counter", "audit_entry"}
    }


def _flag(session: Session, world: World) -> None:
    """An identity check is open only on a record whose NIK disagrees with its birth date."""
    session.execute(
        update(Applicant)
        .where(col(Applicant.id) == world.ids["applicant_id"])
        .values(birth_date=date(2000, 5, 18), identity_check="needs_check")
    )
    session.commit()


WALK_CODE = "123456"


def _code(session: Session, world: World, purpose: CodePurpose, unlink: bool = False) -> None:
    """A code the walk knows, waiting for the seeker; for a link, the seeker's account
    waits unlinked for its record."""
    seeker_id, applicant_id = int(world.ids["seeker_id"]), int(world.ids["applicant_id"])
    if unlink:
        session.execute(
            update(UserAccount)
            .where(col(UserAccount.id) == seeker_id)
            .values(applicant_id=None, pending_applicant_id=applicant_id)
        )
    kind = "email" if purpose == CodePurpose.password_reset else "phone"
    settings = Settings()
    session.add(
        VerificationCode(
            purpose=purpose,
            user_id=seeker_id,
            applicant_id=applicant_id,
            destination_kind=kind,
            destination="+6285711112222" if kind == "phone" else "seeker@walk.example",
            digest=codes.code_digest(settings, purpose, seeker_id, kind, WALK_CODE),
            expires_at=utcnow() + timedelta(minutes=10),
        )
    )
    session.commit()


def _depart(session: Session, world: World) -> None:
    session.execute(
        update(Application)
        .where(col(Application.id) == world.ids["application_id"])
        .values(stage="departed")
    )
    session.commit()


def _call(client: TestClient, world: World, route: str, caller: str) -> Any:
    method, template = route.split(" ", 1)
    ids = world.ids | {name: world.ids[key] for name, key in IDS.get(route, {}).items()}
    path = (template + QUERIES.get(route, "")).format(**ids)
    headers = world.headers[caller]
    if caller == AGENCY and method in {"PATCH", "DELETE"}:
        headers = headers | {"If-Match": "*"}  # a partner system must send one (428 otherwise)
    if route.endswith("/documents/{kind}/file") and method == "PUT":
        return client.put(path, files={"file": ("paspor.pdf", PDF)}, headers=headers)
    if route == "POST /api/v1/applicants/imports":
        sheet = b"nik,nama_lengkap,tanggal_lahir,jenis_kelamin,kode_kelurahan,pendidikan\n"
        return client.post(path, files={"file": ("data.csv", sheet)}, headers=headers)
    if route == "POST /api/v1/auth/token":
        form = {"grant_type": "password", "username": "seeker@walk.example"}
        return client.post(path, data=form | {"password": STRONG_PASSWORD}, headers=headers)
    body_for = POLICY[route][1]
    if body_for is None:
        return client.request(method, path, headers=headers)
    body = body_for(world, caller)
    if route == "POST /api/v1/users":
        body["password"] = STRONG_PASSWORD
    return client.request(method, path, json=body, headers=headers)


def _prepare_documents(client: TestClient, session: Session, world: World) -> None:
    application_id = world.ids["application_id"]
    session.execute(
        update(Application).where(col(Application.id) == application_id).values(stage="selected")
    )
    session.commit()
    url = f"/api/v1/applications/{application_id}/documents/passport"
    staff = world.headers[ADMIN]
    dates = {"number": "C7654321", "issued_on": "2025-01-02", "expires_on": "2035-01-01"}
    assert client.put(url, json=dates, headers=staff).status_code == 200
    upload = client.put(f"{url}/file", files={"file": ("paspor.pdf", PDF)}, headers=staff)
    assert upload.status_code == 200, upload.text


@pytest.mark.parametrize("caller", CALLERS)
@pytest.mark.parametrize("route", sorted(POLICY))
def test_each_caller_gets_what_the_policy_says(
    client: TestClient, session: Session, world: World, route: str, caller: str
) -> None:
    if route in DOCUMENT_ROUTES:
        _prepare_documents(client, session, world)
    allowed = caller in POLICY[route][0]
    if route in PREPARE:
        PREPARE[route](session, world)
    before = None if allowed else _row_counts(session)
    response = _call(client, world, route, caller)
    if allowed:
        assert response.status_code < 300, (route, caller, response.text)
        return
    expected = 401 if caller == ANON else 403
    assert response.status_code == expected, (route, caller, response.text)
    assert response.headers["content-type"].startswith("application/problem+json")
    assert _row_counts(session) == before, f"{route} as {caller} changed data"
