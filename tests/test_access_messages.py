"""A caller of the wrong kind is told which kind of account the operation is for."""

from fastapi.testclient import TestClient
from sqlmodel import Session

from app.http.auth import possible_refusals, refusal
from tests.auth_helpers import applicant_headers, bearer, client_token, make_partner
from tests.factories import assert_problem


def test_each_kind_of_caller_hears_what_the_operation_is_for(
    client: TestClient, session: Session, officer: TestClient
) -> None:
    partner = make_partner(session, "PT Salah Pintu")
    agency = bearer(client_token(client, session, partner, ["vacancies:read"]))
    seeker, _ = applicant_headers(client)

    body = assert_problem(client.get("/api/v1/audit", headers=agency), 403, "staff_only")
    assert "staff accounts" in body["detail"] and "scopes" not in body["detail"]
    assert_problem(client.get("/api/v1/audit", headers=seeker), 403, "staff_only")

    body = assert_problem(officer.get("/api/v1/webhooks"), 403, "client_only")
    assert body["detail"].endswith("(scopes: webhooks:manage).")

    feed = "/api/v1/me/notifications"
    assert_problem(officer.get(feed), 403, "personal_account_only")
    assert_problem(client.get(feed, headers=agency), 403, "personal_account_only")
    indonesian = client.get(feed, headers=agency | {"accept-language": "id"})
    assert indonesian.json()["title"] == "Untuk akun pencari kerja"


def test_refusals_by_rule() -> None:
    staff, seeker = frozenset({"officer", "admin"}), frozenset({"applicant"})
    scoped = frozenset({"vacancies:write"})
    assert refusal("user", "officer", frozenset(), staff, frozenset()) is None
    assert refusal("user", "officer", frozenset(), frozenset({"admin"}), frozenset()) == (
        "forbidden"
    )
    assert refusal("client", "partner", scoped, staff, scoped) is None
    assert refusal("client", "partner", frozenset(), staff, scoped) == "insufficient_scope"
    assert refusal("client", "partner", frozenset(), staff | seeker, frozenset()) == (
        "user_account_only"
    )
    assert possible_refusals(seeker, frozenset()) == ["personal_account_only"]
    assert possible_refusals(frozenset(), scoped) == ["client_only", "insufficient_scope"]
