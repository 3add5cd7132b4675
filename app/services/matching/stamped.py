"""Values kept in memory between requests, one per engine, rebuilt when a stamp changes.

The stamp is one cheap query (counts, latest update) over the tables a value is built from,
and the day: a request compares it with the stamp the value was built under and rebuilds on
any difference, so that no answer is ever built from stale rows.
"""

import threading
import weakref
from collections.abc import Callable, Hashable
from datetime import date
from typing import Any, Generic, TypeVar

from sqlalchemy.engine import Engine
from sqlmodel import Session

T = TypeVar("T")
C = TypeVar("C")


class StampedCache(Generic[T]):
    """A value built by `build`, kept until `stamp` says something else on a request."""

    def __init__(
        self,
        stamp: Callable[[Session, date], Hashable],
        build: Callable[[Session, date], T],
    ) -> None:
        self._stamp_of, self._build = stamp, build
        self._lock = threading.Lock()
        self._stamp: Hashable | None = None
        self._value: T | None = None

    def get(self, session: Session, today: date) -> T:
        stamp = self._stamp_of(session, today)
        with self._lock:  # one rebuild at a time; the others wait and reuse it
            if self._value is None or self._stamp != stamp:
                self._value, self._stamp = self._build(session, today), stamp
            return self._value


# One cache of each kind per engine, dropped with it (tests and tools make and dispose of
# engines).
_caches: weakref.WeakKeyDictionary[Engine, dict[type, Any]] = weakref.WeakKeyDictionary()
_caches_lock = threading.Lock()


def per_engine(engine: Engine, kind: type[C]) -> C:
    """The engine's cache made by `kind` (a class taking no arguments), made on first use."""
    with _caches_lock:
        caches = _caches.setdefault(engine, {})
        if kind not in caches:
            caches[kind] = kind()
        cache: C = caches[kind]
        return cache
