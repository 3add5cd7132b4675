"""Open job orders as the public reads them: the list (filters, cursor paging) and one order.

"Open" is what a job seeker could still apply to: status open, the deadline not passed (or
none), an opening left, and its scheme and channel taking people (a channel the office has
closed, e.g. Korea's E-8, is off the board). The projection names the agency and its licence
and leaves out every internal field (the agency's own id, the MoU, cost-item notes).
"""

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, or_
from sqlmodel import Session, col, select

from app.core import clock
from app.core.errors import not_found
from app.core.i18n import Language
from app.core.pagination import PageParams, paginate
from app.models.board import (
    PublicCost,
    PublicVacancy,
    PublicVacancyDetail,
    PublicVacancyPage,
)
from app.models.channel import ChannelState
from app.models.partner import Partner
from app.models.vacancy import Payer, Vacancy, VacancyStatus
from app.reference import Scheme, Sector
from app.services.board import needs
from app.services.board.words import COST_ITEMS, SCHEMES, SECTORS, country_name, word
from app.services.matching.facts import TrainingSources, training_sources_of, vacancy_facts
from app.services.vacancies.rules import is_zero_cost

BOARD_PATH = "/lowongan"


@dataclass(frozen=True)
class BoardFilters:
    country: str | None = None
    sector: Sector | None = None
    scheme: Scheme | None = None


def _closed_codes(session: Session) -> list[str]:
    return list(
        session.exec(select(ChannelState.code).where(col(ChannelState.open).is_(False))).all()
    )


def _open_conditions(session: Session, today: date) -> list[ColumnElement[bool]]:
    closed = _closed_codes(session)
    conditions: list[ColumnElement[bool]] = [
        col(Vacancy.status) == VacancyStatus.open,
        or_(col(Vacancy.deadline).is_(None), col(Vacancy.deadline) >= today),
        col(Vacancy.filled) < col(Vacancy.openings),
    ]
    if closed:
        conditions.append(col(Vacancy.scheme).not_in(closed))
        conditions.append(or_(col(Vacancy.channel).is_(None), col(Vacancy.channel).not_in(closed)))
    return conditions


def salary_text(v: Vacancy, lang: Language) -> str:
    if v.salary_min is None and v.salary_max is None:
        return "Tidak disebutkan" if lang == "id" else "Not stated"
    low, high = v.salary_min, v.salary_max
    sep = "." if lang == "id" else ","
    amounts = [f"{n:,}".replace(",", sep) for n in (low, high) if n is not None]
    span = " - ".join(dict.fromkeys(amounts))
    per = "per bulan" if lang == "id" else "a month"
    return f"{v.currency or ''} {span} {per}".strip()


def _worker_costs(v: Vacancy, lang: Language) -> list[PublicCost]:
    return [
        PublicCost(
            item=str(item["item"]),
            label=word(COST_ITEMS, str(item["item"]), lang),
            amount=int(str(item["amount"])),
            currency=str(item.get("currency") or "IDR"),
        )
        for item in v.cost_items
        if item.get("payer") == Payer.worker
    ]


def _public(
    v: Vacancy,
    agency: Partner,
    lang: Language,
    today: date,
    training: TrainingSources,
) -> dict[str, Any]:
    costs = _worker_costs(v, lang)
    facts = vacancy_facts(v)
    return {
        "id": v.id or 0,
        "title": v.title,
        "country": v.country,
        "country_name": country_name(v.country, lang),
        "city": None,
        "scheme": v.scheme,
        "scheme_name": word(SCHEMES, v.scheme, lang),
        "sector": v.sector,
        "sector_name": word(SECTORS, v.sector, lang),
        "occupation": v.occupation,
        "description": v.description,
        "openings_left": max(0, v.openings - v.filled),
        "salary_min": v.salary_min,
        "salary_max": v.salary_max,
        "currency": v.currency,
        "salary_text": salary_text(v, lang),
        "contract_months": v.contract_months,
        "requirements": needs.requirements(facts, lang, today, training),
        "worker_costs": costs,
        "zero_cost_to_worker": not costs,
        "zero_cost_by_law": is_zero_cost(v.sector, v.isco_code),
        "deadline": v.deadline,
        "agency_name": agency.name,
        "agency_licence_number": agency.licence_number,
        "share_url": f"{BOARD_PATH}/{v.id}",
        "updated_at": v.updated_at,
    }


def list_open(
    session: Session,
    filters: BoardFilters,
    page: PageParams,
    lang: Language,
    today: date | None = None,
) -> PublicVacancyPage:
    """One page of open job orders, oldest first (ids ascend), with their agencies."""
    today = today or clock.today()
    statement = select(Vacancy).where(*_open_conditions(session, today))
    if filters.country is not None:
        statement = statement.where(col(Vacancy.country) == filters.country)
    if filters.sector is not None:
        statement = statement.where(col(Vacancy.sector) == filters.sector)
    if filters.scheme is not None:
        statement = statement.where(col(Vacancy.scheme) == filters.scheme)
    rows, next_cursor = paginate(session, statement, col(Vacancy.id), page)
    agency_ids = {v.agency_id for v in rows}
    agencies = {
        p.id: p for p in session.exec(select(Partner).where(col(Partner.id).in_(agency_ids)))
    }
    training = training_sources_of(session, today)
    return PublicVacancyPage(
        items=[
            PublicVacancy.model_validate(_public(v, agencies[v.agency_id], lang, today, training))
            for v in rows
        ],
        next_cursor=next_cursor,
    )


def get_open(
    session: Session, vacancy_id: int, lang: Language, today: date | None = None
) -> PublicVacancyDetail:
    """One open job order with the documents it needs; any other id is 404."""
    today = today or clock.today()
    v = session.exec(
        select(Vacancy).where(col(Vacancy.id) == vacancy_id, *_open_conditions(session, today))
    ).first()
    agency = session.get(Partner, v.agency_id) if v is not None else None
    if v is None or agency is None:
        raise not_found("vacancy")
    training = training_sources_of(session, today)
    values = _public(v, agency, lang, today, training)
    values["documents"] = needs.documents(v.country, v.scheme, lang)
    return PublicVacancyDetail.model_validate(values)
