"""Vacancies (job orders): create, update, delete, list, with the programme's rules."""

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy import func, or_
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from app.core import clock
from app.core.errors import FieldError, ProblemError, not_found
from app.core.pagination import PageParams, paginate, where_all
from app.core.principal import Principal
from app.models.application import Application
from app.models.change import ChangeOp
from app.models.mou import Mou
from app.models.partner import Partner
from app.models.vacancy import Vacancy, VacancyCreate, VacancyRead, VacancyStatus, VacancyUpdate
from app.reference import Scheme, Sector
from app.services import audit
from app.services import changes as change_log
from app.services.applications.stages import QUOTA_STAGES
from app.services.common import (
    apply_changes,
    commit_or_conflict,
    raise_if_invalid,
)
from app.services.vacancies.checks import (
    agency_errors,
    agency_refusal,
    check_rules,
    field_changes,
    new_vacancy,
    update_errors,
)
from app.services.vacancies.rules import (
    worker_paid_items,
)


def to_read(vacancy: Vacancy) -> VacancyRead:
    return row_to_read(vacancy.model_dump())


def row_to_read(values: Mapping[str, Any]) -> VacancyRead:
    """The read model from a job order's column values (an entity's dump or a plain row)."""
    free = not worker_paid_items(values["cost_items"])
    return VacancyRead.model_validate({**values, "zero_cost_to_worker": free})


# Every column, read as plain rows: a list shows up to 100 job orders, and building ORM
# entities (then dumping them again) costs more than the query.
_ROW = select(*Vacancy.__table__.columns)  # type: ignore[attr-defined]


def _check_agency(session: Session, v: Vacancy) -> list[FieldError]:
    mou_exists = v.mou_id is not None and session.get(Mou, v.mou_id) is not None
    return agency_errors(v, session.get(Partner, v.agency_id), mou_exists)


def selected_counts(session: Session, vacancy_ids: list[int]) -> dict[int, int]:
    """How many applications hold an opening of each job order (selected and later)."""
    if not vacancy_ids:
        return {}
    rows = session.exec(
        select(Application.vacancy_id, func.count())
        .where(
            col(Application.vacancy_id).in_(vacancy_ids),
            col(Application.stage).in_(QUOTA_STAGES),
        )
        .group_by(col(Application.vacancy_id))
    ).all()
    return {vacancy_id: count for vacancy_id, count in rows}


def _external_id_taken(
    session: Session, agency_id: int, external_id: str | None, vacancy_id: int | None
) -> bool:
    statement = select(Vacancy.id).where(
        Vacancy.agency_id == agency_id, Vacancy.external_id == external_id
    )
    if vacancy_id is not None:
        statement = statement.where(col(Vacancy.id) != vacancy_id)
    return session.exec(statement).first() is not None


def create_vacancy(session: Session, payload: VacancyCreate, actor: Principal) -> Vacancy:
    if actor.kind == "client" and payload.agency_id != actor.partner_id:
        # An agency's system files job orders for its own agency only.
        raise_if_invalid([agency_refusal(payload.agency_id, "not_own")])
    vacancy = new_vacancy(payload)
    raise_if_invalid(_check_agency(session, vacancy) + check_rules(vacancy, creating=True))
    if _external_id_taken(session, vacancy.agency_id, vacancy.external_id, vacancy.id):
        raise ProblemError(409, "external_id_taken", {"external_id": vacancy.external_id})
    session.add(vacancy)
    try:
        session.flush()  # the id, for the audit entry; a concurrent duplicate fails here
    except IntegrityError:
        session.rollback()
        raise ProblemError(409, "external_id_taken", {"external_id": payload.external_id}) from None
    audit.record(
        session, actor.label, "create", "vacancy", vacancy.id or 0, None, audit.snapshot(vacancy)
    )
    change_log.log_vacancy(session, vacancy)
    commit_or_conflict(session, "external_id_taken", {"external_id": vacancy.external_id})
    session.refresh(vacancy)
    return vacancy


def get_vacancy(session: Session, vacancy_id: int, viewer: Principal | None = None) -> Vacancy:
    """A job order the viewer may see: applicants only open ones, agencies their own."""
    vacancy = session.get(Vacancy, vacancy_id)
    if vacancy is None or not _visible(vacancy, viewer):
        raise not_found("vacancy")
    return vacancy


def _visible(vacancy: Vacancy, viewer: Principal | None) -> bool:
    if viewer is None or viewer.is_staff:
        return True
    if viewer.kind == "client":
        return vacancy.agency_id == viewer.partner_id
    return vacancy.status == VacancyStatus.open


def update_vacancy(
    session: Session, vacancy_id: int, payload: VacancyUpdate, actor: Principal
) -> Vacancy:
    vacancy = get_vacancy(session, vacancy_id, actor)
    changes = field_changes(vacancy, payload)
    if not changes:
        return vacancy  # nothing to change: no new version, no audit entry
    mou_exists = "mou_id" in changes and (
        changes["mou_id"] is None or session.get(Mou, changes["mou_id"]) is not None
    )
    selected = (
        selected_counts(session, [vacancy_id]).get(vacancy_id, 0) if "openings" in changes else 0
    )
    owner = session.get(Partner, vacancy.agency_id) if "scheme" in changes else None
    owner_kind = owner.kind if owner is not None else None
    raise_if_invalid(update_errors(vacancy, changes, mou_exists, selected, owner_kind))
    external_id = changes.get("external_id", vacancy.external_id)
    if _external_id_taken(session, vacancy.agency_id, external_id, vacancy.id):
        raise ProblemError(409, "external_id_taken", {"external_id": external_id})
    before = audit.snapshot(vacancy)
    apply_changes(vacancy, changes)
    session.add(vacancy)
    audit.record(
        session, actor.label, "update", "vacancy", vacancy_id, before, audit.snapshot(vacancy)
    )
    change_log.log_vacancy(session, vacancy)
    commit_or_conflict(session, "external_id_taken", {"external_id": vacancy.external_id})
    session.refresh(vacancy)
    return vacancy


def delete_vacancy(session: Session, vacancy_id: int, actor: Principal) -> None:
    """Only a job order nobody applied to is deleted; one with applications is closed."""
    vacancy = get_vacancy(session, vacancy_id, actor)
    applied = session.exec(
        select(func.count()).select_from(Application).where(Application.vacancy_id == vacancy_id)
    ).one()
    if applied:
        raise ProblemError(409, "vacancy_has_applications", {"count": applied})
    audit.record(session, actor.label, "delete", "vacancy", vacancy_id, audit.snapshot(vacancy))
    change_log.log_vacancy(session, vacancy, ChangeOp.delete)
    session.delete(vacancy)
    session.commit()


@dataclass(frozen=True)
class VacancyFilters:
    """What a job-order list asks for; hashable, so that it can name a cached page."""

    agency_id: int | None = None
    country: str | None = None
    scheme: Scheme | None = None
    sector: Sector | None = None
    status: VacancyStatus | None = None
    mou_id: int | None = None
    open_only: bool = False
    deadline_after: date | None = None
    q: str | None = None


def visible_to(viewer: Principal, filters: VacancyFilters) -> VacancyFilters:
    """The filters narrowed to what the viewer may see: an agency its own orders, a job
    seeker open orders, officers everything."""
    if viewer.kind == "client":
        return replace(filters, agency_id=viewer.partner_id)
    if not viewer.is_staff:
        return replace(filters, status=VacancyStatus.open)
    return filters


def list_vacancies(
    session: Session, filters: VacancyFilters, page: PageParams
) -> tuple[list[Mapping[str, Any]], str | None]:
    """Job orders matching `filters` (narrowed by `visible_to` first), as column values;
    `open_only`: open and deadline not passed."""
    f = filters
    conditions = where_all(
        col(Vacancy.agency_id) == f.agency_id if f.agency_id is not None else None,
        col(Vacancy.country) == f.country if f.country else None,
        col(Vacancy.scheme) == f.scheme if f.scheme else None,
        col(Vacancy.sector) == f.sector if f.sector else None,
        col(Vacancy.status) == f.status if f.status else None,
        col(Vacancy.mou_id) == f.mou_id if f.mou_id is not None else None,
        col(Vacancy.status) == VacancyStatus.open if f.open_only else None,
        or_(col(Vacancy.deadline).is_(None), col(Vacancy.deadline) >= clock.today())
        if f.open_only
        else None,
        col(Vacancy.deadline) >= f.deadline_after if f.deadline_after else None,
        or_(
            func.lower(Vacancy.title).contains(f.q.lower(), autoescape=True),
            func.lower(Vacancy.occupation).contains(f.q.lower(), autoescape=True),
        )
        if f.q
        else None,
    )
    rows, next_cursor = paginate(session, _ROW.where(*conditions), Vacancy.id, page)
    return [row._mapping for row in rows], next_cursor
