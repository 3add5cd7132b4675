"""Optimistic concurrency: ETag on reads, If-Match on writes, required of partner systems."""

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.engine import Engine
from sqlmodel import Session

from app.core.concurrency import Precondition
from app.core.errors import ProblemError
from app.models.partner import Partner
from app.models.vacancy import Vacancy
from tests.auth_helpers import bearer, client_token
from tests.factories import applicant_body, assert_problem, mou_body
from tests.fixtures_vacancies import URL, add_agency, stored, vacancy_audit_count, vacancy_body


def test_stale_if_match_is_refused_and_nothing_changes(
    officer: TestClient, session: Session
) -> None:
    agency_id = add_agency(session)
    created = officer.post(URL, json=vacancy_body(agency_id))
    vacancy_id = created.json()["id"]
    first = officer.get(f"{URL}/{vacancy_id}").headers["ETag"]
    assert first == created.headers.get("ETag", first)
    changed = officer.patch(
        f"{URL}/{vacancy_id}", json={"openings": 11}, headers={"If-Match": first}
    )
    assert changed.status_code == 200 and changed.headers["ETag"] != first
    before, audits = stored(session, vacancy_id), vacancy_audit_count(session)
    stale = officer.patch(f"{URL}/{vacancy_id}", json={"openings": 12}, headers={"If-Match": first})
    problem = assert_problem(stale, 412, "precondition_failed")
    assert stale.headers["ETag"] == changed.headers["ETag"] and problem["detail"]
    assert_problem(
        officer.delete(f"{URL}/{vacancy_id}", headers={"If-Match": first}),
        412,
        "precondition_failed",
    )
    assert stored(session, vacancy_id) == before and vacancy_audit_count(session) == audits
    # People may leave If-Match out.
    assert officer.patch(f"{URL}/{vacancy_id}", json={"openings": 12}).status_code == 200


def test_partner_system_must_send_if_match(client: TestClient, session: Session) -> None:
    agency_id = add_agency(session)
    partner = session.get(Partner, agency_id)
    assert partner is not None
    headers = bearer(client_token(client, session, partner, ["vacancies:write"]))
    vacancy_id = client.post(URL, json=vacancy_body(agency_id), headers=headers).json()["id"]
    before = stored(session, vacancy_id)
    patch = client.patch(f"{URL}/{vacancy_id}", json={"openings": 3}, headers=headers)
    assert_problem(patch, 428, "precondition_required")
    assert_problem(
        client.delete(f"{URL}/{vacancy_id}", headers=headers), 428, "precondition_required"
    )
    assert stored(session, vacancy_id) == before
    etag = client.get(f"{URL}/{vacancy_id}", headers=headers).headers["ETag"]
    matched = client.patch(
        f"{URL}/{vacancy_id}", json={"openings": 3}, headers=headers | {"If-Match": etag}
    )
    assert matched.status_code == 200, matched.text


def test_applicants_mous_and_applications_carry_etags(
    officer: TestClient, session: Session
) -> None:
    applicant = officer.post("/api/v1/applicants", json=applicant_body())
    url = f"/api/v1/applicants/{applicant.json()['id']}"
    etag = officer.get(url).headers["ETag"]
    changed = officer.patch(url, json={"skills": ["welding", "cnc"]}, headers={"If-Match": etag})
    assert changed.status_code == 200 and changed.headers["ETag"] != etag
    assert_problem(
        officer.patch(url, json={"skills": []}, headers={"If-Match": etag}),
        412,
        "precondition_failed",
    )

    mou = officer.post("/api/v1/mous", json=mou_body([add_agency(session)]))
    mou_url = f"/api/v1/mous/{mou.json()['id']}"
    etag = officer.get(mou_url).headers["ETag"]
    moved = officer.post(
        f"{mou_url}/transitions", json={"to_stage": "negotiating"}, headers={"If-Match": etag}
    )
    assert moved.status_code == 200, moved.text
    stale = officer.patch(mou_url, json={"committed_positions": 5}, headers={"If-Match": etag})
    assert_problem(stale, 412, "precondition_failed")
    assert officer.get(mou_url).json()["committed_positions"] == 1000

    vacancy = officer.post(URL, json=vacancy_body(add_agency(session, "PT Dua")))
    body = {"vacancy_id": vacancy.json()["id"], "applicant_id": applicant.json()["id"]}
    application = officer.post("/api/v1/applications", json=body).json()
    app_url = f"/api/v1/applications/{application['id']}"
    etag = officer.get(app_url).headers["ETag"]
    officer.post(f"{app_url}/transitions", json={"to_stage": "shortlisted"})
    stale_move = officer.post(
        f"{app_url}/transitions", json={"to_stage": "interviewed"}, headers={"If-Match": etag}
    )
    assert_problem(stale_move, 412, "precondition_failed")
    assert officer.get(app_url).json()["stage"] == "shortlisted"


def test_a_write_after_the_check_is_caught_inside_the_update(
    officer: TestClient, session: Session, engine: Engine
) -> None:
    """The tag comparison alone would pass here: the version is claimed by the UPDATE."""
    agency_id = add_agency(session)
    vacancy_id = officer.post(URL, json=vacancy_body(agency_id)).json()["id"]
    tag = officer.get(f"{URL}/{vacancy_id}").headers["ETag"]
    with Session(engine) as mine:
        loaded = mine.get(Vacancy, vacancy_id)
        assert loaded is not None and loaded.version == 1
        # Another writer commits between this request's read and its write.
        assert officer.patch(f"{URL}/{vacancy_id}", json={"openings": 11}).status_code == 200
        with pytest.raises(ProblemError) as raised:
            Precondition(tag, required=False).hold(mine, Vacancy, vacancy_id, loaded.version)
        mine.rollback()
    assert raised.value.status == 412 and raised.value.code == "precondition_failed"
    assert raised.value.params == {"etag": f'"{vacancy_id}-2"'}


def test_concurrent_writers_with_one_etag_change_it_once(
    officer: TestClient, session: Session, engine: Engine
) -> None:
    agency_id = add_agency(session)
    vacancy_id = officer.post(URL, json=vacancy_body(agency_id)).json()["id"]
    tag = officer.get(f"{URL}/{vacancy_id}").headers["ETag"]
    writers = 8
    start = threading.Barrier(writers)

    def patch(openings: int) -> int:
        start.wait()
        headers = {"If-Match": tag}
        response = officer.patch(
            f"{URL}/{vacancy_id}", json={"openings": openings}, headers=headers
        )
        return int(response.status_code)

    with ThreadPoolExecutor(max_workers=writers) as pool:
        statuses = list(pool.map(patch, range(20, 20 + writers)))
    assert sorted(statuses) == [200] + [412] * (writers - 1)
    row = stored(session, vacancy_id)
    assert row is not None and row["version"] == 2
