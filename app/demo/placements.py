"""Demo placements at the documents stage, and a KUR PMI loan: what the documents checklist,
the departure gate and financing look like on real-looking records.

Three demo job seekers were selected and are gathering their documents:
- a woman, to Korea (E-9, through BP2MI): her pregnancy test was done too long before
  departure (`issued_too_early`), the pre-departure orientation is still to come, and her KUR
  PMI loan, with her NIK-based NPWP and her SISKOP2MI reference, is approved;
- a man, to Korea with PT One Asia (the demo agency login sees him): his police certificate
  (SKCK) is uploaded and waits for an officer; no pregnancy test is asked of him;
- a woman, to Japan: every document counts, she may depart.

Dates are counted back and forth from the day the demo is loaded, so that the documents read
as they would on a real file that day. Document numbers and references say "DEMO"; every file
is the same one-page sample PDF, marked as a demo.
"""

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from io import BytesIO

from sqlmodel import Session

from app.models import Applicant, Application, ApplicationStageChange, Vacancy
from app.models.application import ApplicationSource, ApplicationStage
from app.models.document import ApplicationDocument, DocumentKind, DocumentVerification
from app.models.financing import FinancingKind, FinancingRequest, FinancingState
from app.models.financing import FinancingStateChange as FinancingMove
from app.models.partner import Partner
from app.services.applications.documents.storage import DocumentStore
from app.services.financing.limits import KUR_PMI_MAX_RATE_BP

DEMO_SCAN = b"%PDF-1.4\n% Dokumen contoh (demo), bukan dokumen asli.\n%%EOF\n"
K = DocumentKind
STAGES = (
    ApplicationStage.shortlisted,
    ApplicationStage.interviewed,
    ApplicationStage.selected,
    ApplicationStage.documents,
)


@dataclass(frozen=True)
class DemoDocument:
    kind: DocumentKind
    issued_days_ago: int | None  # None: no issue date on the paper
    valid_days: int | None = None  # from the issue; None: no expiry date
    verified: bool = True


def _documents(**changed: DemoDocument | None) -> tuple[DemoDocument, ...]:
    """The usual file of a selected worker; `changed` replaces an item, or leaves it out."""
    usual = {
        K.ktp: DemoDocument(K.ktp, 1_800),
        K.family_card: DemoDocument(K.family_card, 900),
        K.marital_status_letter: DemoDocument(K.marital_status_letter, 40),
        K.family_permission: DemoDocument(K.family_permission, 40),
        K.competency_certificate: DemoDocument(K.competency_certificate, 200),
        # Clinics write the 3 months of Perpres 64/2011 art. 14(5) on the certificate.
        K.health_certificate: DemoDocument(K.health_certificate, 30, 90),
        K.pregnancy_test: DemoDocument(K.pregnancy_test, 2),
        K.police_certificate: DemoDocument(K.police_certificate, 40, 182),
        K.passport: DemoDocument(K.passport, 60, 3_650),
        K.work_visa: DemoDocument(K.work_visa, 10, 90),
        K.placement_agreement: DemoDocument(K.placement_agreement, 25),
        K.employment_contract: DemoDocument(K.employment_contract, 25),
        K.bpjs_ketenagakerjaan: DemoDocument(K.bpjs_ketenagakerjaan, 20),
        K.orientation_certificate: DemoDocument(K.orientation_certificate, 3),
    }
    for name, document in changed.items():
        if document is None:
            usual.pop(K(name))
        else:
            usual[K(name)] = document
    return tuple(usual.values())


@dataclass(frozen=True)
class DemoPlacement:
    applicant_index: int  # into the demo applicants drawn at random
    order: str  # the job order's external id (app.demo.vacancies)
    contract_starts_in_days: int
    documents: tuple[DemoDocument, ...]


PLACEMENTS = (
    DemoPlacement(
        0,
        "BKM-KR-2026-004",
        5,
        _documents(
            pregnancy_test=DemoDocument(K.pregnancy_test, 12),  # 17 days before departure
            orientation_certificate=None,  # the orientation is the week before departure
        ),
    ),
    DemoPlacement(
        1,
        "OA-KR-2026-011",
        25,
        _documents(
            pregnancy_test=None,  # men: not on the checklist
            police_certificate=DemoDocument(K.police_certificate, 10, 182, verified=False),
        ),
    ),
    DemoPlacement(4, "BKM-JP-2026-001", 4, _documents()),  # her test 6 days before departure
)
# The demo job seeker's KUR PMI loan: her share of the job order's costs, over the contract.
LOAN_AMOUNT = 15_000_000  # rupiah, of the Rp15,420,000 the worker pays
LOAN_TERM_MONTHS = 24
LOAN_SISKOP2MI_REF = "DEMO-SISKOP2MI-3673-2026-0001"


def _at(day: date, hour: int = 10) -> datetime:
    return datetime.combine(day, time(hour), tzinfo=UTC)


def add_demo_placements(
    session: Session,
    people: list[Applicant],
    vacancies: list[Vacancy],
    lender: Partner,
    actors: tuple[str, str],
    store: DocumentStore,
    today: date,
) -> tuple[int, int, int]:
    """Add the placements, their documents (files into `store`) and the loan to the session;
    `actors` are the labels of the demo officer and job seeker. Counts of each."""
    officer = actors[0]
    orders = {v.external_id: v for v in vacancies}
    applications = []
    documents = 0
    for placement in PLACEMENTS:
        person, order = people[placement.applicant_index], orders[placement.order]
        application = _application(session, person, order, officer, placement, today)
        for spec in placement.documents:
            session.add(_document(store, application, spec, officer, today))
            documents += 1
        applications.append(application)
    first = people[PLACEMENTS[0].applicant_index]
    _loan(session, applications[0], first, lender, actors, today)
    return len(applications), documents, 1


def _application(
    session: Session,
    person: Applicant,
    order: Vacancy,
    officer: str,
    placement: DemoPlacement,
    today: date,
) -> Application:
    """Selected (one opening of the order used) and at the documents stage, with history."""
    application = Application(
        applicant_id=person.id or 0,
        vacancy_id=order.id or 0,
        stage=ApplicationStage.documents,
        source=ApplicationSource.officer,
        contract_starts_on=today + timedelta(days=placement.contract_starts_in_days),
        version=1 + len(STAGES) + 1,  # created, four moves, the contract start
        created_at=_at(today - timedelta(days=60)),
        updated_at=_at(today - timedelta(days=20)),
    )
    session.add(application)
    session.flush()
    order.filled += 1
    order.version += 1
    previous: ApplicationStage | None = None
    for step, stage in enumerate((ApplicationStage.matched, *STAGES)):
        session.add(
            ApplicationStageChange(
                application_id=application.id or 0,
                from_stage=previous,
                to_stage=stage,
                actor=officer,
                at=_at(today - timedelta(days=60 - 10 * step)),
            )
        )
        previous = stage
    return application


def _document(
    store: DocumentStore, application: Application, spec: DemoDocument, officer: str, today: date
) -> ApplicationDocument:
    issued = today - timedelta(days=spec.issued_days_ago) if spec.issued_days_ago else None
    expires = issued + timedelta(days=spec.valid_days) if issued and spec.valid_days else None
    scan = store.save(BytesIO(DEMO_SCAN), len(DEMO_SCAN), "application/pdf")
    uploaded = _at(issued or today, 14)
    verified = spec.verified
    return ApplicationDocument(
        application_id=application.id or 0,
        kind=spec.kind,
        number=f"DEMO-{spec.kind.upper()[:4]}-{application.id:04d}",
        issued_on=issued,
        expires_on=expires,
        verification=(
            DocumentVerification.verified if verified else DocumentVerification.unverified
        ),
        verified_by=officer if verified else None,
        verified_at=_at(issued or today, 16) if verified else None,
        file_name=f"{spec.kind.value}.pdf",
        content_type=scan.content_type,
        size_bytes=scan.size_bytes,
        sha256=scan.sha256,
        storage_key=scan.key,
        file_key=scan.sealed_key,
        uploaded_by=officer,
        uploaded_at=uploaded,
        created_at=uploaded,
        updated_at=uploaded,
    )


def _loan(
    session: Session,
    application: Application,
    person: Applicant,
    lender: Partner,
    actors: tuple[str, str],
    today: date,
) -> None:
    """Filed and submitted by `actors[1]`, approved by `actors[0]` standing in for the bank."""
    officer, seeker = actors
    request = FinancingRequest(
        applicant_id=person.id or 0,
        application_id=application.id or 0,
        kind=FinancingKind.kur_pmi,
        lender_id=lender.id,
        amount=LOAN_AMOUNT,
        term_months=LOAN_TERM_MONTHS,
        purpose="Biaya penempatan ke Korea (demo)",
        annual_rate_bp=KUR_PMI_MAX_RATE_BP,
        npwp=person.nik,  # a resident's NPWP is the NIK (PMK 112/PMK.03/2022)
        siskop2mi_ref=LOAN_SISKOP2MI_REF,
        state=FinancingState.approved,
        created_by=seeker,
        version=3,
        created_at=_at(today - timedelta(days=18)),
        updated_at=_at(today - timedelta(days=8)),
    )
    session.add(request)
    session.flush()
    moves = (
        (None, FinancingState.draft, seeker, 18),
        (FinancingState.draft, FinancingState.submitted, seeker, 17),
        (FinancingState.submitted, FinancingState.approved, officer, 8),
    )
    for before, after, actor, days_ago in moves:
        session.add(
            FinancingMove(
                request_id=request.id or 0,
                from_state=before,
                to_state=after,
                actor=actor,
                at=_at(today - timedelta(days=days_ago)),
            )
        )
