"""Delta feeds of job orders and applications, read from the change log.

Each entry carries the record's state now (or a tombstone when it is gone, or no longer
visible to the caller), so a client that starts with no cursor and follows `next_cursor`
ends with exactly the records it may see.
"""

from typing import TypeVar

from sqlmodel import Session, col, select

from app.core.pagination import FeedParams, encode_feed_cursor
from app.core.principal import Principal
from app.models.applicant import Applicant
from app.models.application import Application, ApplicationRead
from app.models.change import ChangeEntity, ChangeItem, ChangeLog, ChangePage
from app.models.vacancy import Vacancy, VacancyRead
from app.services import changes as change_log
from app.services.applications import service as applications
from app.services.vacancies import service as vacancies

T = TypeVar("T", VacancyRead, ApplicationRead)


def _owner(viewer: Principal) -> int | None:
    # Agencies read their own records' changes; officers everyone's.
    return viewer.partner_id or -1 if viewer.kind == "client" else None


def _entry(row: ChangeLog, read: T | None) -> ChangeItem[T]:
    """The record's state now; a tombstone when it is gone or hidden from this caller."""
    version = getattr(read, "version", None)
    deleted = read is None
    return ChangeItem[T](
        seq=row.seq or 0, id=row.entity_id, deleted=deleted, version=version, item=read
    )


def vacancy_changes(
    session: Session, viewer: Principal, params: FeedParams
) -> ChangePage[VacancyRead]:
    rows, resume, more = change_log.read(
        session, ChangeEntity.vacancy, _owner(viewer), params.after, params.limit
    )
    ids = [r.entity_id for r in rows]
    current = {v.id: v for v in session.exec(select(Vacancy).where(col(Vacancy.id).in_(ids)))}
    items = []
    for row in rows:
        vacancy = current.get(row.entity_id)
        items.append(_entry(row, vacancies.to_read(vacancy) if vacancy else None))
    return ChangePage(items=items, next_cursor=encode_feed_cursor(resume), has_more=more)


def application_changes(
    session: Session, viewer: Principal, params: FeedParams
) -> ChangePage[ApplicationRead]:
    rows, resume, more = change_log.read(
        session, ChangeEntity.application, _owner(viewer), params.after, params.limit
    )
    ids = [r.entity_id for r in rows]
    statement = select(Application).where(col(Application.id).in_(ids))
    if viewer.kind == "client":
        # The same view as the applications list: consent withdrawn hides the person.
        consented = select(Applicant.id).where(col(Applicant.consent_given_at).is_not(None))
        statement = statement.where(col(Application.applicant_id).in_(consented))
    found = list(session.exec(statement))
    reads = {r.id: r for r in applications.to_reads(session, found, viewer)}
    items = [_entry(row, reads.get(row.entity_id)) for row in rows]
    return ChangePage(items=items, next_cursor=encode_feed_cursor(resume), has_more=more)
