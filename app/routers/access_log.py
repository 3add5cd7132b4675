"""/api/v1/me/access-log: who outside the office read the job seeker's data"""

from fastapi import APIRouter

from app.core.db import SessionDep
from app.core.pagination import Page, PageDep
from app.http.auth import PrincipalDep, access
from app.models.audit import AccessLogEntry
from app.models.identity import Role
from app.services.applicants import access_log as service

router = APIRouter(prefix="/me/access-log", tags=["access log"])


@router.get("", **access(roles=(Role.applicant,), problems=(422,)))
def list_my_access_log(
    principal: PrincipalDep, session: SessionDep, page: PageDep
) -> Page[AccessLogEntry]:
    """Every read of the caller's personal data or documents by a partner (the placement
    agency of a job order they applied to, once they are selected), newest first: which
    partner, when, through which application, and what it read (Law 27/2022 art. 7 and
    32(1): access to one's data and the trail of its processing). Anonymous views, which
    show no name, NIK, contacts or documents, and the office's own reads are not listed."""
    rows, next_cursor = service.list_own(session, principal, page)
    return Page(items=rows, next_cursor=next_cursor)
