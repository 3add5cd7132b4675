"""How long a credential counts from its issue date, whatever expiry date was entered."""

from collections.abc import Mapping
from datetime import date, timedelta

from app.models.credential import CredentialType

EPS_VALIDITY_SOURCE = (
    "HRD Korea / EPS (eps.go.kr): an EPS-TOPIK result is valid 2 years from its announcement; "
    "a place on the job seeker roster 1 year from registration; checked 2026-12-05"
)
VALIDITY_DAYS: Mapping[CredentialType, int] = {
    CredentialType.eps_topik: 730,
    CredentialType.eps_roster: 365,
}


def validity_limit(kind: CredentialType, issued_on: date) -> date | None:
    """The last day a credential of `kind` issued on `issued_on` can count; None: no limit."""
    days = VALIDITY_DAYS.get(kind)
    return issued_on + timedelta(days=days) if days is not None else None


def effective_expiry(kind: CredentialType, issued_on: date, entered: date | None) -> date | None:
    """The earlier of the entered expiry and the type's own limit."""
    limit = validity_limit(kind, issued_on)
    if limit is None:
        return entered
    return limit if entered is None else min(entered, limit)
