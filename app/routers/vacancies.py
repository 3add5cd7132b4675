"""/api/v1/vacancies (job orders)"""

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Response, status
from sqlmodel import Session

from app.auth import STAFF, PrincipalDep, access
from app.db import get_session
from app.models.identity import Role, Scope
from app.models.vacancy import VacancyCreate, VacancyRead, VacancyStatus, VacancyUpdate
from app.pagination import Page, PageParams
from app.reference import Scheme, Sector
from app.services import vacancies as service

router = APIRouter(prefix="/vacancies", tags=["vacancies"])
SessionDep = Annotated[Session, Depends(get_session)]
READERS = (Role.applicant, *STAFF)
READ_SCOPES = (Scope.vacancies_read, Scope.vacancies_write)
WRITE_SCOPES = (Scope.vacancies_write,)


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    **access(roles=STAFF, scopes=WRITE_SCOPES, problems=(409, 422)),
)
def create_vacancy(
    payload: VacancyCreate, principal: PrincipalDep, session: SessionDep
) -> VacancyRead:
    """File a job order; an agency's client files for its own agency only."""
    return service.to_read(service.create_vacancy(session, payload, principal))


@router.get("", **access(roles=READERS, scopes=READ_SCOPES, problems=(422,)))
def list_vacancies(
    principal: PrincipalDep,
    session: SessionDep,
    page: Annotated[PageParams, Depends()],
    agency_id: int | None = None,
    country: Annotated[str | None, Query(pattern=r"^[A-Z]{2}$")] = None,
    scheme: Scheme | None = None,
    sector: Sector | None = None,
    status: VacancyStatus | None = None,
    mou_id: int | None = None,
    open_only: Annotated[
        bool, Query(description="Only open orders whose deadline has not passed (or is unset).")
    ] = False,
    deadline_after: Annotated[
        date | None, Query(description="Deadline on or after this date.")
    ] = None,
    q: Annotated[
        str | None, Query(min_length=2, max_length=100, description="Title or occupation contains.")
    ] = None,
) -> Page[VacancyRead]:
    """Job seekers see open orders; agencies their own; officers all."""
    rows, next_cursor = service.list_vacancies(
        session,
        principal,
        page,
        agency_id=agency_id,
        country=country,
        scheme=scheme,
        sector=sector,
        status=status,
        mou_id=mou_id,
        open_only=open_only,
        deadline_after=deadline_after,
        q=q,
    )
    return Page(items=[service.to_read(v) for v in rows], next_cursor=next_cursor)


@router.get("/{vacancy_id}", **access(roles=READERS, scopes=READ_SCOPES, problems=(404,)))
def get_vacancy(vacancy_id: int, principal: PrincipalDep, session: SessionDep) -> VacancyRead:
    return service.to_read(service.get_vacancy(session, vacancy_id, principal))


@router.patch("/{vacancy_id}", **access(roles=STAFF, scopes=WRITE_SCOPES, problems=(404, 409, 422)))
def update_vacancy(
    vacancy_id: int, payload: VacancyUpdate, principal: PrincipalDep, session: SessionDep
) -> VacancyRead:
    return service.to_read(service.update_vacancy(session, vacancy_id, payload, principal))


@router.delete(
    "/{vacancy_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    **access(roles=STAFF, scopes=WRITE_SCOPES, problems=(404,)),
)
def delete_vacancy(vacancy_id: int, principal: PrincipalDep, session: SessionDep) -> Response:
    service.delete_vacancy(session, vacancy_id, principal)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
