"""Financing of a placement: KUR PMI bank loans, Baznas/UPZ support, agency or government
schemes; a request per applicant and the application it pays for, with its state history.

Also the read model of an application's costs (the job order's cost items and who pays).
"""

from datetime import datetime
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints
from sqlalchemy import JSON, BigInteger
from sqlmodel import Field as SQLField
from sqlmodel import SQLModel

from app.models.base import UTCDateTime, utcnow
from app.models.money import IDR_EXAMPLE, in_whole_units
from app.models.vacancy import CostItem, CostItemKind, Payer


class FinancingKind(StrEnum):
    kur_pmi = "kur_pmi"  # Kredit Usaha Rakyat for migrant workers, through a partner bank
    baznas_upz = "baznas_upz"  # zakat support from Baznas or a UPZ
    agency = "agency"  # a scheme of the placement agency
    government = "government"  # a scheme funded by a government body


class FinancingState(StrEnum):
    draft = "draft"
    submitted = "submitted"  # sent to the lender
    approved = "approved"
    rejected = "rejected"  # by the lender
    disbursed = "disbursed"
    repaid = "repaid"  # loans only
    cancelled = "cancelled"  # by the applicant, before approval


class FinancingRequest(SQLModel, table=True):
    __tablename__ = "financing_request"

    id: int | None = SQLField(default=None, primary_key=True)
    applicant_id: int = SQLField(foreign_key="applicant.id", index=True)
    application_id: int = SQLField(foreign_key="application.id", index=True)
    kind: str = SQLField(max_length=12, index=True)
    lender_id: int | None = SQLField(default=None, foreign_key="partner.id", index=True)
    amount: int = SQLField(sa_type=BigInteger)  # whole rupiah (app.models.money)
    term_months: int | None = None  # None: support that is not repaid
    annual_rate_bp: int | None = None  # basis points: 600 is 6.00% a year
    purpose: str | None = SQLField(default=None, max_length=300)
    covers: list[str] = SQLField(default_factory=list, sa_type=JSON)  # cost item kinds
    npwp: str | None = SQLField(default=None, max_length=16)  # digits only
    # The worker's registration in BP2MI's SISKOP2MI (Sisko P2MI), or the E-KPMI number.
    siskop2mi_ref: str | None = SQLField(default=None, max_length=50)
    state: str = SQLField(default=FinancingState.draft, max_length=10, index=True)
    reason: str | None = SQLField(default=None, max_length=300)
    created_by: str = SQLField(max_length=100)
    version: int = SQLField(default=1)
    created_at: datetime = SQLField(default_factory=utcnow, sa_type=UTCDateTime)
    updated_at: datetime = SQLField(default_factory=utcnow, sa_type=UTCDateTime)


class FinancingStateChange(SQLModel, table=True):
    __tablename__ = "financing_state_change"

    id: int | None = SQLField(default=None, primary_key=True)
    request_id: int = SQLField(foreign_key="financing_request.id", index=True, ondelete="CASCADE")
    from_state: str | None = SQLField(default=None, max_length=10)
    to_state: str = SQLField(max_length=10)
    reason: str | None = SQLField(default=None, max_length=300)
    actor: str = SQLField(max_length=100)
    at: datetime = SQLField(default_factory=utcnow, sa_type=UTCDateTime)


Reason = Annotated[str, StringConstraints(strip_whitespace=True, min_length=2, max_length=300)]
MAX_AMOUNT = 10**12  # the column is a BIGINT; real requests are far below
REQUEST_AMOUNT = in_whole_units("The amount requested", "IDR", "15000000 is Rp15.000.000")
# As written on the card or letter: digits with the usual dots, dashes and spaces.
Npwp = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=30)]
Siskop2miRef = Annotated[
    str,
    StringConstraints(
        strip_whitespace=True, min_length=6, max_length=50, pattern=r"^[A-Za-z0-9][A-Za-z0-9./-]*$"
    ),
]
NPWP_DESCRIPTION = (
    "The borrower's tax number (NPWP): 15 digits, or the 16-digit NIK-based one in use since "
    "2024; dots, dashes and spaces are dropped and the digits stored. Required for a KUR PMI "
    "loan above Rp50,000,000."
)
SISKOP2MI_DESCRIPTION = (
    "The worker's registration reference in BP2MI's SISKOP2MI (Sisko P2MI) system, or the "
    "E-KPMI number. Required before a KUR PMI loan is approved or disbursed."
)


class FinancingCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    kind: FinancingKind
    lender_id: int | None = Field(
        default=None,
        ge=1,
        description="The lending partner: a financier (bank, Baznas/UPZ) for kur_pmi and "
        "baznas_upz; a placement agency or government body for their own schemes.",
    )
    amount: int = Field(le=MAX_AMOUNT, description=f"{REQUEST_AMOUNT} More than zero.")
    term_months: int | None = Field(
        default=None,
        ge=1,
        le=120,
        description="Repayment term; required for kur_pmi (at most 36 and within the "
        "contract); leave it out for support that is not repaid.",
    )
    annual_rate_bp: int | None = Field(
        default=None,
        ge=0,
        le=5000,
        description="Annual rate in basis points (600 = 6%). KUR PMI is at most 6%; left out, 6%.",
    )
    purpose: Annotated[str, StringConstraints(strip_whitespace=True, max_length=300)] | None = None
    covers: list[CostItemKind] = Field(
        default_factory=list,
        max_length=len(CostItemKind),
        description="Worker-paid cost items of the job order this pays for; empty: all of them.",
    )
    npwp: Npwp | None = Field(default=None, description=NPWP_DESCRIPTION)
    siskop2mi_ref: Siskop2miRef | None = Field(default=None, description=SISKOP2MI_DESCRIPTION)


class FinancingUpdate(BaseModel):
    """The borrower's registrations, recorded or corrected before approval; a field left out
    is kept, null clears it."""

    model_config = ConfigDict(extra="forbid")

    npwp: Npwp | None = Field(default=None, description=NPWP_DESCRIPTION)
    siskop2mi_ref: Siskop2miRef | None = Field(default=None, description=SISKOP2MI_DESCRIPTION)


class FinancingTransition(BaseModel):
    model_config = ConfigDict(extra="forbid")

    to_state: FinancingState
    reason: Reason | None = Field(
        default=None, description="Required when rejecting or cancelling; not used otherwise."
    )


class FinancingStateChangeRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    from_state: FinancingState | None
    to_state: FinancingState
    reason: str | None
    actor: str
    at: datetime


class RequiredDocument(BaseModel):
    kind: str
    present: bool | None = Field(
        description="Whether the application holds this document with its file; null for "
        "what the placement checklist does not track."
    )
    verified: bool | None = Field(
        description="Whether an officer verified it; null when not tracked."
    )


class FinancingRead(BaseModel):
    id: int
    applicant_id: int
    application_id: int
    kind: FinancingKind
    lender_id: int | None
    amount: int = Field(description=REQUEST_AMOUNT)
    currency: str = Field(default="IDR", description="Always IDR: requests are in rupiah.")
    term_months: int | None
    annual_rate_bp: int | None
    monthly_instalment: int | None = Field(
        description=in_whole_units("Indicative annuity instalment", "IDR", "456000 is Rp456.000")
        + " Rounded half up; null when not repaid."
    )
    purpose: str | None
    covers: list[CostItemKind]
    npwp: str | None = Field(description="Digits only.")
    siskop2mi_ref: str | None
    state: FinancingState
    reason: str | None
    allowed_next_states: list[FinancingState]
    required_documents: list[RequiredDocument]
    history: list[FinancingStateChangeRead]
    created_by: str
    version: int
    created_at: datetime
    updated_at: datetime


class FinancingRuleRead(BaseModel):
    """One financing rule as an officer, a lender or a job seeker reads it."""

    id: str = Field(description="Stable rule id, e.g. `kur_pmi.max_rate`.")
    code: str = Field(description="The problem code a request breaking the rule gets.")
    title: str
    requirement: str = Field(description="What the rule requires, in the caller's language.")
    source: str = Field(description="The regulation behind it, with the date it was checked.")
    kinds: list[FinancingKind] | None = Field(description="null: every kind of financing.")
    checked_at: str = Field(
        description="`request`: when a request is filed, submitted or changed; else the states "
        "(e.g. `approved, disbursed`) at the move into which it is judged."
    )
    params: dict[str, int] = Field(description="The rule's numbers (rupiah, months, basis points).")


class PayerTotal(BaseModel):
    payer: Payer
    currency: str = Field(description="ISO 4217 code of `amount`.")
    amount: int = Field(
        description=in_whole_units("The sum", "`currency`", "370000 with IDR is Rp370.000")
    )


class ApplicationCosts(BaseModel):
    """What a placement costs and who pays each item: what a lender needs to see."""

    application_id: int
    vacancy_id: int
    contract_months: int
    items: list[CostItem]
    totals: list[PayerTotal] = Field(description="Sums per payer and currency.")
    worker_total_idr: int = Field(
        description=in_whole_units("What the worker pays for the items in IDR,", "IDR", IDR_EXAMPLE)
    )
    worker_other_currencies: list[PayerTotal] = Field(
        description="Worker-paid sums in other currencies, not converted (no rate is kept)."
    )
    zero_cost_occupation: bool = Field(
        description="The occupation is free of placement cost to the worker by regulation."
    )
    zero_cost_to_worker: bool = Field(description="No item is paid by the worker.")
    legal_basis: str | None = Field(description="The regulation, for a zero-cost occupation.")
