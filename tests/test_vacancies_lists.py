"""Vacancies: lists with filters and pages, and who sees and changes which job orders."""

from datetime import date, timedelta
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session

from app.models.partner import Partner
from app.models.vacancy import Vacancy
from tests.auth_helpers import applicant_headers, bearer, client_token
from tests.factories import assert_problem
from tests.fixtures_vacancies import (
    URL,
    add_agency,
    add_mou,
    assert_nothing_written,
    future,
    stored,
    vacancy_body,
)


@pytest.fixture
def agency_id(session: Session, officer: TestClient) -> int:
    return add_agency(session)


def ids(response: Any) -> list[int]:
    assert response.status_code == 200, response.text
    return [v["id"] for v in response.json()["items"]]


@pytest.fixture
def orders(officer: TestClient, session: Session, agency_id: int) -> dict[str, int]:
    """Four orders: Korean welding (MoU), Japanese farm, a draft, one past its deadline."""
    mou_id = add_mou(session)
    other = add_agency(session, "BP2MI", kind="government_body")  # E-9 is G to G
    made = {
        "welder": vacancy_body(agency_id, mou_id=mou_id),
        "farm": vacancy_body(
            agency_id,
            external_id="JP-1",
            title="Vegetable farm, Hokkaido",
            occupation="Farm worker",
            isco_code="6111",
            country="JP",
            scheme="jp_ssw",
            sector="agriculture",
            currency="JPY",
            language="ja",
            min_language_score=None,
            min_language_level="N4",
            cost_items=[],
            deadline=future(10),
        ),
        "draft": vacancy_body(other, external_id="D-1", status="draft", deadline=None),
        "late": vacancy_body(
            other, external_id="L-1", scheme="kr_eps_e9", sector="manufacturing", title="Operator"
        ),
    }
    created = {}
    for name, data in made.items():
        response = officer.post(URL, json=data)
        assert response.status_code == 201, response.text
        created[name] = response.json()["id"]
    late = session.get(Vacancy, created["late"])
    assert late is not None
    late.deadline = date.today() - timedelta(days=1)
    session.add(late)
    session.commit()
    created["agency"], created["other"], created["mou"] = agency_id, other, mou_id
    return created


def test_filters(officer: TestClient, orders: dict[str, int]) -> None:
    def listed(**params: Any) -> list[int]:
        return ids(officer.get(URL, params=params))

    welder, farm, draft, late = orders["welder"], orders["farm"], orders["draft"], orders["late"]
    assert listed() == [welder, farm, draft, late]
    assert listed(agency_id=orders["agency"]) == [welder, farm]
    assert listed(agency_id=orders["other"]) == [draft, late]
    assert listed(country="JP") == [farm]
    assert listed(scheme="kr_eps_e9") == [late]
    assert listed(sector="welding") == [welder, draft]
    assert listed(status="draft") == [draft]
    assert listed(mou_id=orders["mou"]) == [welder]
    assert listed(open_only=True) == [welder, farm]
    assert listed(deadline_after=future(30)) == [welder]
    assert listed(q="HOKKAIDO") == [farm]  # title
    assert listed(q="farm worker") == [farm]  # occupation
    assert listed(q="%%") == []  # no wildcards
    assert listed(country="KR", sector="welding", status="open") == [welder]


def test_pages(officer: TestClient, orders: dict[str, int]) -> None:
    first = officer.get(URL, params={"limit": 3}).json()
    assert len(first["items"]) == 3 and first["next_cursor"]
    second = officer.get(URL, params={"limit": 3, "cursor": first["next_cursor"]}).json()
    assert [v["id"] for v in second["items"]] == [orders["late"]]
    assert second["next_cursor"] is None


@pytest.mark.parametrize(
    ("params", "code"),
    [
        ({"cursor": "not-a-cursor"}, "invalid_cursor"),
        ({"limit": 101}, "validation_failed"),
        ({"country": "jp"}, "validation_failed"),
        ({"scheme": "tourist"}, "validation_failed"),
        ({"q": "x"}, "validation_failed"),
        ({"deadline_after": "tomorrow"}, "validation_failed"),
    ],
)
def test_bad_list_parameters(officer: TestClient, params: dict[str, Any], code: str) -> None:
    assert_problem(officer.get(URL, params=params), 422, code)


def test_applicants_see_open_orders_only(
    client: TestClient, orders: dict[str, int], session: Session
) -> None:
    headers, _ = applicant_headers(client)
    assert ids(client.get(URL, headers=headers)) == [
        orders["welder"],
        orders["farm"],
        orders["late"],
    ]
    assert ids(client.get(URL, params={"status": "draft"}, headers=headers)) == [
        orders["welder"],
        orders["farm"],
        orders["late"],
    ]
    assert ids(client.get(URL, params={"open_only": True}, headers=headers)) == [
        orders["welder"],
        orders["farm"],
    ]
    assert client.get(f"{URL}/{orders['farm']}", headers=headers).status_code == 200
    assert_problem(client.get(f"{URL}/{orders['draft']}", headers=headers), 404, "not_found")
    # Job seekers read job orders; they do not write them.
    before = stored(session, orders["welder"])
    url = f"{URL}/{orders['welder']}"
    assert_problem(client.patch(url, json={"openings": 1}, headers=headers), 403, "staff_only")
    assert_problem(client.delete(url, headers=headers), 403, "staff_only")
    assert stored(session, orders["welder"]) == before


def test_anonymous_callers_refused(client: TestClient, orders: dict[str, int]) -> None:
    assert_problem(client.get(URL), 401, "not_authenticated")
    assert_problem(client.get(f"{URL}/{orders['welder']}"), 401, "not_authenticated")


def test_applicant_cannot_file_orders(
    client: TestClient, session: Session, officer: TestClient
) -> None:
    agency_id = add_agency(session)
    headers, _ = applicant_headers(client)
    response = client.post(URL, json=vacancy_body(agency_id), headers=headers)
    assert_problem(response, 403, "staff_only")
    assert_nothing_written(session)


def agency_headers(client: TestClient, session: Session, agency_id: int, scope: str) -> Any:
    partner = session.get(Partner, agency_id)
    assert partner is not None
    return bearer(client_token(client, session, partner, [scope]))


def test_agency_system_sees_and_changes_only_its_own(
    client: TestClient, session: Session, orders: dict[str, int]
) -> None:
    """Another agency's orders are invisible to a partner system: 404, never 403."""
    headers = agency_headers(client, session, orders["other"], "vacancies:write")
    assert ids(client.get(URL, headers=headers)) == [orders["draft"], orders["late"]]
    # Asking for another agency's orders still lists only its own.
    listed = client.get(URL, params={"agency_id": orders["agency"]}, headers=headers)
    assert ids(listed) == [orders["draft"], orders["late"]]
    assert client.get(f"{URL}/{orders['draft']}", headers=headers).status_code == 200
    welder = f"{URL}/{orders['welder']}"
    before = stored(session, orders["welder"])
    assert_problem(client.get(welder, headers=headers), 404, "not_found")
    assert_problem(client.patch(welder, json={"openings": 1}, headers=headers), 404, "not_found")
    assert_problem(client.delete(welder, headers=headers), 404, "not_found")
    assert stored(session, orders["welder"]) == before
    # It files orders for its own agency only.
    foreign = vacancy_body(orders["agency"], external_id="X-1")
    problem = assert_problem(client.post(URL, json=foreign, headers=headers), 422, "agency_invalid")
    assert problem["errors"][0]["field"] == "agency_id"
    assert problem["detail"].endswith("files job orders for its own agency only.")
    own = client.post(URL, json=vacancy_body(orders["other"], external_id="X-1"), headers=headers)
    assert own.status_code == 201, own.text
    own_url = f"{URL}/{own.json()['id']}"
    matched = headers | {"If-Match": client.get(own_url, headers=headers).headers["ETag"]}
    changed = client.patch(own_url, json={"openings": 3}, headers=matched)
    assert changed.status_code == 200 and changed.json()["openings"] == 3
    matched = headers | {"If-Match": changed.headers["ETag"]}
    assert client.delete(own_url, headers=matched).status_code == 204


def test_read_scope_cannot_write(
    client: TestClient, session: Session, orders: dict[str, int]
) -> None:
    headers = agency_headers(client, session, orders["other"], "vacancies:read")
    assert ids(client.get(URL, headers=headers)) == [orders["draft"], orders["late"]]
    data = vacancy_body(orders["other"], external_id="R-1")
    assert_problem(client.post(URL, json=data, headers=headers), 403, "insufficient_scope")
    draft = f"{URL}/{orders['draft']}"
    response = client.patch(draft, json={"openings": 1}, headers=headers)
    assert_problem(response, 403, "insufficient_scope")
    assert stored(session, orders["draft"])["openings"] == 10  # type: ignore[index]
