"""`Idempotency-Key` on the API's POSTs (IETF draft "The Idempotency-Key HTTP Header Field").

A pure ASGI middleware, so that the request body can be read once, fingerprinted and handed
on, and the response captured as it streams. Per caller (the access token's subject) and key:

- the first request claims the key by INSERTing a row on the unique (caller, key) pair, so
  two concurrent requests cannot both run; it does the work and its answer is stored;
- the same key with the same method, path and body replays that answer (status, body,
  Content-Type, Location) with `Idempotency-Replayed: true`, without doing the work again;
- the same key with another request is refused (422 `idempotency_key_reused`);
- a retry while the first request still runs is refused (409 `idempotency_in_progress`);
  a key left without an answer for `idempotency_lease_seconds` (15 min by default) belongs
  to a request whose process died: the next retry claims it and runs;
- a 5xx answer or an exception releases the key, so that a retry can run;
- storing the answer is tried again when the database is busy: a key left without one
  would answer every retry 409 until it expires;
- keys are kept `idempotency_ttl_hours` (24 by default); expired rows are purged lazily.

Requests without a valid bearer token pass through untouched: the route answers 401.
"""

import hashlib
import logging
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

import anyio
from sqlalchemy import delete, insert, select, update
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeoutError
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.core.config import Settings
from app.core.errors import RETRY_AFTER_SECONDS, is_busy, problem_response
from app.core.i18n import Message as Text
from app.core.i18n import define
from app.core.sealing import IDEMPOTENT_RESPONSES, seal, unseal
from app.core.security import InvalidTokenError, decode_access_token
from app.models.base import utcnow
from app.models.idempotency import IdempotencyKey

logger = logging.getLogger("app.http.idempotency")

HEADER = "idempotency-key"
REPLAYED_HEADER = "Idempotency-Replayed"
MAX_KEY_LENGTH = 255
# Response headers that are part of the answer a replay must repeat.
KEPT_HEADERS = ("content-type", "content-language", "location", "etag")
EXCLUDED_PATHS = frozenset({"/api/v1/auth/token"})  # a token is not a record
PURGE_EVERY_SECONDS = 60.0
STORE_ATTEMPTS, STORE_RETRY_SECONDS = 3, 0.5

define(
    {
        "idempotency_key_reused": Text(
            "Idempotency key reused",
            "Kunci idempotensi dipakai ulang",
            "This Idempotency-Key was used for a different request; use a new key.",
            "Idempotency-Key ini sudah dipakai untuk permintaan lain; gunakan kunci baru.",
        ),
        "idempotency_in_progress": Text(
            "Request in progress",
            "Permintaan sedang diproses",
            "A request with this Idempotency-Key is still being processed; retry shortly.",
            "Permintaan dengan Idempotency-Key ini masih diproses; coba lagi sebentar lagi.",
        ),
        "idempotency_key_invalid": Text(
            "Invalid idempotency key",
            "Kunci idempotensi tidak valid",
            "An Idempotency-Key has 1 to 255 visible ASCII characters.",
            "Idempotency-Key terdiri atas 1 sampai 255 karakter ASCII yang terlihat.",
        ),
    }
)


@dataclass
class Claim:
    """What the key store says about a request: run it, replay, or refuse."""

    outcome: str  # "run" | "replay" | "reused" | "in_progress"
    row_id: int | None = None
    status_code: int = 0
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""


def fingerprint(method: str, path: str, query: bytes, body: bytes) -> str:
    digest = hashlib.sha256()
    for part in (method.encode(), path.encode(), query, body):
        # Length-prefixed, so that no two different requests hash the same parts.
        digest.update(len(part).to_bytes(8, "big") + part)
    return digest.hexdigest()


class KeyStore:
    """The table behind the middleware; blocking calls, run in the thread pool.

    Core statements on a bare connection, not the ORM: every keyed POST claims a key and
    stores an answer, and the common path is then one INSERT ... RETURNING and one UPDATE,
    with no entity to build, reload or look up again."""

    table = IdempotencyKey.__table__  # type: ignore[attr-defined]

    def __init__(self, engine: Engine, settings: Settings) -> None:
        self.engine = engine
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
            with self.engine.connect() as connection:
                try:
                    row_id = connection.execute(
                        insert(self.table)
                        .values(
                            caller=caller,
                            key=key,
                            fingerprint=print_,
                            headers={},
                            created_at=now,
                            expires_at=now + self.ttl,
                        )
                        .returning(keys.id)
                    ).scalar_one()
                    connection.commit()
                    return Claim("run", row_id=row_id)
                except IntegrityError:
                    connection.rollback()
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

    def store(self, row_id: int, status_code: int, headers: dict[str, str], body: bytes) -> None:
        with self.engine.begin() as connection:
            connection.execute(
                update(self.table)
                .where(self.table.c.id == row_id)
                .values(status_code=status_code, headers=headers, body=self._seal(body))
            )

    def release(self, row_id: int) -> None:
        with self.engine.begin() as connection:
            connection.execute(delete(self.table).where(self.table.c.id == row_id))

    def purge_expired(self) -> int:
        with self.engine.begin() as connection:
            result = connection.execute(
                delete(self.table).where(self.table.c.expires_at <= utcnow())
            )
            return result.rowcount


async def _store_answer(
    store: "KeyStore", row_id: int, status: int, headers: dict[str, str], answer: bytes
) -> None:
    """Keep the answer of work that is done. A busy database (a lock or pool timeout) gets
    a few more tries: a key left without its answer would tell every retry to wait until
    it expires, as if the first request were still running."""
    for attempt in range(1, STORE_ATTEMPTS + 1):
        try:
            await run_in_threadpool(store.store, row_id, status, headers, answer)
            return
        except (OperationalError, PoolTimeoutError) as exc:
            if attempt == STORE_ATTEMPTS:
                raise
            logger.warning("storing the answer of key row %s failed, retrying: %s", row_id, exc)
            await anyio.sleep(STORE_RETRY_SECONDS * attempt)


def _bearer_subject(settings: Settings, scope: Scope) -> str | None:
    for name, value in scope.get("headers", ()):
        if name == b"authorization":
            scheme, _, token = value.decode("latin-1").partition(" ")
            if scheme.lower() != "bearer" or not token.strip():
                return None
            try:
                return decode_access_token(settings, token.strip()).subject
            except InvalidTokenError:
                return None
    return None


def _header(scope: Scope, wanted: bytes) -> str | None:
    for name, value in scope.get("headers", ()):
        if name == wanted:
            return str(value.decode("latin-1"))
    return None


def _key_value(raw: str) -> str | None:
    """The key, unquoted (the draft sends it as a structured-field string), or None if bad."""
    key = raw.strip()
    if len(key) >= 2 and key[0] == key[-1] == '"':
        key = key[1:-1]
    if 0 < len(key) <= MAX_KEY_LENGTH and all(" " <= c <= "~" for c in key):
        return key
    return None


class IdempotencyMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self._last_purge = 0.0

    def _applies(self, scope: Scope) -> bool:
        path: str = scope.get("path", "")
        return (
            scope["type"] == "http"
            and scope["method"] == "POST"
            and path.startswith("/api/v1/")
            and path not in EXCLUDED_PATHS
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        raw_key = _header(scope, HEADER.encode()) if self._applies(scope) else None
        if raw_key is None:
            await self.app(scope, receive, send)
            return
        app_state = scope["app"].state
        caller = _bearer_subject(app_state.settings, scope)
        if caller is None:
            await self.app(scope, receive, send)
            return
        key = _key_value(raw_key)
        if key is None:
            await self._problem(scope, receive, send, 400, "idempotency_key_invalid")
            return
        body = await _read_body(receive)
        store = KeyStore(app_state.engine, app_state.settings)
        print_ = fingerprint(scope["method"], scope["path"], scope.get("query_string", b""), body)
        try:
            await self._maybe_purge(store)
            claim = await run_in_threadpool(store.claim, caller, key, print_)
        except (OperationalError, PoolTimeoutError) as exc:
            # Above the app's own handlers: answered here as they would (nothing was done).
            busy = isinstance(exc, PoolTimeoutError) or is_busy(exc)
            code = "database_busy" if busy else "database_unavailable"
            logger.error("claiming an idempotency key failed: %s", exc)
            await self._problem(
                scope, receive, send, 503, code, {"Retry-After": RETRY_AFTER_SECONDS}
            )
            return
        if claim.outcome == "reused":
            await self._problem(scope, receive, send, 422, "idempotency_key_reused")
        elif claim.outcome == "in_progress":
            headers = {"Retry-After": "1"}
            await self._problem(scope, receive, send, 409, "idempotency_in_progress", headers)
        elif claim.outcome == "replay":
            await _replay(send, claim)
        else:
            await self._run(scope, body, receive, send, store, claim.row_id or 0)

    async def _run(
        self, scope: Scope, body: bytes, receive: Receive, send: Send, store: KeyStore, row_id: int
    ) -> None:
        captured: dict[str, Any] = {"status": 0, "headers": {}, "chunks": [], "settled": False}

        async def settle() -> None:
            # Once per request: keep the answer, or free the key after a server error.
            captured["settled"] = True
            status = int(captured["status"])
            with anyio.CancelScope(shield=True):
                if status >= 500 or status == 0:
                    await run_in_threadpool(store.release, row_id)
                else:
                    answer = b"".join(captured["chunks"])
                    headers = captured["headers"]
                    await _store_answer(store, row_id, status, headers, answer)

        async def replay_body() -> Message:
            if captured.get("sent_body"):
                # The body was handed over; after it only the disconnect is left to hear.
                return await receive()
            captured["sent_body"] = True
            return {"type": "http.request", "body": body, "more_body": False}

        async def capture(message: Message) -> None:
            if message["type"] == "http.response.start":
                captured["status"] = message["status"]
                captured["headers"] = {
                    name.decode("latin-1").lower(): value.decode("latin-1")
                    for name, value in message.get("headers", ())
                    if name.decode("latin-1").lower() in KEPT_HEADERS
                }
            elif message["type"] == "http.response.body":
                captured["chunks"].append(message.get("body", b""))
                if not message.get("more_body", False):
                    # Settled before the last byte goes out, so that a client retrying the
                    # moment it has the answer is replayed, not told the key is in use; and
                    # not after background tasks (a matching run), which run after the answer.
                    await settle()
            await send(message)

        try:
            await self.app(scope, replay_body, capture)
        except BaseException:
            if not captured["settled"]:
                captured["status"] = 0
                await settle()
            raise
        if not captured["settled"]:
            await settle()

    async def _maybe_purge(self, store: KeyStore) -> None:
        # Expired keys are deleted at most once a minute per process, off the hot path's
        # critical section: a lapsed key of the caller is also dropped in `claim` itself.
        now = time.monotonic()
        if now - self._last_purge < PURGE_EVERY_SECONDS:
            return
        self._last_purge = now
        try:
            await run_in_threadpool(store.purge_expired)
        except Exception:
            logger.exception("purging expired idempotency keys failed")

    async def _problem(
        self,
        scope: Scope,
        receive: Receive,
        send: Send,
        status: int,
        code: str,
        headers: dict[str, str] | None = None,
    ) -> None:
        response = problem_response(Request(scope), status, code, headers=headers)
        await response(scope, receive, send)


async def _read_body(receive: Receive) -> bytes:
    chunks = []
    while True:
        message = await receive()
        if message["type"] != "http.request":
            break
        chunks.append(message.get("body", b""))
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


async def _replay(send: Send, claim: Claim) -> None:
    headers = [(k.encode("latin-1"), v.encode("latin-1")) for k, v in claim.headers.items()]
    headers.append((b"content-length", str(len(claim.body)).encode()))
    headers.append((REPLAYED_HEADER.lower().encode(), b"true"))
    await send({"type": "http.response.start", "status": claim.status_code, "headers": headers})
    await send({"type": "http.response.body", "body": claim.body, "more_body": False})
