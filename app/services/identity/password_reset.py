"""A forgotten password: a code to the login's e-mail or phone, then a new password.

Neither step tells whether a login belongs to an account: the request is always answered
alike, and every way a confirmation fails (no account, no code, a wrong, expired, used or
dead code) is one problem, `password_reset_invalid`.
"""

from sqlmodel import Session

from app.core.config import Settings
from app.core.errors import ProblemError
from app.core.i18n import Message, define
from app.core.security import hash_password
from app.models.applicant import Applicant
from app.models.identity import PasswordResetConfirm, UserAccount
from app.models.verification import CodePurpose, DestinationKind
from app.services import audit
from app.services.common import raise_if_invalid
from app.services.identity import codes
from app.services.identity.accounts import check_password_strength
from app.services.identity.tokens import find_login, revoke_all_for_user

define(
    {
        "password_reset_invalid": Message(
            "Login or code not valid",
            "Login atau kode tidak valid",
            "The login or the code is not right, or the code expired or was tried too often; "
            "ask for a new code.",
            "Login atau kode tidak sesuai, atau kode sudah kedaluwarsa atau terlalu sering "
            "dicoba; minta kode baru.",
        ),
    }
)

ACCEPTED_EN = (
    "If this login belongs to an account, a code was sent to it. Enter it with a new "
    "password at /api/v1/auth/password-reset/confirm."
)


def _destination(account: UserAccount, login: str) -> tuple[DestinationKind, str] | None:
    """The login the person gave: the code goes where they log in with."""
    if "@" in login:
        return (DestinationKind.email, account.email) if account.email else None
    return (DestinationKind.phone, account.phone) if account.phone else None


def request_reset(session: Session, outbox: codes.Outbox, login: str) -> None:
    account = find_login(session, login)
    if account is None or not account.is_active or account.id is None:
        return
    destination = _destination(account, login)
    if destination is None:
        return
    kind, value = destination
    try:
        outbox.issue(
            session,
            purpose=CodePurpose.password_reset,
            user_id=account.id,
            kind=kind,
            destination=value,
        )
    except ProblemError:
        # Past the send limit: answered as any other request, nothing more is sent.
        session.rollback()
        return
    audit.record(
        session,
        f"user:{account.id}",
        "password_reset_asked",
        "user",
        account.id,
        None,
        {"destination_kind": kind},
    )
    session.commit()


def confirm_reset(session: Session, settings: Settings, payload: PasswordResetConfirm) -> None:
    login = payload.login.strip().lower()
    # Checks that need no account first: they say nothing about whether one exists.
    raise_if_invalid(check_password_strength(payload.new_password, login.split("@")[0]))
    account = find_login(session, login)
    if account is None or not account.is_active or account.id is None:
        codes.spend_like_a_check(settings, payload.code)
        raise ProblemError(400, "password_reset_invalid")
    try:
        codes.consume(session, settings, CodePurpose.password_reset, account.id, payload.code)
    except ProblemError as refused:
        if refused.code in codes.CODE_FAILURES:
            raise ProblemError(400, "password_reset_invalid") from None
        raise
    # The code proved the login is theirs: now the password may be judged against the
    # account's own data. A refusal here leaves the code unused (nothing is committed).
    record = session.get(Applicant, account.applicant_id) if account.applicant_id else None
    raise_if_invalid(
        check_password_strength(
            payload.new_password,
            record.nik if record else None,
            account.phone,
            account.email.split("@")[0] if account.email else None,
        )
    )
    account.password_hash = hash_password(payload.new_password)
    session.add(account)
    revoke_all_for_user(session, account.id)
    audit.record(session, f"user:{account.id}", "password_reset", "user", account.id)
    session.commit()
