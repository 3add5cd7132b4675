"""People's accounts: job seekers' sign-up, staff accounts, the bootstrap admin."""

import logging
import re

from sqlalchemy import or_
from sqlmodel import Session, col, select

from app.core.config import Settings
from app.core.errors import FieldError, ProblemError
from app.core.i18n import Message, define
from app.core.pagination import PageParams, paginate
from app.core.security import hash_password
from app.models.identity import (
    LinkPending,
    RegisterRequest,
    Role,
    StaffCreate,
    UserAccount,
    UserUpdate,
)
from app.services import audit
from app.services.applicants import service as applicants
from app.services.applicants.identity_numbers import normalise_phone
from app.services.common import (
    apply_changes,
    commit_or_conflict,
    get_or_404,
    raise_if_invalid,
    refuse_emptied,
)
from app.services.identity import linking
from app.services.identity.codes import Outbox
from app.services.identity.tokens import revoke_all_for_user

logger = logging.getLogger("app.accounts")

define(
    {
        "password_too_weak": Message(
            "Password too weak",
            "Kata sandi terlalu lemah",
            "Use at least 10 characters with letters and digits, not a common password "
            "and not your NIK, phone or e-mail.",
            "Gunakan minimal 10 karakter berisi huruf dan angka, bukan kata sandi umum, "
            "dan bukan NIK, nomor telepon, atau e-mail Anda.",
        ),
        "login_required": Message(
            "E-mail or phone required",
            "E-mail atau nomor telepon wajib",
            "Give an e-mail address or a phone number to log in with.",
            "Isi alamat e-mail atau nomor telepon untuk masuk.",
        ),
        "login_taken": Message(
            "Already registered",
            "Sudah terdaftar",
            "An account with this e-mail or phone number already exists.",
            "Akun dengan e-mail atau nomor telepon ini sudah ada.",
        ),
        "applicant_has_account": Message(
            "Applicant already has an account",
            "Pencari kerja sudah memiliki akun",
            "This NIK is registered with an account already; log in or reset the password.",
            "NIK ini sudah memiliki akun; silakan masuk atau atur ulang kata sandi.",
        ),
    }
)

COMMON_PASSWORDS = frozenset(
    {"password123", "1234567890", "qwertyuiop", "passw0rd123", "indonesia1", "bismillah1"}
)


def check_password_strength(password: str, *personal: str | None) -> list[FieldError]:
    lowered = password.lower()
    weak = (
        len(password) < 10
        or not re.search(r"[A-Za-z]", password)
        or not re.search(r"\d", password)
        or lowered in COMMON_PASSWORDS
        or len(set(password)) < 5
        or any(p and len(p) >= 4 and p.lower() in lowered for p in personal)
    )
    return [FieldError("password", "password_too_weak")] if weak else []


def _login_taken(session: Session, email: str | None, phone: str | None) -> bool:
    conditions = []
    if email:
        conditions.append(col(UserAccount.email) == email)
    if phone:
        conditions.append(col(UserAccount.phone) == phone)
    return (
        bool(conditions)
        and session.exec(select(UserAccount.id).where(or_(*conditions))).first() is not None
    )


def register_applicant(
    session: Session, outbox: Outbox, payload: RegisterRequest
) -> tuple[UserAccount, LinkPending | None]:
    """A new account, with a new record; or, when the office imported a record with this
    NIK and birth date, an account waiting to prove that record is theirs (linking.py)."""
    email = payload.email.lower() if payload.email else None
    phone = normalise_phone(payload.phone) if payload.phone else None
    errors: list[FieldError] = []
    if not email and not payload.phone:
        errors.append(FieldError("email", "login_required"))
    if payload.phone and phone is None:
        errors.append(FieldError("phone", "phone_invalid"))
    local_part = email.split("@")[0] if email else None
    errors += check_password_strength(payload.password, payload.applicant.nik, phone, local_part)
    raise_if_invalid(errors)
    if _login_taken(session, email, phone):
        raise ProblemError(409, "login_taken")

    existing = applicants.find_by_nik(session, payload.applicant.nik)
    imported = existing is not None and existing.birth_date == payload.applicant.birth_date
    if existing is not None and imported:
        if session.exec(
            select(UserAccount.id).where(UserAccount.applicant_id == existing.id)
        ).first():
            raise ProblemError(409, "applicant_has_account")
        applicant = None
    else:
        applicant = applicants.add_applicant(session, payload.applicant)
        session.flush()
    account = UserAccount(
        email=email,
        phone=phone,
        # Until linked, the account carries the name given at sign-up, not the record's.
        full_name=applicant.full_name if applicant else payload.applicant.full_name,
        password_hash=hash_password(payload.password),
        role=Role.applicant,
        applicant_id=applicant.id if applicant else None,
    )
    session.add(account)
    session.flush()
    # The person is the actor of their own sign-up; the password hash is never recorded.
    actor = f"user:{account.id}"
    if applicant is not None:
        after = audit.snapshot(applicant)
        audit.record(session, actor, "create", "applicant", applicant.id or 0, None, after)
    audit.record(session, actor, "register", "user", account.id or 0, None, audit.snapshot(account))
    link = None
    if existing is not None and applicant is None:
        link = linking.request_link(session, outbox, account, existing)
    commit_or_conflict(session, "login_taken")
    session.refresh(account)
    return account, link


def create_staff(session: Session, payload: StaffCreate) -> UserAccount:
    if payload.role == Role.applicant:
        raise ProblemError(422, "forbidden", errors=[FieldError("role", "forbidden")])
    email = payload.email.lower()
    raise_if_invalid(check_password_strength(payload.password, email.split("@")[0]))
    if _login_taken(session, email, None):
        raise ProblemError(409, "login_taken")
    account = UserAccount(
        email=email,
        full_name=payload.full_name,
        password_hash=hash_password(payload.password),
        role=payload.role,
    )
    session.add(account)
    commit_or_conflict(session, "login_taken")
    session.refresh(account)
    return account


def list_users(
    session: Session, page: PageParams, role: Role | None = None
) -> tuple[list[UserAccount], str | None]:
    statement = select(UserAccount)
    if role:
        statement = statement.where(UserAccount.role == role)
    return paginate(session, statement, UserAccount.id, page)


def update_user(session: Session, user_id: int, payload: UserUpdate) -> UserAccount:
    account = get_or_404(session, UserAccount, user_id, "user")
    refuse_emptied(payload, ("full_name", "is_active"))
    changes = payload.model_dump(exclude_unset=True)
    apply_changes(account, changes)
    if changes.get("is_active") is False:
        revoke_all_for_user(session, user_id)
    session.add(account)
    session.commit()
    session.refresh(account)
    return account


def bootstrap_admin(session: Session, settings: Settings) -> bool:
    """Create the first admin from the environment when there is none; True if created."""
    if not settings.bootstrap_admin_email or not settings.bootstrap_admin_password:
        return False
    if session.exec(select(UserAccount.id).where(UserAccount.role == Role.admin)).first():
        return False
    email = settings.bootstrap_admin_email.lower()
    if _login_taken(session, email, None):
        logger.warning("bootstrap admin e-mail belongs to another account; no admin created")
        return False
    admin = UserAccount(
        email=email,
        full_name="Administrator",
        password_hash=hash_password(settings.bootstrap_admin_password),
        role=Role.admin,
    )
    session.add(admin)
    session.commit()
    # Logs carry ids, not e-mail addresses (the README's login table names the demo one).
    logger.info("bootstrap admin account created: user:%s", admin.id)
    return True
