"""The read model of financing requests: each with its instalment, next legal states, the
lender's documents as the application holds them, and its state history."""

from collections.abc import Sequence
from typing import Any

from sqlmodel import Session, col, select

from app.models.document import ApplicationDocument, DocumentKind
from app.models.financing import (
    FinancingRead,
    FinancingRequest,
    FinancingStateChange,
    FinancingStateChangeRead,
    RequiredDocument,
)
from app.services.financing.rules import monthly_instalment, next_states, required_documents


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
