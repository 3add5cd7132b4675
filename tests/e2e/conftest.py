"""The live server for the end-to-end tests: one per module, on its own database."""

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.server import LiveServer, live_server, scratch_database


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    tmp_path: Path = tmp_path_factory.mktemp("e2e")
    with scratch_database(tmp_path) as url, live_server(url, tmp_path) as running:
        yield running
        # Shown by pytest with a failing test's output: what the server said meanwhile.
        print(f"--- server log ({running.log})\n{running.log.read_text()}")
