"""Financing requests: who may file and see them, their rules, their state moves and history.

The limits and their sources are in `app.services.financing.limits`; the documents, state
table and the checks of a request in `app.services.financing.rules`; the read model in
`app.services.financing.reads`.
"""

from typing import Any

from sqlalchemy import update
from sqlmodel import Session, col, select

from app.core.db import rowcount
from app.core.errors import FieldError, ProblemError, not_found
from app.core.i18n import Message, define
from app.core.pagination import PageParams, paginate, where_all
from app.core.principal import Principal
from app.models.application import Application
from app.models.base import utcnow
from app.models.financing import (
    FinancingCreate,
    FinancingKind,
    FinancingRequest,
    FinancingState,
    FinancingStateChange,
    FinancingTransition,
    FinancingUpdate,
)
from app.models.partner import Partner
from app.models.vacancy import Vacancy
from app.services import audit
from app.services.applications.service import get_application
from app.services.common import raise_if_invalid
from app.services.financing.limits import KUR_PMI_MAX_RATE_BP
from app.services.financing.rules import (
    APPLICANT_MOVES,
    CLOSED_APPLICATION_STAGES,
    NEXT_STATES,
    REASON_REQUIRED,
    REGISTRATION_REQUIRED_FOR,
    REGISTRATION_STATES,
    check_request,
    next_states,
    parse_npwp,
    registration_errors,
)
from app.services.state_machine import StateMachine

K = FinancingKind
S = FinancingState

define(
    {
        "financing_application_closed": Message(
            "Application closed",
            "Lamaran sudah ditutup",
            "Application {id} is {stage}; it is no longer financed.",
            "Lamaran {id} berstatus {stage}; lamaran ini tidak lagi dibiayai.",
        ),
        "financing_transition_not_allowed": Message(
            "State change not allowed",
            "Perubahan status tidak diizinkan",
            "A financing request cannot move from {from_state} to {to_state}; allowed: {allowed}.",
            "Permohonan pembiayaan tidak dapat berpindah dari {from_state} ke {to_state}; "
            "yang diizinkan: {allowed}.",
        ),
        "financing_actor_not_allowed": Message(
            "Not yours to decide",
            "Bukan wewenang Anda",
            "Moving a financing request to {to_state} is for an officer (for the lender).",
            "Memindahkan permohonan pembiayaan ke {to_state} adalah wewenang petugas "
            "(atas nama pemberi pembiayaan).",
        ),
        "financing_reason_required": Message(
            "Reason required",
            "Alasan wajib diisi",
            "Say why the request is rejected or cancelled.",
            "Sebutkan alasan permohonan ditolak atau dibatalkan.",
        ),
        "financing_reason_not_used": Message(
            "Reason not used",
            "Alasan tidak dipakai",
            "A reason is given only when rejecting or cancelling.",
            "Alasan hanya diisi saat menolak atau membatalkan.",
        ),
        "financing_siskop2mi_required": Message(
            "SISKOP2MI registration missing",
            "Pendaftaran SISKOP2MI belum ada",
            "A KUR PMI loan is approved and disbursed only with the worker's SISKOP2MI "
            "registration reference recorded; missing: {missing}.",
            "Pinjaman KUR PMI hanya disetujui dan dicairkan bila nomor pendaftaran pekerja di "
            "SISKOP2MI sudah dicatat; yang belum ada: {missing}.",
        ),
        "financing_details_closed": Message(
            "Request decided",
            "Permohonan sudah diputuskan",
            "The request is {state}; its registrations are recorded until disbursement only.",
            "Permohonan berstatus {state}; data pendaftarannya hanya dicatat sampai pencairan.",
        ),
        "financing_changed": Message(
            "Changed meanwhile",
            "Sudah berubah",
            "The request was changed by someone else meanwhile; read it again and retry.",
            "Permohonan telah diubah pihak lain; baca ulang lalu coba lagi.",
        ),
    }
)


def _refuse_closed(application: Application) -> None:
    if application.stage in CLOSED_APPLICATION_STAGES:
        params = {"id": application.id, "stage": application.stage}
        raise ProblemError(409, "financing_application_closed", params)


def _job_order(session: Session, application: Application) -> Vacancy:
    vacancy = session.get(Vacancy, application.vacancy_id)
    if vacancy is None:  # pragma: no cover - the foreign key keeps it
        raise not_found("vacancy")
    return vacancy


def _lender(session: Session, lender_id: int | None) -> Partner | None:
    return session.get(Partner, lender_id) if lender_id is not None else None


# -- writes ------------------------------------------------------------------------------------


def create_financing(
    session: Session, application_id: int, payload: FinancingCreate, actor: Principal
) -> FinancingRequest:
    """A draft request for the application's applicant; nothing is stored if a rule fails."""
    application = get_application(session, application_id, actor)
    _refuse_closed(application)
    npwp, npwp_errors = parse_npwp(payload.npwp)
    request = FinancingRequest(
        applicant_id=application.applicant_id,
        application_id=application.id or 0,
        kind=payload.kind,
        lender_id=payload.lender_id,
        amount=payload.amount,
        term_months=payload.term_months,
        # KUR PMI is at most 6%: a rate left out is taken as the cap; above it is refused below.
        annual_rate_bp=(
            KUR_PMI_MAX_RATE_BP
            if payload.kind == K.kur_pmi and payload.annual_rate_bp is None
            else payload.annual_rate_bp
        ),
        purpose=payload.purpose or None,
        covers=[c.value for c in dict.fromkeys(payload.covers)],
        npwp=npwp,
        siskop2mi_ref=payload.siskop2mi_ref,
        created_by=actor.label,
    )
    vacancy = _job_order(session, application)
    lender = _lender(session, request.lender_id)
    raise_if_invalid(check_request(request, vacancy, lender) + npwp_errors)
    session.add(request)
    session.flush()
    session.add(MOVES.history_row(request.id or 0, None, S.draft, actor=actor.label))
    return audit.committed(
        session,
        request,
        actor.label,
        "create",
        "financing_request",
        request.id or 0,
        None,
        audit.snapshot(request),
    )


def _check_registered(request: FinancingRequest, to_state: FinancingState) -> None:
    """409 naming what a KUR PMI loan still lacks to be approved or disbursed."""
    if to_state not in REGISTRATION_REQUIRED_FOR or request.kind != K.kur_pmi:
        return
    missing = [] if request.siskop2mi_ref else ["siskop2mi_ref"]
    if missing:
        params = {"missing": ", ".join(missing)}
        raise ProblemError(409, "financing_siskop2mi_required", params, extra={"missing": missing})


def update_financing(
    session: Session, request_id: int, payload: FinancingUpdate, actor: Principal
) -> FinancingRequest:
    """Record or correct the NPWP and the SISKOP2MI reference until disbursement. Only the
    registrations are judged (a well-formed NPWP; a KUR PMI loan above Rp50 million keeps
    one): the rest of the request was judged when it was filed and submitted. Nothing is
    written if a rule fails."""
    request = get_financing(session, request_id, actor)
    if request.state not in REGISTRATION_STATES:
        raise ProblemError(409, "financing_details_closed", {"state": request.state})
    changes: dict[str, Any] = {}
    errors: list[FieldError] = []
    if "npwp" in payload.model_fields_set:
        changes["npwp"], errors = parse_npwp(payload.npwp)
    if "siskop2mi_ref" in payload.model_fields_set:
        changes["siskop2mi_ref"] = payload.siskop2mi_ref
    # Judged on a copy, so that the stored request is changed only by the guarded UPDATE.
    candidate = FinancingRequest.model_validate({**request.model_dump(), **changes})
    raise_if_invalid(registration_errors(candidate) + errors)
    changes = {k: v for k, v in changes.items() if getattr(request, k) != v}
    if not changes:
        return request
    before = audit.snapshot(request)
    # Conditional on the version read: a concurrent move or change makes this a 409.
    changed = session.execute(
        update(FinancingRequest)
        .where(
            col(FinancingRequest.id) == request_id,
            col(FinancingRequest.version) == request.version,
            col(FinancingRequest.state).in_(REGISTRATION_STATES),
        )
        .values(**changes, version=request.version + 1, updated_at=utcnow())
    )
    if rowcount(changed) != 1:
        session.rollback()
        raise ProblemError(409, "financing_changed")
    session.flush()
    session.refresh(request)
    after = audit.snapshot(request)
    return audit.committed(
        session, request, actor.label, "update", "financing_request", request_id, before, after
    )


# Officers make every move; the person files, submits and cancels their own request.
MOVES = StateMachine(
    entity="financing",
    word="state",
    moves=NEXT_STATES,
    history=FinancingStateChange,
    owner_field="request_id",
    movers={
        state: frozenset({"officer", "applicant"} if state in APPLICANT_MOVES else {"officer"})
        for state in FinancingState
    },
    reason_required=REASON_REQUIRED,
)


def _actor(actor: Principal) -> str | None:
    if actor.is_staff:
        return "officer"
    return "applicant" if actor.kind == "user" else None


def transition_financing(
    session: Session, request_id: int, payload: FinancingTransition, actor: Principal
) -> FinancingRequest:
    """One legal move (409 naming the allowed ones), by its actor (403), with its reason (422).

    Submitting judges the request again against its job order as it is now.
    """
    request = get_financing(session, request_id, actor)
    current = FinancingState(request.state)
    allowed = next_states(current, request.term_months is not None)
    MOVES.check(current, payload.to_state, _actor(actor), payload.reason, allowed)
    closing = payload.to_state in REASON_REQUIRED
    if payload.to_state == S.submitted:
        application = session.get(Application, request.application_id)
        assert application is not None  # the foreign key keeps it
        _refuse_closed(application)
        vacancy = _job_order(session, application)
        raise_if_invalid(check_request(request, vacancy, _lender(session, request.lender_id)))
    _check_registered(request, payload.to_state)
    before = audit.snapshot(request)
    now = utcnow()
    # Conditional on the state read above: of two concurrent moves, one wins, one gets a 409.
    moved = session.execute(
        update(FinancingRequest)
        .where(col(FinancingRequest.id) == request_id, col(FinancingRequest.state) == current)
        .values(
            state=payload.to_state,
            reason=payload.reason if closing else request.reason,
            version=FinancingRequest.version + 1,
            updated_at=now,
        )
    )
    if rowcount(moved) != 1:
        session.rollback()
        raise ProblemError(409, "financing_changed")
    session.add(
        MOVES.history_row(
            request_id, current, payload.to_state, reason=payload.reason, actor=actor.label, at=now
        )
    )
    session.flush()
    session.refresh(request)
    return audit.committed(
        session,
        request,
        actor.label,
        "transition",
        "financing_request",
        request_id,
        before,
        audit.snapshot(request),
    )


# -- reads -------------------------------------------------------------------------------------


def get_financing(session: Session, request_id: int, viewer: Principal) -> FinancingRequest:
    """The request if the viewer may see it: the applicant's own, or any for staff; else 404."""
    request = session.get(FinancingRequest, request_id)
    if request is None:
        raise not_found("financing_request")
    if viewer.is_staff:
        return request
    if viewer.kind == "user" and viewer.applicant_id == request.applicant_id:
        return request
    raise not_found("financing_request")


def list_for_application(
    session: Session, application_id: int, viewer: Principal
) -> list[FinancingRequest]:
    application = get_application(session, application_id, viewer)
    statement = (
        select(FinancingRequest)
        .where(FinancingRequest.application_id == application.id)
        .order_by(col(FinancingRequest.id))
    )
    return list(session.exec(statement))


def list_financing(
    session: Session,
    page: PageParams,
    *,
    state: FinancingState | None = None,
    kind: FinancingKind | None = None,
    lender_id: int | None = None,
) -> tuple[list[FinancingRequest], str | None]:
    conditions = where_all(
        col(FinancingRequest.state) == state if state else None,
        col(FinancingRequest.kind) == kind if kind else None,
        col(FinancingRequest.lender_id) == lender_id if lender_id is not None else None,
    )
    statement = select(FinancingRequest).where(*conditions)
    return paginate(session, statement, FinancingRequest.id, page)
