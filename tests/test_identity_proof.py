"""Proof of identity before an account takes over a record, changes its contacts or
resets a password: one-time codes to a phone or e-mail already known to be the person's."""

from datetime import timedelta
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session, col, select

from app.models import AuditEntry, UserAccount, VerificationCode
from app.models.base import utcnow
from app.services.identity import codes
from tests.auth_helpers import (
    STRONG_PASSWORD,
    TOKEN_URL,
    MessageCapture,
    bearer,
    login,
)
from tests.factories import applicant_body, assert_problem

RECORD_PHONE = "+6281234567890"  # applicant_body's 0812-3456-7890, as stored
RECORD_EMAIL = "ahmad@example.com"
STRANGER = "stranger@example.net"


def import_record(officer: TestClient, **overrides: Any) -> dict[str, Any]:
    response = officer.post("/api/v1/applicants", json=applicant_body(**overrides))
    assert response.status_code == 201, response.text
    return response.json()  # type: ignore[no-any-return]


def sign_up(client: TestClient, email: str = STRANGER, **overrides: Any) -> dict[str, Any]:
    # What a stranger who knows the NIK and birth date types, with their own contacts.
    applicant = applicant_body(
        full_name="Orang Lain", phone="0813-9999-0000", email=email, **overrides
    )
    body = {"email": email, "password": STRONG_PASSWORD, "applicant": applicant}
    response = client.post("/api/v1/auth/register", json=body)
    assert response.status_code == 201, response.text
    return response.json()  # type: ignore[no-any-return]


def headers_of(client: TestClient, email: str = STRANGER) -> dict[str, str]:
    return bearer(login(client, email)["access_token"])


def test_takeover_attempt_sees_nothing_of_the_record(
    client: TestClient, officer: TestClient, session: Session, outbox: MessageCapture
) -> None:
    record = import_record(officer, address="Jl. Ki Mas Jong No. 5")
    me = sign_up(client)
    assert me["applicant_id"] is None
    assert me["full_name"] == "Orang Lain"
    link = me["link"]
    assert link["proof"] == "code_sent"
    assert link["code"]["destination_kind"] == "phone"
    assert link["code"]["destination"] == "+62 8** ***** 890"
    assert link["verify_at"] == "/api/v1/auth/link/verify"
    # The code went to the record's phone, never to what the stranger gave.
    assert [m.to for m in outbox.messages] == [RECORD_PHONE]
    assert "0813" not in str(outbox.messages)

    headers = headers_of(client)
    answers = [
        client.get("/api/v1/me", headers=headers),
        client.get(f"/api/v1/applicants/{record['id']}", headers=headers),
        client.get("/api/v1/applications", headers=headers),
        client.get("/api/v1/me/notifications", headers=headers),
    ]
    assert answers[0].json()["applicant_id"] is None
    assert answers[0].json()["link"]["proof"] == "code_sent"
    assert answers[1].status_code == 404
    assert answers[2].json()["items"] == []
    assert answers[3].json()["items"] == []
    patched = client.patch(
        f"/api/v1/applicants/{record['id']}", json={"address": "Jl. Lain"}, headers=headers
    )
    assert patched.status_code == 404
    for answer in [*answers, patched]:
        for secret in (record["nik"], "Ahmad", "Ki Mas Jong", RECORD_EMAIL, "3456"):
            assert secret not in answer.text

    account = session.exec(select(UserAccount).where(UserAccount.email == STRANGER)).one()
    assert account.applicant_id is None
    assert account.pending_applicant_id == record["id"]
    entry = session.exec(select(AuditEntry).where(AuditEntry.action == "link_requested")).one()
    assert entry.entity_id == account.id
    assert entry.changes["destination_kind"]["new"] == "phone"
    code = outbox.code_for(RECORD_PHONE)
    assert code not in str(entry.changes)
    stored = session.exec(select(VerificationCode)).one()
    assert code not in stored.digest and len(stored.digest) == 64


def test_right_code_links_and_reuse_is_refused(
    client: TestClient, officer: TestClient, session: Session, outbox: MessageCapture
) -> None:
    record = import_record(officer)
    sign_up(client)
    headers = headers_of(client)
    code = outbox.code_for(RECORD_PHONE)
    linked = client.post("/api/v1/auth/link/verify", json={"code": code}, headers=headers)
    assert linked.status_code == 200, linked.text
    assert linked.json()["applicant_id"] == record["id"]
    assert linked.json()["link"] is None
    assert client.get(f"/api/v1/applicants/{record['id']}", headers=headers).status_code == 200
    again = client.post("/api/v1/auth/link/verify", json={"code": code}, headers=headers)
    assert_problem(again, 409, "link_not_pending")
    assert session.exec(select(AuditEntry).where(AuditEntry.action == "link")).one()


def test_five_wrong_codes_kill_it_and_a_new_one_works(
    client: TestClient, officer: TestClient, session: Session, outbox: MessageCapture
) -> None:
    import_record(officer)
    sign_up(client)
    headers = headers_of(client)
    code = outbox.code_for(RECORD_PHONE)
    wrong = "000000" if code != "000000" else "111111"
    verify = "/api/v1/auth/link/verify"
    for left in (4, 3, 2, 1):
        body = assert_problem(
            client.post(verify, json={"code": wrong}, headers=headers), 422, "code_invalid"
        )
        assert str(left) in body["detail"]
    assert_problem(
        client.post(verify, json={"code": wrong}, headers=headers), 409, "code_attempts_exhausted"
    )
    assert_problem(
        client.post(verify, json={"code": code}, headers=headers), 409, "code_attempts_exhausted"
    )
    assert (
        session.exec(select(UserAccount.applicant_id).where(UserAccount.email == STRANGER)).one()
        is None
    )
    resent = client.post("/api/v1/auth/link/resend", headers=headers)
    assert resent.status_code == 200, resent.text
    fresh = outbox.code_for(RECORD_PHONE)
    assert client.post(verify, json={"code": fresh}, headers=headers).status_code == 200


def test_expired_code_is_refused(
    client: TestClient,
    officer: TestClient,
    outbox: MessageCapture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import_record(officer)
    sign_up(client)
    headers = headers_of(client)
    code = outbox.code_for(RECORD_PHONE)
    later = utcnow() + timedelta(minutes=10, seconds=1)
    monkeypatch.setattr(codes, "utcnow", lambda: later)
    answer = client.post("/api/v1/auth/link/verify", json={"code": code}, headers=headers)
    assert_problem(answer, 409, "code_expired")
    assert client.get("/api/v1/me", headers=headers).json()["applicant_id"] is None


def test_resend_replaces_the_code_and_is_limited(
    client: TestClient, officer: TestClient, outbox: MessageCapture
) -> None:
    import_record(officer)
    sign_up(client)
    headers = headers_of(client)
    first = outbox.code_for(RECORD_PHONE)
    assert client.post("/api/v1/auth/link/resend", headers=headers).status_code == 200
    second = outbox.code_for(RECORD_PHONE)
    assert client.post("/api/v1/auth/link/resend", headers=headers).status_code == 200
    third = outbox.code_for(RECORD_PHONE)
    limited = client.post("/api/v1/auth/link/resend", headers=headers)
    assert_problem(limited, 429, "code_send_limit")
    assert int(limited.headers["Retry-After"]) > 0
    assert len(outbox.messages) == 3
    verify = "/api/v1/auth/link/verify"
    for old in {first, second} - {third}:
        assert client.post(verify, json={"code": old}, headers=headers).status_code == 422
    assert client.post(verify, json={"code": third}, headers=headers).status_code == 200


def test_record_without_contacts_needs_the_office(
    client: TestClient, officer: TestClient, session: Session, outbox: MessageCapture
) -> None:
    record = import_record(officer, phone=None, email=None)
    me = sign_up(client)
    assert me["link"] == {
        "proof": "visit_office",
        "code": None,
        "verify_at": None,
        "resend_at": None,
    }
    assert outbox.messages == []
    headers = headers_of(client)
    assert_problem(
        client.post("/api/v1/auth/link/resend", headers=headers), 409, "link_needs_office"
    )
    path = f"/api/v1/applicants/{record['id']}/account-link"
    # Only the account that asked, and only by an officer.
    assert_problem(
        client.post(
            path, json={"account_id": me["id"], "identity_checked": "ktp_seen"}, headers=headers
        ),
        403,
        "staff_only",
    )
    other = officer.post("/api/v1/applicants", json=applicant_body(serial=2)).json()
    refused = officer.post(
        f"/api/v1/applicants/{other['id']}/account-link",
        json={"account_id": me["id"], "identity_checked": "ktp_seen"},
    )
    assert_problem(refused, 409, "link_not_requested")
    assert_problem(
        officer.post(path, json={"account_id": me["id"], "identity_checked": "looked_honest"}),
        422,
        "validation_failed",
    )
    linked = officer.post(
        path,
        json={"account_id": me["id"], "identity_checked": "ktp_seen", "note": "KTP-el at desk"},
    )
    assert linked.status_code == 200, linked.text
    assert linked.json()["applicant_id"] == record["id"]
    assert client.get("/api/v1/me", headers=headers).json()["applicant_id"] == record["id"]
    entry = session.exec(
        select(AuditEntry).where(AuditEntry.action == "link").order_by(col(AuditEntry.id))
    ).one()
    assert entry.actor.startswith("user:") and "ktp_seen" in str(entry.changes)


def test_new_person_registers_linked_as_before(client: TestClient, outbox: MessageCapture) -> None:
    body = {"email": "baru@example.com", "password": STRONG_PASSWORD, "applicant": applicant_body()}
    me = client.post("/api/v1/auth/register", json=body).json()
    assert me["applicant_id"] is not None and me["link"] is None
    assert outbox.messages == []


def _linked_seeker(
    client: TestClient, officer: TestClient, outbox: MessageCapture
) -> tuple[dict[str, str], int]:
    record = import_record(officer)
    sign_up(client)
    headers = headers_of(client)
    code = outbox.code_for(RECORD_PHONE)
    assert (
        client.post("/api/v1/auth/link/verify", json={"code": code}, headers=headers).status_code
        == 200
    )
    return headers, int(record["id"])


def test_contact_change_needs_the_code_sent_to_the_new_phone(
    client: TestClient, officer: TestClient, outbox: MessageCapture
) -> None:
    headers, record_id = _linked_seeker(client, officer, outbox)
    path = f"/api/v1/applicants/{record_id}"
    answer = client.patch(
        path, json={"phone": "0857-1111-2222", "address": "Jl. Baru 1"}, headers=headers
    )
    assert answer.status_code == 200, answer.text
    read = answer.json()
    assert read["phone"] == RECORD_PHONE  # not yet
    assert read["address"] == "Jl. Baru 1"  # other fields as before
    assert read["contact_changes_pending"][0]["destination"] == "+62 8** ***** 222"
    new_code = outbox.code_for("+6285711112222")
    verify = "/api/v1/me/contact-change/verify"
    wrong = "000000" if new_code != "000000" else "111111"
    assert_problem(
        client.post(verify, json={"kind": "phone", "code": wrong}, headers=headers),
        422,
        "code_invalid",
    )
    assert client.get(path, headers=headers).json()["phone"] == RECORD_PHONE
    done = client.post(verify, json={"kind": "phone", "code": new_code}, headers=headers)
    assert done.status_code == 200, done.text
    assert done.json()["phone"] == "+6285711112222"
    assert_problem(
        client.post(verify, json={"kind": "phone", "code": new_code}, headers=headers),
        409,
        "code_used",
    )
    # An officer's change applies at once.
    officer_change = officer.patch(path, json={"email": "kantor@example.com"})
    assert officer_change.json()["email"] == "kantor@example.com"


def test_password_reset_end_to_end_without_telling_who_exists(
    client: TestClient, officer: TestClient, session: Session, outbox: MessageCapture
) -> None:
    body = {"email": "baru@example.com", "password": STRONG_PASSWORD, "applicant": applicant_body()}
    assert client.post("/api/v1/auth/register", json=body).status_code == 201
    refresh = login(client, "baru@example.com")["refresh_token"]
    reset = "/api/v1/auth/password-reset"
    known = client.post(reset, json={"login": "Baru@example.com"})
    unknown = client.post(reset, json={"login": "nobody@example.com"})
    assert known.status_code == unknown.status_code == 202
    assert known.json() == unknown.json()
    assert [m.to for m in outbox.messages] == ["baru@example.com"]
    code = outbox.code_for("baru@example.com")

    confirm = reset + "/confirm"
    new_password = "Cilegon2027bekerja"
    for login_name, given in (
        ("nobody@example.com", code),
        ("baru@example.com", "000000" if code != "000000" else "111111"),
    ):
        assert_problem(
            client.post(
                confirm, json={"login": login_name, "code": given, "new_password": new_password}
            ),
            400,
            "password_reset_invalid",
        )
    weak = client.post(
        confirm, json={"login": "baru@example.com", "code": code, "new_password": "short1"}
    )
    assert_problem(weak, 422, "password_too_weak")
    done = client.post(
        confirm, json={"login": "baru@example.com", "code": code, "new_password": new_password}
    )
    assert done.status_code == 204, done.text
    login(client, "baru@example.com", new_password)
    stale = client.post(
        TOKEN_URL,
        data={
            "grant_type": "password",
            "username": "baru@example.com",
            "password": STRONG_PASSWORD,
        },
    )
    assert_problem(stale, 400, "invalid_grant")
    old_session = client.post(
        TOKEN_URL, data={"grant_type": "refresh_token", "refresh_token": refresh}
    )
    assert_problem(old_session, 400, "invalid_grant")
    again = client.post(
        confirm,
        json={"login": "baru@example.com", "code": code, "new_password": "Another2027kerja"},
    )
    assert_problem(again, 400, "password_reset_invalid")
    assert session.exec(select(AuditEntry).where(AuditEntry.action == "password_reset")).one()
