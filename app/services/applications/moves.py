"""Stage moves of applications: who may make each move, the job order's quota, the history.

Locks are taken in one order everywhere (applicant, then applications, then the vacancy) so
that concurrent moves on PostgreSQL wait for each other instead of deadlocking.
"""

from typing import Any, Literal, NamedTuple

from sqlalchemy import update
from sqlalchemy.orm.attributes import set_committed_value
from sqlmodel import Session, col, select

from app.core import clock
from app.core.concurrency import etag
from app.core.db import for_update, rowcount
from app.core.errors import ProblemError
from app.core.i18n import Message, define
from app.core.principal import Principal
from app.models.applicant import Applicant, ApplicantStatus
from app.models.application import (
    Application,
    ApplicationStage,
    ApplicationStageChange,
    ApplicationTransition,
)
from app.models.base import utcnow
from app.models.identity import Scope
from app.models.webhook import WebhookEventType
from app.services import audit
from app.services import changes as change_log
from app.services.applications import quota
from app.services.applications.documents import gate as document_gate
from app.services.applications.service import active_placement, get_application
from app.services.applications.stages import CLOSING_STAGES, NEXT_STAGES, OPEN_STAGES, QUOTA_STAGES
from app.services.common import apply_changes
from app.services.notifications import service as notifications
from app.services.state_machine import StateMachine
from app.services.webhooks import events

S = ApplicationStage
Actor = Literal["agency", "officer", "applicant"]
# Who may move an application INTO each stage (the legal "from" stages are in NEXT_STAGES).
# The agency owning the job order runs its selection; officers can do the same and alone
# verify documents and record departure, work and return; the person may always withdraw.
MOVE_ACTORS: dict[ApplicationStage, frozenset[Actor]] = {
    S.shortlisted: frozenset({"agency", "officer"}),
    S.interviewed: frozenset({"agency", "officer"}),
    S.selected: frozenset({"agency", "officer"}),
    S.rejected: frozenset({"agency", "officer"}),
    S.documents: frozenset({"officer"}),
    S.departed: frozenset({"officer"}),
    S.working: frozenset({"officer"}),
    S.returned: frozenset({"officer"}),
    S.withdrawn: frozenset({"applicant", "officer"}),
    S.matched: frozenset(),  # only ever the first stage
}
SELECTED_ELSEWHERE = "selected_elsewhere"
MOVES = StateMachine(
    entity="application",
    word="stage",
    moves=NEXT_STAGES,
    history=ApplicationStageChange,
    owner_field="application_id",
    movers=MOVE_ACTORS,
    reason_required=CLOSING_STAGES,
)

define(
    {
        "application_transition_not_allowed": Message(
            "Stage change not allowed",
            "Perubahan tahap tidak diizinkan",
            "An application cannot move from {from_stage} to {to_stage}; allowed: {allowed}.",
            "Lamaran tidak dapat berpindah dari {from_stage} ke {to_stage}; yang diizinkan: "
            "{allowed}.",
        ),
        "application_actor_not_allowed": Message(
            "Not yours to move",
            "Bukan wewenang Anda",
            "Moving an application to {to_stage} is for: {actors}.",
            "Memindahkan lamaran ke {to_stage} adalah wewenang: {actors}.",
        ),
        "application_reason_required": Message(
            "Reason required",
            "Alasan wajib diisi",
            "Say why the application is withdrawn or rejected.",
            "Sebutkan alasan lamaran ditarik atau ditolak.",
        ),
        "application_reason_not_used": Message(
            "Reason not used",
            "Alasan tidak dipakai",
            "A reason is given only when withdrawing or rejecting.",
            "Alasan hanya diisi saat menarik atau menolak lamaran.",
        ),
        "application_changed": Message(
            "Changed meanwhile",
            "Sudah berubah",
            "The application was changed by someone else meanwhile; read it again and retry.",
            "Lamaran telah diubah pihak lain; baca ulang lalu coba lagi.",
        ),
    }
)


def _actor(principal: Principal) -> Actor | None:
    if principal.is_staff:
        return "officer"
    if principal.kind == "client":
        # Visibility (its own job orders only) is settled before this is asked.
        return "agency" if Scope.applications_write.value in principal.scopes else None
    return "applicant"


def _check_request(
    current: ApplicationStage, payload: ApplicationTransition, principal: Principal
) -> None:
    """Legal move (409), then the right actor (403), then the reason (422): nothing written."""
    MOVES.check(current, payload.to_stage, _actor(principal), payload.reason)


class Moved(NamedTuple):
    """What the feed needs of a moved application: its version after the move and the
    agency owning its job order; and whether the job order's quota (so its version) changed."""

    version: int
    agency_id: int
    quota_changed: bool


def _move(
    session: Session,
    application: Application,
    to_stage: ApplicationStage,
    actor_label: str,
    reason: str | None = None,
    note: str | None = None,
) -> "Moved":
    """Change the stage, the quota and the history; the caller commits."""
    before = audit.snapshot(application)
    from_stage = ApplicationStage(application.stage)
    application_id = application.id or 0
    # Guarded by the version read, so two moves racing from the same stage cannot both
    # succeed (SQLite takes no row locks; on PostgreSQL the row is locked already).
    values = {
        "stage": to_stage.value,
        "reason": reason if to_stage in CLOSING_STAGES else None,
        "version": application.version + 1,
        "updated_at": utcnow(),
    }
    moved = session.execute(
        update(Application)
        .where(
            col(Application.id) == application_id, col(Application.version) == application.version
        )
        .values(**values)
        .execution_options(synchronize_session=False)
    )
    if rowcount(moved) != 1:
        raise ProblemError(409, "application_changed")
    # The row now holds exactly these values (the version guard saw the one we read, and
    # the row is ours until commit): set them as loaded instead of reading the row back.
    for name, value in values.items():
        set_committed_value(application, name, value)
    # The owning agency hears of it in the same transaction (outbox); no personal data;
    # before the quota, so that `vacancy.filled` follows the move that filled it.
    owner = quota.vacancy_owner(session, application.vacancy_id)
    data = {
        "application_id": application_id,
        "vacancy_id": application.vacancy_id,
        "external_id": owner.external_id,
        "from_stage": from_stage.value,
        "to_stage": to_stage.value,
    }
    events.emit(session, owner.agency_id, WebhookEventType.application_stage_changed, data)
    notifications.application_moved(session, application, from_stage, to_stage, reason, owner.job)
    quota_changed = True
    if to_stage == S.selected:
        quota.take_opening(session, application.vacancy_id, actor_label)
    elif to_stage in CLOSING_STAGES and from_stage in QUOTA_STAGES:
        quota.free_opening(session, application.vacancy_id, actor_label)
    else:
        quota_changed = False
    outcome = Moved(application.version, owner.agency_id, quota_changed)
    closing_reason = reason if to_stage in CLOSING_STAGES else None
    session.add(
        MOVES.history_row(
            application_id,
            from_stage,
            to_stage,
            reason=closing_reason,
            actor=actor_label,
            note=note,
        )
    )
    audit.record(
        session,
        actor_label,
        "transition",
        "application",
        application_id,
        before,
        audit.snapshot(application),
    )
    return outcome


def _lock(
    session: Session, application_id: int, applicant_id: int
) -> tuple[Applicant, Application]:
    applicant = session.exec(
        for_update(select(Applicant).where(Applicant.id == applicant_id))
    ).one()
    application = session.exec(
        for_update(select(Application).where(Application.id == application_id))
    ).one()
    return applicant, application


def _close_other_applications(
    session: Session, application: Application, actor_label: str
) -> dict[int, Moved]:
    """A person selected for one job order leaves the others' pipelines."""
    others = session.exec(
        for_update(
            select(Application)
            .where(
                Application.applicant_id == application.applicant_id,
                col(Application.id) != application.id,
                col(Application.stage).in_(OPEN_STAGES),
            )
            .order_by(col(Application.id))
        )
    ).all()
    note = f"selected for job order {application.vacancy_id} (application {application.id})"
    return {
        other.id or 0: _move(session, other, S.withdrawn, actor_label, SELECTED_ELSEWHERE, note)
        for other in others
    }


def _update_applicant_status(
    session: Session, applicant: Applicant, to_stage: ApplicationStage, actor_label: str
) -> None:
    status = {S.departed: ApplicantStatus.placed, S.returned: ApplicantStatus.returned}.get(
        to_stage
    )
    if status is None:
        return
    changes: dict[str, Any] = {"status": status.value} if applicant.status != status else {}
    if to_stage == S.returned and applicant.fast_track_since is None:
        # A returning worker keeps the flag, from the first return on, through later
        # placements: their record carries over for the fast track.
        changes["fast_track_since"] = clock.today()
    if not changes:
        return
    before = audit.snapshot(applicant)
    apply_changes(applicant, changes)
    session.add(applicant)
    audit.record(
        session,
        actor_label,
        "update",
        "applicant",
        applicant.id or 0,
        before,
        audit.snapshot(applicant),
    )


def _log_changes(session: Session, moved: dict[int, Moved]) -> None:
    """Feed entries for the moved applications and the job orders whose quota changed."""
    quota_ids = [i for i, m in moved.items() if m.quota_changed]
    if quota_ids:
        vacancy_ids = session.exec(
            select(Application.vacancy_id).where(col(Application.id).in_(quota_ids))
        ).all()
        change_log.log_vacancy_ids(session, vacancy_ids)
    # Each move read its application back and its job order's agency: nothing to look up.
    session.flush()  # the history and audit rows, before the commit-order lock is taken
    change_log.log(
        session,
        [
            change_log.application_row(application_id, m.agency_id, m.version)
            for application_id, m in sorted(moved.items())
        ],
    )


def transition_application(
    session: Session,
    application_id: int,
    payload: ApplicationTransition,
    actor: Principal,
    if_match_version: int | None = None,
) -> Application:
    """Move an application one legal step, by an actor allowed to make that move.

    `if_match_version` is the version the caller's If-Match named: compared again under the
    row lock, where no other move can slip in between."""
    application = get_application(session, application_id, actor)
    _check_request(ApplicationStage(application.stage), payload, actor)
    current_version = application.version
    try:
        applicant, application = _lock(session, application_id, application.applicant_id)
        if if_match_version is not None and application.version != if_match_version:
            current = etag(application_id, application.version)
            raise ProblemError(
                412, "precondition_failed", {"etag": current}, headers={"ETag": current}
            )
        if application.version != current_version:
            # Moved by someone else between the check and the lock: judge the move again.
            _check_request(ApplicationStage(application.stage), payload, actor)
        if payload.to_stage == S.departed:
            document_gate.check_departure(session, application)  # under the lock
        moved = {
            application_id: _move(
                session, application, payload.to_stage, actor.label, payload.reason, payload.note
            )
        }
        if payload.to_stage == S.selected:
            # Checked after our own write, which on SQLite holds the database's write lock,
            # so a concurrent selection of the same person is already committed and seen.
            placed = active_placement(session, application.applicant_id, application_id)
            if placed is not None:
                params = {"applicant_id": application.applicant_id, "id": placed}
                raise ProblemError(409, "application_already_placed", params)
            moved |= _close_other_applications(session, application, actor.label)
        _update_applicant_status(session, applicant, payload.to_stage, actor.label)
        _log_changes(session, moved)
        session.commit()
    except Exception:
        session.rollback()
        raise
    # As committed: `_move` read the row back after its UPDATE, and nothing wrote it since.
    return application
