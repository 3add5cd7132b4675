"""Ranking both ways: who is listed, in which order, what an agency may see, and paging."""

from datetime import date, timedelta
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session

from app.models.credential import KIND_OF_TYPE, Credential, CredentialType
from app.services.matching.vectorised import Columns
from tests.auth_helpers import bearer, client_token, make_partner
from tests.factories import (
    add_applicant,
    add_job_order,
    add_programme,
    assert_problem,
    roster_place,
)

TODAY = date.today()


def born(age: int) -> date:
    return date(TODAY.year - age, 1, 1) if TODAY.month > 1 else date(TODAY.year - age - 1, 1, 1)


def add_topik(session: Session, applicant_id: int, score: int, issued_days_ago: int = 60) -> None:
    """A result and, a month later at most, a place on the EPS roster (E-9 needs both)."""
    session.add(
        Credential(
            applicant_id=applicant_id,
            kind=KIND_OF_TYPE[CredentialType.eps_topik],
            type=CredentialType.eps_topik,
            score=score,
            issuer="HRD Korea",
            issued_on=TODAY - timedelta(days=issued_days_ago),
            verification="verified",
        )
    )
    session.add(roster_place(applicant_id, TODAY - timedelta(days=min(issued_days_ago, 30))))
    session.commit()


@pytest.fixture
def world(session: Session) -> dict[str, Any]:
    agency = make_partner(session, "PT Ranking Agency")
    vacancy = add_job_order(
        session,
        agency.id or 0,
        "JO-RANK-1",
        occupation="Welder",
        isco_code="7212",
        language="ko",
        min_language_score=100,
        deadline=TODAY + timedelta(days=60),
    )
    people: dict[str, int] = {}

    def person(key: str, serial: int, topik: int | None, **fields: Any) -> None:
        people[key] = add_applicant(
            session, serial, birth_date=born(fields.pop("age", 27)), **fields
        )
        if topik is not None:
            add_topik(session, people[key], topik, fields.pop("issued_days_ago", 60))

    person("welder", 1, 150)  # two years as a welder (the factory's default experience)
    person("novice", 2, 110, experience=[])
    person("below_floor", 3, 95)
    person("no_consent", 4, 180, consent=False)
    person("too_old", 5, 160, age=45)
    person("archived", 6, 170, status="archived")
    person("no_test", 7, None)
    expired = add_applicant(session, 8, birth_date=born(30))
    add_topik(session, expired, 190, issued_days_ago=800)  # EPS-TOPIK lasts two years
    people["expired"] = expired
    return {"agency": agency, "vacancy": vacancy, "people": people}


def candidates(officer: TestClient, vacancy_id: int, **params: Any) -> dict[str, Any]:
    response = officer.get(f"/api/v1/vacancies/{vacancy_id}/candidates", params=params)
    assert response.status_code == 200, response.text
    return response.json()  # type: ignore[no-any-return]


def test_only_eligible_people_with_consent_best_first(
    officer: TestClient, world: dict[str, Any]
) -> None:
    people = world["people"]
    page = candidates(officer, world["vacancy"])
    assert [c["applicant_id"] for c in page["items"]] == [people["welder"], people["novice"]]
    assert page["eligible_total"] == 2
    best, second = page["items"]
    assert best["score"] == sum(best["score_parts"].values())
    assert best["score_parts"]["occupation"] == 300 and second["score_parts"]["occupation"] == 0
    assert best["score_parts"]["language"] > second["score_parts"]["language"]
    assert best["experience_years"] == 2 and best["age"] == 27


def test_candidates_are_anonymous(officer: TestClient, world: dict[str, Any]) -> None:
    item = candidates(officer, world["vacancy"])["items"][0]
    for personal in ("full_name", "nik", "phone", "email", "address", "birth_date"):
        assert personal not in item
    assert "Calon PMI" not in str(item)


def test_withdrawn_consent_drops_out(
    officer: TestClient, world: dict[str, Any], session: Session
) -> None:
    welder = world["people"]["welder"]
    response = officer.patch(f"/api/v1/applicants/{welder}", json={"consent": None})
    assert response.status_code == 200
    ids = [c["applicant_id"] for c in candidates(officer, world["vacancy"])["items"]]
    assert welder not in ids
    assert_problem(officer.get(f"/api/v1/applicants/{welder}/matches"), 409, "consent_required")


def test_paging_ties_and_bad_cursor(
    officer: TestClient, world: dict[str, Any], session: Session
) -> None:
    twin = add_applicant(session, 9, birth_date=born(27), experience=[])
    add_topik(session, twin, 110)
    novice = world["people"]["novice"]
    first = candidates(officer, world["vacancy"], limit=2)
    assert len(first["items"]) == 2 and first["next_cursor"]
    rest = candidates(officer, world["vacancy"], limit=2, cursor=first["next_cursor"])
    assert [c["applicant_id"] for c in first["items"][1:] + rest["items"]] == [novice, twin]
    assert rest["next_cursor"] is None
    url = f"/api/v1/vacancies/{world['vacancy']}/candidates"
    assert_problem(officer.get(url, params={"cursor": "not-a-cursor"}), 422, "invalid_cursor")
    assert_problem(officer.get(url, params={"limit": 101}), 422, "validation_failed")
    assert candidates(officer, world["vacancy"], min_score=1001 - 1)["items"] == []


def test_agency_sees_only_its_own_orders(
    client: TestClient, session: Session, world: dict[str, Any]
) -> None:
    own = bearer(client_token(client, session, world["agency"], ["applications:read"]))
    url = f"/api/v1/vacancies/{world['vacancy']}/candidates"
    assert client.get(url, headers=own).status_code == 200
    other = make_partner(session, "PT Other Agency")
    foreign = bearer(client_token(client, session, other, ["applications:read"]))
    assert_problem(client.get(url, headers=foreign), 404, "not_found")
    assert_problem(client.get("/api/v1/vacancies/99999/candidates", headers=own), 404, "not_found")


def test_retrieval_evaluates_only_the_blocked_set(
    officer: TestClient, session: Session, world: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    for serial in range(20, 60):  # forty people the database can rule out by age alone
        add_topik(session, add_applicant(session, serial, birth_date=born(50)), 150)
    evaluated: list[int] = []
    real_eligible = Columns.eligible

    def recording(columns: Columns, vacancy: Any, at: Any = None) -> Any:
        evaluated.extend(columns.ids[at].tolist())
        return real_eligible(columns, vacancy, at)

    monkeypatch.setattr(Columns, "eligible", recording)
    assert candidates(officer, world["vacancy"])["eligible_total"] == 2
    # Only the block is checked: of age, holding a valid EPS-TOPIK, consenting and active.
    people = world["people"]
    assert sorted(evaluated) == sorted([people["welder"], people["novice"], people["below_floor"]])


def test_matches_and_near_misses(officer: TestClient, world: dict[str, Any]) -> None:
    people = world["people"]
    matched = officer.get(f"/api/v1/applicants/{people['welder']}/matches").json()
    assert [m["vacancy_id"] for m in matched["items"]] == [world["vacancy"]]
    assert (
        matched["items"][0]["score"] == candidates(officer, world["vacancy"])["items"][0]["score"]
    )
    assert matched["near_misses"] == []

    missed = officer.get(
        f"/api/v1/applicants/{people['below_floor']}/matches", headers={"Accept-Language": "id"}
    ).json()
    assert missed["items"] == []
    (miss,) = missed["near_misses"]
    assert miss["vacancy_id"] == world["vacancy"]
    assert [u["status"] for u in miss["unmet"]] == ["unmet"]
    assert miss["unmet"][0]["params"]["held"] == 95 or "95" in str(miss["unmet"][0]["params"])

    filtered = officer.get(
        f"/api/v1/applicants/{people['welder']}/matches", params={"country": "JP"}
    ).json()
    assert filtered["items"] == []
    bad = officer.get(f"/api/v1/applicants/{people['welder']}/matches", params={"country": "x"})
    assert_problem(bad, 422, "validation_failed")
    assert_problem(officer.get("/api/v1/applicants/99999/matches"), 404, "not_found")


def test_near_miss_names_where_to_train(
    officer: TestClient, world: dict[str, Any], session: Session
) -> None:
    provider = make_partner(session, "LPK Hangul Serang", kind="training_provider")
    _, cohort = add_programme(
        session,
        provider.id or 0,
        "EPS-PREP",
        subject="Persiapan EPS-TOPIK",
        credential_type="eps_topik",
        credential_level=None,
        credential_score=150,
    )
    missed = officer.get(f"/api/v1/applicants/{world['people']['below_floor']}/matches").json()
    (miss,) = missed["near_misses"]
    (unmet,) = miss["unmet"]
    assert [p["cohort_id"] for p in unmet["remedy"]["training_providers"]] == [cohort]


def test_closed_or_full_orders_are_not_matched(
    officer: TestClient, session: Session, world: dict[str, Any]
) -> None:
    from app.models.vacancy import Vacancy

    vacancy = session.get(Vacancy, world["vacancy"])
    assert vacancy is not None
    vacancy.filled = vacancy.openings
    session.add(vacancy)
    session.commit()
    matched = officer.get(f"/api/v1/applicants/{world['people']['welder']}/matches").json()
    assert matched["items"] == []
