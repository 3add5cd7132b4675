"""Engine, per-request session and the constraint naming convention."""

import time
from collections.abc import AsyncGenerator
from pathlib import Path
from typing import Annotated, Any, TypeVar, cast

import orjson
from anyio import CapacityLimiter, to_thread
from fastapi import Depends, Request
from sqlalchemy import CursorResult, event
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import DisconnectionError
from sqlmodel import Session, SQLModel, create_engine
from sqlmodel.sql.expression import SelectOfScalar

from app.core.config import Settings

T = TypeVar("T")

# Named constraints make Alembic autogenerate and SQLite batch migrations deterministic.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
SQLModel.metadata.naming_convention = NAMING_CONVENTION


def normalise_url(url: str) -> str:
    """Let `postgresql://` URLs use the psycopg 3 driver we ship."""
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def _enable_sqlite_foreign_keys(dbapi_connection: object, _record: object) -> None:
    cursor = dbapi_connection.cursor()  # type: ignore[attr-defined]
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.close()


def _json_dumps(value: object) -> str:
    # JSON columns (cost items, audit changes, stored answers) are written on every hot
    # path; orjson is several times faster than the standard library. Non-string keys are
    # turned into strings, as json.dumps does.
    return orjson.dumps(value, option=orjson.OPT_NON_STR_KEYS).decode()


# Connections per process: above the worker threads (Settings.worker_threads), which hold
# one each while they serve a request, with room for what runs beside them.
POOL_SIZE, POOL_OVERFLOW, POOL_TIMEOUT_S = 10, 20, 30.0


def make_engine(
    database_url: str,
    echo: bool = False,
    *,
    lock_timeout_ms: int = 10_000,
    idle_in_transaction_timeout_ms: int = 600_000,
    pool: tuple[int, int, float] = (POOL_SIZE, POOL_OVERFLOW, POOL_TIMEOUT_S),
) -> Engine:
    """The engine; waits for locks end after `lock_timeout_ms` (see Settings); `pool` is
    (size, overflow, seconds to wait for a connection)."""
    url = make_url(normalise_url(database_url))
    json_codec = {"json_serializer": _json_dumps, "json_deserializer": orjson.loads}
    size, overflow, timeout = pool
    pooling = {"pool_size": size, "max_overflow": overflow, "pool_timeout": timeout}
    if url.get_backend_name() == "sqlite":
        in_memory = not url.database or url.database == ":memory:"
        if not in_memory:
            Path(url.database or "").parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(
            url,
            echo=echo,
            connect_args={"check_same_thread": False, "timeout": lock_timeout_ms / 1000},
            **json_codec,
            **({} if in_memory else pooling),
        )
        event.listen(engine, "connect", _enable_sqlite_foreign_keys)
        return engine
    options = (
        f"-c lock_timeout={int(lock_timeout_ms)} "
        f"-c idle_in_transaction_session_timeout={int(idle_in_transaction_timeout_ms)}"
    )
    engine = create_engine(
        url, echo=echo, connect_args={"options": options}, **json_codec, **pooling
    )
    event.listen(engine, "checkin", _note_checkin)
    event.listen(engine, "checkout", _ping_if_idle)
    return engine


# A pooled connection is tested before use only when it has sat idle for this long: a
# restarted or unreachable server is found out by the first request after a quiet spell,
# while a busy worker does not pay a round trip on every request for it (a connection
# that breaks while busy fails its request with 503 database_unavailable, and SQLAlchemy
# then renews the pool's older connections).
PING_AFTER_IDLE_S = 10.0


def _note_checkin(_dbapi_connection: object, record: Any) -> None:
    record.info["checked_in"] = time.monotonic()


def _ping_if_idle(dbapi_connection: Any, record: Any, _proxy: object) -> None:
    checked_in = record.info.get("checked_in")
    if checked_in is None or time.monotonic() - checked_in < PING_AFTER_IDLE_S:
        return  # just connected, or in use moments ago
    try:
        dbapi_connection.execute("SELECT 1")
        dbapi_connection.rollback()
    except Exception as error:  # any failure: let the pool connect afresh
        raise DisconnectionError(str(error)) from error


def engine_from(settings: Settings) -> Engine:
    """The engine as the settings describe it (the API and the command line alike)."""
    return make_engine(
        settings.database_url,
        echo=settings.sql_echo,
        lock_timeout_ms=settings.db_lock_timeout_ms,
        idle_in_transaction_timeout_ms=settings.db_idle_in_transaction_timeout_ms,
    )


async def get_session(request: Request) -> AsyncGenerator[Session, None]:
    """One session per request; services commit, an exception rolls back.

    Made on the event loop, since a new session touches no connection; closed on a worker
    thread only when it still holds one (closing rolls its transaction back over the
    network). A thread hand-off costs about as much as a small query, and every request
    with a session would otherwise make two more of them.
    """
    session = Session(request.app.state.engine, expire_on_commit=False)
    try:
        yield session
    finally:
        if session.in_transaction():
            # Outside the worker-thread limit, as FastAPI runs a dependency's exit: when every
            # worker thread holds a request waiting for a connection, the connection this
            # close gives back is the one they wait for.
            await to_thread.run_sync(session.close, limiter=CapacityLimiter(1))
        else:
            session.close()


# The session of a request, as routes declare it.
SessionDep = Annotated[Session, Depends(get_session)]


def rowcount(result: Any) -> int:
    """Rows an UPDATE matched: how a conditional UPDATE tells whether its condition held."""
    return cast(CursorResult[Any], result).rowcount


def for_update(query: SelectOfScalar[T]) -> SelectOfScalar[T]:
    """The query's rows locked until the transaction ends, and read afresh (not from the
    session's copies). PostgreSQL locks the rows; SQLite has one writer at a time, taken
    at the first write, which the callers make before they rely on the lock."""
    return query.with_for_update().execution_options(populate_existing=True)
