"""The job seeker's access log: which partner read which of their data, and when.

The data subject's right of access (Law 27/2022 on personal data protection, art. 7: to
access and obtain a copy of their personal data), which art. 32(1) gives together with the
trail of its processing. The entries are the audit trail's partner reads
(`app.services.applications.disclosure`); the office's own reads are not in it.
"""

from collections.abc import Sequence

from sqlmodel import Session, col, select

from app.core.pagination import PageParams, encode_cursor
from app.core.principal import Principal
from app.models.audit import AccessLogEntry, AuditEntry
from app.models.partner import Partner
from app.services.applications import disclosure

UNKNOWN_PARTNER = "-"


def list_own(
    session: Session, viewer: Principal, page: PageParams
) -> tuple[list[AccessLogEntry], str | None]:
    """The caller's entries, newest first; an account without a record has none."""
    statement = select(AuditEntry).where(
        AuditEntry.entity == disclosure.SUBJECT_ENTITY,
        AuditEntry.entity_id == (viewer.applicant_id or -1),
        AuditEntry.action == disclosure.READ_ACTION,
    )
    if page.after_id is not None:
        statement = statement.where(col(AuditEntry.id) < page.after_id)
    rows = list(session.exec(statement.order_by(col(AuditEntry.id).desc()).limit(page.limit + 1)))
    more = len(rows) > page.limit
    rows = rows[: page.limit]
    next_cursor = encode_cursor(rows[-1].id or 0) if more and rows else None
    return _entries(session, rows), next_cursor


def _entries(session: Session, rows: Sequence[AuditEntry]) -> list[AccessLogEntry]:
    partner_ids = {r.changes.get("partner_id") for r in rows} - {None}
    partners = {
        p.id: p for p in session.exec(select(Partner).where(col(Partner.id).in_(partner_ids)))
    }
    entries = []
    for row in rows:
        what = row.changes
        partner = partners.get(what.get("partner_id"))
        entries.append(
            AccessLogEntry(
                id=row.id or 0,
                at=row.at,
                partner_id=partner.id if partner else None,
                partner_name=partner.name if partner else UNKNOWN_PARTNER,
                partner_kind=partner.kind if partner else None,
                through="system" if row.actor.startswith("client:") else "staff",
                application_id=what.get("application_id"),
                fields=list(what.get("fields", [])),
                documents=list(what.get("documents", [])),
                support_cases=list(what.get("support_cases", [])),
            )
        )
    return entries
