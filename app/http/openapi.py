"""The OpenAPI document as the contract: security, problem codes and examples per operation.

FastAPI writes paths and schemas; this adds what it cannot know, centrally, from each
route's `x-access` rule (see `app/http/auth.py`) and the table of problem codes below:
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
from app.http.idempotency import EXCLUDED_PATHS, MAX_KEY_LENGTH
from app.http.openapi_examples import add_examples
from app.models.identity import Scope

PASSWORD_SCHEME = "OAuth2PasswordBearer"  # noqa: S105 (a scheme name, not a secret)
CLIENT_SCHEME = "OAuth2ClientCredentials"
TOKEN_URL = "/api/v1/auth/token"  # noqa: S105 (a path)

# Codes any operation answering with the status can carry.
GENERIC_CODES: dict[int, tuple[str, ...]] = {
    401: ("not_authenticated",),
    404: ("not_found",),
    412: ("precondition_failed",),
    413: ("request_too_large",),
    422: ("validation_failed",),
    428: ("precondition_required",),
    429: ("rate_limited",),
    503: ("database_unavailable",),
}

IDEMPOTENCY_CODES: dict[int, tuple[str, ...]] = {
    400: ("idempotency_key_invalid",),
    409: ("idempotency_in_progress",),
    422: ("idempotency_key_reused",),
}

# The codes each operation's own rules raise, beyond the generic ones. A 422 carries
# `validation_failed` or the code of the first broken rule (all are in `errors[].code`).
# `tests/test_contract.py` checks it against a scan of the source (`python -m tests.problem_scan`).
OPERATION_CODES: dict[str, dict[int, tuple[str, ...]]] = {
    "add_support_case_entry": {
        403: ("support_status_staff_only",),
        404: ("not_found",),
        409: (
            "support_case_changed",
            "support_case_closed",
            "support_transition_not_allowed",
        ),
        422: (
            "support_entry_empty",
            "support_resolution_note_required",
        ),
    },
    "application_costs": {404: ("not_found",)},
    "archive_applicant": {404: ("not_found",)},
    "archive_partner": {404: ("not_found",)},
    "create_applicant": {
        409: ("nik_taken",),
        422: (
            "birth_date_in_future",
            "consent_in_future",
            "domicile_proof_required",
            "kelurahan_unknown",
            "nik_area_invalid",
            "nik_birth_date_invalid",
            "nik_province_unknown",
            "nik_serial_invalid",
            "phone_invalid",
        ),
    },
    "create_application": {
        403: ("application_for_self_only",),
        409: (
            "application_already_placed",
            "application_applicant_archived",
            "application_channel_closed",
            "application_consent_missing",
            "application_deadline_passed",
            "application_exists",
            "application_not_eligible",
            "application_vacancy_not_open",
        ),
        422: (
            "application_applicant_required",
            "application_applicant_unknown",
            "application_vacancy_unknown",
        ),
    },
    "create_credential": {
        404: ("not_found",),
        422: (
            "credential_field_not_used",
            "credential_field_required",
            "credential_level_invalid",
            "credential_score_required",
            "expiry_before_issue",
            "issued_in_future",
            "ssw_field_unknown",
        ),
    },
    "create_financing": {
        404: ("not_found",),
        409: ("financing_application_closed",),
        422: (
            "financing_amount_above_costs",
            "financing_amount_not_positive",
            "financing_cover_not_worker_paid",
            "financing_kur_amount_above_limit",
            "financing_kur_npwp_required",
            "financing_kur_rate_above_limit",
            "financing_kur_term_above_limit",
            "financing_lender_invalid",
            "financing_lender_required",
            "financing_npwp_invalid",
            "financing_term_beyond_contract",
            "financing_term_required",
        ),
    },
    "create_mou": {
        422: (
            "country_unknown",
            "date_range_invalid",
            "partners_unknown",
            "party_ids_duplicate",
        )
    },
    "create_partner": {
        409: (
            "licence_number_taken",
            "partner_name_taken",
        ),
        422: (
            "country_unknown",
            "licence_number_required",
        ),
    },
    "create_partner_client": {
        404: ("not_found",),
        409: ("partner_archived",),
        422: ("scope_not_for_partner_kind",),
    },
    "create_staff_user": {
        409: ("login_taken",),
        422: (
            "forbidden",
            "password_too_weak",
        ),
    },
    "create_support_case": {
        403: ("support_contact_staff_only",),
        404: ("not_found",),
        409: ("support_placement_not_abroad",),
    },
    "create_target": {
        409: ("target_exists",),
        422: (
            "country_unknown",
            "stretch_below_number",
        ),
    },
    "create_vacancy": {
        409: ("external_id_taken",),
        422: (
            "agency_invalid",
            "channel_scheme_mismatch",
            "country_unknown",
            "currency_required",
            "currency_unknown",
            "deadline_in_past",
            "domestic_work_refused",
            "language_requirement_invalid",
            "mou_unknown",
            "openings_below_filled",
            "range_invalid",
            "scheme_country_mismatch",
            "scheme_government_only",
            "ssw_field_not_applicable",
            "ssw_field_required",
            "ssw_field_unknown",
            "zero_cost_worker_charge",
        ),
    },
    "create_webhook": {422: ("webhook_url_not_allowed",)},
    "delete_credential": {404: ("not_found",)},
    "delete_mou": {
        404: ("not_found",),
        409: (
            "mou_has_vacancies",
            "mou_not_draft",
        ),
    },
    "delete_target": {404: ("not_found",)},
    "delete_vacancy": {404: ("not_found",), 409: ("vacancy_has_applications",)},
    "delete_webhook": {404: ("not_found",)},
    "describe_problem": {404: ("not_found",)},
    "document_checklist": {404: ("not_found",)},
    "download_document_file": {404: ("not_found",)},
    "enrol": {
        404: ("not_found",),
        409: (
            "cohort_full",
            "cohort_not_open",
            "enrolment_consent_missing",
            "enrolment_exists",
        ),
        422: ("enrolment_applicant_required",),
    },
    "get_applicant": {404: ("not_found",)},
    "get_application": {404: ("not_found",)},
    "get_cohort": {404: ("not_found",)},
    "get_credential": {404: ("not_found",)},
    "get_eligibility": {404: ("not_found",)},
    "get_enrolment": {404: ("not_found",)},
    "get_financing": {404: ("not_found",)},
    "get_mou": {404: ("not_found",)},
    "get_partner": {404: ("not_found",)},
    "get_run": {404: ("not_found",)},
    "get_support_case": {404: ("not_found",)},
    "get_target": {404: ("not_found",)},
    "get_vacancy": {404: ("not_found",)},
    "issue_token": {
        400: (
            "invalid_grant",
            "invalid_scope",
            "unsupported_grant_type",
        ),
        401: ("invalid_client",),
        429: ("rate_limited",),
    },
    "list_application_financing": {404: ("not_found",)},
    "list_application_support_cases": {404: ("not_found",)},
    "list_candidates": {404: ("not_found",)},
    "list_credentials": {404: ("not_found",)},
    "list_enrolments": {404: ("not_found",)},
    "list_matches": {404: ("not_found",), 409: ("consent_required",)},
    "list_partner_clients": {404: ("not_found",)},
    "list_webhook_deliveries": {404: ("not_found",)},
    "mark_my_notification_read": {404: ("not_found",)},
    "pipeline": {422: ("country_unknown",)},
    "put_cohort": {
        403: ("not_a_training_provider",),
        404: ("not_found",),
        409: (
            "cohort_seats_below_enrolments",
            "training_changed",
        ),
        422: ("cohort_ends_before_start",),
    },
    "put_programme": {
        403: ("not_a_training_provider",),
        409: ("training_changed",),
        422: (
            "programme_field_required",
            "programme_level_invalid",
            "programme_value_not_used",
            "ssw_field_unknown",
        ),
    },
    "readyz": {503: ("database_unavailable",)},
    "record_document": {
        404: ("not_found",),
        409: (
            "document_changed",
            "documents_closed",
        ),
        422: (
            "document_expiry_before_issue",
            "document_issued_in_future",
        ),
    },
    "register": {
        409: (
            "applicant_has_account",
            "login_taken",
            "nik_taken",
        ),
        422: (
            "birth_date_in_future",
            "consent_in_future",
            "domicile_proof_required",
            "kelurahan_unknown",
            "login_required",
            "nik_area_invalid",
            "nik_birth_date_invalid",
            "nik_province_unknown",
            "nik_serial_invalid",
            "password_too_weak",
            "phone_invalid",
        ),
    },
    "report_completion": {
        404: ("not_found",),
        409: ("enrolment_not_active",),
        422: (
            "completed_out_of_range",
            "credential_field_not_used",
            "credential_field_required",
            "credential_level_invalid",
            "credential_score_required",
            "expiry_before_issue",
            "issued_in_future",
            "result_invalid",
            "ssw_field_unknown",
        ),
    },
    "revoke_partner_client": {404: ("not_found",)},
    "rotate_client_secret": {404: ("not_found",), 409: ("invalid_client",)},
    "set_channel_state": {404: ("not_found",), 422: ("channel_closure_unexplained",)},
    "start_run": {409: ("run_in_progress",), 422: ("vacancies_unknown",)},
    "targets": {422: ("country_unknown",)},
    "transition_application": {
        403: ("application_actor_not_allowed",),
        404: ("not_found",),
        409: (
            "application_already_placed",
            "application_changed",
            "application_transition_not_allowed",
            "departure_documents_incomplete",
            "vacancy_full",
            "vacancy_not_selecting",
        ),
        412: ("precondition_failed",),
        422: (
            "application_reason_not_used",
            "application_reason_required",
        ),
    },
    "transition_financing": {
        403: ("financing_actor_not_allowed",),
        404: ("not_found",),
        409: (
            "financing_application_closed",
            "financing_changed",
            "financing_siskop2mi_required",
            "financing_transition_not_allowed",
        ),
        422: (
            "financing_amount_above_costs",
            "financing_amount_not_positive",
            "financing_cover_not_worker_paid",
            "financing_kur_amount_above_limit",
            "financing_kur_npwp_required",
            "financing_kur_rate_above_limit",
            "financing_kur_term_above_limit",
            "financing_lender_invalid",
            "financing_lender_required",
            "financing_reason_not_used",
            "financing_reason_required",
            "financing_term_beyond_contract",
            "financing_term_required",
        ),
    },
    "transition_mou": {
        404: ("not_found",),
        409: (
            "ministry_approval_required",
            "mou_transition_not_allowed",
        ),
        422: ("effective_date_in_future",),
    },
    "update_applicant": {
        403: ("forbidden",),
        404: ("not_found",),
        422: (
            "birth_date_in_future",
            "consent_in_future",
            "domicile_proof_required",
            "kelurahan_unknown",
            "nik_area_invalid",
            "nik_birth_date_invalid",
            "nik_province_unknown",
            "nik_serial_invalid",
            "phone_invalid",
            "value_required",
        ),
    },
    "update_application": {404: ("not_found",), 409: ("application_changed",)},
    "update_credential": {
        404: ("not_found",),
        422: (
            "credential_field_not_used",
            "credential_field_required",
            "credential_level_invalid",
            "credential_score_required",
            "expiry_before_issue",
            "issued_in_future",
            "ssw_field_unknown",
            "value_required",
        ),
    },
    "update_financing": {
        404: ("not_found",),
        409: (
            "financing_changed",
            "financing_details_closed",
        ),
        412: ("precondition_failed",),
        422: (
            "financing_kur_npwp_required",
            "financing_npwp_invalid",
        ),
    },
    "update_mou": {
        404: ("not_found",),
        409: ("mou_kind_locked",),
        422: (
            "country_unknown",
            "date_range_invalid",
            "partners_unknown",
            "party_ids_duplicate",
            "value_required",
        ),
    },
    "update_partner": {
        404: ("not_found",),
        409: (
            "licence_number_taken",
            "partner_name_taken",
        ),
        422: (
            "country_unknown",
            "licence_number_required",
            "value_required",
        ),
    },
    "update_target": {
        404: ("not_found",),
        422: (
            "country_unknown",
            "stretch_below_number",
            "value_required",
        ),
    },
    "update_user": {404: ("not_found",), 422: ("value_required",)},
    "update_vacancy": {
        404: ("not_found",),
        409: ("external_id_taken",),
        422: (
            "agency_invalid",
            "channel_scheme_mismatch",
            "country_unknown",
            "currency_required",
            "currency_unknown",
            "deadline_in_past",
            "domestic_work_refused",
            "language_requirement_invalid",
            "mou_unknown",
            "openings_below_filled",
            "openings_below_selected",
            "range_invalid",
            "scheme_country_mismatch",
            "scheme_government_only",
            "ssw_field_not_applicable",
            "ssw_field_required",
            "ssw_field_unknown",
            "value_required",
            "zero_cost_worker_charge",
        ),
    },
    "upload_document_file": {
        404: ("not_found",),
        409: (
            "document_changed",
            "documents_closed",
        ),
    },
    "upsert_vacancies": {
        409: ("conflict",),
        422: (
            "agency_invalid",
            "channel_scheme_mismatch",
            "country_unknown",
            "currency_required",
            "currency_unknown",
            "deadline_in_past",
            "domestic_work_refused",
            "external_id_repeated",
            "language_requirement_invalid",
            "mou_unknown",
            "openings_below_filled",
            "openings_below_selected",
            "range_invalid",
            "scheme_country_mismatch",
            "scheme_government_only",
            "ssw_field_not_applicable",
            "ssw_field_required",
            "ssw_field_unknown",
            "value_required",
            "zero_cost_worker_charge",
        ),
    },
    "verify_document": {
        404: ("not_found",),
        409: (
            "document_changed",
            "document_file_missing",
            "documents_closed",
        ),
        422: (
            "document_expiry_required",
            "document_issue_date_required",
            "document_reason_not_used",
            "document_rejection_reason_required",
        ),
    },
    "verify_identity": {404: ("not_found",), 409: ("identity_check_not_open",)},
    "withdraw": {404: ("not_found",), 409: ("enrolment_not_active",)},
}


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
        add(403, *(["forbidden"] if rule["roles"] else []))
        add(403, *(["insufficient_scope"] if rule["scopes"] else []))
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
