"""Passwords, secrets and tokens. The only module that imports jose.

Access tokens are short-lived HS256 JWTs; the algorithm is pinned on decode, and issuer,
audience, expiry, subject and token type are all checked. Refresh tokens and client
secrets are random strings stored only as hashes.
"""

import base64
import hashlib
import secrets
import time
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from cryptography.fernet import Fernet
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from jose import JWTError, jwt

from app.core.config import Settings, get_settings
from app.models.base import utcnow

ALGORITHM = "HS256"
ACCESS_TOKEN_TYPE = "access"  # noqa: S105


@dataclass(frozen=True)
class _Hashing:
    hasher: PasswordHasher
    # Verifying against this keeps the time of a login for an unknown account the same.
    dummy_hash: str


_hashing: _Hashing | None = None


def configure_password_hashing(settings: Settings) -> None:
    """Set the argon2 cost for the process (create_app does, from its settings). A stored
    hash carries its own parameters, so changing them never locks anyone out."""
    global _hashing  # one hasher per process, replaced whole
    hasher = PasswordHasher(
        time_cost=settings.password_hash_time_cost,
        memory_cost=settings.password_hash_memory_kib,
        parallelism=settings.password_hash_parallelism,
    )
    _hashing = _Hashing(hasher, hasher.hash("unused-password-for-timing"))


def _current_hashing() -> _Hashing:
    if _hashing is None:
        configure_password_hashing(get_settings())
    assert _hashing is not None
    return _hashing


def hash_password(password: str) -> str:
    return _current_hashing().hasher.hash(password)


def verify_password(password: str, password_hash: str | None) -> bool:
    hashing = _current_hashing()
    try:
        return hashing.hasher.verify(password_hash or hashing.dummy_hash, password) and bool(
            password_hash
        )
    except (VerificationError, InvalidHashError):
        return False


def new_secret(nbytes: int = 32) -> str:
    return secrets.token_urlsafe(nbytes)


def digest(token: str) -> str:
    """SHA-256 of a high-entropy token (refresh tokens): fast lookup, nothing to brute-force."""
    return hashlib.sha256(token.encode()).hexdigest()


def sealer(settings: Settings, purpose: str) -> Fernet:
    """Encryption at rest for what the server must read back (webhook signing secrets,
    stored responses). One key per purpose, derived from JWT_SECRET with HKDF; rotating
    JWT_SECRET makes what was sealed unreadable."""
    key = HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=f"serang-placement {purpose}".encode()
    ).derive(settings.jwt_secret.encode())
    return Fernet(base64.urlsafe_b64encode(key))


def code_key(settings: Settings) -> bytes:
    """The HMAC key of one-time codes (app/services/identity/codes.py), derived from
    JWT_SECRET with HKDF as the sealing keys are: a stolen table of digests cannot be
    searched for the six-digit codes without it. The only place the key is made."""
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=b"serang-placement one-time codes"
    ).derive(settings.jwt_secret.encode())


@dataclass(frozen=True)
class TokenClaims:
    subject: str
    role: str
    scopes: list[str] = field(default_factory=list)
    applicant_id: int | None = None
    partner_id: int | None = None


class InvalidTokenError(Exception):
    """The token is missing a claim, expired, forged or of the wrong kind."""


def create_access_token(settings: Settings, claims: TokenClaims) -> tuple[str, int]:
    now = utcnow()
    lifetime = timedelta(minutes=settings.access_token_minutes)
    payload: dict[str, Any] = {
        "iss": settings.jwt_issuer,
        "aud": settings.jwt_audience,
        "sub": claims.subject,
        "iat": int(now.timestamp()),
        "nbf": int(now.timestamp()),
        "exp": int((now + lifetime).timestamp()),
        "jti": secrets.token_hex(8),
        "typ": ACCESS_TOKEN_TYPE,
        "role": claims.role,
        "scope": " ".join(claims.scopes),
    }
    if claims.applicant_id is not None:
        payload["applicant_id"] = claims.applicant_id
    if claims.partner_id is not None:
        payload["partner_id"] = claims.partner_id
    token = jwt.encode(payload, settings.jwt_secret, algorithm=ALGORITHM)
    return token, int(lifetime.total_seconds())


# Each worker remembers the tokens it has verified, until they expire: a caller sends the
# same token with every request, and verifying it again (signature, claims) costs about a
# tenth of a small request. The key includes what verification depends on.
_VERIFIED: dict[tuple[str, str, str, str], tuple[TokenClaims, int]] = {}
_VERIFIED_KEPT = 50_000


def decode_access_token(settings: Settings, token: str) -> TokenClaims:
    key = (settings.jwt_secret, settings.jwt_issuer, settings.jwt_audience, token)
    remembered = _VERIFIED.get(key)
    if remembered is not None:
        claims, expires = remembered
        if expires < time.time():
            raise InvalidTokenError("Signature has expired.")
        return claims
    claims, expires = _verify(settings, token)
    if len(_VERIFIED) >= _VERIFIED_KEPT:
        _VERIFIED.clear()
    _VERIFIED[key] = (claims, expires)
    return claims


def _verify(settings: Settings, token: str) -> tuple[TokenClaims, int]:
    try:
        payload = jwt.decode(
            token,
            settings.jwt_secret,
            algorithms=[ALGORITHM],
            audience=settings.jwt_audience,
            issuer=settings.jwt_issuer,
            options={"require_exp": True, "require_sub": True, "require_iat": True},
        )
    except JWTError as error:
        raise InvalidTokenError(str(error)) from None
    if payload.get("typ") != ACCESS_TOKEN_TYPE or not isinstance(payload.get("role"), str):
        raise InvalidTokenError("not an access token")
    applicant_id = payload.get("applicant_id")
    partner_id = payload.get("partner_id")
    claims = TokenClaims(
        subject=str(payload["sub"]),
        role=payload["role"],
        scopes=str(payload.get("scope", "")).split(),
        applicant_id=applicant_id if isinstance(applicant_id, int) else None,
        partner_id=partner_id if isinstance(partner_id, int) else None,
    )
    return claims, int(payload["exp"])
