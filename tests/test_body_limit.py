"""Request bodies past the size limit are refused with 413 before they are read in full
(app/http/body_limit.py), whether their size is declared or they arrive in chunks."""

import asyncio
from collections.abc import Iterator, MutableMapping
from typing import Any

from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlmodel import Session

from app.core.config import Settings
from app.http.body_limit import MULTIPART_ROOM, BodyLimit
from app.models.identity import Role, UserAccount
from app.models.partner import Partner
from app.models.vacancy import Vacancy
from tests.auth_helpers import STRONG_PASSWORD, staff_headers
from tests.factories import applicant_body, assert_problem, count_rows

LIMIT = 4 * 1024 * 1024  # Settings.max_request_bytes
PARTNERS = "/api/v1/partners"


def chunks(size: int, piece: int = 256 * 1024) -> Iterator[bytes]:
    """A JSON body of `size` bytes, sent without Content-Length (chunked)."""
    yield b'{"name": "'
    left = size - len(b'{"name": ""}')
    while left > 0:
        step = min(piece, left)
        yield b"x" * step
        left -= step
    yield b'"}'


# ---------------------------------------------------------------- the middleware alone


class Reader:
    """An app that reads the whole body, as a route would, and answers 200."""

    def __init__(self) -> None:
        self.read = 0
        self.called = False

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        self.called = True
        more = True
        while more:
            message = await receive()
            self.read += len(message.get("body", b""))
            more = message.get("more_body", False)
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"ok"})


def drive(
    path: str, parts: list[bytes], declared: int | None, settings: Settings
) -> tuple[Reader, int, int]:
    """(the app, the status answered, how many body messages the client was asked for)."""
    reader = Reader()
    limited = BodyLimit(reader, settings)
    headers = [(b"content-length", str(declared).encode())] if declared is not None else []
    scope: dict[str, Any] = {"type": "http", "method": "PUT", "path": path, "headers": headers}
    scope |= {"query_string": b"", "root_path": "", "scheme": "http", "server": ("x", 80)}
    pending = list(parts)
    asked, status = 0, 0

    async def receive() -> dict[str, Any]:
        nonlocal asked
        asked += 1
        body = pending.pop(0) if pending else b""
        return {"type": "http.request", "body": body, "more_body": bool(pending)}

    async def send(message: MutableMapping[str, Any]) -> None:
        nonlocal status
        if message["type"] == "http.response.start":
            status = message["status"]

    asyncio.run(limited(scope, receive, send))
    return reader, status, asked


def test_a_declared_size_past_the_limit_is_refused_unread() -> None:
    settings = Settings(max_request_bytes=1024)
    reader, status, asked = drive("/api/v1/partners", [b"x" * 2048], 2048, settings)
    assert (status, reader.called, asked) == (413, False, 0)
    reader, status, _ = drive("/api/v1/partners", [b"x" * 1024], 1024, settings)
    assert (status, reader.read) == (200, 1024)  # exactly the limit


def test_a_chunked_body_is_cut_off_as_it_passes_the_limit() -> None:
    settings = Settings(max_request_bytes=1024)
    parts = [b"x" * 600] * 100  # 60 KB in all
    reader, status, asked = drive("/api/v1/partners", parts, None, settings)
    assert (status, reader.read) == (413, 600)
    assert asked == 2  # the second chunk passed the limit: the other 98 were never read


def test_document_uploads_have_the_document_limit() -> None:
    settings = Settings(max_request_bytes=1024, document_max_bytes=4096)
    upload = "/api/v1/applications/7/documents/passport/file"
    allowed = 4096 + MULTIPART_ROOM
    assert drive(upload, [b"x" * allowed], allowed, settings)[1] == 200
    assert drive(upload, [b"x" * (allowed + 1)], allowed + 1, settings)[1] == 413
    assert drive("/api/v1/applications/7/documents", [b"x" * 2048], 2048, settings)[1] == 413


# ---------------------------------------------------------------- through the app


def test_an_oversized_registration_creates_nothing(client: TestClient, session: Session) -> None:
    body = {
        "email": "besar@example.com",
        "password": STRONG_PASSWORD,
        "applicant": applicant_body(serial=1, address="x" * LIMIT),
    }
    response = client.post("/api/v1/auth/register", json=body)
    problem = assert_problem(response, 413, "request_too_large")
    assert str(LIMIT) in problem["detail"]
    assert count_rows(session, UserAccount) == 0


def test_a_chunked_body_past_the_limit_claims_no_idempotency_key(
    client: TestClient, session: Session
) -> None:
    headers = {**staff_headers(client, session, Role.officer), "Idempotency-Key": "big-1"}
    headers["Content-Type"] = "application/json"
    # The idempotency middleware reads the body itself, before the app's handlers.
    response = client.post(PARTNERS, content=chunks(LIMIT + 1), headers=headers)
    assert_problem(response, 413, "request_too_large")
    assert count_rows(session, Partner) == 0
    # The key was not claimed: the same key with a body of a sensible size goes through.
    retry = client.post(
        PARTNERS, json={"name": "LPK Ukuran Wajar", "kind": "training_provider"}, headers=headers
    )
    assert retry.status_code == 201, retry.text
    assert count_rows(session, Partner) == 1


def test_a_batch_past_the_limit_is_refused_without_a_key_too(
    app: FastAPI, client: TestClient, session: Session
) -> None:
    headers = staff_headers(client, session, Role.officer)
    headers["Content-Type"] = "application/json"
    response = client.post("/api/v1/vacancies/batch", content=chunks(LIMIT + 1), headers=headers)
    assert_problem(response, 413, "request_too_large")
    assert count_rows(session, Vacancy) == 0
