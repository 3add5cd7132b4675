"""MoUs: records of the agreements behind job orders, moved only along legal stages."""

from collections import Counter
from collections.abc import Sequence
from typing import Any

from sqlalchemy import String, cast, delete, func
from sqlmodel import Session, col, select

from app.core import clock
from app.core.errors import FieldError, ProblemError
from app.core.i18n import Message, define
from app.core.pagination import PageParams, paginate, where_all
from app.core.principal import Principal
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
from app.reference import is_country
from app.services import audit
from app.services.common import apply_changes, get_or_404, raise_if_invalid, refuse_emptied
from app.services.state_machine import StateMachine

S = MouStage
# The legal moves between stages; anything else is refused with the allowed ones named.
NEXT_STAGES: dict[MouStage, tuple[MouStage, ...]] = {
    S.draft: (S.negotiating, S.terminated),
    S.negotiating: (S.awaiting_ministry_approval, S.signed, S.draft, S.terminated),
    S.awaiting_ministry_approval: (S.signed, S.negotiating, S.terminated),
    S.signed: (S.active, S.terminated),
    S.active: (S.expired, S.terminated),
    S.expired: (S.negotiating,),  # renewal talks
    S.terminated: (),
}
MOVES = StateMachine(
    entity="mou",
    word="stage",
    moves=NEXT_STAGES,
    history=MouStageChange,
    owner_field="mou_id",
)

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
            "A sister-city MoU is signed only after Kemendagri's approval: move it to "
            "awaiting_ministry_approval first.",
            "MoU kota kembar hanya ditandatangani setelah persetujuan Kemendagri: pindahkan "
            "dulu ke awaiting_ministry_approval.",
        ),
        "effective_date_in_future": Message(
            "Date in the future",
            "Tanggal di masa depan",
            "A stage change cannot be dated after today.",
            "Perubahan tahap tidak boleh bertanggal setelah hari ini.",
        ),
        "partners_unknown": Message(
            "Unknown partners",
            "Mitra tidak dikenal",
            "These partner ids do not exist: {ids}.",
            "Id mitra berikut tidak ada: {ids}.",
        ),
        "party_ids_duplicate": Message(
            "Party named twice",
            "Pihak disebut dua kali",
            "Each party is named once; repeated: {ids}.",
            "Setiap pihak cukup disebut sekali; berulang: {ids}.",
        ),
        "date_range_invalid": Message(
            "Invalid dates",
            "Tanggal tidak valid",
            "The end date is before the start date.",
            "Tanggal berakhir sebelum tanggal mulai.",
        ),
        "mou_kind_locked": Message(
            "Kind can no longer change",
            "Jenis tidak dapat diubah lagi",
            "The kind of an MoU decides the stages it must pass, so it changes only while the "
            "MoU is a draft; this one is {stage}.",
            "Jenis MoU menentukan tahap yang harus dilalui, jadi hanya dapat diubah selama MoU "
            "masih draf; MoU ini berada pada tahap {stage}.",
        ),
        "mou_not_draft": Message(
            "Only drafts can be deleted",
            "Hanya draf yang dapat dihapus",
            "This MoU is {stage}, past the draft stage; terminate it instead "
            "(POST a transition to terminated).",
            "MoU ini berada pada tahap {stage}, sudah melewati draf; akhiri saja "
            "(kirim transisi ke terminated).",
        ),
        "mou_has_vacancies": Message(
            "MoU in use",
            "MoU sedang dipakai",
            "{count} job order(s) refer to this MoU; unlink them before deleting it.",
            "{count} lowongan merujuk MoU ini; lepaskan kaitannya sebelum menghapus.",
        ),
    }
)


def to_reads(session: Session, mous: Sequence[Mou]) -> list[MouRead]:
    """Read models for a page of MoUs, with three queries whatever the page size."""
    ids = [m.id for m in mous]
    parties: dict[int, list[int]] = {i: [] for i in ids if i is not None}
    for mou_id, partner_id in session.exec(
        select(MouParty.mou_id, MouParty.partner_id)
        .where(col(MouParty.mou_id).in_(ids))
        .order_by(col(MouParty.mou_id), col(MouParty.partner_id))
    ):
        parties[mou_id].append(partner_id)
    history: dict[int, list[MouStageChangeRead]] = {i: [] for i in parties}
    for change in session.exec(
        select(MouStageChange)
        .where(col(MouStageChange.mou_id).in_(ids))
        .order_by(col(MouStageChange.mou_id), col(MouStageChange.id))
    ):
        history[change.mou_id].append(MouStageChangeRead.model_validate(change))
    vacancies = dict(
        session.exec(
            select(Vacancy.mou_id, func.count())
            .where(col(Vacancy.mou_id).in_(ids))
            .group_by(col(Vacancy.mou_id))
        ).all()
    )
    return [
        MouRead.model_validate(
            {
                **mou.model_dump(),
                "party_ids": parties[mou.id or 0],
                "allowed_next_stages": list(MOVES.allowed(MouStage(mou.stage))),
                "vacancy_count": vacancies.get(mou.id, 0),
                "history": history[mou.id or 0],
            }
        )
        for mou in mous
    ]


def to_read(session: Session, mou: Mou) -> MouRead:
    return to_reads(session, [mou])[0]


def _check(session: Session, mou: Mou, party_ids: list[int] | None) -> None:
    """Every rule on the merged record; one 422 naming all that are broken."""
    errors: list[FieldError] = []
    if party_ids is not None:
        repeated = sorted(i for i, n in Counter(party_ids).items() if n > 1)
        if repeated:
            ids = ", ".join(map(str, repeated))
            errors.append(FieldError("party_ids", "party_ids_duplicate", {"ids": ids}))
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


def _column_values(payload: MouCreate | MouUpdate) -> dict[str, Any]:
    """The given fields as column values: JSON-ready lists, dates kept as dates."""
    values = payload.model_dump(mode="json", exclude_unset=True, exclude={"party_ids"})
    for name in ("effective_from", "effective_until"):
        if name in values:
            values[name] = getattr(payload, name)
    return values


def _set_parties(session: Session, mou_id: int, party_ids: list[int]) -> None:
    session.execute(delete(MouParty).where(col(MouParty.mou_id) == mou_id))
    for partner_id in sorted(party_ids):
        session.add(MouParty(mou_id=mou_id, partner_id=partner_id))


def _audit_view(session: Session, mou: Mou) -> dict[str, Any]:
    """The record as the audit trail keeps it: its columns and its parties."""
    parties = session.exec(
        select(MouParty.partner_id)
        .where(MouParty.mou_id == mou.id)
        .order_by(col(MouParty.partner_id))
    ).all()
    return audit.snapshot(mou) | {"party_ids": list(parties)}


def create_mou(session: Session, payload: MouCreate, actor: Principal) -> Mou:
    """Record an MoU as a draft, with the first entry of its history."""
    mou = Mou(**_column_values(payload), stage=S.draft)
    _check(session, mou, payload.party_ids)
    session.add(mou)
    session.flush()
    mou_id = mou.id or 0
    _set_parties(session, mou_id, payload.party_ids)
    session.add(MOVES.history_row(mou_id, None, S.draft, effective_on=clock.today()))
    session.flush()
    return audit.committed(
        session, mou, actor.label, "create", "mou", mou_id, None, _audit_view(session, mou)
    )


def get_mou(session: Session, mou_id: int) -> Mou:
    return get_or_404(session, Mou, mou_id, "mou")


def update_mou(session: Session, mou_id: int, payload: MouUpdate, actor: Principal) -> Mou:
    """Change the record's details; the stage moves only through transitions."""
    mou = get_mou(session, mou_id)
    changes = _column_values(payload)
    refuse_emptied(payload, ("title", "kind", "party_ids"))
    if "kind" in changes and changes["kind"] != mou.kind and mou.stage != S.draft:
        raise ProblemError(409, "mou_kind_locked", {"stage": mou.stage})
    # Check a merged copy so that a refused change leaves the stored record untouched.
    _check(session, Mou.model_validate({**mou.model_dump(), **changes}), payload.party_ids)
    before = _audit_view(session, mou)
    apply_changes(mou, changes)
    if payload.party_ids is not None:
        _set_parties(session, mou_id, payload.party_ids)
        if not changes:
            mou.version += 1  # the parties are part of the record
    session.add(mou)
    session.flush()
    return audit.committed(
        session, mou, actor.label, "update", "mou", mou_id, before, _audit_view(session, mou)
    )


def transition_mou(session: Session, mou_id: int, payload: MouTransition, actor: Principal) -> Mou:
    """Move to the next stage along a legal move, and record it in the history."""
    mou = get_mou(session, mou_id)
    current = MouStage(mou.stage)
    MOVES.check(current, payload.to_stage)
    effective_on = payload.effective_on or clock.today()
    if effective_on > clock.today():
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
    before = audit.snapshot(mou)
    apply_changes(mou, changes)
    audit.record(session, actor.label, "transition", "mou", mou_id, before, audit.snapshot(mou))
    session.add(mou)
    session.add(
        MOVES.history_row(
            mou_id, current, payload.to_stage, effective_on=effective_on, note=payload.note
        )
    )
    session.commit()
    session.refresh(mou)
    return mou


def delete_mou(session: Session, mou_id: int, actor: Principal) -> None:
    """Only a draft is deleted; past that stage an MoU is terminated and kept."""
    mou = get_mou(session, mou_id)
    if mou.stage != S.draft:
        raise ProblemError(409, "mou_not_draft", {"stage": mou.stage})
    in_use = session.exec(
        select(func.count()).select_from(Vacancy).where(Vacancy.mou_id == mou_id)
    ).one()
    if in_use:
        raise ProblemError(409, "mou_has_vacancies", {"count": in_use})
    audit.record(session, actor.label, "delete", "mou", mou_id, _audit_view(session, mou), None)
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
    country: str | None = None,
) -> tuple[list[Mou], str | None]:
    conditions = where_all(
        col(Mou.stage) == stage if stage else None,
        col(Mou.kind) == kind if kind else None,
        col(Mou.id).in_(select(MouParty.mou_id).where(MouParty.partner_id == partner_id))
        if partner_id is not None
        else None,
        # `countries` is a JSON list of validated alpha-2 codes, so the quoted code matches
        # exactly one element, the same way on SQLite and PostgreSQL.
        cast(col(Mou.countries), String).contains(f'"{country}"') if country else None,
    )
    return paginate(session, select(Mou).where(*conditions), Mou.id, page)
