"""GET /problems/{code}: a readable catalogue of the problem codes, in both languages."""

from fastapi import APIRouter
from pydantic import BaseModel

from app.core.errors import not_found
from app.core.i18n import CATALOGUE
from app.http.problems import problem_responses

router = APIRouter(tags=["problems"])


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
