"""/api/v1/me/notifications: the job seeker's own feed"""

from fastapi import APIRouter, Request

from app.core.db import SessionDep
from app.core.i18n import negotiate
from app.core.pagination import Page, PageDep
from app.http.auth import PrincipalDep, access
from app.models.identity import Role
from app.models.notification import MarkedRead, NotificationRead
from app.services.notifications import service

router = APIRouter(prefix="/me/notifications", tags=["notifications"])


@router.get("", **access(roles=(Role.applicant,), problems=(422,)))
def list_my_notifications(
    request: Request,
    principal: PrincipalDep,
    session: SessionDep,
    page: PageDep,
    unread: bool | None = None,
) -> Page[NotificationRead]:
    """The caller's notices, newest first, in the language of `Accept-Language`: every
    change to their applications and support cases, and every credential or document that
    expires within 30 days or has expired (one notice per expiry date, written by the
    scheduled expiry sweep: reading writes nothing)."""
    rows, next_cursor = service.list_own(session, principal, page, unread=unread)
    lang = negotiate(request.headers.get("accept-language"))
    return Page(items=[service.to_read(n, lang) for n in rows], next_cursor=next_cursor)


@router.post("/read", **access(roles=(Role.applicant,)))
def mark_all_my_notifications_read(principal: PrincipalDep, session: SessionDep) -> MarkedRead:
    """Mark every unread notice of the caller read; how many were."""
    return service.mark_all_read(session, principal)


@router.post("/{notification_id}/read", **access(roles=(Role.applicant,), problems=(404,)))
def mark_my_notification_read(
    notification_id: int, request: Request, principal: PrincipalDep, session: SessionDep
) -> NotificationRead:
    """Mark one of the caller's notices read (404 for anyone else's)."""
    notification = service.mark_read(session, principal, notification_id)
    return service.to_read(notification, negotiate(request.headers.get("accept-language")))
