"""Placement documents: checklist states, the departure gate, uploads, entitlement, verification."""

import hashlib
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlmodel import Session, col, select

from app.core.security import TokenClaims, create_access_token
from app.models import Application, ApplicationStageChange, AuditEntry
from app.models.document import ApplicationDocument
from app.models.identity import PartnerClient, Role, UserAccount
from app.services.applications.documents.checklist import checklist_for
from app.services.applications.documents.gate import expiring_documents
from app.services.applications.documents.storage import DocumentStore
from tests.auth_helpers import bearer, make_partner
from tests.factories import add_applicant, add_application, add_vacancy, assert_problem, count_rows
from tests.fixtures_documents import add_document, ready_for_departure

APPLICATIONS = "/api/v1/applications"
# The checklist of the world's placement: a man to Korea under EPS E-9.
KINDS = [item.kind.value for item in checklist_for("KR", "kr_eps_e9", "M")]
PDF = b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n" + bytes(range(256)) * 4 + b"%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + b"\x01" * 40
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x02" * 40
TODAY = date.today()


@dataclass
class World:
    app: FastAPI
    officer: TestClient
    client: TestClient
    session: Session
    seeker: dict[str, str]
    other_seeker: dict[str, str]
    agency: dict[str, str]
    other_agency: dict[str, str]
    application_id: int

    def url(self, suffix: str = "", application_id: int | None = None) -> str:
        return f"{APPLICATIONS}/{application_id or self.application_id}/documents{suffix}"

    def set_stage(self, stage: str) -> None:
        application = self.session.get(Application, self.application_id)
        assert application is not None
        application.stage = stage
        self.session.add(application)
        self.session.commit()

    def stored(self) -> Application:
        self.session.expire_all()
        application = self.session.get(Application, self.application_id)
        assert application is not None
        return application


def _token(app: FastAPI, claims: TokenClaims) -> dict[str, str]:
    return bearer(create_access_token(app.state.settings, claims)[0])


def _person(app: FastAPI, session: Session, role: Role, applicant_id: int | None) -> dict[str, str]:
    """Headers of an account minted straight away: no password hashing, which is slow."""
    account = UserAccount(
        email=f"{role.value}{applicant_id or ''}@documents.example",
        full_name=f"{role.value} of the documents tests",
        password_hash="not-used",
        role=role,
        applicant_id=applicant_id,
    )
    session.add(account)
    session.commit()
    return _token(app, TokenClaims(f"user:{account.id}", role.value, [], applicant_id))


def _agency(app: FastAPI, session: Session, name: str) -> tuple[int, dict[str, str]]:
    partner = make_partner(session, name)
    scopes = ["applications:write"]
    row = PartnerClient(
        client_id=f"pc_docs_{partner.id}",
        secret_hash="not-used",
        partner_id=partner.id or 0,
        name=f"{name} system",
        scopes=scopes,
    )
    session.add(row)
    session.commit()
    claims = TokenClaims(f"client:{row.id}", "partner", scopes, None, partner.id)
    return partner.id or 0, _token(app, claims)


@pytest.fixture
def world(
    app: FastAPI, client: TestClient, session: Session, document_store: DocumentStore
) -> World:
    agency_id, agency = _agency(app, session, "PT Bina Tenaga Serang")
    _, other_agency = _agency(app, session, "PT Duta Banten Mandiri")
    seeker_id = add_applicant(session, 1)
    staff = _person(app, session, Role.officer, None)
    officer = TestClient(app, raise_server_exceptions=False, headers=staff)
    vacancy_id = add_vacancy(session, agency_id, "JO-DOC-1")
    return World(
        app=app,
        officer=officer,
        client=client,
        session=session,
        seeker=_person(app, session, Role.applicant, seeker_id),
        other_seeker=_person(app, session, Role.applicant, add_applicant(session, 2)),
        agency=agency,
        other_agency=other_agency,
        application_id=add_application(session, seeker_id, vacancy_id),
    )


def upload(
    w: World,
    headers: dict[str, str] | None,
    content: bytes,
    kind: str = "passport",
    name: str = "paspor.pdf",
    content_type: str = "application/pdf",
) -> Any:
    caller = w.officer if headers is None else w.client
    files = {"file": (name, content, content_type)}
    return caller.put(w.url(f"/{kind}/file"), files=files, headers=headers or {})


def stored_files(w: World) -> list[str]:
    """The storage keys of the files kept, in whichever store the test runs against."""
    store: DocumentStore = w.app.state.document_store
    return store.blobs.keys()


def stored_bytes(w: World, key: str) -> bytes:
    store: DocumentStore = w.app.state.document_store
    with store.blobs.open(key) as kept:
        return kept.read()


def states(w: World) -> dict[str, str]:
    body = w.officer.get(w.url()).json()
    return {item["kind"]: item["state"] for item in body["items"]}


def document_row(w: World, kind: str = "passport") -> ApplicationDocument:
    w.session.expire_all()
    row = w.session.exec(
        select(ApplicationDocument).where(
            ApplicationDocument.application_id == w.application_id,
            ApplicationDocument.kind == kind,
        )
    ).one()
    return row


# -- checklist -------------------------------------------------------------------------------


def test_checklist_starts_all_missing_with_labels_and_sources(world: World) -> None:
    response = world.client.get(world.url(), headers=world.seeker)
    assert response.status_code == 200, response.text
    body = response.json()
    assert (body["country"], body["scheme"], body["departure_ready"]) == ("KR", "kr_eps_e9", False)
    assert [i["kind"] for i in body["items"]] == KINDS
    assert len(KINDS) == 13 and "police_certificate" in KINDS
    assert "pregnancy_test" not in KINDS  # women only
    assert {i["state"] for i in body["items"]} == {"missing"}
    passport = next(i for i in body["items"] if i["kind"] == "passport")
    assert passport["source"].endswith("art. 13(e)") and passport["expiry_required"]
    assert passport["label_id"].startswith("Paspor") and passport["document"] is None


def test_each_state_of_an_item(world: World) -> None:
    w = world
    a = w.application_id
    add_document(w.session, a, "ktp", verification="unverified")
    add_document(w.session, a, "family_card", verification="rejected", rejection_reason="blurry")
    add_document(w.session, a, "passport", expires_on=TODAY - timedelta(days=1))
    add_document(w.session, a, "work_visa", expires_on=TODAY + timedelta(days=10))
    add_document(w.session, a, "health_certificate", expires_on=TODAY)  # valid through today
    add_document(w.session, a, "placement_agreement", storage_key=None)  # details, no file
    add_document(w.session, a, "employment_contract")
    found = states(w)
    assert found["ktp"] == "unverified"
    assert found["family_card"] == "rejected"
    assert found["passport"] == "expired"
    assert found["work_visa"] == "verified"  # no contract start yet
    assert found["health_certificate"] == "verified"
    assert found["placement_agreement"] == "missing"
    assert found["employment_contract"] == "verified"
    assert found["bpjs_ketenagakerjaan"] == "missing"
    body = w.officer.patch(
        f"{APPLICATIONS}/{a}", json={"contract_starts_on": str(TODAY + timedelta(days=30))}
    )
    assert body.status_code == 200, body.text
    found = states(w)
    assert found["work_visa"] == "expires_before_contract"
    assert found["health_certificate"] == "expires_before_contract"
    assert found["employment_contract"] == "verified"


def test_ready_when_everything_is_verified_and_the_contract_start_is_set(world: World) -> None:
    ready_for_departure(world.session, world.application_id)
    body = world.officer.get(world.url()).json()
    assert body["departure_ready"] is True
    assert {i["state"] for i in body["items"]} == {"verified"}


# -- departure gate --------------------------------------------------------------------------


def _break(w: World, reason: str) -> None:
    row = document_row(w)
    if reason == "missing":
        w.session.delete(row)
    elif reason in ("unverified", "rejected"):
        row.verification = reason
    elif reason == "expired":
        row.expires_on = TODAY - timedelta(days=1)
    elif reason == "expires_before_contract":
        row.expires_on = TODAY + timedelta(days=2)  # the contract starts in 5 days
    elif reason == "contract_unset":
        application = w.session.get(Application, w.application_id)
        assert application is not None
        application.contract_starts_on = None
        w.session.add(application)
    if reason != "missing":
        w.session.add(row)
    w.session.commit()


def depart(w: World) -> Any:
    return w.officer.post(
        f"{APPLICATIONS}/{w.application_id}/transitions", json={"to_stage": "departed"}
    )


@pytest.mark.parametrize(
    "reason",
    ["missing", "unverified", "rejected", "expired", "expires_before_contract", "contract_unset"],
)
def test_departure_is_refused_for_each_blocking_reason(world: World, reason: str) -> None:
    w = world
    ready_for_departure(w.session, w.application_id)
    w.set_stage("documents")
    _break(w, reason)
    version = w.stored().version
    history = count_rows(w.session, ApplicationStageChange)
    problem = assert_problem(depart(w), 409, "departure_documents_incomplete")
    expected = (
        {"kind": "contract_starts_on", "state": "missing"}
        if reason == "contract_unset"
        else {"kind": "passport", "state": reason}
    )
    assert problem["blocking"] == [expected]
    assert expected["kind"] in problem["detail"]
    assert (w.stored().stage, w.stored().version) == ("documents", version)
    assert count_rows(w.session, ApplicationStageChange) == history
    assert not w.officer.get(w.url()).json()["departure_ready"]


def test_every_blocking_item_is_named(world: World) -> None:
    world.set_stage("documents")
    problem = assert_problem(depart(world), 409, "departure_documents_incomplete")
    assert [b["kind"] for b in problem["blocking"]] == [*KINDS, "contract_starts_on"]


def test_departure_passes_when_complete(world: World) -> None:
    ready_for_departure(world.session, world.application_id)
    world.set_stage("documents")
    response = depart(world)
    assert response.status_code == 200, response.text
    assert response.json()["stage"] == "departed"
    # The record departure was judged on no longer changes.
    details = {"number": "X1", "issued_on": None, "expires_on": None}
    assert_problem(world.officer.put(world.url("/ktp"), json=details), 409, "documents_closed")


# -- uploads ---------------------------------------------------------------------------------


def test_upload_stores_exactly_the_bytes_and_returns_their_sha256(world: World) -> None:
    w = world
    before = stored_files(w)
    response = upload(w, w.seeker, PDF, name="../../etc/paspor saya.pdf")
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["file"]["sha256"] == hashlib.sha256(PDF).hexdigest()
    assert body["file"]["size_bytes"] == len(PDF)
    assert body["file"]["content_type"] == "application/pdf"
    assert body["file"]["file_name"] == "paspor saya.pdf"
    assert body["verification"] == "unverified" and response.headers["ETag"]
    new = sorted(set(stored_files(w)) - set(before))
    assert len(new) == 1 and new[0] == document_row(w).storage_key  # random, not the user's
    # Kept encrypted: nothing of the content shows in the stored bytes.
    kept = stored_bytes(w, new[0])
    assert PDF not in kept and b"%PDF" not in kept and len(kept) > len(PDF)
    assert document_row(w).file_key is not None
    download = w.client.get(w.url("/passport/file"), headers=w.seeker)
    assert download.status_code == 200
    assert download.content == PDF
    assert download.headers["content-type"] == "application/pdf"
    assert "attachment" in download.headers["content-disposition"]
    for content, kind, mime in ((PNG, "ktp", "image/png"), (JPEG, "family_card", "image/jpeg")):
        stored = upload(w, None, content, kind=kind, name="scan", content_type=mime)
        assert stored.json()["file"]["content_type"] == mime
        assert w.officer.get(w.url(f"/{kind}/file")).content == content


@pytest.mark.parametrize(
    ("content", "name", "declared"),
    [
        (b"just some text, renamed\n" * 10, "paspor.pdf", "application/pdf"),
        (b"GIF89a" + b"\x00" * 30, "scan.gif", "image/gif"),
        (PNG, "paspor.pdf", "application/pdf"),  # content and declared type disagree
        (PDF, "paspor.pdf", "text/plain"),
        (b"", "empty.pdf", "application/pdf"),
    ],
)
def test_other_types_are_415_and_nothing_is_kept(
    world: World, content: bytes, name: str, declared: str
) -> None:
    before = stored_files(world)
    response = upload(world, world.seeker, content, name=name, content_type=declared)
    problem = assert_problem(response, 415, "document_file_type_not_allowed")
    assert "application/pdf" in problem["detail"]
    assert count_rows(world.session, ApplicationDocument) == 0
    assert stored_files(world) == before


def test_oversize_is_413_and_nothing_is_kept(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(world.app.state.settings, "document_max_bytes", len(PDF))
    before = stored_files(world)
    assert_problem(upload(world, world.seeker, PDF + b"x"), 413, "document_file_too_large")
    assert count_rows(world.session, ApplicationDocument) == 0
    assert stored_files(world) == before
    assert upload(world, world.seeker, PDF).status_code == 200  # exactly the limit


def test_a_new_file_resets_verification_and_replaces_the_old_one(world: World) -> None:
    w = world
    details = {"number": "C1234567", "issued_on": "2025-01-02", "expires_on": "2035-01-01"}
    assert w.officer.put(w.url("/passport"), json=details).status_code == 200
    upload(w, w.seeker, PDF)
    first_key = document_row(w).storage_key
    assert first_key in stored_files(w)
    verified = w.officer.post(w.url("/passport/verification"), json={"decision": "verified"})
    assert verified.json()["verification"] == "verified"
    replaced = upload(w, w.seeker, PDF + b"% second scan\n")
    assert replaced.json()["verification"] == "unverified"
    assert replaced.json()["verified_by"] is None and replaced.json()["number"] == "C1234567"
    assert first_key not in stored_files(w)
    assert states(w)["passport"] == "unverified"
    # Changed details too ask for a new verification.
    w.officer.post(w.url("/passport/verification"), json={"decision": "verified"})
    changed = w.client.put(w.url("/passport"), json={**details, "number": "C7654321"},
                           headers=w.seeker)  # fmt: skip
    assert changed.json()["verification"] == "unverified"


# -- who may see and write -------------------------------------------------------------------


def test_download_only_for_those_entitled(world: World) -> None:
    w = world
    upload(w, None, PDF)
    file_url = w.url("/passport/file")
    assert w.client.get(file_url, headers=w.seeker).content == PDF
    assert w.officer.get(file_url).content == PDF
    assert_problem(w.client.get(file_url, headers=w.other_seeker), 404, "not_found")
    # The owning agency is not entitled before selection, and never another agency.
    for headers in (w.agency, w.other_agency):
        assert_problem(w.client.get(file_url, headers=headers), 404, "not_found")
        assert_problem(w.client.get(w.url(), headers=headers), 404, "not_found")
    before = count_rows(w.session, AuditEntry)
    assert_problem(upload(w, w.agency, PDF, kind="work_visa"), 404, "not_found")
    assert count_rows(w.session, AuditEntry) == before
    w.set_stage("selected")
    assert w.client.get(file_url, headers=w.agency).content == PDF
    assert w.client.get(w.url(), headers=w.agency).status_code == 200
    assert upload(w, w.agency, PDF, kind="work_visa").status_code == 200
    assert_problem(w.client.get(file_url, headers=w.other_agency), 404, "not_found")
    assert_problem(w.officer.get(w.url("/ktp/file")), 404, "not_found")  # nothing uploaded


def test_only_officers_verify_and_a_rejection_says_why(world: World) -> None:
    w = world
    w.set_stage("selected")
    upload(w, w.seeker, PDF, kind="ktp")
    url = w.url("/ktp/verification")
    audits = count_rows(w.session, AuditEntry)
    for headers in (w.seeker, w.agency):
        response = w.client.post(url, json={"decision": "verified"}, headers=headers)
        assert response.status_code == 403
    assert document_row(w, "ktp").verification == "unverified"
    assert count_rows(w.session, AuditEntry) == audits
    assert_problem(w.officer.post(url, json={"decision": "rejected"}), 422,
                   "document_rejection_reason_required")  # fmt: skip
    assert_problem(w.officer.post(url, json={"decision": "verified", "reason": "fine"}), 422,
                   "document_reason_not_used")  # fmt: skip
    assert w.officer.post(url, json={"decision": "approve"}).status_code == 422
    assert count_rows(w.session, AuditEntry) == audits
    rejected = w.officer.post(url, json={"decision": "rejected", "reason": "Photo unreadable"})
    assert rejected.status_code == 200, rejected.text
    body = rejected.json()
    assert (body["verification"], body["rejection_reason"]) == ("rejected", "Photo unreadable")
    assert body["verified_by"].startswith("user:") and body["verified_at"]
    assert states(w)["ktp"] == "rejected"
    verified = w.officer.post(url, json={"decision": "verified"}).json()
    assert (verified["verification"], verified["rejection_reason"]) == ("verified", None)


def test_verification_needs_the_file_and_a_required_expiry(world: World) -> None:
    w = world
    details = {"number": "C1234567", "issued_on": "2025-01-02", "expires_on": None}
    w.officer.put(w.url("/passport"), json=details)
    url = w.url("/passport/verification")
    assert_problem(w.officer.post(url, json={"decision": "verified"}), 409,
                   "document_file_missing")  # fmt: skip
    upload(w, w.seeker, PDF)
    assert_problem(w.officer.post(url, json={"decision": "verified"}), 422,
                   "document_expiry_required")  # fmt: skip
    assert document_row(w).verification == "unverified"


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ({"issued_on": str(TODAY + timedelta(days=1))}, "document_issued_in_future"),
        ({"issued_on": "2025-05-01", "expires_on": "2025-04-30"}, "document_expiry_before_issue"),
        ({"number": ""}, "validation_failed"),
        ({"number": "x" * 101}, "validation_failed"),
        ({"holder": "Ahmad"}, "validation_failed"),
        ({"expires_on": "tomorrow"}, "validation_failed"),
    ],
)
def test_bad_details_change_nothing(world: World, body: dict[str, Any], code: str) -> None:
    audits = count_rows(world.session, AuditEntry)
    assert_problem(world.client.put(world.url("/passport"), json=body, headers=world.seeker),
                   422, code)  # fmt: skip
    assert count_rows(world.session, ApplicationDocument) == 0
    assert count_rows(world.session, AuditEntry) == audits


def test_unknown_kind_and_stale_if_match(world: World) -> None:
    w = world
    assert w.officer.put(w.url("/driving_licence"), json={}).status_code == 422
    first = w.officer.put(w.url("/passport"), json={"number": "C1"})
    etag = first.headers["ETag"]
    assert w.officer.put(w.url("/passport"), json={"number": "C2"}, headers={"If-Match": etag})
    stale = w.officer.put(w.url("/passport"), json={"number": "C3"}, headers={"If-Match": etag})
    assert_problem(stale, 412, "precondition_failed")
    assert document_row(w).number == "C2"


def test_writes_are_audited_without_file_content_and_with_the_number_masked(
    world: World,
) -> None:
    w = world
    w.officer.put(w.url("/passport"), json={"number": "C1234567", "expires_on": "2035-01-01"})
    upload(w, w.seeker, PDF)
    w.session.expire_all()
    entries = w.session.exec(
        select(AuditEntry)
        .where(AuditEntry.entity == "application_document")
        .order_by(col(AuditEntry.id))
    ).all()
    assert [e.action for e in entries] == ["create", "update"]
    assert entries[0].changes["number"]["new"] == "C1****67"
    assert entries[1].changes["sha256"]["new"] == hashlib.sha256(PDF).hexdigest()
    assert "%PDF" not in str([e.changes for e in entries])


# -- contract start --------------------------------------------------------------------------


def test_contract_start_by_officer_or_owning_agency(world: World) -> None:
    w = world
    url = f"{APPLICATIONS}/{w.application_id}"
    start = str(TODAY + timedelta(days=45))
    read = w.officer.get(url)
    assert read.json()["contract_starts_on"] is None
    assert_problem(w.client.patch(url, json={"contract_starts_on": start}, headers=w.agency),
                   428, "precondition_required")  # fmt: skip
    stale = {**w.agency, "If-Match": '"1-999"'}
    assert_problem(w.client.patch(url, json={"contract_starts_on": start}, headers=stale), 412,
                   "precondition_failed")  # fmt: skip
    assert (
        w.client.patch(url, json={"contract_starts_on": start}, headers=w.seeker).status_code == 403
    )
    for bad in ({"contract_starts_on": "soon"}, {"stage": "departed"}):
        assert_problem(w.officer.patch(url, json=bad), 422, "validation_failed")
    assert w.stored().contract_starts_on is None
    fresh = {**w.agency, "If-Match": read.headers["ETag"]}
    response = w.client.patch(url, json={"contract_starts_on": start}, headers=fresh)
    assert response.status_code == 200, response.text
    assert response.json()["contract_starts_on"] == start
    assert w.stored().contract_starts_on == TODAY + timedelta(days=45)
    assert w.officer.get(w.url()).json()["contract_starts_on"] == start
    other = {**w.other_agency, "If-Match": "*"}
    response = w.client.patch(url, json={"contract_starts_on": start}, headers=other)
    assert_problem(response, 404, "not_found")


# -- reminders -------------------------------------------------------------------------------


def test_expiring_documents_lists_those_due_within_the_window(world: World) -> None:
    w = world
    a = w.application_id
    soon = add_document(w.session, a, "passport", expires_on=TODAY + timedelta(days=20))
    sooner = add_document(w.session, a, "work_visa", expires_on=TODAY + timedelta(days=3))
    add_document(w.session, a, "health_certificate", expires_on=TODAY - timedelta(days=1))
    add_document(w.session, a, "ktp", expires_on=None)
    add_document(w.session, a, "bpjs_ketenagakerjaan", expires_on=TODAY + timedelta(days=90))
    applicant_id = w.stored().applicant_id
    found = expiring_documents(w.session, applicant_id, 30)
    assert found == [
        (sooner, "work_visa", TODAY + timedelta(days=3)),
        (soon, "passport", TODAY + timedelta(days=20)),
    ]
    assert expiring_documents(w.session, applicant_id + 1000, 30) == []
