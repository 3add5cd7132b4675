"""Applicants (calon PMI / pencari kerja): the table and its API schemas."""

from datetime import date, datetime
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, EmailStr, Field, StringConstraints
from sqlalchemy import JSON
from sqlmodel import Field as SQLField
from sqlmodel import SQLModel

from app.models.base import UTCDateTime, utcnow
from app.models.verification import CodeSent
from app.reference import EducationLevel, MaritalStatus, Sector, Sex


class ApplicantStatus(StrEnum):
    registered = "registered"  # signed up or imported, not yet checked by an officer
    verified = "verified"  # identity and domicile checked by an officer
    placed = "placed"  # departed on a placement
    returned = "returned"  # back home; eligible for the fast track
    archived = "archived"  # no longer active; kept for the record


class IdentityCheckStatus(StrEnum):
    """Whether the NIK agrees with the recorded birth date and sex. A NIK is not re-issued
    when a birth date is corrected (Dukcapil): a disagreement is flagged, not refused."""

    consistent = "consistent"  # it does
    needs_check = "needs_check"  # it does not: an officer compares the record with the KTP
    verified = "verified"  # it does not, and an officer found the record right on the KTP


class IdentityMismatch(StrEnum):
    birth_date_differs_from_nik = "birth_date_differs_from_nik"
    sex_differs_from_nik = "sex_differs_from_nik"


class Applicant(SQLModel, table=True):
    id: int | None = SQLField(default=None, primary_key=True)
    nik: str = SQLField(max_length=16, unique=True, index=True)
    full_name: str = SQLField(max_length=200)
    birth_date: date = SQLField(index=True)  # matching blocks on age ranges
    sex: str = SQLField(max_length=1)
    phone: str | None = SQLField(default=None, max_length=20)
    email: str | None = SQLField(default=None, max_length=254)
    kecamatan_code: str = SQLField(max_length=6, index=True)
    kelurahan_code: str = SQLField(max_length=10)
    address: str | None = SQLField(default=None, max_length=500)
    domicile_proof: str | None = SQLField(default=None, max_length=300)
    education_level: str = SQLField(max_length=8)
    marital_status: str | None = SQLField(default=None, max_length=10)
    skills: list[str] = SQLField(default_factory=list, sa_type=JSON)
    experience: list[dict[str, object]] = SQLField(default_factory=list, sa_type=JSON)
    preferred_countries: list[str] = SQLField(default_factory=list, sa_type=JSON)
    preferred_sectors: list[str] = SQLField(default_factory=list, sa_type=JSON)
    consent_given_at: datetime | None = SQLField(default=None, sa_type=UTCDateTime)
    consent_version: str | None = SQLField(default=None, max_length=20)
    status: str = SQLField(default=ApplicantStatus.registered, max_length=16, index=True)
    # Set on the first return from a placement and kept: a returning worker's fast track.
    fast_track_since: date | None = SQLField(default=None, index=True)
    # A NIK that disagrees with the birth date or sex is accepted and flagged (officers list
    # the flagged with `identity_check=needs_check`); the reasons are read off the NIK.
    identity_check: str = SQLField(
        default=IdentityCheckStatus.consistent, max_length=12, index=True
    )
    identity_verified_at: datetime | None = SQLField(default=None, sa_type=UTCDateTime)
    identity_verified_by: str | None = SQLField(default=None, max_length=100)
    identity_verification_note: str | None = SQLField(default=None, max_length=300)
    version: int = SQLField(default=1)
    created_at: datetime = SQLField(default_factory=utcnow, sa_type=UTCDateTime)
    # Indexed: the matching population's freshness check reads its maximum per request.
    updated_at: datetime = SQLField(default_factory=utcnow, sa_type=UTCDateTime, index=True)


Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
NikStr = Annotated[str, StringConstraints(strip_whitespace=True, pattern=r"^\d{16}$")]
CountryCode = Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")]


class Experience(BaseModel):
    model_config = ConfigDict(extra="forbid")

    occupation: Text
    isco_code: Annotated[str, StringConstraints(pattern=r"^\d{4}$")] | None = Field(
        default=None, description="ISCO-08 / KBJI 4-digit unit group, where known."
    )
    years: float = Field(ge=0, le=50)
    country: CountryCode | None = Field(default=None, description="Where the work was done.")


class Consent(BaseModel):
    model_config = ConfigDict(extra="forbid")

    given_at: datetime
    version: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=20)]


class ApplicantWrite(BaseModel):
    """Fields shared by create and update; domain rules are checked in the service."""

    model_config = ConfigDict(extra="forbid")

    full_name: Text | None = None
    birth_date: date | None = None
    sex: Sex | None = None
    phone: Annotated[str, StringConstraints(strip_whitespace=True, max_length=25)] | None = None
    email: EmailStr | None = None
    kelurahan_code: Annotated[str, StringConstraints(pattern=r"^\d{10}$")] | None = Field(
        default=None, description="Kelurahan of Kota Serang (see /api/v1/reference/areas)."
    )
    address: Annotated[str, StringConstraints(strip_whitespace=True, max_length=500)] | None = None
    domicile_proof: (
        Annotated[str, StringConstraints(strip_whitespace=True, min_length=3, max_length=300)]
        | None
    ) = Field(default=None, description="Proof of residence, required for a NIK from elsewhere.")
    education_level: EducationLevel | None = None
    marital_status: MaritalStatus | None = None
    skills: list[Text] | None = Field(default=None, max_length=50)
    experience: list[Experience] | None = Field(default=None, max_length=30)
    preferred_countries: list[CountryCode] | None = Field(default=None, max_length=20)
    preferred_sectors: list[Sector] | None = Field(default=None, max_length=20)
    consent: Consent | None = None


class ApplicantCreate(ApplicantWrite):
    nik: NikStr
    full_name: Text
    birth_date: date
    sex: Sex
    kelurahan_code: Annotated[str, StringConstraints(pattern=r"^\d{10}$")]
    education_level: EducationLevel


class ApplicantUpdate(ApplicantWrite):
    status: ApplicantStatus | None = None


Note = Annotated[str, StringConstraints(strip_whitespace=True, min_length=3, max_length=300)]


class IdentityVerification(BaseModel):
    """An officer compared the record with the person's KTP-el and found it right."""

    model_config = ConfigDict(extra="forbid")

    note: Note = Field(
        description="What was checked, e.g. 'KTP-el seen at the office; birth date as on the "
        "KTP and the birth certificate (corrected 2019)'."
    )


class IdentityCheck(BaseModel):
    status: IdentityCheckStatus
    reasons: list[IdentityMismatch] = Field(
        description="Where the recorded birth date or sex disagrees with what the NIK encodes "
        "(digits 7-12: DDMMYY, 40 added to the day for women). Empty when consistent."
    )
    verified_at: datetime | None
    verified_by: str | None
    note: str | None


class ApplicantRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    nik: str
    full_name: str
    birth_date: date
    sex: Sex
    phone: str | None
    email: str | None
    kecamatan_code: str
    kecamatan: str
    kelurahan_code: str
    kelurahan: str
    address: str | None
    domicile_proof: str | None
    education_level: EducationLevel
    marital_status: MaritalStatus | None
    skills: list[str]
    experience: list[Experience]
    preferred_countries: list[str]
    preferred_sectors: list[str]
    consent: Consent | None
    status: ApplicantStatus
    fast_track_since: date | None = Field(
        description="Set when the person first returned from a placement: a returning worker "
        "on the fast track. Kept through later placements."
    )
    identity_check: IdentityCheck = Field(
        description="A NIK is never re-issued when a birth date is corrected, so a NIK that "
        "disagrees with the birth date or sex is accepted and flagged `needs_check` until an "
        "officer compares the record with the KTP (`verified`). A later change of birth date "
        "or sex is judged again."
    )
    contact_changes_pending: list[CodeSent] = Field(
        default_factory=list,
        description="In the answer to the person's own change of phone or e-mail: the new "
        "one is not applied until the code sent to it comes back at "
        "`POST /api/v1/me/contact-change/verify`.",
    )
    version: int
    created_at: datetime
    updated_at: datetime


class ApplicantFilters(BaseModel):
    """The filters of `GET /applicants`, shared by its spreadsheet export."""

    status: ApplicantStatus | None = Field(
        default=None, description="Archived records are left out unless asked for here."
    )
    kecamatan_code: Annotated[str, StringConstraints(pattern=r"^\d{6}$")] | None = None
    sex: Sex | None = None
    education_level: EducationLevel | None = None
    q: Annotated[str, StringConstraints(min_length=2, max_length=100)] | None = Field(
        default=None, description="Name contains, or NIK."
    )
    fast_track: bool | None = Field(
        default=None, description="Returning workers (true) or first-timers (false)."
    )
    identity_check: IdentityCheckStatus | None = Field(
        default=None,
        description="`needs_check`: records whose NIK disagrees with the birth date or sex, "
        "waiting for an officer to compare them with the KTP.",
    )
