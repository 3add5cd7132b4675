"""Audit trail: who changed which record, when, and which fields (personal values masked).

Entries are added to the caller's session so they commit, or roll back, with the change.
"""

from datetime import date, datetime
from enum import Enum
from functools import lru_cache
from typing import Any, TypeVar

from sqlmodel import Session, SQLModel, col, select

from app.core.pagination import PageParams, paginate, where_all
from app.models.audit import AuditEntry
from app.services.applicants.privacy import PERSONAL_FIELDS, mask_value

IGNORED = frozenset({"updated_at", "created_at", "version", "password_hash", "secret_hash"})


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    return value


T = TypeVar("T", bound=SQLModel)


def snapshot(item: SQLModel | None) -> dict[str, Any]:
    return {} if item is None else plain(item.model_dump())


def plain(row: dict[str, Any]) -> dict[str, Any]:
    """A row's values as the audit trail stores them (dates as ISO text, enums as values)."""
    return {k: _plain(v) for k, v in row.items()}


@lru_cache(maxsize=64)
def _audited_fields(names: tuple[str, ...]) -> tuple[tuple[str, bool], ...]:
    """The fields of a row shape that the trail records, sorted, each with whether it is
    personal (masked): rows of one table share a shape, so this is worked out once."""
    kept = sorted(n for n in names if n not in IGNORED and n != "id")
    return tuple((name, name in PERSONAL_FIELDS) for name in kept)


def created(row: dict[str, Any]) -> dict[str, Any]:
    """`diff({}, plain(row))` for a new row, in one pass: bulk creates write thousands.

    Dates and enums are left to the engine's JSON codec, which writes them as `plain` would
    (ISO text, the enum's value)."""
    changes: dict[str, Any] = {}
    for name, personal in _audited_fields(tuple(row)):
        value = row[name]
        if value is None:
            continue
        changes[name] = {"old": None, "new": mask_value(name, value) if personal else value}
    return changes


def diff(before: dict[str, Any], after: dict[str, Any]) -> dict[str, Any]:
    changes: dict[str, Any] = {}
    for name in sorted(before.keys() | after.keys()):
        if name in IGNORED or name == "id":
            continue
        old, new = before.get(name), after.get(name)
        if old == new:
            continue
        if name in PERSONAL_FIELDS:
            old, new = mask_value(name, old), mask_value(name, new)
        changes[name] = {"old": old, "new": new}
    return changes


def changed(before: Any, changes: dict[str, Any]) -> dict[str, Any]:
    """`diff(snapshot(before), snapshot(after))` when `after` is `before` with `changes`
    applied and every value in `changes` differs from the old one: the batch sync's updates
    need not dump each record twice to find the fields they name already."""
    entry: dict[str, Any] = {}
    for name in sorted(changes):
        if name in IGNORED or name == "id":
            continue
        old, new = _plain(getattr(before, name)), _plain(changes[name])
        if name in PERSONAL_FIELDS:
            old, new = mask_value(name, old), mask_value(name, new)
        entry[name] = {"old": old, "new": new}
    return entry


def record(
    session: Session,
    actor: str,
    action: str,
    entity: str,
    entity_id: int,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> None:
    session.add(
        AuditEntry(
            actor=actor,
            action=action,
            entity=entity,
            entity_id=entity_id,
            changes=diff(before or {}, after or {}),
        )
    )


def committed(
    session: Session,
    item: T,
    actor: str,
    action: str,
    entity: str,
    entity_id: int,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> T:
    """The tail of a write: its audit entry, the commit, and the item as stored."""
    record(session, actor, action, entity, entity_id, before, after)
    session.commit()
    session.refresh(item)
    return item


def list_entries(
    session: Session,
    page: PageParams,
    *,
    entity: str | None = None,
    entity_id: int | None = None,
    actor: str | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
) -> tuple[list[AuditEntry], str | None]:
    conditions = where_all(
        col(AuditEntry.entity) == entity if entity else None,
        col(AuditEntry.entity_id) == entity_id if entity_id is not None else None,
        col(AuditEntry.actor) == actor if actor else None,
        col(AuditEntry.at) >= since if since else None,
        col(AuditEntry.at) < until if until else None,
    )
    return paginate(session, select(AuditEntry).where(*conditions), AuditEntry.id, page)
