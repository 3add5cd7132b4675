"""Partner organisations: agencies, association, trainers, foreign partners, financiers."""

from datetime import datetime
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, EmailStr, Field, StringConstraints
from sqlmodel import Field as SQLField
from sqlmodel import SQLModel

from app.models.base import UTCDateTime, utcnow


class PartnerKind(StrEnum):
    placement_agency = "placement_agency"  # P3MI, licensed, usually an APJATI member
    association = "association"  # APJATI
    training_provider = "training_provider"  # BBPVP, LPK
    foreign_government = "foreign_government"  # e.g. a Korean regency
    foreign_employer = "foreign_employer"
    financier = "financier"  # KUR PMI banks, Baznas/UPZ
    government_body = "government_body"


class PartnerStatus(StrEnum):
    active = "active"
    archived = "archived"


class Partner(SQLModel, table=True):
    id: int | None = SQLField(default=None, primary_key=True)
    name: str = SQLField(max_length=200, unique=True)
    kind: str = SQLField(max_length=24, index=True)
    licence_number: str | None = SQLField(default=None, max_length=100, unique=True)
    country: str = SQLField(max_length=2, default="ID")
    city: str | None = SQLField(default=None, max_length=100)
    contact_email: str | None = SQLField(default=None, max_length=254)
    contact_phone: str | None = SQLField(default=None, max_length=25)
    website: str | None = SQLField(default=None, max_length=300)
    status: str = SQLField(default=PartnerStatus.active, max_length=10, index=True)
    created_at: datetime = SQLField(default_factory=utcnow, sa_type=UTCDateTime)
    updated_at: datetime = SQLField(default_factory=utcnow, sa_type=UTCDateTime)


Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=2, max_length=200)]
Optional100 = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=100)]


class PartnerWrite(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: Name | None = None
    licence_number: Optional100 | None = Field(
        default=None, description="P3MI licence (SIP3MI); required for placement agencies."
    )
    country: Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")] | None = None
    city: Optional100 | None = None
    contact_email: EmailStr | None = None
    contact_phone: (
        Annotated[str, StringConstraints(strip_whitespace=True, max_length=25)] | None
    ) = None
    website: Annotated[str, StringConstraints(strip_whitespace=True, max_length=300)] | None = None


class PartnerCreate(PartnerWrite):
    name: Name
    kind: PartnerKind


class PartnerUpdate(PartnerWrite):
    status: PartnerStatus | None = None


class PartnerRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    name: str
    kind: PartnerKind
    licence_number: str | None
    country: str
    city: str | None
    contact_email: str | None
    contact_phone: str | None
    website: str | None
    status: PartnerStatus
    created_at: datetime
    updated_at: datetime
