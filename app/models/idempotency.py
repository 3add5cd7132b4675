"""Idempotency keys: the first answer to a POST, kept so that a retry replays it."""

from datetime import datetime

from sqlalchemy import JSON, LargeBinary, UniqueConstraint
from sqlmodel import Field as SQLField
from sqlmodel import SQLModel

from app.models.base import UTCDateTime, utcnow


class IdempotencyKey(SQLModel, table=True):
    """One claimed key of one caller.

    The unique (caller, key) pair is the lock: the request that inserts the row does the
    work; any other request with the same key finds the row and waits, replays or is refused.
    """

    __tablename__ = "idempotency_key"
    __table_args__ = (UniqueConstraint("caller", "key"),)

    id: int | None = SQLField(default=None, primary_key=True)
    caller: str = SQLField(max_length=100)
    key: str = SQLField(max_length=255)
    # SHA-256 of method, path and body: the same key with another request is refused.
    fingerprint: str = SQLField(max_length=64)
    status_code: int | None = SQLField(default=None)  # None while the first request runs
    headers: dict[str, str] = SQLField(default_factory=dict, sa_type=JSON)
    body: bytes | None = SQLField(default=None, sa_type=LargeBinary)
    created_at: datetime = SQLField(default_factory=utcnow, sa_type=UTCDateTime)
    expires_at: datetime = SQLField(sa_type=UTCDateTime, index=True)
