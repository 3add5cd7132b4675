"""Eligibility: each scheme rule and job-order rule, the pure evaluation and the endpoints.

Rule tests build facts from rows in memory and evaluate them on a fixed day; endpoint tests go
through the API with dates relative to today, as a job seeker would.
"""

from datetime import date, timedelta
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session

from app.models.applicant import Applicant
from app.models.credential import KIND_OF_TYPE, Credential, CredentialType
from app.models.partner import Partner
from app.models.training import Cohort, TrainingProgramme
from app.models.vacancy import Vacancy
from app.services.matching.evaluate import (
    RuleResult,
    anniversary,
    evaluate,
    is_eligible,
    passes,
)
from app.services.matching.facts import (
    applicant_facts,
    load_applicant_facts,
    training_sources,
    vacancy_facts,
)
from app.services.matching.rules import SCHEME_RULES
from tests.auth_helpers import applicant_headers
from tests.factories import add_job_order, add_programme, applicant_body, assert_problem
from tests.fixtures_vacancies import add_agency

TODAY = date(2026, 3, 1)
RULES_URL = "/api/v1/matching/rules"


def eligibility_url(applicant_id: int, vacancy_id: int | None = None) -> str:
    url = f"/api/v1/applicants/{applicant_id}/eligibility"
    return url if vacancy_id is None else f"{url}?vacancy_id={vacancy_id}"


def years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


# --- in-memory rows --------------------------------------------------------------------------
def person(
    birth: date = date(2000, 5, 17), sex: str = "M", education: str = "smk", **extra: Any
) -> Applicant:
    return Applicant(
        id=extra.pop("id", 1),
        nik="3673011705000001",
        full_name="Ahmad Fauzi",
        birth_date=birth,
        sex=sex,
        kecamatan_code="367301",
        kelurahan_code="3673011002",
        education_level=education,
        **extra,
    )


def credential(kind: CredentialType, applicant_id: int = 1, **fields: Any) -> Credential:
    fields.setdefault("issued_on", TODAY - timedelta(days=100))
    fields.setdefault("verification", "verified")
    return Credential(
        id=fields.pop("id", None),
        applicant_id=applicant_id,
        kind=KIND_OF_TYPE[kind],
        type=kind,
        issuer="Test issuer",
        **fields,
    )


def job(scheme: str = "private", country: str = "TW", sector: str = "manufacturing", **extra: Any):  # type: ignore[no-untyped-def]
    return vacancy_facts(
        Vacancy(
            id=extra.pop("id", 1),
            agency_id=1,
            external_id="JO-1",
            country=country,
            scheme=scheme,
            sector=sector,
            occupation="Machine operator",
            title="Operator",
            openings=5,
            **extra,
        )
    )


SSW_CARE = {"scheme": "jp_ssw", "country": "JP", "sector": "caregiving"}
E9 = {"scheme": "kr_eps_e9", "country": "KR", "sector": "manufacturing"}


def run(
    applicant: Applicant, vacancy: Any, *credentials: Credential, **kw: Any
) -> list[RuleResult]:
    return evaluate(applicant_facts(applicant, credentials), vacancy, kw.get("today", TODAY))


def by_id(results: list[RuleResult], rule_id: str) -> RuleResult:
    matches = [r for r in results if r.rule_id == rule_id]
    assert len(matches) == 1, [r.rule_id for r in results]
    return matches[0]


def unmet_codes(results: list[RuleResult]) -> list[str]:
    return [r.code for r in results if r.status == "unmet"]


# --- scheme rules ----------------------------------------------------------------------------
def test_law18_minimum_age_is_reached_on_the_18th_birthday() -> None:
    on_birthday = run(person(birth=date(2008, 3, 1)), job())
    assert by_id(on_birthday, "law18.min_age").status == "met"
    day_before = run(person(birth=date(2008, 3, 2)), job())
    result = by_id(day_before, "law18.min_age")
    assert (result.status, result.code) == ("unmet", "age_below_minimum")
    assert result.params["eligible_from"] == "2026-03-02" and result.params["age"] == 17
    assert not is_eligible(day_before) and is_eligible(on_birthday)


def test_born_on_29_february_comes_of_age_on_1_march() -> None:
    assert anniversary(date(2008, 2, 29), 18) == date(2026, 3, 1)
    assert anniversary(date(2008, 2, 29), 16) == date(2024, 2, 29)


def test_e9_upper_age_bound_is_39_without_a_test_judged_today() -> None:
    still_39 = run(person(birth=date(1986, 3, 2)), job(**E9))  # 40 tomorrow
    assert by_id(still_39, "kr_eps_e9.max_age").status == "met"
    turned_40 = run(person(birth=date(1986, 3, 1)), job(**E9))
    result = by_id(turned_40, "kr_eps_e9.max_age")
    assert (result.status, result.code, result.params["age"]) == ("unmet", "age_above_maximum", 40)


def test_im_japan_bands_apply_to_that_channel_only() -> None:
    im_japan = job(scheme="jp_titp", country="JP", channel="im_japan")
    sma = run(person(birth=date(2007, 9, 1), education="sma"), im_japan)  # 18.5 today
    assert by_id(sma, "jp_titp.im_japan.min_age").status == "met"
    young = run(person(birth=date(2007, 9, 2), education="sma"), im_japan)
    result = by_id(young, "jp_titp.im_japan.min_age")
    assert (result.status, result.code, result.params["min_age"]) == (
        "unmet",
        "age_below_minimum",
        18.5,
    )
    smk = run(person(birth=date(2008, 3, 1), education="smk"), im_japan)  # 18 today
    assert by_id(smk, "jp_titp.im_japan.min_age").status == "met"
    over = run(person(birth=date(1999, 3, 1)), im_japan)  # 27 today
    assert by_id(over, "jp_titp.im_japan.max_age").status == "unmet"
    woman = by_id(run(person(sex="F"), im_japan), "jp_titp.im_japan.sex")
    assert (woman.status, woman.code) == ("unmet", "sex_not_accepted")
    smp = by_id(run(person(education="smp"), im_japan), "jp_titp.im_japan.education")
    assert smp.status == "unmet"
    # Another TITP route (a private sending organisation) has only the law's and its own.
    other = run(person(birth=date(2007, 9, 2), sex="F", education="smp"), job(scheme="jp_titp"))
    assert all(not r.rule_id.startswith("jp_titp") for r in other) and is_eligible(other)


@pytest.mark.parametrize(
    ("kind", "level", "status"),
    [
        (CredentialType.jlpt, "N5", "unmet"),
        (CredentialType.jlpt, "N4", "met"),
        (CredentialType.jlpt, "N2", "met"),
        (CredentialType.jft_basic, "A2", "met"),
    ],
)
def test_ssw_japanese_n4_or_jft_basic_a2(kind: CredentialType, level: str, status: str) -> None:
    results = run(person(), job(**SSW_CARE), credential(kind, level=level))
    result = by_id(results, "jp_ssw.japanese")
    assert result.status == status
    if status == "unmet":
        assert result.code == "language_level_below"
        assert result.params["held"] == "jlpt N5"
        assert result.remedy is not None
        assert (result.remedy.action, result.remedy.credential_type, result.remedy.level) == (
            "obtain",
            "jlpt",
            "N4",
        )


def _offer(
    partner: Partner, programme_id: int, starts_on: date, level: str = "N4", enrolled: int = 0
) -> tuple[TrainingProgramme, Cohort, Partner]:
    programme = TrainingProgramme(
        id=programme_id,
        provider_id=partner.id or 0,
        external_id=f"P{programme_id}",
        subject=f"Bahasa Jepang {level}",
        credential_type="jlpt",
        credential_level=level,
        duration_weeks=12,
        location="Serang",
        cost_payer="government",
    )
    cohort = Cohort(
        id=programme_id * 10,
        programme_id=programme_id,
        external_id="C1",
        starts_on=starts_on,
        ends_on=starts_on + timedelta(weeks=12),
        seats=20,
        enrolled=enrolled,
    )
    return programme, cohort, partner


def test_unmet_language_offers_programmes_that_grant_the_level() -> None:
    kjs = Partner(id=1, name="LPK KJS", kind="training_provider", city="Serang")
    bbpvp = Partner(id=2, name="BBPVP Serang", kind="training_provider")
    sources = training_sources(
        [
            _offer(kjs, 1, TODAY + timedelta(days=30), enrolled=5),
            _offer(bbpvp, 2, TODAY + timedelta(days=10)),
            _offer(bbpvp, 3, TODAY + timedelta(days=5), level="N5"),  # not far enough
            # A later cohort of programme 1: the earliest one is offered.
            (_offer(kjs, 1, TODAY + timedelta(days=90))[0], _offer(kjs, 1, TODAY)[1], kjs),
        ]
    )
    results = evaluate(applicant_facts(person(), []), job(**SSW_CARE), TODAY, sources)
    remedy = by_id(results, "jp_ssw.japanese").remedy
    assert remedy is not None
    offered = [(p.name, p.programme_id, p.next_cohort_starts_on) for p in remedy.providers]
    assert offered == [("LPK KJS", 1, TODAY), ("BBPVP Serang", 2, TODAY + timedelta(days=10))]
    assert remedy.providers[0].free_seats == 20 and remedy.providers[1].level == "N4"


def test_eps_topik_below_the_floor() -> None:
    below = run(person(), job(**E9), credential(CredentialType.eps_topik, score=79))
    result = by_id(below, "kr_eps_e9.eps_topik")
    assert (result.status, result.code, result.params["held"]) == (
        "unmet",
        "eps_topik_below_floor",
        "eps_topik 79",
    )
    at_floor = run(person(), job(**E9), credential(CredentialType.eps_topik, score=80))
    assert by_id(at_floor, "kr_eps_e9.eps_topik").status == "met"


def test_eps_topik_result_is_valid_two_years() -> None:
    old = credential(CredentialType.eps_topik, score=150, issued_on=TODAY - timedelta(days=731))
    result = by_id(run(person(), job(**E9), old), "kr_eps_e9.eps_topik")
    assert (result.status, result.code) == ("unmet", "credential_expired")
    assert result.remedy is not None and result.remedy.action == "renew"
    fresh = credential(CredentialType.eps_topik, score=150, issued_on=TODAY - timedelta(days=730))
    assert by_id(run(person(), job(**E9), fresh), "kr_eps_e9.eps_topik").status == "met"


def test_expired_test_result_counts_as_missing() -> None:
    def skill(expires_on: date) -> Credential:
        return credential(CredentialType.ssw_skill_test, field="Caregiving", expires_on=expires_on)

    expired = by_id(
        run(person(), job(**SSW_CARE), skill(TODAY - timedelta(days=1))), "jp_ssw.skill_test"
    )
    assert (expired.status, expired.code) == ("unmet", "credential_expired")
    assert expired.params["expired_on"] == "2026-02-28"
    assert expired.remedy is not None and expired.remedy.action == "renew"
    assert expired.remedy.field == "nursing_care"
    last_day = by_id(run(person(), job(**SSW_CARE), skill(TODAY)), "jp_ssw.skill_test")
    assert last_day.status == "met"


def test_ssw_skill_test_must_be_of_the_jobs_field() -> None:
    other = credential(CredentialType.ssw_skill_test, field="food service")
    result = by_id(run(person(), job(**SSW_CARE), other), "jp_ssw.skill_test")
    assert (result.status, result.code, result.params["field"]) == (
        "unmet",
        "skill_test_missing",
        "nursing_care",
    )


def test_caregivers_need_the_nursing_care_test() -> None:
    held = [
        credential(CredentialType.ssw_skill_test, field="caregiving"),
        credential(CredentialType.jlpt, level="N4"),
    ]
    without = run(person(), job(**SSW_CARE), *held)
    assert unmet_codes(without) == ["nursing_care_test_missing"]
    with_test = run(
        person(), job(**SSW_CARE), *held, credential(CredentialType.nursing_care_japanese)
    )
    assert is_eligible(with_test)
    food = job(scheme="jp_ssw", country="JP", sector="food_service")
    assert all(r.rule_id != "jp_ssw.nursing_care_japanese" for r in run(person(), food))


def test_e9_needs_junior_secondary_school() -> None:
    primary = by_id(run(person(education="sd"), job(**E9)), "kr_eps_e9.education")
    assert (primary.status, primary.code) == ("unmet", "education_below_minimum")
    assert by_id(run(person(education="smp"), job(**E9)), "kr_eps_e9.education").status == "met"


def test_e7_trade_test_and_e8_mou() -> None:
    e7 = job(scheme="kr_e7", country="KR", sector="welding")
    assert by_id(run(person(), e7), "kr_e7.trade_test").code == "trade_test_missing"
    passed = credential(CredentialType.korean_skills_test, field="welding")
    assert by_id(run(person(), e7, passed), "kr_e7.trade_test").status == "met"
    e8 = job(scheme="kr_e8", country="KR", sector="agriculture")
    assert by_id(run(person(), e8), "kr_e8.mou").code == "mou_missing"
    assert (
        by_id(run(person(), job(scheme="kr_e8", country="KR", mou_id=3)), "kr_e8.mou").status
        == "met"
    )
    assert by_id(run(person(birth=date(1970, 1, 1)), e8), "kr_e8.max_age").status == "unmet"


def test_rules_without_our_data_are_unknown_and_do_not_block() -> None:
    results = run(person(), job())
    assert by_id(results, "law18.health").status == "unknown"
    assert by_id(results, "law18.bpjs").status == "unknown"
    assert is_eligible(results)


# --- job-order rules -------------------------------------------------------------------------
def test_job_order_sex_requirement() -> None:
    women_only = job(required_sex="F")
    result = by_id(run(person(sex="M"), women_only), "job_order.sex")
    assert (result.status, result.code, result.params["required"]) == (
        "unmet",
        "sex_not_accepted",
        "F",
    )
    assert by_id(run(person(sex="F"), women_only), "job_order.sex").status == "met"


def test_job_order_education_requirement() -> None:
    senior = job(min_education="sma")
    result = by_id(run(person(education="smp"), senior), "job_order.education")
    assert (result.status, result.code) == ("unmet", "education_below_minimum")
    assert result.remedy is not None and result.remedy.education == "sma"
    # Vocational senior school (SMK) stands level with general (SMA).
    assert by_id(run(person(education="smk"), senior), "job_order.education").status == "met"


def test_job_order_age_range() -> None:
    band = job(min_age=21, max_age=30)
    assert by_id(run(person(birth=date(2005, 3, 2)), band), "job_order.min_age").status == "unmet"
    assert by_id(run(person(birth=date(1995, 3, 1)), band), "job_order.max_age").status == "unmet"
    ok = run(person(birth=date(2000, 1, 1)), band)
    assert by_id(ok, "job_order.min_age").status == by_id(ok, "job_order.max_age").status == "met"


def test_job_order_experience_counts_related_work_only() -> None:
    order = job(min_experience_years=2, isco_code="7212")
    welder = person(experience=[{"occupation": "Welder", "isco_code": "7212", "years": 2}])
    assert by_id(run(welder, order), "job_order.experience").status == "met"
    cook = person(experience=[{"occupation": "Cook", "isco_code": "5120", "years": 5}])
    result = by_id(run(cook, order), "job_order.experience")
    assert (result.status, result.code, result.params["held"]) == (
        "unmet",
        "experience_below_minimum",
        0,
    )


def test_job_order_language_and_certificates() -> None:
    order = job(
        language="ko",
        min_language_score=120,
        required_certificates=[{"type": "bnsp_competency", "field": "Welding"}],
    )
    held = [
        credential(CredentialType.eps_topik, score=110),
        credential(CredentialType.bnsp_competency, field="welding"),
    ]
    results = run(person(), order, *held)
    assert by_id(results, "job_order.language").code == "eps_topik_below_floor"
    assert by_id(results, "job_order.certificate.0").status == "met"
    english = job(language="en", min_language_level="B1")
    assert by_id(run(person(), english), "job_order.language").status == "unknown"
    n3 = job(scheme="jp_ssw", country="JP", language="ja", min_language_level="N3")
    jft = run(person(), n3, credential(CredentialType.jft_basic, level="A2"))
    assert by_id(jft, "job_order.language").status == "unmet"  # A2 stands for N4, not N3


def test_rejected_credentials_never_count_and_pending_ones_do() -> None:
    rejected = credential(CredentialType.jlpt, level="N3", verification="rejected")
    assert by_id(run(person(), job(**SSW_CARE), rejected), "jp_ssw.japanese").status == "unmet"
    pending = credential(CredentialType.jlpt, level="N3", verification="pending")
    result = by_id(run(person(), job(**SSW_CARE), pending), "jp_ssw.japanese")
    assert result.status == "met" and result.params["verified"] is False


def test_credential_expiring_before_the_deadline_is_flagged() -> None:
    order = job(**E9, deadline=TODAY + timedelta(days=60))
    soon = credential(CredentialType.eps_topik, score=150, expires_on=TODAY + timedelta(days=30))
    result = by_id(run(person(), order, soon), "kr_eps_e9.eps_topik")
    assert result.status == "met" and result.expires_before_deadline
    later = credential(CredentialType.eps_topik, score=150, expires_on=TODAY + timedelta(days=90))
    assert not by_id(
        run(person(), order, soon, later), "kr_eps_e9.eps_topik"
    ).expires_before_deadline


def test_passes_agrees_with_evaluate() -> None:
    order = job(**E9)
    for applicant, held in [
        (person(), [credential(CredentialType.eps_topik, score=120)]),
        (person(), []),
        (person(birth=date(1980, 1, 1)), [credential(CredentialType.eps_topik, score=120)]),
    ]:
        facts = applicant_facts(applicant, held)
        assert passes(facts, order, TODAY) == is_eligible(evaluate(facts, order, TODAY))


# --- endpoints -------------------------------------------------------------------------------
def create_applicant(officer: TestClient, serial: int, **overrides: Any) -> int:
    response = officer.post("/api/v1/applicants", json=applicant_body(serial=serial, **overrides))
    assert response.status_code == 201, response.text
    return int(response.json()["id"])


def add_credential(officer: TestClient, applicant_id: int, **body: Any) -> None:
    body.setdefault("issuer", "Test issuer")
    body.setdefault("issued_on", (date.today() - timedelta(days=30)).isoformat())
    response = officer.post(f"/api/v1/applicants/{applicant_id}/credentials", json=body)
    assert response.status_code == 201, response.text


def test_api_age_boundary_on_the_18th_birthday(officer: TestClient, session: Session) -> None:
    vacancy_id = add_job_order(session, add_agency(session), "JO-1", scheme="private", country="TW")
    today = date.today()
    adult = create_applicant(officer, 1, birth=years_before(today, 18))
    minor = create_applicant(officer, 2, birth=years_before(today, 18) + timedelta(days=1))
    assert officer.get(eligibility_url(adult, vacancy_id)).json()["eligible"] is True
    body = officer.get(eligibility_url(minor, vacancy_id)).json()
    assert body["eligible"] is False and body["unmet"] == ["age_below_minimum"]


def test_api_names_every_unmet_rule_with_remedies(officer: TestClient, session: Session) -> None:
    agency = add_agency(session)
    lpk = add_agency(session, "LPK KJS", kind="training_provider")
    add_agency(session, "LPK Tanpa Program", kind="training_provider")
    add_programme(session, lpk, "JP-N4")
    add_programme(session, lpk, "JP-N4-FULL", seats=10, enrolled=10)
    add_programme(session, lpk, "JP-N5", credential_level="N5", subject="Bahasa Jepang N5")
    deadline = date.today() + timedelta(days=60)
    vacancy_id = add_job_order(
        session,
        agency,
        "JO-1",
        **SSW_CARE,
        required_sex="F",
        min_education="sma",
        deadline=deadline,
    )
    minor = create_applicant(
        officer, 1, birth=years_before(date.today(), 17), education_level="smp"
    )
    add_credential(officer, minor, type="jlpt", level="N5")
    response = officer.get(eligibility_url(minor, vacancy_id), headers={"Accept-Language": "id"})
    assert response.status_code == 200, response.text
    assert response.headers["content-language"] == "id"
    body = response.json()
    assert body["eligible"] is False and body["complete"] is False
    assert body["unmet"] == [
        "age_below_minimum",
        "age_below_minimum",
        "skill_test_missing",
        "language_level_below",
        "nursing_care_test_missing",
        "sex_not_accepted",
        "education_below_minimum",
    ]
    assert body["summary"].startswith("7 syarat tidak terpenuhi")
    language = next(r for r in body["rules"] if r["rule_id"] == "jp_ssw.japanese")
    assert language["title"] == "Bahasa"
    assert "jlpt N5" in language["message"]
    assert language["remedy"]["action"] == "obtain"
    assert language["remedy"]["level"] == "N4"
    offers = language["remedy"]["training_providers"]
    assert [(p["name"], p["programme"], p["level"]) for p in offers] == [
        ("LPK KJS", "Bahasa Jepang N4", "N4")
    ]
    assert offers[0]["free_seats"] == 20 and offers[0]["next_cohort_starts_on"]
    statuses = {r["rule_id"]: r["status"] for r in body["rules"]}
    assert statuses.pop("programme.channel_open") == "met"
    assert set(statuses.values()) == {"unmet", "unknown"}


def test_api_flags_credential_expiring_before_deadline(
    officer: TestClient, session: Session
) -> None:
    deadline = date.today() + timedelta(days=60)
    vacancy_id = add_job_order(session, add_agency(session), "JO-1", deadline=deadline)
    applicant_id = create_applicant(officer, 1)
    add_credential(
        officer,
        applicant_id,
        type="eps_topik",
        score=150,
        expires_on=(date.today() + timedelta(days=30)).isoformat(),
        verification="verified",
    )
    listed = (date.today() - timedelta(days=5)).isoformat()
    add_credential(officer, applicant_id, type="eps_roster", issued_on=listed)
    body = officer.get(eligibility_url(applicant_id, vacancy_id)).json()
    assert body["eligible"] is True
    assert body["warnings"] == ["kr_eps_e9.eps_topik"]
    topik = next(r for r in body["rules"] if r["rule_id"] == "kr_eps_e9.eps_topik")
    assert topik["expires_before_deadline"] is True and topik["params"]["verified"] is True


def test_api_access(client: TestClient, officer: TestClient, session: Session) -> None:
    vacancy_id = add_job_order(session, add_agency(session), "JO-1")
    own_headers, own_id = applicant_headers(client, 1)
    other_headers, _ = applicant_headers(client, 2)
    assert client.get(eligibility_url(own_id, vacancy_id), headers=own_headers).status_code == 200
    response = client.get(eligibility_url(own_id, vacancy_id), headers=other_headers)
    assert_problem(response, 404, "not_found")
    assert_problem(client.get(eligibility_url(own_id, vacancy_id)), 401, "not_authenticated")
    # A job seeker cannot probe job orders that are not open.
    closed = add_job_order(session, add_agency(session, "PT Dua"), "JO-2", status="closed")
    assert_problem(
        client.get(eligibility_url(own_id, closed), headers=own_headers), 404, "not_found"
    )
    assert officer.get(eligibility_url(own_id, closed)).status_code == 200


def test_api_bad_input(officer: TestClient, session: Session) -> None:
    applicant_id = create_applicant(officer, 1)
    assert_problem(officer.get(eligibility_url(applicant_id, 4242)), 404, "not_found")
    problem = assert_problem(officer.get(eligibility_url(applicant_id)), 422, "validation_failed")
    assert [e["field"] for e in problem["errors"]] == ["vacancy_id"]
    assert_problem(officer.get(eligibility_url(applicant_id, 0)), 422, "validation_failed")
    vacancy_id = add_job_order(session, add_agency(session), "JO-1")
    assert_problem(officer.get(eligibility_url(4242, vacancy_id)), 404, "not_found")


def test_api_rule_table(client: TestClient, officer: TestClient) -> None:
    assert_problem(client.get(RULES_URL), 401, "not_authenticated")
    headers, _ = applicant_headers(client, 1)
    response = client.get(RULES_URL, headers={**headers, "Accept-Language": "id"})
    assert response.status_code == 200, response.text
    table = response.json()
    assert [r["id"] for r in table["scheme_rules"]] == [r.id for r in SCHEME_RULES]
    e9_max = next(r for r in table["scheme_rules"] if r["id"] == "kr_eps_e9.max_age")
    assert e9_max["requirement"] == "Berusia maksimal 39 tahun pada hari ujian EPS-TOPIK."
    assert e9_max["schemes"] == ["kr_eps_e9"] and "EPS" in e9_max["source"]
    titp = next(r for r in table["scheme_rules"] if r["id"] == "jp_titp.im_japan.min_age")
    assert titp["params"] == {"min_age": 18.5, "min_age_smk": 18}
    assert titp["channels"] == ["im_japan"] and "kompas" in titp["source"]
    assert {r["code"] for r in table["job_order_rules"]} >= {
        "sex_not_accepted",
        "certificate_missing",
    }
    assert officer.get(RULES_URL).json()["scheme_rules"][0]["title"] == "Minimum age"


def test_bulk_facts_load_every_applicant_with_its_credentials(
    officer: TestClient, session: Session
) -> None:
    first = create_applicant(officer, 1)
    second = create_applicant(officer, 2)
    add_credential(officer, first, type="eps_topik", score=150)
    add_credential(officer, second, type="jlpt", level="N4", verification="rejected")
    facts = load_applicant_facts(session, [second, first, first])
    assert sorted(facts) == sorted([first, second])
    assert [c.type for c in facts[first].credentials] == ["eps_topik"]
    assert facts[second].credentials == ()
