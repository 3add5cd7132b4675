"""One-time codes that prove a phone or e-mail belongs to the person: the table and the
API schemas of a code sent and a code given back."""

from datetime import datetime
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints
from sqlmodel import Field as SQLField
from sqlmodel import SQLModel

from app.models.base import UTCDateTime, utcnow


class CodePurpose(StrEnum):
    link = "link"  # take over a record the office imported
    contact_change = "contact_change"  # a new phone or e-mail on the person's record
    password_reset = "password_reset"  # noqa: S105


class DestinationKind(StrEnum):
    phone = "phone"
    email = "email"


class VerificationCode(SQLModel, table=True):
    """A one-time code sent to a phone or e-mail: only its HMAC digest is kept. Rows stay
    after use, so that the sends of the last minutes can be counted."""

    __tablename__ = "verification_code"

    id: int | None = SQLField(default=None, primary_key=True)
    purpose: str = SQLField(max_length=20)
    user_id: int = SQLField(foreign_key="user_account.id", index=True, ondelete="CASCADE")
    applicant_id: int | None = SQLField(
        default=None, foreign_key="applicant.id", index=True, ondelete="CASCADE"
    )
    destination_kind: str = SQLField(max_length=5)
    # Where the code went: for a contact change, the new phone or e-mail it applies.
    destination: str = SQLField(max_length=254)
    digest: str = SQLField(max_length=64)
    expires_at: datetime = SQLField(sa_type=UTCDateTime)
    attempts: int = SQLField(default=0)
    used_at: datetime | None = SQLField(default=None, sa_type=UTCDateTime)
    # Set when a newer code of the same purpose replaced this one.
    replaced_at: datetime | None = SQLField(default=None, sa_type=UTCDateTime)
    created_at: datetime = SQLField(default_factory=utcnow, sa_type=UTCDateTime, index=True)


# ---- API schemas -------------------------------------------------------------------------

Code = Annotated[str, StringConstraints(strip_whitespace=True, pattern=r"^\d{6}$")]


class CodeSent(BaseModel):
    """A code went (or is going) to this phone or e-mail, shown masked."""

    destination_kind: DestinationKind
    destination: str = Field(description="Masked, e.g. `+62 8** **** 123`, `s***@example.org`.")
    expires_at: datetime


class CodeSubmit(BaseModel):
    model_config = ConfigDict(extra="forbid")

    code: Code = Field(description="The six digits received.")


class ContactChangeVerify(CodeSubmit):
    kind: DestinationKind = Field(description="Which contact the code was sent for.")
