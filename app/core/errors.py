"""Typed errors and the RFC 9457 problem+json handlers."""

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import ValidationError
from sqlalchemy.exc import DataError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeoutError
from starlette.exceptions import HTTPException as StarletteHTTPException

from app.core.i18n import CATALOGUE, Language, Message, define, negotiate

logger = logging.getLogger("app.core.errors")

PROBLEM_JSON = "application/problem+json"

define(
    {
        "validation_failed": Message(
            "Invalid request",
            "Permintaan tidak valid",
            "One or more fields are invalid.",
            "Satu atau lebih isian tidak valid.",
        ),
        "not_found": Message(
            "Not found",
            "Tidak ditemukan",
            "The requested resource does not exist.",
            "Sumber daya yang diminta tidak ada.",
        ),
        "method_not_allowed": Message("Method not allowed", "Metode tidak diizinkan"),
        "internal_error": Message(
            "Internal server error",
            "Kesalahan server",
            "An unexpected error occurred. It has been logged.",
            "Terjadi kesalahan tak terduga. Kesalahan ini sudah dicatat.",
        ),
        "database_unavailable": Message(
            "Database unavailable",
            "Basis data tidak tersedia",
            "The database cannot be reached.",
            "Basis data tidak dapat dihubungi.",
        ),
        "database_busy": Message(
            "Database busy",
            "Basis data sibuk",
            "The records this request needs are held by other changes; try again shortly.",
            "Data yang diperlukan permintaan ini sedang dipakai perubahan lain; coba lagi "
            "sebentar lagi.",
        ),
        "invalid_cursor": Message(
            "Invalid cursor",
            "Kursor tidak valid",
            "The cursor is not one this API issued.",
            "Kursor ini bukan kursor yang diterbitkan API ini.",
        ),
        "http_error": Message("Request error", "Kesalahan permintaan"),
        "value_out_of_range": Message(
            "Value out of range",
            "Nilai di luar jangkauan",
            "A number or text in the request is too large to be stored or looked up.",
            "Angka atau teks dalam permintaan terlalu besar untuk disimpan atau dicari.",
        ),
        "malformed_request": Message(
            "Malformed request",
            "Permintaan rusak",
            "The request body could not be read; send UTF-8 encoded JSON.",
            "Isi permintaan tidak dapat dibaca; kirim JSON dengan pengodean UTF-8.",
        ),
        "conflict": Message("Conflict", "Konflik"),
    }
)

# Indonesian texts for pydantic's own error types; anything else falls back to English.
PYDANTIC_ID = {
    "missing": "Isian wajib diisi.",
    "extra_forbidden": "Isian ini tidak dikenal.",
    "string_too_short": "Teks terlalu pendek.",
    "string_too_long": "Teks terlalu panjang.",
    "string_pattern_mismatch": "Format tidak sesuai.",
    "string_type": "Harus berupa teks.",
    "int_parsing": "Harus berupa bilangan bulat.",
    "int_type": "Harus berupa bilangan bulat.",
    "bool_parsing": "Harus berupa nilai benar/salah.",
    "greater_than_equal": "Nilai terlalu kecil.",
    "greater_than": "Nilai terlalu kecil.",
    "less_than_equal": "Nilai terlalu besar.",
    "less_than": "Nilai terlalu besar.",
    "date_from_datetime_parsing": "Harus berupa tanggal (YYYY-MM-DD).",
    "date_parsing": "Harus berupa tanggal (YYYY-MM-DD).",
    "date_type": "Harus berupa tanggal (YYYY-MM-DD).",
    "datetime_parsing": "Harus berupa waktu ISO 8601.",
    "datetime_from_date_parsing": "Harus berupa waktu ISO 8601.",
    "enum": "Nilai tidak termasuk pilihan yang diizinkan.",
    "literal_error": "Nilai tidak termasuk pilihan yang diizinkan.",
    "value_error": "Nilai tidak valid.",
    "list_type": "Harus berupa daftar.",
    "too_short": "Daftar terlalu pendek.",
    "too_long": "Daftar terlalu panjang.",
    "json_invalid": "JSON tidak valid.",
    "model_attributes_type": "Harus berupa objek.",
    "dict_type": "Harus berupa objek.",
}


@dataclass
class FieldError:
    field: str
    code: str
    params: dict[str, Any] = dataclass_field(default_factory=dict)

    def render(self, lang: Language) -> dict[str, str]:
        message = CATALOGUE.get(self.code)
        text = message.detail(lang, self.params) if message else self.code
        return {"field": self.field, "code": self.code, "message": text}


@dataclass
class ProblemError(Exception):
    """An error a service raises; the handler turns it into problem+json."""

    status: int
    code: str
    params: dict[str, Any] = dataclass_field(default_factory=dict)
    errors: list[FieldError] = dataclass_field(default_factory=list)
    headers: dict[str, str] = dataclass_field(default_factory=dict)
    extra: dict[str, Any] = dataclass_field(default_factory=dict)

    def __str__(self) -> str:
        return f"{self.status} {self.code} {self.params}"


def invalid(field_name: str, code: str, **params: Any) -> ProblemError:
    """A 422 for one domain rule broken by one field."""
    return ProblemError(422, code, params, errors=[FieldError(field_name, code, params)])


def not_found(kind: str = "resource") -> ProblemError:
    return ProblemError(404, "not_found", {"kind": kind})


def problem_body(
    request: Request,
    status: int,
    code: str,
    params: dict[str, Any] | None = None,
    errors: list[dict[str, str]] | None = None,
    extra: dict[str, Any] | None = None,
) -> dict[str, Any]:
    lang = negotiate(request.headers.get("accept-language"))
    message = CATALOGUE.get(code) or CATALOGUE["http_error"]
    body: dict[str, Any] = {
        "type": f"/problems/{code}",
        "title": message.title(lang),
        "status": status,
        "detail": message.detail(lang, params or {}),
        "code": code,
        "instance": request.url.path,
    }
    if errors is not None:
        body["errors"] = errors
    if extra:
        body.update(extra)
    return body


def problem_response(
    request: Request,
    status: int,
    code: str,
    params: dict[str, Any] | None = None,
    errors: list[dict[str, str]] | None = None,
    headers: dict[str, str] | None = None,
    extra: dict[str, Any] | None = None,
) -> JSONResponse:
    lang = negotiate(request.headers.get("accept-language"))
    return JSONResponse(
        problem_body(request, status, code, params, errors, extra),
        status_code=status,
        media_type=PROBLEM_JSON,
        headers={"Content-Language": lang, **(headers or {})},
    )


def _field_path(loc: tuple[int | str, ...]) -> str:
    parts = [str(p) for p in loc]
    if parts and parts[0] in {"body", "query", "path", "header", "cookie"}:
        parts = parts[1:]
    return ".".join(parts) or "body"


async def _problem_error_handler(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ProblemError)
    lang = negotiate(request.headers.get("accept-language"))
    errors = [e.render(lang) for e in exc.errors] if exc.errors else None
    return problem_response(
        request, exc.status, exc.code, exc.params, errors, exc.headers, exc.extra
    )


def render_validation_errors(raw: Sequence[Any], lang: Language) -> list[dict[str, str]]:
    """Pydantic's errors as our field errors, in the reader's language."""
    errors = []
    for error in raw:
        kind = str(error.get("type", "value_error"))
        message = str(error.get("msg", ""))
        if kind in CATALOGUE:
            # A domain code raised from a validator (PydanticCustomError).
            message = CATALOGUE[kind].detail(lang, dict(error.get("ctx") or {}))
        elif lang == "id":
            message = PYDANTIC_ID.get(kind, message)
        errors.append(
            {"field": _field_path(tuple(error.get("loc", ()))), "code": kind, "message": message}
        )
    return errors


def item_problem(request: Request, exc: ProblemError | ValidationError) -> dict[str, Any]:
    """The problem body of one item of a batch, as its own request would have got it."""
    lang = negotiate(request.headers.get("accept-language"))
    if isinstance(exc, ValidationError):
        errors = render_validation_errors(exc.errors(), lang)
        return problem_body(request, 422, "validation_failed", errors=errors)
    rendered = [e.render(lang) for e in exc.errors] if exc.errors else None
    return problem_body(request, exc.status, exc.code, exc.params, rendered, exc.extra)


async def _validation_handler(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    lang = negotiate(request.headers.get("accept-language"))
    errors = render_validation_errors(exc.errors(), lang)
    return problem_response(request, 422, "validation_failed", errors=errors)


async def _http_exception_handler(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    # FastAPI answers 400 when it cannot decode a body at all (not UTF-8, for instance).
    codes = {400: "malformed_request", 404: "not_found", 405: "method_not_allowed"}
    code = codes.get(exc.status_code, "http_error")
    return problem_response(request, exc.status_code, code, headers=dict(exc.headers or {}))


async def _out_of_range_handler(request: Request, exc: Exception) -> JSONResponse:
    # An id beyond 64 bits (SQLite cannot bind it) or a value the column cannot hold: the
    # request's fault, not the server's, and nothing was written (the session rolls back).
    logger.warning("out of range on %s %s: %s", request.method, request.url.path, exc)
    return problem_response(request, 422, "value_out_of_range")


# PostgreSQL: lock_timeout, deadlock, serialization failure. SQLite: its busy timeout.
_BUSY_SQLSTATES = frozenset({"55P03", "40P01", "40001"})
_BUSY_SQLITE_MESSAGES = ("database is locked", "database table is locked")
RETRY_AFTER_SECONDS = "1"


def is_busy(exc: OperationalError) -> bool:
    """Whether the database refused for contention (worth a retry) rather than being down."""
    if getattr(exc.orig, "sqlstate", None) in _BUSY_SQLSTATES:
        return True
    return any(message in str(exc.orig) for message in _BUSY_SQLITE_MESSAGES)


async def _database_error_handler(request: Request, exc: Exception) -> JSONResponse:
    # Waiting longer than the lock timeout or for a pooled connection, or no connection at
    # all: nothing was written (the session rolls back); the same request can be sent again.
    assert isinstance(exc, OperationalError | PoolTimeoutError)
    busy = isinstance(exc, PoolTimeoutError) or is_busy(exc)
    logger.error(
        "database %s on %s %s: %s",
        "busy" if busy else "error",
        request.method,
        request.url.path,
        getattr(exc, "orig", exc),
        exc_info=not busy,
    )
    code = "database_busy" if busy else "database_unavailable"
    return problem_response(request, 503, code, headers={"Retry-After": RETRY_AFTER_SECONDS})


async def _unhandled_handler(request: Request, exc: Exception) -> JSONResponse:
    # Logged with its traceback here; the client only ever sees the generic problem.
    logger.exception("unhandled error on %s %s", request.method, request.url.path)
    return problem_response(request, 500, "internal_error")


def install_problem_handlers(app: FastAPI) -> None:
    app.add_exception_handler(ProblemError, _problem_error_handler)
    app.add_exception_handler(RequestValidationError, _validation_handler)
    app.add_exception_handler(StarletteHTTPException, _http_exception_handler)
    app.add_exception_handler(OverflowError, _out_of_range_handler)
    app.add_exception_handler(DataError, _out_of_range_handler)
    app.add_exception_handler(OperationalError, _database_error_handler)
    app.add_exception_handler(PoolTimeoutError, _database_error_handler)
    app.add_exception_handler(Exception, _unhandled_handler)
