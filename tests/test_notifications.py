"""The notification feed: a notice on every change to a person's applications, one notice per
expiring credential and date, and each person's feed their own."""

import time
from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from app.cli import main
from app.core.config import get_settings
from app.models import Applicant, Credential, Notification
from app.models.application import ApplicationStage
from app.services.applications.proposals import propose_many
from app.services.notifications.expiry import Expiring, credentials_expiring, notify_expiring
from app.services.notifications.service import STAGE_NAMES, STAGE_TITLES
from app.services.notifications.sweep import ExpirySweeper, sweep_once
from tests.factories import add_application, assert_problem, count_rows
from tests.fixtures_documents import add_document
from tests.fixtures_placements import APPLICATIONS, PATH, Placements, make_placements

FEED = "/api/v1/me/notifications"


@pytest.fixture
def w(officer: TestClient, client: TestClient, session: Session) -> Placements:
    return make_placements(officer, client, session)


def notices(session: Session, applicant_id: int) -> list[Notification]:
    session.expire_all()
    return list(
        session.exec(
            select(Notification)
            .where(Notification.applicant_id == applicant_id)
            .order_by(col(Notification.id))
        )
    )


def feed(w: Placements, headers: dict[str, str] | None = None, **params: Any) -> Any:
    response = w.client.get(FEED, headers=headers or w.seeker, params=params)
    assert response.status_code == 200, response.text
    return response.json()


def engine_of(w: Placements) -> Engine:
    bind = w.session.get_bind()
    assert isinstance(bind, Engine)
    return bind


def sweep(w: Placements) -> None:
    """The scheduled expiry sweep, as the background thread and the CLI run it."""
    sweep_once(engine_of(w), date.today())
    w.session.expire_all()


def add_credential(
    session: Session, applicant_id: int, expires_on: date | None, **extra: Any
) -> int:
    credential = Credential(
        applicant_id=applicant_id,
        kind="language",
        type=extra.pop("type", "eps_topik"),
        score=160,
        issuer="HRD Korea",
        issued_on=date.today() - timedelta(days=700),
        expires_on=expires_on,
        **extra,
    )
    session.add(credential)
    session.commit()
    return credential.id or 0


# -- application changes ---------------------------------------------------------------------


def test_applying_and_filing_each_leave_a_notice(w: Placements) -> None:
    response = w.client.post(APPLICATIONS, json={"vacancy_id": w.vacancy_id}, headers=w.seeker)
    assert response.status_code == 201, response.text
    filed = w.apply(applicant_id=w.stranger_id)
    mine = notices(w.session, w.seeker_id)
    assert [(n.kind, n.subject, n.subject_id) for n in mine] == [
        ("application_created", "application", response.json()["id"])
    ]
    assert "Operator mesin pabrik (KR)" in mine[0].body_en and "Lamaran" in mine[0].body_id
    theirs = notices(w.session, w.stranger_id)
    assert [(n.kind, n.subject_id) for n in theirs] == [("application_created", filed)]
    assert "officer" in theirs[0].body_en and "Petugas" in theirs[0].body_id


def test_a_matching_runs_proposals_each_leave_a_notice(w: Placements) -> None:
    second = w.new_vacancy("JO-002")
    created = propose_many(
        w.session, [(w.seeker_id, w.vacancy_id, 0.9), (w.stranger_id, second, 0.5)], "run:1"
    )
    assert created == 2
    for applicant_id, vacancy_id in ((w.seeker_id, w.vacancy_id), (w.stranger_id, second)):
        [notice] = notices(w.session, applicant_id)
        assert notice.kind == "application_created" and "matching" in notice.body_en
        application = w.officer.get(f"{APPLICATIONS}/{notice.subject_id}").json()
        assert application["applicant_id"] == applicant_id
        assert application["vacancy_id"] == vacancy_id


def test_every_stage_move_leaves_a_notice_naming_the_stage(w: Placements) -> None:
    application_id = w.placement("returned")
    moves = [n for n in notices(w.session, w.seeker_id) if n.kind == "application_stage_changed"]
    stages = PATH["returned"]
    assert [n.subject_id for n in moves] == [application_id] * len(stages)
    for notice, frm, to in zip(moves, ["matched", *stages], stages, strict=False):
        (from_en, from_id), (to_en, to_id) = (
            STAGE_NAMES[ApplicationStage(frm)],
            STAGE_NAMES[ApplicationStage(to)],
        )
        assert f"from {from_en} to {to_en}" in notice.body_en
        assert f"dari tahap {from_id} ke {to_id}" in notice.body_id
    assert moves[-1].title_en == "Welcome home"


def test_a_rejection_tells_the_reason(w: Placements) -> None:
    application_id = w.apply()
    assert w.move(application_id, "rejected", reason="Position cancelled").status_code == 200
    last = notices(w.session, w.seeker_id)[-1]
    assert last.kind == "application_stage_changed" and "Position cancelled" in last.body_en


def test_the_automatic_withdrawal_on_selection_is_told_too(w: Placements) -> None:
    chosen = w.apply()
    other = w.apply(vacancy_id=w.new_vacancy("JO-002"))
    w.drive(chosen, "selected")
    closing = [n for n in notices(w.session, w.seeker_id) if n.subject_id == other]
    assert [n.kind for n in closing] == ["application_created", "application_stage_changed"]
    assert "selected for another job order" in closing[-1].body_en
    assert "terpilih di lowongan lain" in closing[-1].body_id


def test_a_refused_move_leaves_no_notice(w: Placements) -> None:
    application_id = w.apply()
    before = count_rows(w.session, Notification)
    assert w.move(application_id, "departed").status_code == 409
    withdraw = {"to_stage": "withdrawn", "reason": "x"}  # too short a reason
    assert (
        w.officer.post(f"{APPLICATIONS}/{application_id}/transitions", json=withdraw).status_code
        == 422
    )
    response = w.client.post(
        f"{APPLICATIONS}/{application_id}/transitions",
        json={"to_stage": "shortlisted"},
        headers=w.seeker,
    )
    assert response.status_code == 403
    assert count_rows(w.session, Notification) == before


# -- expiry ----------------------------------------------------------------------------------


def expiry_notices(session: Session, applicant_id: int) -> list[Notification]:
    return [n for n in notices(session, applicant_id) if n.kind in {"expiring", "expired"}]


def test_one_notice_per_expiring_credential_whatever_the_number_of_sweeps(
    w: Placements,
) -> None:
    today = date.today()
    soon = add_credential(w.session, w.seeker_id, today + timedelta(days=10))
    add_credential(w.session, w.seeker_id, today + timedelta(days=31))  # not yet
    add_credential(w.session, w.seeker_id, None, type="jlpt", level="N4")  # never expires
    sweep(w)
    sweep(w)
    assert notify_expiring(w.session, None, today) == 0
    w.session.commit()
    [notice] = expiry_notices(w.session, w.seeker_id)
    assert (notice.kind, notice.subject, notice.subject_id) == ("expiring", "credential", soon)
    assert (
        today + timedelta(days=10)
    ).isoformat() in notice.body_en and "10 days" in notice.body_en
    assert "kedaluwarsa" in notice.title_id


def test_the_thirtieth_day_is_within_the_horizon(w: Placements) -> None:
    add_credential(w.session, w.seeker_id, date.today() + timedelta(days=30))
    sweep(w)
    assert len(expiry_notices(w.session, w.seeker_id)) == 1


def test_an_expired_credential_is_told_as_expired(w: Placements) -> None:
    add_credential(w.session, w.seeker_id, date.today() - timedelta(days=3))
    sweep(w)
    [notice] = [n for n in feed(w)["items"] if n["kind"] in {"expiring", "expired"}]
    assert notice["kind"] == "expired" and "expired on" in notice["body"]


def test_a_renewed_credential_gets_a_new_notice(w: Placements) -> None:
    today = date.today()
    credential_id = add_credential(w.session, w.seeker_id, today + timedelta(days=5))
    sweep(w)
    renewed = (today + timedelta(days=25)).isoformat()
    response = w.officer.patch(
        f"/api/v1/applicants/{w.seeker_id}/credentials/{credential_id}",
        json={"expires_on": renewed},
    )
    assert response.status_code == 200, response.text
    sweep(w)
    sweep(w)
    found = expiry_notices(w.session, w.seeker_id)
    assert [n.subject_id for n in found] == [credential_id, credential_id]
    assert renewed in found[-1].body_en


def test_rejected_credentials_and_archived_people_get_no_notice(w: Placements) -> None:
    soon = date.today() + timedelta(days=7)
    add_credential(w.session, w.seeker_id, soon, verification="rejected")
    add_credential(w.session, w.stranger_id, soon)
    stranger = w.session.get(Applicant, w.stranger_id)
    assert stranger is not None
    stranger.status = "archived"
    w.session.add(stranger)
    w.session.commit()
    assert notify_expiring(w.session, None, date.today()) == 0
    w.session.commit()
    assert count_rows(w.session, Notification) == 0


def test_the_sweep_for_everyone_and_for_one(w: Placements) -> None:
    today = date.today()
    add_credential(w.session, w.seeker_id, today + timedelta(days=2))
    add_credential(w.session, w.stranger_id, today + timedelta(days=3))
    assert notify_expiring(w.session, w.stranger_id, today) == 1
    assert notify_expiring(w.session, None, today) == 1
    w.session.commit()
    assert notify_expiring(w.session, None, today) == 0
    assert len(expiry_notices(w.session, w.seeker_id)) == 1
    assert len(expiry_notices(w.session, w.stranger_id)) == 1


def test_another_source_joins_the_sweep(w: Placements) -> None:
    """How application documents will join: a source function in the list of sources."""
    passport_expiry = date.today() + timedelta(days=20)

    def passports(session: Session, applicant_id: int | None, horizon: date) -> Iterable[Expiring]:
        if applicant_id in (None, w.seeker_id) and passport_expiry <= horizon:
            yield Expiring(w.seeker_id, "document", 41, "passport", "paspor", passport_expiry)

    add_credential(w.session, w.seeker_id, date.today() + timedelta(days=4))
    sources = [credentials_expiring, passports]
    assert notify_expiring(w.session, None, date.today(), sources) == 2
    assert notify_expiring(w.session, None, date.today(), sources) == 0
    w.session.commit()
    subjects = sorted(n.subject for n in expiry_notices(w.session, w.seeker_id))
    assert subjects == ["credential", "document"]
    assert any("paspor" in n.body_id for n in expiry_notices(w.session, w.seeker_id))


def test_the_cli_sweeps_everyone(
    w: Placements,
    database_url: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    add_credential(w.session, w.seeker_id, date.today() + timedelta(days=40))
    monkeypatch.setenv("DATABASE_URL", database_url)
    get_settings.cache_clear()
    try:
        assert main(["notify-expiring"]) == 0
        assert "0 expiry notices written" in capsys.readouterr().out
        later = (date.today() + timedelta(days=15)).isoformat()
        assert main(["notify-expiring", "--today", later]) == 0
        assert "1 expiry notices written" in capsys.readouterr().out
        assert main(["notify-expiring", "--today", later]) == 0
        assert "0 expiry notices written" in capsys.readouterr().out
    finally:
        get_settings.cache_clear()
    assert len(expiry_notices(w.session, w.seeker_id)) == 1


# -- the feed --------------------------------------------------------------------------------


def test_the_feed_is_newest_first_in_pages_and_in_the_readers_language(w: Placements) -> None:
    application_id = w.placement("interviewed")  # created, shortlisted, interviewed
    first = feed(w, limit=2)
    assert [n["title"] for n in first["items"]] == ["Interview recorded", "You are shortlisted"]
    rest = feed(w, limit=2, cursor=first["next_cursor"])
    assert [n["kind"] for n in rest["items"]] == ["application_created"]
    assert rest["next_cursor"] is None
    assert all(n["subject_id"] == application_id for n in first["items"] + rest["items"])
    indonesian = feed(w, headers=w.seeker | {"Accept-Language": "id"})["items"][0]
    assert indonesian["title"] == "Wawancara tercatat" and indonesian["language"] == "id"
    assert w.client.get(FEED, params={"cursor": "garbage"}, headers=w.seeker).status_code == 422


def test_reading_marks_and_the_unread_filter(w: Placements) -> None:
    w.placement("shortlisted")
    items = feed(w)["items"]
    assert len(items) == 2 and all(n["read_at"] is None for n in items)
    response = w.client.post(f"{FEED}/{items[0]['id']}/read", headers=w.seeker)
    assert response.status_code == 200 and response.json()["read_at"] is not None
    first_read = response.json()["read_at"]
    again = w.client.post(f"{FEED}/{items[0]['id']}/read", headers=w.seeker).json()
    assert again["read_at"] == first_read
    assert [n["id"] for n in feed(w, unread="true")["items"]] == [items[1]["id"]]
    assert [n["id"] for n in feed(w, unread="false")["items"]] == [items[0]["id"]]
    marked = w.client.post(f"{FEED}/read", headers=w.seeker)
    assert marked.status_code == 200 and marked.json() == {"marked": 1}
    assert feed(w, unread="true")["items"] == []


def test_each_feed_is_its_owners_only(w: Placements) -> None:
    w.placement("shortlisted")
    w.apply(applicant_id=w.stranger_id, vacancy_id=w.new_vacancy("JO-002"))
    mine = feed(w)["items"]
    theirs = feed(w, headers=w.stranger)["items"]
    assert {n["id"] for n in mine}.isdisjoint({n["id"] for n in theirs})
    assert len(mine) == 2 and len(theirs) == 1
    response = w.client.post(f"{FEED}/{mine[0]['id']}/read", headers=w.stranger)
    assert_problem(response, 404, "not_found")
    assert_problem(w.client.post(f"{FEED}/999999/read", headers=w.seeker), 404, "not_found")
    assert w.client.post(f"{FEED}/read", headers=w.stranger).json() == {"marked": 1}
    assert all(n["read_at"] is None for n in feed(w)["items"])  # untouched by the stranger
    assert_problem(w.officer.get(FEED), 403, "personal_account_only")
    assert_problem(w.client.get(FEED, headers=w.agency), 403, "personal_account_only")
    assert w.client.get(FEED).status_code == 401


def test_documents_about_to_expire_are_told_once_and_closed_applications_not(
    w: Placements,
) -> None:
    today = date.today()
    going = add_application(w.session, w.seeker_id, w.vacancy_id, stage="documents")
    closed = add_application(w.session, w.seeker_id, w.new_vacancy("JO-CLOSED"), stage="rejected")
    passport = add_document(w.session, going, "passport", expires_on=today + timedelta(days=20))
    add_document(w.session, going, "work_visa", expires_on=today + timedelta(days=90))  # not yet
    add_document(w.session, closed, "passport", expires_on=today + timedelta(days=5))
    sweep(w)
    assert notify_expiring(w.session, None, today) == 0  # nothing new on a second sweep
    w.session.commit()
    [notice] = expiry_notices(w.session, w.seeker_id)
    assert (notice.kind, notice.subject, notice.subject_id) == ("expiring", "document", passport)
    assert "Passport" in notice.body_en or "Passport" in notice.title_en


def test_reading_the_feed_writes_nothing(w: Placements) -> None:
    add_credential(w.session, w.seeker_id, date.today() + timedelta(days=10))
    w.placement("shortlisted")
    before = [(n.id, n.read_at) for n in notices(w.session, w.seeker_id)]
    statements: list[str] = []

    def record(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        statements.append(statement.lstrip().split()[0].upper())

    event.listen(engine_of(w), "before_cursor_execute", record)
    try:
        assert [n["kind"] for n in feed(w)["items"]] == [
            "application_stage_changed",
            "application_created",
        ]
    finally:
        event.remove(engine_of(w), "before_cursor_execute", record)
    assert statements and set(statements) <= {"SELECT", "SAVEPOINT", "RELEASE", "ROLLBACK"}
    w.session.expire_all()
    assert [(n.id, n.read_at) for n in notices(w.session, w.seeker_id)] == before
    assert expiry_notices(w.session, w.seeker_id) == []  # until the sweep runs


def test_the_background_sweep_writes_the_notices(w: Placements) -> None:
    add_credential(w.session, w.seeker_id, date.today() + timedelta(days=10))
    sweeper = ExpirySweeper(engine_of(w), hours=1)
    sweeper.start()
    try:
        deadline = time.monotonic() + 15
        while not expiry_notices(w.session, w.seeker_id):
            assert time.monotonic() < deadline, "the sweep did not run"
            time.sleep(0.05)
            w.session.expire_all()
    finally:
        sweeper.stop()
    [notice] = expiry_notices(w.session, w.seeker_id)
    assert notice.kind == "expiring"


def test_notices_speak_words_in_the_readers_language(w: Placements) -> None:
    w.placement("shortlisted")
    [moved, _] = feed(w, headers=w.seeker | {"Accept-Language": "id"})["items"]
    assert moved["title"] == "Anda masuk daftar pendek"
    assert "dari tahap tercatat ke daftar pendek" in moved["body"]
    [moved_en, _] = feed(w)["items"]
    assert "from recorded to shortlisted" in moved_en["body"]
    for stage in ApplicationStage:
        assert stage in STAGE_TITLES and stage in STAGE_NAMES
