"""The pages in a real browser: Debian's Chromium driven by Playwright, against the app served
by uvicorn on a free port with the demo data loaded (`python -m app.cli seed`).

Chromium is not installed by Playwright here (`playwright install` fetches its own build);
the system's is used, at CHROMIUM_PATH (default /usr/bin/chromium). Without it, or without
Playwright, these tests are skipped with the reason, and nothing else is.
"""

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ROOT

CHROMIUM = Path(os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))
# Screenshots of every run, for a person to look at; ignored by git.
SCREENSHOTS = Path(os.environ.get("SCREENSHOT_DIR", ROOT / "test-artifacts" / "screenshots"))


def _missing() -> str | None:
    if not CHROMIUM.exists():
        return f"Chromium not found at {CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "Playwright is not installed (pip install -e '.[dev]')"
    return None


MISSING = _missing()


@pytest.fixture(scope="session")
def demo_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    if MISSING:
        pytest.skip(MISSING)
    from tests.e2e.server import live_server, scratch_database

    tmp_path = tmp_path_factory.mktemp("browser")
    environment = {"DOCUMENTS_DIR": str(tmp_path / "documents")}
    with scratch_database(tmp_path) as url:
        seed = subprocess.run(
            [sys.executable, "-m", "app.cli", "seed"],
            cwd=ROOT,
            env={**os.environ, "DATABASE_URL": url, **environment},
            capture_output=True,
            text=True,
            check=False,
        )
        assert seed.returncode == 0, seed.stdout + seed.stderr
        with live_server(url, tmp_path, environment) as running:
            yield running


# Module-scoped: Playwright's sync API runs an event loop on this thread while it is open,
# and the suite's later tests start their own (asyncio.run) once it is closed.
@pytest.fixture(scope="module")
def browser(demo_server: Any) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as driver:
        launched = driver.chromium.launch(executable_path=str(CHROMIUM), headless=True)
        yield launched
        launched.close()


@pytest.fixture
def shots() -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS
