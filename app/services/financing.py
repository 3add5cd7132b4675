"""Financing requests: who may file and see them, their rules, their state moves and history.

The limits, documents, state table and the checks of a request are in
`app.services.financing_rules`.
"""

from collections.abc import Sequence
from typing import Any

from sqlalchemy import update
from sqlmodel import Session, col, select

from app.auth import Principal
from app.db import rowcount
from app.errors import FieldError, ProblemError, not_found
from app.i18n import Message, define
from app.models.application import Application
from app.models.base import utcnow
from app.models.document import ApplicationDocument, DocumentKind
from app.models.financing import (
    FinancingCreate,
    FinancingKind,
    FinancingRead,
    FinancingRequest,
    FinancingState,
    FinancingStateChange,
    FinancingStateChangeRead,
    FinancingTransition,
    RequiredDocument,
)
from app.models.partner import Partner
from app.models.vacancy import Vacancy
from app.pagination import PageParams, paginate, where_all
from app.services import audit
from app.services.applications import get_application
from app.services.common import raise_if_invalid
from app.services.financing_rules import (
    APPLICANT_MOVES,
    CLOSED_APPLICATION_STAGES,
    KUR_PMI_RATE_BP,
    REASON_REQUIRED,
    check_request,
    monthly_instalment,
    next_states,
    required_documents,
)

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
    request = FinancingRequest(
        applicant_id=application.applicant_id,
        application_id=application.id or 0,
        kind=payload.kind,
        lender_id=payload.lender_id,
        amount=payload.amount,
        term_months=payload.term_months,
        # KUR PMI is always at 6%: a rate left out is that; another one is refused below.
        annual_rate_bp=(
            KUR_PMI_RATE_BP
            if payload.kind == K.kur_pmi and payload.annual_rate_bp is None
            else payload.annual_rate_bp
        ),
        purpose=payload.purpose or None,
        covers=[c.value for c in dict.fromkeys(payload.covers)],
        created_by=actor.label,
    )
    vacancy = _job_order(session, application)
    raise_if_invalid(check_request(request, vacancy, _lender(session, request.lender_id)))
    session.add(request)
    session.flush()
    session.add(
        FinancingStateChange(request_id=request.id or 0, to_state=S.draft, actor=actor.label)
    )
    audit.record(
        session,
        actor.label,
        "create",
        "financing_request",
        request.id or 0,
        None,
        audit.snapshot(request),
    )
    session.commit()
    session.refresh(request)
    return request


def _actor_may(actor: Principal, to_state: FinancingState) -> bool:
    return actor.is_staff or (actor.kind == "user" and to_state in APPLICANT_MOVES)


def transition_financing(
    session: Session, request_id: int, payload: FinancingTransition, actor: Principal
) -> FinancingRequest:
    """One legal move (409 naming the allowed ones), by its actor (403), with its reason (422).

    Submitting judges the request again against its job order as it is now.
    """
    request = get_financing(session, request_id, actor)
    current = FinancingState(request.state)
    allowed = next_states(current, request.term_months is not None)
    if payload.to_state not in allowed:
        names = [s.value for s in allowed]
        params = {
            "from_state": current.value,
            "to_state": payload.to_state.value,
            "allowed": ", ".join(names) or "-",
        }
        raise ProblemError(
            409, "financing_transition_not_allowed", params, extra={"allowed_next_states": names}
        )
    if not _actor_may(actor, payload.to_state):
        raise ProblemError(403, "financing_actor_not_allowed", {"to_state": payload.to_state})
    closing = payload.to_state in REASON_REQUIRED
    if closing and not payload.reason:
        raise_if_invalid([FieldError("reason", "financing_reason_required")])
    if not closing and payload.reason:
        raise_if_invalid([FieldError("reason", "financing_reason_not_used")])
    if payload.to_state == S.submitted:
        application = session.get(Application, request.application_id)
        assert application is not None  # the foreign key keeps it
        _refuse_closed(application)
        vacancy = _job_order(session, application)
        raise_if_invalid(check_request(request, vacancy, _lender(session, request.lender_id)))
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
        FinancingStateChange(
            request_id=request_id,
            from_state=current,
            to_state=payload.to_state,
            reason=payload.reason,
            actor=actor.label,
            at=now,
        )
    )
    session.flush()
    session.refresh(request)
    audit.record(
        session,
        actor.label,
        "transition",
        "financing_request",
        request_id,
        before,
        audit.snapshot(request),
    )
    session.commit()
    session.refresh(request)
    return request


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


def _history(session: Session, ids: Sequence[int]) -> dict[int, list[FinancingStateChange]]:
    found: dict[int, list[FinancingStateChange]] = {i: [] for i in ids}
    if not ids:
        return found
    rows = session.exec(
        select(FinancingStateChange)
        .where(col(FinancingStateChange.request_id).in_(ids))
        .order_by(col(FinancingStateChange.id))
    )
    for row in rows:
        found[row.request_id].append(row)
    return found


def _documents(
    session: Session, requests: Sequence[FinancingRequest]
) -> dict[tuple[int, str], ApplicationDocument]:
    """The placement documents of the financed applications, by (application, kind)."""
    application_ids = {r.application_id for r in requests}
    if not application_ids:
        return {}
    rows = session.exec(
        select(ApplicationDocument).where(
            col(ApplicationDocument.application_id).in_(application_ids)
        )
    )
    return {(d.application_id, d.kind): d for d in rows}


def _required(
    request: FinancingRequest, held: dict[tuple[int, str], ApplicationDocument]
) -> list[RequiredDocument]:
    """Each document the lender needs: held (with its file) and verified, from the
    application's checklist; null for what the placement checklist does not track (e.g. a
    low-income statement for Baznas)."""
    tracked = {k.value for k in DocumentKind}
    required = []
    for kind in required_documents(request.kind):
        if kind not in tracked:
            required.append(RequiredDocument(kind=kind, present=None, verified=None))
            continue
        document = held.get((request.application_id, kind))
        present = document is not None and document.storage_key is not None
        verified = present and document is not None and document.verification == "verified"
        required.append(RequiredDocument(kind=kind, present=present, verified=verified))
    return required


def _read(
    request: FinancingRequest,
    history: list[FinancingStateChange],
    held: dict[tuple[int, str], ApplicationDocument],
) -> FinancingRead:
    values: dict[str, Any] = request.model_dump()
    return FinancingRead(
        **values,
        monthly_instalment=monthly_instalment(
            request.amount, request.term_months, request.annual_rate_bp
        ),
        allowed_next_states=next_states(request.state, request.term_months is not None),
        required_documents=_required(request, held),
        history=[FinancingStateChangeRead.model_validate(h) for h in history],
    )


def to_reads(session: Session, requests: Sequence[FinancingRequest]) -> list[FinancingRead]:
    history = _history(session, [r.id or 0 for r in requests])
    held = _documents(session, requests)
    return [_read(r, history[r.id or 0], held) for r in requests]


def to_read(session: Session, request: FinancingRequest) -> FinancingRead:
    return to_reads(session, [request])[0]
