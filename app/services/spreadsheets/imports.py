"""Imports of job-seeker spreadsheets, row by row under the rules of `POST /applicants`.

A file is read and its header checked while the request waits (`files.read_sheet`); its rows
are then worked in chunks, each chunk one transaction: the records it creates and updates,
their audit entries and the job's progress commit together, so a reader of the job never
sees counts that the records do not bear out, and a job cut short (a restart) leaves whole
chunks behind; importing the file again finishes it, since rows already in are unchanged.

A dry run reads and judges every row the same way, and adds or changes no record and no
audit entry; its report is kept like any import's.
"""

import logging
import sqlite3
from collections.abc import Iterator
from datetime import datetime, timedelta
from typing import Any

import psycopg
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, SQLModel, col, func, select

from app.core.errors import render_validation_errors
from app.core.i18n import Language
from app.models.applicant import Applicant
from app.models.applicant_import import (
    ApplicantImport,
    ImportCounts,
    ImportRead,
    ImportRow,
    ImportStatus,
    RowProblem,
    RowStatus,
)
from app.models.audit import AuditEntry
from app.models.base import utcnow
from app.services import audit
from app.services.common import apply_changes, get_or_404
from app.services.spreadsheets.columns import BY_NAME
from app.services.spreadsheets.files import Sheet
from app.services.spreadsheets.rows import Problem, RowError, judge, row_values
from app.services.vacancies import bulk

logger = logging.getLogger(__name__)

# Another writer's record with one of the chunk's NIKs, met by the ORM or by the bulk insert
# (which talks to the driver directly).
DUPLICATE_KEY = (IntegrityError, sqlite3.IntegrityError, psycopg.IntegrityError)
# Rows a transaction takes: large enough that commits are few, small enough that a lock on a
# record is held briefly and a restart loses little.
CHUNK_ROWS = 500
UNFINISHED = (ImportStatus.queued, ImportStatus.running)
# A job whose worker has not touched it for this long has stopped (a restart, a crash).
STALE_AFTER = timedelta(minutes=10)
COUNT_OF = {
    RowStatus.created: "created",
    RowStatus.updated: "updated",
    RowStatus.unchanged: "unchanged",
    RowStatus.problem: "refused",
}


def start_import(
    session: Session, sheet: Sheet, dry_run: bool, requested_by: str, file_name: str | None
) -> ApplicantImport:
    job = ApplicantImport(
        dry_run=dry_run,
        file_name=(file_name or "")[:255] or None,
        file_format=sheet.file_format,
        total_rows=len(sheet.rows),
        counts=ImportCounts().model_dump(),
        requested_by=requested_by,
    )
    session.add(job)
    session.commit()
    session.refresh(job)
    return job


def execute_import(engine: Engine, import_id: int, sheet: Sheet) -> None:
    """Work a queued import to its end, recording progress as it goes; never raises."""
    with Session(engine) as session:
        job = session.get(ApplicantImport, import_id)
        if job is None or job.status != ImportStatus.queued:
            return
        job.status, job.started_at = ImportStatus.running, utcnow()
        job.heartbeat_at = job.started_at
        session.add(job)
        session.commit()
        results: list[dict[str, Any]] = []
        seen: dict[str, int] = {}
        try:
            for chunk in _chunks(sheet, CHUNK_ROWS):
                results += _work_chunk(session, job, sheet, chunk, seen)
        except Exception as error:
            logger.exception("applicant import %s failed", import_id)
            session.rollback()
            _finish(session, import_id, ImportStatus.failed, results, type(error).__name__)
        else:
            _finish(session, import_id, ImportStatus.completed, results)


def _chunks(sheet: Sheet, size: int) -> Iterator[list[tuple[int, list[object]]]]:
    for start in range(0, len(sheet.rows), size):
        yield sheet.rows[start : start + size]


def _work_chunk(
    session: Session,
    job: ApplicantImport,
    sheet: Sheet,
    chunk: list[tuple[int, list[object]]],
    seen: dict[str, int],
) -> list[dict[str, Any]]:
    """One chunk in one transaction. Another writer may add one of its NIKs between the
    look-up and the commit: the chunk is then judged again, once, against the records as
    they are now."""
    for attempt in (1, 2):
        before = dict(seen)
        try:
            return _judge_and_write(session, job, sheet, chunk, seen)
        except DUPLICATE_KEY:
            session.rollback()
            seen.clear()
            seen.update(before)
            if attempt == 2:
                raise
    raise AssertionError("unreachable")


def _judge_and_write(
    session: Session,
    job: ApplicantImport,
    sheet: Sheet,
    chunk: list[tuple[int, list[object]]],
    seen: dict[str, int],
) -> list[dict[str, Any]]:
    bodies = [(number, *row_values(sheet.columns, cells)) for number, cells in chunk]
    niks = {str(body["nik"]) for _, body, _ in bodies if isinstance(body.get("nik"), str)}
    # `one_of`: on PostgreSQL a semi-join the planner hashes even while the table, filled by
    # this very import, has not been analysed yet (a plain IN list was then compared with
    # every row: 49 s for 50,000 rows, against 17 s of CPU).
    found = select(Applicant).where(bulk.one_of(session, col(Applicant.nik), sorted(niks)))
    stored = {a.nik: a for a in session.exec(found)}
    results: list[dict[str, Any]] = []
    created: list[dict[str, Any]] = []
    entries: list[dict[str, Any]] = []
    now = utcnow()
    for number, body, problems in bodies:
        nik = body.get("nik")
        if isinstance(nik, str):
            if nik in seen:
                problems.append(Problem("nik", "import_nik_repeated", {"row": seen[nik]}))
            else:
                seen[nik] = number
        if problems:
            results.append(_result(number, RowStatus.problem, None, problems))
            continue
        record = stored.get(str(nik))
        try:
            _, new, changes = judge(body, record)
        except RowError as refused:
            results.append(_result(number, RowStatus.problem, None, refused.problems))
            continue
        if new is not None:
            results.append(_result(number, RowStatus.created, None, []))
            if not job.dry_run:
                created.append(
                    new.model_dump(exclude={"id"}) | {"created_at": now, "updated_at": now}
                )
        elif record is not None and changes:
            results.append(_result(number, RowStatus.updated, record.id, []))
            if not job.dry_run:
                audited = audit.changed(record, changes)
                entries.append(_entry(now, job, "import_update", record.id, audited))
                apply_changes(record, changes)
                session.add(record)
        else:
            results.append(_result(number, RowStatus.unchanged, record.id if record else None, []))
    if created:
        session.flush()  # the updates first: the rows below go past the session
        ids = _insert_applicants(session, created)
        numbered = iter(ids)
        for result in results:
            if result["status"] == RowStatus.created:
                result["applicant_id"] = next(numbered)
        entries += [
            _entry(now, job, "import_create", applicant_id, audit.created(row))
            for applicant_id, row in zip(ids, created, strict=True)
        ]
    if entries:
        bulk.insert_rows(session, SQLModel.metadata.tables[AuditEntry.__tablename__], entries)
    counts = dict(job.counts)  # a new dict, so that the JSON column is seen to change
    for result in results:
        counts[COUNT_OF[result["status"]]] += 1
    job.counts = counts
    job.processed_rows += len(chunk)
    job.heartbeat_at = utcnow()
    session.add(job)
    session.commit()
    return results


def _insert_applicants(session: Session, rows: list[dict[str, Any]]) -> list[int]:
    """Insert new records in one statement (the job-order sync's bulk path); their ids in
    the order of the rows. PostgreSQL: ids drawn from the sequence, then copied with the
    rows; SQLite: looked up by NIK afterwards (unique, and the chunk's own)."""
    table = SQLModel.metadata.tables["applicant"]
    reserved = bulk.reserve_ids(session, table, len(rows))
    if reserved is not None:
        numbered = [{"id": i, **row} for i, row in zip(reserved, rows, strict=True)]
        bulk.insert_rows(session, table, numbered)
        return reserved
    bulk.insert_rows(session, table, rows)
    niks = [row["nik"] for row in rows]
    query = select(table.c.nik, table.c.id).where(table.c.nik.in_(niks))
    found = {nik: int(applicant_id) for nik, applicant_id in session.execute(query)}
    return [found[nik] for nik in niks]


def _entry(
    at: datetime,
    job: ApplicantImport,
    action: str,
    applicant_id: int | None,
    changes: dict[str, Any],
) -> dict[str, Any]:
    return {
        "at": at,
        "actor": job.requested_by,
        "action": action,
        "entity": "applicant",
        "entity_id": applicant_id or 0,
        "changes": {**changes, "import_id": job.id},
    }


def _result(
    number: int, status: RowStatus, applicant_id: int | None, problems: list[Problem]
) -> dict[str, Any]:
    return {
        "row": number,
        "status": status,
        "applicant_id": applicant_id,
        "problems": [p.stored() for p in problems],
    }


def _finish(
    session: Session,
    import_id: int,
    status: ImportStatus,
    results: list[dict[str, Any]],
    error: str | None = None,
) -> None:
    job = session.get(ApplicantImport, import_id)
    assert job is not None
    job.status, job.error, job.finished_at = status, error, utcnow()
    job.rows = [{**r, "status": str(r["status"])} for r in results]
    session.add(job)
    session.commit()


def get_import(session: Session, import_id: int) -> ApplicantImport:
    fail_interrupted(session)
    return get_or_404(session, ApplicantImport, import_id, "applicant_import")


def fail_interrupted(session: Session) -> None:
    """An import whose worker stopped will never finish: after a quiet spell longer than
    any chunk takes it is marked failed; what it committed stays, and importing the same
    file again does the rest."""
    quiet_since = utcnow() - STALE_AFTER
    stale = session.exec(
        select(ApplicantImport).where(
            col(ApplicantImport.status).in_(UNFINISHED),
            func.coalesce(col(ApplicantImport.heartbeat_at), col(ApplicantImport.created_at))
            < quiet_since,
        )
    ).all()
    for job in stale:
        job.status, job.error, job.finished_at = ImportStatus.failed, "interrupted", utcnow()
        session.add(job)
    if stale:
        session.commit()


def _problem(stored: dict[str, Any], lang: Language) -> RowProblem:
    raw = {"type": stored["code"], "msg": stored["msg"], "ctx": stored["params"], "loc": ()}
    rendered = render_validation_errors([raw], lang)[0]
    column = BY_NAME.get(stored["field"])
    return RowProblem(
        field=stored["field"],
        column=column.header if column else stored["field"],
        code=stored["code"],
        message=rendered["message"],
    )


def to_read(job: ApplicantImport, lang: Language, problems_only: bool = False) -> ImportRead:
    """The job as its reader sees it: problems in their language; with `problems_only`
    the rows refused, without the others (a 50,000-row report is large)."""
    rows = [
        ImportRow(
            row=r["row"],
            status=RowStatus(r["status"]),
            applicant_id=r["applicant_id"],
            problems=[_problem(p, lang) for p in r["problems"]],
        )
        for r in job.rows
        if not problems_only or r["status"] == RowStatus.problem
    ]
    total = job.total_rows
    return ImportRead(
        id=job.id or 0,
        status=ImportStatus(job.status),
        dry_run=job.dry_run,
        file_name=job.file_name,
        file_format=job.file_format,
        total_rows=total,
        processed_rows=job.processed_rows,
        percent=100 if total == 0 else job.processed_rows * 100 // total,
        counts=ImportCounts.model_validate(job.counts),
        rows=rows,
        requested_by=job.requested_by,
        error=job.error,
        created_at=job.created_at,
        started_at=job.started_at,
        finished_at=job.finished_at,
    )
