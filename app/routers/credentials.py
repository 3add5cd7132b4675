"""/api/v1/applicants/{applicant_id}/credentials"""

from datetime import date

from fastapi import APIRouter, Response, status

from app.core.db import SessionDep
from app.core.pagination import Page, PageDep
from app.core.principal import STAFF
from app.http.auth import PrincipalDep, access
from app.models.credential import (
    CredentialCreate,
    CredentialKind,
    CredentialRead,
    CredentialType,
    CredentialUpdate,
    Verification,
)
from app.models.identity import Role
from app.services.applicants import credentials as service

router = APIRouter(prefix="/applicants/{applicant_id}/credentials", tags=["credentials"])
SELF_OR_STAFF = (Role.applicant, *STAFF)


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    **access(roles=SELF_OR_STAFF, problems=(404, 422)),
)
def create_credential(
    applicant_id: int, payload: CredentialCreate, principal: PrincipalDep, session: SessionDep
) -> CredentialRead:
    """Add a credential; an applicant's own entries wait for an officer's verification."""
    return service.to_read(service.create_credential(session, applicant_id, payload, principal))


@router.get("", **access(roles=SELF_OR_STAFF, problems=(404, 422)))
def list_credentials(
    applicant_id: int,
    principal: PrincipalDep,
    session: SessionDep,
    page: PageDep,
    type: CredentialType | None = None,
    kind: CredentialKind | None = None,
    verification: Verification | None = None,
    valid_on: date | None = None,
) -> Page[CredentialRead]:
    rows, next_cursor = service.list_credentials(
        session,
        applicant_id,
        principal,
        page,
        type=type,
        kind=kind,
        verification=verification,
        valid_on=valid_on,
    )
    return Page(items=[service.to_read(c) for c in rows], next_cursor=next_cursor)


@router.get("/{credential_id}", **access(roles=SELF_OR_STAFF, problems=(404,)))
def get_credential(
    applicant_id: int, credential_id: int, principal: PrincipalDep, session: SessionDep
) -> CredentialRead:
    return service.to_read(service.get_credential(session, applicant_id, credential_id, principal))


@router.patch("/{credential_id}", **access(roles=SELF_OR_STAFF, problems=(404, 422)))
def update_credential(
    applicant_id: int,
    credential_id: int,
    payload: CredentialUpdate,
    principal: PrincipalDep,
    session: SessionDep,
) -> CredentialRead:
    updated = service.update_credential(session, applicant_id, credential_id, payload, principal)
    return service.to_read(updated)


@router.delete(
    "/{credential_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    **access(roles=SELF_OR_STAFF, problems=(404,)),
)
def delete_credential(
    applicant_id: int, credential_id: int, principal: PrincipalDep, session: SessionDep
) -> Response:
    service.delete_credential(session, applicant_id, credential_id, principal)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
