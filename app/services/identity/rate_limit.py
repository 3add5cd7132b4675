"""Storage for the `limits` library's moving-window rate limits, shared by every worker.

With REDIS_URL set the counters live in Redis (limits' own Redis storage); otherwise in the
database (`DatabaseStorage`, below), so that a limit holds across several API worker
processes without Redis too.

Why the moving window: a fixed window lets an attacker spend a whole budget at the end of
one window and again at the start of the next (twice the budget within seconds), and
limits 5 no longer has the elastic fixed window. A moving window counts exactly what
happened in the last N seconds, and says when the oldest attempt ages out (`Retry-After`).
"""

import time
from collections.abc import Callable

from limits.storage import MovingWindowSupport, RedisStorage, Storage
from sqlalchemy import delete, func, select, text
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import SQLAlchemyError

from app.core.config import Settings
from app.models.identity import RateLimitCounter

# Tests replace the clock to step past a window without sleeping.
clock: Callable[[], float] = time.time


class DatabaseStorage(Storage, MovingWindowSupport):
    """Moving windows in the `rate_limit_counter` table: one row per key and second.

    A window's count is the sum of its key's rows younger than the window, so an entry is
    timed to the second (limits' Redis storage times it to the microsecond; for windows of
    a minute and more the difference does not matter). Taking an entry is one transaction
    that holds the key: an advisory lock on PostgreSQL, the database's write lock on
    SQLite, so concurrent workers cannot both take the last entry.
    """

    STORAGE_SCHEME = None

    def __init__(self, engine: Engine) -> None:
        super().__init__()
        self.engine = engine
        self.table = RateLimitCounter.__table__  # type: ignore[attr-defined]

    @property
    def base_exceptions(self) -> type[Exception]:
        return SQLAlchemyError

    def _hold(self, connection: Connection, key: str, now: int, expiry: int) -> None:
        """Serialise this key's writers and drop its rows older than the window."""
        if connection.dialect.name == "postgresql":
            connection.execute(
                text("SELECT pg_advisory_xact_lock(hashtextextended(:key, 0))"), {"key": key}
            )
        # On SQLite this write, the transaction's first statement, takes the write lock.
        table = self.table
        connection.execute(
            delete(table).where(table.c.key == key, table.c.window_start <= now - expiry)
        )

    def _window(self, connection: Connection, key: str, now: int, expiry: int) -> tuple[int, int]:
        table = self.table
        oldest, count = connection.execute(
            select(func.min(table.c.window_start), func.coalesce(func.sum(table.c.hits), 0)).where(
                table.c.key == key, table.c.window_start > now - expiry
            )
        ).one()
        return (int(oldest) if oldest is not None else now), int(count)

    def _add(self, connection: Connection, key: str, second: int, amount: int) -> None:
        table = self.table
        insert = pg_insert if connection.dialect.name == "postgresql" else sqlite_insert
        connection.execute(
            insert(table)
            .values(key=key, window_start=second, hits=amount)
            .on_conflict_do_update(
                index_elements=["key", "window_start"], set_={"hits": table.c.hits + amount}
            )
        )

    def acquire_entry(self, key: str, limit: int, expiry: int, amount: int = 1) -> bool:
        now = int(clock())
        with self.engine.begin() as connection:
            self._hold(connection, key, now, expiry)
            _, count = self._window(connection, key, now, expiry)
            if count + amount > limit:
                return False
            self._add(connection, key, now, amount)
        return True

    def get_moving_window(self, key: str, limit: int, expiry: int) -> tuple[float, int]:
        with self.engine.connect() as connection:
            oldest, count = self._window(connection, key, int(clock()), expiry)
        return float(oldest), count

    # Fixed-window counters (limits' other strategies): the key's one row, stamped with the
    # second its window ends (set by the first hit); dropped once that second has come.
    def incr(self, key: str, expiry: int, amount: int = 1) -> int:
        now = int(clock())
        table = self.table
        with self.engine.begin() as connection:
            self._hold(connection, key, now, expiry)
            connection.execute(delete(table).where(table.c.key == key, table.c.window_start <= now))
            ends = connection.execute(select(table.c.window_start).where(table.c.key == key))
            row = ends.first()
            self._add(connection, key, now + expiry if row is None else int(row[0]), amount)
            total = connection.execute(
                select(func.sum(table.c.hits)).where(table.c.key == key)
            ).scalar_one()
        return int(total)

    def get(self, key: str) -> int:
        table = self.table
        with self.engine.connect() as connection:
            total = connection.execute(
                select(func.coalesce(func.sum(table.c.hits), 0)).where(
                    table.c.key == key, table.c.window_start > int(clock())
                )
            ).scalar_one()
        return int(total)

    def get_expiry(self, key: str) -> float:
        with self.engine.connect() as connection:
            ends = connection.execute(
                select(func.min(self.table.c.window_start)).where(self.table.c.key == key)
            ).scalar_one()
        return float(ends) if ends is not None else clock()

    def check(self) -> bool:
        try:
            with self.engine.connect() as connection:
                connection.execute(text("SELECT 1"))
        except SQLAlchemyError:
            return False
        return True

    def reset(self) -> int | None:
        with self.engine.begin() as connection:
            return int(connection.execute(delete(self.table)).rowcount)

    def clear(self, key: str) -> None:
        with self.engine.begin() as connection:
            connection.execute(delete(self.table).where(self.table.c.key == key))


class ClockedRedisStorage(RedisStorage):
    """limits' Redis storage, with entries timed by this module's `clock` (the Lua scripts
    take the time as an argument), so that tests can step past a window."""

    def acquire_entry(self, key: str, limit: int, expiry: int, amount: int = 1) -> bool:
        return bool(
            self.lua_acquire_moving_window(
                [self.prefixed_key(key)], [clock(), limit, expiry, amount]
            )
        )

    def get_moving_window(self, key: str, limit: int, expiry: int) -> tuple[float, int]:
        now = clock()
        window = self.lua_moving_window([self.prefixed_key(key)], [now - expiry, limit])
        if window:
            return float(window[0]), int(window[1])
        return now, 0


def storage_for(settings: Settings, engine: Engine) -> Storage:
    if settings.redis_url:
        return ClockedRedisStorage(settings.redis_url, key_prefix=settings.rate_limit_key_prefix)
    return DatabaseStorage(engine)
