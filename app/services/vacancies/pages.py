"""Pages of the job-order list as JSON, kept by each worker while no job order changes.

The list is what job seekers' phones read most. Its pages change only when a job order
does (or the day does, for `open_only`), so each worker keeps the bytes it answered and
serves them again until the `vacancy` table's generation moves (app/core/change_signals.py).
"""

from datetime import date

from anyio import to_thread
from pydantic import TypeAdapter
from sqlmodel import Session

from app.core import clock
from app.core.change_signals import ChangeSignals, GenerationCache
from app.core.pagination import Page, PageParams
from app.core.principal import Principal
from app.models.vacancy import VacancyRead
from app.services.vacancies import service as vacancies
from app.services.vacancies.service import VacancyFilters, row_to_read, visible_to

PAGES_KEPT = 2_000
_PAGE_JSON = TypeAdapter(Page[VacancyRead])

PageKey = tuple[VacancyFilters, int, int | None, date]


class VacancyPages(GenerationCache[bytes]):
    def __init__(self, signals: ChangeSignals) -> None:
        super().__init__(signals, "vacancy", PAGES_KEPT)


def page_json(session: Session, filters: VacancyFilters, page: PageParams) -> bytes:
    """One page as the API answers it, read from the database."""
    rows, next_cursor = vacancies.list_vacancies(session, filters, page)
    return _PAGE_JSON.dump_json(
        Page[VacancyRead](items=[row_to_read(row) for row in rows], next_cursor=next_cursor)
    )


async def visible_page_json(
    pages: VacancyPages,
    session: Session,
    viewer: Principal,
    filters: VacancyFilters,
    page: PageParams,
) -> bytes:
    """The page the viewer asked for: kept bytes when no job order changed since, else read
    on a worker thread. Viewers who may see the same orders share their pages."""
    visible = visible_to(viewer, filters)
    # Today's date is part of the key: `open_only` leaves out orders whose deadline passed.
    key: PageKey = (visible, page.limit, page.after_id, clock.today())
    body = pages.get(key)
    if body is None:
        generation = pages.generation()
        body = await to_thread.run_sync(page_json, session, visible, page)
        pages.put(key, generation, body)
    return body
