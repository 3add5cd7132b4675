"""A person's matches from the open job orders in memory say what the per-pair path says.

`rank_matches` evaluates each distinct rule once for the person and scores all eligible orders
at once; `rank_matches_per_pair` loads the admitting orders and evaluates and scores each
pair. Same matches, scores and order; same near misses with the same unmet results and
remedies. And the orders in memory never outlive a change to a job order.
"""

import os
import random
from collections import defaultdict
from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlmodel import Session

from app.demo.applicants import make_applicants
from app.demo.credentials import make_credentials
from app.demo.vacancies import make_vacancies
from app.models.applicant import Applicant
from app.models.mou import Mou
from app.models.vacancy import Vacancy
from app.services.applications.quota import take_opening
from app.services.matching import open_orders
from app.services.matching.open_orders import OpenOrdersCache
from app.services.matching.ranking import Matches, rank_matches, rank_matches_per_pair
from app.services.matching.stamped import per_engine
from tests.auth_helpers import make_partner
from tests.factories import add_applicant, add_job_order, add_programme
from tests.test_ranking import add_topik
from tests.test_vectorised import edge_births

DAYS = [date(2026, 6, 1), date(2027, 3, 1)]
PEOPLE_SEED = 11


def seed_orders(session: Session, today: date) -> None:
    """Every demo job order, each also with its bounds and requirements pulled around, and
    some closed, full or past their deadline."""
    agency = make_partner(session, "PT Fast Ranking Agency")
    mou = Mou(title="E-8 MoU", kind="sister_city", stage="active")
    session.add(mou)
    session.commit()
    agencies: defaultdict[str, int] = defaultdict(lambda: agency.id or 0)
    mous: defaultdict[str, int] = defaultdict(lambda: mou.id or 0)
    variants: list[dict[str, Any]] = [
        {},
        {"min_age": 20, "max_age": 26, "min_experience_years": 1.0},
        {"required_sex": None, "mou_id": None, "min_language_score": None},
        {"min_education": None, "language": None, "min_language_level": None},
        {"min_age": 19, "max_age": 39, "required_certificates": []},
        {"status": "closed"},
        {"filled": 1, "openings": 1},
        {"deadline": today - timedelta(days=1)},
        {"deadline": today},
    ]
    for n, changes in enumerate(variants):
        for order in make_vacancies(agencies, mous):
            values = order.model_dump(exclude={"id"})
            values.update(changes, external_id=f"{order.external_id}-{n}")
            if "deadline" not in changes:
                values["deadline"] = today + timedelta(days=30)
            session.add(Vacancy(**values))
    session.commit()


def seed_people(
    session: Session, today: date, count: int, seed: int | None = None
) -> list[Applicant]:
    """Random people with their credentials, some born a day either side of each age bound;
    drawn by the day unless a seed is given."""
    rng = random.Random(today.toordinal() if seed is None else seed)
    people = make_applicants(rng, count)
    births = edge_births(today)
    for index, person in enumerate(people):
        person.consent_given_at = person.created_at
        if index < len(births):
            person.birth_date = births[index]
        else:
            person.birth_date = date(1975, 1, 1) + timedelta(days=rng.randrange(13_000))
    session.add_all(people)
    session.commit()
    for person in people:
        for credential in make_credentials(rng, person):
            credential.applicant_id = person.id or 0
            if rng.random() < 0.3:  # some results expire around the day of evaluation
                credential.expires_on = today + timedelta(days=rng.randrange(-40, 40))
            session.add(credential)
    session.commit()
    return people


def seed_training(session: Session, today: date) -> None:
    """Courses for the language tests, so that near misses carry providers in remedies."""
    provider = make_partner(session, "LPK Fast Ranking", kind="training_provider")
    for external_id, kind, level, points in [
        ("EPS", "eps_topik", None, 150),
        ("JLPT", "jlpt", "N4", None),
    ]:
        add_programme(
            session,
            provider.id or 0,
            external_id,
            starts_on=today + timedelta(days=20),
            subject=f"Persiapan {kind}",
            credential_type=kind,
            credential_level=level,
            credential_score=points,
        )


def both(session: Session, person: Applicant, today: date, **filters: Any) -> Iterator[Matches]:
    yield rank_matches(session, person, today, **filters)
    yield rank_matches_per_pair(session, person, today, **filters)


@pytest.mark.parametrize("today", DAYS)
def test_in_memory_orders_say_what_each_pair_says(session: Session, today: date) -> None:
    seed_orders(session, today)
    seed_training(session, today)
    people = seed_people(session, today, count=60)
    matched = missed = twice_unmet = with_providers = 0
    for index, person in enumerate(people):
        fast, reference = both(session, person, today)
        assert fast == reference, person.id
        matches, misses = fast
        matched += len(matches)
        missed += len(misses)
        twice_unmet += sum(len(m.unmet) == 2 for m in misses)
        with_providers += sum(
            bool(r.remedy and r.remedy.providers) for m in misses for r in m.unmet
        )
        if index % 5 == 0:
            for filters in [{"country": "JP"}, {"sector": "manufacturing"}]:
                fast, reference = both(session, person, today, **filters)
                assert fast == reference, (person.id, filters)
    # Every outcome was exercised: matches, misses by one and by two rules, remedies.
    assert matched > 50 and missed > 50 and twice_unmet > 10 and with_providers > 10


def test_the_comparison_catches_a_rule_judged_on_the_wrong_order(
    session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Judging each rule once whatever the order's sector, occupation or MoU must show."""
    today = DAYS[0]
    monkeypatch.setattr(open_orders, "_rule_reads", lambda rule, v: None)
    seed_orders(session, today)
    people = seed_people(session, today, count=60)
    assert any(
        rank_matches(session, p, today) != rank_matches_per_pair(session, p, today) for p in people
    )


def matched_ids(officer: TestClient, applicant_id: int) -> tuple[list[int], list[int]]:
    response = officer.get(f"/api/v1/applicants/{applicant_id}/matches")
    assert response.status_code == 200, response.text
    body = response.json()
    return [m["vacancy_id"] for m in body["items"]], [m["vacancy_id"] for m in body["near_misses"]]


PAGE = 3
PEOPLE = 40


def test_pages_of_matches_follow_the_reference_ranking(
    officer: TestClient, session: Session
) -> None:
    """The route builds only the page's matches from the ranking; paging through it with the
    cursor still gives every match of the per-pair ranking, in its order, with its score."""
    today = date.today()
    seed_orders(session, today)
    # Today's date, not a fixed day: the route ranks as of now. A fixed seed, since people
    # drawn by the date matched so few orders on some days that no one had a second page.
    people = seed_people(session, today, count=PEOPLE, seed=PEOPLE_SEED)
    checked = 0
    for person in people:
        matches, misses = rank_matches_per_pair(session, person, today)
        expected = [(v.id, s.total) for v, s in matches]
        seen: list[tuple[int, int]] = []
        params: dict[str, Any] = {"limit": PAGE}
        for _ in range(len(expected) // PAGE + 2):  # a cursor that never ends fails, not hangs
            page = officer.get(f"/api/v1/applicants/{person.id}/matches", params=params)
            assert page.status_code == 200, page.text
            body = page.json()
            seen += [(m["vacancy_id"], m["score"]) for m in body["items"]]
            assert [m["vacancy_id"] for m in body["near_misses"]] == [
                m.vacancy.id for m in misses[:10]
            ]
            if body["next_cursor"] is None:
                break
            params["cursor"] = body["next_cursor"]
        assert seen == expected, person.id
        checked += len(expected) > PAGE
    assert checked >= 3  # several people had more than one page


def test_no_stale_answers_after_a_job_order_changes(officer: TestClient, session: Session) -> None:
    today = date.today()
    agency = make_partner(session, "PT Fresh Agency")
    person = add_applicant(session, 1, birth_date=date(today.year - 28, 1, 1))
    add_topik(session, person, 150)

    def job_order(external_id: str, **fields: Any) -> int:
        fields.setdefault("language", "ko")
        fields.setdefault("min_language_score", 100)
        return add_job_order(session, agency.id or 0, external_id, openings=1, **fields)

    first = job_order("JO-FRESH-1")
    assert matched_ids(officer, person) == ([first], [])
    # Created: seen on the next request.
    second = job_order("JO-FRESH-2", occupation="Welder", isco_code="7212")
    assert matched_ids(officer, person) == ([second, first], [])
    # A requirement raised: the order becomes a near miss.
    raised = officer.patch(f"/api/v1/vacancies/{second}", json={"min_language_score": 160})
    assert raised.status_code == 200, raised.text
    assert matched_ids(officer, person) == ([first], [second])
    # Closed: gone.
    closed = officer.patch(f"/api/v1/vacancies/{first}", json={"status": "closed"})
    assert closed.status_code == 200, closed.text
    assert matched_ids(officer, person) == ([], [second])
    # Filled through the quota (its only opening taken): gone too.
    take_opening(session, second, "test")
    session.commit()
    assert matched_ids(officer, person) == ([], [])
    # A deadline moved into the past: the same day, the change is seen.
    third = job_order("JO-FRESH-3", deadline=today + timedelta(days=5))
    assert matched_ids(officer, person) == ([third], [])
    moved = officer.patch(
        f"/api/v1/vacancies/{third}", json={"deadline": (today - timedelta(days=1)).isoformat()}
    )
    assert moved.status_code == 200, moved.text
    assert matched_ids(officer, person) == ([], [])


def test_a_write_that_changes_nothing_matching_reads_keeps_the_built_orders(
    officer: TestClient, session: Session, engine: Engine
) -> None:
    today = date.today()
    agency = make_partner(session, "PT Steady Agency")
    order = add_job_order(session, agency.id or 0, "JO-STEADY", openings=3)
    cache = per_engine(engine, OpenOrdersCache)
    with Session(engine) as reading:
        built = cache.get(reading, today)
    # More openings: a new version, the same matching columns.
    more = officer.patch(f"/api/v1/vacancies/{order}", json={"openings": 5})
    assert more.status_code == 200, more.text
    with Session(engine) as reading:
        assert cache.get(reading, today) is built
    # Another occupation: what the score reads changed, so the orders are built again.
    other = officer.patch(f"/api/v1/vacancies/{order}", json={"occupation": "Welder"})
    assert other.status_code == 200, other.text
    with Session(engine) as reading:
        assert cache.get(reading, today) is not built


@pytest.mark.skipif(
    not os.environ.get("DATABASE_URL", "").startswith("postgres"),
    reason="the digest of the open orders is computed by PostgreSQL",
)
def test_unchanged_orders_are_not_read_back_when_their_digest_stands(
    officer: TestClient, session: Session, engine: Engine
) -> None:
    today = date.today()
    agency = make_partner(session, "PT Digest Agency")
    order = add_job_order(session, agency.id or 0, "JO-DIGEST", openings=3)
    cache = per_engine(engine, OpenOrdersCache)
    with Session(engine) as reading:
        built = cache.get(reading, today)
    statements: list[str] = []

    def note(_connection: Any, _cursor: Any, statement: str, *_: Any) -> None:
        statements.append(statement)

    event.listen(engine, "before_cursor_execute", note)
    try:
        more = officer.patch(f"/api/v1/vacancies/{order}", json={"openings": 5})
        assert more.status_code == 200, more.text
        statements.clear()
        with Session(engine) as reading:
            assert cache.get(reading, today) is built
        assert any("md5" in s for s in statements)
        assert not any("lean.title" in s for s in statements)  # no row read back

        other = officer.patch(f"/api/v1/vacancies/{order}", json={"occupation": "Welder"})
        assert other.status_code == 200, other.text
        statements.clear()
        with Session(engine) as reading:
            rebuilt = cache.get(reading, today)
        assert rebuilt is not built
        assert any("lean.title" in s for s in statements)
        assert [shown[0] for shown in rebuilt._shown] == [order]
    finally:
        event.remove(engine, "before_cursor_execute", note)
