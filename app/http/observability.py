"""Request ids, one log line per request, and request metrics.

`X-Request-ID` is taken from the request when it is a sane token (a partner's own id lets both
sides find the same request in their logs), else made up; it is on every response and in every
log line written while the request is served (asgi-correlation-id keeps it in a context
variable). The request line names the route template, never the path: paths hold ids, and
logs hold no personal data.
"""

import logging
import re
import time

from asgi_correlation_id import correlation_id
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.core.metrics import REQUEST_SECONDS
from app.core.tracing import tag_request

logger = logging.getLogger("app.request")
REQUEST_ID_HEADER = "X-Request-ID"
# Letters, digits and a little punctuation: a header value that reaches the logs must not be
# able to forge a line or smuggle markup.
_SANE_REQUEST_ID = re.compile(r"[A-Za-z0-9._:-]{1,128}")


def request_id_is_sane(value: str) -> bool:
    return _SANE_REQUEST_ID.fullmatch(value) is not None


def _route_template(scope: Scope) -> str:
    """The matched route's template with its router's prefix, e.g.
    /api/v1/applicants/{applicant_id}; "unmatched" for a path no route serves."""
    path = getattr(scope.get("route"), "path", None)
    if path is None:
        return "unmatched"
    included = scope.get("fastapi", {}).get("included_router")
    context = getattr(included, "include_context", None)
    return f"{getattr(context, 'prefix', '')}{path}"


class RequestLog:
    """Pure ASGI: times each HTTP request, logs it, and observes its latency by route."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = [500]

        async def send_status(message: Message) -> None:
            if message["type"] == "http.response.start":
                status[0] = message["status"]
            await send(message)

        tag_request(correlation_id.get())
        try:
            await self.app(scope, receive, send_status)
        finally:
            seconds = time.perf_counter() - started
            route = _route_template(scope)
            REQUEST_SECONDS.labels(route, scope["method"], f"{status[0] // 100}xx").observe(seconds)
            logger.info(
                "request",
                extra={
                    "method": scope["method"],
                    "route": route,
                    "status": status[0],
                    "duration_ms": round(seconds * 1000, 1),
                    "caller": scope.get("state", {}).get("caller"),
                },
            )
