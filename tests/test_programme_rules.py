"""The programme's rules as their sources state them: SSW fields, technical intern training,
EPS age at the test and the roster, government-only E-9, and channels the office closes."""

from datetime import date, timedelta
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session, col, func, select

from app.models import Application, AuditEntry, ChannelState, Credential, MatchingRun, Vacancy
from app.models.credential import CredentialType
from app.reference import SswField
from app.services.matching.evaluate import is_eligible
from app.services.matching.ssw_fields import SSW_FIELDS, field_named, field_of_order
from tests.auth_helpers import applicant_headers, bearer, client_token, make_partner
from tests.factories import add_job_order, assert_problem, roster_place
from tests.fixtures_vacancies import add_agency, vacancy_body
from tests.test_eligibility import TODAY, by_id, credential, job, person, run, unmet_codes

T = CredentialType
SSW_CARE = {"scheme": "jp_ssw", "country": "JP", "sector": "caregiving"}
E9 = {"scheme": "kr_eps_e9", "country": "KR", "sector": "manufacturing"}
JAPANESE_N4 = credential(T.jlpt, level="N4")


# --- SSW fields ---------------------------------------------------------------------------
def test_the_sixteen_fields_with_the_2024_additions() -> None:
    assert len(SSW_FIELDS) == len(SswField) == 16
    added = {f.code for f in SSW_FIELDS if f.added == "2024-03-29"}
    assert added == {"automobile_transportation", "railway", "forestry", "wood_industry"}
    assert all(f.name_en and f.name_id for f in SSW_FIELDS)


@pytest.mark.parametrize(
    ("sector", "isco", "field"),
    [
        ("caregiving", "5322", "nursing_care"),
        ("automotive", "7231", "automobile_repair"),
        ("aviation_ground_handling", "9621", "aviation"),
        ("agriculture", "6111", "agriculture"),
        ("logistics", "8332", "automobile_transportation"),  # the occupation decides
        ("welding", "7212", None),  # welding is work in three fields: none is guessed
    ],
)
def test_an_orders_field_comes_from_its_occupation_then_its_sector(
    sector: str, isco: str, field: str | None
) -> None:
    assert field_of_order(None, sector, isco) == field
    assert field_of_order("shipbuilding", sector, isco) == "shipbuilding"  # stated wins


@pytest.mark.parametrize(
    ("sector", "isco", "held"),
    [
        ("caregiving", "5322", "Nursing care"),
        ("automotive", "7231", "automobile repair and maintenance"),
        ("aviation_ground_handling", "9621", "aviation"),
    ],
)
def test_a_skill_test_counts_for_an_order_of_its_field(sector: str, isco: str, held: str) -> None:
    order = job(scheme="jp_ssw", country="JP", sector=sector, isco_code=isco)
    test = credential(T.ssw_skill_test, field=held)
    assert by_id(run(person(), order, test), "jp_ssw.skill_test").status == "met"
    other = credential(T.ssw_skill_test, field="food service")
    missing = by_id(run(person(), order, other), "jp_ssw.skill_test")
    assert (missing.status, missing.code) == ("unmet", "skill_test_missing")


def test_an_order_of_no_known_field_takes_no_skill_test() -> None:
    order = job(scheme="jp_ssw", country="JP", sector="welding", isco_code="7212")
    any_test = credential(T.ssw_skill_test, field="industrial_products_manufacturing")
    assert by_id(run(person(), order, any_test), "jp_ssw.skill_test").status == "unmet"


def test_only_the_nursing_care_field_asks_the_nursing_care_japanese_test() -> None:
    held = [credential(T.ssw_skill_test, field="nursing_care"), JAPANESE_N4]
    assert unmet_codes(run(person(), job(**SSW_CARE), *held)) == ["nursing_care_test_missing"]
    stated = job(scheme="jp_ssw", country="JP", sector="services", ssw_field="nursing_care")
    assert "nursing_care_test_missing" in unmet_codes(run(person(), stated, *held))
    farm = job(scheme="jp_ssw", country="JP", sector="agriculture")
    assert all(r.rule_id != "jp_ssw.nursing_care_japanese" for r in run(person(), farm))


# --- Technical Intern Training (ii) -------------------------------------------------------
def test_titp_ii_exempts_from_the_skill_test_of_its_field_and_the_japanese_tests() -> None:
    farm = job(scheme="jp_ssw", country="JP", sector="agriculture")
    titp = credential(T.titp_completion, field="agriculture")
    results = run(person(), farm, titp)
    assert by_id(results, "jp_ssw.skill_test").status == "met"
    assert by_id(results, "jp_ssw.japanese").status == "met"
    assert is_eligible(results)
    # In another field: the Japanese tests still waived, that field's skill test not.
    care = run(person(), job(**SSW_CARE), titp)
    assert by_id(care, "jp_ssw.japanese").status == "met"
    assert by_id(care, "jp_ssw.skill_test").code == "skill_test_missing"
    assert by_id(care, "jp_ssw.nursing_care_japanese").code == "nursing_care_test_missing"
    # Care work in TITP (ii) waives the nursing-care Japanese test too.
    care_titp = credential(T.titp_completion, field="nursing_care")
    assert is_eligible(run(person(), job(**SSW_CARE), care_titp))


def test_titp_ii_stands_for_a_job_orders_own_skill_test_of_its_field() -> None:
    required = [{"type": "ssw_skill_test", "field": "agriculture"}]
    order = job(scheme="private", required_certificates=required)
    titp = credential(T.titp_completion, field="agriculture")
    assert by_id(run(person(), order, titp), "job_order.certificate.0").status == "met"
    other = credential(T.titp_completion, field="construction")
    assert by_id(run(person(), order, other), "job_order.certificate.0").status == "unmet"


# --- EPS: age at the test, the roster -----------------------------------------------------
def eps(issued: date, score: int = 150) -> Any:
    return credential(T.eps_topik, score=score, issued_on=issued)


def test_eps_age_is_judged_on_the_day_of_the_test() -> None:
    forty_one = person(birth=date(1985, 1, 10))  # 41 on TODAY (2026-03-01)
    sat_at_39 = eps(date(2024, 6, 1))
    listed = roster_place(1, date(2025, 9, 1))
    results = run(forty_one, job(**E9), sat_at_39, listed)
    age = by_id(results, "kr_eps_e9.max_age")
    assert (age.status, age.params["age"], age.params["judged_on"]) == ("met", 39, "2024-06-01")
    assert is_eligible(results)
    sat_at_40 = run(forty_one, job(**E9), eps(date(2025, 2, 1)), listed)
    assert by_id(sat_at_40, "kr_eps_e9.max_age").code == "age_above_maximum"
    # Once the result has expired, nothing fixes the age: it is judged today.
    expired = run(forty_one, job(**E9), eps(date(2024, 2, 1)), listed)
    result = by_id(expired, "kr_eps_e9.max_age")
    assert (result.status, result.params["judged_on"]) == ("unmet", TODAY.isoformat())
    # The earliest valid result counts: a later retake does not make one older.
    retaken = run(forty_one, job(**E9), sat_at_39, eps(date(2026, 1, 5)), listed)
    assert by_id(retaken, "kr_eps_e9.max_age").params["judged_on"] == "2024-06-01"


def test_e9_needs_a_roster_place_of_the_last_year() -> None:
    result = by_id(run(person(), job(**E9), eps(TODAY - timedelta(days=60))), "kr_eps_e9.roster")
    assert (result.status, result.code) == ("unmet", "roster_place_missing")
    fresh = roster_place(1, TODAY - timedelta(days=365))
    assert by_id(run(person(), job(**E9), fresh), "kr_eps_e9.roster").status == "met"
    lapsed = roster_place(1, TODAY - timedelta(days=366))
    assert by_id(run(person(), job(**E9), lapsed), "kr_eps_e9.roster").code == "credential_expired"


# --- E-9 is government to government ---------------------------------------------------------
def count(session: Session, table: Any) -> int:
    return int(session.exec(select(func.count()).select_from(table)).one())


def e9_body(agency_id: int, **overrides: Any) -> dict[str, Any]:
    return vacancy_body(
        agency_id, scheme="kr_eps_e9", sector="manufacturing", isco_code="8219", **overrides
    )


def test_a_private_agency_cannot_own_an_e9_order(officer: TestClient, session: Session) -> None:
    agency = add_agency(session)
    refused = officer.post("/api/v1/vacancies", json=e9_body(agency))
    problem = assert_problem(refused, 422, "scheme_government_only")
    assert [e["field"] for e in problem["errors"]] == ["scheme"]
    assert count(session, Vacancy) == 0
    bp2mi = add_agency(session, "BP2MI", kind="government_body")
    created = officer.post("/api/v1/vacancies", json=e9_body(bp2mi, channel="eps_g2g"))
    assert created.status_code == 201, created.text
    assert created.json()["channel"] == "eps_g2g"
    # Nor can a private agency's order become E-9 later.
    own = officer.post("/api/v1/vacancies", json=vacancy_body(agency)).json()
    moved = officer.patch(f"/api/v1/vacancies/{own['id']}", json={"scheme": "kr_eps_e9"})
    assert_problem(moved, 422, "scheme_government_only")
    assert session.get(Vacancy, own["id"]).scheme == "kr_e7"  # type: ignore[union-attr]


def test_an_agency_systems_batch_refuses_its_e9_items_alone(
    client: TestClient, session: Session
) -> None:
    agency = make_partner(session, "PT Batch Agency")
    token = client_token(client, session, agency, ["vacancies:write"])
    items = [
        {k: v for k, v in e9_body(0, external_id="E9-1").items() if k != "agency_id"},
        {k: v for k, v in vacancy_body(0, external_id="E7-1").items() if k != "agency_id"},
    ]
    response = client.post("/api/v1/vacancies/batch", json={"items": items}, headers=bearer(token))
    assert response.status_code == 200, response.text
    results = [(i["external_id"], i["result"]) for i in response.json()["items"]]
    assert results == [("E9-1", "failed"), ("E7-1", "created")]
    assert response.json()["items"][0]["problem"]["code"] == "scheme_government_only"
    assert session.exec(select(Vacancy.external_id)).all() == ["E7-1"]


def test_channel_and_ssw_field_must_fit_the_scheme(officer: TestClient, session: Session) -> None:
    agency = add_agency(session)
    wrong = officer.post("/api/v1/vacancies", json=vacancy_body(agency, channel="im_japan"))
    assert_problem(wrong, 422, "channel_scheme_mismatch")
    not_ssw = officer.post("/api/v1/vacancies", json=vacancy_body(agency, ssw_field="aviation"))
    assert_problem(not_ssw, 422, "ssw_field_not_applicable")
    japan: dict[str, Any] = {"country": "JP", "scheme": "jp_ssw", "currency": "JPY"}
    japan |= {"language": "ja", "min_language_score": None, "min_language_level": "N4"}
    unnamed = officer.post("/api/v1/vacancies", json=vacancy_body(agency, **japan))
    assert_problem(unnamed, 422, "ssw_field_required")
    assert count(session, Vacancy) == 0
    named = officer.post(
        "/api/v1/vacancies", json=vacancy_body(agency, ssw_field="shipbuilding", **japan)
    )
    assert named.status_code == 201, named.text
    assert named.json()["ssw_field"] == "shipbuilding"


def test_skill_test_fields_are_stored_as_codes(officer: TestClient, session: Session) -> None:
    _, applicant_id = applicant_headers(officer, 1)
    url = f"/api/v1/applicants/{applicant_id}/credentials"
    body = {"type": "ssw_skill_test", "issuer": "Prometric", "issued_on": "2026-01-10"}
    stored = officer.post(url, json={**body, "field": "Perawatan (kaigo)"})
    assert stored.status_code == 201, stored.text
    assert stored.json()["field"] == "nursing_care"
    unknown = officer.post(url, json={**body, "field": "Welding"})
    problem = assert_problem(unknown, 422, "ssw_field_unknown")
    assert "nursing_care" in problem["errors"][0]["message"]
    titp = {"type": "titp_completion", "issuer": "OTIT", "issued_on": "2025-03-31"}
    assert officer.post(url, json={**titp, "field": "farming"}).status_code == 422
    assert officer.post(url, json={**titp, "field": "agriculture"}).status_code == 201
    assert count(session, Credential) == 2
    assert field_named("Automobile repair and maintenance") == "automobile_repair"


# --- Channels the office closes -------------------------------------------------------------
CHANNELS_URL = "/api/v1/matching/channels"
CLOSE = {"open": False, "reason": "Suspended for three years", "source": "m.jpnn.com, Aug 2025"}


@pytest.fixture
def e9_world(officer: TestClient, client: TestClient, session: Session) -> dict[str, Any]:
    """An open E-9 order and a job seeker who qualifies for it."""
    bp2mi = add_agency(session, "BP2MI", kind="government_body")
    vacancy_id = add_job_order(
        session, bp2mi, "E9-1", channel="eps_g2g", deadline=date.today() + timedelta(days=60)
    )
    headers, applicant_id = applicant_headers(client, 1)
    issued = date.today() - timedelta(days=30)
    session.add(
        Credential(
            applicant_id=applicant_id, kind="language", type="eps_topik", score=150,
            issuer="HRD Korea", issued_on=issued, verification="verified",
        )
    )  # fmt: skip
    session.add(roster_place(applicant_id, issued))
    session.commit()
    return {"vacancy_id": vacancy_id, "applicant_id": applicant_id, "headers": headers}


def test_closing_a_scheme_stops_offers_proposals_and_applications(
    officer: TestClient, client: TestClient, session: Session, e9_world: dict[str, Any]
) -> None:
    vacancy_id, applicant_id = e9_world["vacancy_id"], e9_world["applicant_id"]
    matches_url = f"/api/v1/applicants/{applicant_id}/matches"
    seen = client.get(matches_url, headers=e9_world["headers"]).json()
    assert [m["vacancy_id"] for m in seen["items"]] == [vacancy_id]

    closed = officer.put(f"{CHANNELS_URL}/kr_eps_e9", json=CLOSE)
    assert closed.status_code == 200, closed.text
    assert (closed.json()["open"], closed.json()["reason"]) == (False, CLOSE["reason"])
    listed = {c["code"]: c for c in client.get(CHANNELS_URL, headers=e9_world["headers"]).json()}
    assert listed["kr_eps_e9"]["closure_source"] == CLOSE["source"]
    assert listed["eps_g2g"]["open"] and listed["eps_g2g"]["kind"] == "channel"

    # Not offered: no match, no candidate.
    assert client.get(matches_url, headers=e9_world["headers"]).json()["items"] == []
    candidates = officer.get(f"/api/v1/vacancies/{vacancy_id}/candidates").json()
    assert candidates["eligible_total"] == 0
    # The reason is shown.
    eligibility = officer.get(
        f"/api/v1/applicants/{applicant_id}/eligibility", params={"vacancy_id": vacancy_id}
    ).json()
    assert eligibility["unmet"] == ["channel_closed"]
    assert CLOSE["reason"] in eligibility["summary"]
    # Not applied to, by the job seeker or an officer; nothing written.
    body = {"vacancy_id": vacancy_id}
    refused = client.post("/api/v1/applications", json=body, headers=e9_world["headers"])
    problem = assert_problem(refused, 409, "application_channel_closed")
    assert CLOSE["source"] in problem["detail"]
    by_officer = officer.post("/api/v1/applications", json={**body, "applicant_id": applicant_id})
    assert_problem(by_officer, 409, "application_channel_closed")
    assert count(session, Application) == 0
    # Not proposed by a run.
    run = officer.post("/api/v1/matching/runs", json={})
    assert run.status_code == 202, run.text
    session.expire_all()
    finished = session.get(MatchingRun, run.json()["id"])
    assert finished is not None and finished.status == "completed"
    assert count(session, Application) == 0

    # Open again: offered again.
    reopened = officer.put(f"{CHANNELS_URL}/kr_eps_e9", json={"open": True})
    assert reopened.json()["open"] and reopened.json()["reason"] is None
    seen = client.get(matches_url, headers=e9_world["headers"]).json()
    assert [m["vacancy_id"] for m in seen["items"]] == [vacancy_id]
    entries = session.exec(
        select(AuditEntry).where(AuditEntry.entity == "channel_state").order_by(col(AuditEntry.id))
    ).all()
    assert [e.action for e in entries] == ["create", "update"]


def test_closing_a_channel_closes_only_its_orders(
    officer: TestClient, session: Session, e9_world: dict[str, Any]
) -> None:
    other = add_job_order(session, add_agency(session, "BP2MI 2", kind="government_body"), "E9-2")
    assert officer.put(f"{CHANNELS_URL}/eps_g2g", json=CLOSE).status_code == 200
    applicant_id = e9_world["applicant_id"]
    for vacancy_id, unmet in ((e9_world["vacancy_id"], ["channel_closed"]), (other, [])):
        url = f"/api/v1/applicants/{applicant_id}/eligibility"
        body = officer.get(url, params={"vacancy_id": vacancy_id}).json()
        assert body["unmet"] == unmet


@pytest.mark.parametrize(
    ("code", "body", "status", "problem"),
    [
        ("kr_e8", {"open": False, "source": "A report"}, 422, "channel_closure_unexplained"),
        ("kr_e8", {"open": False, "reason": "Why", "source": "x"}, 422, "validation_failed"),
        ("kr_e8", {"open": "maybe"}, 422, "validation_failed"),
        ("mars_visa", CLOSE, 404, "not_found"),
    ],
)
def test_bad_closures_change_nothing(
    officer: TestClient, session: Session, code: str, body: Any, status: int, problem: str
) -> None:
    assert_problem(officer.put(f"{CHANNELS_URL}/{code}", json=body), status, problem)
    assert count(session, ChannelState) == 0 and count(session, AuditEntry) == 0


def test_only_staff_close_channels(client: TestClient, session: Session) -> None:
    headers, _ = applicant_headers(client, 1)
    assert_problem(
        client.put(f"{CHANNELS_URL}/kr_e8", json=CLOSE, headers=headers), 403, "staff_only"
    )
    assert count(session, ChannelState) == 0


def test_the_rule_table_shows_fields_and_channels_with_sources(officer: TestClient) -> None:
    officer.put(f"{CHANNELS_URL}/kr_e8", json=CLOSE)
    table = officer.get("/api/v1/matching/rules").json()
    assert len(table["ssw_fields"]["fields"]) == 16
    assert "29 March 2024" in table["ssw_fields"]["source"]
    care = next(f for f in table["ssw_fields"]["fields"] if f["code"] == "nursing_care")
    assert care["sectors"] == ["caregiving"] and care["name_id"] == "Perawatan (kaigo)"
    e8 = next(c for c in table["channels"] if c["code"] == "kr_e8")
    assert (e8["open"], e8["reason"]) == (False, CLOSE["reason"])
    rules = {r["id"]: r for r in table["scheme_rules"]}
    assert rules["jp_ssw.nursing_care_japanese"]["ssw_fields"] == ["nursing_care"]
    assert "Technical Intern Training (ii)" in rules["jp_ssw.skill_test"]["source"]
    assert "checked 2026-12-05" in rules["kr_eps_e9.roster"]["source"]
