"""Which tables changed, told to every worker process, so that its caches stay exact.

A worker may keep what every request would otherwise read again (an account's standing, a
page of job orders) only while it is sure to hear of every change to the table it came
from. Two paths tell it:

- its own writes, seen by engine events and counted as their transaction commits, so that a
  request that follows a write in the same process never reads the cache from before it;
- everyone's writes, on PostgreSQL: a statement trigger on each watched table (migration
  0013) sends a notification on commit, and a listener thread in each worker counts it.

A cache entry holds the table's generation from before it was read; it is served only while
that generation stands and the listener is live (connected and heard from within
`STALE_AFTER_S`). Without a live listener (SQLite, or the connection lost) nothing is
served from the caches: every request reads the database, as if there were none. On
reconnecting, every generation moves on, since notifications may have been missed.
"""

import logging
import threading
import time
import weakref
from collections.abc import Hashable
from typing import Any, Generic, TypeVar

import psycopg
from sqlalchemy import event
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.sql.elements import TextClause

CHANNEL = "table_changes"
WATCHED = frozenset(
    {
        "user_account",
        "partner_client",
        "applicant",
        "credential",
        "vacancy",
        "partner",
        "training_programme",
        "cohort",
        "channel_state",
    }
)
POLL_S = 0.1
HEARTBEAT_S = 1.0
STALE_AFTER_S = 5.0
RECONNECT_S = 1.0
# Named, so that operators see it in pg_stat_activity; TCP keepalives, so that a peer gone
# without a word is noticed and the listener reconnects.
CONNECTION: dict[str, Any] = {
    "autocommit": True,
    "connect_timeout": 5,
    "application_name": "change-signals",
    "keepalives": 1,
    "keepalives_idle": 10,
    "keepalives_interval": 5,
    "keepalives_count": 3,
}
_WRITES = ("insert", "update", "delete", "truncate", "merge")
_EVERY_TABLE = "*"

logger = logging.getLogger(__name__)
V = TypeVar("V")


class ChangeSignals:
    """Generations of the watched tables in this process, and the listener that moves them."""

    def __init__(self, engine: Engine) -> None:
        # Not the engine itself: the registry below is weak on engines, and a value that
        # held its key would keep every engine (and its pool) alive.
        self._url, self._dialect = engine.url, engine.dialect.name
        self._generations = dict.fromkeys(WATCHED, 0)
        self._lock = threading.Lock()
        self._users = 0
        self._listener: _Listener | None = None
        _by_engine[engine] = self
        event.listen(engine, "after_cursor_execute", _note_write)
        event.listen(engine, "commit", self._count_committed)
        event.listen(engine, "rollback", _forget_writes)

    @property
    def live(self) -> bool:
        listener = self._listener
        return listener is not None and listener.live

    def generation(self, table: str) -> int | None:
        """The table's generation, or None while changes by other processes may go unheard."""
        return self._generations[table] if self.live else None

    def changed(self, *tables: str) -> None:
        with self._lock:
            for table in tables or WATCHED:
                self._generations[table] += 1

    def start(self) -> None:
        """Listen while at least one user (an app's lifespan) wants it; PostgreSQL only."""
        if self._dialect != "postgresql":
            return
        with self._lock:
            self._users += 1
            if self._listener is None:
                dsn = self._url.set(drivername="postgresql")
                self._listener = _Listener(dsn.render_as_string(hide_password=False), self)
                self._listener.start()

    def stop(self) -> None:
        """Not waited for: the listener ends at its next wake, within `POLL_S`."""
        with self._lock:
            if self._listener is None:
                return
            self._users -= 1
            if self._users == 0:
                self._listener.stopping.set()
                self._listener = None

    def _count_committed(self, connection: Connection) -> None:
        # Counted as the commit starts: a reader in between may cache what it read before
        # the commit, but the commit's own notification, which comes after it, moves the
        # generation on again. Every engine of this process on the same database counts it
        # (one in a deployed worker; tests run several apps side by side).
        if connection.invalidated:
            return  # its connection was lost: nothing was committed
        written = connection.info.pop("written_tables", None)
        if not written:
            return
        tables = () if _EVERY_TABLE in written else tuple(written)
        database = self._url
        for engine, signals in list(_by_engine.items()):
            if engine.url == database:
                signals.changed(*tables)


_by_engine: weakref.WeakKeyDictionary[Engine, ChangeSignals] = weakref.WeakKeyDictionary()


def generation_of(engine: Engine, *tables: str) -> int | None:
    """The tables' generations as the engine's signals count them, summed (each only grows,
    so the sum moves when any of them does); None when the signals are not live (or the
    engine has none): then the caller must look at the tables themselves."""
    signals = _by_engine.get(engine)
    if signals is None or not signals.live:
        return None
    return sum(signals.generation(table) or 0 for table in tables)


def own_writes_of(engine: Engine, *tables: str) -> int:
    """The writes to the tables this process has committed, counted whether or not the
    listener is live: what a cache's fallback check cannot see in the table itself (a row
    deleted here) still moves this."""
    signals = _by_engine.get(engine)
    if signals is None:
        return 0
    with signals._lock:
        return sum(signals._generations[table] for table in tables)


class _Listener(threading.Thread):
    """One connection that LISTENs, reconnecting until told to stop."""

    def __init__(self, dsn: str, signals: ChangeSignals) -> None:
        super().__init__(name="change-signals", daemon=True)
        self._dsn, self._signals = dsn, signals
        self.stopping = threading.Event()
        self._connected = False
        self._last_heard = 0.0

    @property
    def live(self) -> bool:
        return (
            self._connected
            and not self.stopping.is_set()
            and time.monotonic() - self._last_heard < STALE_AFTER_S
        )

    def run(self) -> None:
        quiet = False  # one warning per outage, not one a second
        while not self.stopping.is_set():
            try:
                with psycopg.connect(self._dsn, **CONNECTION) as connection:
                    connection.execute(f"LISTEN {CHANNEL}")
                    self._last_heard = time.monotonic()
                    self._signals.changed()  # whatever happened while nobody listened
                    self._connected, quiet = True, False
                    self._receive(connection)
            except psycopg.Error as error:
                if not self.stopping.is_set() and not quiet:
                    logger.warning("change listener: %s; copies unused until it reconnects", error)
                    quiet = True
            finally:
                self._connected = False
            self.stopping.wait(RECONNECT_S)

    def _receive(self, connection: psycopg.Connection[Any]) -> None:
        while not self.stopping.is_set():
            for notice in connection.notifies(timeout=POLL_S):
                if notice.payload in WATCHED:
                    self._signals.changed(notice.payload)
                else:
                    self._signals.changed()
            if time.monotonic() - self._last_heard >= HEARTBEAT_S:
                # A connection that died without a word would leave us waiting for ever: a
                # query that answers proves that notifications still get through.
                connection.execute("SELECT 1")
                self._last_heard = time.monotonic()


def _note_write(
    connection: Connection,
    _cursor: object,
    statement: str,
    _parameters: object,
    context: Any,
    _executemany: bool,
) -> None:
    compiled = getattr(context, "compiled", None)
    if compiled is not None and not isinstance(compiled.statement, TextClause):
        if not (context.isinsert or context.isupdate or context.isdelete):
            return
        table = getattr(getattr(compiled.statement, "table", None), "name", None)
        if table not in WATCHED:
            return
    elif statement.lstrip()[:8].lower().startswith(_WRITES):
        table = _EVERY_TABLE  # literal SQL: which table it wrote is not worth parsing
    else:
        return
    connection.info.setdefault("written_tables", set()).add(table)


def _forget_writes(connection: Connection) -> None:
    # A connection found broken has no info to keep: its next one starts afresh.
    if not connection.invalidated:
        connection.info.pop("written_tables", None)


class GenerationCache(Generic[V]):
    """Values kept while their table's generation stands; at most `size` of them."""

    def __init__(self, signals: ChangeSignals, table: str, size: int) -> None:
        self._signals, self._table, self._size = signals, table, size
        self._entries: dict[Hashable, tuple[int, V]] = {}

    def get(self, key: Hashable) -> V | None:
        generation = self._signals.generation(self._table)
        entry = self._entries.get(key)
        if generation is None or entry is None or entry[0] != generation:
            return None
        return entry[1]

    def generation(self) -> int | None:
        """Taken before reading what will be put: a change during the read outdates it."""
        return self._signals.generation(self._table)

    def put(self, key: Hashable, generation: int | None, value: V) -> None:
        if generation is None:
            return
        if len(self._entries) >= self._size:
            self._entries.clear()  # rare, and cheaper than keeping an order of use
        self._entries[key] = (generation, value)


class TableCopy(Generic[V]):
    """Every row of a small table, kept while its generation stands: one read then answers
    for every key in it. A key it lacks may be a row added since, when the table's inserts
    are not signalled (new accounts are not): the caller reads that one itself. A table found
    larger than `size` rows is not kept at that generation."""

    def __init__(self, signals: ChangeSignals, table: str, size: int) -> None:
        self._signals, self._table, self.size = signals, table, size
        # (generation, rows or None when too large). One tuple, replaced whole, so that a
        # reader never pairs one read's rows with another read's generation.
        self._copy: tuple[int, dict[Hashable, V] | None] | None = None

    def generation(self) -> int | None:
        """Taken before reading the table: a change during the read outdates what it read."""
        return self._signals.generation(self._table)

    def get(self, key: Hashable) -> V | None:
        generation, copy = self._signals.generation(self._table), self._copy
        if generation is None or copy is None or copy[0] != generation or copy[1] is None:
            return None
        return copy[1].get(key)

    def worth_reading(self, generation: int | None) -> bool:
        """Live, and not yet read (or found too large) at this generation."""
        copy = self._copy
        return generation is not None and (copy is None or copy[0] != generation)

    def put(self, generation: int | None, rows: dict[Hashable, V]) -> None:
        if generation is None:
            return
        self._copy = (generation, rows if len(rows) <= self.size else None)
