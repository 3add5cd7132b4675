"""Fixed-window rate limits whose counters live outside the process.

Counters are kept in Redis when REDIS_URL is set, otherwise in the database, so that the
limit holds across several API worker processes.
"""

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from sqlalchemy import delete
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Engine

from app.core.errors import ProblemError
from app.core.i18n import Message, define
from app.models.identity import RateLimitCounter

define(
    {
        "rate_limited": Message(
            "Too many attempts",
            "Terlalu banyak percobaan",
            "Too many attempts; try again in {retry_after} seconds.",
            "Terlalu banyak percobaan; coba lagi dalam {retry_after} detik.",
        )
    }
)

# Tests replace the clock to step past a window without sleeping.
clock: Callable[[], float] = time.time


class CounterStore(Protocol):
    def hit(self, key: str, window_start: int, window_seconds: int) -> int: ...

    def peek(self, key: str, window_start: int) -> int: ...


class DatabaseCounters:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def hit(self, key: str, window_start: int, window_seconds: int) -> int:
        table = RateLimitCounter.__table__  # type: ignore[attr-defined]
        insert = pg_insert if self.engine.dialect.name == "postgresql" else sqlite_insert
        statement = (
            insert(table)
            .values(key=key, window_start=window_start, hits=1)
            .on_conflict_do_update(
                index_elements=["key", "window_start"], set_={"hits": table.c.hits + 1}
            )
            .returning(table.c.hits)
        )
        with self.engine.begin() as connection:
            hits = int(connection.execute(statement).scalar_one())
            if hits == 1:
                # First hit of a new window: drop this key's expired windows.
                connection.execute(
                    delete(table).where(table.c.key == key, table.c.window_start < window_start)
                )
        return hits

    def peek(self, key: str, window_start: int) -> int:
        table = RateLimitCounter.__table__  # type: ignore[attr-defined]
        with self.engine.connect() as connection:
            row = connection.execute(
                table.select().where(table.c.key == key, table.c.window_start == window_start)
            ).first()
        return int(row.hits) if row else 0


class RedisCounters:
    def __init__(self, url: str) -> None:
        import redis

        self.client = redis.Redis.from_url(url)

    def hit(self, key: str, window_start: int, window_seconds: int) -> int:
        name = f"rl:{key}:{window_start}"
        pipe = self.client.pipeline()
        pipe.incr(name)
        pipe.expire(name, window_seconds + 5)
        hits, _ = pipe.execute()
        return int(hits)

    def peek(self, key: str, window_start: int) -> int:
        value = self.client.get(f"rl:{key}:{window_start}")
        return int(value) if value else 0


@dataclass
class Limit:
    key: str
    max_hits: int
    window_seconds: int


def _window(window_seconds: int) -> tuple[int, int]:
    now = clock()
    start = int(now // window_seconds * window_seconds)
    retry_after = max(1, int(start + window_seconds - now + 0.999))
    return start, retry_after


def ensure_not_blocked(store: CounterStore, limits: list[Limit]) -> None:
    """Refuse before any work is done when a limit is already used up."""
    for limit in limits:
        start, retry_after = _window(limit.window_seconds)
        if store.peek(limit.key, start) >= limit.max_hits:
            raise ProblemError(
                429,
                "rate_limited",
                {"retry_after": retry_after},
                headers={"Retry-After": str(retry_after)},
            )


def record(store: CounterStore, limit: Limit) -> None:
    start, _ = _window(limit.window_seconds)
    store.hit(limit.key, start, limit.window_seconds)
