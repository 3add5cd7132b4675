"""Placement documents of an application: who may see and write them, details, files and
an officer's verification.

The job seeker, officers, and the agency owning the job order from selection on (when it is
entitled to know who the candidate is) see and write them; only officers verify. Documents
are written while the application is open; once departed or closed they are the record of
what departure was judged on. Every write locks the application row, as a stage move does, so
the departure gate never judges documents half-changed.
"""

from dataclasses import dataclass
from datetime import date
from typing import Any, BinaryIO

from sqlmodel import Session, select

from app.core import clock
from app.core.db import for_update
from app.core.errors import FieldError, ProblemError, not_found
from app.core.i18n import Message, define
from app.core.principal import Principal
from app.models.application import Application, ApplicationStage
from app.models.base import utcnow
from app.models.document import (
    ApplicationDocument,
    DocumentChecklist,
    DocumentDecision,
    DocumentDetails,
    DocumentKind,
    DocumentVerification,
)
from app.services import audit
from app.services.applications import disclosure
from app.services.applications.documents import gate as document_gate
from app.services.applications.documents.checklist import ChecklistItem
from app.services.applications.documents.storage import BlobMissingError, DocumentStore, StoredFile
from app.services.applications.service import get_application
from app.services.applications.stages import OPEN_STAGES
from app.services.common import commit_or_conflict, raise_if_invalid

define(
    {
        "documents_closed": Message(
            "Documents closed",
            "Dokumen sudah ditutup",
            "The application is {stage}; its documents no longer change.",
            "Lamaran berstatus {stage}; dokumennya tidak dapat diubah lagi.",
        ),
        "document_issued_in_future": Message(
            "Issue date in the future",
            "Tanggal terbit di masa depan",
            "A document cannot be issued after today.",
            "Dokumen tidak dapat terbit setelah hari ini.",
        ),
        "document_expiry_before_issue": Message(
            "Expiry before issue",
            "Kedaluwarsa sebelum terbit",
            "The expiry date is before the issue date.",
            "Tanggal kedaluwarsa sebelum tanggal terbit.",
        ),
        "document_file_missing": Message(
            "No file to verify",
            "Belum ada berkas",
            "Upload the document's file before it is verified.",
            "Unggah berkas dokumen sebelum diverifikasi.",
        ),
        "document_expiry_required": Message(
            "Expiry date required",
            "Tanggal kedaluwarsa wajib",
            "Record the expiry date of this document before verifying it.",
            "Catat tanggal kedaluwarsa dokumen ini sebelum diverifikasi.",
        ),
        "document_issue_date_required": Message(
            "Issue date required",
            "Tanggal terbit wajib",
            "Record the issue date of this document before verifying it: it counts for "
            "departure only for a time after its issue.",
            "Catat tanggal terbit dokumen ini sebelum diverifikasi: dokumen ini hanya berlaku "
            "untuk keberangkatan selama jangka waktu tertentu sejak terbit.",
        ),
        "document_rejection_reason_required": Message(
            "Reason required",
            "Alasan wajib diisi",
            "Say what is wrong with the document, so it can be fixed.",
            "Sebutkan apa yang salah pada dokumen agar dapat diperbaiki.",
        ),
        "document_reason_not_used": Message(
            "Reason not used",
            "Alasan tidak dipakai",
            "A reason is given only when rejecting a document.",
            "Alasan hanya diisi saat menolak dokumen.",
        ),
        "document_changed": Message(
            "Changed meanwhile",
            "Sudah berubah",
            "The document was changed by someone else meanwhile; read it again and retry.",
            "Dokumen telah diubah pihak lain; baca ulang lalu coba lagi.",
        ),
    }
)

# Fields an officer verified: changing any of them asks for a new verification.
VERIFIED_FIELDS = ("number", "issued_on", "expires_on", "sha256", "storage_key")
UNVERIFIED: dict[str, Any] = {
    "verification": DocumentVerification.unverified.value,
    "verified_by": None,
    "verified_at": None,
    "rejection_reason": None,
}


@dataclass(frozen=True)
class Download:
    # The checked plaintext at its start; the caller streams it out and closes it.
    content: BinaryIO
    size_bytes: int | None
    file_name: str
    content_type: str


def _mask_number(number: str | None) -> str | None:
    """Passport and identity numbers are personal data: the trail keeps their shape only."""
    if not number:
        return number
    return number[:2] + "*" * max(0, len(number) - 4) + number[-2:]


def _snapshot(document: ApplicationDocument | None) -> dict[str, Any]:
    data = audit.snapshot(document)
    # The sealed data key opens the file: it stays in its row, never in the trail.
    data.pop("file_key", None)
    if "number" in data:
        data["number"] = _mask_number(data["number"])
    return data


def visible_application(session: Session, application_id: int, viewer: Principal) -> Application:
    """The application if the viewer may see its documents; 404 otherwise.

    An agency sees the documents, which name the person, only from selection on
    (`disclosure`)."""
    application = get_application(session, application_id, viewer)
    if not disclosure.identified(viewer, application.stage):
        raise not_found("application")
    return application


def checklist(session: Session, application_id: int, viewer: Principal) -> DocumentChecklist:
    """The placement's checklist; a partner's read of the documents on record is audited."""
    application = visible_application(session, application_id, viewer)
    result = document_gate.checklist(session, application)
    recorded = tuple(item.kind.value for item in result.items if item.document is not None)
    if recorded:
        read = disclosure.PersonalRead(
            application.applicant_id,
            application.id or 0,
            disclosure.DOCUMENT_FIELDS,
            documents=recorded,
        )
        disclosure.record_reads(session, viewer, [read])
    return result


def _item(session: Session, application: Application, kind: DocumentKind) -> ChecklistItem:
    _, items = document_gate.checklist_items(session, application)
    item = next((i for i in items if i.kind == kind), None)
    if item is None:
        raise not_found("document")  # not on this placement's checklist
    return item


def current_document(
    session: Session, application_id: int, kind: DocumentKind
) -> ApplicationDocument | None:
    return session.exec(
        select(ApplicationDocument).where(
            ApplicationDocument.application_id == application_id,
            ApplicationDocument.kind == kind.value,
        )
    ).first()


def find_document(
    session: Session, application_id: int, kind: DocumentKind, viewer: Principal
) -> ApplicationDocument | None:
    """The current document of this kind (None when not yet recorded), for the viewer."""
    application = visible_application(session, application_id, viewer)
    _item(session, application, kind)
    return current_document(session, application_id, kind)


def _writable(
    session: Session, application_id: int, kind: DocumentKind, actor: Principal, lock: bool = True
) -> tuple[Application, ChecklistItem]:
    application = visible_application(session, application_id, actor)
    item = _item(session, application, kind)
    if lock:
        # Locked like a stage move, so a departure in flight waits for this write or sees it.
        application = session.exec(
            for_update(select(Application).where(Application.id == application_id))
        ).one()
    if application.stage not in OPEN_STAGES:
        raise ProblemError(409, "documents_closed", {"stage": ApplicationStage(application.stage)})
    return application, item


def _check_dates(issued_on: date | None, expires_on: date | None) -> None:
    errors = []
    if issued_on is not None and issued_on > clock.today():
        errors.append(FieldError("issued_on", "document_issued_in_future"))
    if issued_on is not None and expires_on is not None and expires_on < issued_on:
        errors.append(FieldError("expires_on", "document_expiry_before_issue"))
    raise_if_invalid(errors)


def _save(
    session: Session,
    document: ApplicationDocument,
    changes: dict[str, Any],
    actor: Principal,
    action: str,
) -> ApplicationDocument:
    """Apply the changes (resetting verification when verified facts change), audit, commit."""
    before = _snapshot(document) if document.id is not None else None
    if any(
        name in changes and changes[name] != getattr(document, name) for name in VERIFIED_FIELDS
    ):
        changes = {**changes, **UNVERIFIED}
    changed = {k: v for k, v in changes.items() if getattr(document, k) != v}
    for name, value in changed.items():
        setattr(document, name, value)
    if before is not None and changed:
        document.version += 1
        document.updated_at = utcnow()
    session.add(document)
    session.flush()
    after = _snapshot(document)
    audit.record(
        session, actor.label, action, "application_document", document.id or 0, before, after
    )
    commit_or_conflict(session, "document_changed")
    session.refresh(document)
    return document


def _new_or_current(
    session: Session, application_id: int, kind: DocumentKind
) -> tuple[ApplicationDocument, str]:
    document = current_document(session, application_id, kind)
    if document is None:
        return ApplicationDocument(application_id=application_id, kind=kind.value), "create"
    return document, "update"


def record_details(
    session: Session,
    application_id: int,
    kind: DocumentKind,
    payload: DocumentDetails,
    actor: Principal,
) -> ApplicationDocument:
    """Record the number and dates (PUT: all three replaced)."""
    _writable(session, application_id, kind, actor)
    _check_dates(payload.issued_on, payload.expires_on)
    document, action = _new_or_current(session, application_id, kind)
    return _save(session, document, payload.model_dump(), actor, action)


def store_file(
    session: Session,
    store: DocumentStore,
    application_id: int,
    kind: DocumentKind,
    upload: tuple[BinaryIO, str | None, str | None],
    max_bytes: int,
    actor: Principal,
) -> ApplicationDocument:
    """Store a new file for the document (a new one resets its verification)."""
    source, file_name, declared_type = upload
    # Checked before the bytes are copied and again under the lock, which is not held
    # while a large upload is written to disk.
    _writable(session, application_id, kind, actor, lock=False)
    session.rollback()
    stored: StoredFile = store.save(source, max_bytes, declared_type)
    try:
        _writable(session, application_id, kind, actor)
        document, action = _new_or_current(session, application_id, kind)
        replaced = document.storage_key
        changes = {
            "file_name": _safe_name(file_name, kind),
            "content_type": stored.content_type,
            "size_bytes": stored.size_bytes,
            "sha256": stored.sha256,
            "storage_key": stored.key,
            "file_key": stored.sealed_key,
            "uploaded_by": actor.label,
            "uploaded_at": utcnow(),
        }
        document = _save(session, document, changes, actor, action)
    except BaseException:
        session.rollback()
        store.delete(stored.key)
        raise
    if replaced is not None:
        store.delete(replaced)
    return document


def _safe_name(file_name: str | None, kind: DocumentKind) -> str:
    """Only for the download's suggested name: the last path part, printable, bounded."""
    base = (file_name or "").replace("\\", "/").rsplit("/", 1)[-1]
    cleaned = "".join(ch for ch in base if ch.isprintable()).strip()
    return cleaned[:255] or kind.value


def verify(
    session: Session,
    application_id: int,
    kind: DocumentKind,
    payload: DocumentDecision,
    actor: Principal,
) -> ApplicationDocument:
    """An officer's decision on the document as uploaded; a rejection says why."""
    _, item = _writable(session, application_id, kind, actor)
    document = current_document(session, application_id, kind)
    if document is None or document.storage_key is None:
        raise ProblemError(409, "document_file_missing")
    rejecting = payload.decision == DocumentVerification.rejected
    if rejecting and not payload.reason:
        raise_if_invalid([FieldError("reason", "document_rejection_reason_required")])
    if not rejecting and payload.reason:
        raise_if_invalid([FieldError("reason", "document_reason_not_used")])
    if not rejecting:
        missing_dates = []
        if item.counts_for is not None and document.issued_on is None:
            missing_dates.append(FieldError("issued_on", "document_issue_date_required"))
        if item.expiry_required and document.expires_on is None:
            missing_dates.append(FieldError("expires_on", "document_expiry_required"))
        raise_if_invalid(missing_dates)
    changes = {
        "verification": payload.decision,
        "verified_by": actor.label,
        "verified_at": utcnow(),
        "rejection_reason": payload.reason if rejecting else None,
    }
    return _save(session, document, changes, actor, "verify")


def download(
    session: Session,
    store: DocumentStore,
    application_id: int,
    kind: DocumentKind,
    viewer: Principal,
) -> Download:
    application = visible_application(session, application_id, viewer)
    _item(session, application, kind)
    document = current_document(session, application_id, kind)
    if document is None or document.storage_key is None:
        raise not_found("document file")
    try:
        content = store.read(document.storage_key, document.file_key, document.sha256)
    except BlobMissingError:
        raise not_found("document file") from None
    read = disclosure.PersonalRead(
        application.applicant_id, application_id, ("file",), documents=(kind.value,)
    )
    try:
        disclosure.record_reads(session, viewer, [read])
    except BaseException:
        content.close()
        raise
    return Download(
        content, document.size_bytes, document.file_name or kind.value, document.content_type or ""
    )
