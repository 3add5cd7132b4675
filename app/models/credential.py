"""Credentials held by an applicant: language results, skill certificates, training."""

from datetime import date, datetime
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints
from sqlmodel import Field as SQLField
from sqlmodel import SQLModel

from app.models.base import UTCDateTime, utcnow


class CredentialType(StrEnum):
    jlpt = "jlpt"  # Japanese-Language Proficiency Test, level N5..N1
    jft_basic = "jft_basic"  # Japan Foundation Test for Basic Japanese, A2 when passed
    eps_topik = "eps_topik"  # Korean test of the EPS, score out of 200
    nursing_care_japanese = "nursing_care_japanese"  # SSW care: nursing-care Japanese test
    ssw_skill_test = "ssw_skill_test"  # SSW field skill test, per field
    bnsp_competency = "bnsp_competency"  # BNSP competency certificate, per scheme
    korean_skills_test = "korean_skills_test"  # EPS skills round / E-7 trade skill test
    training_completion = "training_completion"  # completion of a training programme
    # Technical Intern Training (ii) completed in good standing; `field`: the related SSW
    # field, `issued_on`: the completion date.
    titp_completion = "titp_completion"
    # A place on the EPS job seeker roster (HRD Korea), from its registration date.
    eps_roster = "eps_roster"


class CredentialKind(StrEnum):
    language = "language"
    skill_certificate = "skill_certificate"
    training = "training"
    registration = "registration"


KIND_OF_TYPE = {
    CredentialType.jlpt: CredentialKind.language,
    CredentialType.jft_basic: CredentialKind.language,
    CredentialType.eps_topik: CredentialKind.language,
    CredentialType.nursing_care_japanese: CredentialKind.language,
    CredentialType.ssw_skill_test: CredentialKind.skill_certificate,
    CredentialType.bnsp_competency: CredentialKind.skill_certificate,
    CredentialType.korean_skills_test: CredentialKind.skill_certificate,
    CredentialType.training_completion: CredentialKind.training,
    CredentialType.titp_completion: CredentialKind.training,
    CredentialType.eps_roster: CredentialKind.registration,
}


class Verification(StrEnum):
    pending = "pending"
    verified = "verified"
    rejected = "rejected"


class Credential(SQLModel, table=True):
    id: int | None = SQLField(default=None, primary_key=True)
    applicant_id: int = SQLField(foreign_key="applicant.id", index=True, ondelete="CASCADE")
    kind: str = SQLField(max_length=20)
    type: str = SQLField(max_length=30, index=True)
    level: str | None = SQLField(default=None, max_length=10)
    score: int | None = None
    field: str | None = SQLField(default=None, max_length=100)
    issuer: str = SQLField(max_length=200)
    certificate_number: str | None = SQLField(default=None, max_length=100)
    issued_on: date
    expires_on: date | None = None
    verification: str = SQLField(default=Verification.pending, max_length=10)
    verified_at: datetime | None = SQLField(default=None, sa_type=UTCDateTime)
    created_at: datetime = SQLField(default_factory=utcnow, sa_type=UTCDateTime)
    # Indexed: the matching population's freshness check reads its maximum per request.
    updated_at: datetime = SQLField(default_factory=utcnow, sa_type=UTCDateTime, index=True)


ShortText = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=100)]


class CredentialWrite(BaseModel):
    model_config = ConfigDict(extra="forbid")

    level: Annotated[str, StringConstraints(strip_whitespace=True, max_length=10)] | None = Field(
        default=None, description="JLPT N5..N1; JFT-Basic A2."
    )
    score: int | None = Field(default=None, ge=0, le=200, description="EPS-TOPIK score.")
    field: ShortText | None = Field(
        default=None, description="SSW field, competency scheme or training subject."
    )
    issuer: (
        Annotated[str, StringConstraints(strip_whitespace=True, min_length=2, max_length=200)]
        | None
    ) = None
    certificate_number: ShortText | None = None
    issued_on: date | None = None
    expires_on: date | None = None
    verification: Verification | None = None


class CredentialCreate(CredentialWrite):
    type: CredentialType
    issuer: Annotated[str, StringConstraints(strip_whitespace=True, min_length=2, max_length=200)]
    issued_on: date


class CredentialUpdate(CredentialWrite):
    pass


class CredentialRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    applicant_id: int
    kind: CredentialKind
    type: CredentialType
    level: str | None
    score: int | None
    field: str | None
    issuer: str
    certificate_number: str | None
    issued_on: date
    expires_on: date | None
    expired: bool
    verification: Verification
    verified_at: datetime | None
    created_at: datetime
    updated_at: datetime
