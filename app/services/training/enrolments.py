"""Enrolments in training cohorts: seats, withdrawals, and the completions providers report.

A seat is taken with one conditional UPDATE (`enrolled < seats`) and given back the same way,
never by reading a count and writing it back: the row lock of the UPDATE on PostgreSQL, and
the database write lock on SQLite, make concurrent enrolments re-check the condition one
after another, so a cohort never holds more enrolments than seats.
"""

from datetime import date
from typing import Any

from sqlalchemy import update
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from app.core import clock
from app.core.db import rowcount
from app.core.errors import FieldError, ProblemError, not_found
from app.core.i18n import Message, define
from app.core.pagination import PageParams, paginate, where_all
from app.core.principal import Principal
from app.models.applicant import Applicant
from app.models.base import utcnow
from app.models.credential import KIND_OF_TYPE, Credential, CredentialType, Verification
from app.models.partner import Partner
from app.models.training import (
    Cohort,
    CohortStatus,
    CompletionReport,
    Enrolment,
    EnrolmentCreate,
    EnrolmentStatus,
    ProgrammeStatus,
    TrainingProgramme,
)
from app.models.webhook import WebhookEventType
from app.services import audit
from app.services.applicants.credentials import LEVELS, SCORED, canonical_field, check_rules
from app.services.applicants.service import get_applicant
from app.services.common import raise_if_invalid
from app.services.matching.validity import validity_limit
from app.services.training.programmes import get_cohort, owned_cohort
from app.services.webhooks import events

define(
    {
        "enrolment_applicant_required": Message(
            "Applicant required",
            "Pencari kerja wajib",
            "Name the applicant to enrol.",
            "Sebutkan pencari kerja yang didaftarkan.",
        ),
        "enrolment_consent_missing": Message(
            "Consent required",
            "Persetujuan diperlukan",
            "The applicant has not consented to the processing of their data (Law 27/2022); "
            "their data cannot go to a training provider.",
            "Pencari kerja belum menyetujui pemrosesan datanya (UU 27/2022); datanya tidak "
            "dapat diberikan ke lembaga pelatihan.",
        ),
        "enrolment_exists": Message(
            "Already enrolled",
            "Sudah terdaftar",
            "Applicant {applicant_id} is already enrolled in cohort {cohort_id}.",
            "Pencari kerja {applicant_id} sudah terdaftar di angkatan {cohort_id}.",
        ),
        "cohort_full": Message(
            "Cohort full",
            "Angkatan penuh",
            "Every seat of cohort {id} is taken.",
            "Semua kursi angkatan {id} sudah terisi.",
        ),
        "cohort_not_open": Message(
            "Cohort not open",
            "Angkatan tidak dibuka",
            "Cohort {id} does not take enrolments.",
            "Angkatan {id} tidak menerima pendaftaran.",
        ),
        "enrolment_not_active": Message(
            "Enrolment not active",
            "Pendaftaran tidak aktif",
            "Enrolment {id} is {status}; only an active enrolment can change.",
            "Pendaftaran {id} berstatus {status}; hanya pendaftaran aktif yang dapat diubah.",
        ),
        "result_invalid": Message(
            "Invalid result",
            "Hasil tidak valid",
            "{type} results: {expected}.",
            "Hasil {type}: {expected}.",
        ),
        "completed_out_of_range": Message(
            "Completion date out of range",
            "Tanggal selesai di luar rentang",
            "A completion is on or after the cohort's start ({starts_on}) and not after today.",
            "Tanggal selesai sama dengan atau setelah awal angkatan ({starts_on}) dan tidak "
            "setelah hari ini.",
        ),
    }
)


def _applicant_to_enrol(session: Session, payload: EnrolmentCreate, actor: Principal) -> Applicant:
    if actor.is_staff:
        if payload.applicant_id is None:
            raise_if_invalid([FieldError("applicant_id", "enrolment_applicant_required")])
        return get_applicant(session, payload.applicant_id or 0, actor)
    # A job seeker enrols themself only: naming someone else finds nobody (404).
    return get_applicant(session, payload.applicant_id or actor.applicant_id or 0, actor)


def _take_seat(session: Session, cohort: Cohort) -> None:
    taken = session.execute(
        update(Cohort)
        .where(
            col(Cohort.id) == cohort.id,
            col(Cohort.status) == CohortStatus.open,
            col(Cohort.enrolled) < col(Cohort.seats),
        )
        .values(enrolled=col(Cohort.enrolled) + 1, updated_at=utcnow())
        .execution_options(synchronize_session=False)
    )
    if rowcount(taken) == 1:
        return
    session.rollback()
    session.refresh(cohort)
    if cohort.status != CohortStatus.open:
        raise ProblemError(409, "cohort_not_open", {"id": cohort.id})
    raise ProblemError(409, "cohort_full", {"id": cohort.id})


def _free_seat(session: Session, cohort_id: int) -> None:
    session.execute(
        update(Cohort)
        .where(col(Cohort.id) == cohort_id, col(Cohort.enrolled) > 0)
        .values(enrolled=col(Cohort.enrolled) - 1, updated_at=utcnow())
        .execution_options(synchronize_session=False)
    )


def enrol(
    session: Session, cohort_id: int, payload: EnrolmentCreate, actor: Principal
) -> Enrolment:
    cohort = get_cohort(session, cohort_id)
    applicant = _applicant_to_enrol(session, payload, actor)
    if applicant.consent_given_at is None:
        raise ProblemError(409, "enrolment_consent_missing")
    programme = session.get(TrainingProgramme, cohort.programme_id)
    if programme is None or programme.status != ProgrammeStatus.active:
        raise ProblemError(409, "cohort_not_open", {"id": cohort_id})
    params = {"applicant_id": applicant.id, "cohort_id": cohort_id}
    existing = session.exec(
        select(Enrolment).where(
            Enrolment.cohort_id == cohort_id, Enrolment.applicant_id == applicant.id
        )
    ).first()
    if existing is not None and existing.status != EnrolmentStatus.withdrawn:
        raise ProblemError(409, "enrolment_exists", params, extra={"enrolment_id": existing.id})
    _take_seat(session, cohort)
    if existing is not None:
        # Someone who withdrew may come back: the same row, a new seat.
        enrolment = existing
        before = audit.snapshot(enrolment)
        enrolment.status = EnrolmentStatus.enrolled
        enrolment.withdrawn_at = None
        enrolment.enrolled_at = enrolment.updated_at = utcnow()
        enrolment.enrolled_by = actor.label
        action = "update"
    else:
        before = None
        enrolment = Enrolment(
            cohort_id=cohort_id, applicant_id=applicant.id or 0, enrolled_by=actor.label
        )
        action = "create"
    session.add(enrolment)
    try:
        session.flush()
    except IntegrityError:
        # A concurrent enrolment of the same person won; our seat goes back with the rollback.
        session.rollback()
        raise ProblemError(409, "enrolment_exists", params) from None
    # The programme's provider hears of it in the same transaction (outbox); ids only.
    data = _event_data(enrolment, programme)
    events.emit(session, programme.provider_id, WebhookEventType.enrolment_created, data)
    return audit.committed(
        session,
        enrolment,
        actor.label,
        action,
        "enrolment",
        enrolment.id or 0,
        before,
        audit.snapshot(enrolment),
    )


def _event_data(enrolment: Enrolment, programme: TrainingProgramme) -> dict[str, Any]:
    """The ids an enrolment's webhook events carry (app/services/webhooks/events.py)."""
    return {
        "enrolment_id": enrolment.id,
        "programme_id": programme.id,
        "cohort_id": enrolment.cohort_id,
        "applicant_id": enrolment.applicant_id,
    }


def _programme_of(session: Session, enrolment: Enrolment) -> TrainingProgramme:
    cohort = get_cohort(session, enrolment.cohort_id)
    programme = session.get(TrainingProgramme, cohort.programme_id)
    assert programme is not None  # the foreign key guarantees it
    return programme


def get_enrolment(session: Session, enrolment_id: int, viewer: Principal) -> Enrolment:
    """An enrolment the viewer may see: their own, their programme's, or any for staff."""
    enrolment = session.get(Enrolment, enrolment_id)
    if enrolment is None:
        raise not_found("enrolment")
    if viewer.kind == "client":
        visible = _programme_of(session, enrolment).provider_id == viewer.partner_id
    else:
        visible = viewer.is_staff or viewer.applicant_id == enrolment.applicant_id
    if not visible:
        raise not_found("enrolment")
    return enrolment


def _close(session: Session, enrolment: Enrolment, **values: Any) -> None:
    """Move an active enrolment on, only if it is still active when the UPDATE runs."""
    moved = session.execute(
        update(Enrolment)
        .where(col(Enrolment.id) == enrolment.id, col(Enrolment.status) == EnrolmentStatus.enrolled)
        .values(**values, updated_at=utcnow())
        .execution_options(synchronize_session=False)
    )
    if rowcount(moved) == 1:
        return
    session.rollback()
    session.refresh(enrolment)
    raise ProblemError(
        409, "enrolment_not_active", {"id": enrolment.id, "status": enrolment.status}
    )


def withdraw(session: Session, enrolment_id: int, actor: Principal) -> Enrolment:
    enrolment = get_enrolment(session, enrolment_id, actor)
    before = audit.snapshot(enrolment)
    _close(session, enrolment, status=EnrolmentStatus.withdrawn, withdrawn_at=utcnow())
    _free_seat(session, enrolment.cohort_id)
    session.refresh(enrolment)
    return audit.committed(
        session,
        enrolment,
        actor.label,
        "update",
        "enrolment",
        enrolment_id,
        before,
        audit.snapshot(enrolment),
    )


def _check_result(kind: CredentialType, payload: CompletionReport, starts_on: date) -> None:
    errors: list[FieldError] = []
    params: dict[str, Any] = {"type": kind.value}
    if kind in LEVELS:
        allowed = LEVELS[kind]
        level_ok = payload.result_level in allowed or (
            not payload.passed and payload.result_level is None
        )
        if not level_ok:
            expected = {"expected": f"result_level among {', '.join(allowed)}"}
            errors.append(FieldError("result_level", "result_invalid", params | expected))
    elif payload.result_level is not None:
        errors.append(
            FieldError("result_level", "result_invalid", params | {"expected": "no level"})
        )
    if kind in SCORED and payload.passed and payload.result_score is None:
        errors.append(
            FieldError("result_score", "result_invalid", params | {"expected": "a score"})
        )
    if kind not in SCORED and payload.result_score is not None:
        errors.append(
            FieldError("result_score", "result_invalid", params | {"expected": "no score"})
        )
    if not starts_on <= payload.completed_on <= clock.today():
        dates = {"starts_on": starts_on.isoformat()}
        errors.append(FieldError("completed_on", "completed_out_of_range", dates))
    raise_if_invalid(errors)


def _credential(
    programme: TrainingProgramme, provider: Partner, enrolment: Enrolment, r: CompletionReport
) -> Credential:
    kind = CredentialType(programme.credential_type)
    expires_on = validity_limit(kind, r.completed_on)
    credential = Credential(
        applicant_id=enrolment.applicant_id,
        kind=KIND_OF_TYPE[kind],
        type=kind,
        level=r.result_level,
        score=r.result_score,
        field=canonical_field(kind, programme.credential_field),
        issuer=provider.name,
        certificate_number=r.certificate_number,
        issued_on=r.completed_on,
        expires_on=expires_on,
        # Reported by the provider that examined the person: no paper for the office to check.
        verification=Verification.verified,
        verified_at=utcnow(),
    )
    check_rules(credential)
    return credential


def report_completion(
    session: Session, enrolment_id: int, payload: CompletionReport, actor: Principal
) -> Enrolment:
    """The provider's result: a pass becomes a verified credential of the applicant."""
    enrolment = get_enrolment(session, enrolment_id, actor)
    programme = _programme_of(session, enrolment)
    cohort = get_cohort(session, enrolment.cohort_id)
    if enrolment.status != EnrolmentStatus.enrolled:
        params = {"id": enrolment_id, "status": enrolment.status}
        raise ProblemError(409, "enrolment_not_active", params)
    _check_result(CredentialType(programme.credential_type), payload, cohort.starts_on)
    before = audit.snapshot(enrolment)
    credential_id = None
    if payload.passed:
        provider = session.get(Partner, programme.provider_id)
        assert provider is not None  # the foreign key guarantees it
        credential = _credential(programme, provider, enrolment, payload)
        session.add(credential)
        session.flush()
        credential_id = credential.id
        audit.record(
            session,
            actor.label,
            "create",
            "credential",
            credential_id or 0,
            None,
            audit.snapshot(credential),
        )
    _close(
        session,
        enrolment,
        status=EnrolmentStatus.completed if payload.passed else EnrolmentStatus.failed,
        result_level=payload.result_level,
        result_score=payload.result_score,
        credential_id=credential_id,
        completed_on=payload.completed_on,
        reported_at=utcnow(),
    )
    session.refresh(enrolment)
    data = _event_data(enrolment, programme) | {
        "passed": payload.passed,
        "credential_id": credential_id,
    }
    events.emit(session, programme.provider_id, WebhookEventType.completion_recorded, data)
    return audit.committed(
        session,
        enrolment,
        actor.label,
        "update",
        "enrolment",
        enrolment_id,
        before,
        audit.snapshot(enrolment),
    )


def list_enrolments(
    session: Session, cohort_id: int, viewer: Principal, page: PageParams
) -> tuple[list[Enrolment], str | None]:
    owned_cohort(session, cohort_id, viewer)
    statement = select(Enrolment).where(Enrolment.cohort_id == cohort_id)
    return paginate(session, statement, Enrolment.id, page)


def list_enrolments_of(
    session: Session,
    viewer: Principal,
    page: PageParams,
    *,
    applicant_id: int | None = None,
    status: EnrolmentStatus | None = None,
) -> tuple[list[Enrolment], str | None]:
    """Enrolments across cohorts: a job seeker's own (whatever `applicant_id` says), or any
    person's for officers; newest last, by id."""
    if not viewer.is_staff:
        applicant_id = viewer.applicant_id if viewer.applicant_id is not None else -1
    statement = select(Enrolment).where(
        *where_all(
            col(Enrolment.applicant_id) == applicant_id if applicant_id is not None else None,
            col(Enrolment.status) == status.value if status is not None else None,
        )
    )
    return paginate(session, statement, Enrolment.id, page)
