"""Batch upsert of job orders from an agency's system, keyed by the agency's `external_id`.

Every item meets the rules of a single create or update (the same functions in
app/services/vacancies/service.py). All items are judged first, against state read with a handful
of queries whatever the batch size; then the valid ones are written together: new rows in
one multi-row INSERT, their audit and change-log rows likewise. A refused item is never
half-written, and it does not stop the others.
"""

from dataclasses import dataclass
from datetime import datetime
from types import SimpleNamespace
from typing import Any, cast

from pydantic import ValidationError
from sqlalchemy import CursorResult, bindparam, update
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, SQLModel, col, func, select

from app.core.errors import FieldError, ProblemError
from app.core.i18n import Message, define
from app.core.principal import Principal
from app.models.audit import AuditEntry
from app.models.base import utcnow
from app.models.change import ChangeEntity, ChangeOp
from app.models.mou import Mou
from app.models.partner import Partner
from app.models.vacancy import BatchResult, Vacancy, VacancyCreate, VacancyUpdate
from app.services import audit
from app.services import changes as change_log
from app.services.vacancies import bulk
from app.services.vacancies.checks import (
    JobOrder,
    agency_errors,
    agency_refusal,
    check_rules,
    field_changes,
    new_row,
    update_errors,
)
from app.services.vacancies.service import selected_counts

define(
    {
        "external_id_repeated": Message(
            "Job order repeated in the batch",
            "Lowongan berulang dalam batch",
            "External id {external_id} appears earlier in this batch; send each job order once.",
            "Id eksternal {external_id} sudah muncul sebelumnya dalam batch ini; kirim setiap "
            "lowongan sekali saja.",
        ),
    }
)


@dataclass
class Outcome:
    index: int
    external_id: str | None
    result: BatchResult
    id: int | None = None
    version: int | None = None
    problem: ProblemError | ValidationError | None = None


@dataclass
class _Item:
    index: int
    raw: dict[str, Any]
    agency_id: Any
    external_id: Any


def _key_of(index: int, raw: dict[str, Any], actor: Principal) -> _Item | Outcome:
    """Whose job order this is; an agency's system may only name its own agency."""
    external_id = raw.get("external_id")
    if isinstance(external_id, str):
        external_id = external_id.strip()
    if actor.kind == "client":
        named = raw.get("agency_id", actor.partner_id)
        if named != actor.partner_id:
            error = agency_refusal(named, "not_own")
            problem = ProblemError(422, error.code, dict(error.params), errors=[error])
            shown = external_id if isinstance(external_id, str) else None
            return Outcome(index, shown, BatchResult.failed, problem=problem)
        return _Item(index, raw, actor.partner_id, external_id)
    return _Item(index, raw, raw.get("agency_id"), external_id)


def _is_key(item: _Item) -> bool:
    return (
        isinstance(item.agency_id, int)
        and not isinstance(item.agency_id, bool)
        and isinstance(item.external_id, str)
        and bool(item.external_id)
    )


def _existing(session: Session, items: list[_Item]) -> dict[tuple[int, str], Vacancy]:
    """The stored job orders the batch names: one query per agency (one for a partner)."""
    wanted: dict[int, set[str]] = {}
    for item in items:
        if _is_key(item):
            wanted.setdefault(item.agency_id, set()).add(item.external_id)
    found: dict[tuple[int, str], Vacancy] = {}
    for agency_id, external_ids in wanted.items():
        rows = session.exec(
            select(Vacancy).where(
                Vacancy.agency_id == agency_id,
                bulk.one_of(session, col(Vacancy.external_id), sorted(external_ids)),
            )
        )
        found |= {(agency_id, v.external_id): v for v in rows}
    return found


class _Context:
    """Everything the rules look up, read once for the whole batch."""

    def __init__(self, session: Session, items: list[_Item], existing: dict[Any, Vacancy]):
        agency_ids = {i.agency_id for i in items if _is_key(i)}
        mou_ids = {i.raw["mou_id"] for i in items if isinstance(i.raw.get("mou_id"), int)}
        self.agencies = {
            p.id: p for p in session.exec(select(Partner).where(col(Partner.id).in_(agency_ids)))
        }
        self.mous = set(session.exec(select(Mou.id).where(col(Mou.id).in_(mou_ids))))
        self.selected = selected_counts(session, [v.id or 0 for v in existing.values()])


def _create(item: _Item, ctx: _Context) -> dict[str, Any] | ProblemError | ValidationError:
    """The row to insert, or why not."""
    try:
        payload = VacancyCreate.model_validate({**item.raw, "agency_id": item.agency_id})
    except ValidationError as exc:
        return exc
    row = new_row(payload)
    order = cast(JobOrder, SimpleNamespace(**row))
    agency = ctx.agencies.get(order.agency_id)
    errors = agency_errors(order, agency, order.mou_id in ctx.mous)
    errors += check_rules(order, creating=True)
    if errors:
        return ProblemError(422, errors[0].code, dict(errors[0].params), errors=errors)
    return row


def _update(
    item: _Item, vacancy: Vacancy, ctx: _Context
) -> dict[str, Any] | ProblemError | ValidationError:
    fields = {k: v for k, v in item.raw.items() if k not in ("agency_id", "external_id")}
    try:
        changes = field_changes(vacancy, VacancyUpdate.model_validate(fields))
    except (ValidationError, ProblemError) as exc:
        return exc
    if changes:
        mou_exists = changes.get("mou_id") is None or changes["mou_id"] in ctx.mous
        selected = ctx.selected.get(vacancy.id or 0, 0)
        owner = ctx.agencies.get(vacancy.agency_id)
        owner_kind = owner.kind if owner is not None else None
        errors = update_errors(vacancy, changes, mou_exists, selected, owner_kind)
        if errors:
            return ProblemError(422, errors[0].code, dict(errors[0].params), errors=errors)
    return changes


def _judge(
    session: Session, items: list[_Item], outcomes: list[Outcome | None]
) -> tuple[list[tuple[_Item, dict[str, Any]]], list[tuple[_Item, Vacancy, dict[str, Any]]]]:
    """Sort valid items into creates and updates; record every other item's outcome."""
    existing = _existing(session, items)
    ctx = _Context(session, items, existing)
    creates: list[tuple[_Item, dict[str, Any]]] = []
    updates: list[tuple[_Item, Vacancy, dict[str, Any]]] = []
    seen: set[tuple[Any, Any]] = set()
    for item in items:
        key = (item.agency_id, item.external_id)
        shown = item.external_id if isinstance(item.external_id, str) else None
        if _is_key(item) and key in seen:
            params = {"external_id": item.external_id}
            error = FieldError("external_id", "external_id_repeated", params)
            problem = ProblemError(422, "external_id_repeated", params, errors=[error])
            outcomes[item.index] = Outcome(item.index, shown, BatchResult.failed, problem=problem)
            continue
        seen.add(key)
        stored = existing.get(key) if _is_key(item) else None
        if stored is None:
            created = _create(item, ctx)
            if isinstance(created, dict):
                creates.append((item, created))
            else:
                outcomes[item.index] = Outcome(
                    item.index, shown, BatchResult.failed, problem=created
                )
            continue
        changes = _update(item, stored, ctx)
        if isinstance(changes, dict) and not changes:
            outcomes[item.index] = Outcome(
                item.index, shown, BatchResult.unchanged, stored.id, stored.version
            )
        elif isinstance(changes, dict):
            updates.append((item, stored, changes))
        else:
            outcomes[item.index] = Outcome(item.index, shown, BatchResult.failed, problem=changes)
    return creates, updates


def _write(
    session: Session,
    actor: Principal,
    creates: list[tuple[_Item, dict[str, Any]]],
    updates: list[tuple[_Item, Vacancy, dict[str, Any]]],
    outcomes: list[Outcome | None],
) -> None:
    now = utcnow()
    entries: list[dict[str, Any]] = []
    logged: list[dict[str, Any]] = []
    if creates:
        ids = _insert_rows(
            session, [row | {"created_at": now, "updated_at": now} for _, row in creates]
        )
        for (item, row), vacancy_id in zip(creates, ids, strict=True):
            outcomes[item.index] = Outcome(
                item.index, row["external_id"], BatchResult.created, vacancy_id, row["version"]
            )
            entries.append(_audit_row(now, actor, "create", vacancy_id, audit.created(row)))
            logged.append(
                {
                    "entity": ChangeEntity.vacancy.value,
                    "entity_id": vacancy_id,
                    "owner_id": row["agency_id"],
                    "op": ChangeOp.upsert.value,
                    "version": row["version"],
                }
            )
    for item, vacancy, changes in updates:
        vacancy_id, version = vacancy.id or 0, vacancy.version + 1
        outcomes[item.index] = Outcome(
            item.index, vacancy.external_id, BatchResult.updated, vacancy_id, version
        )
        audited = audit.changed(vacancy, changes)
        entries.append(_audit_row(now, actor, "update", vacancy_id, audited))
        logged.append(change_log.vacancy_row(vacancy) | {"version": version})
    _update_rows(session, updates, now)
    if entries:
        bulk.insert_rows(session, SQLModel.metadata.tables[AuditEntry.__tablename__], entries)
    change_log.log(session, logged)


class _ChangedMeanwhileError(Exception):
    """A job order the batch judged was changed by another writer before its UPDATE."""


def _update_rows(
    session: Session, updates: list[tuple[_Item, Vacancy, dict[str, Any]]], now: datetime
) -> None:
    """One executemany per set of changed columns (a re-sent slice of openings is one), each
    row guarded by the version the rules judged: a PATCH committed in between would
    otherwise be overwritten unseen. The loaded entities are left as read."""
    table = SQLModel.metadata.tables["vacancy"]
    by_columns: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for _, vacancy, changes in updates:
        row = {**changes, "updated_at": now, "version": vacancy.version + 1}
        row |= {"row_id": vacancy.id, "read_version": vacancy.version}
        by_columns.setdefault(tuple(sorted(changes)), []).append(row)
    for columns, rows in by_columns.items():
        statement = (
            update(table)
            .where(table.c.id == bindparam("row_id"), table.c.version == bindparam("read_version"))
            .values({name: bindparam(name) for name in (*columns, "updated_at", "version")})
        )
        result = cast(CursorResult[Any], session.execute(statement, rows))
        if result.rowcount != len(rows):
            raise _ChangedMeanwhileError


# SQLite numbers a new row one above the largest rowid in the table, until that reaches its
# ceiling, after which it picks rowids at random.
SQLITE_MAX_ROWID = 2**63 - 1


def _insert_rows(session: Session, rows: list[dict[str, Any]]) -> list[int]:
    """Insert new job orders; their ids, in the order of the rows.

    PostgreSQL: ids drawn from the sequence first, then copied with the rows. SQLite: one
    executemany, whose rows are numbered consecutively (each one above the largest, and no
    other connection can write while this transaction holds the write lock) and end at
    `last_insert_rowid()`; once the ceiling is taken, they are looked up by their key.
    """
    table = SQLModel.metadata.tables["vacancy"]
    reserved = bulk.reserve_ids(session, table, len(rows))
    if reserved is not None:
        numbered = [{"id": i, **row} for i, row in zip(reserved, rows, strict=True)]
        bulk.insert_rows(session, table, numbered)
        return reserved
    last = bulk.insert_rows(session, table, rows)
    highest = session.execute(select(func.max(table.c.id))).scalar_one()
    if last is not None and highest < SQLITE_MAX_ROWID:
        return list(range(last - len(rows) + 1, last + 1))
    wanted: dict[int, list[str]] = {}
    for row in rows:
        wanted.setdefault(row["agency_id"], []).append(row["external_id"])
    ids: dict[tuple[int, str], int] = {}
    for agency_id, external_ids in wanted.items():
        found = session.execute(
            select(table.c.id, table.c.external_id).where(
                table.c.agency_id == agency_id, table.c.external_id.in_(external_ids)
            )
        )
        ids |= {(agency_id, external_id): vacancy_id for vacancy_id, external_id in found}
    return [ids[(row["agency_id"], row["external_id"])] for row in rows]


def _audit_row(
    at: Any, actor: Principal, action: str, vacancy_id: int, changes: dict[str, Any]
) -> dict[str, Any]:
    return {
        "at": at,
        "actor": actor.label,
        "action": action,
        "entity": "vacancy",
        "entity_id": vacancy_id,
        "changes": changes,
    }


def upsert_batch(
    session: Session, raw_items: list[dict[str, Any]], actor: Principal
) -> list[Outcome]:
    """Create or update each job order; one outcome per item, in the order given."""
    for attempt in range(2):
        outcomes: list[Outcome | None] = [None] * len(raw_items)
        items: list[_Item] = []
        for index, raw in enumerate(raw_items):
            keyed = _key_of(index, raw, actor)
            if isinstance(keyed, Outcome):
                outcomes[index] = keyed
            else:
                items.append(keyed)
        creates, updates = _judge(session, items, outcomes)
        try:
            _write(session, actor, creates, updates, outcomes)
            session.commit()
        except (IntegrityError, _ChangedMeanwhileError):
            # Another writer created or changed one of these job orders since we read:
            # judge the batch again against what is stored now. A second clash is a
            # genuine conflict.
            session.rollback()
            if attempt:
                raise ProblemError(409, "conflict") from None
            continue
        return [o for o in outcomes if o is not None]
    raise AssertionError("unreachable")
