"""The public job board's read models: a job order as anyone may read it, without a login.

Only what a job seeker needs to decide whether to apply: no agency-internal ids, no notes on
cost items, nothing about any person.
"""

from datetime import date, datetime

from pydantic import BaseModel, Field

from app.models.money import in_whole_units
from app.reference import Scheme, Sector


class PublicTraining(BaseModel):
    """A programme with a free seat in a cohort not yet started that fills a requirement."""

    provider: str
    city: str | None
    programme_id: int | None
    programme: str | None
    next_cohort_starts_on: date | None
    free_seats: int | None


class PublicRequirement(BaseModel):
    rule_id: str = Field(description="The eligibility rule, as in GET /matching/rules.")
    title: str
    requirement: str = Field(description="What the rule asks, in words.")
    checked_at: str = Field(
        description="`matching` when the programme checks it before proposing a person; "
        "`documents` when it is checked on papers at the documents stage."
    )
    training: list[PublicTraining] = Field(
        default_factory=list, description="Training with free seats that leads to it."
    )


class PublicDocument(BaseModel):
    kind: str
    label: str
    women_only: bool


class PublicCost(BaseModel):
    item: str
    label: str
    amount: int = Field(description=in_whole_units("The cost", "`currency`", "370000 IDR"))
    currency: str


class PublicVacancy(BaseModel):
    id: int
    title: str
    country: str = Field(description="ISO 3166-1 alpha-2.")
    country_name: str
    city: str | None = Field(
        description="Where the work is, when the job order records it (the title often says)."
    )
    scheme: Scheme
    scheme_name: str
    sector: Sector
    sector_name: str
    occupation: str
    description: str | None
    openings_left: int = Field(description="Openings not yet taken.")
    salary_min: int | None = Field(description=in_whole_units("Lowest salary", "`currency`", ""))
    salary_max: int | None = Field(description=in_whole_units("Highest salary", "`currency`", ""))
    currency: str | None
    salary_text: str = Field(
        description="The salary range in words, e.g. `JPY 185,000 - 225,000 a month`."
    )
    contract_months: int
    requirements: list[PublicRequirement]
    worker_costs: list[PublicCost] = Field(description="What the worker pays; empty: nothing.")
    zero_cost_to_worker: bool
    zero_cost_by_law: bool = Field(
        description="The occupation is one the regulator makes free of placement cost to the "
        "worker (BP2MI regulation 9/2020)."
    )
    deadline: date | None
    agency_name: str
    agency_licence_number: str | None
    share_url: str = Field(description="The job order's page on the board, to share.")
    updated_at: datetime


class PublicVacancyDetail(PublicVacancy):
    documents: list[PublicDocument] = Field(
        description="The papers needed before departure (Law 18/2017 art. 13 and practice)."
    )


class PublicVacancyPage(BaseModel):
    items: list[PublicVacancy]
    next_cursor: str | None
