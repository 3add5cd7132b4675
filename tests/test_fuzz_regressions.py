"""What fuzzing the API found, each pinned by the request that showed it.

Each answer below was sent before, but the OpenAPI document did not say so: clients
generated from it had no type for the answer, and the fuzz test failed on it.
"""

from typing import Any

from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlmodel import Session

from app.core.errors import PROBLEM_JSON
from app.models.applicant import Applicant
from app.models.vacancy import Vacancy
from tests.factories import add_applicant, add_application, add_vacancy, assert_problem, count_rows
from tests.fixtures_vacancies import add_agency

PROBLEM = {PROBLEM_JSON: {"schema": {"$ref": "#/components/schemas/Problem"}}}


def _responses(app: FastAPI, method: str, path: str) -> dict[str, Any]:
    return app.openapi()["paths"][path][method]["responses"]  # type: ignore[no-any-return]


def _shape(content: dict[str, Any] | None) -> dict[str, Any] | None:
    """The media types and schemas of a response, without its examples."""
    if content is None:
        return None
    return {media: {"schema": entry.get("schema")} for media, entry in content.items()}


def test_a_body_that_is_not_utf8_is_a_documented_400(
    app: FastAPI, officer: TestClient, session: Session
) -> None:
    response = officer.post(
        "/api/v1/applicants",
        content=b"\xff\xfe{not text",
        headers={"Content-Type": "application/json"},
    )
    assert_problem(response, 400, "malformed_request")
    assert count_rows(session, Applicant) == 0
    assert _shape(_responses(app, "post", "/api/v1/applicants")["400"]["content"]) == PROBLEM


def test_every_operation_with_a_body_documents_the_400(app: FastAPI) -> None:
    missing = [
        f"{method.upper()} {path}"
        for path, operations in app.openapi()["paths"].items()
        for method, operation in operations.items()
        if "requestBody" in operation and "400" not in operation["responses"]
    ]
    assert missing == []


def test_a_path_id_that_is_not_an_integer_is_a_documented_problem(
    app: FastAPI, officer: TestClient
) -> None:
    response = officer.get("/api/v1/applicants/0.5")
    problem = assert_problem(response, 422, "validation_failed")
    assert problem["errors"][0]["field"] == "applicant_id"
    # The route lists no 422 of its own: FastAPI's default one said application/json.
    responses = _responses(app, "get", "/api/v1/applicants/{applicant_id}")
    assert _shape(responses["422"]["content"]) == PROBLEM


def test_problems_are_documented_as_problem_json_only(app: FastAPI) -> None:
    document = app.openapi()
    wrong = [
        f"{method.upper()} {path} {status}"
        for path, operations in document["paths"].items()
        for method, operation in operations.items()
        for status, response in operation["responses"].items()
        if int(status) >= 400 and _shape(response.get("content")) != PROBLEM
    ]
    assert wrong == []
    assert "HTTPValidationError" not in document["components"]["schemas"]


def test_logout_with_a_bad_body_answers_a_documented_problem(
    app: FastAPI, client: TestClient, officer: TestClient
) -> None:
    response = officer.post("/api/v1/auth/logout", json={"refresh_token": ["not", "text"]})
    assert_problem(response, 422, "validation_failed")
    assert _shape(_responses(app, "post", "/api/v1/auth/logout")["422"]["content"]) == PROBLEM


def test_deleting_a_job_order_with_applications_documents_the_409(
    app: FastAPI, officer: TestClient, session: Session
) -> None:
    vacancy_id = add_vacancy(session, add_agency(session), "JO-FUZZ-409")
    add_application(session, add_applicant(session, 1), vacancy_id)
    assert_problem(
        officer.delete(f"/api/v1/vacancies/{vacancy_id}"), 409, "vacancy_has_applications"
    )
    assert count_rows(session, Vacancy) == 1
    assert "409" in _responses(app, "delete", "/api/v1/vacancies/{vacancy_id}")


def test_an_id_beyond_64_bits_is_a_problem_not_a_server_error(
    officer: TestClient, session: Session
) -> None:
    # SQLite cannot bind it (422 value_out_of_range); PostgreSQL compares it and finds nothing.
    huge = 2**64
    for response in (
        officer.get(f"/api/v1/partners/{huge}"),
        officer.patch(f"/api/v1/applicants/{huge}", json={}),
        officer.delete(f"/api/v1/targets/{huge}"),
    ):
        assert response.status_code in {404, 422}, response.text
        assert response.headers["content-type"].startswith(PROBLEM_JSON)
    listed = officer.get(f"/api/v1/training/programmes?provider_id={huge}")
    assert listed.status_code in {200, 422}, listed.text


def test_a_user_update_cannot_null_a_required_field(
    app: FastAPI, client: TestClient, session: Session
) -> None:
    from app.models.identity import Role, UserAccount
    from tests.auth_helpers import make_staff, staff_headers

    headers = staff_headers(client, session, Role.admin)
    officer_id = make_staff(session, Role.officer, "o.fuzz@serangkota.example").id
    for body in ({"full_name": None}, {"is_active": None}):
        response = client.patch(f"/api/v1/users/{officer_id}", json=body, headers=headers)
        assert_problem(response, 422, "value_required")
    session.expire_all()
    account = session.get(UserAccount, officer_id)
    assert account is not None and account.full_name == "officer user" and account.is_active
