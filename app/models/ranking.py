"""Ranked lists both ways; a candidate is anonymous (no name, NIK or contacts) to everyone."""

from pydantic import BaseModel, Field

from app.models.credential import CredentialType
from app.models.matching import RuleResultRead
from app.reference import EducationLevel, Scheme, Sector, Sex


class ScoreParts(BaseModel):
    occupation: int = Field(description="Up to 300: earlier work or a skill in the occupation.")
    language: int = Field(description="Up to 200: margin above the required level.")
    training: int = Field(description="Up to 150: completed training and skill certificates.")
    experience: int = Field(description="Up to 150: years of relevant work (5 for full marks).")
    preference: int = Field(description="Up to 100: the country and sector the person wants.")
    waiting: int = Field(description="Up to 100: time since registration (a year for full).")


class HeldCredentialRead(BaseModel):
    type: CredentialType
    level: str | None
    score: int | None
    field: str | None
    verified: bool


class CandidateRead(BaseModel):
    """What a shortlist shows before selection: enough to choose, nothing to identify."""

    applicant_id: int
    score: int = Field(description="0-1000; the sum of `score_parts`.")
    score_parts: ScoreParts
    age: int
    sex: Sex
    education_level: EducationLevel
    kecamatan_code: str
    experience_years: float
    credentials: list[HeldCredentialRead]


class CandidatePage(BaseModel):
    vacancy_id: int
    eligible_total: int = Field(description="Eligible people with consent, all pages.")
    items: list[CandidateRead]
    next_cursor: str | None


class MatchRead(BaseModel):
    vacancy_id: int
    title: str
    country: str
    scheme: Scheme
    sector: Sector
    score: int
    score_parts: ScoreParts


class NearMissRead(BaseModel):
    vacancy_id: int
    title: str
    country: str
    scheme: Scheme
    sector: Sector
    unmet: list[RuleResultRead] = Field(description="What is missing, and how to get it.")


class MatchesRead(BaseModel):
    applicant_id: int
    items: list[MatchRead]
    next_cursor: str | None
    near_misses: list[NearMissRead] = Field(
        description="Open job orders missed by one or two rules, fewest first (up to 10)."
    )
