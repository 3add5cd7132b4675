"""Change log behind the delta feeds: one row per write of a job order or an application."""

from datetime import datetime
from enum import StrEnum
from typing import Generic, TypeVar

from pydantic import BaseModel
from sqlalchemy import Index
from sqlmodel import Field as SQLField
from sqlmodel import SQLModel

from app.models.base import UTCDateTime, utcnow

T = TypeVar("T")


class ChangeOp(StrEnum):
    upsert = "upsert"
    delete = "delete"


class ChangeEntity(StrEnum):
    vacancy = "vacancy"
    application = "application"


class ChangeLog(SQLModel, table=True):
    """`seq` is the feed's order: rows are inserted under a lock held until commit, so a
    higher seq is never committed before a lower one (see app/services/changes.py)."""

    __tablename__ = "change_log"
    # The feed reads one entity's changes after a seq, for one owner or for everyone.
    __table_args__ = (
        Index("ix_change_log_entity_seq", "entity", "seq"),
        Index("ix_change_log_entity_owner_seq", "entity", "owner_id", "seq"),
    )

    seq: int | None = SQLField(default=None, primary_key=True)
    entity: str = SQLField(max_length=20)
    entity_id: int
    owner_id: int | None = None  # the agency that owns the job order, for its own feed
    op: str = SQLField(max_length=10)
    version: int
    at: datetime = SQLField(default_factory=utcnow, sa_type=UTCDateTime)


class ChangeItem(BaseModel, Generic[T]):
    """One record's latest state, or its tombstone (`deleted`, no state) when it is gone."""

    seq: int
    id: int
    deleted: bool
    version: int | None
    item: T | None


class ChangePage(BaseModel, Generic[T]):
    """Changes after the cursor in commit order. Keep `next_cursor` and call again with it:
    it is given even at the end (`has_more` false), so polling resumes where it stopped."""

    items: list[ChangeItem[T]]
    next_cursor: str
    has_more: bool
