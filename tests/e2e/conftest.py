"""The live server for the end-to-end tests: one per module, on its own database."""

from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path

import pytest

from tests.e2e.server import LiveServer, live_server, live_worker, on_postgres, scratch_database


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    tmp_path: Path = tmp_path_factory.mktemp("e2e")
    with ExitStack() as stack:
        url = stack.enter_context(scratch_database(tmp_path))
        running = stack.enter_context(live_server(url, tmp_path))
        if on_postgres():  # matching runs are jobs of the task queue, for a worker
            stack.enter_context(live_worker(url, tmp_path))
        yield running
        # Shown by pytest with a failing test's output: what the server said meanwhile.
        print(f"--- server log ({running.log})\n{running.log.read_text()}")
