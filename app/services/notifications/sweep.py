"""The expiry sweep as scheduled work: a thread of the API process, every few hours.

Reading the feed writes nothing; the notices of expiring credentials and documents are
written here (and by `python -m app.cli notify-expiring`, for a deployment that runs it from
cron instead). The sweep is idempotent (one notice per dedupe key), so two processes running
it at once, or a run right after a restart, write nothing twice.
"""

import logging
import threading
from collections.abc import Callable
from datetime import date

from sqlalchemy.engine import Engine
from sqlmodel import Session

from app.core import clock
from app.services.notifications.expiry import notify_expiring

logger = logging.getLogger("app.notifications")


def sweep_once(engine: Engine, today: date) -> int:
    """Write every expiry notice due on `today`; how many were new."""
    with Session(engine) as session:
        written = notify_expiring(session, None, today)
        session.commit()
    return written


class ExpirySweeper:
    """Runs the sweep at start and then every `hours`; `start`/`stop` for a thread."""

    def __init__(
        self, engine: Engine, hours: float, today: Callable[[], date] = clock.today
    ) -> None:
        self.engine = engine
        self.seconds = hours * 3600
        self.today = today
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def run_forever(self) -> None:
        while not self._stop.is_set():
            try:
                written = sweep_once(self.engine, self.today())
                logger.info("expiry sweep wrote %s notices", written)
            except Exception:
                # A lost database connection must not end the loop; the next round retries.
                logger.exception("expiry sweep failed")
            self._stop.wait(self.seconds)

    def start(self) -> None:
        self._stop.clear()
        self._thread = threading.Thread(target=self.run_forever, name="expiry-sweep", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None
