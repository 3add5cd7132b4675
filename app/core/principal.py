"""Who is calling, as every layer sees it: a person (by role) or a partner's system (by
its scopes). Resolved from the access token at the HTTP edge (app/http/auth.py)."""

from dataclasses import dataclass
from typing import Literal

from app.models.identity import Role

STAFF = (Role.officer, Role.admin)


@dataclass(frozen=True)
class Principal:
    kind: Literal["user", "client"]
    id: int
    role: str
    scopes: frozenset[str]
    applicant_id: int | None = None
    partner_id: int | None = None
    client_id: str | None = None

    @property
    def is_staff(self) -> bool:
        return self.role in STAFF

    @property
    def label(self) -> str:
        """How the audit trail names this caller."""
        return f"client:{self.client_id}" if self.kind == "client" else f"user:{self.id}"
