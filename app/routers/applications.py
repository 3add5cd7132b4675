"""/api/v1/applications (placements through the pipeline)"""

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Response, status

from app.core.db import SessionDep
from app.core.pagination import FeedParams, Page, PageDep
from app.core.principal import STAFF
from app.http.auth import PrincipalDep, access
from app.http.preconditions import ClientIfMatch, IfMatch, set_etag
from app.models.application import (
    ApplicationCreate,
    ApplicationFilters,
    ApplicationRead,
    ApplicationTransition,
    ApplicationUpdate,
)
from app.models.change import ChangePage
from app.models.identity import Role, Scope
from app.services import feeds
from app.services.applications import contract as application_contract
from app.services.applications import moves as application_moves
from app.services.applications import service

router = APIRouter(prefix="/applications", tags=["applications"])
PEOPLE = (Role.applicant, *STAFF)
READ_SCOPES = (Scope.applications_read, Scope.applications_write)
WRITE_SCOPES = (Scope.applications_write,)


@router.post("", status_code=status.HTTP_201_CREATED, **access(roles=PEOPLE, problems=(409, 422)))
def create_application(
    payload: ApplicationCreate, principal: PrincipalDep, session: SessionDep
) -> ApplicationRead:
    """Apply to an open job order (a job seeker, for themself, with consent recorded), or
    file an application for a job seeker (an officer). It starts at `matched`."""
    application = service.create_application(session, payload, principal)
    return service.to_read(session, application, principal)


@router.get("", **access(roles=PEOPLE, scopes=READ_SCOPES, problems=(422,)))
def list_applications(
    principal: PrincipalDep,
    session: SessionDep,
    page: PageDep,
    filters: Annotated[ApplicationFilters, Query()],
) -> Page[ApplicationRead]:
    """Job seekers see their own; agencies those to their own job orders (candidates
    anonymous until selected); officers all."""
    rows, next_cursor = service.list_applications(session, principal, page, filters)
    return Page(items=service.to_reads(session, rows, principal), next_cursor=next_cursor)


@router.get("/changes", **access(roles=STAFF, scopes=READ_SCOPES, problems=(422,)))
def application_changes(
    principal: PrincipalDep,
    session: SessionDep,
    params: Annotated[FeedParams, Depends()],
) -> ChangePage[ApplicationRead]:
    """Every change of an application after the cursor, in commit order, each with its state
    now. Agencies see the applications to their own job orders (candidates anonymous until
    selected, as in the list; a tombstone once one is hidden from them); officers all."""
    return feeds.application_changes(session, principal, params)


@router.get("/{application_id}", **access(roles=PEOPLE, scopes=READ_SCOPES, problems=(404,)))
def get_application(
    application_id: int, principal: PrincipalDep, session: SessionDep, response: Response
) -> ApplicationRead:
    """The application with its candidate, next legal stages and stage history."""
    application = service.get_application(session, application_id, principal)
    set_etag(response, application.id, application.version)
    return service.to_read(session, application, principal)


@router.patch(
    "/{application_id}",
    **access(roles=STAFF, scopes=WRITE_SCOPES, problems=(404, 409, 412, 422, 428)),
)
def update_application(
    application_id: int,
    payload: ApplicationUpdate,
    principal: PrincipalDep,
    session: SessionDep,
    response: Response,
    precondition: ClientIfMatch,
) -> ApplicationRead:
    """Set when the employment contract starts (officers, the owning agency; a partner
    system must send If-Match). Departure needs it, and every document valid on that day."""
    current = service.get_application(session, application_id, principal)
    precondition.check(current.id, current.version)
    application = application_contract.update_application(
        session, application_id, payload, principal
    )
    set_etag(response, application.id, application.version)
    return service.to_read(session, application, principal)


@router.post(
    "/{application_id}/transitions",
    **access(roles=PEOPLE, scopes=WRITE_SCOPES, problems=(404, 409, 412, 422)),
)
def transition_application(
    application_id: int,
    payload: ApplicationTransition,
    principal: PrincipalDep,
    session: SessionDep,
    response: Response,
    precondition: IfMatch,
) -> ApplicationRead:
    """Move the application one legal step.

    The owning agency shortlists, interviews, selects and rejects; officers may too, and
    alone verify documents and record departure, work and return; the job seeker withdraws
    before departure. An illegal move is a 409 naming `allowed_next_stages`; a move that is
    not the caller's to make is a 403. Selecting uses one opening (409 `vacancy_full` when
    none is left) and withdraws the person's other open applications.
    """
    current = service.get_application(session, application_id, principal)
    precondition.check(current.id, current.version)
    checked = current.version if precondition.if_match is not None else None
    application = application_moves.transition_application(
        session, application_id, payload, principal, checked
    )
    set_etag(response, application.id, application.version)
    return service.to_read(session, application, principal)
