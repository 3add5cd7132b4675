"""The demo logins README.md documents work, each with the rights of its kind."""

from pathlib import Path

from fastapi.testclient import TestClient
from sqlmodel import Session, select

from app.demo.accounts import AGENCY_CLIENT, JOB_SEEKER, OFFICER, TRAINING_CLIENT
from app.demo.data import load_demo_data
from app.models import Partner
from tests.auth_helpers import TOKEN_URL, bearer, login

README = (Path(__file__).resolve().parent.parent / "README.md").read_text()


def client_login(client: TestClient, login_id: str, secret: str) -> dict[str, str]:
    form = {"grant_type": "client_credentials", "client_id": login_id, "client_secret": secret}
    response = client.post(TOKEN_URL, data=form)
    assert response.status_code == 200, response.text
    return bearer(response.json()["access_token"])


def test_each_demo_login_works_with_its_rights(client: TestClient, session: Session) -> None:
    load_demo_data(session, applicants=20)
    for documented in (OFFICER, JOB_SEEKER, AGENCY_CLIENT, TRAINING_CLIENT):
        assert f"`{documented.login}`" in README and f"`{documented.secret}`" in README

    officer = bearer(login(client, OFFICER.login, OFFICER.secret)["access_token"])
    assert client.get("/api/v1/applicants", headers=officer).json()["items"]

    seeker = bearer(login(client, JOB_SEEKER.login, JOB_SEEKER.secret)["access_token"])
    me = client.get("/api/v1/me", headers=seeker).json()
    assert me["role"] == "applicant"
    own = client.get(f"/api/v1/applicants/{me['applicant_id']}", headers=seeker)
    assert own.status_code == 200
    assert client.get("/api/v1/applicants", headers=seeker).status_code == 403

    agency = client_login(client, AGENCY_CLIENT.login, AGENCY_CLIENT.secret)
    one_asia = session.exec(select(Partner).where(Partner.name == "PT One Asia")).one()
    orders = client.get("/api/v1/vacancies", headers=agency).json()["items"]
    assert orders and {o["agency_id"] for o in orders} == {one_asia.id}

    training = client_login(client, TRAINING_CLIENT.login, TRAINING_CLIENT.secret)
    assert client.get("/api/v1/vacancies", headers=training).status_code == 403


def test_the_demo_agency_following_its_feed_from_nothing_gets_its_orders(
    client: TestClient, session: Session
) -> None:
    load_demo_data(session, applicants=5)
    agency = client_login(client, AGENCY_CLIENT.login, AGENCY_CLIENT.secret)
    listed = client.get("/api/v1/vacancies?limit=100", headers=agency).json()["items"]
    response = client.get("/api/v1/vacancies/changes", headers=agency)
    assert response.status_code == 200, response.text
    fed = {entry["id"] for entry in response.json()["items"] if not entry["deleted"]}
    assert listed and fed == {v["id"] for v in listed}
