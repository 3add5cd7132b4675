"""Expiry notices: one per credential (or document) and expiry date, written by a sweep.

The sweep asks each source in `EXPIRY_SOURCES` for the items that expire by the horizon
(30 days ahead, expired ones included) and writes a notice for each one not noticed yet.
The dedupe key (subject, id and expiry date) is unique in the table, so a sweep repeated,
or run by two processes at once, never writes a notice twice; a renewal with a new expiry
date is a new key and so a new notice. Another kind of record with a validity date joins by
adding a source function to `EXPIRY_SOURCES`.
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import Session, col, select
from sqlmodel.sql.expression import SelectOfScalar

from app.models.applicant import Applicant, ApplicantStatus
from app.models.application import Application
from app.models.credential import Credential, Verification
from app.models.document import ApplicationDocument, DocumentVerification
from app.models.notification import Notification, NotificationKind
from app.services.applications.documents.checklist import CHECKLIST
from app.services.applications.stages import CLOSING_STAGES
from app.services.notifications.service import Notice

HORIZON_DAYS = 30
CHUNK = 1000


@dataclass(frozen=True)
class Expiring:
    """An item of a person's that expires by the horizon, named in both languages."""

    applicant_id: int
    subject: str  # the table it lives in: credential, document, ...
    subject_id: int
    name_en: str
    name_id: str
    expires_on: date


# A source: (session, one applicant or everyone, horizon) -> the items expiring by then.
ExpirySource = Callable[[Session, int | None, date], Iterable[Expiring]]


def _active_people(applicant_id: int | None) -> SelectOfScalar[Any]:
    """Archived people get no notices."""
    people = select(Applicant.id).where(Applicant.status != ApplicantStatus.archived)
    if applicant_id is not None:
        people = people.where(Applicant.id == applicant_id)
    return people


def credentials_expiring(
    session: Session, applicant_id: int | None, horizon: date
) -> Iterable[Expiring]:
    """Credentials with a validity date by the horizon; a rejected one counts for nothing."""
    statement = select(Credential).where(
        col(Credential.expires_on).is_not(None),
        col(Credential.expires_on) <= horizon,
        col(Credential.verification) != Verification.rejected,
        col(Credential.applicant_id).in_(_active_people(applicant_id)),
    )
    for credential in session.exec(statement.order_by(col(Credential.id))):
        detail = credential.level or credential.field or credential.score or ""
        name = f"{credential.type} {detail}".strip()
        assert credential.expires_on is not None  # filtered above
        yield Expiring(
            credential.applicant_id,
            "credential",
            credential.id or 0,
            name,
            name,
            credential.expires_on,
        )


def documents_expiring(
    session: Session, applicant_id: int | None, horizon: date
) -> Iterable[Expiring]:
    """Placement documents with an expiry date by the horizon, on applications still going
    (not withdrawn or rejected); a rejected document counts for nothing."""
    labels = {item.kind.value: item for item in CHECKLIST}
    statement = (
        select(ApplicationDocument, Application.applicant_id)
        .join(Application, col(Application.id) == col(ApplicationDocument.application_id))
        .where(
            col(ApplicationDocument.expires_on).is_not(None),
            col(ApplicationDocument.expires_on) <= horizon,
            col(ApplicationDocument.verification) != DocumentVerification.rejected,
            col(Application.stage).not_in(CLOSING_STAGES),
            col(Application.applicant_id).in_(_active_people(applicant_id)),
        )
        .order_by(col(ApplicationDocument.id))
    )
    for document, owner_id in session.exec(statement):
        item = labels.get(document.kind)
        assert document.expires_on is not None  # filtered above
        yield Expiring(
            owner_id,
            "document",
            document.id or 0,
            item.label_en if item else document.kind,
            item.label_id if item else document.kind,
            document.expires_on,
        )


EXPIRY_SOURCES: list[ExpirySource] = [credentials_expiring, documents_expiring]


def dedupe_key(item: Expiring) -> str:
    return f"expiry:{item.subject}:{item.subject_id}:{item.expires_on.isoformat()}"


def notice_for(item: Expiring, today: date) -> Notice:
    when = item.expires_on.isoformat()
    if item.expires_on < today:
        return Notice(
            item.applicant_id,
            NotificationKind.expired,
            item.subject,
            item.subject_id,
            f"{item.name_en} has expired",
            f"{item.name_id} sudah kedaluwarsa",
            f"Your {item.name_en} expired on {when}. Renew it: until then it does not count "
            "for job orders that need it.",
            f"{item.name_id} Anda kedaluwarsa pada {when}. Perbarui: sampai saat itu "
            "dokumen ini tidak dihitung untuk lowongan yang memerlukannya.",
            dedupe_key(item),
        )
    days = (item.expires_on - today).days
    return Notice(
        item.applicant_id,
        NotificationKind.expiring,
        item.subject,
        item.subject_id,
        f"{item.name_en} expires soon",
        f"{item.name_id} segera kedaluwarsa",
        f"Your {item.name_en} expires on {when}, in {days} days. Renew it in time.",
        f"{item.name_id} Anda kedaluwarsa pada {when}, {days} hari lagi. Perbarui tepat waktu.",
        dedupe_key(item),
    )


def notify_expiring(
    session: Session,
    applicant_id: int | None,
    today: date,
    sources: Iterable[ExpirySource] | None = None,
) -> int:
    """Write the expiry notices not written yet, for one person or everyone; how many were
    new. The caller commits."""
    horizon = today + timedelta(days=HORIZON_DAYS)
    due: dict[str, Expiring] = {}
    for source in EXPIRY_SOURCES if sources is None else sources:
        for item in source(session, applicant_id, horizon):
            due[dedupe_key(item)] = item
    keys = sorted(due)
    insert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    written = 0
    for start in range(0, len(keys), CHUNK):
        chunk = keys[start : start + CHUNK]
        seen = set(
            session.exec(
                select(Notification.dedupe_key).where(col(Notification.dedupe_key).in_(chunk))
            )
        )
        rows = [notice_for(due[k], today).row() for k in chunk if k not in seen]
        if not rows:
            continue
        # A concurrent sweep may have written some since: the unique key decides, silently.
        statement = insert(Notification).on_conflict_do_nothing(index_elements=["dedupe_key"])
        written += len(session.execute(statement.returning(col(Notification.id)), rows).all())
    return written
