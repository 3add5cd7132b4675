"""Closing and opening schemes and recruitment channels, and what a closure stops.

The office closes a scheme or channel when its source suspends it (Korea's E-8 seasonal
channel for Indonesian workers, suspended from late 2024). A closed route's job orders stay
on record but are not offered in matches, not proposed by matching runs and not applied to;
an eligibility check shows the closure with its reason and source.
"""

from sqlalchemy import ColumnElement, exists, false, or_
from sqlmodel import Session, col, select

from app.core.errors import ProblemError, invalid, not_found
from app.core.i18n import Language, Message, define
from app.core.principal import Principal
from app.models.base import utcnow
from app.models.channel import ChannelKind, ChannelRead, ChannelState, ChannelStateWrite
from app.models.vacancy import Vacancy
from app.reference import Channel, Scheme
from app.services import audit
from app.services.matching.channels import CHANNELS, SCHEME_NAMES
from app.services.matching.facts import Closure

define(
    {
        "channel_closure_unexplained": Message(
            "Reason and source needed",
            "Alasan dan sumber diperlukan",
            "Closing a scheme or channel needs the reason people will read and its source.",
            "Menutup skema atau jalur memerlukan alasan yang akan dibaca orang dan sumbernya.",
        ),
        "application_channel_closed": Message(
            "Channel closed",
            "Jalur ditutup",
            "{channel} is closed to new placements: {reason} (source: {source}).",
            "{channel} ditutup untuk penempatan baru: {reason} (sumber: {source}).",
        ),
    }
)

CODES: dict[str, tuple[ChannelKind, Scheme]] = {
    **{scheme.value: (ChannelKind.scheme, scheme) for scheme in Scheme},
    **{code.value: (ChannelKind.channel, info.scheme) for code, info in CHANNELS.items()},
}


def _read(code: str, state: ChannelState | None, lang: Language) -> ChannelRead:
    kind, scheme = CODES[code]
    if kind == ChannelKind.channel:
        info = CHANNELS[Channel(code)]
        name, source = (info.name_id if lang == "id" else info.name_en), info.source
    else:
        names = SCHEME_NAMES[scheme]
        name, source = (names[1] if lang == "id" else names[0]), None
    closed = state is not None and not state.open
    return ChannelRead(
        code=code,
        kind=kind,
        scheme=scheme,
        name=name,
        source=source,
        open=not closed,
        reason=state.reason if closed and state else None,
        closure_source=state.source if closed and state else None,
        changed_at=state.changed_at if state else None,
    )


def list_channels(session: Session, lang: Language) -> list[ChannelRead]:
    """Every scheme, then every channel, with whether it takes people now."""
    states = {s.code: s for s in session.exec(select(ChannelState))}
    return [_read(code, states.get(code), lang) for code in CODES]


def set_channel_state(
    session: Session, code: str, payload: ChannelStateWrite, actor: Principal, lang: Language
) -> ChannelRead:
    if code not in CODES:
        raise not_found("channel")
    if not payload.open and (payload.reason is None or payload.source is None):
        field = "reason" if payload.reason is None else "source"
        raise invalid(field, "channel_closure_unexplained")
    state = session.exec(select(ChannelState).where(ChannelState.code == code)).first()
    before = audit.snapshot(state)
    if state is None:
        state = ChannelState(code=code, changed_by=actor.label)
    state.open = payload.open
    state.reason = None if payload.open else payload.reason
    state.source = None if payload.open else payload.source
    state.changed_by, state.changed_at = actor.label, utcnow()
    session.add(state)
    session.flush()
    action = "update" if before else "create"
    audit.record(
        session, actor.label, action, "channel_state", state.id or 0, before, audit.snapshot(state)
    )
    session.commit()
    session.refresh(state)
    return _read(code, state, lang)


def route_is_open() -> ColumnElement[bool]:
    """SQL: the job order's scheme and channel are not closed (for open-order queries)."""
    closed = exists().where(
        col(ChannelState.open) == false(),
        or_(
            col(ChannelState.code) == col(Vacancy.scheme),
            col(ChannelState.code) == col(Vacancy.channel),
        ),
    )
    return ~closed


def closure_of(session: Session, vacancy: Vacancy) -> Closure | None:
    """The closure stopping the job order's scheme or channel, if one does."""
    codes = [vacancy.scheme, *([vacancy.channel] if vacancy.channel else [])]
    state = session.exec(
        select(ChannelState)
        .where(col(ChannelState.code).in_(codes), col(ChannelState.open) == false())
        .order_by(col(ChannelState.code))
    ).first()
    if state is None:
        return None
    return Closure(state.code, state.reason or "", state.source or "")


def refuse_if_closed(session: Session, vacancy: Vacancy) -> None:
    """409 for an application to a job order whose scheme or channel is closed."""
    closure = closure_of(session, vacancy)
    if closure is not None:
        params = {"channel": closure.channel, "reason": closure.reason, "source": closure.source}
        raise ProblemError(409, "application_channel_closed", params)
