"""/api/v1/applications/{application_id}/documents (the placement documents' checklist)"""

from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Depends, Request, Response, UploadFile
from fastapi.responses import StreamingResponse
from sqlmodel import Session
from starlette.background import BackgroundTask

from app.core.config import Settings
from app.core.db import SessionDep
from app.core.principal import STAFF
from app.http.auth import PrincipalDep, access
from app.http.preconditions import IfMatch, set_etag
from app.models.document import (
    DocumentChecklist,
    DocumentDecision,
    DocumentDetails,
    DocumentKind,
    DocumentRead,
)
from app.models.identity import Role, Scope
from app.services.applications.documents import gate as document_gate
from app.services.applications.documents import service as documents
from app.services.applications.documents.storage import CHUNK, DocumentStore

router = APIRouter(prefix="/applications/{application_id}/documents", tags=["documents"])
PEOPLE = (Role.applicant, *STAFF)
READ_SCOPES = (Scope.applications_read, Scope.applications_write)
WRITE_SCOPES = (Scope.applications_write,)
FILE_TYPES: dict[str, Any] = {"application/pdf": {}, "image/jpeg": {}, "image/png": {}}


def _settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


SettingsDep = Annotated[Settings, Depends(_settings)]


def _store(request: Request) -> DocumentStore:
    # Built once by the app factory (a local directory or a bucket, by the settings).
    store: DocumentStore = request.app.state.document_store
    return store


StoreDep = Annotated[DocumentStore, Depends(_store)]


def content_disposition(file_name: str) -> str:
    """An attachment with its suggested name, as Starlette's FileResponse writes it (RFC
    6266; RFC 5987 encoding when the name is not plain ASCII)."""
    quoted = quote(file_name)
    if quoted != file_name:
        return f"attachment; filename*=utf-8''{quoted}"
    return f'attachment; filename="{file_name}"'


def _check_precondition(
    session: Session,
    application_id: int,
    kind: DocumentKind,
    principal: PrincipalDep,
    precondition: IfMatch,
) -> None:
    current = documents.find_document(session, application_id, kind, principal)
    # A document not recorded yet has no version: only If-Match "*" or none passes.
    precondition.check(current.id if current else None, current.version if current else 0)


@router.get("", **access(roles=PEOPLE, scopes=READ_SCOPES, problems=(404,)))
def document_checklist(
    application_id: int, principal: PrincipalDep, session: SessionDep
) -> DocumentChecklist:
    """The documents departure needs for this destination, scheme and the worker's sex, each
    with its state (`missing`, `unverified`, `verified`, `rejected`, `expired`,
    `expires_before_contract`, `issued_too_early`: issued longer before departure than the item
    allows, from `no_longer_counts_from` on), and whether departure may be recorded. The
    owning agency sees them from selection on."""
    return documents.checklist(session, application_id, principal)


@router.put("/{kind}", **access(roles=PEOPLE, scopes=WRITE_SCOPES, problems=(404, 409, 412, 422)))
def record_document(
    application_id: int,
    kind: DocumentKind,
    payload: DocumentDetails,
    principal: PrincipalDep,
    session: SessionDep,
    response: Response,
    precondition: IfMatch,
) -> DocumentRead:
    """Record the document's number, issue and expiry dates (all three replaced). A change
    to a verified document asks for a new verification."""
    _check_precondition(session, application_id, kind, principal, precondition)
    document = documents.record_details(session, application_id, kind, payload, principal)
    set_etag(response, document.id, document.version)
    return document_gate.to_read(document)


@router.put(
    "/{kind}/file",
    **access(roles=PEOPLE, scopes=WRITE_SCOPES, problems=(404, 409, 412, 413, 415, 422, 503)),
)
def upload_document_file(
    application_id: int,
    kind: DocumentKind,
    file: UploadFile,
    principal: PrincipalDep,
    session: SessionDep,
    settings: SettingsDep,
    store: StoreDep,
    response: Response,
    precondition: IfMatch,
) -> DocumentRead:
    """Upload the document's file (multipart field `file`): PDF, JPEG or PNG, judged by its
    content, at most `DOCUMENT_MAX_BYTES` (10 MB by default; 413 above, 415 for another
    type). The SHA-256 of the stored bytes is returned. A new file resets verification."""
    _check_precondition(session, application_id, kind, principal, precondition)
    document = documents.store_file(
        session,
        store,
        application_id,
        kind,
        (file.file, file.filename, file.content_type),
        settings.document_max_bytes,
        principal,
    )
    set_etag(response, document.id, document.version)
    return document_gate.to_read(document)


DOWNLOAD_ACCESS = access(roles=PEOPLE, scopes=READ_SCOPES, problems=(404, 500, 503))
DOWNLOAD_ACCESS["responses"][200] = {"description": "The file as uploaded", "content": FILE_TYPES}


@router.get("/{kind}/file", response_class=StreamingResponse, **DOWNLOAD_ACCESS)
def download_document_file(
    application_id: int,
    kind: DocumentKind,
    principal: PrincipalDep,
    session: SessionDep,
    store: StoreDep,
) -> StreamingResponse:
    """The stored file, byte for byte: for the job seeker, officers, and the owning agency
    from selection on; 404 for anyone else. It is decrypted and checked against its
    SHA-256 before the first byte is sent (500 `document_file_damaged` if it differs)."""
    found = documents.download(session, store, application_id, kind, principal)
    headers = {
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "private, no-store",
        "Content-Disposition": content_disposition(found.file_name),
    }
    if found.size_bytes is not None:
        headers["Content-Length"] = str(found.size_bytes)
    return StreamingResponse(
        iter(lambda: found.content.read(CHUNK), b""),
        media_type=found.content_type,
        headers=headers,
        background=BackgroundTask(found.content.close),
    )


@router.post("/{kind}/verification", **access(roles=STAFF, problems=(404, 409, 412, 422)))
def verify_document(
    application_id: int,
    kind: DocumentKind,
    payload: DocumentDecision,
    principal: PrincipalDep,
    session: SessionDep,
    response: Response,
    precondition: IfMatch,
) -> DocumentRead:
    """An officer verifies the uploaded document or rejects it with a reason."""
    _check_precondition(session, application_id, kind, principal, precondition)
    document = documents.verify(session, application_id, kind, payload, principal)
    set_etag(response, document.id, document.version)
    return document_gate.to_read(document)
