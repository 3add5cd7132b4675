"""The token endpoint's limits: brute-force budgets for failed logins, a rate per client.

Only failed password logins count, so that the people behind one carrier NAT, or the
agency systems behind one gateway, do not lock each other out by logging in:
- per account (`LOGIN_FAILURES_PER_ACCOUNT`, 5 in 15 minutes): then the account is locked,
  429 `account_locked`, even with the right password, until the oldest failure is older
  than the window. A successful login clears the account's failures.
- per address (`LOGIN_FAILURES_PER_ADDRESS`, 100 in 15 minutes): then logins from that
  address are refused, 429 `rate_limited`. IPv6 addresses count per /64, the
  smallest block a subscriber's network is given, so that walking through it gains nothing.
Refresh grants count nowhere. A partner client is issued at most
`TOKEN_GRANTS_PER_CLIENT_PER_MINUTE` tokens a minute (429 `rate_limited`); a wrong client
secret is not counted, as secrets are 256-bit random and cannot be guessed, and counting it
would let anyone who knows a client id use up that client's rate.
"""

import math
from ipaddress import IPv6Address, ip_address, ip_network

from limits import RateLimitItem, RateLimitItemPerMinute, RateLimitItemPerSecond
from limits.storage import Storage
from limits.strategies import MovingWindowRateLimiter

from app.core.config import Settings
from app.core.errors import ProblemError
from app.core.i18n import Message, define
from app.models.identity import UserAccount
from app.services.identity import rate_limit

define(
    {
        "rate_limited": Message(
            "Too many attempts",
            "Terlalu banyak percobaan",
            "Too many attempts; try again in {retry_after} seconds.",
            "Terlalu banyak percobaan; coba lagi dalam {retry_after} detik.",
        ),
        "account_locked": Message(
            "Account locked",
            "Akun terkunci",
            "Too many wrong passwords for this account; try again in {retry_after} seconds.",
            "Terlalu banyak kata sandi salah untuk akun ini; coba lagi dalam {retry_after} detik.",
        ),
    }
)

IPV6_SUBSCRIBER_PREFIX = 64


def address_key(address: str) -> str:
    try:
        parsed = ip_address(address)
    except ValueError:
        return f"addr:{address}"
    if isinstance(parsed, IPv6Address):
        if parsed.ipv4_mapped is not None:
            return f"addr:{parsed.ipv4_mapped}"
        return f"addr:{ip_network(f'{parsed}/{IPV6_SUBSCRIBER_PREFIX}', strict=False)}"
    return f"addr:{parsed}"


def account_key(account: UserAccount | None, username: str) -> str:
    """The account's id when the login names one (its e-mail and phone share one budget),
    else the login as typed, so that guessing at unknown logins is limited the same way."""
    if account is not None and account.id is not None:
        return f"acct:{account.id}"
    return f"login:{username.strip().lower()}"


class TokenLimits:
    def __init__(self, settings: Settings, storage: Storage) -> None:
        self.limiter = MovingWindowRateLimiter(storage)
        window = settings.login_failure_window_seconds
        self.per_account = RateLimitItemPerSecond(settings.login_failures_per_account, window)
        self.per_address = RateLimitItemPerSecond(settings.login_failures_per_address, window)
        self.per_client = RateLimitItemPerMinute(settings.token_grants_per_client_per_minute)

    def _retry_after(self, item: RateLimitItem, key: str) -> int:
        reset_at = self.limiter.get_window_stats(item, key).reset_time
        return max(1, math.ceil(reset_at - rate_limit.clock()))

    def _rate_limited(self, item: RateLimitItem, key: str) -> ProblemError:
        retry_after = self._retry_after(item, key)
        return ProblemError(
            429,
            "rate_limited",
            {"retry_after": retry_after},
            headers={"Retry-After": str(retry_after)},
        )

    def ensure_address_open(self, address: str) -> None:
        key = address_key(address)
        if not self.limiter.test(self.per_address, key):
            raise self._rate_limited(self.per_address, key)

    def take_account_attempt(self, key: str) -> None:
        """Count this attempt as a failure before the password is checked, so that
        concurrent guesses cannot all pass; `login_succeeded` gives it back."""
        if not self.limiter.hit(self.per_account, key):
            retry_after = self._retry_after(self.per_account, key)
            raise ProblemError(
                429,
                "account_locked",
                {"retry_after": retry_after},
                headers={"Retry-After": str(retry_after)},
            )

    def login_failed(self, address: str) -> None:
        self.limiter.hit(self.per_address, address_key(address))

    def login_succeeded(self, key: str) -> None:
        self.limiter.clear(self.per_account, key)

    def ensure_client_rate_open(self, client_id: str) -> None:
        key = f"client:{client_id}"
        if not self.limiter.test(self.per_client, key):
            raise self._rate_limited(self.per_client, key)

    def count_client_grant(self, client_id: str) -> None:
        """Count a grant once the client has proved who it is; past the rate it is refused
        (the token made for it is discarded: nothing of it was stored)."""
        key = f"client:{client_id}"
        if not self.limiter.hit(self.per_client, key):
            raise self._rate_limited(self.per_client, key)
