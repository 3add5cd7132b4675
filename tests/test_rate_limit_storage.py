"""The database storage of rate limits, as the `limits` library calls it."""

import pytest
from limits import RateLimitItemPerMinute
from limits.strategies import FixedWindowRateLimiter, MovingWindowRateLimiter
from sqlalchemy.engine import Engine

from app.services.identity import rate_limit
from app.services.identity.rate_limit import DatabaseStorage

START = float(2**31 + 10)


@pytest.fixture
def now(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    clock = [START]
    monkeypatch.setattr(rate_limit, "clock", lambda: clock[0])
    return clock


@pytest.fixture
def storage(engine: Engine, client: object) -> DatabaseStorage:
    return DatabaseStorage(engine)


def test_moving_window_counts_the_last_minute(storage: DatabaseStorage, now: list[float]) -> None:
    limiter = MovingWindowRateLimiter(storage)
    item = RateLimitItemPerMinute(3)
    for step in (0, 20, 40):
        now[0] = START + step
        assert limiter.hit(item, "k")
    assert not limiter.hit(item, "k")
    assert not limiter.test(item, "k")
    assert limiter.get_window_stats(item, "k").reset_time == START + 60
    assert limiter.test(item, "other")
    now[0] = START + 61  # the first entry has left the window, the other two have not
    assert limiter.hit(item, "k")
    assert not limiter.hit(item, "k")
    limiter.clear(item, "k")
    assert limiter.get_window_stats(item, "k").remaining == 3


def test_fixed_window_counter(storage: DatabaseStorage, now: list[float]) -> None:
    limiter = FixedWindowRateLimiter(storage)
    item = RateLimitItemPerMinute(2)
    assert limiter.hit(item, "k")
    now[0] = START + 30
    assert limiter.hit(item, "k")
    assert not limiter.hit(item, "k")
    assert storage.get_expiry(item.key_for("k")) == START + 60
    assert storage.get(item.key_for("k")) == 3
    now[0] = START + 60  # the window started at the first hit has ended
    assert limiter.get_window_stats(item, "k").remaining == 2
    assert limiter.hit(item, "k")
    assert storage.get(item.key_for("k")) == 1
    assert storage.check()
    assert storage.reset() == 1
