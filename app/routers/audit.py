"""/api/v1/audit: the append-only trail of writes, for officers."""

from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Query

from app.core.db import SessionDep
from app.core.pagination import Page, PageDep
from app.core.principal import STAFF
from app.http.auth import access
from app.models.audit import AuditRead
from app.services import audit as service

router = APIRouter(prefix="/audit", tags=["audit"])


@router.get("", **access(roles=STAFF, problems=(422,)))
def list_audit_entries(
    session: SessionDep,
    page: PageDep,
    entity: Annotated[str | None, Query(max_length=30)] = None,
    entity_id: int | None = None,
    actor: Annotated[
        str | None, Query(max_length=100, description="e.g. user:12 or client:pc_...")
    ] = None,
    since: datetime | None = None,
    until: datetime | None = None,
) -> Page[AuditRead]:
    rows, next_cursor = service.list_entries(
        session, page, entity=entity, entity_id=entity_id, actor=actor, since=since, until=until
    )
    return Page(items=[AuditRead.model_validate(r) for r in rows], next_cursor=next_cursor)
