"""/api/v1/vacancies (job orders)"""

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request, Response, status

from app.core.db import SessionDep
from app.core.errors import item_problem
from app.core.pagination import FeedParams, Page, PageDep
from app.core.principal import STAFF
from app.http.auth import PrincipalDep, access
from app.http.preconditions import ClientIfMatch, set_etag
from app.models.change import ChangePage
from app.models.identity import Role, Scope
from app.models.vacancy import (
    Vacancy,
    VacancyBatch,
    VacancyBatchItemResult,
    VacancyBatchResult,
    VacancyCreate,
    VacancyRead,
    VacancyStatus,
    VacancyUpdate,
)
from app.reference import Scheme, Sector
from app.services import feeds
from app.services.vacancies import batch as vacancy_batch
from app.services.vacancies import pages as vacancy_pages
from app.services.vacancies import service

router = APIRouter(prefix="/vacancies", tags=["vacancies"])
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


@router.get(
    "",
    response_model=Page[VacancyRead],
    **access(roles=READERS, scopes=READ_SCOPES, problems=(422,)),
)
async def list_vacancies(
    request: Request,
    principal: PrincipalDep,
    session: SessionDep,
    page: PageDep,
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
) -> Response:
    """Job seekers see open orders; agencies their own; officers all."""
    filters = service.VacancyFilters(
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
    body = await vacancy_pages.visible_page_json(
        request.app.state.vacancy_pages, session, principal, filters, page
    )
    return Response(body, media_type="application/json")


@router.post("/batch", **access(roles=STAFF, scopes=WRITE_SCOPES, problems=(409, 422)))
def upsert_vacancies(
    batch: VacancyBatch, request: Request, principal: PrincipalDep, session: SessionDep
) -> VacancyBatchResult:
    """Create or update up to 1,000 job orders by the agency's `external_id`.

    One result per item, in order: `created`, `updated`, `unchanged` (nothing differs: no new
    version, no audit entry) or `failed` with the item's problem. Valid items are stored even
    when others fail; each item is stored whole or not at all.
    """
    outcomes = vacancy_batch.upsert_batch(session, batch.items, principal)
    return VacancyBatchResult(
        items=[
            VacancyBatchItemResult(
                index=o.index,
                external_id=o.external_id,
                result=o.result,
                id=o.id,
                version=o.version,
                problem=item_problem(request, o.problem) if o.problem else None,
            )
            for o in outcomes
        ]
    )


@router.get("/changes", **access(roles=STAFF, scopes=READ_SCOPES, problems=(422,)))
def vacancy_changes(
    principal: PrincipalDep,
    session: SessionDep,
    params: Annotated[FeedParams, Depends()],
) -> ChangePage[VacancyRead]:
    """Every create, update and delete (a tombstone) after the cursor, in commit order,
    each with the job order's state now. Agencies see their own orders; officers all."""
    return feeds.vacancy_changes(session, principal, params)


@router.get("/{vacancy_id}", **access(roles=READERS, scopes=READ_SCOPES, problems=(404,)))
def get_vacancy(
    vacancy_id: int, principal: PrincipalDep, session: SessionDep, response: Response
) -> VacancyRead:
    vacancy = service.get_vacancy(session, vacancy_id, principal)
    set_etag(response, vacancy.id, vacancy.version)
    return service.to_read(vacancy)


@router.patch(
    "/{vacancy_id}",
    **access(roles=STAFF, scopes=WRITE_SCOPES, problems=(404, 409, 412, 422, 428)),
)
def update_vacancy(
    vacancy_id: int,
    payload: VacancyUpdate,
    principal: PrincipalDep,
    session: SessionDep,
    response: Response,
    precondition: ClientIfMatch,
) -> VacancyRead:
    """Change a job order; a partner system must send If-Match (the ETag it read)."""
    current = service.get_vacancy(session, vacancy_id, principal)
    precondition.hold(session, Vacancy, current.id, current.version)
    vacancy = service.update_vacancy(session, vacancy_id, payload, principal)
    set_etag(response, vacancy.id, vacancy.version)
    return service.to_read(vacancy)


@router.delete(
    "/{vacancy_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    **access(roles=STAFF, scopes=WRITE_SCOPES, problems=(404, 409, 412, 428)),
)
def delete_vacancy(
    vacancy_id: int, principal: PrincipalDep, session: SessionDep, precondition: ClientIfMatch
) -> Response:
    """Delete a job order nobody applied to; a partner system must send If-Match."""
    current = service.get_vacancy(session, vacancy_id, principal)
    precondition.hold(session, Vacancy, current.id, current.version)
    service.delete_vacancy(session, vacancy_id, principal)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
