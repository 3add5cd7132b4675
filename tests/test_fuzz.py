"""Every operation of the OpenAPI document, fuzzed as an officer, an applicant and nobody.

A few generated requests per operation, valid and invalid, each sent as every caller: no
answer may be a 5xx, and each must have a documented status, content type, headers and
body. The operations come from the app's own document, so new routes are fuzzed as soon as
they exist. Examples are derandomised, so a run is repeatable; `bench/fuzz.py` runs the same
with many more, random ones (and `FUZZ_EXAMPLES=50` here raises the count for a local run).
"""

import os

import pytest
from fastapi import FastAPI
from schemathesis.specs.openapi.schemas import OpenApiSchema
from sqlmodel import Session

from app.core.config import Settings
from app.main import create_app
from tests.fuzz_harness import (
    FuzzWorld,
    find_operation,
    fuzz_operation,
    load_schema,
    operation_labels,
    seed_world,
)

pytestmark = [pytest.mark.slow, pytest.mark.fuzz]  # schemathesis over every operation

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "4"))
# The document does not depend on the database: read it from an app that never connects.
LABELS = operation_labels(create_app(Settings(database_url="sqlite://", webhook_worker=False)))


class Worlds:
    """A seeded world, seeded again only after an operation that may have changed it."""

    def __init__(self, app: FastAPI) -> None:
        self.app = app
        self.world: FuzzWorld | None = None

    def fresh(self, method: str) -> FuzzWorld:
        if self.world is None:
            with Session(self.app.state.engine) as session:
                self.world = seed_world(self.app, session)
        world = self.world
        if method != "GET":
            self.world = None
        return world


@pytest.fixture(scope="module")
def schema(app: FastAPI) -> OpenApiSchema:
    return load_schema(app)


@pytest.fixture(scope="module")
def worlds(app: FastAPI) -> Worlds:
    return Worlds(app)


@pytest.mark.parametrize("label", LABELS)
def test_operation_survives_fuzzing(schema: OpenApiSchema, worlds: Worlds, label: str) -> None:
    world = worlds.fresh(label.split(" ", 1)[0])
    fuzz_operation(find_operation(schema, label), world, max_examples=EXAMPLES)
