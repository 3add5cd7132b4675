"""Server-rendered pages (the job board, the dashboard): templates, the page's language,
headers that keep every page on this host, and problems shown as pages instead of JSON."""

from datetime import date
from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader

from app.core.errors import ProblemError
from app.core.i18n import CATALOGUE, SUPPORTED, Language, negotiate
from app.http.page_words import MONTHS, UI

APP_DIR = Path(__file__).resolve().parent.parent
STATIC_DIR = APP_DIR / "static"
# Autoescape everywhere: every value a partner or a person typed (a job title, a name) is
# text in the page, never markup.
_env = Environment(loader=FileSystemLoader(APP_DIR / "templates"), autoescape=True)
templates = Jinja2Templates(env=_env)
# Nothing is loaded from another host, no script runs, no page frames these: styles from this
# host's /assets only; charts are SVG inside the page.
PAGE_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
        "frame-ancestors 'none'; base-uri 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "Cache-Control": "no-store",
}


def long_date(value: date, lang: Language) -> str:
    """26 Februari 2027 / 26 February 2027: no reader has to decode 2027-02-26."""
    return f"{value.day} {MONTHS[lang][value.month - 1]} {value.year}"


def money(amount: int, currency: str, lang: Language) -> str:
    """Rp370.000 in Indonesian, IDR 370,000 in English; other currencies by their code."""
    grouped = f"{amount:,}"
    if lang == "id":
        grouped = grouped.replace(",", ".")
        return f"Rp{grouped}" if currency == "IDR" else f"{currency} {grouped}"
    return f"{currency} {grouped}"


_env.filters["long_date"] = long_date
_env.filters["money"] = money


def page_language(lang: str | None, accept_language: str | None) -> Language:
    """`?lang=` first, then Accept-Language when it names English or Indonesian, else
    Indonesian: the board is first for Kota Serang's residents."""
    if lang in SUPPORTED:
        return "en" if lang == "en" else "id"
    if accept_language:
        tags = {
            part.split(";")[0].strip().lower().split("-")[0] for part in accept_language.split(",")
        }
        if tags & set(SUPPORTED):
            return negotiate(accept_language)
    return "id"


def render(
    request: Request,
    name: str,
    lang: Language,
    context: dict[str, Any],
    status_code: int = 200,
    headers: dict[str, str] | None = None,
) -> HTMLResponse:
    switch = {
        code: f"{request.url.path}?{request.url.include_query_params(lang=code).query}"
        for code in SUPPORTED
    }
    response = templates.TemplateResponse(
        request,
        name,
        {"lang": lang, "t": UI[lang], "switch": switch, **context},
        status_code=status_code,
        headers=PAGE_HEADERS | (headers or {}),
    )
    return response


def problem_page(request: Request, lang: Language, error: ProblemError) -> HTMLResponse:
    """A problem as a page: its title and message in the page's language, same status."""
    message = CATALOGUE.get(error.code)
    title = message.title(lang) if message else error.code
    detail = message.detail(lang, error.params) if message else ""
    return render(
        request,
        "problem.html",
        lang,
        {"title": title, "detail": detail, "code": error.code},
        status_code=error.status,
        headers=error.headers,
    )
