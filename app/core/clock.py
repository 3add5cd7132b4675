"""Today's date: the one place the service asks for it.

Every rule that depends on the day (deadlines, ages, expiry, "not in the future", the
history's effective dates) asks `clock.today()`. A test run pins the day it started on
(tests/conftest.py), so that a suite crossing midnight compares the dates it computed with
the service's own, not with the next day's. Times of day stay `utcnow()` (app.models.base).
"""

from datetime import date

_pinned: date | None = None


def today() -> date:
    return _pinned or date.today()


def pin(day: date | None) -> None:
    """Make `today()` answer `day` (None: the real date again). For tests only."""
    global _pinned
    _pinned = day
