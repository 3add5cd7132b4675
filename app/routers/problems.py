"""Problem documentation: the shared OpenAPI responses and a readable catalogue of codes."""

from typing import Any

from fastapi import APIRouter
from pydantic import BaseModel

from app.errors import PROBLEM_JSON, not_found
from app.i18n import CATALOGUE

router = APIRouter(tags=["problems"])


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
    400: "Bad request",
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


class ProblemType(BaseModel):
    code: str
    title_en: str
    title_id: str
    detail_en: str
    detail_id: str


@router.get("/problems/{code}", responses=problem_responses(404))
def describe_problem(code: str) -> ProblemType:
    """What a problem `type` means, in English and Indonesian."""
    message = CATALOGUE.get(code)
    if message is None:
        raise not_found("problem type")
    return ProblemType(
        code=code,
        title_en=message.title_en,
        title_id=message.title_id,
        detail_en=message.detail_en,
        detail_id=message.detail_id,
    )
