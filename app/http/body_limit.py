"""Request bodies past a size are refused with 413 before they are read in full.

Without a limit, a body of any size is taken in: a JSON body into memory, and a multipart
upload spooled to disk before the route can say that the file is too large. So:

- a declared `Content-Length` past the limit is answered 413 `request_too_large` at once,
  nothing read;
- a body sent without one (chunked) is counted as it arrives, and refused as soon as it
  passes the limit.

The limit is `MAX_REQUEST_BYTES` (4 MiB by default: a batch of 1,000 job orders with long
descriptions fits), and for document uploads `DOCUMENT_MAX_BYTES` plus room for the
multipart framing (the same for spreadsheet imports with `IMPORT_MAX_BYTES`); the upload
routes still check the file's own size exactly.

A pure ASGI middleware, outside the idempotency middleware, which reads the body itself.
"""

import re

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.core.config import Settings
from app.core.errors import problem_response
from app.core.i18n import Message as Text
from app.core.i18n import define

define(
    {
        "request_too_large": Text(
            "Request too large",
            "Permintaan terlalu besar",
            "The request body is larger than this operation accepts ({max_bytes} bytes).",
            "Isi permintaan lebih besar daripada yang diterima operasi ini ({max_bytes} byte).",
        ),
    }
)

# The multipart boundary, part headers and the file name around an uploaded file.
MULTIPART_ROOM = 64 * 1024
_UPLOAD = re.compile(r"^/api/v1/applications/[^/]+/documents/[^/]+/file$")
_IMPORT = "/api/v1/applicants/imports"


class RequestTooLarge(HTTPException):
    """Raised from `receive`: FastAPI passes an HTTPException from body parsing on as is."""

    def __init__(self, max_bytes: int) -> None:
        super().__init__(413)
        self.max_bytes = max_bytes


class BodyLimit:
    def __init__(self, app: ASGIApp, settings: Settings) -> None:
        self.app = app
        self.default = settings.max_request_bytes
        self.upload = settings.document_max_bytes + MULTIPART_ROOM
        self.sheet = settings.import_max_bytes + MULTIPART_ROOM

    def limit_for(self, scope: Scope) -> int:
        if scope["path"] == _IMPORT:
            return self.sheet
        return self.upload if _UPLOAD.match(scope["path"]) else self.default

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.limit_for(scope)
        declared = _content_length(scope)
        if declared is not None and declared > limit:
            await _refuse(scope, receive, send, limit)
            return
        received = 0
        started = False

        async def counted() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise RequestTooLarge(limit)
            return message

        async def watched(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counted, watched)
        except RequestTooLarge:
            # Raised where no handler turns it into a response (the idempotency middleware
            # reads the body before the app's handlers): answered here.
            if started:
                raise
            await _refuse(scope, receive, watched, limit)


async def too_large_handler(request: Request, exc: Exception) -> JSONResponse:
    """The same refusal when the app's own body parsing met the limit."""
    assert isinstance(exc, RequestTooLarge)
    headers = {"Connection": "close"}
    params = {"max_bytes": exc.max_bytes}
    return problem_response(request, 413, "request_too_large", params, headers=headers)


def _content_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", ()):
        if name == b"content-length":
            return int(value) if value.isdigit() else None
    return None


async def _refuse(scope: Scope, receive: Receive, send: Send, limit: int) -> None:
    # Closing the connection, since the rest of the body would otherwise be read as the
    # next request.
    headers = {"Connection": "close"}
    response = problem_response(
        Request(scope), 413, "request_too_large", {"max_bytes": limit}, headers=headers
    )
    await response(scope, receive, send)
