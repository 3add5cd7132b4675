"""/dashboard: the officers' figures as pages, behind an officer sign-in (cookie or token)."""

from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Depends, Form, Header, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.security.utils import get_authorization_scheme_param

from app.core.db import SessionDep
from app.core.errors import ProblemError
from app.core.i18n import CATALOGUE, Language
from app.core.principal import Principal
from app.http.auth import optional_principal
from app.http.client_address import client_address
from app.http.pages import page_language, problem_page, render
from app.services.dashboard import figures
from app.services.dashboard import session as web_session
from app.services.stats.progress import WIB

router = APIRouter(prefix="/dashboard", include_in_schema=False)
LangParam = Annotated[str | None, Query(max_length=5)]
AcceptLanguage = Annotated[str | None, Header()]
# The chart's series colours, in order: distinguishable in print and for common colour-vision
# deficiencies (blue, orange, grey).
COLOURS = ("#0b57a4", "#e07b00", "#7a7a7a")


def _secure(request: Request) -> bool:
    return request.url.scheme == "https"


def _csrf(request: Request) -> tuple[str, bool]:
    """The form token: the browser's CSRF cookie, or a new one (then it must be set)."""
    held = request.cookies.get(web_session.CSRF_COOKIE)
    return (held, False) if held else (web_session.new_csrf_token(), True)


def _with_csrf_cookie(request: Request, response: Response, token: str, new: bool) -> Response:
    if new:
        response.set_cookie(
            web_session.CSRF_COOKIE,
            token,
            path=web_session.COOKIE_PATH,
            httponly=True,
            samesite="strict",
            secure=_secure(request),
        )
    return response


def _login_page(
    request: Request, lang: Language, status: int, error: str | None = None, login: str = ""
) -> Response:
    token, new = _csrf(request)
    page = render(
        request,
        "dashboard_login.html",
        lang,
        {"csrf_token": token, "error": error, "login": login},
        status_code=status,
    )
    return _with_csrf_cookie(request, page, token, new)


async def _caller(request: Request, session: SessionDep) -> Principal | None:
    """The officer of the session cookie, else of an Authorization bearer token; None when
    neither holds a valid token (an expired cookie is a sign-in page, not an error)."""
    token = request.cookies.get(web_session.SESSION_COOKIE)
    if not token:
        scheme, value = get_authorization_scheme_param(request.headers.get("authorization"))
        token = value if scheme.lower() == "bearer" else None
    try:
        return await optional_principal(request, session, token)
    except ProblemError:
        return None


@router.get("", response_class=HTMLResponse)
def dashboard_page(
    request: Request,
    session: SessionDep,
    caller: Annotated[Principal | None, Depends(_caller)],
    lang: LangParam = None,
    accept_language: AcceptLanguage = None,
    year: Annotated[int | None, Query(ge=2020, le=2100)] = None,
) -> Response:
    language = page_language(lang, accept_language)
    if caller is None:
        return _login_page(request, language, 401)
    if not caller.is_staff:
        return problem_page(request, language, ProblemError(403, "staff_only"))
    today = datetime.now(WIB).date()
    panels = figures.dashboard(session, year or today.year, language, today)
    token, new = _csrf(request)
    page = render(
        request,
        "dashboard.html",
        language,
        {"panels": panels, "colours": COLOURS, "csrf_token": token, "today": today},
    )
    return _with_csrf_cookie(request, page, token, new)


@router.post("/login", response_class=HTMLResponse)
def dashboard_login(
    request: Request,
    session: SessionDep,
    login: Annotated[str, Form(max_length=254)] = "",
    password: Annotated[str, Form(max_length=200)] = "",
    csrf_token: Annotated[str, Form(max_length=100)] = "",
    lang: LangParam = None,
    accept_language: AcceptLanguage = None,
) -> Response:
    language = page_language(lang, accept_language)
    settings = request.app.state.settings
    try:
        web_session.check_csrf(request.cookies.get(web_session.CSRF_COOKIE), csrf_token)
        address = client_address(request, settings.trusted_proxies)
        signed_in = web_session.sign_in(
            session, settings, request.app.state.token_limits, address, login, password
        )
    except ProblemError as error:
        message = CATALOGUE[error.code].detail(language, error.params)
        page = _login_page(request, language, error.status, message, login)
        page.headers.update(error.headers)
        return page
    response = RedirectResponse(f"/dashboard?lang={language}", status_code=303)
    response.set_cookie(
        web_session.SESSION_COOKIE,
        signed_in.token,
        max_age=signed_in.max_age,
        path=web_session.COOKIE_PATH,
        httponly=True,
        samesite="strict",
        secure=_secure(request),
    )
    return response


@router.post("/logout", response_class=HTMLResponse)
def dashboard_logout(
    request: Request,
    csrf_token: Annotated[str, Form(max_length=100)] = "",
    lang: LangParam = None,
    accept_language: AcceptLanguage = None,
) -> Response:
    language = page_language(lang, accept_language)
    try:
        web_session.check_csrf(request.cookies.get(web_session.CSRF_COOKIE), csrf_token)
    except ProblemError as error:
        return problem_page(request, language, error)
    response = RedirectResponse(f"/dashboard?lang={language}", status_code=303)
    response.delete_cookie(
        web_session.SESSION_COOKIE,
        path=web_session.COOKIE_PATH,
        httponly=True,
        samesite="strict",
        secure=_secure(request),
    )
    return response
