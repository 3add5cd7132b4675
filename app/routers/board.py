"""/lowongan: the public job board as pages (Indonesian; English with ?lang=en)."""

from typing import Annotated

from fastapi import APIRouter, Header, Query, Request
from fastapi.responses import HTMLResponse
from sqlmodel import Session

from app.core.db import SessionDep
from app.core.errors import ProblemError
from app.core.i18n import Language
from app.core.pagination import DEFAULT_LIMIT, PageParams
from app.http.pages import page_language, problem_page, render
from app.http.public import take_public_budget
from app.reference import Scheme, Sector
from app.services.board import projection
from app.services.board.words import COUNTRIES, SCHEMES, SECTORS, word

router = APIRouter(prefix="/lowongan", include_in_schema=False)
LangParam = Annotated[str | None, Query(max_length=5)]
AcceptLanguage = Annotated[str | None, Header()]
Text = Annotated[str | None, Query(max_length=200)]


def _options(lang: Language) -> dict[str, list[tuple[str, str]]]:
    return {
        "countries": sorted(((c, word(COUNTRIES, c, lang)) for c in COUNTRIES), key=lambda o: o[1]),
        "sectors": [(s.value, word(SECTORS, s, lang)) for s in Sector if s != Sector.domestic_work],
        "schemes": [(s.value, word(SCHEMES, s, lang)) for s in Scheme],
    }


def _filters(
    country: str | None, sector: str | None, scheme: str | None
) -> projection.BoardFilters:
    """Filters from a form: an empty or unknown choice means no filter, not an error page."""
    return projection.BoardFilters(
        country=country if country and country in COUNTRIES else None,
        sector=Sector(sector) if sector and sector in Sector.__members__ else None,
        scheme=Scheme(scheme) if scheme and scheme in Scheme.__members__ else None,
    )


@router.get("", response_class=HTMLResponse)
def board_page(
    request: Request,
    session: SessionDep,
    lang: LangParam = None,
    accept_language: AcceptLanguage = None,
    country: Text = None,
    sector: Text = None,
    scheme: Text = None,
    cursor: Text = None,
) -> HTMLResponse:
    language = page_language(lang, accept_language)
    filters = _filters(country, sector, scheme)
    try:
        take_public_budget(request)
        page = projection.list_open(session, filters, PageParams(DEFAULT_LIMIT, cursor), language)
    except ProblemError as error:
        return problem_page(request, language, error)
    next_url = None
    if page.next_cursor:
        next_url = f"/lowongan?{request.url.include_query_params(cursor=page.next_cursor).query}"
    return render(
        request,
        "board_list.html",
        language,
        {"page": page, "filters": filters, "options": _options(language), "next_url": next_url},
    )


def _detail(
    session: Session, request: Request, vacancy_id: int, language: Language
) -> HTMLResponse:
    vacancy = projection.get_open(session, vacancy_id, language)
    training = {p.programme_id: p for r in vacancy.requirements for p in r.training}
    share_url = str(request.base_url).rstrip("/") + vacancy.share_url
    return render(
        request,
        "board_detail.html",
        language,
        {"v": vacancy, "training": list(training.values()), "share_url": share_url},
    )


@router.get("/{vacancy_id}", response_class=HTMLResponse)
def job_page(
    request: Request,
    session: SessionDep,
    vacancy_id: int,
    lang: LangParam = None,
    accept_language: AcceptLanguage = None,
) -> HTMLResponse:
    language = page_language(lang, accept_language)
    try:
        take_public_budget(request)
        return _detail(session, request, vacancy_id, language)
    except ProblemError as error:
        return problem_page(request, language, error)
