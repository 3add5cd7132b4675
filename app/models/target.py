"""Programme targets: how many residents to place or train, per year, country and sector."""

from datetime import datetime
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints
from sqlmodel import Field as SQLField
from sqlmodel import SQLModel

from app.models.base import UTCDateTime, utcnow
from app.reference import Sector


class TargetMetric(StrEnum):
    departures = "departures"  # residents who depart on a placement
    trained = "trained"  # residents who complete a training programme


class ProgrammeTarget(SQLModel, table=True):
    __tablename__ = "programme_target"

    id: int | None = SQLField(default=None, primary_key=True)
    year: int = SQLField(index=True)
    metric: str = SQLField(max_length=12)
    country: str | None = SQLField(default=None, max_length=2)
    sector: str | None = SQLField(default=None, max_length=32)
    number: int
    stretch_number: int | None = None
    note: str | None = SQLField(default=None, max_length=500)
    created_at: datetime = SQLField(default_factory=utcnow, sa_type=UTCDateTime)
    updated_at: datetime = SQLField(default_factory=utcnow, sa_type=UTCDateTime)


class TargetWrite(BaseModel):
    model_config = ConfigDict(extra="forbid")

    number: int | None = Field(default=None, ge=1, le=10_000_000)
    stretch_number: int | None = Field(
        default=None, ge=1, le=10_000_000, description="Upper end of a range (300-500)."
    )
    note: Annotated[str, StringConstraints(max_length=500)] | None = None


class TargetCreate(TargetWrite):
    year: int = Field(ge=2020, le=2100)
    metric: TargetMetric
    country: Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")] | None = None
    sector: Sector | None = None
    number: int = Field(ge=1, le=10_000_000)


class TargetUpdate(TargetWrite):
    pass


class TargetRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    year: int
    metric: TargetMetric
    country: str | None
    sector: Sector | None
    number: int
    stretch_number: int | None
    note: str | None
    created_at: datetime
    updated_at: datetime


class TargetFilters(BaseModel):
    """The filters of `GET /targets`, shared by its spreadsheet export."""

    year: int | None = Field(default=None, ge=2020, le=2100)
    metric: TargetMetric | None = None
    country: Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")] | None = None
    sector: Sector | None = None
