"""MoUs: records of the agreements behind job orders, moved only along legal stages."""

from datetime import date

from sqlalchemy import delete, func
from sqlmodel import Session, col, select

from app.errors import FieldError, ProblemError, not_found
from app.i18n import Message, define
from app.models.base import utcnow
from app.models.mou import (
    Mou,
    MouCreate,
    MouKind,
    MouParty,
    MouRead,
    MouStage,
    MouStageChange,
    MouStageChangeRead,
    MouTransition,
    MouUpdate,
)
from app.models.partner import Partner
from app.models.vacancy import Vacancy
from app.pagination import PageParams, paginate, where_all
from app.reference import is_country
from app.services.common import apply_changes, raise_if_invalid

S = MouStage
# The legal moves between stages; anything else is refused with the allowed ones named.
NEXT_STAGES: dict[MouStage, tuple[MouStage, ...]] = {
    S.draft: (S.negotiating, S.terminated),
    S.negotiating: (S.awaiting_ministry_approval, S.signed, S.draft, S.terminated),
    S.awaiting_ministry_approval: (S.signed, S.negotiating, S.terminated),
    S.signed: (S.active, S.terminated),
    S.active: (S.expired, S.terminated),
    S.expired: (S.negotiating,),
    S.terminated: (),
}

define(
    {
        "mou_transition_not_allowed": Message(
            "Stage change not allowed",
            "Perubahan tahap tidak diizinkan",
            "An MoU cannot move from {from_stage} to {to_stage}; allowed: {allowed}.",
            "MoU tidak dapat berpindah dari {from_stage} ke {to_stage}; yang diizinkan: {allowed}.",
        ),
        "ministry_approval_required": Message(
            "Ministry approval required",
            "Persetujuan Kemendagri diperlukan",
            "A sister-city MoU is signed only after Kemendagri's approval.",
            "MoU kota kembar hanya ditandatangani setelah persetujuan Kemendagri.",
        ),
        "effective_date_in_future": Message(
            "Date in the future", "Tanggal di masa depan", "A stage change cannot be future-dated."
        ),
        "partners_unknown": Message(
            "Unknown partners", "Mitra tidak dikenal", "Unknown partner ids: {ids}."
        ),
        "mou_not_draft": Message(
            "Only drafts can be deleted",
            "Hanya draf yang dapat dihapus",
            "This MoU is past the draft stage; terminate it instead.",
            "MoU ini sudah melewati tahap draf; akhiri (terminate) saja.",
        ),
        "date_range_invalid": Message(
            "Invalid dates", "Tanggal tidak valid", "The end date is before the start date."
        ),
    }
)


def to_read(session: Session, mou: Mou) -> MouRead:
    party_ids = session.exec(
        select(MouParty.partner_id)
        .where(MouParty.mou_id == mou.id)
        .order_by(col(MouParty.partner_id))
    ).all()
    history = session.exec(
        select(MouStageChange)
        .where(MouStageChange.mou_id == mou.id)
        .order_by(col(MouStageChange.id))
    ).all()
    vacancy_count = session.exec(
        select(func.count()).select_from(Vacancy).where(Vacancy.mou_id == mou.id)
    ).one()
    return MouRead.model_validate(
        {
            **mou.model_dump(),
            "party_ids": list(party_ids),
            "allowed_next_stages": list(NEXT_STAGES[MouStage(mou.stage)]),
            "vacancy_count": vacancy_count,
            "history": [MouStageChangeRead.model_validate(h) for h in history],
        }
    )


def _check(session: Session, mou: Mou, party_ids: list[int] | None) -> None:
    errors: list[FieldError] = []
    if party_ids is not None:
        found = set(session.exec(select(Partner.id).where(col(Partner.id).in_(party_ids))).all())
        missing = sorted(set(party_ids) - found)
        if missing:
            ids = ", ".join(map(str, missing))
            errors.append(FieldError("party_ids", "partners_unknown", {"ids": ids}))
    for code in mou.countries:
        if not is_country(code):
            errors.append(FieldError("countries", "country_unknown", {"code": code}))
    if mou.effective_from and mou.effective_until and mou.effective_until < mou.effective_from:
        errors.append(FieldError("effective_until", "date_range_invalid"))
    raise_if_invalid(errors)


def _set_parties(session: Session, mou_id: int, party_ids: list[int]) -> None:
    session.execute(delete(MouParty).where(col(MouParty.mou_id) == mou_id))
    for partner_id in sorted(set(party_ids)):
        session.add(MouParty(mou_id=mou_id, partner_id=partner_id))


def create_mou(session: Session, payload: MouCreate) -> Mou:
    data = payload.model_dump(
        mode="json", exclude_none=True, exclude={"party_ids", "effective_from", "effective_until"}
    )
    mou = Mou(
        **data, effective_from=payload.effective_from, effective_until=payload.effective_until
    )
    _check(session, mou, payload.party_ids)
    session.add(mou)
    session.flush()
    _set_parties(session, mou.id or 0, payload.party_ids)
    session.add(MouStageChange(mou_id=mou.id or 0, to_stage=S.draft, effective_on=date.today()))
    session.commit()
    session.refresh(mou)
    return mou


def get_mou(session: Session, mou_id: int) -> Mou:
    mou = session.get(Mou, mou_id)
    if mou is None:
        raise not_found("mou")
    return mou


def update_mou(session: Session, mou_id: int, payload: MouUpdate) -> Mou:
    mou = get_mou(session, mou_id)
    changes = payload.model_dump(mode="json", exclude_unset=True, exclude={"party_ids"})
    for name in ("effective_from", "effective_until"):
        if name in changes:
            changes[name] = getattr(payload, name)
    merged = Mou.model_validate({**mou.model_dump(), **changes})
    _check(session, merged, payload.party_ids)
    apply_changes(mou, changes)
    if payload.party_ids is not None:
        _set_parties(session, mou_id, payload.party_ids)
    session.add(mou)
    session.commit()
    session.refresh(mou)
    return mou


def transition_mou(session: Session, mou_id: int, payload: MouTransition) -> Mou:
    mou = get_mou(session, mou_id)
    current = MouStage(mou.stage)
    allowed = NEXT_STAGES[current]
    if payload.to_stage not in allowed:
        names = [s.value for s in allowed]
        raise ProblemError(
            409,
            "mou_transition_not_allowed",
            {
                "from_stage": current.value,
                "to_stage": payload.to_stage.value,
                "allowed": ", ".join(names) or "-",
            },
            extra={"allowed_next_stages": names},
        )
    effective_on = payload.effective_on or date.today()
    if effective_on > date.today():
        raise ProblemError(
            422,
            "effective_date_in_future",
            errors=[FieldError("effective_on", "effective_date_in_future")],
        )
    if (
        payload.to_stage == S.signed
        and mou.kind == MouKind.sister_city
        and current != S.awaiting_ministry_approval
    ):
        raise ProblemError(409, "ministry_approval_required")
    changes: dict[str, object] = {"stage": payload.to_stage.value}
    if payload.to_stage == S.signed:
        changes["signed_on"] = effective_on
    apply_changes(mou, changes)
    session.add(mou)
    session.add(
        MouStageChange(
            mou_id=mou_id,
            from_stage=current.value,
            to_stage=payload.to_stage.value,
            effective_on=effective_on,
            note=payload.note,
            recorded_at=utcnow(),
        )
    )
    session.commit()
    session.refresh(mou)
    return mou


def delete_mou(session: Session, mou_id: int) -> None:
    mou = get_mou(session, mou_id)
    if mou.stage != S.draft:
        raise ProblemError(409, "mou_not_draft")
    # Children first, as bulk statements, so the order does not depend on the flush.
    session.execute(delete(MouStageChange).where(col(MouStageChange.mou_id) == mou_id))
    session.execute(delete(MouParty).where(col(MouParty.mou_id) == mou_id))
    session.delete(mou)
    session.commit()


def list_mous(
    session: Session,
    page: PageParams,
    *,
    stage: MouStage | None = None,
    kind: MouKind | None = None,
    partner_id: int | None = None,
) -> tuple[list[Mou], str | None]:
    conditions = where_all(
        col(Mou.stage) == stage if stage else None,
        col(Mou.kind) == kind if kind else None,
        col(Mou.id).in_(select(MouParty.mou_id).where(MouParty.partner_id == partner_id))
        if partner_id is not None
        else None,
    )
    return paginate(session, select(Mou).where(*conditions), Mou.id, page)
