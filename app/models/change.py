"""Change log behind the delta feeds: one row per write of a job order or an application."""

from datetime import datetime
from enum import StrEnum
from typing import Generic, TypeVar

from pydantic import BaseModel
from sqlalchemy import BigInteger, Index
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
    """The feed's order is (`txid`, `seq`): the writing transaction's id on PostgreSQL (0 on
    SQLite, whose writers commit one at a time in `seq` order), then the row's own number
    (see app/services/changes.py)."""

    __tablename__ = "change_log"
    # The feed reads one entity's changes after a position, for one owner or for everyone.
    __table_args__ = (
        Index("ix_change_log_entity_txid_seq", "entity", "txid", "seq"),
        Index("ix_change_log_entity_owner_txid_seq", "entity", "owner_id", "txid", "seq"),
    )

    seq: int | None = SQLField(default=None, primary_key=True)
    txid: int = SQLField(default=0, sa_type=BigInteger, sa_column_kwargs={"server_default": "0"})
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
