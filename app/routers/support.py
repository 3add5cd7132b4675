"""/api/v1/applications/{id}/support, /api/v1/support: support after departure"""

from typing import Annotated

from fastapi import APIRouter, Query, status

from app.core.db import SessionDep
from app.core.pagination import Page, PageDep
from app.core.principal import STAFF
from app.http.auth import PrincipalDep, access
from app.models.identity import Role, Scope
from app.models.support import (
    SupportCaseCreate,
    SupportCaseEntryCreate,
    SupportCaseRead,
    SupportCategory,
    SupportSeverity,
    SupportStatus,
)
from app.services.support import service

router = APIRouter(tags=["support"])
PEOPLE = (Role.applicant, *STAFF)
READ_SCOPES = (Scope.applications_read, Scope.applications_write)


@router.post(
    "/applications/{application_id}/support",
    status_code=status.HTTP_201_CREATED,
    **access(roles=PEOPLE, problems=(404, 409, 422)),
)
def create_support_case(
    application_id: int, payload: SupportCaseCreate, principal: PrincipalDep, session: SessionDep
) -> SupportCaseRead:
    """Open a support case against a placement while the worker is abroad (departed or
    working; 409 otherwise, also after return). The worker files complaints on their own
    placement; officers file complaints on a worker's behalf and log support contacts."""
    case = service.create_case(session, application_id, payload, principal)
    return service.to_read(session, case)


@router.get(
    "/applications/{application_id}/support",
    **access(roles=PEOPLE, scopes=READ_SCOPES, problems=(404, 422)),
)
def list_application_support_cases(
    application_id: int,
    principal: PrincipalDep,
    session: SessionDep,
    page: PageDep,
) -> Page[SupportCaseRead]:
    """The cases of a placement: the worker's own, the agency's own placements (read only,
    it answers for the worker's protection), any for officers."""
    rows, next_cursor = service.list_for_application(session, application_id, principal, page)
    return Page(items=service.to_reads(session, rows), next_cursor=next_cursor)


@router.get("/support", **access(roles=STAFF, problems=(422,)))
def list_support_cases(
    session: SessionDep,
    page: PageDep,
    status: SupportStatus | None = None,
    category: SupportCategory | None = None,
    severity: SupportSeverity | None = None,
    applicant_id: Annotated[int | None, Query(ge=1)] = None,
) -> Page[SupportCaseRead]:
    """Every support case, for the office's follow-up (e.g. `?status=open`)."""
    rows, next_cursor = service.list_cases(
        session,
        page,
        status=status,
        category=category,
        severity=severity,
        applicant_id=applicant_id,
    )
    return Page(items=service.to_reads(session, rows), next_cursor=next_cursor)


@router.get("/support/{case_id}", **access(roles=PEOPLE, scopes=READ_SCOPES, problems=(404,)))
def get_support_case(case_id: int, principal: PrincipalDep, session: SessionDep) -> SupportCaseRead:
    """The case with its entries, for whoever may see its placement."""
    return service.to_read(session, service.get_case(session, case_id, principal))


@router.post(
    "/support/{case_id}/entries",
    status_code=status.HTTP_201_CREATED,
    **access(roles=PEOPLE, problems=(404, 409, 422)),
)
def add_support_case_entry(
    case_id: int, payload: SupportCaseEntryCreate, principal: PrincipalDep, session: SessionDep
) -> SupportCaseRead:
    """Follow a case up: a note (the worker on their own case, or an officer), a status move
    (officers: open -> in_progress -> resolved / closed; a resolution needs a note), or
    both. A closed case takes no more entries (409)."""
    return service.to_read(session, service.add_entry(session, case_id, payload, principal))
