"""Documents written straight to the database, for tests that need an application ready to
depart without going through uploads."""

import secrets
from datetime import date, timedelta
from typing import Any

from sqlmodel import Session, select

from app.models.application import Application
from app.models.document import ApplicationDocument
from app.services.applications.documents.gate import checklist_items


def document_values(kind: str, **fields: Any) -> dict[str, Any]:
    """The columns of a verified document with a file on record (the bytes themselves are
    not written)."""
    return {
        "kind": kind,
        "number": f"{kind.upper()[:3]}-0001",
        "issued_on": date.today() - timedelta(days=30),
        "expires_on": date.today() + timedelta(days=3 * 365),
        "verification": "verified",
        "verified_by": "user:1",
        "file_name": f"{kind}.pdf",
        "content_type": "application/pdf",
        "size_bytes": 1000,
        "sha256": "0" * 64,
        "storage_key": secrets.token_hex(16),
        **fields,
    }


def add_document(session: Session, application_id: int, kind: str, **fields: Any) -> int:
    """A verified document with a file on record (the bytes themselves are not written)."""
    document = ApplicationDocument(application_id=application_id, **document_values(kind, **fields))
    session.add(document)
    session.commit()
    return document.id or 0


def ready_for_departure(
    session: Session, application_id: int, contract_starts_on: date | None = None
) -> None:
    """Every checklist item of the placement verified and valid, and a contract start
    recorded (in 5 days unless given); the items already on record are left as they are.
    An item that counts only for a time after its issue (a pregnancy test: 7 days) is issued
    yesterday."""
    application = session.get(Application, application_id)
    assert application is not None
    application.contract_starts_on = contract_starts_on or date.today() + timedelta(days=5)
    session.add(application)
    session.commit()
    present = set(
        session.exec(
            select(ApplicationDocument.kind).where(
                ApplicationDocument.application_id == application_id
            )
        )
    )
    _, items = checklist_items(session, application)
    for item in items:
        if item.kind.value in present:
            continue
        fields = {"issued_on": date.today() - timedelta(days=1)} if item.counts_for else {}
        add_document(session, application_id, item.kind.value, **fields)
