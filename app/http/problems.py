"""Problems in the OpenAPI document: the shared problem+json responses every operation
declares, and what the handlers send that no route declares itself (malformed or oversized
bodies, validation)."""

from typing import Any

from fastapi import FastAPI
from pydantic import BaseModel

from app.core.errors import PROBLEM_JSON


class FieldProblem(BaseModel):
    field: str
    code: str
    message: str


class Problem(BaseModel):
    """RFC 9457 problem details, with our machine `code` and field `errors`."""

    type: str
    title: str
    status: int
    detail: str
    code: str
    instance: str | None = None
    errors: list[FieldProblem] | None = None


_DESCRIPTIONS = {
    400: "Bad request: the body could not be read",
    401: "Not authenticated",
    403: "Not allowed",
    404: "Not found",
    409: "Conflict with the current state",
    412: "Precondition failed",
    413: "Content too large",
    415: "Unsupported media type",
    422: "Validation failed",
    428: "Precondition required",
    429: "Too many requests",
    503: "Service unavailable",
}


def problem_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    return {
        s: {
            "model": Problem,
            "description": _DESCRIPTIONS.get(s, "Problem"),
            "content": {PROBLEM_JSON: {"schema": {"$ref": "#/components/schemas/Problem"}}},
        }
        for s in statuses
    }


def _problem_content() -> dict[str, Any]:
    return {PROBLEM_JSON: {"schema": {"$ref": "#/components/schemas/Problem"}}}


def _document_operation(operation: dict[str, Any]) -> None:
    responses: dict[str, Any] = operation.setdefault("responses", {})
    for status, response in responses.items():
        content = response.get("content", {})
        if PROBLEM_JSON in content:
            # `model=Problem` makes FastAPI list application/json too; problems never use it.
            response["content"] = _problem_content()
        elif status == "422":
            # FastAPI's own validation error shape, which the problem handler replaces.
            responses["422"] = {"description": _DESCRIPTIONS[422], "content": _problem_content()}
    if "requestBody" in operation:
        # A body that is not UTF-8 text is refused before validation, with a 400.
        malformed = {"description": _DESCRIPTIONS[400], "content": _problem_content()}
        responses.setdefault("400", malformed)
        # So is one past the size limit (app/http/body_limit.py).
        too_large = {"description": _DESCRIPTIONS[413], "content": _problem_content()}
        responses.setdefault("413", too_large)
    operation["responses"] = dict(sorted(responses.items()))


def document_problems(app: FastAPI) -> None:
    """Make the OpenAPI document say what the problem handlers really send, for every route.

    Per-route declarations (`access(problems=...)`) cover the domain's statuses; the ones
    every route can produce the same way (malformed body, validation) are written here once.
    """
    generate = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is not None:
            return app.openapi_schema
        document = generate()
        for operations in document.get("paths", {}).values():
            for operation in operations.values():
                _document_operation(operation)
        schemas = document.get("components", {}).get("schemas", {})
        for unused in ("HTTPValidationError", "ValidationError"):
            schemas.pop(unused, None)
        return document

    app.openapi = openapi  # type: ignore[method-assign]
