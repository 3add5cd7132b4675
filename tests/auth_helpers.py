"""Accounts and tokens for tests: one of each kind of caller."""

import re
from typing import Any

from fastapi.testclient import TestClient
from sqlmodel import Session

from app.core.messaging import OutgoingMessage
from app.core.security import hash_password
from app.models.identity import PartnerClient, Role, UserAccount
from app.models.partner import Partner
from tests.factories import applicant_body

STRONG_PASSWORD = "Serang2026kerja"
TOKEN_URL = "/api/v1/auth/token"


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def login(client: TestClient, username: str, password: str = STRONG_PASSWORD) -> dict[str, Any]:
    response = client.post(
        TOKEN_URL, data={"grant_type": "password", "username": username, "password": password}
    )
    assert response.status_code == 200, response.text
    return response.json()  # type: ignore[no-any-return]


def make_staff(session: Session, role: Role, email: str) -> UserAccount:
    account = UserAccount(
        email=email,
        full_name=f"{role.value} user",
        password_hash=hash_password(STRONG_PASSWORD),
        role=role,
    )
    session.add(account)
    session.commit()
    session.refresh(account)
    return account


def staff_headers(
    client: TestClient, session: Session, role: Role = Role.officer
) -> dict[str, str]:
    email = f"{role.value}@disnakertrans.example.org"
    make_staff(session, role, email)
    return bearer(login(client, email)["access_token"])


def register_applicant(client: TestClient, serial: int = 1, **overrides: Any) -> dict[str, Any]:
    body = {
        "email": f"seeker{serial}@example.com",
        "password": STRONG_PASSWORD,
        "applicant": applicant_body(
            serial=serial, email=f"seeker{serial}@example.com", **overrides
        ),
    }
    response = client.post("/api/v1/auth/register", json=body)
    assert response.status_code == 201, response.text
    return response.json()  # type: ignore[no-any-return]


def applicant_headers(client: TestClient, serial: int = 1) -> tuple[dict[str, str], int]:
    me = register_applicant(client, serial)
    token = login(client, f"seeker{serial}@example.com")["access_token"]
    return bearer(token), int(me["applicant_id"])


def make_partner(session: Session, name: str, kind: str = "placement_agency") -> Partner:
    partner = Partner(
        name=name,
        kind=kind,
        licence_number=f"SIP3MI {abs(hash(name)) % 1000}/2024"
        if kind == "placement_agency"
        else None,
    )
    session.add(partner)
    session.commit()
    session.refresh(partner)
    return partner


def client_token(client: TestClient, session: Session, partner: Partner, scopes: list[str]) -> str:
    secret = "s3cret-for-tests-only-0123456789"
    row = PartnerClient(
        client_id=f"pc_test_{partner.id}_{len(scopes)}",
        secret_hash=hash_password(secret),
        partner_id=partner.id or 0,
        name=f"{partner.name} system",
        scopes=scopes,
    )
    session.add(row)
    session.commit()
    response = client.post(
        TOKEN_URL,
        data={
            "grant_type": "client_credentials",
            "client_id": row.client_id,
            "client_secret": secret,
        },
    )
    assert response.status_code == 200, response.text
    return str(response.json()["access_token"])


class MessageCapture:
    """A message sender that keeps what it is given: tests read codes out of it."""

    def __init__(self) -> None:
        self.messages: list[OutgoingMessage] = []

    def send(self, message: OutgoingMessage) -> None:
        self.messages.append(message)

    def to(self, destination: str) -> list[OutgoingMessage]:
        return [m for m in self.messages if m.to == destination]

    def code_for(self, destination: str) -> str:
        """The six digits of the last message to this phone or e-mail."""
        sent = self.to(destination)
        assert sent, f"nothing sent to {destination}: {self.messages}"
        found = re.search(r"\b(\d{6})\b", sent[-1].text)
        assert found, sent[-1].text
        return found.group(1)
