"""Health and police documents before departure: the medical counts for 3 months after its
issue, a woman's pregnancy test for 7 days, the police certificate (SKCK) for 6 months; each
judged against the contract start (the departure date the programme records), never a day
already past. A document that no longer counts blocks departure, which then changes nothing."""

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlmodel import Session, select

from app.core.security import TokenClaims, create_access_token
from app.models import Application, ApplicationStageChange, AuditEntry
from app.models.document import ApplicationDocument
from app.models.identity import Role, UserAccount
from app.services.applications.documents.checklist import Period, checklist_for
from app.services.applications.documents.gate import blocking_items
from tests.auth_helpers import make_partner, staff_headers
from tests.factories import add_applicant, add_application, add_vacancy, assert_problem, count_rows
from tests.fixtures_documents import ready_for_departure

APPLICATIONS = "/api/v1/applications"
TODAY = date.today()
PDF = b"%PDF-1.7\n% scan\n%%EOF\n"


def months_before(day: date, months: int) -> date:
    """The same day of the month `months` earlier (the tests use days that every month has)."""
    assert day.day <= 28
    index = day.year * 12 + day.month - 1 - months
    return date(index // 12, index % 12 + 1, day.day)


# A contract start on the 10th of a month at least a month ahead: "3 months before" is then
# one plain date, with no month-end to round.
START = (TODAY.replace(day=1) + timedelta(days=40)).replace(day=10)


@dataclass
class Placement:
    officer: TestClient
    session: Session
    application_id: int

    def url(self, suffix: str = "") -> str:
        return f"{APPLICATIONS}/{self.application_id}{suffix}"

    def document(self, kind: str) -> ApplicationDocument:
        self.session.expire_all()
        return self.session.exec(
            select(ApplicationDocument).where(
                ApplicationDocument.application_id == self.application_id,
                ApplicationDocument.kind == kind,
            )
        ).one()

    def set_document(self, kind: str, **fields: Any) -> None:
        row = self.document(kind)
        for name, value in fields.items():
            setattr(row, name, value)
        self.session.add(row)
        self.session.commit()

    def items(self) -> dict[str, dict[str, Any]]:
        response = self.officer.get(self.url("/documents"))
        assert response.status_code == 200, response.text
        items: list[dict[str, Any]] = response.json()["items"]
        return {item["kind"]: item for item in items}

    def stored(self) -> Application:
        self.session.expire_all()
        application = self.session.get(Application, self.application_id)
        assert application is not None
        return application

    def depart(self) -> Any:
        return self.officer.post(self.url("/transitions"), json={"to_stage": "departed"})

    def refused(self, kind: str, state: str) -> dict[str, Any]:
        """Departure is refused naming the item, and nothing changes."""
        version = self.stored().version
        history = count_rows(self.session, ApplicationStageChange)
        audits = count_rows(self.session, AuditEntry)
        problem = assert_problem(self.depart(), 409, "departure_documents_incomplete")
        blocking: list[dict[str, Any]] = problem["blocking"]
        named = [b for b in blocking if b["kind"] == kind]
        assert named and named[0]["state"] == state, blocking
        assert kind in problem["detail"]
        assert (self.stored().stage, self.stored().version) == ("documents", version)
        assert count_rows(self.session, ApplicationStageChange) == history
        assert count_rows(self.session, AuditEntry) == audits
        return named[0]


def _placement(
    app: FastAPI, client: TestClient, session: Session, sex: str, start: date = START
) -> Placement:
    agency = make_partner(session, "PT Bina Tenaga Serang")
    birth = date(1998, 3, 9)
    person = add_applicant(session, 1 if sex == "M" else 2, sex=sex, birth_date=birth)
    vacancy = add_vacancy(session, agency.id or 0, f"JO-HEALTH-{sex}")
    application_id = add_application(session, person, vacancy, "documents")
    ready_for_departure(session, application_id, contract_starts_on=start)
    headers = staff_headers(client, session, Role.officer)
    officer = TestClient(app, raise_server_exceptions=False, headers=headers)
    return Placement(officer=officer, session=session, application_id=application_id)


@pytest.fixture
def man(app: FastAPI, client: TestClient, session: Session) -> Placement:
    return _placement(app, client, session, "M")


@pytest.fixture
def woman(app: FastAPI, client: TestClient, session: Session) -> Placement:
    # Her pregnancy test must be at most 7 days old at departure: the contract starts in 5.
    return _placement(app, client, session, "F", start=TODAY + timedelta(days=5))


# -- the medical: 3 months ------------------------------------------------------------------


def test_medical_issued_3_months_and_a_day_before_departure_does_not_count(
    man: Placement,
) -> None:
    # The clinic's own expiry is later: the 3 months of Perpres 64/2011 decide.
    too_early = months_before(START, 3) - timedelta(days=1)
    clinic_expiry = START.replace(year=START.year + 1)
    man.set_document("health_certificate", issued_on=too_early, expires_on=clinic_expiry)
    item = man.items()["health_certificate"]
    assert item["state"] == "issued_too_early"
    assert item["no_longer_counts_from"] == START.isoformat()
    assert item["counts_for"] == {"months": 3, "days": 0}
    assert "Perpres No. 64 Tahun 2011" in item["source"] and "art. 14(5)" in item["source"]
    blocking = man.refused("health_certificate", "issued_too_early")
    assert blocking["no_longer_counts_from"] == START.isoformat()
    assert not man.officer.get(man.url("/documents")).json()["departure_ready"]


def test_medical_issued_exactly_3_months_before_departure_counts(man: Placement) -> None:
    man.set_document("health_certificate", issued_on=months_before(START, 3))
    item = man.items()["health_certificate"]
    assert item["state"] == "verified"
    assert item["no_longer_counts_from"] == (START + timedelta(days=1)).isoformat()
    response = man.depart()
    assert response.status_code == 200, response.text
    assert response.json()["stage"] == "departed"


def test_the_job_seeker_sees_the_state_and_the_date(
    app: FastAPI, client: TestClient, session: Session, man: Placement
) -> None:
    man.set_document("health_certificate", issued_on=months_before(START, 4))
    applicant_id = man.stored().applicant_id
    account = UserAccount(
        email="seeker@health.example",
        full_name="Calon PMI",
        password_hash="not-used",
        role=Role.applicant,
        applicant_id=applicant_id,
    )
    session.add(account)
    session.commit()
    claims = TokenClaims(f"user:{account.id}", "applicant", [], applicant_id)
    token = create_access_token(app.state.settings, claims)[0]
    own = client.get(man.url("/documents"), headers={"Authorization": f"Bearer {token}"})
    item = next(i for i in own.json()["items"] if i["kind"] == "health_certificate")
    expected = (months_before(START, 1) + timedelta(days=1)).isoformat()
    assert (item["state"], item["no_longer_counts_from"]) == ("issued_too_early", expected)


def test_a_contract_start_already_past_is_judged_on_today(man: Placement) -> None:
    """Nobody departs on a day already past: a medical that counted on the contract start
    but no longer does today blocks departure."""
    application = man.stored()
    start = date(2026, 1, 10)
    application.contract_starts_on = start
    man.session.add(application)
    man.session.commit()
    man.set_document("health_certificate", issued_on=date(2025, 11, 1), expires_on=None)
    for row in man.session.exec(select(ApplicationDocument)).all():
        if row.expires_on is not None:
            row.expires_on = date(2030, 1, 1)
            man.session.add(row)
    man.session.commit()
    on_start = blocking_items(man.session, man.stored(), today=start)
    assert on_start == []
    later = blocking_items(man.session, man.stored(), today=date(2026, 2, 2))
    assert later == [
        {
            "kind": "health_certificate",
            "state": "issued_too_early",
            "no_longer_counts_from": "2026-02-02",
        }
    ]


@pytest.mark.parametrize(
    ("issued", "last_day"),
    [
        (date(2026, 1, 31), date(2026, 4, 30)),  # April has no 31st
        (date(2025, 11, 30), date(2026, 2, 28)),
        (date(2027, 11, 30), date(2028, 2, 29)),  # a leap year
        (date(2026, 10, 15), date(2027, 1, 15)),  # across a year
    ],
)
def test_three_months_end_on_the_same_day_or_the_month_end(issued: date, last_day: date) -> None:
    assert Period(months=3).last_day(issued) == last_day
    assert Period(months=3).no_longer_counts_from(issued) == last_day + timedelta(days=1)


# -- the pregnancy test: women, 7 days --------------------------------------------------------


def test_pregnancy_test_8_days_before_departure_does_not_count(woman: Placement) -> None:
    start = woman.stored().contract_starts_on
    assert start is not None
    woman.set_document("pregnancy_test", issued_on=start - timedelta(days=8))
    item = woman.items()["pregnancy_test"]
    assert (item["state"], item["counts_for"]) == ("issued_too_early", {"months": 0, "days": 7})
    assert item["no_longer_counts_from"] == start.isoformat()
    woman.refused("pregnancy_test", "issued_too_early")


def test_pregnancy_test_7_days_before_departure_counts(woman: Placement) -> None:
    start = woman.stored().contract_starts_on
    assert start is not None
    woman.set_document("pregnancy_test", issued_on=start - timedelta(days=7))
    assert woman.items()["pregnancy_test"]["state"] == "verified"
    response = woman.depart()
    assert response.status_code == 200, response.text


def test_a_missing_pregnancy_test_blocks_a_woman(woman: Placement) -> None:
    woman.session.delete(woman.document("pregnancy_test"))
    woman.session.commit()
    assert woman.items()["pregnancy_test"]["state"] == "missing"
    woman.refused("pregnancy_test", "missing")


def test_the_pregnancy_test_does_not_apply_to_men(man: Placement) -> None:
    assert "pregnancy_test" not in man.items()
    assert "pregnancy_test" not in [i.kind.value for i in checklist_for("KR", "kr_eps_e9", "M")]
    assert "pregnancy_test" in [i.kind.value for i in checklist_for("JP", "jp_ssw", "F")]
    details = {"number": "LAB-1", "issued_on": TODAY.isoformat(), "expires_on": None}
    before = count_rows(man.session, ApplicationDocument)
    response = man.officer.put(man.url("/documents/pregnancy_test"), json=details)
    assert_problem(response, 404, "not_found")
    assert count_rows(man.session, ApplicationDocument) == before
    assert man.depart().status_code == 200


# -- the police certificate (SKCK) -----------------------------------------------------------


def test_a_missing_police_certificate_blocks_departure(man: Placement) -> None:
    item = man.items()["police_certificate"]
    assert "SKCK" in item["label_id"] and item["expiry_required"]
    assert "Peraturan Kepolisian No. 6 Tahun 2023" in item["source"]
    assert "Peraturan BP2MI No. 2 Tahun 2020" in item["source"]
    man.session.delete(man.document("police_certificate"))
    man.session.commit()
    assert man.refused("police_certificate", "missing") == {
        "kind": "police_certificate",
        "state": "missing",
    }


def test_police_certificate_counts_for_6_months(man: Placement) -> None:
    man.set_document("police_certificate", issued_on=months_before(START, 6) - timedelta(days=1))
    man.refused("police_certificate", "issued_too_early")
    man.set_document("police_certificate", issued_on=months_before(START, 6))
    assert man.depart().status_code == 200


# -- verification needs the issue date -------------------------------------------------------


@pytest.mark.parametrize("kind", ["health_certificate", "police_certificate"])
def test_verifying_needs_the_issue_date(
    app: FastAPI, client: TestClient, session: Session, kind: str
) -> None:
    agency = make_partner(session, "PT Bina Tenaga Serang")
    person = add_applicant(session, 3)
    application_id = add_application(
        session, person, add_vacancy(session, agency.id or 0, "JO-VERIFY"), "documents"
    )
    headers = staff_headers(client, session, Role.officer)
    url = f"{APPLICATIONS}/{application_id}/documents/{kind}"
    details = {"number": "440/123/2026", "issued_on": None, "expires_on": "2030-01-01"}
    assert client.put(url, json=details, headers=headers).status_code == 200
    files = {"file": ("scan.pdf", PDF, "application/pdf")}
    assert client.put(f"{url}/file", files=files, headers=headers).status_code == 200
    audits = count_rows(session, AuditEntry)
    refused = client.post(f"{url}/verification", json={"decision": "verified"}, headers=headers)
    problem = assert_problem(refused, 422, "document_issue_date_required")
    assert [e["field"] for e in problem["errors"]] == ["issued_on"]
    assert count_rows(session, AuditEntry) == audits
    session.expire_all()
    row = session.exec(select(ApplicationDocument)).one()
    assert row.verification == "unverified"
    details["issued_on"] = TODAY.isoformat()
    assert client.put(url, json=details, headers=headers).status_code == 200
    verified = client.post(f"{url}/verification", json={"decision": "verified"}, headers=headers)
    assert verified.status_code == 200, verified.text


def test_a_verified_document_without_its_issue_date_does_not_count(man: Placement) -> None:
    """Rows verified before the issue date was required read as waiting for verification."""
    man.set_document("health_certificate", issued_on=None)
    item = man.items()["health_certificate"]
    assert (item["state"], item["no_longer_counts_from"]) == ("unverified", None)
    man.refused("health_certificate", "unverified")


def test_a_woman_ready_to_depart_has_every_item_counting(woman: Placement) -> None:
    items = woman.items()
    assert {"pregnancy_test", "police_certificate", "health_certificate"} <= set(items)
    assert {item["state"] for item in items.values()} == {"verified"}
