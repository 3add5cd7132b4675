"""The job board and the dashboard in Chromium: what a person on a phone or a desk sees."""

from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from app.demo.accounts import JOB_SEEKER, OFFICER

pytestmark = [pytest.mark.slow, pytest.mark.browser]
PHONE = {"width": 375, "height": 740}
DESKTOP = {"width": 1280, "height": 900}
DEMO_OPEN_ORDERS = 14  # app/demo/vacancies.py: every demo job order is open until 2027


def _page(browser: Any, viewport: dict[str, int], lang: str = "id") -> Any:
    context = browser.new_context(viewport=viewport, locale=lang)
    return context.new_page()


def _all_local(page: Any, base_url: str) -> None:
    """Every src and href of the page points at this host (or within the page)."""
    host = urlsplit(base_url).netloc
    urls = page.eval_on_selector_all(
        "[src], [href]", "els => els.map(e => e.src || e.href).filter(Boolean)"
    )
    assert urls
    foreign = [u for u in urls if urlsplit(u).netloc not in {"", host}]
    assert foreign == []


def _requests_stay_home(page: Any, base_url: str) -> list[str]:
    """Collects every request the page makes that leaves this host."""
    host = urlsplit(base_url).netloc
    away: list[str] = []
    page.on("request", lambda r: away.append(r.url) if urlsplit(r.url).netloc != host else None)
    return away


def _no_horizontal_scroll(page: Any) -> None:
    widths = page.evaluate(
        "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]"
    )
    assert widths[0] <= widths[1], widths


def test_the_board_lists_the_demo_orders_and_opens_one(
    browser: Any, demo_server: Any, shots: Path
) -> None:
    page = _page(browser, DESKTOP)
    away = _requests_stay_home(page, demo_server.base_url)
    page.goto(f"{demo_server.base_url}/lowongan")
    assert page.get_attribute("html", "lang") == "id"
    assert page.locator("li.job").count() == DEMO_OPEN_ORDERS
    assert page.get_by_label("Negara").count() == 1  # the filters have labels
    _all_local(page, demo_server.base_url)
    page.screenshot(path=shots / "board-desktop.png")

    first = page.locator("li.job h2 a").first
    title = first.inner_text()
    first.click()
    page.wait_for_load_state()
    assert page.locator("h1").inner_text() == title
    assert page.get_by_role("heading", name="Yang Anda perlukan").count() == 1
    assert page.locator("ul.needs li").count() > 0
    assert page.locator("ul.docs li").count() >= 10
    share = page.get_by_label("Tautan halaman ini").input_value()
    assert share.startswith(demo_server.base_url + "/lowongan/")
    _all_local(page, demo_server.base_url)
    page.screenshot(path=shots / "job-desktop.png", full_page=True)
    assert away == []


def test_a_training_link_leads_to_its_programme(browser: Any, demo_server: Any) -> None:
    page = _page(browser, DESKTOP, "en")
    page.goto(f"{demo_server.base_url}/lowongan?lang=en&country=JP")
    page.locator("li.job h2 a").first.click()
    page.wait_for_load_state()
    link = page.locator("ul.needs a[href^='#training-']").first
    target = link.get_attribute("href")
    link.click()
    assert page.locator(f"{target}").is_visible()


def test_a_phone_sees_no_horizontal_scroll(browser: Any, demo_server: Any, shots: Path) -> None:
    page = _page(browser, PHONE)
    page.goto(f"{demo_server.base_url}/lowongan")
    _no_horizontal_scroll(page)
    page.screenshot(path=shots / "board-phone.png")
    page.locator("li.job h2 a").first.click()
    page.wait_for_load_state()
    _no_horizontal_scroll(page)
    page.screenshot(path=shots / "job-phone.png", full_page=True)


def _sign_in(page: Any, base_url: str, login: str, password: str) -> None:
    page.goto(f"{base_url}/dashboard?lang=en")
    page.get_by_label("E-mail or phone").fill(login)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_load_state()


def test_the_dashboard_refuses_a_job_seeker(browser: Any, demo_server: Any) -> None:
    page = _page(browser, DESKTOP, "en")
    _sign_in(page, demo_server.base_url, JOB_SEEKER.login, JOB_SEEKER.secret)
    assert page.locator("svg.chart").count() == 0
    assert "staff" in page.locator("main").inner_text().lower()
    response = page.goto(f"{demo_server.base_url}/dashboard?lang=en")
    assert response.status == 401  # no session was given


def test_an_officer_sees_the_charts_with_the_demo_numbers(
    browser: Any, demo_server: Any, shots: Path
) -> None:
    page = _page(browser, DESKTOP, "en")
    away = _requests_stay_home(page, demo_server.base_url)
    _sign_in(page, demo_server.base_url, OFFICER.login, OFFICER.secret)
    assert page.locator("h1").inner_text() == "Programme dashboard"
    assert page.locator("svg.chart").count() >= 6
    # The demo's three targets (app/demo/data.py): 100 to Japan, 300 to Korea, 1,000 trained.
    targets = page.locator("#panel-targets table tbody tr")
    assert targets.count() == 3
    numbers = sorted(int(targets.nth(i).locator("td").first.inner_text()) for i in range(3))
    assert numbers == [100, 300, 1000]
    # The demo's three placements wait at the documents stage.
    funnel = page.locator("#panel-funnel table tbody tr", has_text="Documents")
    assert funnel.locator("td").nth(1).inner_text() == "3"
    _all_local(page, demo_server.base_url)
    page.screenshot(path=shots / "dashboard-desktop.png")
    page.get_by_role("button", name="Sign out").click()
    page.wait_for_load_state()
    assert page.get_by_role("button", name="Sign in").count() == 1
    assert away == []
