"""/api/v1/partners"""

from typing import Annotated

from fastapi import APIRouter, Query, status

from app.core.db import SessionDep
from app.core.pagination import Page, PageDep
from app.core.principal import STAFF
from app.http.auth import access
from app.models.partner import (
    PartnerCreate,
    PartnerKind,
    PartnerRead,
    PartnerStatus,
    PartnerUpdate,
)
from app.services.partners import service

router = APIRouter(prefix="/partners", tags=["partners"])


@router.post("", status_code=status.HTTP_201_CREATED, **access(roles=STAFF, problems=(409, 422)))
def create_partner(payload: PartnerCreate, session: SessionDep) -> PartnerRead:
    return PartnerRead.model_validate(service.create_partner(session, payload))


@router.get("", **access(roles=STAFF, problems=(422,)))
def list_partners(
    session: SessionDep,
    page: PageDep,
    kind: PartnerKind | None = None,
    status: PartnerStatus | None = None,
    country: Annotated[str | None, Query(pattern=r"^[A-Z]{2}$")] = None,
    q: Annotated[str | None, Query(min_length=2, max_length=100)] = None,
) -> Page[PartnerRead]:
    rows, next_cursor = service.list_partners(
        session, page, kind=kind, status=status, country=country, q=q
    )
    return Page(items=[PartnerRead.model_validate(p) for p in rows], next_cursor=next_cursor)


@router.get("/{partner_id}", **access(roles=STAFF, problems=(404,)))
def get_partner(partner_id: int, session: SessionDep) -> PartnerRead:
    return PartnerRead.model_validate(service.get_partner(session, partner_id))


@router.patch("/{partner_id}", **access(roles=STAFF, problems=(404, 409, 422)))
def update_partner(partner_id: int, payload: PartnerUpdate, session: SessionDep) -> PartnerRead:
    return PartnerRead.model_validate(service.update_partner(session, partner_id, payload))


@router.delete("/{partner_id}", **access(roles=STAFF, problems=(404,)))
def archive_partner(partner_id: int, session: SessionDep) -> PartnerRead:
    """Archive the partner; its records stay."""
    return PartnerRead.model_validate(service.archive_partner(session, partner_id))
