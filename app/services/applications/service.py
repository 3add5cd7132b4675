"""Applications: who may see which, how one is made, and how they read (anonymous to agencies).

Stage moves live in `app.services.applications.moves`, the stage tables in
`app.services.applications.stages`, bulk proposals in `app.services.applications.proposals`.
"""

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select
from sqlmodel.sql.expression import SelectOfScalar

from app.core import clock
from app.core.errors import ProblemError, invalid, not_found
from app.core.i18n import Message, define
from app.core.pagination import PageParams, paginate, where_all
from app.core.principal import Principal
from app.models.applicant import Applicant, ApplicantStatus
from app.models.application import (
    Application,
    ApplicationCreate,
    ApplicationFilters,
    ApplicationRead,
    ApplicationSource,
    ApplicationStage,
    ApplicationStageChange,
    ApplicationStageChangeRead,
    Candidate,
    CandidateCredential,
)
from app.models.credential import Credential, Verification
from app.models.vacancy import Vacancy, VacancyStatus
from app.reference import KOTA_SERANG
from app.services import audit
from app.services import changes as change_log
from app.services.applications import disclosure
from app.services.applications.proposals import propose_many as propose_many
from app.services.applications.stages import NEXT_STAGES, QUOTA_STAGES
from app.services.matching.closures import refuse_if_closed
from app.services.matching.eligibility import unmet_codes
from app.services.notifications import service as notifications

# `propose_many` is re-exported above: matching runs call `applications.propose_many`.
S = ApplicationStage

define(
    {
        "application_not_eligible": Message(
            "Not eligible for this job order",
            "Belum memenuhi syarat lowongan ini",
            "Rules not met: {codes}. See GET /api/v1/applicants/{applicant_id}/eligibility?"
            "vacancy_id={vacancy_id} for what is missing and where to get it.",
            "Syarat yang belum terpenuhi: {codes}. Lihat GET /api/v1/applicants/{applicant_id}/"
            "eligibility?vacancy_id={vacancy_id} untuk yang kurang dan tempat memperolehnya.",
        ),
        "application_exists": Message(
            "Already applied",
            "Sudah melamar",
            "Applicant {applicant_id} already has application {id} to job order {vacancy_id}.",
            "Pencari kerja {applicant_id} sudah memiliki lamaran {id} untuk lowongan {vacancy_id}.",
        ),
        "application_for_self_only": Message(
            "Apply for yourself only",
            "Hanya untuk diri sendiri",
            "A job seeker applies for themself; leave applicant_id out.",
            "Pencari kerja hanya melamar untuk dirinya sendiri; kosongkan applicant_id.",
        ),
        "application_applicant_required": Message(
            "Applicant required",
            "Pencari kerja wajib diisi",
            "Name the applicant this application is for.",
            "Sebutkan pencari kerja yang dilamarkan.",
        ),
        "application_applicant_unknown": Message(
            "Unknown applicant",
            "Pencari kerja tidak dikenal",
            "Applicant {id} does not exist.",
            "Pencari kerja {id} tidak ada.",
        ),
        "application_vacancy_unknown": Message(
            "Unknown job order",
            "Lowongan tidak dikenal",
            "Job order {id} does not exist.",
            "Lowongan {id} tidak ada.",
        ),
        "application_consent_missing": Message(
            "Consent required",
            "Persetujuan diperlukan",
            "The applicant has not consented to the processing of their data (Law 27/2022); "
            "record the consent on their profile first.",
            "Pencari kerja belum menyetujui pemrosesan datanya (UU 27/2022); catat dulu "
            "persetujuannya pada profil.",
        ),
        "application_applicant_archived": Message(
            "Applicant archived",
            "Pencari kerja diarsipkan",
            "Applicant {id} is archived and takes no new applications.",
            "Pencari kerja {id} sudah diarsipkan dan tidak menerima lamaran baru.",
        ),
        "application_vacancy_not_open": Message(
            "Job order not open",
            "Lowongan tidak dibuka",
            "Job order {id} is {status}; it takes no applications.",
            "Lowongan {id} berstatus {status}; lowongan ini tidak menerima lamaran.",
        ),
        "application_deadline_passed": Message(
            "Deadline passed",
            "Batas waktu sudah lewat",
            "The deadline of job order {id} was {deadline}.",
            "Batas waktu lowongan {id} adalah {deadline}.",
        ),
        "application_already_placed": Message(
            "Already selected elsewhere",
            "Sudah terpilih di tempat lain",
            "Applicant {applicant_id} is already selected or placed through application {id}.",
            "Pencari kerja {applicant_id} sudah terpilih atau ditempatkan melalui lamaran {id}.",
        ),
    }
)


# -- who sees what ---------------------------------------------------------------------------


def _agency_sees(session: Session, application: Application, partner_id: int | None) -> bool:
    vacancy = session.get(Vacancy, application.vacancy_id)
    applicant = session.get(Applicant, application.applicant_id)
    # Withdrawn consent removes the person from every agency view (Law 27/2022).
    return (
        vacancy is not None
        and vacancy.agency_id == partner_id
        and applicant is not None
        and applicant.consent_given_at is not None
    )


def get_application(session: Session, application_id: int, viewer: Principal) -> Application:
    """The application if the viewer may see it; 404 otherwise, so no id is confirmed."""
    application = session.get(Application, application_id)
    if application is None:
        raise not_found("application")
    if viewer.is_staff:
        return application
    if disclosure.is_partner(viewer):
        visible = _agency_sees(session, application, viewer.partner_id)
    else:
        visible = (
            viewer.applicant_id is not None and viewer.applicant_id == application.applicant_id
        )
    if not visible:
        raise not_found("application")
    return application


def applications_query(
    viewer: Principal, filters: ApplicationFilters
) -> SelectOfScalar[Application]:
    """Applications the viewer may see (their own, their agency's job orders', or all) that
    pass the filters of `GET /applications` (and its export), unordered."""
    scope: list[Any] = []
    if disclosure.is_partner(viewer):
        scope = [
            col(Application.vacancy_id).in_(
                select(Vacancy.id).where(Vacancy.agency_id == viewer.partner_id)
            ),
            col(Application.applicant_id).in_(
                select(Applicant.id).where(col(Applicant.consent_given_at).is_not(None))
            ),
        ]
    elif not viewer.is_staff:
        # An applicant account without a profile has no applications to see.
        scope = [col(Application.applicant_id) == (viewer.applicant_id or -1)]
    vacancy_id, applicant_id, stage = filters.vacancy_id, filters.applicant_id, filters.stage
    conditions = where_all(
        col(Application.vacancy_id) == vacancy_id if vacancy_id is not None else None,
        col(Application.applicant_id) == applicant_id if applicant_id is not None else None,
        col(Application.stage) == stage if stage else None,
    )
    return select(Application).where(*scope, *conditions)


def list_applications(
    session: Session, viewer: Principal, page: PageParams, filters: ApplicationFilters
) -> tuple[list[Application], str | None]:
    return paginate(session, applications_query(viewer, filters), Application.id, page)


# -- read model ------------------------------------------------------------------------------


IDENTITY = disclosure.IDENTITY_FIELDS


def _age(birth: date, today: date) -> int:
    return today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))


def _candidate(
    applicant: Applicant, credentials: list[CandidateCredential], anonymous: bool
) -> Candidate:
    kecamatan_name, _ = KOTA_SERANG[applicant.kecamatan_code]
    years = sum(float(str(e.get("years", 0) or 0)) for e in applicant.experience)
    return Candidate(
        applicant_id=applicant.id or 0,
        anonymous=anonymous,
        age=_age(applicant.birth_date, clock.today()),
        sex=applicant.sex,
        education_level=applicant.education_level,
        kecamatan_code=applicant.kecamatan_code,
        kecamatan=kecamatan_name,
        experience_years=years,
        credentials=credentials,
        fast_track_since=applicant.fast_track_since,
        **{name: None if anonymous else getattr(applicant, name) for name in IDENTITY},
    )


def to_reads(
    session: Session, applications: Sequence[Application], viewer: Principal
) -> list[ApplicationRead]:
    """Read models for a page, with four queries whatever the page size.

    A partner sees each person as `disclosure` allows at the application's stage; its
    reads of identity data are audited and committed here, before the answer leaves."""
    ids = [a.id for a in applications]
    applicant_ids = {a.applicant_id for a in applications}
    if len(applicant_ids) == 1:
        # One person (one application, or a person's own list): after a move or an update
        # the session holds them already, and `get` then reads nothing.
        (only,) = applicant_ids
        person = session.get(Applicant, only)
        applicants = {only: person} if person is not None else {}
    else:
        applicants = {
            a.id or 0: a
            for a in session.exec(select(Applicant).where(col(Applicant.id).in_(applicant_ids)))
        }
    credentials: dict[int, list[CandidateCredential]] = {i: [] for i in applicant_ids}
    for credential in session.exec(
        select(Credential)
        .where(
            col(Credential.applicant_id).in_(applicant_ids),
            col(Credential.verification) != Verification.rejected,
        )
        .order_by(col(Credential.applicant_id), col(Credential.id))
    ):
        credentials[credential.applicant_id].append(
            CandidateCredential.model_validate(credential, from_attributes=True)
        )
    history: dict[int, list[ApplicationStageChangeRead]] = {i: [] for i in ids if i is not None}
    for change in session.exec(
        select(ApplicationStageChange)
        .where(col(ApplicationStageChange.application_id).in_(ids))
        .order_by(col(ApplicationStageChange.application_id), col(ApplicationStageChange.id))
    ):
        history[change.application_id].append(ApplicationStageChangeRead.model_validate(change))
    reads = []
    disclosed = []
    for application in applications:
        stage = ApplicationStage(application.stage)
        anonymous = not disclosure.identified(viewer, stage)
        if not anonymous:
            disclosed.append(
                disclosure.PersonalRead(application.applicant_id, application.id or 0, IDENTITY)
            )
        candidate = _candidate(
            applicants[application.applicant_id],
            credentials[application.applicant_id],
            anonymous,
        )
        reads.append(
            ApplicationRead.model_validate(
                {
                    **application.model_dump(),
                    "allowed_next_stages": list(NEXT_STAGES[stage]),
                    "candidate": candidate,
                    "history": history[application.id or 0],
                }
            )
        )
    disclosure.record_reads(session, viewer, disclosed)
    return reads


def to_read(session: Session, application: Application, viewer: Principal) -> ApplicationRead:
    return to_reads(session, [application], viewer)[0]


# -- creation --------------------------------------------------------------------------------


def active_placement(
    session: Session, applicant_id: int, other_than: int | None = None
) -> int | None:
    """The id of the applicant's application that holds an opening, if any."""
    statement = select(Application.id).where(
        Application.applicant_id == applicant_id,
        col(Application.stage).in_(QUOTA_STAGES),
    )
    if other_than is not None:
        statement = statement.where(col(Application.id) != other_than)
    return session.exec(statement).first()


def _applicant_for(session: Session, payload: ApplicationCreate, actor: Principal) -> Applicant:
    if actor.is_staff:
        if payload.applicant_id is None:
            raise invalid("applicant_id", "application_applicant_required")
        applicant_id = payload.applicant_id
    else:
        if actor.applicant_id is None or payload.applicant_id not in (None, actor.applicant_id):
            raise ProblemError(403, "application_for_self_only")
        applicant_id = actor.applicant_id
    applicant = session.get(Applicant, applicant_id)
    if applicant is None:
        raise invalid("applicant_id", "application_applicant_unknown", id=applicant_id)
    return applicant


def _check_vacancy(vacancy: Vacancy, by_staff: bool) -> None:
    """Job seekers apply to open orders before their deadline; officers may add a candidate
    to an order the agency has closed to new applicants, e.g. on the agency's request."""
    accepting = {VacancyStatus.open, VacancyStatus.closed} if by_staff else {VacancyStatus.open}
    if vacancy.status not in accepting:
        raise ProblemError(
            409, "application_vacancy_not_open", {"id": vacancy.id, "status": vacancy.status}
        )
    if not by_staff and vacancy.deadline is not None and vacancy.deadline < clock.today():
        params = {"id": vacancy.id, "deadline": vacancy.deadline.isoformat()}
        raise ProblemError(409, "application_deadline_passed", params)


def _check_applicant(session: Session, applicant: Applicant) -> None:
    # Consent is needed whoever files the application: it shares the person's data with an
    # agency (Law 27/2022).
    if applicant.consent_given_at is None:
        raise ProblemError(409, "application_consent_missing")
    if applicant.status == ApplicantStatus.archived:
        raise ProblemError(409, "application_applicant_archived", {"id": applicant.id})
    placed = active_placement(session, applicant.id or 0)
    if placed is not None:
        raise ProblemError(
            409, "application_already_placed", {"applicant_id": applicant.id, "id": placed}
        )


def _check_eligible(session: Session, applicant: Applicant, vacancy: Vacancy) -> None:
    """A job seeker applies only where they meet every rule; officers may file regardless,
    e.g. when a result is on paper but not yet recorded."""
    # Several rules may fail with one code (two missing certificates): each code once.
    unmet = list(dict.fromkeys(unmet_codes(session, applicant, vacancy, clock.today())))
    if unmet:
        params = {"codes": ", ".join(unmet), "vacancy_id": vacancy.id, "applicant_id": applicant.id}
        raise ProblemError(409, "application_not_eligible", params, extra={"unmet": unmet})


def _refuse_duplicate(session: Session, applicant_id: int, vacancy_id: int) -> None:
    existing = session.exec(
        select(Application.id).where(
            Application.applicant_id == applicant_id, Application.vacancy_id == vacancy_id
        )
    ).first()
    if existing is not None:
        params = {"applicant_id": applicant_id, "vacancy_id": vacancy_id, "id": existing}
        raise ProblemError(409, "application_exists", params, extra={"application_id": existing})


def create_application(
    session: Session, payload: ApplicationCreate, actor: Principal
) -> Application:
    """Apply (a job seeker, for themself) or file an application (an officer, for anyone)."""
    applicant = _applicant_for(session, payload, actor)
    vacancy = session.get(Vacancy, payload.vacancy_id)
    if vacancy is None:
        raise invalid("vacancy_id", "application_vacancy_unknown", id=payload.vacancy_id)
    _check_vacancy(vacancy, actor.is_staff)
    refuse_if_closed(session, vacancy)
    _check_applicant(session, applicant)
    if not actor.is_staff:
        _check_eligible(session, applicant, vacancy)
    applicant_id = applicant.id or 0
    _refuse_duplicate(session, applicant_id, payload.vacancy_id)
    source = ApplicationSource.officer if actor.is_staff else ApplicationSource.applicant
    application = Application(
        applicant_id=applicant_id, vacancy_id=payload.vacancy_id, stage=S.matched, source=source
    )
    session.add(application)
    try:
        session.flush()  # the id; a concurrent duplicate fails here on the unique pair
    except IntegrityError:
        session.rollback()
        _refuse_duplicate(session, applicant_id, payload.vacancy_id)
        raise
    application_id = application.id or 0
    session.add(
        ApplicationStageChange(
            application_id=application_id, to_stage=S.matched, actor=actor.label, note=payload.note
        )
    )
    change_log.log_application_ids(session, [application_id])
    notifications.applications_created(
        session, [(application_id, applicant_id, payload.vacancy_id)], source
    )
    return audit.committed(
        session,
        application,
        actor.label,
        "create",
        "application",
        application_id,
        None,
        audit.snapshot(application),
    )
