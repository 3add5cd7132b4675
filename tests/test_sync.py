"""The agencies' job-order sync: batch upsert by external id, and the delta feeds."""

from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, update
from sqlmodel import Session, col, select

from app.models.application import Application
from app.models.audit import AuditEntry
from app.models.vacancy import Vacancy, VacancyCreate
from app.services.vacancies import batch as vacancy_batch
from app.services.vacancies.checks import new_vacancy
from tests.auth_helpers import bearer, client_token
from tests.factories import add_applicant, add_application, assert_problem, count_rows
from tests.fixtures_vacancies import URL, add_agency, private_body, vacancy_audit_count

BATCH = f"{URL}/batch"
FEED = f"{URL}/changes"
APPLICATION_FEED = "/api/v1/applications/changes"
SCOPES = ["vacancies:read", "vacancies:write", "applications:read", "applications:write"]


def agency(client: TestClient, session: Session, name: str) -> tuple[int, dict[str, str]]:
    from app.models.partner import Partner

    agency_id = add_agency(session, name)
    partner = session.get(Partner, agency_id)
    assert partner is not None
    return agency_id, bearer(client_token(client, session, partner, SCOPES))


def order(external_id: str, **overrides: Any) -> dict[str, Any]:
    """An item as an agency's system sends it: no agency_id, its own agency is implied."""
    body = private_body(0, external_id=external_id, **overrides)
    del body["agency_id"]
    return body


def upsert(client: TestClient, headers: dict[str, str], items: list[Any]) -> list[dict[str, Any]]:
    response = client.post(BATCH, json={"items": items}, headers=headers)
    assert response.status_code == 200, response.text
    results: list[dict[str, Any]] = response.json()["items"]
    assert [r["index"] for r in results] == list(range(len(items)))
    return results


def outcomes(results: list[dict[str, Any]]) -> list[str]:
    return [r["result"] for r in results]


@pytest.fixture
def one(client: TestClient, session: Session) -> tuple[int, dict[str, str]]:
    return agency(client, session, "PT One Asia")


def test_replaying_a_batch_changes_nothing(
    client: TestClient, session: Session, one: tuple[int, dict[str, str]]
) -> None:
    agency_id, headers = one
    items = [order(f"JO-{n}", openings=n + 1) for n in range(5)]
    assert outcomes(upsert(client, headers, items)) == ["created"] * 5
    rows = session.exec(select(Vacancy).order_by(Vacancy.external_id)).all()
    assert [(v.agency_id, v.openings, v.version) for v in rows] == [
        (agency_id, n + 1, 1) for n in range(5)
    ]
    audits, changes = vacancy_audit_count(session), count_rows(session, Vacancy)
    again = upsert(client, headers, items)
    assert outcomes(again) == ["unchanged"] * 5
    assert [r["version"] for r in again] == [1] * 5
    assert vacancy_audit_count(session) == audits == 5 and count_rows(session, Vacancy) == changes
    # A changed field is an update: one new version, one audit entry.
    items[2]["openings"] = 30
    assert (
        outcomes(upsert(client, headers, items))
        == ["unchanged"] * 2 + ["updated"] + ["unchanged"] * 2
    )
    assert vacancy_audit_count(session) == 6


def created_ids_name_their_rows(session: Session, results: list[dict[str, Any]]) -> None:
    session.expire_all()
    stored = dict(session.exec(select(Vacancy.external_id, Vacancy.id)).all())
    assert {r["external_id"]: r["id"] for r in results} == {
        r["external_id"]: stored[r["external_id"]] for r in results
    }


def test_each_created_id_is_the_stored_rows_id(
    client: TestClient, session: Session, one: tuple[int, dict[str, str]]
) -> None:
    _, headers = one
    upsert(client, headers, [order("JO-first")])
    results = upsert(client, headers, [order(f"JO-{n}") for n in range(7)])
    assert outcomes(results) == ["created"] * 7
    created_ids_name_their_rows(session, results)


def test_created_ids_at_the_sqlite_rowid_ceiling(
    client: TestClient, session: Session, one: tuple[int, dict[str, str]]
) -> None:
    """With the largest rowid taken, SQLite numbers new rows at random: the batch must then
    look its ids up instead of counting back from the last one."""
    if session.get_bind().dialect.name != "sqlite":
        pytest.skip("SQLite's rowid numbering")
    agency_id, headers = one
    ceiling = new_vacancy(
        VacancyCreate.model_validate(private_body(agency_id, external_id="JO-top"))
    )
    ceiling.id = 2**63 - 1
    session.add(ceiling)
    session.commit()
    results = upsert(client, headers, [order(f"JO-{n}") for n in range(9)])
    assert outcomes(results) == ["created"] * 9
    created_ids_name_their_rows(session, results)


def test_a_batch_retried_with_its_key_is_answered_once(
    client: TestClient, session: Session, one: tuple[int, dict[str, str]]
) -> None:
    """A network retry: the same key and body get the first answer, not a second run (whose
    results would all say `unchanged`); another body under the key is refused."""
    _, headers = one
    keyed = headers | {"Idempotency-Key": "sync-2026-11-23-0001"}
    items = [order(f"JO-{n}") for n in range(3)] + [order("JO-BAD", openings=0)]
    first = client.post(BATCH, json={"items": items}, headers=keyed)
    assert first.status_code == 200, first.text
    assert outcomes(first.json()["items"]) == ["created"] * 3 + ["failed"]
    rows, audits = count_rows(session, Vacancy), vacancy_audit_count(session)
    again = client.post(BATCH, json={"items": items}, headers=keyed)
    assert again.status_code == 200 and again.content == first.content
    assert again.headers["Idempotency-Replayed"] == "true"
    other = client.post(BATCH, json={"items": items[:1]}, headers=keyed)
    assert_problem(other, 422, "idempotency_key_reused")
    assert count_rows(session, Vacancy) == rows == 3
    assert vacancy_audit_count(session) == audits


def test_mixed_valid_and_invalid_items(
    client: TestClient, session: Session, one: tuple[int, dict[str, str]]
) -> None:
    _, headers = one
    items = [
        order("OK-1"),
        order("BAD-1", sector="domestic_work"),  # a job-order rule
        order("BAD-2", openings=0),  # a schema rule
        {"external_id": "BAD-3"},  # new, so every required field is needed
        order("OK-2"),
        order("OK-1", openings=4),  # the same job order twice in one batch
    ]
    results = upsert(client, headers, items)
    assert outcomes(results) == ["created", "failed", "failed", "failed", "created", "failed"]
    domestic = results[1]["problem"]
    assert (domestic["status"], domestic["code"]) == (422, "domestic_work_refused")
    assert domestic["errors"][0]["field"] == "sector" and domestic["title"]
    assert results[2]["problem"]["code"] == "validation_failed"
    assert results[2]["problem"]["errors"][0]["field"] == "openings"
    assert {e["field"] for e in results[3]["problem"]["errors"]} >= {"title", "openings"}
    assert results[5]["problem"]["code"] == "external_id_repeated"
    stored = session.exec(select(Vacancy.external_id).order_by(Vacancy.external_id)).all()
    assert stored == ["OK-1", "OK-2"]
    assert vacancy_audit_count(session) == 2


def test_openings_cannot_drop_below_the_selected(
    client: TestClient, session: Session, one: tuple[int, dict[str, str]]
) -> None:
    _, headers = one
    created = upsert(client, headers, [order("SEL-1", openings=5), order("SEL-2", openings=5)])
    first = created[0]["id"]
    for serial, stage in enumerate(("selected", "departed", "working", "rejected"), start=1):
        add_application(session, add_applicant(session, serial), first, stage)
    results = upsert(client, headers, [order("SEL-1", openings=2), order("SEL-2", openings=2)])
    assert outcomes(results) == ["failed", "updated"]
    problem = results[0]["problem"]
    assert problem["code"] == "openings_below_selected" and "3" in problem["detail"]
    assert session.get(Vacancy, first).openings == 5  # type: ignore[union-attr]
    assert outcomes(upsert(client, headers, [order("SEL-1", openings=3)])) == ["updated"]


def test_agencies_have_their_own_external_ids(
    client: TestClient, session: Session, one: tuple[int, dict[str, str]]
) -> None:
    one_id, one_headers = one
    two_id, two_headers = agency(client, session, "PT Two Karya")
    upsert(client, one_headers, [order("JO-1", openings=7)])
    # The same external id at another agency is another job order.
    assert outcomes(upsert(client, two_headers, [order("JO-1", openings=9)])) == ["created"]
    owned = session.exec(OWNED).all()
    assert owned == [(one_id, 7), (two_id, 9)]
    # Naming the other agency is refused for that item; nothing of the other's changes.
    foreign = upsert(client, two_headers, [{**order("JO-1", openings=1), "agency_id": one_id}])
    assert foreign[0]["problem"]["code"] == "agency_invalid"
    session.expire_all()
    owned = session.exec(OWNED).all()
    assert owned == [(one_id, 7), (two_id, 9)]
    # An officer names the agency per item.
    staff = upsert_as_officer(client, session, [{**order("JO-1", openings=8), "agency_id": one_id}])
    assert outcomes(staff) == ["updated"]


OWNED = select(Vacancy.agency_id, Vacancy.openings).order_by(col(Vacancy.id))


def upsert_as_officer(
    client: TestClient, session: Session, items: list[Any]
) -> list[dict[str, Any]]:
    from app.models.identity import Role
    from tests.auth_helpers import staff_headers

    return upsert(client, staff_headers(client, session, Role.officer), items)


def test_batch_over_the_limit_is_refused(
    client: TestClient, session: Session, one: tuple[int, dict[str, str]]
) -> None:
    _, headers = one
    items = [order(f"JO-{n}") for n in range(1001)]
    problem = assert_problem(
        client.post(BATCH, json={"items": items}, headers=headers), 422, "validation_failed"
    )
    assert problem["errors"][0]["field"] == "items"
    assert count_rows(session, Vacancy) == 0


def follow(
    client: TestClient,
    url: str,
    headers: dict[str, str],
    cursor: str | None = None,
    state: dict[int, Any] | None = None,
) -> tuple[dict[int, Any], str]:
    """Read the feed to its end from `cursor`, applying each entry to `state`."""
    state = {} if state is None else state
    while True:
        params = {"limit": 3} | ({"cursor": cursor} if cursor else {})
        response = client.get(url, params=params, headers=headers)
        assert response.status_code == 200, response.text
        page = response.json()
        for entry in page["items"]:
            if entry["deleted"]:
                state.pop(entry["id"], None)
            else:
                state[entry["id"]] = entry["item"]
        cursor = page["next_cursor"]
        if not page["has_more"]:
            return state, cursor


def current_vacancies(session: Session, agency_id: int | None = None) -> dict[int, int]:
    session.expire_all()
    statement = select(Vacancy.id, Vacancy.version)
    if agency_id is not None:
        statement = statement.where(Vacancy.agency_id == agency_id)
    return dict(session.exec(statement).all())  # type: ignore[arg-type]


def test_feed_reproduces_the_current_set_and_resumes(
    client: TestClient, session: Session, one: tuple[int, dict[str, str]]
) -> None:
    one_id, headers = one
    two_id, two_headers = agency(client, session, "PT Two Karya")
    created = upsert(client, headers, [order(f"JO-{n}") for n in range(6)])
    upsert(client, two_headers, [order("THEIRS")])
    ids = [r["id"] for r in created]
    state, cursor = follow(client, FEED, headers)
    assert {i: v["version"] for i, v in state.items()} == current_vacancies(session, one_id)
    # Updates (batch and single), a delete and a create after the cursor.
    upsert(client, headers, [order("JO-0", openings=3), order("JO-7")])
    etag = client.get(f"{URL}/{ids[1]}", headers=headers).headers["ETag"]
    patched = client.patch(
        f"{URL}/{ids[1]}", json={"title": "Press operator"}, headers=headers | {"If-Match": etag}
    )
    assert patched.status_code == 200, patched.text
    etag = client.get(f"{URL}/{ids[2]}", headers=headers).headers["ETag"]
    assert client.delete(f"{URL}/{ids[2]}", headers=headers | {"If-Match": etag}).status_code == 204
    state, cursor = follow(client, FEED, headers, cursor, state)
    expected = current_vacancies(session, one_id)
    assert {i: v["version"] for i, v in state.items()} == expected
    assert state[ids[1]]["title"] == "Press operator" and ids[2] not in state
    # From no cursor the same set; the other agency's order never shows.
    fresh, _ = follow(client, FEED, headers)
    assert fresh == state
    # Nothing new: the cursor stays valid and yields nothing.
    empty = client.get(FEED, params={"cursor": cursor}, headers=headers).json()
    assert empty["items"] == [] and empty["next_cursor"] == cursor
    # An officer sees everyone's.
    from app.models.identity import Role
    from tests.auth_helpers import staff_headers

    everyone, _ = follow(client, FEED, staff_headers(client, session, Role.officer))
    assert set(everyone) == set(current_vacancies(session)) and two_id != one_id


def test_application_feed_follows_the_pipeline(
    client: TestClient, session: Session, one: tuple[int, dict[str, str]]
) -> None:
    _, headers = one
    _, two_headers = agency(client, session, "PT Two Karya")
    [mine] = upsert(client, headers, [order("JO-1")])
    [theirs] = upsert(client, two_headers, [order("JO-9")])
    from app.models.identity import Role
    from tests.auth_helpers import staff_headers

    officer = staff_headers(client, session, Role.officer)
    applicant_ids = [add_applicant(session, serial) for serial in (1, 2)]
    for applicant_id, vacancy_id in (
        (applicant_ids[0], mine["id"]),
        (applicant_ids[1], theirs["id"]),
    ):
        body = {"vacancy_id": vacancy_id, "applicant_id": applicant_id}
        assert client.post("/api/v1/applications", json=body, headers=officer).status_code == 201
    state, cursor = follow(client, APPLICATION_FEED, headers)
    [application_id] = state
    assert state[application_id]["candidate"]["anonymous"] is True
    assert state[application_id]["candidate"]["full_name"] is None
    moved = client.post(
        f"/api/v1/applications/{application_id}/transitions",
        json={"to_stage": "shortlisted"},
        headers=headers,
    )
    assert moved.status_code == 200, moved.text
    state, _ = follow(client, APPLICATION_FEED, headers, cursor, state)
    assert state[application_id]["stage"] == "shortlisted"
    session.expire_all()
    application = session.get(Application, application_id)
    assert application is not None and state[application_id]["version"] == application.version
    everyone, _ = follow(client, APPLICATION_FEED, officer)
    assert len(everyone) == 2


def test_consent_withdrawal_reaches_the_agency_feed_at_once(
    client: TestClient, session: Session, one: tuple[int, dict[str, str]]
) -> None:
    _, headers = one
    [mine] = upsert(client, headers, [order("JO-1")])
    from app.models.identity import Role
    from tests.auth_helpers import staff_headers

    officer = staff_headers(client, session, Role.officer)
    applicant_id = add_applicant(session, 1)
    body = {"vacancy_id": mine["id"], "applicant_id": applicant_id}
    assert client.post("/api/v1/applications", json=body, headers=officer).status_code == 201
    state, cursor = follow(client, APPLICATION_FEED, headers)
    [application_id] = state
    person = f"/api/v1/applicants/{applicant_id}"
    withdrawn = client.patch(person, json={"consent": None}, headers=officer)
    assert withdrawn.status_code == 200, withdrawn.text
    state, cursor = follow(client, APPLICATION_FEED, headers, cursor, state)
    assert state == {}
    consent = {"given_at": "2026-11-01T08:00:00Z", "version": "2026-01"}
    renewed = client.patch(person, json={"consent": consent}, headers=officer)
    assert renewed.status_code == 200, renewed.text
    state, _ = follow(client, APPLICATION_FEED, headers, cursor, state)
    assert list(state) == [application_id]


def test_bad_cursor_is_refused(client: TestClient, one: tuple[int, dict[str, str]]) -> None:
    _, headers = one
    for url in (FEED, APPLICATION_FEED):
        assert_problem(
            client.get(url, params={"cursor": "not-a-cursor"}, headers=headers),
            422,
            "invalid_cursor",
        )


def test_an_order_changed_between_judging_and_writing_is_judged_again(
    client: TestClient,
    session: Session,
    engine: Engine,
    one: tuple[int, dict[str, str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _, headers = one
    upsert(client, headers, [order("JO-RACE", openings=5)])
    vacancy_id = session.exec(select(Vacancy.id)).one()
    judge = vacancy_batch._judge
    rounds: list[int] = []

    def judged_then_changed_elsewhere(*args: Any) -> Any:
        # An officer's PATCH commits after the batch has read the order, before it writes.
        verdict = judge(*args)
        if not rounds:
            with Session(engine) as other:
                other.execute(
                    update(Vacancy)
                    .where(col(Vacancy.id) == vacancy_id)
                    .values(title="Renamed meanwhile", version=col(Vacancy.version) + 1)
                )
                other.commit()
        rounds.append(1)
        return verdict

    monkeypatch.setattr(vacancy_batch, "_judge", judged_then_changed_elsewhere)
    (result,) = upsert(client, headers, [order("JO-RACE", openings=7)])

    # Judged again against the order as it now is: a third version, not a second one that
    # two different states would share.
    assert len(rounds) == 2
    assert (result["result"], result["version"]) == ("updated", 3)
    session.expire_all()
    stored = session.get(Vacancy, vacancy_id)
    assert stored is not None and (stored.openings, stored.version) == (7, 3)
    assert stored.title == order("JO-RACE")["title"]  # the agency's copy is the newer one
    entry = session.exec(
        select(AuditEntry)
        .where(AuditEntry.entity == "vacancy", AuditEntry.entity_id == vacancy_id)
        .order_by(col(AuditEntry.id).desc())
    ).first()
    assert entry is not None
    assert entry.changes["title"]["old"] == "Renamed meanwhile"
    assert entry.changes["openings"] == {"old": 5, "new": 7}
