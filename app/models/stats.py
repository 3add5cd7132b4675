"""Statistics read models: supply of eligible people against demand of open positions."""

from datetime import date

from pydantic import BaseModel, Field

from app.models.matching import TrainingProviderRead


class MissingRequirement(BaseModel):
    rule_id: str
    code: str
    requirement: str = Field(description="What is missing, e.g. `eps_topik` at 90 points.")
    people: int = Field(description="Near-eligible people held back by this rule alone.")
    training: list[TrainingProviderRead] = Field(
        description="Training providers that lead to it (credential rules only)."
    )


class DemandRow(BaseModel):
    country: str
    scheme: str
    sector: str
    job_orders: int
    open_positions: int
    eligible_people: int = Field(description="Consenting people who meet every rule.")
    near_eligible_people: int = Field(description="Consenting people missing exactly one rule.")
    gap: int = Field(description="Open positions beyond the eligible people (0 if none).")
    missing: list[MissingRequirement] = Field(description="What near-eligible people lack.")


class SupplyCount(BaseModel):
    key: str
    eligible: int
    near_eligible: int


class SupplyRead(BaseModel):
    eligible: int = Field(description="People eligible for at least one open job order.")
    near_eligible: int = Field(description="Eligible for none, one rule short of one.")
    by_kecamatan: list[SupplyCount]
    by_age_band: list[SupplyCount]
    by_education: list[SupplyCount]
    by_japanese_level: list[SupplyCount]
    by_eps_topik_band: list[SupplyCount]


class SupplyDemandRead(BaseModel):
    as_of: date
    demand: list[DemandRow]
    supply: SupplyRead
