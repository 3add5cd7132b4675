"""The applicant's notification feed: what is written on each change, and how it is read.

Notifications are added to the caller's session, so they commit (or roll back) with the
change they tell of. Expiry notices come from a sweep, in `app.services.notifications.expiry`.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import insert, update
from sqlmodel import Session, col, select

from app.core.db import rowcount
from app.core.errors import not_found
from app.core.i18n import Language
from app.core.pagination import PageParams, encode_cursor
from app.core.principal import Principal
from app.models.application import Application, ApplicationSource, ApplicationStage
from app.models.base import utcnow
from app.models.notification import MarkedRead, Notification, NotificationKind, NotificationRead
from app.models.vacancy import Vacancy

S = ApplicationStage
# (English, Indonesian) title of the notice for each stage an application moves into.
STAGE_TITLES: dict[ApplicationStage, tuple[str, str]] = {
    S.matched: ("Application recorded", "Lamaran tercatat"),
    S.shortlisted: ("You are shortlisted", "Anda masuk daftar pendek"),
    S.interviewed: ("Interview recorded", "Wawancara tercatat"),
    S.selected: ("You are selected", "Anda terpilih"),
    S.documents: ("Documents verified", "Dokumen terverifikasi"),
    S.departed: ("Departure recorded", "Keberangkatan tercatat"),
    S.working: ("Work started", "Mulai bekerja"),
    S.returned: ("Welcome home", "Selamat datang kembali"),
    S.withdrawn: ("Application withdrawn", "Lamaran ditarik"),
    S.rejected: ("Application not successful", "Lamaran tidak berhasil"),
}
# How an application came to be, as the person reads it: (English, Indonesian), {job} filled in.
# A stage in words, for the body of a move (the reader sees words, not stage codes).
STAGE_NAMES: dict[ApplicationStage, tuple[str, str]] = {
    S.matched: ("recorded", "tercatat"),
    S.shortlisted: ("shortlisted", "daftar pendek"),
    S.interviewed: ("interviewed", "wawancara"),
    S.selected: ("selected", "terpilih"),
    S.documents: ("documents verified", "dokumen terverifikasi"),
    S.departed: ("departed", "berangkat"),
    S.working: ("working", "bekerja"),
    S.returned: ("returned home", "kembali ke tanah air"),
    S.withdrawn: ("withdrawn", "ditarik"),
    S.rejected: ("not successful", "tidak berhasil"),
}

CREATED_BODIES: dict[ApplicationSource, tuple[str, str]] = {
    ApplicationSource.applicant: (
        "Your application to {job} is recorded.",
        "Lamaran Anda untuk {job} sudah tercatat.",
    ),
    ApplicationSource.officer: (
        "An officer of Disnakertrans filed an application for you to {job}.",
        "Petugas Disnakertrans mengajukan lamaran Anda untuk {job}.",
    ),
    ApplicationSource.matching_run: (
        "You are proposed for {job} by the programme's matching.",
        "Anda diusulkan untuk {job} melalui pencocokan program.",
    ),
}
SELECTED_ELSEWHERE = "selected_elsewhere"


@dataclass(frozen=True)
class Notice:
    """One notification before it is written."""

    applicant_id: int
    kind: NotificationKind
    subject: str
    subject_id: int
    title_en: str
    title_id: str
    body_en: str
    body_id: str
    dedupe_key: str | None = None

    def row(self) -> dict[str, Any]:
        return {
            "applicant_id": self.applicant_id,
            "kind": self.kind.value,
            "subject": self.subject,
            "subject_id": self.subject_id,
            "title_en": self.title_en[:200],
            "title_id": self.title_id[:200],
            "body_en": self.body_en[:1000],
            "body_id": self.body_id[:1000],
            "dedupe_key": self.dedupe_key,
            "created_at": utcnow(),
        }


def add(session: Session, notices: Sequence[Notice]) -> None:
    """Write notices in the caller's transaction (one multi-row insert)."""
    if notices:
        session.execute(insert(Notification), [n.row() for n in notices])


def _jobs(session: Session, vacancy_ids: set[int]) -> dict[int, str]:
    rows = session.exec(
        select(Vacancy.id, Vacancy.title, Vacancy.country).where(col(Vacancy.id).in_(vacancy_ids))
    ).all()
    return {row[0]: f"{row[1]} ({row[2]})" for row in rows if row[0] is not None}


def applications_created(
    session: Session, applications: Sequence[tuple[int, int, int]], source: ApplicationSource
) -> None:
    """A notice for each new application, given as (application_id, applicant_id, vacancy_id)."""
    jobs = _jobs(session, {vacancy_id for _, _, vacancy_id in applications})
    title_en, title_id = STAGE_TITLES[S.matched]
    body_en, body_id = CREATED_BODIES[source]
    add(
        session,
        [
            Notice(
                applicant_id,
                NotificationKind.application_created,
                "application",
                application_id,
                title_en,
                title_id,
                body_en.format(job=jobs.get(vacancy_id, vacancy_id)),
                body_id.format(job=jobs.get(vacancy_id, vacancy_id)),
            )
            for application_id, applicant_id, vacancy_id in applications
        ],
    )


def application_moved(
    session: Session,
    application: Application,
    from_stage: ApplicationStage,
    to_stage: ApplicationStage,
    reason: str | None,
    job: str,
) -> None:
    """A notice of one stage move, in the move's transaction; `job` names the job order
    (the move has read it already)."""
    title_en, title_id = STAGE_TITLES[to_stage]
    (from_en, from_id), (to_en, to_id) = STAGE_NAMES[from_stage], STAGE_NAMES[to_stage]
    body_en = f"Your application to {job} moved from {from_en} to {to_en}."
    body_id = f"Lamaran Anda untuk {job} berpindah dari tahap {from_id} ke {to_id}."
    if reason == SELECTED_ELSEWHERE:
        body_en += " It was closed because you were selected for another job order."
        body_id += " Lamaran ini ditutup karena Anda terpilih di lowongan lain."
    elif reason:
        body_en += f" Reason: {reason}"
        body_id += f" Alasan: {reason}"
    notice = Notice(
        application.applicant_id,
        NotificationKind.application_stage_changed,
        "application",
        application.id or 0,
        title_en,
        title_id,
        body_en,
        body_id,
    )
    add(session, [notice])


# -- the feed --------------------------------------------------------------------------------


def to_read(notification: Notification, lang: Language) -> NotificationRead:
    indonesian = lang == "id"
    return NotificationRead(
        id=notification.id or 0,
        kind=NotificationKind(notification.kind),
        subject=notification.subject,
        subject_id=notification.subject_id,
        title=notification.title_id if indonesian else notification.title_en,
        body=notification.body_id if indonesian else notification.body_en,
        language=lang,
        created_at=notification.created_at,
        read_at=notification.read_at,
    )


def list_own(
    session: Session, viewer: Principal, page: PageParams, *, unread: bool | None = None
) -> tuple[list[Notification], str | None]:
    """The caller's own notices, newest first; an account without a profile has none."""
    statement = select(Notification).where(Notification.applicant_id == (viewer.applicant_id or -1))
    if unread is True:
        statement = statement.where(col(Notification.read_at).is_(None))
    elif unread is False:
        statement = statement.where(col(Notification.read_at).is_not(None))
    if page.after_id is not None:
        statement = statement.where(col(Notification.id) < page.after_id)
    rows = list(session.exec(statement.order_by(col(Notification.id).desc()).limit(page.limit + 1)))
    more = len(rows) > page.limit
    rows = rows[: page.limit]
    return rows, encode_cursor(rows[-1].id or 0) if more and rows else None


def mark_read(session: Session, viewer: Principal, notification_id: int) -> Notification:
    """Mark one of the caller's notices read (404 for anyone else's); reading twice keeps the
    first time."""
    notification = session.get(Notification, notification_id)
    if notification is None or notification.applicant_id != viewer.applicant_id:
        raise not_found("notification")
    if notification.read_at is None:
        notification.read_at = utcnow()
        session.add(notification)
        session.commit()
        session.refresh(notification)
    return notification


def mark_all_read(session: Session, viewer: Principal) -> MarkedRead:
    result = session.execute(
        update(Notification)
        .where(
            col(Notification.applicant_id) == (viewer.applicant_id or -1),
            col(Notification.read_at).is_(None),
        )
        .values(read_at=utcnow())
        .execution_options(synchronize_session=False)
    )
    session.commit()
    return MarkedRead(marked=rowcount(result))
