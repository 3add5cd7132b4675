"""The committed OpenAPI file matches the app, and every route declares its access rule."""

import copy
import json
from pathlib import Path

from fastapi import FastAPI
from pydantic import BaseModel

from app.core.i18n import CATALOGUE
from app.http.openapi import CLIENT_SCHEME, PASSWORD_SCHEME, document
from app.http.problem_codes import OPERATION_CODES
from app.models.applicant import ApplicantCreate
from app.models.application import ApplicationCreate, ApplicationTransition
from app.models.credential import CredentialCreate
from app.models.identity import Scope
from app.models.training import CohortPut, EnrolmentCreate, ProgrammePut
from app.models.vacancy import VacancyBatch, VacancyCreate
from tests.problem_scan import scan

ROOT = Path(__file__).resolve().parent.parent
EXAMPLED_MODELS: dict[str, type[BaseModel]] = {
    "ApplicantCreate": ApplicantCreate,
    "CredentialCreate": CredentialCreate,
    "VacancyCreate": VacancyCreate,
    "VacancyBatch": VacancyBatch,
    "ApplicationCreate": ApplicationCreate,
    "ApplicationTransition": ApplicationTransition,
    "ProgrammePut": ProgrammePut,
    "CohortPut": CohortPut,
    "EnrolmentCreate": EnrolmentCreate,
}


def test_committed_openapi_matches_app(app: FastAPI) -> None:
    committed = json.loads((ROOT / "openapi" / "openapi.json").read_text())
    assert committed == app.openapi(), "run `make openapi` and commit openapi/openapi.json"


def test_every_operation_declares_access(app: FastAPI) -> None:
    undeclared = [
        f"{method.upper()} {path}"
        for path, operations in app.openapi()["paths"].items()
        for method, operation in operations.items()
        if path.startswith("/api/") and "x-access" not in operation
    ]
    assert undeclared == []


def test_documented_problem_codes_cover_what_routes_raise(app: FastAPI) -> None:
    """A route that can raise a code its OpenAPI operation does not list fails here."""
    documented: dict[str, set[tuple[int, str]]] = {}
    for operations in app.openapi()["paths"].values():
        for operation in operations.values():
            if "x-access" not in operation:
                continue  # health and problem pages: not part of the API's contract
            documented[operation["operationId"]] = {
                (int(status), code)
                for status, response in operation["responses"].items()
                for code in response.get("x-problem-codes", [])
            }
    missing = {
        operation: sorted(found - documented[operation])
        for operation, found in scan().items()
        if operation in documented and found - documented[operation]
    }
    assert missing == {}, "add them to OPERATION_CODES in app/http/problem_codes.py"


def test_problem_code_table_names_real_operations_and_codes(app: FastAPI) -> None:
    operations = {
        operation["operationId"]
        for item in app.openapi()["paths"].values()
        for operation in item.values()
    }
    assert set(OPERATION_CODES) <= operations
    codes = {c for table in OPERATION_CODES.values() for listed in table.values() for c in listed}
    assert codes <= set(CATALOGUE)


def test_operations_state_security_from_their_access_rule(app: FastAPI) -> None:
    spec = app.openapi()
    schemes = spec["components"]["securitySchemes"]
    assert set(schemes[CLIENT_SCHEME]["flows"]["clientCredentials"]["scopes"]) == {
        s.value for s in Scope
    }
    batch = spec["paths"]["/api/v1/vacancies/batch"]["post"]
    assert batch["security"] == [
        {PASSWORD_SCHEME: []},
        {CLIENT_SCHEME: ["vacancies:write"]},
    ]
    assert "security" not in spec["paths"]["/api/v1/auth/register"]["post"]
    programme = spec["paths"]["/api/v1/training/programmes/{external_id}"]["put"]
    assert programme["security"] == [{CLIENT_SCHEME: ["training:write"]}]
    assert programme["responses"]["403"]["x-problem-codes"] == [
        "not_a_training_provider",
        "client_only",  # a person's login: the operation is for partner systems
        "insufficient_scope",
    ]
    names = [p["name"] for p in batch["parameters"]]
    assert "Idempotency-Key" in names
    assert "idempotency_key_reused" in batch["responses"]["422"]["x-problem-codes"]


def test_documenting_twice_changes_nothing(app: FastAPI) -> None:
    spec = app.openapi()
    assert document(copy.deepcopy(spec)) == spec


def test_main_write_models_carry_examples(app: FastAPI) -> None:
    schemas = app.openapi()["components"]["schemas"]
    for name, model in EXAMPLED_MODELS.items():
        (example,) = schemas[name]["examples"]
        model.model_validate(example)  # a wrong example fails here
