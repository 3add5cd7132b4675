"""Placement documents of an application: one current document per kind, with its file."""

from datetime import date, datetime
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints
from sqlalchemy import UniqueConstraint
from sqlmodel import Field as SQLField
from sqlmodel import SQLModel

from app.models.base import UTCDateTime, utcnow


class DocumentKind(StrEnum):
    ktp = "ktp"  # KTP-el, the identity card
    family_card = "family_card"  # Kartu Keluarga
    marital_status_letter = "marital_status_letter"  # surat keterangan status perkawinan
    family_permission = "family_permission"  # izin suami/istri, orang tua atau wali
    competency_certificate = "competency_certificate"  # sertifikat kompetensi kerja
    health_certificate = "health_certificate"  # surat keterangan sehat (kesehatan, psikologi)
    pregnancy_test = "pregnancy_test"  # hasil tes kehamilan (laboratorium), women only
    police_certificate = "police_certificate"  # SKCK, Surat Keterangan Catatan Kepolisian
    passport = "passport"
    work_visa = "work_visa"
    placement_agreement = "placement_agreement"  # Perjanjian Penempatan PMI
    employment_contract = "employment_contract"  # Perjanjian Kerja
    bpjs_ketenagakerjaan = "bpjs_ketenagakerjaan"
    orientation_certificate = "orientation_certificate"  # Orientasi Pra Pemberangkatan (OPP)


class DocumentVerification(StrEnum):
    unverified = "unverified"
    verified = "verified"
    rejected = "rejected"


class DocumentState(StrEnum):
    """An item of the checklist as the departure gate sees it, on a given day."""

    missing = "missing"  # no document, or no file uploaded for it
    unverified = "unverified"
    verified = "verified"
    rejected = "rejected"
    expired = "expired"
    expires_before_contract = "expires_before_contract"
    # Issued longer before departure than the item allows (a medical over 3 months old, a
    # pregnancy test over 7 days): it no longer counts and a new one is needed.
    issued_too_early = "issued_too_early"


class ApplicationDocument(SQLModel, table=True):
    __tablename__ = "application_document"
    __table_args__ = (UniqueConstraint("application_id", "kind"),)

    id: int | None = SQLField(default=None, primary_key=True)
    application_id: int = SQLField(foreign_key="application.id", index=True, ondelete="CASCADE")
    kind: str = SQLField(max_length=30)
    number: str | None = SQLField(default=None, max_length=100)
    issued_on: date | None = None
    expires_on: date | None = SQLField(default=None, index=True)
    verification: str = SQLField(default=DocumentVerification.unverified, max_length=10)
    verified_by: str | None = SQLField(default=None, max_length=100)
    verified_at: datetime | None = SQLField(default=None, sa_type=UTCDateTime)
    rejection_reason: str | None = SQLField(default=None, max_length=300)
    file_name: str | None = SQLField(default=None, max_length=255)
    content_type: str | None = SQLField(default=None, max_length=50)
    size_bytes: int | None = None
    sha256: str | None = SQLField(default=None, max_length=64)
    # A random name chosen by the server; never derived from anything the uploader sent.
    storage_key: str | None = SQLField(default=None, max_length=64)
    # The file's own encryption key, sealed under ENCRYPTION_KEYS (`kid.token`); None for a
    # file stored before files were encrypted.
    file_key: str | None = SQLField(default=None, max_length=255)
    uploaded_by: str | None = SQLField(default=None, max_length=100)
    uploaded_at: datetime | None = SQLField(default=None, sa_type=UTCDateTime)
    version: int = SQLField(default=1)
    created_at: datetime = SQLField(default_factory=utcnow, sa_type=UTCDateTime)
    updated_at: datetime = SQLField(default_factory=utcnow, sa_type=UTCDateTime)


DocumentNumber = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=100)
]
Reason = Annotated[str, StringConstraints(strip_whitespace=True, min_length=2, max_length=300)]


class DocumentDetails(BaseModel):
    """The document's number and dates; a PUT replaces all three."""

    model_config = ConfigDict(extra="forbid")

    number: DocumentNumber | None = None
    issued_on: date | None = None
    expires_on: date | None = None


class DocumentDecision(BaseModel):
    model_config = ConfigDict(extra="forbid")

    decision: Literal["verified", "rejected"]
    reason: Reason | None = Field(
        default=None, description="Required when rejecting: what the applicant must fix."
    )


class DocumentFile(BaseModel):
    file_name: str
    content_type: str
    size_bytes: int
    sha256: str = Field(description="SHA-256 of the stored bytes, lowercase hex.")
    uploaded_by: str | None
    uploaded_at: datetime | None


class DocumentRead(BaseModel):
    id: int
    application_id: int
    kind: DocumentKind
    number: str | None
    issued_on: date | None
    expires_on: date | None
    verification: DocumentVerification
    verified_by: str | None
    verified_at: datetime | None
    rejection_reason: str | None
    file: DocumentFile | None
    version: int
    created_at: datetime
    updated_at: datetime


class CountsFor(BaseModel):
    """How long after its issue date a document counts for departure."""

    months: int
    days: int


class ChecklistEntry(BaseModel):
    kind: DocumentKind
    label_en: str
    label_id: str
    source: str
    expiry_required: bool
    counts_for: CountsFor | None = Field(
        description="The document counts only if issued at most this long before departure "
        "(the contract start, and never before today); null: no such limit."
    )
    no_longer_counts_from: date | None = Field(
        description="The first departure day the recorded document no longer counts for (its "
        "issue date plus `counts_for`, plus one day); null without a limit or an issue date. "
        "On or after this day the state is `issued_too_early`."
    )
    state: DocumentState
    document: DocumentRead | None


class DocumentChecklist(BaseModel):
    application_id: int
    country: str
    scheme: str
    contract_starts_on: date | None
    departure_ready: bool = Field(
        description="Every item verified, valid on the contract start (which is recorded) and "
        "issued recently enough to count for it."
    )
    items: list[ChecklistEntry]
