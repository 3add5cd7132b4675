"""Keyset pagination: bounded `limit`, opaque cursor, stable order by primary key."""

import base64
import binascii
import json
from typing import Annotated, Any, Generic, NamedTuple, TypeVar

from fastapi import Depends, Query
from pydantic import BaseModel
from sqlalchemy import ColumnElement
from sqlmodel import Session, select
from sqlmodel.sql.expression import SelectOfScalar

from app.core.errors import ProblemError

MAX_LIMIT = 100
DEFAULT_LIMIT = 20

T = TypeVar("T")


class Page(BaseModel, Generic[T]):
    items: list[T]
    next_cursor: str | None


Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Page size, at most 100.")]
Cursor = Annotated[
    str | None, Query(max_length=200, description="Opaque cursor from the previous page.")
]


class PageParams:
    """Query parameters shared by every list endpoint."""

    def __init__(
        self,
        limit: Limit = DEFAULT_LIMIT,
        cursor: Cursor = None,
    ) -> None:
        self.limit = limit
        self.after_id = decode_cursor(cursor) if cursor else None


class RankPageParams:
    """Paging of a ranked list: the cursor holds the last item's score and id."""

    def __init__(
        self,
        limit: Limit = DEFAULT_LIMIT,
        cursor: Cursor = None,
    ) -> None:
        self.limit = limit
        self.after = decode_rank_cursor(cursor) if cursor else None

    def admits(self, score: int, item_id: int) -> bool:
        """Whether an item comes after the cursor (score descending, then id ascending)."""
        if self.after is None:
            return True
        last_score, last_id = self.after
        return score < last_score or (score == last_score and item_id > last_id)


# Built on the event loop: FastAPI runs a class dependency on a worker thread, one more
# hand-off per list request (about as costly as a small query).
async def page_params(limit: Limit = DEFAULT_LIMIT, cursor: Cursor = None) -> PageParams:
    return PageParams(limit, cursor)


async def rank_page_params(limit: Limit = DEFAULT_LIMIT, cursor: Cursor = None) -> RankPageParams:
    return RankPageParams(limit, cursor)


PageDep = Annotated[PageParams, Depends(page_params)]
RankPageDep = Annotated[RankPageParams, Depends(rank_page_params)]


def encode_rank_cursor(score: int, item_id: int) -> str:
    raw = json.dumps({"s": score, "a": item_id}, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_rank_cursor(cursor: str) -> tuple[int, int]:
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        value = json.loads(base64.urlsafe_b64decode(padded.encode()))
        score, item_id = value["s"], value["a"]
        if not all(isinstance(v, int) and not isinstance(v, bool) for v in (score, item_id)):
            raise ValueError(value)
        return score, item_id
    except (binascii.Error, ValueError, KeyError, TypeError, UnicodeDecodeError):
        raise ProblemError(422, "invalid_cursor") from None


def encode_cursor(last_id: int) -> str:
    raw = json.dumps({"a": last_id}, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str) -> int:
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        value = json.loads(base64.urlsafe_b64decode(padded.encode()))
        after = value["a"]
        if not isinstance(after, int) or isinstance(after, bool) or after < 0:
            raise ValueError(after)
        return after
    except (binascii.Error, ValueError, KeyError, TypeError, UnicodeDecodeError):
        raise ProblemError(422, "invalid_cursor") from None


class FeedPosition(NamedTuple):
    """Where a feed reader stands: the last change it was given, by (transaction id, seq);
    txid None for a cursor from before transaction ids, which held the seq alone."""

    txid: int | None
    seq: int


def encode_feed_cursor(position: FeedPosition) -> str:
    raw = json.dumps({"t": position.txid, "a": position.seq}, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_feed_cursor(cursor: str) -> FeedPosition:
    seq = decode_cursor(cursor)  # checks the encoding and the seq
    padded = cursor + "=" * (-len(cursor) % 4)
    txid = json.loads(base64.urlsafe_b64decode(padded.encode())).get("t")
    if txid is not None and (not isinstance(txid, int) or isinstance(txid, bool) or txid < 0):
        raise ProblemError(422, "invalid_cursor")
    return FeedPosition(txid, seq)


def paginate(
    session: Session,
    statement: SelectOfScalar[Any],
    id_column: Any,
    page: PageParams,
) -> tuple[list[Any], str | None]:
    """Run `statement` ordered by `id_column`, one page after the cursor."""
    if page.after_id is not None:
        statement = statement.where(id_column > page.after_id)
    rows = list(session.exec(statement.order_by(id_column).limit(page.limit + 1)))
    more = len(rows) > page.limit
    rows = rows[: page.limit]
    next_cursor = encode_cursor(rows[-1].id) if more and rows else None
    return rows, next_cursor


def where_all(*conditions: ColumnElement[bool] | None) -> list[ColumnElement[bool]]:
    """Drop the filters a caller did not ask for."""
    return [c for c in conditions if c is not None]


__all__ = [
    "FeedParams",
    "Page",
    "PageParams",
    "decode_cursor",
    "encode_cursor",
    "paginate",
    "select",
]


class FeedParams:
    """Paging of a delta feed: changes after the cursor, oldest first."""

    def __init__(
        self,
        limit: Annotated[
            int, Query(ge=1, le=MAX_LIMIT, description="Changes per page, at most 100.")
        ] = MAX_LIMIT,
        cursor: Annotated[
            str | None,
            Query(max_length=200, description="`next_cursor` of the previous call; none: start."),
        ] = None,
    ) -> None:
        self.limit = limit
        self.after = decode_feed_cursor(cursor) if cursor else FeedPosition(0, 0)
