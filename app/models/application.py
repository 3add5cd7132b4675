"""Applications (placements): an applicant x a job order, moved through the pipeline stages."""

from datetime import date, datetime
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints
from sqlalchemy import Index, UniqueConstraint
from sqlmodel import Field as SQLField
from sqlmodel import SQLModel

from app.models.base import UTCDateTime, utcnow
from app.models.credential import CredentialType, Verification
from app.reference import EducationLevel, Sex


class ApplicationStage(StrEnum):
    matched = "matched"  # the pair is recorded: applied, proposed by matching or by an officer
    shortlisted = "shortlisted"
    interviewed = "interviewed"
    selected = "selected"  # uses one opening of the job order
    documents = "documents"  # documents verified by an officer
    departed = "departed"
    working = "working"
    returned = "returned"
    withdrawn = "withdrawn"  # by the applicant (or closed when selected elsewhere)
    rejected = "rejected"  # by the agency or an officer


class ApplicationSource(StrEnum):
    applicant = "applicant"
    officer = "officer"
    matching_run = "matching_run"


class Application(SQLModel, table=True):
    __table_args__ = (UniqueConstraint("applicant_id", "vacancy_id"),)

    id: int | None = SQLField(default=None, primary_key=True)
    applicant_id: int = SQLField(foreign_key="applicant.id", index=True)
    vacancy_id: int = SQLField(foreign_key="vacancy.id", index=True)
    stage: str = SQLField(default=ApplicationStage.matched, max_length=12, index=True)
    reason: str | None = SQLField(default=None, max_length=300)
    source: str = SQLField(max_length=12)
    score: float | None = None
    # When the employment contract starts: documents must still be valid on that day.
    contract_starts_on: date | None = None
    version: int = SQLField(default=1)
    created_at: datetime = SQLField(default_factory=utcnow, sa_type=UTCDateTime)
    updated_at: datetime = SQLField(default_factory=utcnow, sa_type=UTCDateTime)


class ApplicationStageChange(SQLModel, table=True):
    __tablename__ = "application_stage_change"
    # The programme's progress counts moves into a stage within a year (departures).
    __table_args__ = (Index("ix_application_stage_change_to_stage_at", "to_stage", "at"),)

    id: int | None = SQLField(default=None, primary_key=True)
    application_id: int = SQLField(foreign_key="application.id", index=True, ondelete="CASCADE")
    from_stage: str | None = SQLField(default=None, max_length=12)
    to_stage: str = SQLField(max_length=12)
    reason: str | None = SQLField(default=None, max_length=300)
    actor: str = SQLField(max_length=100)
    at: datetime = SQLField(default_factory=utcnow, sa_type=UTCDateTime)
    note: str | None = SQLField(default=None, max_length=1000)


Reason = Annotated[str, StringConstraints(strip_whitespace=True, min_length=2, max_length=300)]
Note = Annotated[str, StringConstraints(strip_whitespace=True, max_length=1000)]


class ApplicationCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    vacancy_id: int = Field(ge=1)
    applicant_id: int | None = Field(
        default=None,
        ge=1,
        description="Who applies. An applicant applies for themself (leave it out); "
        "an officer names the applicant.",
    )
    note: Note | None = None


class ApplicationTransition(BaseModel):
    model_config = ConfigDict(extra="forbid")

    to_stage: ApplicationStage
    reason: Reason | None = Field(
        default=None, description="Required when withdrawing or rejecting; not used otherwise."
    )
    note: Note | None = None


class ApplicationUpdate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    contract_starts_on: date | None = Field(
        default=None,
        description="When the employment contract starts (null clears it); departure needs "
        "it, and every document must still be valid on that day.",
    )


class ApplicationStageChangeRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    from_stage: ApplicationStage | None
    to_stage: ApplicationStage
    reason: str | None
    actor: str
    at: datetime
    note: str | None


class CandidateCredential(BaseModel):
    type: CredentialType
    level: str | None
    score: int | None
    field: str | None
    verification: Verification


class Candidate(BaseModel):
    """The person behind an application.

    An agency sees it anonymous (no name, NIK, birth date, contacts or address) until the
    candidate is selected, and while the application is closed; `anonymous` says which view
    this is. The policy: `app/services/applications/disclosure.py`.
    """

    applicant_id: int
    anonymous: bool
    age: int
    sex: Sex
    education_level: EducationLevel
    kecamatan_code: str
    kecamatan: str
    experience_years: float
    credentials: list[CandidateCredential]
    fast_track_since: date | None = Field(
        description="A returning worker: set on their first return from a placement."
    )
    full_name: str | None
    nik: str | None
    birth_date: date | None
    phone: str | None
    email: str | None
    kelurahan_code: str | None
    address: str | None


class ApplicationRead(BaseModel):
    id: int
    applicant_id: int
    vacancy_id: int
    stage: ApplicationStage
    reason: str | None
    source: ApplicationSource
    score: float | None
    contract_starts_on: date | None
    allowed_next_stages: list[ApplicationStage]
    candidate: Candidate
    history: list[ApplicationStageChangeRead]
    version: int
    created_at: datetime
    updated_at: datetime


class ApplicationFilters(BaseModel):
    """The filters of `GET /applications`, shared by its spreadsheet export."""

    vacancy_id: int | None = Field(default=None, ge=1)
    applicant_id: int | None = Field(default=None, ge=1)
    stage: ApplicationStage | None = None
