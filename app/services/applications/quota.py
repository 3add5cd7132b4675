"""A job order's openings as a quota: one per selection, given back when a selected person
leaves; filled and open again as the count crosses the openings; each change audited, and the
owning agency told (outbox) when its order fills.

Every change is one conditional UPDATE, so concurrent selections never overfill an order.
"""

from typing import Any, NamedTuple

from sqlalchemy import update
from sqlmodel import Session, col, select

from app.core.db import rowcount
from app.core.errors import ProblemError
from app.core.i18n import Message, define
from app.models.base import utcnow
from app.models.vacancy import Vacancy, VacancyStatus
from app.models.webhook import WebhookEventType
from app.services import audit
from app.services.webhooks import events

define(
    {
        "vacancy_full": Message(
            "Job order full",
            "Lowongan sudah penuh",
            "Every opening of job order {id} is taken.",
            "Semua formasi lowongan {id} sudah terisi.",
        ),
        "vacancy_not_selecting": Message(
            "Job order not selecting",
            "Lowongan tidak melakukan seleksi",
            "Job order {id} is {status}; nobody can be selected for it.",
            "Lowongan {id} berstatus {status}; tidak ada yang dapat dipilih.",
        ),
    }
)

# Sellable vacancy states: a closed order no longer takes applicants but still selects.
SELECTING = (VacancyStatus.open, VacancyStatus.closed, VacancyStatus.filled)


def _vacancy_state(session: Session, vacancy_id: int) -> tuple[int, int, str]:
    row = session.exec(
        select(Vacancy.filled, Vacancy.openings, Vacancy.status).where(Vacancy.id == vacancy_id)
    ).one()
    return row[0], row[1], row[2]


def _set_vacancy(session: Session, vacancy_id: int, *conditions: Any, **values: Any) -> int:
    statement = (
        update(Vacancy)
        .where(col(Vacancy.id) == vacancy_id, *conditions)
        .values(**values, version=col(Vacancy.version) + 1, updated_at=utcnow())
        .execution_options(synchronize_session=False)
    )
    return rowcount(session.execute(statement))


class Owner(NamedTuple):
    """A job order's agency and its id there, and how a notice names the job."""

    agency_id: int
    external_id: str
    job: str


def vacancy_owner(session: Session, vacancy_id: int) -> Owner:
    row = session.exec(
        select(Vacancy.agency_id, Vacancy.external_id, Vacancy.title, Vacancy.country).where(
            Vacancy.id == vacancy_id
        )
    ).one()
    return Owner(row[0], row[1], f"{row[2]} ({row[3]})")


def take_opening(session: Session, vacancy_id: int, actor_label: str) -> None:
    """One opening for a selection, by a single conditional UPDATE.

    The row lock the UPDATE takes makes concurrent selections re-check `filled < openings`
    one after another, so a job order is never filled beyond its openings.
    """
    taken = _set_vacancy(
        session,
        vacancy_id,
        col(Vacancy.filled) < col(Vacancy.openings),
        col(Vacancy.status).in_(SELECTING),
        filled=col(Vacancy.filled) + 1,
    )
    filled, openings, status = _vacancy_state(session, vacancy_id)
    if not taken:
        if status not in SELECTING:
            raise ProblemError(409, "vacancy_not_selecting", {"id": vacancy_id, "status": status})
        raise ProblemError(409, "vacancy_full", {"id": vacancy_id})
    new_status = status
    if filled >= openings and status == VacancyStatus.open:
        new_status = VacancyStatus.filled
        _set_vacancy(session, vacancy_id, status=new_status)
        agency_id, external_id, _ = vacancy_owner(session, vacancy_id)
        data = {
            "vacancy_id": vacancy_id,
            "external_id": external_id,
            "openings": openings,
            "filled": filled,
        }
        events.emit(session, agency_id, WebhookEventType.vacancy_filled, data)
    audit.record(
        session,
        actor_label,
        "update",
        "vacancy",
        vacancy_id,
        {"filled": filled - 1, "status": status},
        {"filled": filled, "status": new_status},
    )


def free_opening(session: Session, vacancy_id: int, actor_label: str) -> None:
    """Give back the opening of a selection that was withdrawn or rejected."""
    _set_vacancy(session, vacancy_id, col(Vacancy.filled) > 0, filled=col(Vacancy.filled) - 1)
    filled, openings, status = _vacancy_state(session, vacancy_id)
    new_status = status
    if status == VacancyStatus.filled and filled < openings:
        new_status = VacancyStatus.open
        _set_vacancy(session, vacancy_id, status=new_status)
    audit.record(
        session,
        actor_label,
        "update",
        "vacancy",
        vacancy_id,
        {"filled": filled + 1, "status": status},
        {"filled": filled, "status": new_status},
    )
