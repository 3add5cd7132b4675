"""Authentication: sign-up, tokens and their checks, refresh rotation, clients, rate limits."""

import base64
import hashlib
import hmac
import json
import logging
import time
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session, func, select

from app.core import security
from app.core.config import DEMO_JWT_KID, DEMO_JWT_SECRET, Settings
from app.models import Applicant, UserAccount
from app.models.identity import Role
from app.services.identity import rate_limit
from tests.auth_helpers import (
    STRONG_PASSWORD,
    TOKEN_URL,
    MessageCapture,
    bearer,
    client_token,
    login,
    make_partner,
    register_applicant,
    staff_headers,
)
from tests.conftest import TEST_PASSWORD_HASHING
from tests.factories import applicant_body, assert_problem

ME = "/api/v1/me"


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def forge(
    claims: dict[str, Any],
    key: str = DEMO_JWT_SECRET,
    alg: str = "HS256",
    kid: str | None = DEMO_JWT_KID,
) -> str:
    """A token signed by hand, so that the header says what the test wants it to."""
    fields = {"alg": alg, "typ": "JWT"} | ({"kid": kid} if kid is not None else {})
    header = _b64(json.dumps(fields).encode())
    payload = _b64(json.dumps(claims).encode())
    if alg == "none":
        return f"{header}.{payload}."
    digest = {"HS256": hashlib.sha256, "HS384": hashlib.sha384}[alg]
    signature = hmac.new(key.encode(), f"{header}.{payload}".encode(), digest).digest()
    return f"{header}.{payload}.{_b64(signature)}"


def valid_claims(user_id: int, **overrides: Any) -> dict[str, Any]:
    now = int(time.time())
    claims = {
        "iss": "https://placement.serangkota.go.id",
        "aud": "serang-placement-api",
        "sub": f"user:{user_id}",
        "iat": now,
        "nbf": now,
        "exp": now + 600,
        "typ": "access",
        "role": "applicant",
        "scope": "",
    }
    claims.update(overrides)
    return claims


def test_register_login_me(client: TestClient, session: Session) -> None:
    me = register_applicant(client)
    assert me["role"] == "applicant" and me["applicant_id"]
    tokens = login(client, "SEEKER1@example.com")
    assert tokens["token_type"] == "bearer" and tokens["refresh_token"]
    response = client.get(ME, headers=bearer(tokens["access_token"]))
    assert response.status_code == 200
    assert response.json()["applicant_id"] == me["applicant_id"]
    stored = session.exec(select(UserAccount)).one()
    assert STRONG_PASSWORD not in stored.password_hash


def test_register_by_phone_then_login_with_any_spelling(client: TestClient) -> None:
    body = {"phone": "0813-1111-2222", "password": STRONG_PASSWORD, "applicant": applicant_body()}
    assert client.post("/api/v1/auth/register", json=body).status_code == 201
    assert login(client, "+62 813 1111 2222")["access_token"]


@pytest.mark.parametrize(
    "password", ["short1", "onlyletterslong", "12345678901", "password123", "aaaaaaaaaa1"]
)
def test_weak_password_refused(client: TestClient, session: Session, password: str) -> None:
    body = {"email": "a@example.com", "password": password, "applicant": applicant_body()}
    assert_problem(client.post("/api/v1/auth/register", json=body), 422, "password_too_weak")
    assert session.exec(select(func.count()).select_from(UserAccount)).one() == 0
    assert session.exec(select(func.count()).select_from(Applicant)).one() == 0


def test_password_containing_nik_refused(client: TestClient) -> None:
    applicant = applicant_body()
    body = {"email": "a@example.com", "password": applicant["nik"] + "ab", "applicant": applicant}
    assert_problem(client.post("/api/v1/auth/register", json=body), 422, "password_too_weak")


def test_register_needs_a_login_and_unique_one(client: TestClient) -> None:
    no_login = {"password": STRONG_PASSWORD, "applicant": applicant_body()}
    assert_problem(client.post("/api/v1/auth/register", json=no_login), 422, "login_required")
    register_applicant(client, 1)
    again = {
        "email": "seeker1@example.com",
        "password": STRONG_PASSWORD,
        "applicant": applicant_body(serial=2),
    }
    assert_problem(client.post("/api/v1/auth/register", json=again), 409, "login_taken")


def test_register_links_imported_applicant(
    client: TestClient, session: Session, outbox: MessageCapture
) -> None:
    officer = staff_headers(client, session)
    imported = client.post("/api/v1/applicants", json=applicant_body(), headers=officer).json()
    me = register_applicant(client, 1)
    # Linked only once the code sent to the record's own phone comes back.
    assert me["applicant_id"] is None
    headers = bearer(login(client, "seeker1@example.com")["access_token"])
    code = outbox.code_for(imported["phone"])
    linked = client.post("/api/v1/auth/link/verify", json={"code": code}, headers=headers)
    assert linked.json()["applicant_id"] == imported["id"]
    assert session.exec(select(func.count()).select_from(Applicant)).one() == 1
    body = {"email": "x@example.com", "password": STRONG_PASSWORD, "applicant": applicant_body()}
    assert_problem(client.post("/api/v1/auth/register", json=body), 409, "applicant_has_account")


def test_wrong_password_is_invalid_grant(client: TestClient) -> None:
    register_applicant(client)
    data = {"grant_type": "password", "username": "seeker1@example.com", "password": "Wrong12345"}
    assert_problem(client.post(TOKEN_URL, data=data), 400, "invalid_grant")
    data["username"] = "nobody@example.com"
    assert_problem(client.post(TOKEN_URL, data=data), 400, "invalid_grant")
    assert_problem(
        client.post(TOKEN_URL, data={"grant_type": "magic"}), 400, "unsupported_grant_type"
    )


def test_tampered_tokens_are_refused(client: TestClient) -> None:
    me = register_applicant(client)
    user_id = int(me["id"])
    good = forge(valid_claims(user_id))
    assert client.get(ME, headers=bearer(good)).status_code == 200
    tampered = [
        forge(valid_claims(user_id), key="another-key"),
        forge(valid_claims(user_id), alg="none"),
        forge(valid_claims(user_id), alg="HS384"),
        forge(valid_claims(user_id), kid=None),
        forge(valid_claims(user_id), kid="retired"),
        forge(valid_claims(user_id, aud="someone-else")),
        forge(valid_claims(user_id, iss="https://evil.example")),
        forge(valid_claims(user_id, exp=int(time.time()) - 10)),
        forge(valid_claims(user_id, typ="refresh")),
        forge(valid_claims(user_id, role="admin")),
        forge(valid_claims(user_id + 999)),
        good[:-3] + ("AAA" if not good.endswith("AAA") else "BBB"),
        "not-a-jwt",
    ]
    for token in tampered:
        response = client.get(ME, headers=bearer(token))
        assert_problem(response, 401, "not_authenticated")
        assert response.headers["www-authenticate"] == "Bearer"
    assert_problem(client.get(ME), 401, "not_authenticated")


def test_refresh_token_is_not_an_access_token(client: TestClient) -> None:
    register_applicant(client)
    tokens = login(client, "seeker1@example.com")
    assert_problem(
        client.get(ME, headers=bearer(tokens["refresh_token"])), 401, "not_authenticated"
    )


def test_refresh_rotates_and_reuse_revokes_family(client: TestClient) -> None:
    register_applicant(client)
    first = login(client, "seeker1@example.com")
    second = client.post(
        TOKEN_URL, data={"grant_type": "refresh_token", "refresh_token": first["refresh_token"]}
    )
    assert second.status_code == 200
    rotated = second.json()["refresh_token"]
    assert rotated != first["refresh_token"]
    # The old token again: stolen. It fails, and so does the one issued after it.
    replay = {"grant_type": "refresh_token", "refresh_token": first["refresh_token"]}
    assert_problem(client.post(TOKEN_URL, data=replay), 400, "invalid_grant")
    follow_up = {"grant_type": "refresh_token", "refresh_token": rotated}
    assert_problem(client.post(TOKEN_URL, data=follow_up), 400, "invalid_grant")


def test_logout_revokes_refresh(client: TestClient) -> None:
    register_applicant(client)
    tokens = login(client, "seeker1@example.com")
    headers = bearer(tokens["access_token"])
    response = client.post(
        "/api/v1/auth/logout", json={"refresh_token": tokens["refresh_token"]}, headers=headers
    )
    assert response.status_code == 204
    again = {"grant_type": "refresh_token", "refresh_token": tokens["refresh_token"]}
    assert_problem(client.post(TOKEN_URL, data=again), 400, "invalid_grant")


def test_deactivated_user_loses_access_at_once(client: TestClient, session: Session) -> None:
    admin = staff_headers(client, session, Role.admin)
    register_applicant(client)
    tokens = login(client, "seeker1@example.com")
    user_id = client.get(ME, headers=bearer(tokens["access_token"])).json()["id"]
    assert (
        client.patch(
            f"/api/v1/users/{user_id}", json={"is_active": False}, headers=admin
        ).status_code
        == 200
    )
    assert_problem(client.get(ME, headers=bearer(tokens["access_token"])), 401, "not_authenticated")


def test_admin_creates_officer_and_client(client: TestClient, session: Session) -> None:
    admin = staff_headers(client, session, Role.admin)
    officer = client.post(
        "/api/v1/users",
        json={
            "email": "petugas@example.org",
            "full_name": "Petugas Satu",
            "password": STRONG_PASSWORD,
        },
        headers=admin,
    )
    assert officer.status_code == 201 and officer.json()["role"] == "officer"
    assert "password" not in officer.text and "hash" not in officer.text
    agency = make_partner(session, "PT Contoh Penempatan")
    created = client.post(
        f"/api/v1/partners/{agency.id}/clients",
        json={"name": "sync", "scopes": ["vacancies:write"]},
        headers=admin,
    )
    assert created.status_code == 201
    secret = created.json()["client_secret"]
    cid = created.json()["client_id"]
    listed = client.get(f"/api/v1/partners/{agency.id}/clients", headers=admin)
    assert secret not in listed.text
    grant = {"grant_type": "client_credentials", "client_id": cid, "client_secret": secret}
    token = client.post(TOKEN_URL, data=grant).json()["access_token"]
    me = client.get(ME, headers=bearer(token)).json()
    assert me["partner_id"] == agency.id and me["scopes"] == ["vacancies:write"]
    # Asking for a scope the client was not given.
    assert_problem(
        client.post(TOKEN_URL, data={**grant, "scope": "training:write"}), 400, "invalid_scope"
    )
    # Rotation: the old secret stops working.
    rotated = client.post(f"/api/v1/clients/{cid}/rotate", headers=admin).json()
    assert_problem(client.post(TOKEN_URL, data=grant), 401, "invalid_client")
    grant["client_secret"] = rotated["client_secret"]
    token = client.post(TOKEN_URL, data=grant).json()["access_token"]
    # Revocation: its tokens stop working at once.
    assert client.delete(f"/api/v1/clients/{cid}", headers=admin).status_code == 200
    assert_problem(client.get(ME, headers=bearer(token)), 401, "not_authenticated")
    assert_problem(client.post(TOKEN_URL, data=grant), 401, "invalid_client")


def test_training_provider_cannot_get_agency_scopes(client: TestClient, session: Session) -> None:
    admin = staff_headers(client, session, Role.admin)
    lpk = make_partner(session, "LPK Contoh", kind="training_provider")
    response = client.post(
        f"/api/v1/partners/{lpk.id}/clients",
        json={"name": "sync", "scopes": ["vacancies:write"]},
        headers=admin,
    )
    assert_problem(response, 422, "scope_not_for_partner_kind")


def test_client_scope_is_enforced(client: TestClient, session: Session) -> None:
    agency = make_partner(session, "PT Contoh Penempatan")
    token = client_token(client, session, agency, ["vacancies:read"])
    response = client.get("/api/v1/audit", headers=bearer(token))
    assert_problem(response, 403, "staff_only")


def test_login_lock_then_recovery(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    register_applicant(client)
    now = [1_000_000.0]
    monkeypatch.setattr(rate_limit, "clock", lambda: now[0])
    bad = {"grant_type": "password", "username": "seeker1@example.com", "password": "Wrong12345x"}
    for _ in range(5):
        assert_problem(client.post(TOKEN_URL, data=bad), 400, "invalid_grant")
    blocked = client.post(TOKEN_URL, data={**bad, "password": STRONG_PASSWORD})
    assert_problem(blocked, 429, "account_locked")
    assert 1 <= int(blocked.headers["retry-after"]) <= 900
    now[0] += 901
    assert login(client, "seeker1@example.com")["access_token"]


def test_failures_from_one_address_are_limited(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(rate_limit, "clock", lambda: 2_000_000.0)
    for i in range(100):
        data = {"grant_type": "password", "username": f"u{i}@example.com", "password": "x"}
        assert client.post(TOKEN_URL, data=data).status_code == 400
    data = {"grant_type": "password", "username": "other@example.com", "password": "x"}
    assert_problem(client.post(TOKEN_URL, data=data), 429, "rate_limited")


def test_secrets_never_logged(
    client: TestClient, session: Session, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    register_applicant(client)
    tokens = login(client, "seeker1@example.com")
    client.post(
        TOKEN_URL, data={"grant_type": "refresh_token", "refresh_token": tokens["refresh_token"]}
    )
    client.post(
        TOKEN_URL,
        data={
            "grant_type": "password",
            "username": "seeker1@example.com",
            "password": "Wrong12345x",
        },
    )
    logged = "\n".join(r.getMessage() for r in caplog.records)
    for secret in (STRONG_PASSWORD, "Wrong12345x", tokens["refresh_token"], tokens["access_token"]):
        assert secret not in logged


def test_a_remembered_token_still_expires_and_binds_to_its_secret(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from app.core.config import Settings
    from app.core.security import InvalidTokenError, TokenClaims, create_access_token
    from app.core.security import decode_access_token as decode

    settings = Settings(jwt_secret="first-secret-0123456789abcdef-0123456789")
    token, lifetime = create_access_token(settings, TokenClaims("user:7", "applicant"))
    assert decode(settings, token).subject == "user:7"
    assert decode(settings, token).subject == "user:7"  # remembered
    rotated = Settings(jwt_secret="second-secret-0123456789abcdef-012345678")
    with pytest.raises(InvalidTokenError):
        decode(rotated, token)
    later = time.time() + lifetime + 5
    monkeypatch.setattr("app.core.security.time.time", lambda: later)
    with pytest.raises(InvalidTokenError):
        decode(settings, token)


def test_passwords_are_hashed_at_production_cost_by_default(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The suite lowers the argon2 cost; a deployment that sets nothing gets the real one."""
    for name in TEST_PASSWORD_HASHING:
        monkeypatch.delenv(name)
    production = Settings(_env_file=None)
    try:
        security.configure_password_hashing(production)
        stored = security.hash_password(STRONG_PASSWORD)
        assert stored.startswith("$argon2id$v=19$m=65536,t=3,p=4$")
        assert security.verify_password(STRONG_PASSWORD, stored)
        assert not security.verify_password(STRONG_PASSWORD + "x", stored)
    finally:
        security.configure_password_hashing(Settings())
    # A hash made at another cost still verifies: the parameters travel with the hash.
    assert security.verify_password(STRONG_PASSWORD, stored)
