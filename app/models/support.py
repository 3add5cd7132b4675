"""Support cases after departure: complaints and support contacts logged against a placement."""

from datetime import datetime
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints
from sqlmodel import Field as SQLField
from sqlmodel import SQLModel

from app.models.base import UTCDateTime, utcnow


class SupportKind(StrEnum):
    complaint = "complaint"  # filed by the worker, or by an officer on the worker's behalf
    contact = "contact"  # a support contact the office logs (call, visit, message)


class SupportCategory(StrEnum):
    wages = "wages"
    contract = "contract"
    working_conditions = "working_conditions"
    health = "health"
    abuse = "abuse"
    documents = "documents"
    repatriation = "repatriation"
    other = "other"


class SupportSeverity(StrEnum):
    low = "low"
    medium = "medium"
    high = "high"
    urgent = "urgent"  # danger to the worker: abuse, health emergency, stranded


class SupportStatus(StrEnum):
    open = "open"
    in_progress = "in_progress"
    resolved = "resolved"
    closed = "closed"


class SupportCase(SQLModel, table=True):
    __tablename__ = "support_case"

    id: int | None = SQLField(default=None, primary_key=True)
    application_id: int = SQLField(foreign_key="application.id", index=True)
    applicant_id: int = SQLField(foreign_key="applicant.id", index=True)
    kind: str = SQLField(max_length=10)
    category: str = SQLField(max_length=20, index=True)
    severity: str = SQLField(max_length=8)
    status: str = SQLField(default=SupportStatus.open, max_length=12, index=True)
    description: str = SQLField(max_length=4000)
    opened_by: str = SQLField(max_length=100)
    version: int = SQLField(default=1)
    created_at: datetime = SQLField(default_factory=utcnow, sa_type=UTCDateTime)
    updated_at: datetime = SQLField(default_factory=utcnow, sa_type=UTCDateTime)


class SupportCaseEntry(SQLModel, table=True):
    """A follow-up on a case: a note, a status move, or both; who and when."""

    __tablename__ = "support_case_entry"

    id: int | None = SQLField(default=None, primary_key=True)
    case_id: int = SQLField(foreign_key="support_case.id", index=True, ondelete="CASCADE")
    from_status: str | None = SQLField(default=None, max_length=12)
    to_status: str | None = SQLField(default=None, max_length=12)
    note: str | None = SQLField(default=None, max_length=4000)
    actor: str = SQLField(max_length=100)
    at: datetime = SQLField(default_factory=utcnow, sa_type=UTCDateTime)


LongText = Annotated[str, StringConstraints(strip_whitespace=True, min_length=3, max_length=4000)]


class SupportCaseCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    kind: SupportKind = Field(
        default=SupportKind.complaint,
        description="A worker files complaints; officers also log support contacts.",
    )
    category: SupportCategory
    severity: SupportSeverity = SupportSeverity.medium
    description: LongText


class SupportCaseEntryCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    note: LongText | None = None
    to_status: SupportStatus | None = Field(
        default=None, description="Move the case (officers only); a note is needed to resolve."
    )


class SupportCaseEntryRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    from_status: SupportStatus | None
    to_status: SupportStatus | None
    note: str | None
    actor: str
    at: datetime


class SupportCaseRead(BaseModel):
    id: int
    application_id: int
    applicant_id: int
    vacancy_id: int
    kind: SupportKind
    category: SupportCategory
    severity: SupportSeverity
    status: SupportStatus
    allowed_next_statuses: list[SupportStatus]
    description: str
    opened_by: str
    entries: list[SupportCaseEntryRead]
    version: int
    created_at: datetime
    updated_at: datetime
