"""Per-worker caches and the change signals that keep them exact (app/core/change_signals.py).

The first tests hold on both databases: this process's own writes move a table's
generation as they commit, and a cache never serves what was read before a change. The
rest need PostgreSQL, whose triggers and LISTEN tell a worker what other processes wrote.
"""

import os
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import event, text, update
from sqlalchemy.engine import Engine
from sqlmodel import Session

from app.core.change_signals import ChangeSignals, GenerationCache, TableCopy
from app.core.db import make_engine
from app.core.security import TokenClaims, create_access_token
from app.models.audit import AuditEntry
from app.models.identity import PartnerClient
from app.models.vacancy import Vacancy
from tests.auth_helpers import applicant_headers, bearer
from tests.factories import add_vacancy
from tests.fixtures_vacancies import URL, add_agency

WAIT_S = 5.0


@pytest.fixture
def listening(monkeypatch: pytest.MonkeyPatch) -> None:
    """As if a listener were live, whatever the database."""
    monkeypatch.setattr(ChangeSignals, "live", property(lambda self: True))


@pytest.fixture
def own_engine(database_url: str, client: TestClient) -> Iterator[Engine]:
    engine = make_engine(database_url)
    yield engine
    engine.dispose()


def generations(signals: ChangeSignals) -> dict[str, int | None]:
    return {t: signals.generation(t) for t in ("vacancy", "user_account", "partner_client")}


def test_own_writes_move_their_table_on_commit_only(listening: None, own_engine: Engine) -> None:
    signals = ChangeSignals(own_engine)
    before = generations(signals)
    with own_engine.connect() as connection:
        connection.execute(update(PartnerClient).values(name="renamed"))
        assert generations(signals) == before  # not yet committed
        connection.commit()
    after = generations(signals)
    assert after["partner_client"] == (before["partner_client"] or 0) + 1
    assert after["vacancy"] == before["vacancy"]
    assert after["user_account"] == before["user_account"]

    with own_engine.connect() as connection:
        connection.execute(update(Vacancy).values(openings=1))
        connection.rollback()
        connection.execute(update(AuditEntry).values(actor="x"))  # not a watched table
        connection.execute(text("SELECT 1"))
        connection.commit()
    assert generations(signals) == after

    with own_engine.begin() as connection:  # literal SQL: every table counts as changed
        connection.execute(text("UPDATE audit_entry SET actor = actor WHERE 1 = 0"))
    assert all(generations(signals)[t] == (after[t] or 0) + 1 for t in ("vacancy", "user_account"))


class FakeSignals:
    def __init__(self) -> None:
        self.live, self.counter = True, 0

    def generation(self, table: str) -> int | None:
        return self.counter if self.live else None


def test_a_value_read_before_a_change_is_never_served() -> None:
    fake = FakeSignals()
    cache = GenerationCache[str](fake, "vacancy", size=3)  # type: ignore[arg-type]
    generation = cache.generation()
    fake.counter += 1  # a job order changes while the page is being read
    cache.put("page", generation, "stale")
    assert cache.get("page") is None

    cache.put("page", cache.generation(), "fresh")
    assert cache.get("page") == "fresh"
    fake.live = False  # the listener is lost: nothing is served, nothing is kept
    assert cache.get("page") is None
    cache.put("other", cache.generation(), "x")
    fake.live = True
    assert cache.get("other") is None and cache.get("page") == "fresh"

    for key in ("a", "b", "c", "d"):  # bounded: full, it starts again
        cache.put(key, cache.generation(), key)
    assert cache.get("d") == "d" and cache.get("page") is None


def test_a_whole_table_copy_serves_only_its_own_generation() -> None:
    fake = FakeSignals()
    copy = TableCopy[str](fake, "user_account", size=2)  # type: ignore[arg-type]
    generation = copy.generation()
    fake.counter += 1  # an account changes while the table is being read
    copy.put(generation, {1: "stale"})
    assert copy.get(1) is None and copy.worth_reading(copy.generation())

    copy.put(copy.generation(), {1: "a", 2: "b"})
    assert (copy.get(1), copy.get(2), copy.get(3)) == ("a", "b", None)
    assert not copy.worth_reading(copy.generation())  # read once per generation
    fake.live = False
    assert copy.get(1) is None and not copy.worth_reading(copy.generation())
    fake.live = True
    fake.counter += 1
    assert copy.get(1) is None and copy.worth_reading(copy.generation())

    copy.put(copy.generation(), {1: "a", 2: "b", 3: "c"})  # too large: not kept ...
    assert copy.get(1) is None
    assert not copy.worth_reading(copy.generation())  # ... nor read again at this generation


def test_one_read_of_the_accounts_checks_every_caller_until_one_changes(
    listening: None, client: TestClient, engine: Engine, session: Session
) -> None:
    first, _ = applicant_headers(client, 1)
    second, _ = applicant_headers(client, 2)
    reads: list[str] = []

    def note(_connection: Any, _cursor: Any, statement: str, *_: Any) -> None:
        if "FROM user_account" in statement:
            reads.append(statement)

    event.listen(engine, "before_cursor_execute", note)
    try:
        assert client.get(URL, headers=first).status_code == 200
        assert client.get(URL, headers=second).status_code == 200
        assert client.get(URL, headers=first).status_code == 200
        assert len(reads) == 1 and "WHERE" not in reads[0]  # every account, once

        deactivate = "UPDATE user_account SET is_active = false WHERE email LIKE 'seeker2%'"
        session.execute(text(deactivate))
        session.commit()
        assert client.get(URL, headers=second).status_code == 401
        assert client.get(URL, headers=first).status_code == 200
    finally:
        event.remove(engine, "before_cursor_execute", note)


# ---------------------------------------------------------------- other processes' writes

postgresql_only = pytest.mark.skipif(
    not os.environ.get("DATABASE_URL", "").startswith("postgres"),
    reason="other processes' changes are told by PostgreSQL's LISTEN/NOTIFY",
)


def eventually(condition: Callable[[], bool]) -> bool:
    deadline = time.monotonic() + WAIT_S
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.02)
    return condition()


@pytest.fixture
def signals(app: FastAPI, client: TestClient) -> ChangeSignals:
    live: ChangeSignals = app.state.change_signals
    assert eventually(lambda: live.live), "the listener did not connect"
    return live


def another_worker(database_url: str) -> Engine:
    """An engine without this app's events: its writes reach us only through PostgreSQL."""
    return make_engine(database_url)


def write_elsewhere(database_url: str, sql: str, *, triggers: bool = True, **params: Any) -> None:
    engine = another_worker(database_url)
    with engine.begin() as connection:
        if not triggers:  # as a write nobody is told of: proves what the cache serves
            connection.execute(text("SET LOCAL session_replication_role = replica"))
        connection.execute(text(sql), params)
    engine.dispose()


@postgresql_only
def test_another_workers_write_is_heard(signals: ChangeSignals, database_url: str) -> None:
    before = signals.generation("vacancy")
    assert before is not None
    write_elsewhere(database_url, "UPDATE vacancy SET openings = openings WHERE 1 = 0")
    assert eventually(lambda: (signals.generation("vacancy") or 0) > before)


def applicant_user_id(session: Session) -> int:
    user = session.exec(text("SELECT id FROM user_account WHERE role = 'applicant'")).one()  # type: ignore[call-overload]
    return int(user[0])


@postgresql_only
def test_deactivation_by_another_worker_ends_cached_access(
    signals: ChangeSignals, client: TestClient, session: Session, database_url: str
) -> None:
    headers, _ = applicant_headers(client)
    user_id = applicant_user_id(session)
    assert client.get(URL, headers=headers).status_code == 200
    # Written with triggers off, nobody is told: the worker's copy still admits the caller,
    # which shows that it answers from its copy ...
    deactivate = "UPDATE user_account SET is_active = :active WHERE id = :id"
    write_elsewhere(database_url, deactivate, triggers=False, active=False, id=user_id)
    assert client.get(URL, headers=headers).status_code == 200
    write_elsewhere(database_url, deactivate, triggers=False, active=True, id=user_id)
    # ... and a deactivation as any worker writes it ends access within moments.
    write_elsewhere(database_url, deactivate, active=False, id=user_id)
    assert eventually(lambda: client.get(URL, headers=headers).status_code == 401)


@postgresql_only
def test_job_order_written_by_another_worker_is_listed(
    signals: ChangeSignals, client: TestClient, session: Session, database_url: str
) -> None:
    headers, _ = applicant_headers(client)
    agency = add_agency(session)
    first = add_vacancy(session, agency, "KR-1", status="open")
    assert [v["id"] for v in client.get(URL, headers=headers).json()["items"]] == [first]
    engine = another_worker(database_url)
    with Session(engine) as elsewhere:
        second = add_vacancy(elsewhere, agency, "KR-2", status="open")
    engine.dispose()
    assert eventually(
        lambda: (
            [v["id"] for v in client.get(URL, headers=headers).json()["items"]] == [first, second]
        )
    )


@postgresql_only
def test_without_a_listener_every_request_reads_the_database(
    signals: ChangeSignals, client: TestClient, session: Session, database_url: str
) -> None:
    headers, _ = applicant_headers(client)
    user_id = applicant_user_id(session)
    assert client.get(URL, headers=headers).status_code == 200
    before = signals.generation("user_account") or 0
    write_elsewhere(
        database_url,
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
        "WHERE application_name = 'change-signals' AND datname = current_database()",
    )
    assert eventually(lambda: not signals.live)
    # Unheard (triggers off), yet seen: with the listener lost, nothing is served from copies.
    deactivate = "UPDATE user_account SET is_active = false WHERE id = :id"
    write_elsewhere(database_url, deactivate, triggers=False, id=user_id)
    assert client.get(URL, headers=headers).status_code == 401
    # The listener comes back, and counts everything as changed while it was away.
    assert eventually(lambda: signals.live)
    assert (signals.generation("user_account") or 0) > before


def test_viewers_never_share_pages_they_may_not_see(
    officer: TestClient, client: TestClient, session: Session
) -> None:
    agency = add_agency(session)
    open_order = add_vacancy(session, agency, "KR-1", status="open")
    draft = add_vacancy(session, agency, "KR-2", status="draft")
    headers, _ = applicant_headers(client)
    for _ in range(2):  # the second round is answered from the copies, where there are any
        assert [v["id"] for v in officer.get(URL).json()["items"]] == [open_order, draft]
        assert [v["id"] for v in client.get(URL, headers=headers).json()["items"]] == [open_order]
    # A change through this process is seen by the very next request.
    officer_update = officer.patch(
        f"{URL}/{draft}",
        json={"status": "open"},
        headers={"If-Match": officer.get(f"{URL}/{draft}").headers["ETag"]},
    )
    assert officer_update.status_code == 200, officer_update.text
    assert [v["id"] for v in client.get(URL, headers=headers).json()["items"]] == [
        open_order,
        draft,
    ]


@postgresql_only
def test_an_account_added_by_another_worker_gets_in(
    signals: ChangeSignals, app: FastAPI, client: TestClient, database_url: str
) -> None:
    headers, _ = applicant_headers(client)
    assert client.get(URL, headers=headers).status_code == 200  # the accounts are copied
    # New accounts are not signalled (they change nobody else's access): one missing from
    # the copy is read on its own.
    engine = another_worker(database_url)
    with engine.begin() as connection:
        new_id = connection.execute(
            text(
                "INSERT INTO user_account (email, full_name, password_hash, role, is_active,"
                " created_at) VALUES ('new@example.org', 'New', '!', 'officer', true, now())"
                " RETURNING id"
            )
        ).scalar_one()
    engine.dispose()
    token, _ = create_access_token(app.state.settings, TokenClaims(f"user:{new_id}", "officer"))
    assert client.get(URL, headers=bearer(token)).status_code == 200
