"""OAuth2 grants on one token endpoint: password, refresh_token, client_credentials.

Refresh tokens rotate on every use; presenting one that was already rotated means it was
copied, so the whole family is revoked (RFC 9700 section 4.14).
"""

import uuid
from datetime import timedelta

from sqlalchemy import update
from sqlmodel import Session, col, select

from app.core.config import Settings
from app.core.errors import ProblemError
from app.core.i18n import Message, define
from app.core.security import (
    TokenClaims,
    create_access_token,
    digest,
    new_secret,
    verify_password,
)
from app.models.base import utcnow
from app.models.identity import PartnerClient, RefreshToken, TokenResponse, UserAccount
from app.services.applicants.identity_numbers import normalise_phone

define(
    {
        "invalid_grant": Message(
            "Invalid credentials",
            "Kredensial tidak valid",
            "The login, password or token is not valid.",
            "Login, kata sandi, atau token tidak valid.",
        ),
        "invalid_client": Message(
            "Invalid client",
            "Klien tidak valid",
            "The client id or secret is not valid, or the client was revoked.",
            "ID atau rahasia klien tidak valid, atau klien sudah dicabut.",
        ),
        "unsupported_grant_type": Message(
            "Unsupported grant type",
            "Jenis grant tidak didukung",
            "Use grant_type password, refresh_token or client_credentials.",
            "Gunakan grant_type password, refresh_token, atau client_credentials.",
        ),
        "invalid_scope": Message(
            "Invalid scope",
            "Cakupan tidak valid",
            "The client was not granted: {scopes}.",
            "Klien tidak diberi cakupan: {scopes}.",
        ),
    }
)


def _invalid_grant() -> ProblemError:
    return ProblemError(400, "invalid_grant", extra={"error": "invalid_grant"})


def _invalid_client() -> ProblemError:
    return ProblemError(
        401,
        "invalid_client",
        headers={"WWW-Authenticate": 'Basic realm="token"'},
        extra={"error": "invalid_client"},
    )


def find_login(session: Session, username: str) -> UserAccount | None:
    login = username.strip().lower()
    if "@" in login:
        return session.exec(select(UserAccount).where(UserAccount.email == login)).first()
    phone = normalise_phone(login)
    if phone is None:
        return None
    return session.exec(select(UserAccount).where(UserAccount.phone == phone)).first()


def _user_claims(user: UserAccount) -> TokenClaims:
    return TokenClaims(subject=f"user:{user.id}", role=user.role, applicant_id=user.applicant_id)


def _issue_for_user(
    session: Session, settings: Settings, user: UserAccount, family_id: str | None = None
) -> TokenResponse:
    access, expires_in = create_access_token(settings, _user_claims(user))
    refresh = new_secret()
    session.add(
        RefreshToken(
            token_hash=digest(refresh),
            family_id=family_id or str(uuid.uuid4()),
            user_id=user.id or 0,
            expires_at=utcnow() + timedelta(days=settings.refresh_token_days),
        )
    )
    user.last_login_at = utcnow()
    session.add(user)
    session.commit()
    return TokenResponse(access_token=access, expires_in=expires_in, refresh_token=refresh)


def password_grant(
    session: Session, settings: Settings, username: str, password: str
) -> TokenResponse | None:
    """Tokens for a person, or None when the login or password is wrong."""
    return password_grant_for(session, settings, find_login(session, username), password)


def password_grant_for(
    session: Session, settings: Settings, user: UserAccount | None, password: str
) -> TokenResponse | None:
    """Tokens for the account a login named (`find_login`), or None when there is none or
    the password is wrong; the hash is checked either way, so both take as long."""
    valid = verify_password(password, user.password_hash if user else None)
    if user is None or not valid or not user.is_active:
        return None
    return _issue_for_user(session, settings, user)


def refresh_grant(session: Session, settings: Settings, refresh_token: str) -> TokenResponse:
    stored = session.exec(
        select(RefreshToken).where(RefreshToken.token_hash == digest(refresh_token))
    ).first()
    if stored is None:
        raise _invalid_grant()
    if stored.used_at is not None or stored.revoked_at is not None:
        revoke_family(session, stored.family_id)
        raise _invalid_grant()
    if stored.expires_at <= utcnow():
        raise _invalid_grant()
    user = session.get(UserAccount, stored.user_id)
    if user is None or not user.is_active:
        raise _invalid_grant()
    # Mark used only if nobody else did in between: a race is treated as reuse.
    claimed = session.execute(
        update(RefreshToken)
        .where(col(RefreshToken.id) == stored.id, col(RefreshToken.used_at).is_(None))
        .values(used_at=utcnow())
    )
    if claimed.rowcount != 1:  # type: ignore[attr-defined]
        session.rollback()
        revoke_family(session, stored.family_id)
        raise _invalid_grant()
    return _issue_for_user(session, settings, user, family_id=stored.family_id)


def client_credentials_grant(
    session: Session, settings: Settings, client_id: str, secret: str, scope: str | None
) -> TokenResponse:
    client = session.exec(select(PartnerClient).where(PartnerClient.client_id == client_id)).first()
    valid = verify_password(secret, client.secret_hash if client else None)
    if client is None or not valid or client.revoked_at is not None:
        raise _invalid_client()
    requested = scope.split() if scope else list(client.scopes)
    missing = sorted(set(requested) - set(client.scopes))
    if missing:
        raise ProblemError(
            400, "invalid_scope", {"scopes": ", ".join(missing)}, extra={"error": "invalid_scope"}
        )
    claims = TokenClaims(
        subject=f"client:{client.id}",
        role="partner",
        scopes=requested,
        partner_id=client.partner_id,
    )
    access, expires_in = create_access_token(settings, claims)
    return TokenResponse(access_token=access, expires_in=expires_in, scope=" ".join(requested))


def revoke_family(session: Session, family_id: str) -> None:
    session.execute(
        update(RefreshToken)
        .where(col(RefreshToken.family_id) == family_id, col(RefreshToken.revoked_at).is_(None))
        .values(revoked_at=utcnow())
    )
    session.commit()


def revoke_all_for_user(session: Session, user_id: int) -> None:
    session.execute(
        update(RefreshToken)
        .where(col(RefreshToken.user_id) == user_id, col(RefreshToken.revoked_at).is_(None))
        .values(revoked_at=utcnow())
    )


def logout(session: Session, user_id: int, refresh_token: str | None) -> None:
    """Revoke the given refresh token's family, or every session of the user."""
    if refresh_token:
        stored = session.exec(
            select(RefreshToken).where(RefreshToken.token_hash == digest(refresh_token))
        ).first()
        if stored is not None and stored.user_id == user_id:
            revoke_family(session, stored.family_id)
        return
    revoke_all_for_user(session, user_id)
    session.commit()
