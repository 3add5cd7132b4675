"""Partner organisations: create, update, archive, list."""

from sqlalchemy import func
from sqlmodel import Session, col, select

from app.core.errors import FieldError, ProblemError
from app.core.i18n import Message, define
from app.core.pagination import PageParams, paginate, where_all
from app.models.partner import Partner, PartnerCreate, PartnerKind, PartnerStatus, PartnerUpdate
from app.reference import is_country
from app.services.common import (
    apply_changes,
    commit_or_conflict,
    get_or_404,
    raise_if_invalid,
    refuse_emptied,
)

define(
    {
        "licence_number_required": Message(
            "Licence number required",
            "Nomor izin wajib",
            "A placement agency (P3MI) needs its licence number.",
            "Perusahaan penempatan (P3MI) wajib mencantumkan nomor izinnya.",
        ),
        "country_unknown": Message(
            "Unknown country",
            "Negara tidak dikenal",
            "{code} is not an ISO 3166-1 alpha-2 country code.",
            "{code} bukan kode negara ISO 3166-1 alpha-2.",
        ),
        "partner_name_taken": Message(
            "Partner already exists",
            "Mitra sudah ada",
            "A partner with this name already exists.",
            "Mitra dengan nama ini sudah ada.",
        ),
        "licence_number_taken": Message(
            "Licence number already used",
            "Nomor izin sudah dipakai",
            "Another partner holds this licence number.",
            "Mitra lain sudah memakai nomor izin ini.",
        ),
    }
)


def _check_rules(partner: Partner) -> None:
    errors: list[FieldError] = []
    if partner.kind == PartnerKind.placement_agency and not partner.licence_number:
        errors.append(FieldError("licence_number", "licence_number_required"))
    if not is_country(partner.country):
        errors.append(FieldError("country", "country_unknown", {"code": partner.country}))
    raise_if_invalid(errors)


def _check_unique(session: Session, partner: Partner) -> None:
    others = select(Partner.id).where(col(Partner.id) != partner.id) if partner.id else None
    base = others if others is not None else select(Partner.id)
    if session.exec(base.where(func.lower(Partner.name) == partner.name.lower())).first():
        raise ProblemError(409, "partner_name_taken")
    if (
        partner.licence_number
        and session.exec(base.where(Partner.licence_number == partner.licence_number)).first()
    ):
        raise ProblemError(409, "licence_number_taken")


def create_partner(session: Session, payload: PartnerCreate) -> Partner:
    partner = Partner(**payload.model_dump(exclude_none=True))
    _check_rules(partner)
    _check_unique(session, partner)
    session.add(partner)
    commit_or_conflict(session, "partner_name_taken")
    session.refresh(partner)
    return partner


def get_partner(session: Session, partner_id: int) -> Partner:
    return get_or_404(session, Partner, partner_id, "partner")


def update_partner(session: Session, partner_id: int, payload: PartnerUpdate) -> Partner:
    partner = get_partner(session, partner_id)
    refuse_emptied(payload, ("name", "country", "status"))
    changes = payload.model_dump(exclude_unset=True)
    merged = Partner.model_validate({**partner.model_dump(), **changes})
    _check_rules(merged)
    _check_unique(session, merged)
    apply_changes(partner, changes)
    session.add(partner)
    commit_or_conflict(session, "partner_name_taken")
    session.refresh(partner)
    return partner


def archive_partner(session: Session, partner_id: int) -> Partner:
    partner = get_partner(session, partner_id)
    if partner.status != PartnerStatus.archived:
        apply_changes(partner, {"status": PartnerStatus.archived})
        session.add(partner)
        session.commit()
        session.refresh(partner)
    return partner


def list_partners(
    session: Session,
    page: PageParams,
    *,
    kind: PartnerKind | None = None,
    status: PartnerStatus | None = None,
    country: str | None = None,
    q: str | None = None,
) -> tuple[list[Partner], str | None]:
    conditions = where_all(
        col(Partner.kind) == kind if kind else None,
        col(Partner.status) == status if status else col(Partner.status) != "archived",
        col(Partner.country) == country if country else None,
        func.lower(Partner.name).contains(q.lower()) if q else None,
    )
    return paginate(session, select(Partner).where(*conditions), Partner.id, page)
