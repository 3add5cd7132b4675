"""/api/v1/users and partner clients: account administration, admins only."""

from fastapi import APIRouter, status

from app.core.db import SessionDep
from app.core.pagination import Page, PageDep
from app.http.auth import access
from app.models.identity import (
    ClientCreate,
    ClientRead,
    ClientSecret,
    Role,
    StaffCreate,
    UserRead,
    UserUpdate,
)
from app.services.identity import accounts, clients

router = APIRouter(tags=["administration"])
ADMIN = (Role.admin,)


@router.post(
    "/users", status_code=status.HTTP_201_CREATED, **access(roles=ADMIN, problems=(409, 422))
)
def create_staff_user(payload: StaffCreate, session: SessionDep) -> UserRead:
    """Create an officer (or another admin)."""
    return UserRead.model_validate(accounts.create_staff(session, payload))


@router.get("/users", **access(roles=ADMIN, problems=(422,)))
def list_users(session: SessionDep, page: PageDep, role: Role | None = None) -> Page[UserRead]:
    rows, next_cursor = accounts.list_users(session, page, role)
    return Page(items=[UserRead.model_validate(u) for u in rows], next_cursor=next_cursor)


@router.patch("/users/{user_id}", **access(roles=ADMIN, problems=(404, 422)))
def update_user(user_id: int, payload: UserUpdate, session: SessionDep) -> UserRead:
    """Rename or deactivate an account; deactivation ends its sessions at once."""
    return UserRead.model_validate(accounts.update_user(session, user_id, payload))


@router.post(
    "/partners/{partner_id}/clients",
    status_code=status.HTTP_201_CREATED,
    **access(roles=ADMIN, problems=(404, 409, 422)),
)
def create_partner_client(
    partner_id: int, payload: ClientCreate, session: SessionDep
) -> ClientSecret:
    """Create a client for a partner's system; the secret is shown only in this answer."""
    return clients.create_client(session, partner_id, payload)


@router.get("/partners/{partner_id}/clients", **access(roles=ADMIN, problems=(404,)))
def list_partner_clients(partner_id: int, session: SessionDep) -> list[ClientRead]:
    return [clients.to_read(c) for c in clients.list_clients(session, partner_id)]


@router.post("/clients/{client_id}/rotate", **access(roles=ADMIN, problems=(404, 409)))
def rotate_client_secret(client_id: str, session: SessionDep) -> ClientSecret:
    """Issue a new secret; the old one stops working at once."""
    return clients.rotate_secret(session, client_id)


@router.delete("/clients/{client_id}", **access(roles=ADMIN, problems=(404,)))
def revoke_partner_client(client_id: str, session: SessionDep) -> ClientRead:
    """Revoke a client: its tokens stop working at once."""
    return clients.to_read(clients.revoke_client(session, client_id))
