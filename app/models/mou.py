"""Memoranda of understanding (MoUs) behind the job orders, and their stage history."""

from datetime import date, datetime
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints
from sqlalchemy import JSON
from sqlmodel import Field as SQLField
from sqlmodel import SQLModel

from app.models.base import UTCDateTime, utcnow
from app.reference import Sector


class MouKind(StrEnum):
    association = "association"  # with APJATI
    training_provider = "training_provider"  # with BBPVP or an LPK
    g2g = "g2g"  # with a foreign government body
    sister_city = "sister_city"  # needs Kemendagri approval
    employer = "employer"
    financing = "financing"


class MouStage(StrEnum):
    draft = "draft"
    negotiating = "negotiating"
    awaiting_ministry_approval = "awaiting_ministry_approval"
    signed = "signed"
    active = "active"
    expired = "expired"
    terminated = "terminated"


class Mou(SQLModel, table=True):
    id: int | None = SQLField(default=None, primary_key=True)
    title: str = SQLField(max_length=300)
    kind: str = SQLField(max_length=20, index=True)
    stage: str = SQLField(default=MouStage.draft, max_length=30, index=True)
    signed_on: date | None = None
    effective_from: date | None = None
    effective_until: date | None = None
    countries: list[str] = SQLField(default_factory=list, sa_type=JSON)
    sectors: list[str] = SQLField(default_factory=list, sa_type=JSON)
    committed_positions: int | None = None
    committed_trainees: int | None = None
    documents: list[dict[str, object]] = SQLField(default_factory=list, sa_type=JSON)
    notes: str | None = SQLField(default=None, max_length=2000)
    version: int = SQLField(default=1)
    created_at: datetime = SQLField(default_factory=utcnow, sa_type=UTCDateTime)
    updated_at: datetime = SQLField(default_factory=utcnow, sa_type=UTCDateTime)


class MouParty(SQLModel, table=True):
    __tablename__ = "mou_party"

    mou_id: int = SQLField(foreign_key="mou.id", primary_key=True, ondelete="CASCADE")
    partner_id: int = SQLField(foreign_key="partner.id", primary_key=True, index=True)


class MouStageChange(SQLModel, table=True):
    __tablename__ = "mou_stage_change"

    id: int | None = SQLField(default=None, primary_key=True)
    mou_id: int = SQLField(foreign_key="mou.id", index=True, ondelete="CASCADE")
    from_stage: str | None = SQLField(default=None, max_length=30)
    to_stage: str = SQLField(max_length=30)
    effective_on: date
    note: str | None = SQLField(default=None, max_length=1000)
    recorded_at: datetime = SQLField(default_factory=utcnow, sa_type=UTCDateTime)


Title = Annotated[str, StringConstraints(strip_whitespace=True, min_length=3, max_length=300)]


class MouDocument(BaseModel):
    model_config = ConfigDict(extra="forbid")

    title: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=300)]
    reference: Annotated[str, StringConstraints(max_length=300)] | None = Field(
        default=None, description="Letter number or archive reference."
    )
    dated: date | None = None


class MouWrite(BaseModel):
    model_config = ConfigDict(extra="forbid")

    title: Title | None = None
    kind: MouKind | None = None
    party_ids: list[int] | None = Field(default=None, min_length=1, max_length=20)
    effective_from: date | None = None
    effective_until: date | None = None
    # Lists are never null: send [] to empty one.
    countries: list[Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")]] = Field(
        default_factory=list, max_length=50, description="ISO 3166-1 alpha-2 codes."
    )
    sectors: list[Sector] = Field(default_factory=list, max_length=30)
    committed_positions: int | None = Field(default=None, ge=0, le=1_000_000)
    committed_trainees: int | None = Field(default=None, ge=0, le=1_000_000)
    documents: list[MouDocument] = Field(default_factory=list, max_length=50)
    notes: Annotated[str, StringConstraints(max_length=2000)] | None = None


class MouCreate(MouWrite):
    title: Title
    kind: MouKind
    party_ids: list[int] = Field(min_length=1, max_length=20)


class MouUpdate(MouWrite):
    """Only the fields sent change; null clears a date, a number or the notes.

    The stage is not here: it moves only through `POST /mous/{id}/transitions`.
    """


class MouTransition(BaseModel):
    model_config = ConfigDict(extra="forbid")

    to_stage: MouStage
    effective_on: date | None = Field(default=None, description="Defaults to today.")
    note: Annotated[str, StringConstraints(max_length=1000)] | None = None


class MouStageChangeRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    from_stage: MouStage | None
    to_stage: MouStage
    effective_on: date
    note: str | None
    recorded_at: datetime


class MouRead(BaseModel):
    id: int
    title: str
    kind: MouKind
    stage: MouStage
    allowed_next_stages: list[MouStage]
    party_ids: list[int]
    signed_on: date | None
    effective_from: date | None
    effective_until: date | None
    countries: list[str]
    sectors: list[str]
    committed_positions: int | None
    committed_trainees: int | None
    documents: list[MouDocument]
    notes: str | None
    vacancy_count: int
    history: list[MouStageChangeRead]
    version: int
    created_at: datetime
    updated_at: datetime
