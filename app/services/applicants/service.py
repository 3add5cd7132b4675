"""Applicants: registration, profile updates, archiving, listing."""

from typing import Any

from sqlalchemy import func, or_
from sqlmodel import Session, col, select
from sqlmodel.sql.expression import SelectOfScalar

from app.core import clock
from app.core.errors import FieldError, ProblemError, not_found
from app.core.i18n import Message, define
from app.core.pagination import PageParams, paginate, where_all
from app.core.principal import Principal
from app.models.applicant import (
    Applicant,
    ApplicantCreate,
    ApplicantFilters,
    ApplicantRead,
    ApplicantStatus,
    ApplicantUpdate,
    ApplicantWrite,
    Consent,
    Experience,
)
from app.models.application import Application
from app.models.base import utcnow
from app.models.verification import CodeSent
from app.reference import KELURAHAN_TO_KECAMATAN, KOTA_SERANG
from app.services import audit
from app.services import changes as change_log
from app.services.applicants import contact_change, identity_check
from app.services.applicants.identity_numbers import normalise_phone, parse_nik
from app.services.audit import snapshot
from app.services.common import (
    apply_changes,
    commit_or_conflict,
    get_or_404,
    raise_if_invalid,
    refuse_emptied,
)
from app.services.identity.codes import Outbox

# Fields a partial update may leave out but never empty (consent may be withdrawn with null).
REQUIRED_FIELDS = (
    "full_name",
    "birth_date",
    "sex",
    "kelurahan_code",
    "education_level",
    "skills",
    "experience",
    "preferred_countries",
    "preferred_sectors",
    "status",
)

define(
    {
        "nik_taken": Message(
            "NIK already registered",
            "NIK sudah terdaftar",
            "An applicant with this NIK is already registered.",
            "Pencari kerja dengan NIK ini sudah terdaftar.",
        ),
        "kelurahan_unknown": Message(
            "Unknown kelurahan",
            "Kelurahan tidak dikenal",
            "{code} is not a kelurahan of Kota Serang.",
            "{code} bukan kelurahan di Kota Serang.",
        ),
        "domicile_proof_required": Message(
            "Proof of domicile required",
            "Bukti domisili diperlukan",
            "The NIK was issued outside Kota Serang; record a proof of domicile in Kota Serang.",
            "NIK diterbitkan di luar Kota Serang; catat bukti domisili di Kota Serang.",
        ),
        "birth_date_in_future": Message(
            "Birth date in the future",
            "Tanggal lahir di masa depan",
            "The birth date cannot be after today.",
            "Tanggal lahir tidak boleh setelah hari ini.",
        ),
        "consent_in_future": Message(
            "Consent date in the future",
            "Tanggal persetujuan di masa depan",
            "Consent cannot be given after now.",
            "Persetujuan tidak boleh diberikan setelah saat ini.",
        ),
    }
)


def to_read(applicant: Applicant) -> ApplicantRead:
    kecamatan_name, kelurahan_map = KOTA_SERANG[applicant.kecamatan_code]
    consent = None
    if applicant.consent_given_at and applicant.consent_version:
        consent = Consent(given_at=applicant.consent_given_at, version=applicant.consent_version)
    return ApplicantRead.model_validate(
        {
            **applicant.model_dump(),
            "kecamatan": kecamatan_name,
            "kelurahan": kelurahan_map[applicant.kelurahan_code],
            "experience": [Experience.model_validate(e) for e in applicant.experience],
            "consent": consent,
            "identity_check": identity_check.to_read(applicant),
        }
    )


def _column_values(data: dict[str, Any]) -> dict[str, Any]:
    """Turn validated API fields into column values (consent is two columns)."""
    values = dict(data)
    if "consent" in values:
        consent = values.pop("consent")
        values["consent_given_at"] = consent["given_at"] if consent else None
        values["consent_version"] = consent["version"] if consent else None
    if values.get("phone") is not None:
        values["phone"] = normalise_phone(values["phone"]) or values["phone"]
    if "kelurahan_code" in values:
        values["kecamatan_code"] = KELURAHAN_TO_KECAMATAN.get(values["kelurahan_code"], "")
    return values


def _check_rules(applicant: Applicant, raw_phone: str | None) -> None:
    """Every domain rule on the merged record; raises one 422 with all failures. A NIK that
    disagrees with the birth date or sex is not one of them: it is flagged (`identity_check`)."""
    errors: list[FieldError] = []
    parts, nik_errors = parse_nik(applicant.nik)
    errors.extend(nik_errors)
    if applicant.birth_date > clock.today():
        errors.append(FieldError("birth_date", "birth_date_in_future"))
    if parts is not None and not parts.in_kota_serang and not applicant.domicile_proof:
        errors.append(FieldError("domicile_proof", "domicile_proof_required"))
    if applicant.kelurahan_code not in KELURAHAN_TO_KECAMATAN:
        errors.append(
            FieldError("kelurahan_code", "kelurahan_unknown", {"code": applicant.kelurahan_code})
        )
    if raw_phone is not None and normalise_phone(raw_phone) is None:
        errors.append(FieldError("phone", "phone_invalid"))
    if applicant.consent_given_at is not None and applicant.consent_given_at > utcnow():
        errors.append(FieldError("consent.given_at", "consent_in_future"))
    raise_if_invalid(errors)


def find_by_nik(session: Session, nik: str) -> Applicant | None:
    return session.exec(select(Applicant).where(Applicant.nik == nik)).first()


def new_record(payload: ApplicantCreate) -> Applicant:
    """A new applicant checked against every rule (one 422 otherwise), not yet added: POST
    /applicants and each row of a spreadsheet import go through here."""
    # Fields left out (or null) take the column defaults: empty lists, never a stored null.
    data = payload.model_dump(mode="python", exclude_none=True)
    applicant = Applicant(**_column_values(data))
    _check_rules(applicant, payload.phone)
    for name, value in identity_check.judge(applicant, None).items():
        setattr(applicant, name, value)
    return applicant


def column_changes(payload: ApplicantWrite, *, exclude_none: bool = False) -> dict[str, Any]:
    """The columns a create or update payload sets, as stored (phone normalised ...)."""
    return _column_values(
        payload.model_dump(mode="python", exclude_unset=True, exclude_none=exclude_none)
    )


def checked_changes(
    applicant: Applicant, changes: dict[str, Any], raw_phone: str | None
) -> dict[str, Any]:
    """`changes` to a stored record, checked against every rule on the merged record (one
    422 otherwise), with the identity columns they move; the record is not touched."""
    # Validate a copy so a refused change leaves the stored record untouched.
    merged = Applicant.model_validate({**applicant.model_dump(), **changes})
    _check_rules(merged, raw_phone)
    # The NIK stays as issued; a corrected birth date or sex is judged against it again.
    return changes | identity_check.judge(merged, applicant)


def add_applicant(session: Session, payload: ApplicantCreate) -> Applicant:
    """Check and stage a new applicant in the caller's transaction (no commit)."""
    applicant = new_record(payload)
    if find_by_nik(session, applicant.nik) is not None:
        raise ProblemError(409, "nik_taken")
    session.add(applicant)
    return applicant


def create_applicant(session: Session, payload: ApplicantCreate, actor: Principal) -> Applicant:
    applicant = add_applicant(session, payload)
    session.flush()
    audit.record(
        session, actor.label, "create", "applicant", applicant.id or 0, None, snapshot(applicant)
    )
    commit_or_conflict(session, "nik_taken")
    session.refresh(applicant)
    return applicant


def get_applicant(
    session: Session, applicant_id: int, viewer: Principal | None = None
) -> Applicant:
    """The record, if the viewer may see it: an applicant only their own (404 otherwise)."""
    if viewer is not None and not viewer.is_staff and viewer.applicant_id != applicant_id:
        raise not_found("applicant")
    return get_or_404(session, Applicant, applicant_id, "applicant")


def update_applicant(
    session: Session,
    applicant_id: int,
    payload: ApplicantUpdate,
    actor: Principal,
    outbox: Outbox,
) -> tuple[Applicant, list[CodeSent]]:
    """The change applied, except a person's new phone or e-mail, which waits for the code
    sent to it (contact_change.py): where those codes went is returned with the record."""
    applicant = get_applicant(session, applicant_id, actor)
    refuse_emptied(payload, REQUIRED_FIELDS)
    changes = column_changes(payload)
    if "status" in changes and not actor.is_staff:
        # Verification and archiving are the office's decisions.
        raise ProblemError(403, "forbidden")
    changes = checked_changes(applicant, changes, payload.phone if "phone" in changes else None)
    held = contact_change.hold(changes, applicant, actor)
    sent = contact_change.request(session, outbox, actor, applicant, held) if held else []
    before = snapshot(applicant)
    consented = applicant.consent_given_at is not None
    apply_changes(applicant, changes)
    session.add(applicant)
    audit.record(
        session, actor.label, "update", "applicant", applicant_id, before, snapshot(applicant)
    )
    if (applicant.consent_given_at is not None) != consented:
        # Agencies' application feeds show a person only with consent: a withdrawal turns
        # their applications into tombstones there now, a renewed consent brings them back.
        application_ids = session.exec(
            select(Application.id).where(Application.applicant_id == applicant_id)
        ).all()
        change_log.log_application_ids(session, [i for i in application_ids if i is not None])
    session.commit()
    session.refresh(applicant)
    return applicant, sent


def archive_applicant(session: Session, applicant_id: int, actor: Principal) -> Applicant:
    """Applicants are archived, never deleted: their history is part of the record."""
    applicant = get_applicant(session, applicant_id)
    if applicant.status != ApplicantStatus.archived:
        before = snapshot(applicant)
        apply_changes(applicant, {"status": ApplicantStatus.archived})
        session.add(applicant)
        audit.record(
            session, actor.label, "archive", "applicant", applicant_id, before, snapshot(applicant)
        )
        session.commit()
        session.refresh(applicant)
    return applicant


def applicants_query(filters: ApplicantFilters) -> SelectOfScalar[Applicant]:
    """The records `GET /applicants` lists for these filters (its export too), unordered."""
    identity, q, status = filters.identity_check, filters.q, filters.status
    conditions = where_all(
        col(Applicant.identity_check) == identity if identity else None,
        col(Applicant.fast_track_since).is_not(None) if filters.fast_track else None,
        col(Applicant.fast_track_since).is_(None) if filters.fast_track is False else None,
        col(Applicant.status) == status if status else None,
        # Archived records stay out of lists unless asked for by status.
        col(Applicant.status) != ApplicantStatus.archived if status is None else None,
        col(Applicant.kecamatan_code) == filters.kecamatan_code if filters.kecamatan_code else None,
        col(Applicant.sex) == filters.sex if filters.sex else None,
        col(Applicant.education_level) == filters.education_level
        if filters.education_level
        else None,
        or_(
            func.lower(Applicant.full_name).contains(q.lower()),
            col(Applicant.nik) == q,
        )
        if q
        else None,
    )
    return select(Applicant).where(*conditions)


def list_applicants(
    session: Session, page: PageParams, filters: ApplicantFilters
) -> tuple[list[Applicant], str | None]:
    return paginate(session, applicants_query(filters), Applicant.id, page)
