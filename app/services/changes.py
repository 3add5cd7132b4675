"""The change log: written with every write of a job order or an application, read as a feed.

Commit order must equal `seq` order, or a client that saw seq 11 could miss a seq 10 committed
later. On PostgreSQL every writer takes one transaction-scoped advisory lock right before it
inserts its change rows and keeps it until commit, so seqs are drawn and committed one
transaction at a time; SQLite lets one writer in at a time already. Callers log last, just
before they commit, so the lock is held briefly.
"""

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import text
from sqlmodel import Session, SQLModel, col, select

from app.models.application import Application
from app.models.base import utcnow
from app.models.change import ChangeEntity, ChangeLog, ChangeOp
from app.models.vacancy import Vacancy
from app.services.vacancies import bulk

# Any constant unique to this lock in the application; "SERANG" in ASCII.
CHANGE_LOG_LOCK = 0x534552414E47


def _serialise(session: Session) -> None:
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": CHANGE_LOG_LOCK})


def log(session: Session, rows: Sequence[dict[str, Any]]) -> None:
    """Insert change rows (entity, entity_id, owner_id, op, version) in the caller's
    transaction, under the commit-order lock."""
    if not rows:
        return
    now = utcnow()
    # Core, not the ORM's bulk path: nothing here needs the identity map. No autoflush, so
    # the caller's pending change is flushed by its own commit, where it turns a unique
    # clash into a 409.
    table = SQLModel.metadata.tables[ChangeLog.__tablename__]
    with session.no_autoflush:
        _serialise(session)
        bulk.insert_rows(session, table, [{"at": now, **row} for row in rows])


def vacancy_row(vacancy: Vacancy, op: ChangeOp = ChangeOp.upsert) -> dict[str, Any]:
    return {
        "entity": ChangeEntity.vacancy.value,
        "entity_id": vacancy.id or 0,
        "owner_id": vacancy.agency_id,
        "op": op.value,
        "version": vacancy.version,
    }


def log_vacancy(session: Session, vacancy: Vacancy, op: ChangeOp = ChangeOp.upsert) -> None:
    log(session, [vacancy_row(vacancy, op)])


def log_vacancy_ids(session: Session, vacancy_ids: Iterable[int]) -> None:
    """Log job orders changed by bulk statements, reading their owner and version back."""
    ids = sorted(set(vacancy_ids))
    if not ids:
        return
    session.flush()
    current = session.exec(
        select(Vacancy.id, Vacancy.agency_id, Vacancy.version).where(col(Vacancy.id).in_(ids))
    ).all()
    log(
        session,
        [
            {
                "entity": ChangeEntity.vacancy.value,
                "entity_id": vacancy_id,
                "owner_id": agency_id,
                "op": ChangeOp.upsert.value,
                "version": version,
            }
            for vacancy_id, agency_id, version in current
        ],
    )


def application_row(application_id: int, agency_id: int, version: int) -> dict[str, Any]:
    """An application's change row; the owner is its job order's agency."""
    return {
        "entity": ChangeEntity.application.value,
        "entity_id": application_id,
        "owner_id": agency_id,
        "op": ChangeOp.upsert.value,
        "version": version,
    }


def log_application_ids(session: Session, application_ids: Iterable[int]) -> None:
    """Log applications as they are now in this transaction; the owner is the job order's
    agency, so an agency's feed carries the applications to its own orders."""
    ids = sorted(set(application_ids))
    if not ids:
        return
    session.flush()
    current = session.exec(
        select(Application.id, Vacancy.agency_id, Application.version)
        .join(Vacancy, col(Vacancy.id) == col(Application.vacancy_id))
        .where(col(Application.id).in_(ids))
    ).all()
    log(session, [application_row(*row) for row in current])


def read(
    session: Session, entity: ChangeEntity, owner_id: int | None, after: int, limit: int
) -> tuple[list[ChangeLog], int, bool]:
    """Up to `limit` change rows after seq `after`, compacted to the last row per record.

    Returns the rows, the seq to resume after and whether more follow. Compaction keeps the
    guarantee: a record that changes again later appears again later.
    """
    statement = select(ChangeLog).where(
        ChangeLog.entity == entity.value, col(ChangeLog.seq) > after
    )
    if owner_id is not None:
        statement = statement.where(ChangeLog.owner_id == owner_id)
    rows = list(session.exec(statement.order_by(col(ChangeLog.seq)).limit(limit + 1)))
    more = len(rows) > limit
    rows = rows[:limit]
    latest: dict[int, ChangeLog] = {}
    for row in rows:
        latest.pop(row.entity_id, None)  # re-insert so the dict keeps the latest's position
        latest[row.entity_id] = row
    resume = rows[-1].seq or after if rows else after
    return list(latest.values()), resume, more
