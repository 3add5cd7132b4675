"""Training programmes and cohorts: upserted by their provider, read by everyone signed in.

A provider's system is the source of truth for its catalogue, so it writes by its own
external ids with PUT: the first call creates (201), a changed body updates (200, new
version), the same body again changes nothing (200, same version, no audit entry).
"""

from collections import defaultdict
from datetime import date
from typing import Any, Literal

from sqlalchemy import update
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, exists, select

from app.core import clock
from app.core.db import rowcount
from app.core.errors import FieldError, ProblemError, not_found
from app.core.i18n import Message, define
from app.core.pagination import PageParams, paginate, where_all
from app.core.principal import Principal
from app.models.base import utcnow
from app.models.credential import CredentialType
from app.models.partner import Partner, PartnerKind, PartnerStatus
from app.models.training import (
    Cohort,
    CohortPut,
    CohortRead,
    CohortStatus,
    ProgrammePut,
    ProgrammeRead,
    ProgrammeStatus,
    TrainingProgramme,
)
from app.reference import SswField
from app.services import audit
from app.services.applicants.credentials import LEVELS, NEEDS_FIELD, SCORED
from app.services.common import apply_changes, raise_if_invalid
from app.services.matching.ssw_fields import SSW_FIELD_TYPES, field_named

Outcome = Literal["created", "updated", "unchanged"]

define(
    {
        "not_a_training_provider": Message(
            "Not a training provider",
            "Bukan lembaga pelatihan",
            "Only an active training provider's client publishes programmes.",
            "Hanya klien lembaga pelatihan yang aktif yang dapat menerbitkan program.",
        ),
        "programme_level_invalid": Message(
            "Invalid level",
            "Level tidak valid",
            "A programme granting {type} names the level among {allowed}.",
            "Program yang memberikan {type} menyebutkan level salah satu dari {allowed}.",
        ),
        "programme_value_not_used": Message(
            "Value not used",
            "Isian tidak dipakai",
            "{type} has no {field}.",
            "{type} tidak memiliki {field}.",
        ),
        "programme_field_required": Message(
            "Field required",
            "Bidang wajib",
            "A programme granting {type} names the field, scheme or subject it certifies.",
            "Program yang memberikan {type} menyebutkan bidang, skema, atau materinya.",
        ),
        "cohort_ends_before_start": Message(
            "Ends before it starts",
            "Berakhir sebelum dimulai",
            "A cohort's end date is on or after its start date.",
            "Tanggal akhir angkatan harus sama dengan atau setelah tanggal mulainya.",
        ),
        "cohort_seats_below_enrolments": Message(
            "Fewer seats than enrolments",
            "Kursi lebih sedikit dari peserta",
            "The cohort has {enrolled} enrolments; it cannot have only {seats} seats.",
            "Angkatan ini memiliki {enrolled} peserta; kursinya tidak bisa hanya {seats}.",
        ),
        "training_changed": Message(
            "Changed meanwhile",
            "Sudah berubah",
            "The record was changed by another request meanwhile; send it again.",
            "Data telah diubah permintaan lain; kirim ulang.",
        ),
    }
)


def _provider(session: Session, actor: Principal) -> Partner:
    partner = session.get(Partner, actor.partner_id or 0)
    if (
        partner is None
        or partner.kind != PartnerKind.training_provider
        or partner.status != PartnerStatus.active
    ):
        raise ProblemError(403, "not_a_training_provider")
    return partner


def _check_programme(payload: ProgrammePut) -> None:
    kind = payload.credential_type
    params: dict[str, Any] = {"type": kind.value}
    errors: list[FieldError] = []
    if kind in LEVELS and payload.credential_level not in LEVELS[kind]:
        allowed = {"allowed": ", ".join(LEVELS[kind])}
        errors.append(FieldError("credential_level", "programme_level_invalid", params | allowed))
    if kind not in LEVELS and payload.credential_level is not None:
        used = params | {"field": "level"}
        errors.append(FieldError("credential_level", "programme_value_not_used", used))
    if kind not in SCORED and payload.credential_score is not None:
        used = params | {"field": "score"}
        errors.append(FieldError("credential_score", "programme_value_not_used", used))
    if kind in NEEDS_FIELD and not payload.credential_field:
        errors.append(FieldError("credential_field", "programme_field_required", params))
    elif kind in SSW_FIELD_TYPES and field_named(payload.credential_field) is None:
        allowed = {"allowed": ", ".join(f.value for f in SswField)}
        errors.append(FieldError("credential_field", "ssw_field_unknown", params | allowed))
    raise_if_invalid(errors)


def _changes(item: Any, values: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in values.items() if getattr(item, k) != v}


def _insert(session: Session, item: Any, entity: str, actor: Principal) -> None:
    session.add(item)
    try:
        session.flush()
    except IntegrityError:
        # The same external id created by a concurrent PUT: the client sends it again.
        session.rollback()
        raise ProblemError(409, "training_changed") from None
    audit.record(session, actor.label, "create", entity, item.id or 0, None, audit.snapshot(item))
    session.commit()
    session.refresh(item)


def _own_programme(session: Session, external_id: str, provider_id: int) -> TrainingProgramme:
    programme = session.exec(
        select(TrainingProgramme).where(
            TrainingProgramme.provider_id == provider_id,
            TrainingProgramme.external_id == external_id,
        )
    ).first()
    if programme is None:
        raise not_found("training_programme")
    return programme


def put_programme(
    session: Session, external_id: str, payload: ProgrammePut, actor: Principal
) -> tuple[TrainingProgramme, Outcome]:
    provider = _provider(session, actor)
    _check_programme(payload)
    values = payload.model_dump(mode="json")
    programme = session.exec(
        select(TrainingProgramme).where(
            TrainingProgramme.provider_id == provider.id,
            TrainingProgramme.external_id == external_id,
        )
    ).first()
    if programme is None:
        programme = TrainingProgramme(
            provider_id=provider.id or 0, external_id=external_id, **values
        )
        _insert(session, programme, "training_programme", actor)
        return programme, "created"
    changes = _changes(programme, values)
    if not changes:
        return programme, "unchanged"
    before = audit.snapshot(programme)
    apply_changes(programme, changes)
    session.add(programme)
    audit.record(
        session,
        actor.label,
        "update",
        "training_programme",
        programme.id or 0,
        before,
        audit.snapshot(programme),
    )
    session.commit()
    session.refresh(programme)
    return programme, "updated"


def _set_seats(session: Session, cohort: Cohort, changes: dict[str, Any]) -> None:
    """Write a cohort's changes; new seats only if they still hold every enrolment.

    The check sits in the UPDATE itself, so an enrolment committed between our read and our
    write cannot leave the cohort with fewer seats than enrolments.
    """
    conditions = [col(Cohort.id) == cohort.id, col(Cohort.version) == cohort.version]
    if "seats" in changes:
        conditions.append(col(Cohort.enrolled) <= changes["seats"])
    written = session.execute(
        update(Cohort)
        .where(*conditions)
        .values(**changes, version=col(Cohort.version) + 1, updated_at=utcnow())
        .execution_options(synchronize_session=False)
    )
    if rowcount(written) == 1:
        return
    session.rollback()
    session.refresh(cohort)
    if "seats" in changes and cohort.enrolled > changes["seats"]:
        params = {"enrolled": cohort.enrolled, "seats": changes["seats"]}
        raise ProblemError(409, "cohort_seats_below_enrolments", params)
    raise ProblemError(409, "training_changed")


def put_cohort(
    session: Session,
    external_id: str,
    cohort_external_id: str,
    payload: CohortPut,
    actor: Principal,
) -> tuple[Cohort, Outcome]:
    provider = _provider(session, actor)
    programme = _own_programme(session, external_id, provider.id or 0)
    if payload.ends_on < payload.starts_on:
        raise_if_invalid([FieldError("ends_on", "cohort_ends_before_start")])
    values = payload.model_dump(mode="json")
    values["starts_on"], values["ends_on"] = payload.starts_on, payload.ends_on
    cohort = session.exec(
        select(Cohort).where(
            Cohort.programme_id == programme.id, Cohort.external_id == cohort_external_id
        )
    ).first()
    if cohort is None:
        cohort = Cohort(programme_id=programme.id or 0, external_id=cohort_external_id, **values)
        _insert(session, cohort, "cohort", actor)
        return cohort, "created"
    changes = _changes(cohort, values)
    if not changes:
        return cohort, "unchanged"
    before = audit.snapshot(cohort)
    _set_seats(session, cohort, changes)
    session.refresh(cohort)
    audit.record(
        session, actor.label, "update", "cohort", cohort.id or 0, before, audit.snapshot(cohort)
    )
    session.commit()
    session.refresh(cohort)
    return cohort, "updated"


def cohort_read(cohort: Cohort) -> CohortRead:
    free = max(cohort.seats - cohort.enrolled, 0)
    return CohortRead.model_validate({**cohort.model_dump(), "free_seats": free})


def get_cohort(session: Session, cohort_id: int) -> Cohort:
    cohort = session.get(Cohort, cohort_id)
    if cohort is None:
        raise not_found("cohort")
    return cohort


def _bookable(today: date) -> list[Any]:
    """Conditions of a cohort that can still take someone: open, not started, a seat free."""
    return [
        col(Cohort.status) == CohortStatus.open,
        col(Cohort.starts_on) >= today,
        col(Cohort.enrolled) < col(Cohort.seats),
    ]


def list_programmes(
    session: Session,
    page: PageParams,
    *,
    credential_type: CredentialType | None = None,
    level: str | None = None,
    provider_id: int | None = None,
    status: ProgrammeStatus | None = None,
    with_free_seats: bool = False,
    today: date | None = None,
) -> tuple[list[ProgrammeRead], str | None]:
    today = today or clock.today()
    bookable = exists().where(col(Cohort.programme_id) == TrainingProgramme.id, *_bookable(today))
    conditions = where_all(
        col(TrainingProgramme.credential_type) == credential_type if credential_type else None,
        col(TrainingProgramme.credential_level) == level if level else None,
        col(TrainingProgramme.provider_id) == provider_id if provider_id else None,
        col(TrainingProgramme.status) == status if status else None,
        bookable if with_free_seats else None,
    )
    rows, cursor = paginate(
        session, select(TrainingProgramme).where(*conditions), TrainingProgramme.id, page
    )
    return programme_reads(session, rows, today), cursor


def programme_reads(
    session: Session, programmes: list[TrainingProgramme], today: date | None = None
) -> list[ProgrammeRead]:
    """Programmes with their provider's name and cohorts not yet ended: two more queries."""
    today = today or clock.today()
    ids = [p.id for p in programmes]
    cohorts: dict[int, list[CohortRead]] = defaultdict(list)
    for cohort in session.exec(
        select(Cohort)
        .where(col(Cohort.programme_id).in_(ids), col(Cohort.ends_on) >= today)
        .order_by(col(Cohort.starts_on), col(Cohort.id))
    ):
        cohorts[cohort.programme_id].append(cohort_read(cohort))
    names = dict(
        session.exec(
            select(Partner.id, Partner.name).where(
                col(Partner.id).in_({p.provider_id for p in programmes})
            )
        ).all()
    )
    return [
        ProgrammeRead.model_validate(
            {
                **p.model_dump(),
                "provider_name": names.get(p.provider_id, ""),
                "cohorts": cohorts.get(p.id or 0, []),
            }
        )
        for p in programmes
    ]


def programme_read(session: Session, programme: TrainingProgramme) -> ProgrammeRead:
    return programme_reads(session, [programme])[0]


def owned_cohort(session: Session, cohort_id: int, actor: Principal) -> Cohort:
    """A cohort of the calling provider's own programmes; another provider's is a 404."""
    cohort = get_cohort(session, cohort_id)
    if actor.kind == "client":
        programme = session.get(TrainingProgramme, cohort.programme_id)
        if programme is None or programme.provider_id != actor.partner_id:
            raise not_found("cohort")
    return cohort
