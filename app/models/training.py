"""Training programmes of providers (BBPVP, LPK), their cohorts, and enrolments in them."""

from datetime import date, datetime
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints
from sqlalchemy import UniqueConstraint
from sqlmodel import Field as SQLField
from sqlmodel import SQLModel

from app.models.base import UTCDateTime, utcnow
from app.models.credential import CredentialType
from app.models.money import IDR_EXAMPLE, Money, in_whole_units


class ProgrammeStatus(StrEnum):
    active = "active"
    archived = "archived"  # no longer offered; its cohorts take no enrolments


class CohortStatus(StrEnum):
    open = "open"  # takes enrolments while seats are free
    closed = "closed"  # enrolment closed by the provider (started, or full by its choice)
    cancelled = "cancelled"


class EnrolmentStatus(StrEnum):
    enrolled = "enrolled"
    completed = "completed"  # passed; the credential it produced is linked
    failed = "failed"
    withdrawn = "withdrawn"  # gave the seat back


class CostPayer(StrEnum):
    worker = "worker"
    employer = "employer"
    government = "government"  # e.g. BBPVP courses funded by the Ministry of Manpower
    provider = "provider"


class TrainingProgramme(SQLModel, table=True):
    __tablename__ = "training_programme"
    __table_args__ = (UniqueConstraint("provider_id", "external_id"),)

    id: int | None = SQLField(default=None, primary_key=True)
    provider_id: int = SQLField(foreign_key="partner.id", index=True)
    external_id: str = SQLField(max_length=100)
    subject: str = SQLField(max_length=200)
    credential_type: str = SQLField(max_length=30, index=True)
    credential_level: str | None = SQLField(default=None, max_length=10)
    credential_score: int | None = None
    credential_field: str | None = SQLField(default=None, max_length=100)
    duration_weeks: int
    location: str = SQLField(max_length=200)
    cost_amount: int = SQLField(default=0)
    cost_payer: str = SQLField(max_length=10)
    status: str = SQLField(default=ProgrammeStatus.active, max_length=10, index=True)
    version: int = SQLField(default=1)
    created_at: datetime = SQLField(default_factory=utcnow, sa_type=UTCDateTime)
    updated_at: datetime = SQLField(default_factory=utcnow, sa_type=UTCDateTime)


class Cohort(SQLModel, table=True):
    __table_args__ = (UniqueConstraint("programme_id", "external_id"),)

    id: int | None = SQLField(default=None, primary_key=True)
    programme_id: int = SQLField(foreign_key="training_programme.id", index=True)
    external_id: str = SQLField(max_length=100)
    starts_on: date = SQLField(index=True)
    ends_on: date
    seats: int
    # Enrolments holding a seat (every status but withdrawn); changed only by conditional
    # UPDATEs so that concurrent enrolments never take more seats than there are.
    enrolled: int = SQLField(default=0)
    status: str = SQLField(default=CohortStatus.open, max_length=10, index=True)
    version: int = SQLField(default=1)
    created_at: datetime = SQLField(default_factory=utcnow, sa_type=UTCDateTime)
    updated_at: datetime = SQLField(default_factory=utcnow, sa_type=UTCDateTime)


class Enrolment(SQLModel, table=True):
    __table_args__ = (UniqueConstraint("cohort_id", "applicant_id"),)

    id: int | None = SQLField(default=None, primary_key=True)
    cohort_id: int = SQLField(foreign_key="cohort.id", index=True)
    applicant_id: int = SQLField(foreign_key="applicant.id", index=True, ondelete="CASCADE")
    status: str = SQLField(default=EnrolmentStatus.enrolled, max_length=10, index=True)
    result_level: str | None = SQLField(default=None, max_length=10)
    result_score: int | None = None
    credential_id: int | None = SQLField(
        default=None, foreign_key="credential.id", ondelete="SET NULL"
    )
    enrolled_by: str = SQLField(max_length=100)
    completed_on: date | None = None
    enrolled_at: datetime = SQLField(default_factory=utcnow, sa_type=UTCDateTime)
    reported_at: datetime | None = SQLField(default=None, sa_type=UTCDateTime)
    withdrawn_at: datetime | None = SQLField(default=None, sa_type=UTCDateTime)
    updated_at: datetime = SQLField(default_factory=utcnow, sa_type=UTCDateTime)


Text200 = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
Text100 = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=100)]
COURSE_COST = in_whole_units("What the course costs", "IDR", IDR_EXAMPLE) + " 0: free."
ExternalId = Annotated[
    str, StringConstraints(min_length=1, max_length=100, pattern=r"^[A-Za-z0-9._:-]+$")
]


class ProgrammePut(BaseModel):
    """The whole programme as the provider's system holds it (PUT replaces every field)."""

    model_config = ConfigDict(extra="forbid")

    subject: Text200 = Field(description="e.g. 'Bahasa Jepang N4', 'Persiapan EPS-TOPIK'.")
    credential_type: CredentialType = Field(description="The credential a completion grants.")
    credential_level: (
        Annotated[str, StringConstraints(strip_whitespace=True, max_length=10)] | None
    ) = Field(default=None, description="Level a pass grants: JLPT N5..N1; JFT-Basic A2.")
    credential_score: int | None = Field(
        default=None, ge=0, le=200, description="EPS-TOPIK score the course prepares for."
    )
    credential_field: Text100 | None = Field(
        default=None, description="SSW field, competency scheme or training subject."
    )
    duration_weeks: int = Field(ge=1, le=104)
    location: Text200
    cost_amount: Money = Field(description=COURSE_COST)
    cost_payer: CostPayer
    status: ProgrammeStatus = ProgrammeStatus.active


class CohortPut(BaseModel):
    model_config = ConfigDict(extra="forbid")

    starts_on: date
    ends_on: date
    seats: int = Field(ge=1, le=10_000)
    status: CohortStatus = CohortStatus.open


class CohortRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    programme_id: int
    external_id: str
    starts_on: date
    ends_on: date
    seats: int
    enrolled: int
    free_seats: int
    status: CohortStatus
    version: int
    created_at: datetime
    updated_at: datetime


class ProgrammeRead(BaseModel):
    id: int
    provider_id: int
    provider_name: str
    external_id: str
    subject: str
    credential_type: CredentialType
    credential_level: str | None
    credential_score: int | None
    credential_field: str | None
    duration_weeks: int
    location: str
    cost_amount: int = Field(description=COURSE_COST)
    cost_currency: str = Field(default="IDR", description="Always IDR: courses are in rupiah.")
    cost_payer: CostPayer
    status: ProgrammeStatus
    version: int
    cohorts: list[CohortRead] = Field(description="Cohorts not yet ended, by start date.")
    created_at: datetime
    updated_at: datetime


class EnrolmentCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    applicant_id: int | None = Field(
        default=None, description="Officers name the applicant; an applicant enrols themself."
    )


class CompletionReport(BaseModel):
    model_config = ConfigDict(extra="forbid")

    passed: bool
    completed_on: date
    result_level: Annotated[str, StringConstraints(strip_whitespace=True, max_length=10)] | None = (
        None
    )
    result_score: int | None = Field(default=None, ge=0, le=200)
    certificate_number: Text100 | None = None


class EnrolmentRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    cohort_id: int
    applicant_id: int
    status: EnrolmentStatus
    result_level: str | None
    result_score: int | None
    credential_id: int | None
    enrolled_by: str
    completed_on: date | None
    enrolled_at: datetime
    reported_at: datetime | None
    withdrawn_at: datetime | None
    updated_at: datetime
