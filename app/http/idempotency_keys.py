"""The table behind `Idempotency-Key`: claiming a key, keeping its answer, freeing it.

How a claim is held depends on the database, so that a process that dies mid-request never
leaves a key that tells every retry to wait:

- PostgreSQL: the claim is a row INSERTed in a transaction that stays open, on a connection of
  its own, until the answer is stored in it and committed. A concurrent request with the same
  key waits on that row (up to `idempotency_wait_ms`) and then replays the stored answer. If the
  process dies, PostgreSQL rolls the claim back with its connection: the first retry after a
  crash runs the request, once. The work commits in its own transaction just before the
  answer does; only a crash in the milliseconds between the two lets a retry run it again.
- SQLite (one machine, one writer at a time, so no transaction may stay open): the claim is a
  committed row without an answer; a key left so for `idempotency_lease_seconds` belongs to a
  request whose process died, and the next retry takes it over.
"""

import hashlib
import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta

import anyio
from sqlalchemy import delete, insert, select, update
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeoutError
from starlette.concurrency import run_in_threadpool

from app.core.config import Settings
from app.core.db import make_engine
from app.core.sealing import IDEMPOTENT_RESPONSES, seal, unseal
from app.models.base import utcnow
from app.models.idempotency import IdempotencyKey

logger = logging.getLogger("app.http.idempotency")

STORE_ATTEMPTS, STORE_RETRY_SECONDS = 3, 0.5
# Connections that hold claims, per process, apart from the pool the work uses: a burst of
# keyed requests waiting for a worker thread must not take the connections the work needs.
CLAIM_POOL = (2, 18, 30.0)
LOCK_NOT_AVAILABLE = "55P03"


@dataclass
class Claim:
    """What the key store says about a request: run it, replay, or refuse."""

    outcome: str  # "run" | "replay" | "reused" | "in_progress"
    row_id: int | None = None
    status_code: int = 0
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    # PostgreSQL: the open transaction holding the claim until the answer is stored.
    connection: Connection | None = None


def fingerprint(method: str, path: str, query: bytes, body: bytes) -> str:
    digest = hashlib.sha256()
    for part in (method.encode(), path.encode(), query, body):
        # Length-prefixed, so that no two different requests hash the same parts.
        digest.update(len(part).to_bytes(8, "big") + part)
    return digest.hexdigest()


def claims_engine(settings: Settings, engine: Engine) -> Engine | None:
    """The engine whose connections hold claims open (PostgreSQL), or None (SQLite)."""
    if engine.dialect.name != "postgresql":
        return None
    return make_engine(
        settings.database_url,
        lock_timeout_ms=settings.idempotency_wait_ms,
        # A claim is idle in its transaction while the work runs: as long as the lease.
        idle_in_transaction_timeout_ms=settings.idempotency_lease_seconds * 1000,
        pool=CLAIM_POOL,
    )


class KeyStore:
    """Blocking calls, run in the thread pool.

    Core statements on a bare connection, not the ORM: every keyed POST claims a key and
    stores an answer, and the common path is then one INSERT ... RETURNING and one UPDATE,
    with no entity to build, reload or look up again."""

    table = IdempotencyKey.__table__  # type: ignore[attr-defined]

    def __init__(self, engine: Engine, settings: Settings, holder: Engine | None = None) -> None:
        self.engine = engine
        self.holder = holder
        self.ttl = timedelta(hours=settings.idempotency_ttl_hours)
        self.lease = timedelta(seconds=settings.idempotency_lease_seconds)
        # Answers hold personal data and secrets shown once: sealed at rest like the rest.
        self.settings = settings

    def claim(self, caller: str, key: str, print_: str) -> Claim:
        # A few rounds: a row that expired or was released between our INSERT and our
        # SELECT frees the key, and the next INSERT then wins or meets the newer holder.
        keys = self.table.c
        for _ in range(3):
            now = utcnow()
            held = self._insert(caller, key, print_, now)
            if isinstance(held, Claim):
                return held
            with self.engine.connect() as connection:
                existing = connection.execute(
                    select(self.table).where(keys.caller == caller, keys.key == key)
                ).first()
                if existing is not None and existing.expires_at <= now:
                    # Kept past its day: the key is free again, for any request.
                    connection.execute(
                        delete(self.table).where(keys.id == existing.id, keys.expires_at <= now)
                    )
                    connection.commit()
                    continue
            if existing is None:
                continue
            if existing.fingerprint != print_:
                return Claim("reused")
            if existing.status_code is None:
                if self._take_over(existing.id, now):
                    return Claim("run", row_id=existing.id)
                return Claim("in_progress")
            return Claim(
                "replay",
                status_code=existing.status_code,
                headers=dict(existing.headers),
                body=self._open(existing.body),
            )
        return Claim("in_progress")

    def _insert(self, caller: str, key: str, print_: str, now: datetime) -> Claim | None:
        """Claim the key, or None when another request has it (answered or not)."""
        statement = (
            insert(self.table)
            .values(
                caller=caller,
                key=key,
                fingerprint=print_,
                headers={},
                created_at=now,
                expires_at=now + self.ttl,
            )
            .returning(self.table.c.id)
        )
        connection = (self.holder or self.engine).connect()
        try:
            row_id = connection.execute(statement).scalar_one()
        except IntegrityError:
            connection.close()
            return None
        except OperationalError as exc:
            connection.close()
            if getattr(exc.orig, "sqlstate", None) == LOCK_NOT_AVAILABLE:
                # Waited `idempotency_wait_ms` for the request holding the key: still running.
                return Claim("in_progress")
            raise
        except BaseException:
            connection.close()
            raise
        if self.holder is None:
            connection.commit()
            connection.close()
            return Claim("run", row_id=row_id)
        return Claim("run", row_id=row_id, connection=connection)

    def _seal(self, body: bytes) -> bytes:
        return seal(self.settings, IDEMPOTENT_RESPONSES, body).encode()

    def _open(self, stored: bytes | None) -> bytes:
        return unseal(self.settings, IDEMPOTENT_RESPONSES, stored.decode()) if stored else b""

    def _take_over(self, row_id: int, now: datetime) -> bool:
        """Claim a key still without an answer once its lease has run out; one UPDATE, so
        that of two retries arriving together only one wins."""
        keys = self.table.c
        with self.engine.begin() as connection:
            result = connection.execute(
                update(self.table)
                .where(
                    keys.id == row_id,
                    keys.status_code.is_(None),
                    keys.created_at <= now - self.lease,
                )
                .values(created_at=now, expires_at=now + self.ttl)
            )
            return result.rowcount == 1

    def store(self, claim: Claim, status_code: int, headers: dict[str, str], body: bytes) -> None:
        answer = update(self.table).where(self.table.c.id == claim.row_id)
        answer = answer.values(status_code=status_code, headers=headers, body=self._seal(body))
        if claim.connection is None:
            with self.engine.begin() as connection:
                connection.execute(answer)
            return
        claim.connection.execute(answer)
        claim.connection.commit()
        claim.connection.close()
        claim.connection = None

    def release(self, claim: Claim) -> None:
        if claim.connection is not None:
            claim.connection.close()  # rolls the claim back
            claim.connection = None
            return
        with self.engine.begin() as connection:
            connection.execute(delete(self.table).where(self.table.c.id == claim.row_id))

    def purge_expired(self) -> int:
        with self.engine.begin() as connection:
            # Expired rows only: an open claim is not visible here, and is never expired.
            result = connection.execute(
                delete(self.table).where(self.table.c.expires_at <= utcnow())
            )
            return result.rowcount


async def store_answer(
    store: KeyStore, claim: Claim, status: int, headers: dict[str, str], answer: bytes
) -> None:
    """Keep the answer of work that is done. A busy database (a lock or pool timeout) gets
    a few more tries: a key left without its answer would tell every retry to wait until
    it expires, as if the first request were still running."""
    for attempt in range(1, STORE_ATTEMPTS + 1):
        try:
            await run_in_threadpool(store.store, claim, status, headers, answer)
            return
        except (OperationalError, PoolTimeoutError) as exc:
            if attempt == STORE_ATTEMPTS:
                # A claim held open is rolled back with its connection: the key is free.
                await run_in_threadpool(_close_held, claim)
                raise
            logger.warning(
                "storing the answer of key row %s failed, retrying: %s", claim.row_id, exc
            )
            await anyio.sleep(STORE_RETRY_SECONDS * attempt)


def _close_held(claim: Claim) -> None:
    if claim.connection is not None:
        claim.connection.close()
        claim.connection = None
