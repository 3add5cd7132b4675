"""/api/v1/public: the job board's data for anyone, without a login."""

from typing import Annotated

from fastapi import APIRouter, Path, Query, Response

from app.core.db import SessionDep
from app.core.pagination import PageDep
from app.http.auth import access
from app.http.language import LanguageDep
from app.http.public import IfNoneMatch, PublicBudget, cacheable
from app.models.board import PublicVacancyDetail, PublicVacancyPage
from app.reference import Scheme, Sector
from app.services.board import projection

router = APIRouter(prefix="/public", tags=["public"], dependencies=[PublicBudget])
JSON = "application/json"


@router.get(
    "/vacancies",
    response_model=PublicVacancyPage,
    **access(public=True, problems=(422, 429)),
)
def list_public_vacancies(
    session: SessionDep,
    page: PageDep,
    lang: LanguageDep,
    if_none_match: IfNoneMatch = None,
    country: Annotated[str | None, Query(pattern=r"^[A-Z]{2}$")] = None,
    sector: Sector | None = None,
    scheme: Scheme | None = None,
) -> Response:
    """Open job orders in plain words: where, what, pay, contract, requirements, what the
    worker pays, deadline and the agency with its licence. No login; no personal data.
    Answers carry an `ETag` (304 on `If-None-Match`) and may be cached for a minute; one
    address may ask `PUBLIC_REQUESTS_PER_ADDRESS_PER_MINUTE` (120) times a minute."""
    filters = projection.BoardFilters(country=country, sector=sector, scheme=scheme)
    result = projection.list_open(session, filters, page, lang)
    return cacheable(result.model_dump_json().encode(), JSON, if_none_match, lang)


@router.get(
    "/vacancies/{vacancy_id}",
    response_model=PublicVacancyDetail,
    **access(public=True, problems=(404, 422, 429)),
)
def get_public_vacancy(
    session: SessionDep,
    lang: LanguageDep,
    vacancy_id: Annotated[int, Path(ge=1)],
    if_none_match: IfNoneMatch = None,
) -> Response:
    """One open job order, with the documents needed before departure; 404 for any order
    that is not open."""
    result = projection.get_open(session, vacancy_id, lang)
    return cacheable(result.model_dump_json().encode(), JSON, if_none_match, lang)
