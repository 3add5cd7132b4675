"""The change feed without a global lock: writers of change rows do not wait for each other,
and a reader never gets a position past a row that a transaction still running will add."""

import base64
import json
import time

import pytest
from fastapi import FastAPI
from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from app.core.pagination import FeedPosition, decode_feed_cursor, encode_feed_cursor
from app.models.change import ChangeEntity, ChangeLog
from app.services import changes


def _row(entity_id: int) -> dict[str, object]:
    return {
        "entity": ChangeEntity.vacancy.value,
        "entity_id": entity_id,
        "owner_id": 1,
        "op": "upsert",
        "version": 1,
    }


def _read_until(engine: Engine, after: FeedPosition, count: int) -> list[int]:
    """The feed once it shows `count` rows: any transaction still running in the cluster
    (another database's included) holds it back for a moment, and rightly."""
    deadline = time.monotonic() + 10
    while True:
        ids, _ = _read_ids(engine, after)
        if len(ids) >= count or time.monotonic() > deadline:
            return ids
        time.sleep(0.05)


def _read_ids(engine: Engine, after: FeedPosition) -> tuple[list[int], FeedPosition]:
    with Session(engine) as reader:
        rows, resume, _more = changes.read(reader, ChangeEntity.vacancy, None, after, 100)
        return [r.entity_id for r in rows], resume


# `session` in each test: it starts from empty tables.
@pytest.fixture
def postgres(app: FastAPI) -> None:
    if app.state.engine.dialect.name != "postgresql":
        pytest.skip("SQLite lets one writer in at a time: seq order is commit order there")


def test_writers_do_not_queue_and_the_feed_waits_for_the_earlier_one(
    postgres: None, engine: Engine, session: Session
) -> None:
    start = FeedPosition(0, 0)
    with Session(engine) as first, Session(engine) as second:
        changes.log(first, [_row(1)])  # began first, still running
        # The second writer would wait here for the first's commit under a global lock.
        second.execute(text("SET LOCAL lock_timeout = '500ms'"))
        changes.log(second, [_row(2)])
        second.commit()
        # Its row is committed but sits above a transaction still running: not handed out
        # yet, so that no later commit can land before a position a reader was given.
        ids, position = _read_ids(engine, start)
        assert (ids, position) == ([], start)
        first.commit()
    assert _read_until(engine, start, 2) == [1, 2]  # the transaction order
    ids, position = _read_ids(engine, start)
    assert _read_ids(engine, position) == ([], position)


def test_a_rolled_back_writer_leaves_no_gap_and_no_row(
    postgres: None, engine: Engine, session: Session
) -> None:
    with Session(engine) as first, Session(engine) as second:
        changes.log(first, [_row(3)])
        changes.log(second, [_row(4)])
        second.commit()
        first.rollback()
    assert _read_until(engine, FeedPosition(0, 0), 1) == [4]


def test_a_cursor_from_before_transaction_ids_resumes_at_its_row(
    engine: Engine, session: Session
) -> None:
    for entity_id in (5, 6, 7):
        changes.log(session, [_row(entity_id)])
        session.commit()
    rows = session.exec(select(ChangeLog).order_by(ChangeLog.seq)).all()  # type: ignore[arg-type]
    old = base64.urlsafe_b64encode(json.dumps({"a": rows[0].seq}).encode()).decode()
    position = decode_feed_cursor(old.rstrip("="))
    assert position == FeedPosition(None, rows[0].seq or 0)
    assert _read_ids(engine, position)[0] == [6, 7]
    # A new cursor keeps both parts, and reads the same.
    again = decode_feed_cursor(encode_feed_cursor(FeedPosition(rows[0].txid, rows[0].seq or 0)))
    assert _read_ids(engine, again)[0] == [6, 7]
