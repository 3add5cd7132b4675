"""Append-only audit trail of writes to personal and contractual records."""

from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import JSON
from sqlmodel import Field as SQLField
from sqlmodel import SQLModel

from app.models.base import UTCDateTime, utcnow


class AuditEntry(SQLModel, table=True):
    __tablename__ = "audit_entry"

    id: int | None = SQLField(default=None, primary_key=True)
    at: datetime = SQLField(default_factory=utcnow, sa_type=UTCDateTime, index=True)
    actor: str = SQLField(max_length=100, index=True)
    action: str = SQLField(max_length=20)
    entity: str = SQLField(max_length=30, index=True)
    entity_id: int = SQLField(index=True)
    changes: dict[str, Any] = SQLField(default_factory=dict, sa_type=JSON)


class AuditRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    at: datetime
    actor: str
    action: str
    entity: str
    entity_id: int
    changes: dict[str, Any]


class AccessLogEntry(BaseModel):
    """One read of the person's data by a partner, as the person sees it."""

    id: int
    at: datetime
    partner_id: int | None
    partner_name: str = Field(description="Who read: the partner (e.g. the placement agency).")
    partner_kind: str | None
    through: str = Field(
        description="`system`: the partner's system (its API client); `staff`: a person "
        "acting for the partner."
    )
    application_id: int | None = Field(description="The application the data was read through.")
    fields: list[str] = Field(description="Which of the person's data were read.")
    documents: list[str] = Field(description="Which placement documents were read, by kind.")
    support_cases: list[int] = Field(description="Which support cases were read.")
