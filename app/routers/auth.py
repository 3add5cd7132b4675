"""/api/v1/auth, /api/v1/me: sign-up, tokens, logout, the caller's own account."""

import base64
import binascii
from typing import Annotated

from fastapi import APIRouter, Form, Request, status
from fastapi.responses import Response

from app.core.db import SessionDep
from app.core.errors import ProblemError
from app.http.auth import PrincipalDep, access
from app.http.client_address import client_address
from app.http.outbox import OutboxDep
from app.models.applicant import ApplicantRead
from app.models.identity import (
    LinkPending,
    LogoutRequest,
    MeRead,
    PasswordResetAccepted,
    PasswordResetConfirm,
    PasswordResetRequest,
    RegisterRequest,
    Role,
    Scope,
    TokenResponse,
    UserAccount,
)
from app.models.verification import CodeSubmit, ContactChangeVerify
from app.services.applicants import contact_change
from app.services.applicants import service as applicants
from app.services.identity import accounts, linking, password_reset, tokens
from app.services.identity.login_limits import TokenLimits, account_key

router = APIRouter(tags=["auth"])


@router.post(
    "/auth/register",
    status_code=status.HTTP_201_CREATED,
    **access(public=True, problems=(409, 422)),
)
def register(payload: RegisterRequest, session: SessionDep, outbox: OutboxDep) -> MeRead:
    """A job seeker signs up; then logs in at /auth/token. When the office holds a record
    with this NIK and birth date, the account waits unlinked: `link` says where the code
    went (the record's own phone or e-mail) or that an officer must see the KTP-el."""
    account, link = accounts.register_applicant(session, outbox, payload)
    outbox.send()
    return _me_of_user(account, link)


@router.post(
    "/auth/link/verify",
    **access(roles=(Role.applicant,), problems=(404, 409, 422)),
)
def verify_link(
    payload: CodeSubmit, request: Request, principal: PrincipalDep, session: SessionDep
) -> MeRead:
    """The code sent to the record's phone or e-mail links the account to the record.
    Five wrong codes kill it (`code_attempts_exhausted`); ask for another."""
    account = linking.verify_link(session, request.app.state.settings, principal.id, payload.code)
    return _me_of_user(account)


@router.post(
    "/auth/link/resend",
    **access(roles=(Role.applicant,), problems=(404, 409, 429)),
)
def resend_link_code(
    principal: PrincipalDep, session: SessionDep, outbox: OutboxDep
) -> LinkPending:
    """A new code to the record's phone or e-mail; the earlier one stops working."""
    pending = linking.resend_link(session, outbox, principal.id)
    outbox.send()
    return pending


@router.post(
    "/auth/password-reset",
    status_code=status.HTTP_202_ACCEPTED,
    **access(public=True, problems=(422,)),
)
def request_password_reset(
    payload: PasswordResetRequest, session: SessionDep, outbox: OutboxDep
) -> PasswordResetAccepted:
    """A code to the login's e-mail or phone. The answer is the same whether or not the
    login belongs to an account."""
    password_reset.request_reset(session, outbox, payload.login)
    outbox.send()
    return PasswordResetAccepted(detail=password_reset.ACCEPTED_EN)


@router.post(
    "/auth/password-reset/confirm",
    status_code=status.HTTP_204_NO_CONTENT,
    **access(public=True, problems=(400, 422)),
)
def confirm_password_reset(
    payload: PasswordResetConfirm, request: Request, session: SessionDep
) -> Response:
    """The code and a new password: every session of the account ends."""
    password_reset.confirm_reset(session, request.app.state.settings, payload)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.post(
    "/me/contact-change/verify",
    **access(roles=(Role.applicant,), problems=(404, 409, 422)),
)
def verify_contact_change(
    payload: ContactChangeVerify, request: Request, principal: PrincipalDep, session: SessionDep
) -> ApplicantRead:
    """The code sent to the new phone or e-mail: the change is applied to the record."""
    settings = request.app.state.settings
    return applicants.to_read(contact_change.verify(session, settings, principal, payload))


def _basic_credentials(request: Request) -> tuple[str, str] | None:
    header = request.headers.get("authorization", "")
    if not header.lower().startswith("basic "):
        return None
    try:
        decoded = base64.b64decode(header[6:].strip()).decode()
    except (binascii.Error, UnicodeDecodeError):
        return None
    client_id, _, secret = decoded.partition(":")
    return client_id, secret


@router.post("/auth/token", **access(public=True, problems=(400, 401, 422, 429)))
def issue_token(
    request: Request,
    session: SessionDep,
    grant_type: Annotated[str, Form(max_length=40)],
    username: Annotated[str | None, Form(max_length=254)] = None,
    password: Annotated[str | None, Form(max_length=200)] = None,
    refresh_token: Annotated[str | None, Form(max_length=200)] = None,
    client_id: Annotated[str | None, Form(max_length=64)] = None,
    client_secret: Annotated[str | None, Form(max_length=200)] = None,
    scope: Annotated[str | None, Form(max_length=500)] = None,
) -> TokenResponse:
    """OAuth2 token endpoint: `password`, `refresh_token` and `client_credentials` grants."""
    settings = request.app.state.settings
    limits: TokenLimits = request.app.state.token_limits

    if grant_type == "password":
        if not username or not password:
            raise ProblemError(400, "invalid_grant", extra={"error": "invalid_request"})
        address = client_address(request, settings.trusted_proxies)
        limits.ensure_address_open(address)
        account = tokens.find_login(session, username)
        key = account_key(account, username)
        limits.take_account_attempt(key)
        issued = tokens.password_grant_for(session, settings, account, password)
        if issued is None:
            limits.login_failed(address)
            raise ProblemError(400, "invalid_grant", extra={"error": "invalid_grant"})
        limits.login_succeeded(key)
        return issued
    if grant_type == "refresh_token":
        if not refresh_token:
            raise ProblemError(400, "invalid_grant", extra={"error": "invalid_request"})
        return tokens.refresh_grant(session, settings, refresh_token)
    if grant_type == "client_credentials":
        basic = _basic_credentials(request)
        cid, secret = basic if basic else (client_id, client_secret)
        if not cid or not secret:
            raise ProblemError(401, "invalid_client", extra={"error": "invalid_client"})
        limits.ensure_client_rate_open(cid)
        granted = tokens.client_credentials_grant(session, settings, cid, secret, scope)
        limits.count_client_grant(cid)
        return granted
    raise ProblemError(400, "unsupported_grant_type", extra={"error": "unsupported_grant_type"})


@router.post(
    "/auth/logout",
    status_code=status.HTTP_204_NO_CONTENT,
    **access(roles=(Role.applicant, Role.officer, Role.admin)),
)
def logout(payload: LogoutRequest, principal: PrincipalDep, session: SessionDep) -> Response:
    """End the session of this refresh token, or every session of the caller without one."""
    tokens.logout(session, principal.id, payload.refresh_token)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


def _me_of_user(account: UserAccount, link: LinkPending | None = None) -> MeRead:
    return MeRead(
        link=link,
        kind="user",
        id=account.id or 0,
        role=account.role,
        full_name=account.full_name,
        email=account.email,
        phone=account.phone,
        applicant_id=account.applicant_id,
    )


@router.get(
    "/me",
    **access(roles=(Role.applicant, Role.officer, Role.admin), scopes=tuple(Scope)),
)
def get_me(principal: PrincipalDep, session: SessionDep) -> MeRead:
    if principal.kind == "client":
        return MeRead(
            kind="client",
            id=principal.id,
            role=principal.role,
            partner_id=principal.partner_id,
            client_id=principal.client_id,
            scopes=sorted(principal.scopes),
        )
    account = session.get(UserAccount, principal.id)
    assert account is not None  # the principal was loaded from this row
    return _me_of_user(account, linking.link_status(session, account))
