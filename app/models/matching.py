"""API schemas of matching: the rule table and an applicant's eligibility for a job order.

No tables: eligibility is computed from applicants, credentials, vacancies and partners.
"""

from datetime import date
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from app.models.channel import ChannelRead
from app.models.credential import CredentialType
from app.reference import Channel, EducationLevel, Scheme, Sector, Sex, SswField


class RuleStatus(StrEnum):
    met = "met"
    unmet = "unmet"
    unknown = "unknown"


class RemedyAction(StrEnum):
    obtain = "obtain"
    renew = "renew"
    complete_education = "complete_education"
    gain_experience = "gain_experience"


ParamValue = str | int | float | bool | None


class RuleRead(BaseModel):
    """One hard rule of a scheme, as an officer reads it."""

    id: str = Field(description="Stable rule id, e.g. `kr_eps_e9.max_age`.")
    code: str = Field(description="The reason code reported when the rule is not met.")
    check: str = Field(description="The kind of check: min_age, credential, not_recorded ...")
    title: str
    requirement: str = Field(description="What the rule requires, in the caller's language.")
    source: str = Field(description="The law, regulation or programme document behind it.")
    schemes: list[Scheme] | None = Field(description="null: every job order.")
    sectors: list[Sector] | None = Field(description="null: every sector of those schemes.")
    ssw_fields: list[SswField] | None = Field(
        default=None, description="Japan SSW: the fields it applies to; null: every field."
    )
    channels: list[Channel] | None = Field(
        default=None, description="The recruitment channels it applies to; null: any."
    )
    applies_to_sex: Sex | None = None
    params: dict[str, ParamValue]


class JobOrderRuleRead(BaseModel):
    """A requirement a job order may set for itself, checked against the applicant."""

    id: str
    code: str
    title: str
    fields: list[str] = Field(description="The vacancy fields the requirement comes from.")


class SswFieldRead(BaseModel):
    """A field of Japan's Specified Skilled Worker (i) status, and the job orders in it."""

    code: SswField
    name_en: str
    name_id: str
    sectors: list[Sector] = Field(description="Job orders of these sectors are in the field.")
    isco_codes: list[str] = Field(
        description="ISCO-08 unit groups whose orders are in the field, whatever the sector."
    )
    added: str | None = Field(description="When a newer field was added.")


class SswFieldTableRead(BaseModel):
    source: str
    fields: list[SswFieldRead]


class RuleTableRead(BaseModel):
    scheme_rules: list[RuleRead]
    job_order_rules: list[JobOrderRuleRead]
    ssw_fields: SswFieldTableRead
    channels: list[ChannelRead] = Field(
        description="Every scheme and channel, and whether it takes people now."
    )


class TrainingProviderRead(BaseModel):
    """A training centre and the programme there, with a free seat, that leads to a need."""

    model_config = ConfigDict(from_attributes=True)

    partner_id: int
    name: str
    city: str | None
    programme_id: int | None = None
    programme: str | None = Field(default=None, description="The programme's subject.")
    level: str | None = Field(default=None, description="The level a pass grants.")
    score: int | None = Field(default=None, description="The score the course prepares for.")
    field: str | None = None
    cohort_id: int | None = Field(default=None, description="The next cohort with a free seat.")
    next_cohort_starts_on: date | None = None
    free_seats: int | None = None


class RemedyRead(BaseModel):
    action: RemedyAction
    credential_type: CredentialType | None = None
    level: str | None = None
    min_score: int | None = None
    field: str | None = None
    education: EducationLevel | None = None
    training_providers: list[TrainingProviderRead] = Field(
        default_factory=list,
        description="Programmes with a free seat in a cohort not yet started that grant it.",
    )


class RuleResultRead(BaseModel):
    rule_id: str
    code: str = Field(description="Reason code; `credential_expired` when renewal is the way.")
    status: RuleStatus
    title: str
    requirement: str
    message: str = Field(description="Why the rule is met, not met or unknown.")
    source: str
    params: dict[str, ParamValue] = Field(description="Required vs held values, dates.")
    remedy: RemedyRead | None = None
    expires_before_deadline: bool = Field(
        default=False,
        description="The credential meeting the rule expires before the job order's deadline.",
    )
    credential_id: int | None = None


class EligibilityRead(BaseModel):
    applicant_id: int
    vacancy_id: int
    scheme: Scheme
    evaluated_on: date
    eligible: bool = Field(description="No rule is unmet (unknown ones are checked later).")
    complete: bool = Field(description="No rule is unknown either.")
    summary: str
    unmet: list[str] = Field(description="Reason codes of every unmet rule.")
    warnings: list[str] = Field(description="Rule ids whose credential expires before deadline.")
    rules: list[RuleResultRead]
