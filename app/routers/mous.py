"""/api/v1/mous"""

from typing import Annotated

from fastapi import APIRouter, Query, Response, status

from app.core.db import SessionDep
from app.core.pagination import Page, PageDep
from app.core.principal import STAFF
from app.http.auth import PrincipalDep, access
from app.http.preconditions import IfMatch, set_etag
from app.models.mou import Mou, MouCreate, MouKind, MouRead, MouStage, MouTransition, MouUpdate
from app.services.partners import mous as service

router = APIRouter(prefix="/mous", tags=["mous"])


@router.post("", status_code=status.HTTP_201_CREATED, **access(roles=STAFF, problems=(422,)))
def create_mou(payload: MouCreate, principal: PrincipalDep, session: SessionDep) -> MouRead:
    """Record an MoU; it starts as a draft."""
    return service.to_read(session, service.create_mou(session, payload, principal))


@router.get("", **access(roles=STAFF, problems=(422,)))
def list_mous(
    session: SessionDep,
    page: PageDep,
    stage: MouStage | None = None,
    kind: MouKind | None = None,
    partner_id: Annotated[int | None, Query(ge=1, description="A party to the MoU.")] = None,
    country: Annotated[
        str | None, Query(pattern=r"^[A-Z]{2}$", description="A country in the MoU's scope.")
    ] = None,
) -> Page[MouRead]:
    rows, next_cursor = service.list_mous(
        session, page, stage=stage, kind=kind, partner_id=partner_id, country=country
    )
    return Page(items=service.to_reads(session, rows), next_cursor=next_cursor)


@router.get("/{mou_id}", **access(roles=STAFF, problems=(404,)))
def get_mou(mou_id: int, session: SessionDep, response: Response) -> MouRead:
    """The MoU with its parties, next legal stages, job-order count and stage history."""
    mou = service.get_mou(session, mou_id)
    set_etag(response, mou.id, mou.version)
    return service.to_read(session, mou)


@router.patch("/{mou_id}", **access(roles=STAFF, problems=(404, 409, 412, 422)))
def update_mou(
    mou_id: int,
    payload: MouUpdate,
    principal: PrincipalDep,
    session: SessionDep,
    response: Response,
    precondition: IfMatch,
) -> MouRead:
    """Change title, kind (drafts only), parties, dates, scope, commitments, documents, notes."""
    current = service.get_mou(session, mou_id)
    precondition.hold(session, Mou, current.id, current.version)
    mou = service.update_mou(session, mou_id, payload, principal)
    set_etag(response, mou.id, mou.version)
    return service.to_read(session, mou)


@router.post("/{mou_id}/transitions", **access(roles=STAFF, problems=(404, 409, 412, 422)))
def transition_mou(
    mou_id: int,
    payload: MouTransition,
    principal: PrincipalDep,
    session: SessionDep,
    response: Response,
    precondition: IfMatch,
) -> MouRead:
    """Move the MoU along a legal stage change; the history keeps every move.

    An illegal move is a 409 whose `allowed_next_stages` names the legal ones.
    """
    current = service.get_mou(session, mou_id)
    precondition.hold(session, Mou, current.id, current.version)
    mou = service.transition_mou(session, mou_id, payload, principal)
    set_etag(response, mou.id, mou.version)
    return service.to_read(session, mou)


@router.delete(
    "/{mou_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    **access(roles=STAFF, problems=(404, 409, 412)),
)
def delete_mou(
    mou_id: int, principal: PrincipalDep, session: SessionDep, precondition: IfMatch
) -> Response:
    """Delete a draft; past the draft stage an MoU is terminated instead."""
    current = service.get_mou(session, mou_id)
    precondition.hold(session, Mou, current.id, current.version)
    service.delete_mou(session, mou_id, principal)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
