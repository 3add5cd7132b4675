"""The OpenAPI document as the contract: security, problem codes and examples per operation.

FastAPI writes paths and schemas; this adds what it cannot know, centrally, from each
route's `x-access` rule (see `app/http/auth.py`) and the table of problem codes
(`app/http/problem_codes.py`):
- `security`: people log in with the password grant (their role decides, `x-access.roles`);
  partner systems use client credentials and need one of the listed scopes;
- every problem response lists the `code`s it can carry (`x-problem-codes`, also in its
  description) with an example body;
- every `POST` that creates or changes something documents its `Idempotency-Key` header and
  the problems the key can cause (see `app/http/idempotency.py`).
"""

from http import HTTPStatus
from typing import Any

from app.core.errors import PROBLEM_JSON
from app.core.i18n import CATALOGUE
from app.http.auth import possible_refusals
from app.http.idempotency import EXCLUDED_PATHS, MAX_KEY_LENGTH
from app.http.openapi_examples import add_examples
from app.http.problem_codes import GENERIC_CODES, IDEMPOTENCY_CODES, OPERATION_CODES
from app.models.identity import Scope

PASSWORD_SCHEME = "OAuth2PasswordBearer"  # noqa: S105 (a scheme name, not a secret)
CLIENT_SCHEME = "OAuth2ClientCredentials"
TOKEN_URL = "/api/v1/auth/token"  # noqa: S105 (a path)

SCOPE_DESCRIPTIONS = {
    Scope.vacancies_read: "Read job orders and their change feed",
    Scope.vacancies_write: "Create, change and batch-sync the agency's own job orders",
    Scope.applications_read: "Read applications to the agency's job orders and their change feed",
    Scope.applications_write: "Move applications to the agency's job orders along their stages",
    Scope.training_write: "Publish the centre's programmes and cohorts; record completions",
    Scope.webhooks_manage: "Register webhook endpoints and read their delivery log",
}

_PROBLEM_SCHEMA = {"$ref": "#/components/schemas/Problem"}


def _security_schemes() -> dict[str, Any]:
    return {
        PASSWORD_SCHEME: {
            "type": "oauth2",
            "description": "People (job seekers, officers, admins) log in with their password; "
            "the role decides what they may do (`x-access.roles` of each operation).",
            "flows": {"password": {"tokenUrl": TOKEN_URL, "refreshUrl": TOKEN_URL, "scopes": {}}},
        },
        CLIENT_SCHEME: {
            "type": "oauth2",
            "description": "Partner systems (agencies, training centres) with a client id and "
            "secret from an admin; an operation needs one of its listed scopes.",
            "flows": {
                "clientCredentials": {
                    "tokenUrl": TOKEN_URL,
                    "scopes": {scope.value: SCOPE_DESCRIPTIONS[scope] for scope in Scope},
                }
            },
        },
    }


def _security(rule: dict[str, Any]) -> list[dict[str, list[str]]]:
    """Any one requirement admits the caller: a person's login, or a client with one scope."""
    people: list[dict[str, list[str]]] = [{PASSWORD_SCHEME: []}] if rule["roles"] else []
    return people + [{CLIENT_SCHEME: [scope]} for scope in rule["scopes"]]


def _codes(
    operation: dict[str, Any], rule: dict[str, Any], idempotent: bool
) -> dict[int, list[str]]:
    statuses = {int(s) for s in operation.get("responses", {}) if int(s) >= 400}
    own = OPERATION_CODES.get(operation.get("operationId", ""), {})
    wanted: dict[int, list[str]] = {s: list(own.get(s, ())) for s in statuses | set(own)}

    def add(status: int, *codes: str) -> None:
        listed = wanted.setdefault(status, [])
        listed.extend(c for c in codes if c not in listed)

    if not rule["public"]:
        add(401, "not_authenticated")
        add(403, *possible_refusals(frozenset(rule["roles"]), frozenset(rule["scopes"])))
    if idempotent:
        for status, codes in IDEMPOTENCY_CODES.items():
            add(status, *codes)
    if any(p.get("name") == "cursor" for p in operation.get("parameters", [])):
        add(422, "invalid_cursor")
    # Every operation reads or writes the database, which may be busy or out of reach; and
    # any request may find its worker overloaded (app/http/load_shedding.py).
    add(503, "database_busy", "database_unavailable", "overloaded")
    for status in list(wanted):
        add(status, *GENERIC_CODES.get(status, ()))
    return {status: codes for status, codes in sorted(wanted.items()) if codes}


def _example(status: int, code: str, path: str) -> dict[str, Any]:
    message = CATALOGUE[code]
    return {
        "type": f"/problems/{code}",
        "title": message.title_en,
        "status": status,
        "detail": message.detail_en or message.title_en,
        "code": code,
        "instance": path,
    }


def _problem_response(status: int, codes: list[str], path: str, summary: str) -> dict[str, Any]:
    listed = ", ".join(f"`{code}`" for code in codes)
    return {
        "description": f"{summary}. `code`: {listed}.",
        "x-problem-codes": codes,
        "content": {
            PROBLEM_JSON: {"schema": _PROBLEM_SCHEMA, "example": _example(status, codes[0], path)}
        },
    }


def _idempotency_header() -> dict[str, Any]:
    return {
        "name": "Idempotency-Key",
        "in": "header",
        "required": False,
        "description": "A key of the caller's choice (e.g. a UUID): a retry with the same key "
        "and body replays the first answer, and nothing is done twice. Kept 24 hours.",
        "schema": {"type": "string", "minLength": 1, "maxLength": MAX_KEY_LENGTH},
    }


def _document_operation(path: str, method: str, operation: dict[str, Any]) -> None:
    rule = operation.get("x-access")
    if rule is None:
        return
    if rule["public"]:
        operation.pop("security", None)
    else:
        operation["security"] = _security(rule)
    idempotent = method == "post" and path not in EXCLUDED_PATHS
    if idempotent:
        parameters = operation.setdefault("parameters", [])
        if not any(p.get("name") == "Idempotency-Key" for p in parameters):
            parameters.append(_idempotency_header())
    responses = operation.setdefault("responses", {})
    for status, codes in _codes(operation, rule, idempotent).items():
        declared = responses.get(str(status), {}).get("description", "")
        summary = declared.split(".")[0] or HTTPStatus(status).phrase
        responses[str(status)] = _problem_response(status, codes, path, summary)


def _mark_binary_fields(spec: dict[str, Any]) -> None:
    """Uploaded files as OpenAPI 3.0 tools know them (`format: binary`) beside 3.1's
    `contentMediaType`, so that generated clients send them as file parts."""
    for schema in spec.get("components", {}).get("schemas", {}).values():
        for field in schema.get("properties", {}).values():
            if field.get("contentMediaType") == "application/octet-stream":
                field["format"] = "binary"


def document(spec: dict[str, Any]) -> dict[str, Any]:
    """Complete FastAPI's document in place; running it twice changes nothing."""
    spec.setdefault("components", {})["securitySchemes"] = _security_schemes()
    add_examples(spec)
    _mark_binary_fields(spec)
    for path, item in spec.get("paths", {}).items():
        for method, operation in item.items():
            _document_operation(path, method, operation)
    return spec
