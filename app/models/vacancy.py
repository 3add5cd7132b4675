"""Vacancies (job orders / demand letters) brought in by placement agencies."""

from datetime import date, datetime
from enum import StrEnum
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, StringConstraints
from sqlalchemy import JSON, UniqueConstraint
from sqlmodel import Field as SQLField
from sqlmodel import SQLModel

from app.models.base import UTCDateTime, utcnow
from app.models.credential import CredentialType
from app.models.money import Money, in_whole_units
from app.reference import Channel, EducationLevel, Scheme, Sector, Sex, SswField


class VacancyStatus(StrEnum):
    draft = "draft"
    open = "open"
    closed = "closed"  # deadline passed or closed by the agency
    filled = "filled"  # every opening taken
    cancelled = "cancelled"


class Language(StrEnum):
    ja = "ja"
    ko = "ko"
    en = "en"


class CostItemKind(StrEnum):
    training = "training"
    passport = "passport"
    medical = "medical"
    psychological = "psychological"
    visa = "visa"
    bpjs = "bpjs"  # BPJS Ketenagakerjaan: Rp370,000 for a 24-month contract
    travel = "travel"
    accommodation = "accommodation"
    certification = "certification"
    agency_fee = "agency_fee"
    other = "other"


class Payer(StrEnum):
    worker = "worker"
    employer = "employer"
    government = "government"
    agency = "agency"


class Vacancy(SQLModel, table=True):
    __table_args__ = (UniqueConstraint("agency_id", "external_id"),)

    id: int | None = SQLField(default=None, primary_key=True)
    agency_id: int = SQLField(foreign_key="partner.id", index=True)
    external_id: str = SQLField(max_length=100)
    country: str = SQLField(max_length=2, index=True)
    scheme: str = SQLField(max_length=12, index=True)
    sector: str = SQLField(max_length=32, index=True)
    occupation: str = SQLField(max_length=200)
    isco_code: str | None = SQLField(default=None, max_length=4)
    title: str = SQLField(max_length=200)
    description: str | None = SQLField(default=None, max_length=5000)
    openings: int
    filled: int = SQLField(default=0)
    salary_min: int | None = SQLField(default=None)
    salary_max: int | None = SQLField(default=None)
    currency: str | None = SQLField(default=None, max_length=3)
    contract_months: int = SQLField(default=24)
    min_age: int | None = None
    max_age: int | None = None
    required_sex: str | None = SQLField(default=None, max_length=1)
    min_education: str | None = SQLField(default=None, max_length=8)
    language: str | None = SQLField(default=None, max_length=2)
    min_language_level: str | None = SQLField(default=None, max_length=10)
    min_language_score: int | None = None
    required_certificates: list[dict[str, object]] = SQLField(default_factory=list, sa_type=JSON)
    min_experience_years: float | None = None
    cost_items: list[dict[str, object]] = SQLField(default_factory=list, sa_type=JSON)
    deadline: date | None = None
    mou_id: int | None = SQLField(default=None, foreign_key="mou.id", index=True)
    # Japan SSW: the field as the agency states it; else found from occupation and sector.
    ssw_field: str | None = SQLField(default=None, max_length=40)
    channel: str | None = SQLField(default=None, max_length=20)
    status: str = SQLField(default=VacancyStatus.open, max_length=10, index=True)
    version: int = SQLField(default=1)
    created_at: datetime = SQLField(default_factory=utcnow, sa_type=UTCDateTime)
    updated_at: datetime = SQLField(default_factory=utcnow, sa_type=UTCDateTime)


Text200 = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
CurrencyCode = Annotated[str, StringConstraints(pattern=r"^[A-Z]{3}$")]
COST_AMOUNT = in_whole_units(
    "The item's cost", "its `currency`", "370000 with IDR is Rp370.000; 160 with USD is $160"
)
COST_CURRENCY = "ISO 4217 code of `amount`; IDR when left out."
SALARY_MIN = in_whole_units(
    "The lowest salary offered", "`currency`", "2500000 with KRW is 2,500,000 won"
)
SALARY_MAX = in_whole_units(
    "The highest salary offered", "`currency`", "3000000 with KRW is 3,000,000 won"
)
SALARY_CURRENCY = "ISO 4217 code of `salary_min` and `salary_max`; needed with either."


class RequiredCertificate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    type: CredentialType
    field: Text200 | None = Field(default=None, description="e.g. the SSW field or trade.")


class CostItem(BaseModel):
    model_config = ConfigDict(extra="forbid")

    item: CostItemKind
    amount: Money = Field(description=COST_AMOUNT)
    currency: CurrencyCode = Field(default="IDR", description=COST_CURRENCY)
    payer: Payer
    note: Annotated[str, StringConstraints(max_length=300)] | None = None


class VacancyWrite(BaseModel):
    model_config = ConfigDict(extra="forbid")

    external_id: (
        Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=100)]
        | None
    ) = None
    country: Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")] | None = None
    scheme: Scheme | None = None
    sector: Sector | None = None
    occupation: Text200 | None = None
    isco_code: Annotated[str, StringConstraints(pattern=r"^\d{4}$")] | None = Field(
        default=None,
        description="ISCO-08 unit group of the occupation. With `sector` it decides whether "
        "the order is domestic (household) work, which is refused (`domestic_work_refused`); "
        "left out, the sector alone decides. Words in the title or occupation never do.",
    )
    title: Text200 | None = None
    description: Annotated[str, StringConstraints(max_length=5000)] | None = None
    openings: int | None = Field(default=None, ge=1, le=100_000)
    salary_min: Money | None = Field(default=None, description=SALARY_MIN)
    salary_max: Money | None = Field(default=None, description=SALARY_MAX)
    currency: CurrencyCode | None = Field(default=None, description=SALARY_CURRENCY)
    contract_months: int | None = Field(default=None, ge=1, le=120)
    min_age: int | None = Field(default=None, ge=18, le=70)
    max_age: int | None = Field(default=None, ge=18, le=70)
    required_sex: Sex | None = None
    min_education: EducationLevel | None = None
    language: Language | None = None
    min_language_level: (
        Annotated[str, StringConstraints(pattern=r"^(N[1-5]|A[12]|B[12]|C[12])$")] | None
    ) = Field(default=None, description="JLPT level (N5..N1) or CEFR level (A2 for JFT-Basic).")
    min_language_score: int | None = Field(
        default=None, ge=0, le=200, description="EPS-TOPIK score out of 200."
    )
    required_certificates: list[RequiredCertificate] | None = Field(default=None, max_length=20)
    min_experience_years: float | None = Field(default=None, ge=0, le=40)
    cost_items: list[CostItem] | None = Field(default=None, max_length=30)
    deadline: date | None = None
    mou_id: int | None = None
    ssw_field: SswField | None = Field(
        default=None,
        description="Japan SSW orders: the SSW field (GET /matching/rules lists them). Left "
        "out, it is found from the occupation's ISCO code, else the sector; an order whose "
        "field neither determines (e.g. welding) must state it.",
    )
    channel: Channel | None = Field(
        default=None,
        description="The recruitment channel the order comes through, where the scheme has "
        "several (e.g. `im_japan` for technical interns through IM Japan); its rules apply.",
    )
    status: VacancyStatus | None = None


class VacancyCreate(VacancyWrite):
    agency_id: int = Field(description="The placement agency (partner) that owns the order.")
    external_id: Annotated[
        str, StringConstraints(strip_whitespace=True, min_length=1, max_length=100)
    ]
    country: Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")]
    scheme: Scheme
    sector: Sector
    occupation: Text200
    title: Text200
    openings: int = Field(ge=1, le=100_000)


class VacancyUpdate(VacancyWrite):
    pass


class VacancyRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    agency_id: int
    external_id: str
    country: str
    scheme: Scheme
    sector: Sector
    occupation: str
    isco_code: str | None
    title: str
    description: str | None
    openings: int
    filled: int
    salary_min: int | None = Field(description=SALARY_MIN)
    salary_max: int | None = Field(description=SALARY_MAX)
    currency: str | None = Field(description=SALARY_CURRENCY)
    contract_months: int
    min_age: int | None
    max_age: int | None
    required_sex: Sex | None
    min_education: EducationLevel | None
    language: Language | None
    min_language_level: str | None
    min_language_score: int | None
    required_certificates: list[RequiredCertificate]
    min_experience_years: float | None
    cost_items: list[CostItem]
    zero_cost_to_worker: bool
    deadline: date | None
    mou_id: int | None
    ssw_field: SswField | None = Field(
        description="Japan SSW orders: the order's SSW field, as stated or as found from the "
        "occupation and sector; null for other schemes."
    )
    channel: Channel | None
    status: VacancyStatus
    version: int
    created_at: datetime
    updated_at: datetime


MAX_BATCH = 1000


class VacancyBatch(BaseModel):
    """Job orders to create or update, keyed by the agency's own `external_id`.

    Each item has the fields of a job order (see VacancyCreate); `agency_id` only when an
    officer sends it, since an agency's system always writes to its own agency. An item
    whose job order exists is applied like a PATCH (fields left out are kept); a new one
    needs every field a create needs. Items are checked one by one: a bad item is reported
    in its result and does not stop the others.
    """

    model_config = ConfigDict(extra="forbid")

    items: list[dict[str, Any]] = Field(min_length=1, max_length=MAX_BATCH)


class BatchResult(StrEnum):
    created = "created"
    updated = "updated"
    unchanged = "unchanged"  # no field differs: no new version, no audit entry
    failed = "failed"


class VacancyBatchItemResult(BaseModel):
    index: int
    external_id: str | None
    result: BatchResult
    id: int | None = None
    version: int | None = None
    problem: dict[str, Any] | None = Field(
        default=None, description="RFC 9457 problem details of a failed item, as for one request."
    )


class VacancyBatchResult(BaseModel):
    items: list[VacancyBatchItemResult]
