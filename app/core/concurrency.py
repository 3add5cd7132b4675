"""Optimistic concurrency: `ETag` from a record's id and version, `If-Match` on writes.

Routers load the record (404 first, so no id is confirmed to a caller who may not see it),
then call `Precondition.hold` before the service writes, and put the new ETag on the
response (the request side: app/http/preconditions.py). `hold` compares the tags and then
claims the version inside the database with a conditional UPDATE, so that two writers
holding the same ETag cannot both pass: the second waits for the first's row lock
(PostgreSQL) or write lock (SQLite) and then finds another version. A partner system must
send If-Match on the writes that declare it required: it writes unattended, so a lost update
would go unnoticed; people editing in a form may omit it.
"""

from typing import Any

from sqlalchemy import update
from sqlmodel import Session, SQLModel, col, select

from app.core.db import rowcount
from app.core.errors import ProblemError, not_found
from app.core.i18n import Message, define

define(
    {
        "precondition_failed": Message(
            "Changed meanwhile",
            "Sudah berubah",
            "The record is no longer the version named in If-Match (now {etag}); read it "
            "again and retry.",
            "Data ini bukan lagi versi yang disebut di If-Match (sekarang {etag}); baca ulang "
            "lalu coba lagi.",
        ),
        "precondition_required": Message(
            "If-Match required",
            "If-Match wajib",
            "A partner system sends If-Match with the ETag it read, so that it never "
            "overwrites a change it has not seen.",
            "Sistem mitra mengirim If-Match berisi ETag yang dibacanya, agar tidak menimpa "
            "perubahan yang belum dilihatnya.",
        ),
    }
)


def etag(entity_id: int | None, version: int) -> str:
    """A strong validator: the version rises on every change of the record."""
    return f'"{entity_id or 0}-{version}"'


def _tags(header: str) -> list[str]:
    # RFC 9110 If-Match: "*" or a list of entity tags; weak tags never match (strong check).
    return [part.strip() for part in header.split(",") if part.strip()]


class Precondition:
    """The request's If-Match, and whether this caller had to send one."""

    def __init__(self, if_match: str | None, required: bool) -> None:
        self.if_match = if_match
        self.required = required

    def check(self, entity_id: int | None, version: int) -> None:
        """412 when If-Match names another version; 428 when a required one is missing."""
        current = etag(entity_id, version)
        if self.if_match is None:
            if self.required:
                raise ProblemError(428, "precondition_required")
            return
        tags = _tags(self.if_match)
        if "*" in tags or current in tags:
            return
        raise _stale(entity_id, version)

    def hold(
        self, session: Session, model: type[SQLModel], entity_id: int | None, version: int
    ) -> None:
        """`check`, then keep the version from changing until this transaction ends.

        The UPDATE changes nothing but takes the row's lock (the write lock on SQLite) on
        condition that the version is still the one checked; the service's own write then
        follows in the same transaction."""
        self.check(entity_id, version)
        if self.if_match is None:
            return
        table: Any = model
        claimed = session.execute(
            update(table)
            .where(col(table.id) == entity_id, col(table.version) == version)
            .values(version=col(table.version))
            .execution_options(synchronize_session=False)
        )
        if rowcount(claimed) != 1:
            now = session.exec(select(table.version).where(col(table.id) == entity_id)).first()
            if now is None:  # deleted meanwhile
                raise not_found(str(model.__tablename__))
            raise _stale(entity_id, now)


def _stale(entity_id: int | None, version: int) -> ProblemError:
    current = etag(entity_id, version)
    return ProblemError(412, "precondition_failed", {"etag": current}, headers={"ETag": current})
