"""/api/v1/applicants"""

from typing import Annotated

from fastapi import APIRouter, Query, Response, status

from app.core.db import SessionDep
from app.core.pagination import Page, PageDep
from app.core.principal import STAFF
from app.http.auth import PrincipalDep, access
from app.http.outbox import OutboxDep
from app.http.preconditions import IfMatch, set_etag
from app.models.applicant import (
    Applicant,
    ApplicantCreate,
    ApplicantFilters,
    ApplicantRead,
    ApplicantUpdate,
    IdentityVerification,
)
from app.models.identity import AccountLinkConfirm, Role, UserRead
from app.services.applicants import identity_check, service
from app.services.identity import linking

router = APIRouter(prefix="/applicants", tags=["applicants"])
SELF_OR_STAFF = (Role.applicant, *STAFF)


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    **access(roles=STAFF, problems=(409, 422)),
)
def create_applicant(
    payload: ApplicantCreate, principal: PrincipalDep, session: SessionDep
) -> ApplicantRead:
    return service.to_read(service.create_applicant(session, payload, principal))


@router.get("", **access(roles=STAFF, problems=(422,)))
def list_applicants(
    session: SessionDep, page: PageDep, filters: Annotated[ApplicantFilters, Query()]
) -> Page[ApplicantRead]:
    rows, next_cursor = service.list_applicants(session, page, filters)
    return Page(items=[service.to_read(a) for a in rows], next_cursor=next_cursor)


@router.get("/{applicant_id}", **access(roles=SELF_OR_STAFF, problems=(404,)))
def get_applicant(
    applicant_id: int, principal: PrincipalDep, session: SessionDep, response: Response
) -> ApplicantRead:
    """An applicant reads only their own record; officers read any."""
    applicant = service.get_applicant(session, applicant_id, principal)
    set_etag(response, applicant.id, applicant.version)
    return service.to_read(applicant)


@router.patch("/{applicant_id}", **access(roles=SELF_OR_STAFF, problems=(404, 409, 412, 422)))
def update_applicant(
    applicant_id: int,
    payload: ApplicantUpdate,
    principal: PrincipalDep,
    session: SessionDep,
    response: Response,
    precondition: IfMatch,
    outbox: OutboxDep,
) -> ApplicantRead:
    """A job seeker's new phone or e-mail is not applied at once: a code goes to it, and
    `POST /api/v1/me/contact-change/verify` applies it (`contact_changes_pending`). Other
    fields, and officers' changes, apply at once."""
    current = service.get_applicant(session, applicant_id, principal)
    precondition.hold(session, Applicant, current.id, current.version)
    applicant, sent = service.update_applicant(session, applicant_id, payload, principal, outbox)
    outbox.send()
    set_etag(response, applicant.id, applicant.version)
    read = service.to_read(applicant)
    read.contact_changes_pending = sent
    return read


@router.delete("/{applicant_id}", **access(roles=STAFF, problems=(404, 412)))
def archive_applicant(
    applicant_id: int,
    principal: PrincipalDep,
    session: SessionDep,
    response: Response,
    precondition: IfMatch,
) -> ApplicantRead:
    """Archive the applicant; the record and its history are kept."""
    current = service.get_applicant(session, applicant_id, principal)
    precondition.hold(session, Applicant, current.id, current.version)
    applicant = service.archive_applicant(session, applicant_id, principal)
    set_etag(response, applicant.id, applicant.version)
    return service.to_read(applicant)


@router.post(
    "/{applicant_id}/identity-verification", **access(roles=STAFF, problems=(404, 409, 412, 422))
)
def verify_identity(
    applicant_id: int,
    payload: IdentityVerification,
    principal: PrincipalDep,
    session: SessionDep,
    response: Response,
    precondition: IfMatch,
) -> ApplicantRead:
    """An officer compared a flagged record (`identity_check.status: needs_check`) with the
    person's KTP-el and found it right: the flag becomes `verified`, with who and why, in the
    audit trail too. A later change of birth date or sex that still disagrees with the NIK
    raises it again."""
    current = service.get_applicant(session, applicant_id, principal)
    precondition.hold(session, Applicant, current.id, current.version)
    applicant = identity_check.verify(session, applicant_id, payload, principal)
    set_etag(response, applicant.id, applicant.version)
    return service.to_read(applicant)


@router.post("/{applicant_id}/account-link", **access(roles=STAFF, problems=(404, 409, 422)))
def link_account(
    applicant_id: int, payload: AccountLinkConfirm, principal: PrincipalDep, session: SessionDep
) -> UserRead:
    """Link an account that signed up with this record's NIK and birth date and waits for
    proof, after seeing the person's papers (`identity_checked`): for a record with no phone
    or e-mail to send a code to, or a person who lost them. In the audit trail."""
    return UserRead.model_validate(
        linking.confirm_at_office(session, applicant_id, payload, principal)
    )
