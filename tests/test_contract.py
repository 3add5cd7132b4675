"""The committed OpenAPI file matches the app, and every route declares its access rule."""

import json
from pathlib import Path

from fastapi import FastAPI

ROOT = Path(__file__).resolve().parent.parent


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
