"""The officers' dashboard: sign-in by cookie or token, CSRF on its forms, the /stats numbers."""

import re

from fastapi.testclient import TestClient
from sqlmodel import Session

from app.models.identity import Role
from app.models.target import ProgrammeTarget
from tests.auth_helpers import STRONG_PASSWORD, make_staff, register_applicant, staff_headers
from tests.factories import count_rows, target_body

LOGIN = "/dashboard/login"


def _csrf(client: TestClient) -> str:
    page = client.get("/dashboard")
    assert page.status_code == 401
    found = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
    assert found is not None
    return found.group(1)


def _sign_in(client: TestClient, login: str, password: str = STRONG_PASSWORD) -> object:
    token = _csrf(client)
    form = {"login": login, "password": password, "csrf_token": token}
    return client.post(LOGIN, data=form, follow_redirects=False)


def test_anonymous_gets_the_sign_in_form(client: TestClient) -> None:
    page = client.get("/dashboard")
    assert page.status_code == 401
    assert '<label for="password">Kata sandi</label>' in page.text
    cookie = page.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie and "Path=/dashboard" in cookie


def test_an_officer_signs_in_with_a_secure_cookie_and_sees_the_charts(
    client: TestClient, session: Session
) -> None:
    make_staff(session, Role.officer, "petugas@serangkota.example")
    signed = _sign_in(client, "petugas@serangkota.example")
    assert signed.status_code == 303  # type: ignore[attr-defined]
    cookie = signed.headers["set-cookie"]  # type: ignore[attr-defined]
    assert cookie.startswith("dashboard_session=")
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie and "Max-Age=900" in cookie
    page = client.get("/dashboard?lang=en")
    assert page.status_code == 200
    assert page.text.count('<svg class="chart"') >= 3
    assert "Pipeline by stage" in page.text


def test_https_makes_the_cookie_secure(client: TestClient, session: Session) -> None:
    make_staff(session, Role.officer, "petugas@serangkota.example")
    secure = TestClient(client.app, base_url="https://testserver")
    signed = _sign_in(secure, "petugas@serangkota.example")
    assert "Secure" in signed.headers["set-cookie"]  # type: ignore[attr-defined]


def test_a_bearer_token_works_too(client: TestClient, session: Session) -> None:
    headers = staff_headers(client, session)
    assert client.get("/dashboard", headers=headers).status_code == 200


def test_a_job_seeker_is_refused(client: TestClient, session: Session) -> None:
    register_applicant(client, serial=3)
    refused = _sign_in(client, "seeker3@example.com")
    assert refused.status_code == 403  # type: ignore[attr-defined]
    assert "dashboard_session" not in refused.headers.get("set-cookie", "")  # type: ignore[attr-defined]


def test_a_wrong_password_and_a_forged_form_change_nothing(
    client: TestClient, session: Session
) -> None:
    make_staff(session, Role.officer, "petugas@serangkota.example")
    wrong = _sign_in(client, "petugas@serangkota.example", "wrong-password-1")
    assert wrong.status_code == 401  # type: ignore[attr-defined]
    assert "dashboard_session" not in wrong.headers.get("set-cookie", "")  # type: ignore[attr-defined]
    _csrf(client)
    form = {"login": "petugas@serangkota.example", "password": STRONG_PASSWORD}
    forged = client.post(LOGIN, data=form | {"csrf_token": "from-another-site"})
    assert forged.status_code == 403 and "dashboard_session" not in forged.headers.get(
        "set-cookie", ""
    )
    fresh = TestClient(client.app)
    no_cookie = fresh.post(LOGIN, data=form | {"csrf_token": "x"})
    assert no_cookie.status_code == 403


def test_sign_out_needs_the_form_token_and_clears_the_cookie(
    client: TestClient, session: Session
) -> None:
    make_staff(session, Role.officer, "petugas@serangkota.example")
    _sign_in(client, "petugas@serangkota.example")
    forged = client.post("/dashboard/logout", data={"csrf_token": "nope"})
    assert forged.status_code == 403
    assert client.get("/dashboard").status_code == 200
    token = client.cookies.get("dashboard_csrf")
    out = client.post("/dashboard/logout", data={"csrf_token": token}, follow_redirects=False)
    assert out.status_code == 303
    assert 'dashboard_session=""' in out.headers["set-cookie"]


def test_the_numbers_are_those_of_the_stats_endpoints(client: TestClient, session: Session) -> None:
    headers = staff_headers(client, session)
    client.post("/api/v1/targets", json=target_body(year=2026), headers=headers)
    stats = client.get("/api/v1/stats/targets?year=2026", headers=headers).json()
    funnel = client.get("/api/v1/stats/pipeline", headers=headers).json()
    page = client.get("/dashboard?lang=en&year=2026", headers=headers).text
    target = stats["targets"][0]
    row = re.search(r"South Korea: departures</th><td>(\d+)</td><td>(\d+)</td><td>(\d+)</td>", page)
    assert row is not None
    assert [int(n) for n in row.groups()] == [
        target["number"],
        target["achieved"],
        target["in_pipeline"],
    ]
    for stage in funnel["funnel"]:
        name = stage["stage"].capitalize()
        found = re.search(rf"<th scope=\"row\">{name}</th><td>(\d+)</td><td>(\d+)</td>", page)
        assert found is not None, name
        assert [int(n) for n in found.groups()] == [stage["reached"], stage["current"]]
    assert count_rows(session, ProgrammeTarget) == 1
