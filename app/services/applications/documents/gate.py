"""Each checklist item's state, whether an application may depart, and what expires soon."""

from datetime import date, timedelta

from sqlmodel import Session, col, select

from app.core import clock
from app.core.errors import ProblemError
from app.core.i18n import Message, define
from app.models.applicant import Applicant
from app.models.application import Application
from app.models.document import (
    ApplicationDocument,
    ChecklistEntry,
    CountsFor,
    DocumentChecklist,
    DocumentFile,
    DocumentRead,
    DocumentState,
    DocumentVerification,
)
from app.models.vacancy import Vacancy
from app.services.applications.documents.checklist import ChecklistItem, checklist_for

define(
    {
        "departure_documents_incomplete": Message(
            "Documents not ready for departure",
            "Dokumen belum siap untuk keberangkatan",
            "Departure needs every document verified, valid on the contract start and issued "
            "recently enough to count for it; blocking: {blocking}.",
            "Keberangkatan memerlukan semua dokumen terverifikasi, masih berlaku pada awal "
            "kontrak, dan diterbitkan cukup dekat dengan keberangkatan; yang menghalangi: "
            "{blocking}.",
        ),
    }
)

CONTRACT_START = "contract_starts_on"
S = DocumentState


def departure_day(contract_starts_on: date | None, today: date) -> date:
    """The day the issue-date rules are judged against: the contract start, the only
    departure date recorded, and never a day already past."""
    return max(contract_starts_on, today) if contract_starts_on is not None else today


def no_longer_counts_from(item: ChecklistItem, document: ApplicationDocument | None) -> date | None:
    if item.counts_for is None or document is None or document.issued_on is None:
        return None
    return item.counts_for.no_longer_counts_from(document.issued_on)


def state_of(
    item: ChecklistItem,
    document: ApplicationDocument | None,
    contract_starts_on: date | None,
    today: date,
) -> DocumentState:
    """Missing or rejected first (it must be replaced), then the dates, then verification."""
    if document is None or document.storage_key is None:
        return S.missing
    if document.verification == DocumentVerification.rejected:
        return S.rejected
    expires = document.expires_on
    if expires is not None and expires < today:
        return S.expired
    if expires is not None and contract_starts_on is not None and expires < contract_starts_on:
        return S.expires_before_contract
    ends = no_longer_counts_from(item, document)
    if ends is not None and ends <= departure_day(contract_starts_on, today):
        return S.issued_too_early
    if item.counts_for is not None and document.issued_on is None:
        # Cannot be judged without its issue date, which verification requires.
        return S.unverified
    if document.verification == DocumentVerification.verified:
        return S.verified
    return S.unverified


def to_read(document: ApplicationDocument) -> DocumentRead:
    data = document.model_dump()
    file = None
    if document.storage_key is not None:
        file = DocumentFile.model_validate(data)
    return DocumentRead.model_validate({**data, "file": file})


def _documents(session: Session, application_id: int) -> dict[str, ApplicationDocument]:
    rows = session.exec(
        select(ApplicationDocument).where(ApplicationDocument.application_id == application_id)
    )
    return {row.kind: row for row in rows}


def checklist_items(
    session: Session, application: Application
) -> tuple[Vacancy, tuple[ChecklistItem, ...]]:
    """The job order and the items its destination, scheme and the worker's sex call for."""
    vacancy = session.get(Vacancy, application.vacancy_id)
    applicant = session.get(Applicant, application.applicant_id)
    assert vacancy is not None and applicant is not None  # foreign keys
    return vacancy, checklist_for(vacancy.country, vacancy.scheme, applicant.sex)


def _entries(
    session: Session, application: Application, today: date
) -> tuple[Vacancy, list[tuple[ChecklistItem, ApplicationDocument | None, DocumentState]]]:
    vacancy, items = checklist_items(session, application)
    documents = _documents(session, application.id or 0)
    entries = []
    for item in items:
        document = documents.get(item.kind)
        state = state_of(item, document, application.contract_starts_on, today)
        entries.append((item, document, state))
    return vacancy, entries


def blocking_items(
    session: Session, application: Application, today: date | None = None
) -> list[dict[str, str]]:
    """Each item in the way of departure with its state (and, when issued too early, the day
    from which it no longer counts); the contract start when unset."""
    _, entries = _entries(session, application, today or clock.today())
    blocking = []
    for item, document, state in entries:
        if state == S.verified:
            continue
        entry = {"kind": item.kind.value, "state": state.value}
        ends = no_longer_counts_from(item, document)
        if state == S.issued_too_early and ends is not None:
            entry["no_longer_counts_from"] = ends.isoformat()
        blocking.append(entry)
    if application.contract_starts_on is None:
        blocking.append({"kind": CONTRACT_START, "state": S.missing.value})
    return blocking


def checklist(
    session: Session, application: Application, today: date | None = None
) -> DocumentChecklist:
    vacancy, entries = _entries(session, application, today or clock.today())
    items = [
        ChecklistEntry(
            kind=item.kind,
            label_en=item.label_en,
            label_id=item.label_id,
            source=item.source,
            expiry_required=item.expiry_required,
            counts_for=(
                CountsFor(months=item.counts_for.months, days=item.counts_for.days)
                if item.counts_for is not None
                else None
            ),
            no_longer_counts_from=no_longer_counts_from(item, document),
            state=state,
            document=to_read(document) if document is not None else None,
        )
        for item, document, state in entries
    ]
    ready = application.contract_starts_on is not None and all(
        entry.state == S.verified for entry in items
    )
    return DocumentChecklist(
        application_id=application.id or 0,
        country=vacancy.country,
        scheme=vacancy.scheme,
        contract_starts_on=application.contract_starts_on,
        departure_ready=ready,
        items=items,
    )


def check_departure(session: Session, application: Application) -> None:
    """409 naming every blocking item (and a missing contract start); nothing is written."""
    blocking = blocking_items(session, application)
    if blocking:
        listed = ", ".join(_listed(b) for b in blocking)
        raise ProblemError(
            409,
            "departure_documents_incomplete",
            {"blocking": listed},
            extra={"blocking": blocking},
        )


def _listed(blocking: dict[str, str]) -> str:
    ends = blocking.get("no_longer_counts_from")
    since = f", no_longer_counts_from {ends}" if ends else ""
    return f"{blocking['kind']} ({blocking['state']}{since})"


def expiring_documents(
    session: Session, applicant_id: int, within_days: int, today: date | None = None
) -> list[tuple[int, str, date]]:
    """(document id, kind, expires_on) of the applicant's documents that expire from today
    to `within_days` ahead, soonest first: what a reminder should name."""
    start = today or clock.today()
    rows = session.exec(
        select(
            col(ApplicationDocument.id),
            ApplicationDocument.kind,
            col(ApplicationDocument.expires_on),
        )
        .join(Application, col(Application.id) == col(ApplicationDocument.application_id))
        .where(
            Application.applicant_id == applicant_id,
            col(ApplicationDocument.expires_on) >= start,
            col(ApplicationDocument.expires_on) <= start + timedelta(days=within_days),
        )
        .order_by(col(ApplicationDocument.expires_on), col(ApplicationDocument.id))
    ).all()
    return [(row[0] or 0, row[1], row[2]) for row in rows if row[2] is not None]
