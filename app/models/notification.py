"""The applicant's notification feed: changes to their applications, expiring credentials."""

from datetime import datetime
from enum import StrEnum

from pydantic import BaseModel
from sqlmodel import Field as SQLField
from sqlmodel import SQLModel

from app.models.base import UTCDateTime, utcnow


class NotificationKind(StrEnum):
    application_created = "application_created"
    application_stage_changed = "application_stage_changed"
    support_case_changed = "support_case_changed"
    expiring = "expiring"  # a credential or document expires within 30 days
    expired = "expired"  # ... or has expired already when first noticed


class Notification(SQLModel, table=True):
    id: int | None = SQLField(default=None, primary_key=True)
    applicant_id: int = SQLField(foreign_key="applicant.id", index=True, ondelete="CASCADE")
    kind: str = SQLField(max_length=30)
    subject: str = SQLField(max_length=20)  # application, credential, support_case, ...
    subject_id: int
    title_en: str = SQLField(max_length=200)
    title_id: str = SQLField(max_length=200)
    body_en: str = SQLField(max_length=1000)
    body_id: str = SQLField(max_length=1000)
    # Set for notices a sweep may find again (expiry), so each is written once.
    dedupe_key: str | None = SQLField(default=None, max_length=120, unique=True)
    created_at: datetime = SQLField(default_factory=utcnow, sa_type=UTCDateTime)
    read_at: datetime | None = SQLField(default=None, sa_type=UTCDateTime)


class NotificationRead(BaseModel):
    id: int
    kind: NotificationKind
    subject: str
    subject_id: int
    title: str
    body: str
    language: str
    created_at: datetime
    read_at: datetime | None


class MarkedRead(BaseModel):
    marked: int
