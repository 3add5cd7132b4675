"""Schema-driven fuzzing of every operation of the OpenAPI document, in process.

Shared by `tests/test_fuzz.py` (a few examples per operation, on every `make test`) and
`bench/fuzz.py` (many more). Schemathesis generates requests from the app's own OpenAPI
document, valid ones and invalid ones; each is sent through the ASGI app once per caller
(an officer, an applicant with an account and a profile, nobody), and every answer must be:
no 5xx, a documented status, the documented content type, headers and body schema.

Path ids are either generated or taken from a small seeded world, so that fuzzed requests
reach real records (and their owners' checks) as well as missing ones.
"""

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

import schemathesis
from fastapi import FastAPI
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from schemathesis import APIOperation, Case, GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.config import SchemathesisConfig
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)
from schemathesis.specs.openapi.schemas import OpenApiSchema
from sqlmodel import Session, SQLModel

from app.core.security import TokenClaims, create_access_token, hash_password
from app.models.credential import Credential
from app.models.identity import PartnerClient, Role, UserAccount
from app.models.matching_run import MatchingRun
from app.models.target import ProgrammeTarget
from app.models.training import Enrolment
from app.models.webhook import WebhookEndpoint
from tests.factories import add_applicant, add_application, add_programme, add_vacancy
from tests.fixtures_vacancies import add_agency, add_mou

Operation = APIOperation[Any, Any, Any, Any]
OFFICER, APPLICANT, ANONYMOUS = "officer", "applicant", "anonymous"
ADMIN, AGENCY, TRAINING = "admin", "agency", "training"
ROLES = (OFFICER, APPLICANT, ANONYMOUS)
ALL_ROLES = (*ROLES, ADMIN, AGENCY, TRAINING)
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
]
PASSWORD_HASH = hash_password("Serang2026kerja")  # once: argon2 is slow on purpose
AGENCY_SCOPES = [
    "vacancies:read",
    "vacancies:write",
    "applications:read",
    "applications:write",
    "webhooks:manage",
]


@dataclass
class FuzzWorld:
    """The seeded records' ids, by the path parameter names that address them."""

    ids: dict[str, int | str]
    headers: dict[str, dict[str, str]]


@dataclass
class Tally:
    operations: int = 0
    examples: int = 0
    calls: int = 0
    statuses: dict[int, int] = field(default_factory=dict)

    def count(self, status: int) -> None:
        self.calls += 1
        self.statuses[status] = self.statuses.get(status, 0) + 1


def empty_tables(session: Session) -> None:
    for table in reversed(SQLModel.metadata.sorted_tables):
        session.execute(table.delete())
    session.commit()


def _user(session: Session, email: str, role: Role, applicant_id: int | None = None) -> int:
    account = UserAccount(
        email=email,
        full_name=f"{role.value} of the fuzz",
        password_hash=PASSWORD_HASH,
        role=role,
        applicant_id=applicant_id,
    )
    session.add(account)
    session.commit()
    return account.id or 0


def _client(session: Session, partner_id: int, scopes: list[str]) -> PartnerClient:
    row = PartnerClient(
        client_id=f"pc_fuzz_{partner_id}",
        secret_hash=PASSWORD_HASH,
        partner_id=partner_id,
        name="partner system",
        scopes=scopes,
    )
    session.add(row)
    session.commit()
    return row


def _add(session: Session, row: SQLModel) -> int:
    session.add(row)
    session.commit()
    return int(getattr(row, "id", 0) or 0)


def seed_world(app: FastAPI, session: Session) -> FuzzWorld:
    """Empty tables, then one record of each kind: written straight to the database."""
    empty_tables(session)
    applicant_id = add_applicant(session, 1)
    other_applicant_id = add_applicant(session, 2)
    seeker_id = _user(session, "seeker@fuzz.example", Role.applicant, applicant_id)
    officer_id = _user(session, "officer@fuzz.example", Role.officer)
    admin_id = _user(session, "admin@fuzz.example", Role.admin)
    agency_id = add_agency(session, "PT Fuzz Agency")
    training_id = add_agency(session, "LPK Fuzz", kind="training_provider")
    agency_client = _client(session, agency_id, AGENCY_SCOPES)
    training_client = _client(session, training_id, ["training:write"])
    issued = date.today() - timedelta(days=30)
    credential_id = _add(
        session,
        Credential(
            applicant_id=applicant_id,
            kind="language",
            type="eps_topik",
            score=150,
            issuer="HRD Korea",
            issued_on=issued,
        ),
    )
    vacancy_id = add_vacancy(session, agency_id, "JO-FUZZ-1")
    add_vacancy(session, agency_id, "JO-FUZZ-2")  # one nobody applied to, for the lists
    application_id = add_application(session, applicant_id, vacancy_id)
    add_application(session, other_applicant_id, vacancy_id, stage="shortlisted")
    _, cohort_id = add_programme(session, training_id, "LPK-FUZZ-1")
    enrolment_id = _add(
        session, Enrolment(cohort_id=cohort_id, applicant_id=applicant_id, enrolled_by="user:1")
    )
    webhook_id = _add(
        session,
        WebhookEndpoint(
            partner_id=agency_id,
            url="https://hooks.agency.example/fuzz",
            event_types=["application.stage_changed"],
            secret_encrypted="not-used-by-the-fuzz",
            created_by="client:fuzz",
        ),
    )
    target = ProgrammeTarget(year=2026, metric="departures", country="KR", number=300)
    run = MatchingRun(status="completed", phase="done", percent=100, requested_by="user:1")
    settings = app.state.settings

    def mint(claims: TokenClaims) -> dict[str, str]:
        return {"Authorization": f"Bearer {create_access_token(settings, claims)[0]}"}

    def as_client(row: PartnerClient) -> dict[str, str]:
        return mint(
            TokenClaims(f"client:{row.id}", "partner", list(row.scopes), None, row.partner_id)
        )

    return FuzzWorld(
        ids={
            "applicant_id": applicant_id,
            "credential_id": credential_id,
            "partner_id": agency_id,
            "client_id": agency_client.client_id,
            "vacancy_id": vacancy_id,
            "application_id": application_id,
            "run_id": _add(session, run),
            "mou_id": add_mou(session),
            "target_id": _add(session, target),
            "user_id": officer_id,
            "external_id": "LPK-FUZZ-1",
            "cohort_external_id": "LPK-FUZZ-1-1",
            "cohort_id": cohort_id,
            "enrolment_id": enrolment_id,
            "webhook_id": webhook_id,
            "code": "not_found",
        },
        headers={
            ANONYMOUS: {},
            APPLICANT: mint(TokenClaims(f"user:{seeker_id}", "applicant", [], applicant_id)),
            OFFICER: mint(TokenClaims(f"user:{officer_id}", "officer")),
            ADMIN: mint(TokenClaims(f"user:{admin_id}", "admin")),
            AGENCY: as_client(agency_client),
            TRAINING: as_client(training_client),
        },
    )


def load_schema(app: FastAPI) -> OpenApiSchema:
    """The app's own OpenAPI document, served and called in process (no server)."""
    # No generated Authorization headers: each caller's own token is what is being tested.
    config = SchemathesisConfig()
    config.projects.default.generation.update(with_security_parameters=False)
    return schemathesis.openapi.from_asgi("/openapi.json", app, config=config)


def operation_labels(app: FastAPI) -> list[str]:
    """ "METHOD /path" of every operation in the document, in its order."""
    labels = []
    for path, operations in app.openapi()["paths"].items():
        labels += [f"{method.upper()} {path}" for method in operations]
    return labels


def find_operation(schema: OpenApiSchema, label: str) -> Operation:
    method, path = label.split(" ", 1)
    return schema[path][method]


def _world_parameters(operation: Operation, world: FuzzWorld) -> dict[str, Any] | None:
    names = [p.name for p in operation.path_parameters]
    if not names or any(name not in world.ids for name in names):
        return None
    return {name: world.ids[name] for name in names}


def case_strategy(operation: Operation, world: FuzzWorld) -> st.SearchStrategy[Case[Any]]:
    """Valid and invalid requests, with generated path ids or the world's real ones."""
    strategies = [
        operation.as_strategy(generation_mode=mode)
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE)
    ]
    fixed = _world_parameters(operation, world)
    if fixed is not None:
        strategies.append(
            operation.as_strategy(generation_mode=GenerationMode.POSITIVE, path_parameters=fixed)
        )
        strategies.append(
            operation.as_strategy(generation_mode=GenerationMode.NEGATIVE, path_parameters=fixed)
        )
    return st.one_of(strategies)


def fuzz_operation(
    operation: Operation,
    world: FuzzWorld,
    *,
    max_examples: int,
    roles: Iterable[str] = ROLES,
    derandomize: bool = True,
    tally: Tally | None = None,
) -> None:
    """Send `max_examples` generated requests as each caller; raise on the first failure."""
    tally = tally if tally is not None else Tally()
    callers = list(roles)
    tally.operations += 1

    @settings(
        max_examples=max_examples,
        deadline=None,
        derandomize=derandomize,
        database=None,
        phases=[Phase.explicit, Phase.generate, Phase.shrink],
        suppress_health_check=list(HealthCheck),
        print_blob=not derandomize,
    )
    @given(case=case_strategy(operation, world))
    def run(case: Case[Any]) -> None:
        tally.examples += 1
        for role in callers:
            response = case.call(headers=world.headers[role])
            tally.count(response.status_code)
            try:
                case.validate_response(response, checks=CHECKS, headers=world.headers[role])
            except Exception as error:
                error.add_note(f"caller: {role}")
                raise

    run()
