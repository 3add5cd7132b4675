"""/api/v1/targets"""

from typing import Annotated

from fastapi import APIRouter, Query, Response, status

from app.core.db import SessionDep
from app.core.pagination import Page, PageDep
from app.core.principal import STAFF
from app.http.auth import access
from app.models.target import TargetCreate, TargetFilters, TargetRead, TargetUpdate
from app.services.partners import targets as service

router = APIRouter(prefix="/targets", tags=["targets"])


@router.post("", status_code=status.HTTP_201_CREATED, **access(roles=STAFF, problems=(409, 422)))
def create_target(payload: TargetCreate, session: SessionDep) -> TargetRead:
    """Set a target; one per year, metric, country and sector (absent means all)."""
    return TargetRead.model_validate(service.create_target(session, payload))


@router.get("", **access(roles=STAFF, problems=(422,)))
def list_targets(
    session: SessionDep, page: PageDep, filters: Annotated[TargetFilters, Query()]
) -> Page[TargetRead]:
    rows, next_cursor = service.list_targets(session, page, filters)
    return Page(items=[TargetRead.model_validate(t) for t in rows], next_cursor=next_cursor)


@router.get("/{target_id}", **access(roles=STAFF, problems=(404,)))
def get_target(target_id: int, session: SessionDep) -> TargetRead:
    return TargetRead.model_validate(service.get_target(session, target_id))


@router.patch("/{target_id}", **access(roles=STAFF, problems=(404, 422)))
def update_target(target_id: int, payload: TargetUpdate, session: SessionDep) -> TargetRead:
    """Change the number, the stretch number or the note."""
    return TargetRead.model_validate(service.update_target(session, target_id, payload))


@router.delete(
    "/{target_id}", status_code=status.HTTP_204_NO_CONTENT, **access(roles=STAFF, problems=(404,))
)
def delete_target(target_id: int, session: SessionDep) -> Response:
    service.delete_target(session, target_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
