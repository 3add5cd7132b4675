"""Support after departure: complaints and support contacts logged against a placement.

A case is opened against an application while the worker is abroad (departed or working);
from return on, no new case is opened, but open cases are still followed up and closed.
The worker files complaints on their own placement and adds notes to their cases; officers
file complaints on a worker's behalf, log support contacts, and alone move a case through
its statuses. The agency owning the job order reads the cases of its placements (Law 18/2017
makes it answerable for the worker's protection) but neither files nor changes them: a
complaint may well be about the agency, and the office mediates.
"""

from collections.abc import Sequence
from typing import Any

from sqlalchemy import update
from sqlmodel import Session, col, select

from app.core.db import rowcount
from app.core.errors import FieldError, ProblemError, not_found
from app.core.i18n import Message, define
from app.core.pagination import PageParams, paginate, where_all
from app.core.principal import Principal
from app.models.application import Application, ApplicationStage
from app.models.base import utcnow
from app.models.notification import NotificationKind
from app.models.support import (
    SupportCase,
    SupportCaseCreate,
    SupportCaseEntry,
    SupportCaseEntryCreate,
    SupportCaseEntryRead,
    SupportCaseRead,
    SupportCategory,
    SupportKind,
    SupportSeverity,
    SupportStatus,
)
from app.services import audit
from app.services.applications import disclosure
from app.services.applications.service import get_application
from app.services.common import raise_if_invalid
from app.services.notifications import service as notifications
from app.services.state_machine import StateMachine

St = SupportStatus
ABROAD = frozenset({ApplicationStage.departed, ApplicationStage.working})
NEXT_STATUSES: dict[SupportStatus, tuple[SupportStatus, ...]] = {
    St.open: (St.in_progress, St.resolved, St.closed),
    St.in_progress: (St.resolved, St.closed),
    St.resolved: (St.in_progress, St.closed),  # reopened when the fix did not hold
    St.closed: (),
}
MOVES = StateMachine(
    entity="support",
    word="status",
    moves=NEXT_STATUSES,
    history=SupportCaseEntry,
    owner_field="case_id",
)
# Complaints can hold health or abuse details: the audit trail records that the text
# changed, never the text itself.
PRIVATE_TEXT = ("description",)

define(
    {
        "support_placement_not_abroad": Message(
            "Placement not abroad",
            "Penempatan tidak sedang di luar negeri",
            "Support cases are logged while the worker is abroad (departed or working); "
            "application {id} is {stage}.",
            "Kasus pendampingan dicatat selama pekerja di luar negeri (berangkat atau bekerja); "
            "lamaran {id} berstatus {stage}.",
        ),
        "support_contact_staff_only": Message(
            "Support contacts are logged by officers",
            "Kontak pendampingan dicatat petugas",
            "A worker files a complaint; support contacts are logged by officers.",
            "Pekerja mengajukan pengaduan; kontak pendampingan dicatat oleh petugas.",
        ),
        "support_status_staff_only": Message(
            "Status moves are for officers",
            "Perubahan status wewenang petugas",
            "Only an officer moves a support case; add a note instead.",
            "Hanya petugas yang mengubah status kasus; tambahkan catatan saja.",
        ),
        "support_entry_empty": Message(
            "Nothing to record",
            "Tidak ada yang dicatat",
            "Give a note, a new status, or both.",
            "Isi catatan, status baru, atau keduanya.",
        ),
        "support_case_closed": Message(
            "Case closed",
            "Kasus ditutup",
            "Support case {id} is closed; open a new case if needed.",
            "Kasus {id} sudah ditutup; buka kasus baru bila perlu.",
        ),
        "support_transition_not_allowed": Message(
            "Status change not allowed",
            "Perubahan status tidak diizinkan",
            "A support case cannot move from {from_status} to {to_status}; allowed: {allowed}.",
            "Kasus tidak dapat berpindah dari {from_status} ke {to_status}; yang diizinkan: "
            "{allowed}.",
        ),
        "support_resolution_note_required": Message(
            "Say how it was resolved",
            "Sebutkan penyelesaiannya",
            "Resolving a case needs a note on what was done.",
            "Menyelesaikan kasus memerlukan catatan tentang apa yang dilakukan.",
        ),
        "support_case_changed": Message(
            "Changed meanwhile",
            "Sudah berubah",
            "The support case was changed by someone else meanwhile; read it again and retry.",
            "Kasus telah diubah pihak lain; baca ulang lalu coba lagi.",
        ),
    }
)


def _snapshot(case: SupportCase) -> dict[str, Any]:
    return {k: v for k, v in audit.snapshot(case).items() if k not in PRIVATE_TEXT}


def to_reads(session: Session, cases: Sequence[SupportCase]) -> list[SupportCaseRead]:
    """Read models for a page, with two queries whatever the page size."""
    ids = [c.id for c in cases]
    vacancies = dict(
        session.exec(
            select(Application.id, Application.vacancy_id).where(
                col(Application.id).in_({c.application_id for c in cases})
            )
        ).all()
    )
    entries: dict[int, list[SupportCaseEntryRead]] = {i: [] for i in ids if i is not None}
    for entry in session.exec(
        select(SupportCaseEntry)
        .where(col(SupportCaseEntry.case_id).in_(ids))
        .order_by(col(SupportCaseEntry.case_id), col(SupportCaseEntry.id))
    ):
        entries[entry.case_id].append(SupportCaseEntryRead.model_validate(entry))
    return [
        SupportCaseRead.model_validate(
            {
                **case.model_dump(),
                "vacancy_id": vacancies[case.application_id],
                "allowed_next_statuses": list(MOVES.allowed(SupportStatus(case.status))),
                "entries": entries[case.id or 0],
            }
        )
        for case in cases
    ]


def to_read(session: Session, case: SupportCase) -> SupportCaseRead:
    return to_reads(session, [case])[0]


def get_case(session: Session, case_id: int, viewer: Principal) -> SupportCase:
    """The case if the viewer may see its placement; 404 otherwise, so no id is confirmed."""
    case = session.get(SupportCase, case_id)
    if case is None:
        raise not_found("support_case")
    try:
        application = get_application(session, case.application_id, viewer)
    except ProblemError:
        raise not_found("support_case") from None
    _record_partner_read(session, viewer, application, [case])
    return case


def list_for_application(
    session: Session, application_id: int, viewer: Principal, page: PageParams
) -> tuple[list[SupportCase], str | None]:
    application = get_application(session, application_id, viewer)
    statement = select(SupportCase).where(SupportCase.application_id == application_id)
    cases, next_cursor = paginate(session, statement, SupportCase.id, page)
    _record_partner_read(session, viewer, application, cases)
    return cases, next_cursor


def _record_partner_read(
    session: Session, viewer: Principal, application: Application, cases: Sequence[SupportCase]
) -> None:
    """A complaint tells of the worker's life abroad: an agency's read of one is audited.

    Cases are opened from departure on, when the agency knows the person (`disclosure`)."""
    if cases:
        read = disclosure.PersonalRead(
            application.applicant_id,
            application.id or 0,
            disclosure.SUPPORT_CASE_FIELDS,
            support_cases=tuple(c.id or 0 for c in cases),
        )
        disclosure.record_reads(session, viewer, [read])


def list_cases(
    session: Session,
    page: PageParams,
    *,
    status: SupportStatus | None = None,
    category: SupportCategory | None = None,
    severity: SupportSeverity | None = None,
    applicant_id: int | None = None,
) -> tuple[list[SupportCase], str | None]:
    """Every case (officers), oldest first, filtered."""
    conditions = where_all(
        col(SupportCase.status) == status if status else None,
        col(SupportCase.category) == category if category else None,
        col(SupportCase.severity) == severity if severity else None,
        col(SupportCase.applicant_id) == applicant_id if applicant_id is not None else None,
    )
    return paginate(session, select(SupportCase).where(*conditions), SupportCase.id, page)


def create_case(
    session: Session, application_id: int, payload: SupportCaseCreate, actor: Principal
) -> SupportCase:
    """Open a case against a placement abroad: a worker's complaint, or an officer's record."""
    application = get_application(session, application_id, actor)
    if payload.kind == SupportKind.contact and not actor.is_staff:
        raise ProblemError(403, "support_contact_staff_only")
    stage = ApplicationStage(application.stage)
    if stage not in ABROAD:
        raise ProblemError(
            409, "support_placement_not_abroad", {"id": application_id, "stage": stage.value}
        )
    case = SupportCase(
        application_id=application_id,
        applicant_id=application.applicant_id,
        kind=payload.kind,
        category=payload.category,
        severity=payload.severity,
        description=payload.description,
        opened_by=actor.label,
    )
    session.add(case)
    session.flush()
    session.add(MOVES.history_row(case.id or 0, None, St.open, actor=actor.label))
    return audit.committed(
        session, case, actor.label, "create", "support_case", case.id or 0, None, _snapshot(case)
    )


def _check_entry(case: SupportCase, payload: SupportCaseEntryCreate, actor: Principal) -> None:
    """Empty (422), officer's move (403), closed or illegal move (409), resolution note (422)."""
    if payload.note is None and payload.to_status is None:
        raise_if_invalid([FieldError("note", "support_entry_empty")])
    if payload.to_status is not None and not actor.is_staff:
        raise ProblemError(403, "support_status_staff_only")
    current = SupportStatus(case.status)
    if current == St.closed:
        raise ProblemError(409, "support_case_closed", {"id": case.id})
    if payload.to_status is not None:
        MOVES.refuse_move(current, payload.to_status)
    if payload.to_status == St.resolved and payload.note is None:
        raise_if_invalid([FieldError("note", "support_resolution_note_required")])


def _notify_worker(session: Session, case: SupportCase, to_status: SupportStatus) -> None:
    status_id = {
        St.open: "dibuka",
        St.in_progress: "sedang ditangani",
        St.resolved: "diselesaikan",
        St.closed: "ditutup",
    }[to_status]
    status_en = to_status.value.replace("_", " ")
    notice = notifications.Notice(
        case.applicant_id,
        NotificationKind.support_case_changed,
        "support_case",
        case.id or 0,
        f"Support case {status_en}",
        f"Kasus pendampingan {status_id}",
        f"Your support case {case.id} ({case.category}) is now {status_en}.",
        f"Kasus pendampingan Anda {case.id} ({case.category}) sekarang {status_id}.",
    )
    notifications.add(session, [notice])


def add_entry(
    session: Session, case_id: int, payload: SupportCaseEntryCreate, actor: Principal
) -> SupportCase:
    """A follow-up note, a status move (officers), or both, in one entry."""
    case = get_case(session, case_id, actor)
    _check_entry(case, payload, actor)
    before = _snapshot(case)
    current = SupportStatus(case.status)
    values: dict[str, Any] = {"version": col(SupportCase.version) + 1, "updated_at": utcnow()}
    if payload.to_status is not None:
        values["status"] = payload.to_status.value
    try:
        # Guarded by the status and version read, so two officers' moves cannot both land.
        changed = session.execute(
            update(SupportCase)
            .where(col(SupportCase.id) == case_id, col(SupportCase.version) == case.version)
            .values(**values)
            .execution_options(synchronize_session=False)
        )
        if rowcount(changed) != 1:
            raise ProblemError(409, "support_case_changed")
        session.refresh(case)
        moved_from = current if payload.to_status else None
        session.add(
            MOVES.history_row(
                case_id, moved_from, payload.to_status, note=payload.note, actor=actor.label
            )
        )
        action = "transition" if payload.to_status else "note"
        audit.record(session, actor.label, action, "support_case", case_id, before, _snapshot(case))
        if payload.to_status is not None:
            _notify_worker(session, case, payload.to_status)
        session.commit()
    except Exception:
        session.rollback()
        raise
    session.refresh(case)
    return case
