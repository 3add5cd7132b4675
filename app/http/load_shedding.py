"""Load shedding: past a number of requests in flight, a worker process answers 503 at once.

Past its capacity, a server that queues every request makes every request slow: each one
waits behind all the others for a thread and a database connection, until the clients give
up, and then nothing succeeds at all. Refusing the excess at the door keeps the admitted
requests about as fast as at capacity; the refused get a 503 `overloaded` with
`Retry-After`, which clients retry (the generated clients and idempotency keys make that
safe). Health probes are never refused: an overloaded worker is still alive.

A pure ASGI middleware, outermost, so that a refused request costs almost nothing: no
routing, no token check, no idempotency key claimed. The count lives on the event loop's
thread, which is the only one that touches it.
"""

from starlette.requests import Request
from starlette.types import ASGIApp, Receive, Scope, Send

from app.core.errors import RETRY_AFTER_SECONDS, problem_response
from app.core.i18n import Message, define

define(
    {
        "overloaded": Message(
            "Server busy",
            "Server sibuk",
            "The server has too many requests in progress; try again shortly.",
            "Server sedang menangani terlalu banyak permintaan; coba lagi sebentar lagi.",
        ),
    }
)

PROBES = frozenset({"/healthz", "/readyz"})


class LoadShedder:
    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit  # 0: never refuse
        self.in_flight = 0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not self.limit or scope["path"] in PROBES:
            await self.app(scope, receive, send)
            return
        if self.in_flight >= self.limit:
            headers = {"Retry-After": RETRY_AFTER_SECONDS}
            response = problem_response(Request(scope), 503, "overloaded", headers=headers)
            await response(scope, receive, send)
            return
        self.in_flight += 1
        try:
            await self.app(scope, receive, send)
        finally:
            self.in_flight -= 1
