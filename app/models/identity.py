"""Accounts of people, partner system clients, refresh tokens and rate-limit counters."""

from datetime import datetime
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, EmailStr, Field, StringConstraints
from sqlalchemy import JSON, BigInteger
from sqlmodel import Field as SQLField
from sqlmodel import SQLModel

from app.models.applicant import ApplicantCreate
from app.models.base import UTCDateTime, utcnow
from app.models.verification import Code, CodeSent


class Role(StrEnum):
    applicant = "applicant"
    officer = "officer"
    admin = "admin"


class Scope(StrEnum):
    """What a partner system's client may do; granted per client by an admin."""

    vacancies_read = "vacancies:read"
    vacancies_write = "vacancies:write"
    applications_read = "applications:read"
    applications_write = "applications:write"
    training_write = "training:write"
    webhooks_manage = "webhooks:manage"


class UserAccount(SQLModel, table=True):
    __tablename__ = "user_account"

    id: int | None = SQLField(default=None, primary_key=True)
    email: str | None = SQLField(default=None, max_length=254, unique=True)
    phone: str | None = SQLField(default=None, max_length=20, unique=True)
    full_name: str = SQLField(max_length=200)
    password_hash: str = SQLField(max_length=200)
    role: str = SQLField(max_length=10, index=True)
    applicant_id: int | None = SQLField(
        default=None, foreign_key="applicant.id", unique=True, ondelete="SET NULL"
    )
    # A sign-up that matched a record the office imported: the account sees nothing of it
    # until the person proves the record's phone or e-mail is theirs, or an officer links it.
    pending_applicant_id: int | None = SQLField(
        default=None, foreign_key="applicant.id", index=True, ondelete="SET NULL"
    )
    is_active: bool = SQLField(default=True)
    created_at: datetime = SQLField(default_factory=utcnow, sa_type=UTCDateTime)
    last_login_at: datetime | None = SQLField(default=None, sa_type=UTCDateTime)


class PartnerClient(SQLModel, table=True):
    __tablename__ = "partner_client"

    id: int | None = SQLField(default=None, primary_key=True)
    client_id: str = SQLField(max_length=64, unique=True, index=True)
    secret_hash: str = SQLField(max_length=200)
    partner_id: int = SQLField(foreign_key="partner.id", index=True)
    name: str = SQLField(max_length=200)
    scopes: list[str] = SQLField(default_factory=list, sa_type=JSON)
    created_at: datetime = SQLField(default_factory=utcnow, sa_type=UTCDateTime)
    rotated_at: datetime | None = SQLField(default=None, sa_type=UTCDateTime)
    revoked_at: datetime | None = SQLField(default=None, sa_type=UTCDateTime)


class RefreshToken(SQLModel, table=True):
    __tablename__ = "refresh_token"

    id: int | None = SQLField(default=None, primary_key=True)
    token_hash: str = SQLField(max_length=64, unique=True, index=True)
    family_id: str = SQLField(max_length=36, index=True)
    user_id: int = SQLField(foreign_key="user_account.id", index=True, ondelete="CASCADE")
    issued_at: datetime = SQLField(default_factory=utcnow, sa_type=UTCDateTime)
    expires_at: datetime = SQLField(sa_type=UTCDateTime)
    used_at: datetime | None = SQLField(default=None, sa_type=UTCDateTime)
    revoked_at: datetime | None = SQLField(default=None, sa_type=UTCDateTime)


class RateLimitCounter(SQLModel, table=True):
    """Rate-limit entries shared by every worker process (used when Redis is not set): the
    hits of a key within one second (app/services/identity/rate_limit.py)."""

    __tablename__ = "rate_limit_counter"

    key: str = SQLField(primary_key=True, max_length=200)
    # The second of the hits, in epoch seconds: 64-bit, as 32 bits run out in January 2038.
    window_start: int = SQLField(primary_key=True, sa_type=BigInteger)
    hits: int = SQLField(default=0)


# ---- API schemas -------------------------------------------------------------------------

Password = Annotated[str, StringConstraints(min_length=1, max_length=200)]


class RegisterRequest(BaseModel):
    """A job seeker signs up: a login (e-mail or phone), a password and the applicant record.

    If the office already imported an applicant with this NIK and the same birth date, no
    second record is made: the account is created unlinked and sees nothing of that record
    until the person proves it is theirs, with a code sent to the phone or e-mail already on
    the record (`POST /api/v1/auth/link/verify`), or at the office. The answer's `link` says
    which.
    """

    model_config = ConfigDict(extra="forbid")

    email: EmailStr | None = None
    phone: Annotated[str, StringConstraints(strip_whitespace=True, max_length=25)] | None = None
    password: Password
    applicant: ApplicantCreate


class TokenResponse(BaseModel):
    access_token: str
    token_type: str = "bearer"  # noqa: S105
    expires_in: int
    refresh_token: str | None = None
    scope: str = ""


class LogoutRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    refresh_token: Annotated[str, StringConstraints(max_length=200)] | None = None


class LinkProof(StrEnum):
    code_sent = "code_sent"  # a code went to the record's phone or e-mail
    visit_office = "visit_office"  # the record has neither: an officer checks the KTP-el


class LinkPending(BaseModel):
    """The account asked to take over a record the office holds and has not proven yet
    that it is theirs; until then it sees nothing of the record."""

    proof: LinkProof
    code: CodeSent | None = Field(
        default=None, description="Where the code went (masked), when `proof` is `code_sent`."
    )
    verify_at: str | None = Field(
        default=None, description='Where to send the code, logged in: `{"code": "123456"}`.'
    )
    resend_at: str | None = Field(default=None, description="Where to ask for a new code.")


class MeRead(BaseModel):
    kind: str
    id: int
    role: str
    full_name: str | None = None
    email: str | None = None
    phone: str | None = None
    applicant_id: int | None = None
    partner_id: int | None = None
    client_id: str | None = None
    scopes: list[str] = Field(default_factory=list)
    link: LinkPending | None = Field(
        default=None, description="Set while the account waits to be linked to its record."
    )


class StaffCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    email: EmailStr
    full_name: Annotated[
        str, StringConstraints(strip_whitespace=True, min_length=2, max_length=200)
    ]
    password: Password
    role: Role = Role.officer


class UserUpdate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    is_active: bool | None = None
    full_name: (
        Annotated[str, StringConstraints(strip_whitespace=True, min_length=2, max_length=200)]
        | None
    ) = None


class UserRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    email: str | None
    phone: str | None
    full_name: str
    role: Role
    applicant_id: int | None
    is_active: bool
    created_at: datetime
    last_login_at: datetime | None


class ClientCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: Annotated[str, StringConstraints(strip_whitespace=True, min_length=2, max_length=200)]
    scopes: list[Scope] = Field(min_length=1, max_length=len(Scope))


class ClientRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    client_id: str
    partner_id: int
    name: str
    scopes: list[Scope]
    created_at: datetime
    rotated_at: datetime | None
    revoked_at: datetime | None


class ClientSecret(ClientRead):
    """Returned once, on creation and rotation; only a hash is kept."""

    client_secret: str


class IdentityEvidence(StrEnum):
    """How an officer made sure the person at the desk is the one on the record."""

    ktp_seen = "ktp_seen"  # KTP-el compared with the record
    passport_seen = "passport_seen"
    family_card_seen = "family_card_seen"  # Kartu Keluarga, with another photo ID


class AccountLinkConfirm(BaseModel):
    """An officer links an account that asked for this record, after checking identity."""

    model_config = ConfigDict(extra="forbid")

    account_id: int = Field(ge=1)
    identity_checked: IdentityEvidence
    note: Annotated[str, StringConstraints(strip_whitespace=True, max_length=300)] | None = None


Login = Annotated[str, StringConstraints(strip_whitespace=True, min_length=3, max_length=254)]


class PasswordResetRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    login: Login = Field(description="The e-mail or phone number the account logs in with.")


class PasswordResetAccepted(BaseModel):
    """The same answer whether or not the login belongs to an account."""

    detail: str


class PasswordResetConfirm(BaseModel):
    model_config = ConfigDict(extra="forbid")

    login: Login
    code: Code
    new_password: Password
