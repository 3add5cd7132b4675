"""The dashboard's sign-in: an officer's password checked as the token endpoint checks it,
then a short-lived access token kept in a cookie; and the CSRF tokens of its forms.

The cookie holds an ordinary access token (signed, `ACCESS_TOKEN_MINUTES` long), so the
dashboard admits exactly whom the API admits: a deactivated account loses it at once. It is
HttpOnly (no script reads it), SameSite=Strict (no other site's page sends it) and Secure on
https. Forms carry a double-submit CSRF token: a random value in its own cookie that the
form must repeat; a page of another site can neither read the cookie nor set it.
"""

import hmac
import secrets
from dataclasses import dataclass

from sqlmodel import Session

from app.core.config import Settings
from app.core.errors import ProblemError
from app.core.i18n import Message, define
from app.core.principal import STAFF
from app.core.security import TokenClaims, create_access_token, verify_password
from app.services.identity import tokens
from app.services.identity.login_limits import TokenLimits, account_key

SESSION_COOKIE = "dashboard_session"
CSRF_COOKIE = "dashboard_csrf"
COOKIE_PATH = "/dashboard"
CSRF_BYTES = 32

define(
    {
        "dashboard_login_failed": Message(
            "Login failed",
            "Gagal masuk",
            "The e-mail, phone or password is wrong.",
            "E-mail, nomor telepon, atau kata sandi salah.",
        ),
        "csrf_failed": Message(
            "Form expired",
            "Formulir kedaluwarsa",
            "The form was not sent from this page or has expired; open it again and resend.",
            "Formulir tidak dikirim dari halaman ini atau sudah kedaluwarsa; buka lagi dan "
            "kirim ulang.",
        ),
    }
)


@dataclass(frozen=True)
class SignedIn:
    token: str
    max_age: int


def new_csrf_token() -> str:
    return secrets.token_urlsafe(CSRF_BYTES)


def check_csrf(cookie: str | None, submitted: str | None) -> None:
    """The form's token must repeat the cookie's; both present, compared in constant time."""
    if not cookie or not submitted or not hmac.compare_digest(cookie, submitted):
        raise ProblemError(403, "csrf_failed")


def sign_in(
    session: Session,
    settings: Settings,
    limits: TokenLimits,
    address: str,
    login: str,
    password: str,
) -> SignedIn:
    """Check an officer's login under the token endpoint's limits (failed logins per account
    and per address); a correct password of an account that is not staff is refused."""
    limits.ensure_address_open(address)
    account = tokens.find_login(session, login)
    key = account_key(account, login)
    limits.take_account_attempt(key)
    valid = verify_password(password, account.password_hash if account else None)
    if account is None or not valid or not account.is_active:
        limits.login_failed(address)
        raise ProblemError(401, "dashboard_login_failed")
    limits.login_succeeded(key)
    if account.role not in {role.value for role in STAFF}:
        raise ProblemError(403, "staff_only")
    claims = TokenClaims(subject=f"user:{account.id}", role=account.role)
    token, expires_in = create_access_token(settings, claims)
    return SignedIn(token, expires_in)
