"""`Idempotency-Key` on the API's POSTs (IETF draft "The Idempotency-Key HTTP Header Field").

A pure ASGI middleware, so that the request body can be read once, fingerprinted and handed
on, and the response captured as it streams. Per caller (the access token's subject) and key:

- the first request claims the key by INSERTing a row on the unique (caller, key) pair, so
  two concurrent requests cannot both run; it does the work and its answer is stored;
- the same key with the same method, path and body replays that answer (status, body,
  Content-Type, Location) with `Idempotency-Replayed: true`, without doing the work again;
- the same key with another request is refused (422 `idempotency_key_reused`);
- a retry while the first request still runs waits for its answer a moment
  (`idempotency_wait_ms`, PostgreSQL) and is then replayed, or is refused (409
  `idempotency_in_progress`, `Retry-After: 1`);
- a request whose process died leaves the key free for the first retry (PostgreSQL), or
  after `idempotency_lease_seconds` (SQLite): see `idempotency_keys`;
- a 5xx answer or an exception releases the key, so that a retry can run;
- storing the answer is tried again when the database is busy: a key left without one
  would answer every retry 409 until it expires;
- keys are kept `idempotency_ttl_hours` (24 by default); expired rows are purged lazily.

Requests without a valid bearer token pass through untouched: the route answers 401.
"""

import logging
import time
from typing import Any

import anyio
from sqlalchemy.exc import OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeoutError
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.core.config import Settings
from app.core.errors import RETRY_AFTER_SECONDS, is_busy, problem_response
from app.core.i18n import Message as Text
from app.core.i18n import define
from app.core.security import InvalidTokenError, decode_access_token
from app.http.idempotency_keys import Claim, KeyStore, fingerprint, store_answer

logger = logging.getLogger("app.http.idempotency")

HEADER = "idempotency-key"
REPLAYED_HEADER = "Idempotency-Replayed"
MAX_KEY_LENGTH = 255
# Response headers that are part of the answer a replay must repeat.
KEPT_HEADERS = ("content-type", "content-language", "location", "etag")
EXCLUDED_PATHS = frozenset({"/api/v1/auth/token"})  # a token is not a record
PURGE_EVERY_SECONDS = 60.0

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
        store = KeyStore(app_state.engine, app_state.settings, app_state.idempotency_claims)
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
            await self._run(scope, body, receive, send, store, claim)

    async def _run(
        self, scope: Scope, body: bytes, receive: Receive, send: Send, store: KeyStore, claim: Claim
    ) -> None:
        captured: dict[str, Any] = {"status": 0, "headers": {}, "chunks": [], "settled": False}

        async def settle() -> None:
            # Once per request: keep the answer, or free the key after a server error.
            captured["settled"] = True
            status = int(captured["status"])
            with anyio.CancelScope(shield=True):
                if status >= 500 or status == 0:
                    await run_in_threadpool(store.release, claim)
                else:
                    answer = b"".join(captured["chunks"])
                    headers = captured["headers"]
                    await store_answer(store, claim, status, headers, answer)

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
