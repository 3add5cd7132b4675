"""The change log: written with every write of a job order or an application, read as a feed.

A feed must never hand out a position and later find a row before it, or a client that saw
position 11 would miss a 10 committed after it. Writers do not queue for that:

- PostgreSQL: each row carries its transaction's id (`pg_current_xact_id()`), and the feed
  is read in (txid, seq) order only below the oldest transaction still running
  (`pg_snapshot_xmin(pg_current_snapshot())`). Every transaction below that bound has ended,
  so no row can ever appear there later; a row of a transaction still running waits to be
  read until it ends (a long transaction delays the feed, never a writer).
- SQLite lets one writer in at a time: txid stays 0 and `seq` is commit order.
"""

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import ColumnElement, literal_column, text, tuple_
from sqlmodel import Session, SQLModel, col, select

from app.core.pagination import FeedPosition
from app.models.application import Application
from app.models.base import utcnow
from app.models.change import ChangeEntity, ChangeLog, ChangeOp
from app.models.vacancy import Vacancy
from app.services.vacancies import bulk

# Transactions below this id have all ended (PostgreSQL): the feed's upper bound.
ENDED_BELOW: ColumnElement[int] = literal_column(
    "pg_snapshot_xmin(pg_current_snapshot())::text::bigint"
)


def _postgres(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def _transaction_id(session: Session) -> int:
    if not _postgres(session):
        return 0
    return int(session.execute(text("SELECT pg_current_xact_id()::text::bigint")).scalar_one())


def log(session: Session, rows: Sequence[dict[str, Any]]) -> None:
    """Insert change rows (entity, entity_id, owner_id, op, version) in the caller's
    transaction, stamped with its id."""
    if not rows:
        return
    now = utcnow()
    # Core, not the ORM's bulk path: nothing here needs the identity map. No autoflush, so
    # the caller's pending change is flushed by its own commit, where it turns a unique
    # clash into a 409.
    table = SQLModel.metadata.tables[ChangeLog.__tablename__]
    with session.no_autoflush:
        txid = _transaction_id(session)
        bulk.insert_rows(session, table, [{"at": now, "txid": txid, **row} for row in rows])


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
    session: Session,
    entity: ChangeEntity,
    owner_id: int | None,
    after: FeedPosition,
    limit: int,
) -> tuple[list[ChangeLog], FeedPosition, bool]:
    """Up to `limit` change rows after `after`, compacted to the last row per record.

    Returns the rows, the position to resume after and whether more follow. Compaction keeps
    the guarantee: a record that changes again later appears again later.
    """
    position = _resolved(session, after)
    statement = select(ChangeLog).where(
        ChangeLog.entity == entity.value,
        tuple_(col(ChangeLog.txid), col(ChangeLog.seq)) > tuple_(position.txid, position.seq),
    )
    if _postgres(session):
        statement = statement.where(col(ChangeLog.txid) < ENDED_BELOW)
    if owner_id is not None:
        statement = statement.where(ChangeLog.owner_id == owner_id)
    ordered = statement.order_by(col(ChangeLog.txid), col(ChangeLog.seq)).limit(limit + 1)
    rows = list(session.exec(ordered))
    more = len(rows) > limit
    rows = rows[:limit]
    latest: dict[int, ChangeLog] = {}
    for row in rows:
        latest.pop(row.entity_id, None)  # re-insert so the dict keeps the latest's position
        latest[row.entity_id] = row
    resume = FeedPosition(rows[-1].txid, rows[-1].seq or 0) if rows else position
    return list(latest.values()), resume, more


def _resolved(session: Session, after: FeedPosition) -> FeedPosition:
    """A cursor from before transaction ids (a seq alone) resumes at that row's place."""
    if after.txid is not None:
        return after
    txid = session.exec(select(ChangeLog.txid).where(ChangeLog.seq == after.seq)).first()
    return FeedPosition(txid or 0, after.seq)
