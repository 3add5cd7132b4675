"""Whether a scheme or recruitment channel takes people now, as the office records it."""

from datetime import datetime
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints
from sqlmodel import Field as SQLField
from sqlmodel import SQLModel

from app.models.base import UTCDateTime, utcnow
from app.reference import Scheme


class ChannelState(SQLModel, table=True):
    """One row per scheme or channel the office has closed (or closed and opened again);
    a code without a row is open."""

    __tablename__ = "channel_state"

    id: int | None = SQLField(default=None, primary_key=True)
    code: str = SQLField(max_length=20, unique=True)
    open: bool = True
    reason: str | None = SQLField(default=None, max_length=500)
    source: str | None = SQLField(default=None, max_length=500)
    changed_by: str = SQLField(max_length=200)
    changed_at: datetime = SQLField(default_factory=utcnow, sa_type=UTCDateTime)


Text500 = Annotated[str, StringConstraints(strip_whitespace=True, min_length=3, max_length=500)]


class ChannelStateWrite(BaseModel):
    model_config = ConfigDict(extra="forbid")

    open: bool = Field(description="false closes the scheme or channel; true opens it again.")
    reason: Text500 | None = Field(
        default=None, description="Why it is closed, as people will read it. Needed to close."
    )
    source: Text500 | None = Field(
        default=None, description="Where the closure is announced (a regulation, a report)."
    )


class ChannelKind(StrEnum):
    scheme = "scheme"
    channel = "channel"


class ChannelRead(BaseModel):
    code: str
    kind: ChannelKind
    scheme: Scheme = Field(description="The scheme; for a scheme, itself.")
    name: str = Field(description="In the caller's language.")
    source: str | None = Field(description="A channel's own source (its rules); null for schemes.")
    open: bool
    reason: str | None = Field(description="Why it is closed, when it is.")
    closure_source: str | None = Field(description="The source of the closure, when closed.")
    changed_at: datetime | None = Field(description="When the office last changed it.")
