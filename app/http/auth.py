"""Who is calling, and may they call this route.

Every route declares its rule with `access(...)`: public, or the roles of people and the
scopes of partner clients it admits. The rule is also written into the OpenAPI operation
(`x-access`), which a test walks to prove that no route exists without one.
"""

from collections.abc import Hashable, Iterable
from typing import Annotated, Any

from anyio import to_thread
from fastapi import Depends, Request
from fastapi.security import OAuth2PasswordBearer
from sqlalchemy import Row, bindparam
from sqlalchemy import select as sa_select
from sqlmodel import Session, col, select

from app.core.change_signals import ChangeSignals, GenerationCache, TableCopy
from app.core.db import get_session
from app.core.errors import ProblemError
from app.core.i18n import Message, define
from app.core.principal import Principal
from app.core.security import InvalidTokenError, TokenClaims, decode_access_token
from app.http.problems import problem_responses
from app.models.identity import PartnerClient, Role, Scope, UserAccount

define(
    {
        "not_authenticated": Message(
            "Not authenticated",
            "Belum masuk",
            "Send a valid bearer access token.",
            "Kirim token akses bearer yang valid.",
        ),
        "forbidden": Message(
            "Not allowed",
            "Tidak diizinkan",
            "Your role may not do this.",
            "Peran Anda tidak boleh melakukan ini.",
        ),
        "staff_only": Message(
            "For staff accounts",
            "Untuk akun petugas",
            "This operation is for the office's staff accounts (officers and admins).",
            "Operasi ini untuk akun petugas dinas (petugas dan admin).",
        ),
        "personal_account_only": Message(
            "For job seekers' accounts",
            "Untuk akun pencari kerja",
            "This operation is for a job seeker's own account, signed in as that person.",
            "Operasi ini untuk akun pencari kerja sendiri, masuk sebagai orang tersebut.",
        ),
        "user_account_only": Message(
            "For people's accounts",
            "Untuk akun perorangan",
            "This operation is for the accounts of people (staff and job seekers), not for "
            "partner systems.",
            "Operasi ini untuk akun perorangan (petugas dan pencari kerja), bukan untuk "
            "sistem mitra.",
        ),
        "client_only": Message(
            "For partner systems",
            "Untuk sistem mitra",
            "This operation is for partner systems signed in with client credentials "
            "(scopes: {needed}).",
            "Operasi ini untuk sistem mitra yang masuk dengan kredensial klien "
            "(cakupan: {needed}).",
        ),
        "insufficient_scope": Message(
            "Insufficient scope",
            "Cakupan tidak cukup",
            "This client needs one of the scopes: {needed}.",
            "Klien ini memerlukan salah satu cakupan: {needed}.",
        ),
    }
)

PARTNER_ROLE = "partner"

oauth2_scheme = OAuth2PasswordBearer(
    tokenUrl="/api/v1/auth/token",
    auto_error=False,
    scopes={scope.value: scope.name.replace("_", " ") for scope in Scope},
)


def _unauthenticated() -> ProblemError:
    return ProblemError(401, "not_authenticated", headers={"WWW-Authenticate": "Bearer"})


# The columns a request's principal needs, by primary key: every authenticated request runs
# one of these, so they skip loading whole entities (password hashes included) into the ORM.
_USER_ACCESS = select(UserAccount.is_active, UserAccount.role, UserAccount.applicant_id).where(
    col(UserAccount.id) == bindparam("id")
)
_CLIENT_ACCESS = select(
    PartnerClient.revoked_at,
    PartnerClient.scopes,
    PartnerClient.partner_id,
    PartnerClient.client_id,
).where(col(PartnerClient.id) == bindparam("id"))


_ALL_ACCESS = {
    "user": sa_select(
        col(UserAccount.id),
        col(UserAccount.is_active),
        col(UserAccount.role),
        col(UserAccount.applicant_id),
    ),
    "client": sa_select(
        col(PartnerClient.id),
        col(PartnerClient.revoked_at),
        col(PartnerClient.scopes),
        col(PartnerClient.partner_id),
        col(PartnerClient.client_id),
    ),
}


class AccessRows:
    """Each worker's copy of the access columns of accounts and clients, kept while no
    account or client changes (app/core/change_signals.py), so that requests check their caller
    without a query or a thread hand-off.

    Up to `whole_table` rows, the whole table is read at once (a few columns of each
    account: about a megabyte for 10,000), since the people calling at any moment are spread
    over all of them and one read then serves every one. Past that, and for accounts added
    since, rows are kept one by one as callers come, at most `size` of them."""

    def __init__(
        self, signals: ChangeSignals, whole_table: int = 20_000, size: int = 100_000
    ) -> None:
        self.tables = {
            "user": TableCopy[Row[Any]](signals, "user_account", whole_table),
            "client": TableCopy[Row[Any]](signals, "partner_client", whole_table),
        }
        self.rows = {
            "user": GenerationCache[Row[Any]](signals, "user_account", size),
            "client": GenerationCache[Row[Any]](signals, "partner_client", size),
        }

    async def get(self, session: Session, kind: str, row_id: int) -> Row[Any] | None:
        table = self.tables[kind]
        row = table.get(row_id)
        if row is not None:
            return row
        generation = table.generation()
        if table.worth_reading(generation):
            everyone = await to_thread.run_sync(_read_all_access, session, kind, table.size)
            table.put(generation, everyone)
            row = table.get(row_id)
            if row is not None:
                return row
        # Not in the copy: too large to keep, or an account added since (inserts are not
        # signalled: a new account changes nobody else's access).
        cache = self.rows[kind]
        row = cache.get(row_id)
        if row is None:
            generation = cache.generation()
            row = await to_thread.run_sync(_read_access, session, kind, row_id)
            if row is not None:
                cache.put(row_id, generation, row)
        return row


def _read_access(session: Session, kind: str, row_id: int) -> Row[Any] | None:
    query = _USER_ACCESS if kind == "user" else _CLIENT_ACCESS
    return session.execute(query, {"id": row_id}).first()


def _read_all_access(session: Session, kind: str, size: int) -> dict[Hashable, Row[Any]]:
    """At most one row past `size`: enough to know that the table is too large to keep."""
    rows = session.execute(_ALL_ACCESS[kind].limit(size + 1))
    return {int(row[0]): row for row in rows}


def _principal(kind: str, row_id: int, row: Row[Any], claims: TokenClaims) -> Principal:
    if kind == "user":
        # A deactivated account loses access at once, not when its token expires.
        if not row.is_active or row.role != claims.role:
            raise _unauthenticated()
        return Principal("user", row_id, row.role, frozenset(), applicant_id=row.applicant_id)
    if row.revoked_at is not None:
        raise _unauthenticated()
    return Principal(
        "client",
        row_id,
        PARTNER_ROLE,
        frozenset(claims.scopes) & frozenset(row.scopes),
        partner_id=row.partner_id,
        client_id=row.client_id,
    )


async def optional_principal(
    request: Request,
    session: Annotated[Session, Depends(get_session)],
    token: Annotated[str | None, Depends(oauth2_scheme)],
) -> Principal | None:
    if not token:
        return None
    try:
        claims = decode_access_token(request.app.state.settings, token)
    except InvalidTokenError:
        raise _unauthenticated() from None
    kind, _, raw_id = claims.subject.partition(":")
    if kind not in ("user", "client") or not raw_id.isdigit():
        raise _unauthenticated()
    access_rows: AccessRows = request.app.state.access_rows
    row_id = int(raw_id)
    row = await access_rows.get(session, kind, row_id)
    if row is None:
        raise _unauthenticated()
    principal = _principal(kind, row_id, row, claims)
    request.state.caller = principal.label  # for the request's log line
    return principal


# The checks below touch no database: `async`, so that they run on the event loop instead
# of taking a worker thread each (two fewer thread hand-offs on every authenticated request).
async def current_principal(
    principal: Annotated[Principal | None, Depends(optional_principal)],
) -> Principal:
    if principal is None:
        raise _unauthenticated()
    return principal


PrincipalDep = Annotated[Principal, Depends(current_principal)]


STAFF_ROLES = frozenset({Role.officer.value, Role.admin.value})


def refusal(
    kind: str, role: str, held: frozenset[str], roles: frozenset[str], scopes: frozenset[str]
) -> str | None:
    """The problem code refusing a caller (a person's `role`, or a client holding the scopes
    `held`) on a route admitting `roles` and `scopes`; None when the caller is admitted.

    A caller of the wrong kind is told which kind of account the operation is for, rather
    than which role or scope it lacks."""
    if kind == "client":
        if held & scopes:
            return None
        if scopes:
            return "insufficient_scope"
        if roles <= STAFF_ROLES:
            return "staff_only"
        return "personal_account_only" if roles == {Role.applicant.value} else "user_account_only"
    if role in roles:
        return None
    if not roles:
        return "client_only"
    if roles <= STAFF_ROLES and role not in STAFF_ROLES:
        return "staff_only"
    if roles == {Role.applicant.value}:
        return "personal_account_only"
    return "forbidden"  # staff, but not of a role admitted here


def possible_refusals(roles: frozenset[str], scopes: frozenset[str]) -> list[str]:
    """Every code `refusal` can give on this route (for its OpenAPI description)."""
    callers = [("user", role.value, frozenset[str]()) for role in Role]
    callers.append(("client", PARTNER_ROLE, frozenset()))
    codes = (refusal(kind, role, held, roles, scopes) for kind, role, held in callers)
    return sorted({code for code in codes if code is not None})


class _Rule:
    def __init__(self, roles: frozenset[str], scopes: frozenset[str]) -> None:
        self.roles = roles
        self.scopes = scopes

    async def __call__(self, principal: PrincipalDep) -> None:
        code = refusal(principal.kind, principal.role, principal.scopes, self.roles, self.scopes)
        if code is not None:
            raise ProblemError(403, code, {"needed": ", ".join(sorted(self.scopes))})


def access(
    *,
    roles: Iterable[Role] = (),
    scopes: Iterable[Scope] = (),
    public: bool = False,
    problems: Iterable[int] = (),
) -> dict[str, Any]:
    """Route keyword arguments declaring who may call it and which problems it returns."""
    role_names = frozenset(r.value for r in roles)
    scope_names = frozenset(s.value for s in scopes)
    rule: dict[str, Any] = {
        "public": public,
        "roles": sorted(role_names),
        "scopes": sorted(scope_names),
    }
    statuses = set(problems)
    dependencies = []
    if not public:
        statuses |= {401, 403}
        dependencies.append(Depends(_Rule(role_names, scope_names)))
    return {
        "dependencies": dependencies,
        "openapi_extra": {"x-access": rule},
        "responses": problem_responses(*sorted(statuses)),
    }
