"""Training programmes, cohorts, enrolments and completions, through the API."""

import os
from concurrent.futures import ThreadPoolExecutor
from datetime import date, timedelta
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from app.core.errors import ProblemError
from app.core.principal import Principal
from app.models.audit import AuditEntry
from app.models.credential import Credential
from app.models.training import Cohort, Enrolment, EnrolmentCreate, TrainingProgramme
from app.services.training.enrolments import enrol
from tests.auth_helpers import applicant_headers, bearer, client_token, make_partner
from tests.factories import add_applicant, add_job_order, assert_problem, count_rows
from tests.fixtures_vacancies import add_agency

API = "/api/v1/training"
TODAY = date.today()
N4 = {
    "subject": "Bahasa Jepang N4",
    "credential_type": "jlpt",
    "credential_level": "N4",
    "duration_weeks": 12,
    "location": "BBPVP Serang, Jl. Raya Serang",
    "cost_amount": 0,
    "cost_payer": "government",
}


def cohort_body(**overrides: Any) -> dict[str, Any]:
    start = overrides.pop("starts_on", TODAY + timedelta(days=14))
    body = {
        "starts_on": start.isoformat(),
        "ends_on": (start + timedelta(weeks=12)).isoformat(),
        "seats": 20,
    }
    return body | overrides


@pytest.fixture
def provider(client: TestClient, session: Session) -> dict[str, str]:
    partner = make_partner(session, "BBPVP Serang", kind="training_provider")
    return bearer(client_token(client, session, partner, ["training:write"]))


def publish(
    client: TestClient, headers: dict[str, str], programme: str = "JP-N4", **cohort: Any
) -> int:
    """A programme and one cohort; the cohort's id."""
    assert client.put(f"{API}/programmes/{programme}", json=N4, headers=headers).status_code < 300
    response = client.put(
        f"{API}/programmes/{programme}/cohorts/C1", json=cohort_body(**cohort), headers=headers
    )
    assert response.status_code < 300, response.text
    return int(response.json()["id"])


def test_upsert_created_updated_unchanged(
    client: TestClient, provider: dict[str, str], session: Session
) -> None:
    url = f"{API}/programmes/JP-N4"
    created = client.put(url, json=N4, headers=provider)
    assert created.status_code == 201, created.text
    assert (created.json()["version"], created.json()["provider_name"]) == (1, "BBPVP Serang")
    same = client.put(url, json=N4, headers=provider)
    assert (same.status_code, same.json()["version"]) == (200, 1)
    changed = client.put(url, json=N4 | {"duration_weeks": 16}, headers=provider)
    assert (changed.status_code, changed.json()["version"]) == (200, 2)
    assert changed.json()["duration_weeks"] == 16

    cohort_url = f"{url}/cohorts/2026-B1"
    assert client.put(cohort_url, json=cohort_body(), headers=provider).status_code == 201
    again = client.put(cohort_url, json=cohort_body(), headers=provider)
    assert (again.status_code, again.json()["version"]) == (200, 1)
    more = client.put(cohort_url, json=cohort_body(seats=30), headers=provider)
    assert (more.status_code, more.json()["version"], more.json()["free_seats"]) == (200, 2, 30)
    assert count_rows(session, TrainingProgramme) == 1 and count_rows(session, Cohort) == 1
    entries = session.exec(
        select(AuditEntry).where(AuditEntry.entity == "cohort").order_by(col(AuditEntry.id))
    ).all()
    assert [e.action for e in entries] == ["create", "update"]


def test_bad_programme_is_a_problem_and_writes_nothing(
    client: TestClient, provider: dict[str, str], session: Session
) -> None:
    url = f"{API}/programmes/JP-N4"
    body = assert_problem(
        client.put(url, json=N4 | {"credential_level": "N7"}, headers=provider),
        422,
        "programme_level_invalid",
    )
    assert body["errors"][0]["field"] == "credential_level"
    assert_problem(
        client.put(url, json=N4 | {"cost_payer": "nobody"}, headers=provider),
        422,
        "validation_failed",
    )
    assert count_rows(session, TrainingProgramme) == 0
    publish(client, provider)
    backwards = cohort_body(ends_on=(TODAY - timedelta(days=1)).isoformat())
    response = client.put(f"{url}/cohorts/C1", json=backwards, headers=provider)
    assert_problem(response, 422, "cohort_ends_before_start")
    assert (
        client.get(f"{API}/programmes", headers=provider).json()["items"][0]["cohorts"][0]["seats"]
        == 20
    )


def test_provider_changes_its_own_only(
    client: TestClient, provider: dict[str, str], session: Session, officer: TestClient
) -> None:
    cohort_id = publish(client, provider)
    other = make_partner(session, "LPK KJS", kind="training_provider")
    lpk = bearer(client_token(client, session, other, ["training:write"]))
    # Its own programme of the same external id is a different record, not BBPVP's.
    response = client.put(f"{API}/programmes/JP-N4/cohorts/C1", json=cohort_body(), headers=lpk)
    assert_problem(response, 404, "not_found")
    assert_problem(
        client.get(f"{API}/cohorts/{cohort_id}/enrolments", headers=lpk), 404, "not_found"
    )
    applicant = add_applicant(session, 1)
    enrolment = officer.post(
        f"{API}/cohorts/{cohort_id}/enrolments", json={"applicant_id": applicant}
    )
    completion = {"passed": True, "completed_on": TODAY.isoformat(), "result_level": "N4"}
    url = f"{API}/enrolments/{enrolment.json()['id']}/completion"
    assert_problem(client.post(url, json=completion, headers=lpk), 404, "not_found")
    agency = make_partner(session, "PT Bukan LPK")
    not_trainer = bearer(client_token(client, session, agency, ["training:write"]))
    response = client.put(f"{API}/programmes/X", json=N4, headers=not_trainer)
    assert_problem(response, 403, "not_a_training_provider")


def test_seats_never_below_enrolments(
    client: TestClient, provider: dict[str, str], session: Session, officer: TestClient
) -> None:
    cohort_id = publish(client, provider, seats=3)
    for serial in (1, 2):
        applicant = add_applicant(session, serial)
        response = officer.post(
            f"{API}/cohorts/{cohort_id}/enrolments", json={"applicant_id": applicant}
        )
        assert response.status_code == 201, response.text
    url = f"{API}/programmes/JP-N4/cohorts/C1"
    body = assert_problem(
        client.put(url, json=cohort_body(seats=1), headers=provider),
        409,
        "cohort_seats_below_enrolments",
    )
    assert "2" in body["detail"]
    assert client.put(url, json=cohort_body(seats=2), headers=provider).json()["free_seats"] == 0
    session.expire_all()
    assert session.get(Cohort, cohort_id).seats == 2  # type: ignore[union-attr]


def test_applicant_enrols_themself_only(
    client: TestClient, provider: dict[str, str], session: Session
) -> None:
    cohort_id = publish(client, provider)
    headers, me = applicant_headers(client)
    someone_else = add_applicant(session, 5)
    url = f"{API}/cohorts/{cohort_id}/enrolments"
    response = client.post(url, json={"applicant_id": someone_else}, headers=headers)
    assert_problem(response, 404, "not_found")
    mine = client.post(url, json={}, headers=headers)
    assert mine.status_code == 201, mine.text
    assert (mine.json()["applicant_id"], mine.json()["status"]) == (me, "enrolled")
    assert_problem(client.post(url, json={}, headers=headers), 409, "enrolment_exists")
    assert client.get(f"{API}/cohorts/{cohort_id}", headers=headers).json()["enrolled"] == 1

    withdrawal = f"{API}/enrolments/{mine.json()['id']}/withdrawal"
    assert client.post(withdrawal, headers=headers).json()["status"] == "withdrawn"
    assert client.get(f"{API}/cohorts/{cohort_id}", headers=headers).json()["free_seats"] == 20
    assert_problem(client.post(withdrawal, headers=headers), 409, "enrolment_not_active")
    back = client.post(url, json={}, headers=headers)
    assert (back.status_code, back.json()["id"]) == (201, mine.json()["id"])


def test_officer_enrols_anyone_with_consent(
    client: TestClient, provider: dict[str, str], session: Session, officer: TestClient
) -> None:
    cohort_id = publish(client, provider)
    url = f"{API}/cohorts/{cohort_id}/enrolments"
    assert_problem(officer.post(url, json={}), 422, "enrolment_applicant_required")
    no_consent = add_applicant(session, 1, consent=False)
    assert_problem(
        officer.post(url, json={"applicant_id": no_consent}), 409, "enrolment_consent_missing"
    )
    assert count_rows(session, Enrolment) == 0
    applicant = add_applicant(session, 2)
    response = officer.post(url, json={"applicant_id": applicant})
    assert response.status_code == 201, response.text
    assert response.json()["enrolled_by"].startswith("user:")
    listed = client.get(f"{API}/cohorts/{cohort_id}/enrolments", headers=provider).json()
    assert [e["applicant_id"] for e in listed["items"]] == [applicant]


def test_cohort_full(
    client: TestClient, provider: dict[str, str], session: Session, officer: TestClient
) -> None:
    cohort_id = publish(client, provider, seats=1)
    url = f"{API}/cohorts/{cohort_id}/enrolments"
    first = add_applicant(session, 1)
    assert officer.post(url, json={"applicant_id": first}).status_code == 201
    second = add_applicant(session, 2)
    body = assert_problem(officer.post(url, json={"applicant_id": second}), 409, "cohort_full")
    assert str(cohort_id) in body["detail"]
    assert count_rows(session, Enrolment) == 1
    closed = client.put(
        f"{API}/programmes/JP-N4/cohorts/C1",
        json=cohort_body(seats=5, status="closed"),
        headers=provider,
    )
    assert closed.status_code == 200
    assert_problem(officer.post(url, json={"applicant_id": second}), 409, "cohort_not_open")


@pytest.mark.skipif(
    not os.environ.get("DATABASE_URL", "").startswith("postgresql"),
    reason="real concurrency needs PostgreSQL",
)
def test_fifty_concurrent_enrolments_fill_ten_seats_exactly(
    client: TestClient, provider: dict[str, str], session: Session, engine: Engine
) -> None:
    cohort_id = publish(client, provider, seats=10)
    applicants = [add_applicant(session, serial) for serial in range(1, 51)]
    officer = Principal("user", 1, "officer", frozenset())

    def attempt(applicant_id: int) -> str:
        with Session(engine) as own:  # a session, and a connection, per request
            try:
                enrol(own, cohort_id, EnrolmentCreate(applicant_id=applicant_id), officer)
                return "enrolled"
            except ProblemError as error:
                return error.code

    with ThreadPoolExecutor(max_workers=25) as pool:
        outcomes = list(pool.map(attempt, applicants))
    assert outcomes.count("enrolled") == 10
    assert outcomes.count("cohort_full") == 40
    assert count_rows(session, Enrolment) == 10
    session.expire_all()
    assert session.get(Cohort, cohort_id).enrolled == 10  # type: ignore[union-attr]


def ssw_care_order(session: Session) -> int:
    return add_job_order(
        session,
        add_agency(session),
        "JO-SSW-1",
        country="JP",
        scheme="jp_ssw",
        sector="caregiving",
        occupation="Care worker",
        language="ja",
        min_language_level="N4",
    )


def test_pass_creates_a_verified_credential_that_counts(
    client: TestClient, provider: dict[str, str], session: Session, officer: TestClient
) -> None:
    cohort_id = publish(client, provider, starts_on=TODAY - timedelta(weeks=12))
    applicant = add_applicant(session, 1)
    enrolment = officer.post(
        f"{API}/cohorts/{cohort_id}/enrolments", json={"applicant_id": applicant}
    ).json()
    vacancy = ssw_care_order(session)
    eligibility = f"/api/v1/applicants/{applicant}/eligibility?vacancy_id={vacancy}"
    rule = next(
        r for r in officer.get(eligibility).json()["rules"] if r["rule_id"] == "jp_ssw.japanese"
    )
    assert rule["status"] == "unmet"

    url = f"{API}/enrolments/{enrolment['id']}/completion"
    bad = {"passed": True, "completed_on": TODAY.isoformat(), "result_level": "A9"}
    assert_problem(client.post(url, json=bad, headers=provider), 422, "result_invalid")
    future = {
        "passed": True,
        "completed_on": (TODAY + timedelta(days=1)).isoformat(),
        "result_level": "N4",
    }
    assert_problem(client.post(url, json=future, headers=provider), 422, "completed_out_of_range")
    assert count_rows(session, Credential) == 0

    report = {"passed": True, "completed_on": TODAY.isoformat(), "result_level": "N4"}
    done = client.post(url, json=report, headers=provider)
    assert done.status_code == 200, done.text
    assert (done.json()["status"], done.json()["result_level"]) == ("completed", "N4")
    credentials = officer.get(f"/api/v1/applicants/{applicant}/credentials").json()["items"]
    (held,) = credentials
    assert held["id"] == done.json()["credential_id"]
    assert (held["type"], held["level"], held["issuer"]) == ("jlpt", "N4", "BBPVP Serang")
    assert (held["verification"], held["issued_on"]) == ("verified", TODAY.isoformat())
    audit = session.exec(select(AuditEntry).where(AuditEntry.entity == "credential")).all()
    assert [(a.action, a.entity_id) for a in audit] == [("create", held["id"])]

    rule = next(
        r for r in officer.get(eligibility).json()["rules"] if r["rule_id"] == "jp_ssw.japanese"
    )
    assert (rule["status"], rule["credential_id"]) == ("met", held["id"])
    assert_problem(client.post(url, json=report, headers=provider), 409, "enrolment_not_active")
    assert count_rows(session, Credential) == 1


def test_failed_completion_gives_no_credential(
    client: TestClient, provider: dict[str, str], session: Session, officer: TestClient
) -> None:
    cohort_id = publish(client, provider, starts_on=TODAY - timedelta(weeks=12))
    applicant = add_applicant(session, 1)
    enrolment = officer.post(
        f"{API}/cohorts/{cohort_id}/enrolments", json={"applicant_id": applicant}
    ).json()
    url = f"{API}/enrolments/{enrolment['id']}/completion"
    failed = client.post(
        url, json={"passed": False, "completed_on": TODAY.isoformat()}, headers=provider
    )
    assert failed.status_code == 200, failed.text
    assert (failed.json()["status"], failed.json()["credential_id"]) == ("failed", None)
    assert count_rows(session, Credential) == 0


def test_remedies_and_list_show_programmes_with_free_seats(
    client: TestClient, provider: dict[str, str], session: Session, officer: TestClient
) -> None:
    publish(client, provider, "JP-N4-FULL", seats=1)
    full_cohort = officer.get(f"{API}/programmes").json()["items"][0]["cohorts"][0]["id"]
    occupant = add_applicant(session, 9)
    officer.post(f"{API}/cohorts/{full_cohort}/enrolments", json={"applicant_id": occupant})
    open_cohort = publish(client, provider, "JP-N4-OPEN", seats=12)
    free = officer.get(f"{API}/programmes?with_free_seats=true&credential_type=jlpt&level=N4")
    assert [p["external_id"] for p in free.json()["items"]] == ["JP-N4-OPEN"]
    all_n4 = officer.get(f"{API}/programmes?level=N4").json()["items"]
    assert len(all_n4) == 2
    assert officer.get(f"{API}/programmes?credential_type=eps_topik").json()["items"] == []

    applicant = add_applicant(session, 1)
    vacancy = ssw_care_order(session)
    body = officer.get(f"/api/v1/applicants/{applicant}/eligibility?vacancy_id={vacancy}").json()
    rule = next(r for r in body["rules"] if r["rule_id"] == "jp_ssw.japanese")
    (offer,) = rule["remedy"]["training_providers"]
    assert (offer["name"], offer["programme"], offer["cohort_id"]) == (
        "BBPVP Serang",
        "Bahasa Jepang N4",
        open_cohort,
    )
    assert offer["free_seats"] == 12
    assert offer["next_cohort_starts_on"] == (TODAY + timedelta(days=14)).isoformat()
