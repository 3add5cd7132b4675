"""The public board's request budget per client address, in the shared rate-limit storage.

The board needs no login, so the address is the only handle on a caller: each request to a
public route takes one entry of a moving window of a minute; past the budget the answer is
429 `rate_limited` with `Retry-After`. Addresses are keyed as the login limits key them
(IPv6 per /64), and the counters are the ones every worker shares (Redis or the database).
"""

import math

from limits import RateLimitItemPerMinute
from limits.storage import Storage
from limits.strategies import MovingWindowRateLimiter

from app.core.config import Settings
from app.core.errors import ProblemError
from app.services.identity import rate_limit
from app.services.identity.login_limits import address_key


class PublicLimits:
    def __init__(self, settings: Settings, storage: Storage) -> None:
        self.limiter = MovingWindowRateLimiter(storage)
        self.per_address = RateLimitItemPerMinute(settings.public_requests_per_address_per_minute)

    def take(self, address: str) -> None:
        key = f"board:{address_key(address)}"
        if self.limiter.hit(self.per_address, key):
            return
        reset_at = self.limiter.get_window_stats(self.per_address, key).reset_time
        retry_after = max(1, math.ceil(reset_at - rate_limit.clock()))
        raise ProblemError(
            429,
            "rate_limited",
            {"retry_after": retry_after},
            headers={"Retry-After": str(retry_after)},
        )
